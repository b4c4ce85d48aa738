//! Cytoscape.js JSON: `elements` with `nodes` and `edges`, data fields flat.

use serde_json::{Value, json};

use super::graphml::kind_name;
use super::wire::{CyElement, CyElements, CytoscapeJson, GraphJson};

fn element(v: Value) -> CyElement {
    let Value::Object(map) = v else {
        unreachable!("element data is an object")
    };
    CyElement {
        data: map.into_iter().filter(|(_, v)| !v.is_null()).collect(),
    }
}

pub fn to_cytoscape(g: &GraphJson) -> CytoscapeJson {
    let nodes = g
        .nodes
        .iter()
        .map(|n| {
            element(json!({
                "id": n.id, "name": n.name, "kind": kind_name(n.kind), "country": n.country, "wikidata": n.wikidata,
            }))
        })
        .collect();
    let edges = g
        .links
        .iter()
        .map(|l| {
            element(json!({
                "id": l.key, "source": l.source, "target": l.target, "type": l.event_type, "cameo": l.cameo,
                "quad_class": l.quad_class, "goldstein": l.goldstein, "date": l.date, "modality": l.modality.name(),
                "confidence": l.confidence, "articles": l.articles.join(";"), "mentions": l.evidence.len(),
                "sentence": l.evidence.first().map(|e| e.sentence.clone()),
            }))
        })
        .collect();
    CytoscapeJson {
        elements: CyElements { nodes, edges },
    }
}
