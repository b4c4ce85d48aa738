//! GraphML with typed attribute keys (networkx `read_graphml`, igraph,
//! Gephi, yEd). Nodes are actors, edges events keyed by event id.

use super::wire::GraphJson;
use super::xml::escape;

const NODE_KEYS: &[(&str, &str)] = &[
    ("name", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("wikidata", "string"),
];
const EDGE_KEYS: &[(&str, &str)] = &[
    ("type", "string"),
    ("cameo", "string"),
    ("quad_class", "int"),
    ("goldstein", "double"),
    ("date", "string"),
    ("modality", "string"),
    ("location", "string"),
    ("confidence", "double"),
    ("articles", "string"),
    ("sentence", "string"),
    ("mentions", "int"),
];

fn data(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!(
        "      <data key=\"{}\">{}</data>\n",
        key,
        escape(value)
    ));
}

/// The graph as GraphML text.
pub fn to_graphml(g: &GraphJson) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (name, ty) in NODE_KEYS {
        out.push_str(&format!(
            "  <key id=\"{name}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>\n"
        ));
    }
    for (name, ty) in EDGE_KEYS {
        out.push_str(&format!(
            "  <key id=\"e_{name}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>\n"
        ));
    }
    out.push_str("  <graph id=\"geokg\" edgedefault=\"directed\">\n");
    for n in &g.nodes {
        out.push_str(&format!("    <node id=\"{}\">\n", escape(&n.id)));
        data(&mut out, "name", &n.name);
        data(&mut out, "kind", kind_name(n.kind));
        data(&mut out, "country", n.country.as_deref().unwrap_or(""));
        data(&mut out, "wikidata", n.wikidata.as_deref().unwrap_or(""));
        out.push_str("    </node>\n");
    }
    for l in &g.links {
        out.push_str(&format!(
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">\n",
            escape(&l.key),
            escape(&l.source),
            escape(&l.target)
        ));
        data(&mut out, "e_type", &l.event_type);
        data(&mut out, "e_cameo", &l.cameo);
        data(&mut out, "e_quad_class", &l.quad_class.to_string());
        data(&mut out, "e_goldstein", &l.goldstein.to_string());
        data(&mut out, "e_date", l.date.as_deref().unwrap_or(""));
        data(&mut out, "e_modality", l.modality.name());
        data(&mut out, "e_location", l.location.as_deref().unwrap_or(""));
        data(&mut out, "e_confidence", &l.confidence.to_string());
        data(&mut out, "e_articles", &l.articles.join(";"));
        data(
            &mut out,
            "e_sentence",
            l.evidence.first().map(|e| &*e.sentence).unwrap_or(""),
        );
        data(&mut out, "e_mentions", &l.evidence.len().to_string());
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

pub fn kind_name(k: crate::model::ActorKind) -> &'static str {
    use crate::model::ActorKind::*;
    match k {
        State => "state",
        Person => "person",
        Organization => "organization",
        Group => "group",
    }
}
