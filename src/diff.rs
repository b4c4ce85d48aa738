//! What changed between two graphs: events added and removed (by id, which
//! hashes an event's defining fields) and relations whose sequence of
//! states changed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::export::graph_events;
use crate::export::wire::{EventJson, GraphJson, RelationJson, StateChange};

/// An event, in brief.
#[derive(Debug, Serialize, PartialEq)]
pub struct EventBrief {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub source: String,
    pub target: Option<String>,
    pub date: Option<String>,
    pub modality: String,
    pub sentence: String,
}

impl From<&EventJson> for EventBrief {
    fn from(e: &EventJson) -> EventBrief {
        EventBrief {
            id: e.id.clone(),
            event_type: e.event_type.clone(),
            source: e.source.id.clone(),
            target: e.target.as_ref().map(|t| t.id.clone()),
            date: e.date.clone(),
            modality: e.modality.name().to_string(),
            sentence: e
                .evidence
                .iter()
                .find(|v| !v.heading)
                .or(e.evidence.first())
                .map(|v| v.sentence.to_string())
                .unwrap_or_default(),
        }
    }
}

/// A relation whose states differ; `None` where the pair is absent.
#[derive(Debug, Serialize, PartialEq)]
pub struct RelationChange {
    pub source: String,
    pub target: String,
    pub old_state: Option<String>,
    pub new_state: Option<String>,
    pub old_states: Vec<StateChange>,
    pub new_states: Vec<StateChange>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Diff {
    pub added: Vec<EventBrief>,
    pub removed: Vec<EventBrief>,
    pub relations: Vec<RelationChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.relations.is_empty()
    }
}

pub fn diff(old: &GraphJson, new: &GraphJson) -> Diff {
    let by_id = |g: &GraphJson| -> BTreeMap<String, EventJson> {
        graph_events(g)
            .into_iter()
            .map(|e| (e.id.clone(), e))
            .collect()
    };
    let (before, after) = (by_id(old), by_id(new));
    let only = |a: &BTreeMap<String, EventJson>, b: &BTreeMap<String, EventJson>| {
        let mut v: Vec<EventBrief> = a
            .values()
            .filter(|e| !b.contains_key(&e.id))
            .map(EventBrief::from)
            .collect();
        v.sort_by(|x, y| {
            (x.date.is_none(), &x.date, &x.id).cmp(&(y.date.is_none(), &y.date, &y.id))
        });
        v
    };
    let pairs = |g: &GraphJson| -> BTreeMap<(String, String), RelationJson> {
        g.graph
            .relations
            .iter()
            .map(|r| ((r.source.clone(), r.target.clone()), r.clone()))
            .collect()
    };
    let (rb, ra) = (pairs(old), pairs(new));
    let mut keys: Vec<&(String, String)> = rb.keys().chain(ra.keys()).collect();
    keys.sort();
    keys.dedup();
    let relations = keys
        .into_iter()
        .filter_map(|k| {
            let (o, n) = (rb.get(k), ra.get(k));
            let states = |r: Option<&RelationJson>| r.map(|r| r.states.clone()).unwrap_or_default();
            if states(o) == states(n) && o.map(|r| &r.state) == n.map(|r| &r.state) {
                return None;
            }
            Some(RelationChange {
                source: k.0.clone(),
                target: k.1.clone(),
                old_state: o.map(|r| r.state.clone()),
                new_state: n.map(|r| r.state.clone()),
                old_states: states(o),
                new_states: states(n),
            })
        })
        .collect();
    Diff {
        added: only(&after, &before),
        removed: only(&before, &after),
        relations,
    }
}

/// One line per change: `+` added, `-` removed, `~` relation state.
pub fn to_text(d: &Diff) -> String {
    let mut out = String::new();
    let event = |sign: char, e: &EventBrief| {
        format!(
            "{sign} {} {} {} {}{} ({}) {:?}\n",
            e.id,
            e.date.as_deref().unwrap_or("undated"),
            e.event_type,
            e.source,
            e.target
                .as_deref()
                .map(|t| format!(" -> {t}"))
                .unwrap_or_default(),
            e.modality,
            e.sentence
        )
    };
    for e in &d.added {
        out += &event('+', e);
    }
    for e in &d.removed {
        out += &event('-', e);
    }
    for r in &d.relations {
        let last = |s: &[StateChange]| {
            s.last()
                .map(|c| {
                    format!(
                        " (since {}, {})",
                        c.since.as_deref().unwrap_or("?"),
                        c.event
                    )
                })
                .unwrap_or_default()
        };
        out += &format!(
            "~ {} -> {}: {}{} => {}{}\n",
            r.source,
            r.target,
            r.old_state.as_deref().unwrap_or("absent"),
            last(&r.old_states),
            r.new_state.as_deref().unwrap_or("absent"),
            last(&r.new_states),
        );
    }
    if d.is_empty() {
        out += "no changes\n";
    }
    out
}
