//! Timelines: the events between actors in date order, with the relation
//! states they moved through, read from a graph JSON that `build` wrote.

use crate::export::wire::{EvidenceJson, GraphJson, RelationJson};

/// One event of a timeline.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Entry {
    pub date: Option<String>,
    pub event: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub source: String,
    pub target: Option<String>,
    pub modality: String,
    pub evidence: Vec<EvidenceJson>,
}

/// What `geokg timeline` shows.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Timeline {
    pub actors: Vec<String>,
    pub relations: Vec<RelationJson>,
    pub events: Vec<Entry>,
}

/// The code an actor id stands for: its state, or itself.
fn code_of(graph: &GraphJson, id: &str) -> String {
    graph
        .nodes
        .iter()
        .find(|n| n.id == id)
        .and_then(|n| n.country.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The timeline of `a` (with `b`, if given), as of `as_of` (`YYYY-MM-DD`;
/// later events left out, undated ones kept).
pub fn timeline(graph: &GraphJson, a: &str, b: Option<&str>, as_of: Option<&str>) -> Timeline {
    let (a, b) = (a.to_uppercase(), b.map(str::to_uppercase));
    let involves = |s: &str, t: Option<&str>| {
        let s = code_of(graph, s);
        let t = t.map(|t| code_of(graph, t));
        match &b {
            Some(b) => {
                (s == a && t.as_deref() == Some(b.as_str()))
                    || (s == *b && t.as_deref() == Some(a.as_str()))
            }
            None => s == a || t.as_deref() == Some(a.as_str()),
        }
    };
    let before = |d: &Option<String>| as_of.is_none_or(|cut| d.as_deref().is_none_or(|d| d <= cut));
    let mut events: Vec<Entry> = graph
        .links
        .iter()
        .filter(|l| involves(&l.source, Some(&l.target)) && before(&l.date))
        .map(|l| Entry {
            date: l.date.clone(),
            event: l.key.clone(),
            event_type: l.event_type.clone(),
            source: l.source.clone(),
            target: Some(l.target.clone()),
            modality: l.modality.name().to_string(),
            evidence: l.evidence.clone(),
        })
        .chain(
            graph
                .graph
                .unary_events
                .iter()
                .filter(|e| involves(&e.source.id, None) && b.is_none() && before(&e.date))
                .map(|e| Entry {
                    date: e.date.clone(),
                    event: e.id.clone(),
                    event_type: e.event_type.clone(),
                    source: e.source.id.clone(),
                    target: None,
                    modality: e.modality.name().to_string(),
                    evidence: e.evidence.clone(),
                }),
        )
        .collect();
    events.sort_by(|x, y| {
        (x.date.is_none(), &x.date, &x.event).cmp(&(y.date.is_none(), &y.date, &y.event))
    });
    let relations = graph
        .graph
        .relations
        .iter()
        .filter(|r| match &b {
            Some(b) => (r.source == a && r.target == *b) || (r.source == *b && r.target == a),
            None => r.source == a || r.target == a,
        })
        .map(|r| {
            let mut r = r.clone();
            if let Some(cut) = as_of {
                r.states
                    .retain(|s| s.since.as_deref().is_none_or(|d| d <= cut));
                r.state = r
                    .states
                    .last()
                    .map(|s| s.state.clone())
                    .unwrap_or_else(|| "neutral".into());
            }
            r
        })
        .collect();
    Timeline {
        actors: std::iter::once(a).chain(b).collect(),
        relations,
        events,
    }
}

/// The timeline as text, one line per state change and per event.
pub fn to_text(t: &Timeline) -> String {
    let mut out = String::new();
    for r in &t.relations {
        out.push_str(&format!(
            "{} -> {}: {} ({} events)\n",
            r.source, r.target, r.state, r.events
        ));
        for s in &r.states {
            out.push_str(&format!(
                "    {} since {} ({})\n",
                s.state,
                s.since.as_deref().unwrap_or("?"),
                s.event
            ));
        }
    }
    if !t.relations.is_empty() {
        out.push('\n');
    }
    for e in &t.events {
        out.push_str(&format!(
            "{:<10}  {:<20} {} -> {}  [{}]\n",
            e.date.as_deref().unwrap_or("undated"),
            e.event_type,
            e.source,
            e.target.as_deref().unwrap_or("-"),
            e.modality
        ));
        if let Some(v) = e
            .evidence
            .iter()
            .find(|v| !v.heading)
            .or(e.evidence.first())
        {
            out.push_str(&format!("            \"{}\" ({})\n", v.sentence, v.article));
        }
    }
    out
}
