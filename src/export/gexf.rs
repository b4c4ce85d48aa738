//! GEXF 1.3 with dynamic time (Gephi's timeline, networkx `read_gexf`):
//! each event's date is a spell on its edge, and each relation state an
//! interval on a `state` attribute of the edges between the pair, so the
//! alliance plays out over time.

use super::wire::GraphJson;
use super::xml::escape;

/// A GEXF date: days as they are; months and years at their first day.
fn day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    }
}

/// The graph as GEXF text.
pub fn to_gexf(g: &GraphJson) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    out.push_str(
        "  <meta><creator>geokg</creator><description>geopolitical events</description></meta>\n",
    );
    out.push_str("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n");
    out.push_str("    <attributes class=\"node\">\n");
    for (i, name) in ["kind", "country", "wikidata"].iter().enumerate() {
        out.push_str(&format!(
            "      <attribute id=\"{i}\" title=\"{name}\" type=\"string\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
    let edge_attrs = [
        ("type", "string"),
        ("cameo", "string"),
        ("quad_class", "integer"),
        ("goldstein", "double"),
        ("date", "string"),
        ("modality", "string"),
        ("confidence", "double"),
        ("sentence", "string"),
    ];
    for (i, (name, ty)) in edge_attrs.iter().enumerate() {
        out.push_str(&format!(
            "      <attribute id=\"e{i}\" title=\"{name}\" type=\"{ty}\"/>\n"
        ));
    }
    // The relation state changes over time; the rest of an event does not.
    out.push_str("    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n");
    out.push_str("      <attribute id=\"e8\" title=\"state\" type=\"string\"/>\n");
    out.push_str("    </attributes>\n    <nodes>\n");
    for n in &g.nodes {
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n",
            escape(&n.id),
            escape(&n.name)
        ));
        let values = [
            super::graphml::kind_name(n.kind),
            n.country.as_deref().unwrap_or(""),
            n.wikidata.as_deref().unwrap_or(""),
        ];
        for (i, v) in values.iter().enumerate() {
            out.push_str(&format!(
                "          <attvalue for=\"{i}\" value=\"{}\"/>\n",
                escape(v)
            ));
        }
        out.push_str("        </attvalues>\n      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    let country = |id: &str| {
        g.nodes
            .iter()
            .find(|n| n.id == id)
            .and_then(|n| n.country.clone())
            .unwrap_or_else(|| id.to_string())
    };
    for l in &g.links {
        let spell = l
            .date
            .as_deref()
            .map(|d| format!(" start=\"{}\" end=\"{}\"", day(d), day(d)))
            .unwrap_or_default();
        out.push_str(&format!(
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\"{spell}>\n        <attvalues>\n",
            escape(&l.key),
            escape(&l.source),
            escape(&l.target),
            escape(&l.event_type)
        ));
        let sentence = l.evidence.first().map(|e| &*e.sentence).unwrap_or("");
        let values = [
            l.event_type.clone(),
            l.cameo.clone(),
            l.quad_class.to_string(),
            l.goldstein.to_string(),
            l.date.clone().unwrap_or_default(),
            l.modality.name().to_string(),
            l.confidence.to_string(),
            sentence.to_string(),
        ];
        for (i, v) in values.iter().enumerate() {
            out.push_str(&format!(
                "          <attvalue for=\"e{i}\" value=\"{}\"/>\n",
                escape(v)
            ));
        }
        // The relation state of the pair, over the intervals it held.
        let (s, t) = (country(&l.source), country(&l.target));
        if let Some(r) = g
            .graph
            .relations
            .iter()
            .find(|r| r.source == s && r.target == t)
        {
            for (k, change) in r.states.iter().enumerate() {
                let Some(since) = &change.since else { continue };
                let end = r
                    .states
                    .get(k + 1)
                    .and_then(|n| n.since.as_deref())
                    .map(|e| format!(" end=\"{}\"", day(e)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "          <attvalue for=\"e8\" value=\"{}\" start=\"{}\"{end}/>\n",
                    escape(&change.state),
                    day(since)
                ));
            }
        }
        out.push_str("        </attvalues>\n      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}
