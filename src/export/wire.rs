//! Wire types: exactly what geokg writes, apart from the domain types.
//! `schemas/` holds the JSON Schemas generated from these (`geokg schema`),
//! and a test fails when a checked-in schema is stale.
//!
//! Events (JSON Lines, one object a line) follow `shared/spec/EVENTS.md`.
//! The graph is node-link JSON: `networkx.node_link_graph(data,
//! edges="links")` loads it as a MultiDiGraph; actors are nodes, events
//! with a target are links keyed by event id, and events without a target
//! (statements, denials, rejections) are listed under `graph.unary_events`.

use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::events::Mention;
use crate::merge::Event;
use crate::model::{
    Actor, ActorKind, DatePrecision, EventDate, EventType, Evidence, Modality, Span,
};

/// An actor inlined in an event.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
}

impl From<&Arc<Actor>> for ActorRef {
    fn from(a: &Arc<Actor>) -> ActorRef {
        ActorRef::from(a.as_ref())
    }
}

impl From<&Actor> for ActorRef {
    fn from(a: &Actor) -> ActorRef {
        ActorRef {
            id: a.id.to_string(),
            name: a.name.to_string(),
            kind: a.kind,
            country: a.country.as_deref().map(String::from),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EvidenceJson {
    pub article: Arc<str>,
    pub sentence: Arc<str>,
    /// Byte offsets of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    /// The lexicon entry that fired.
    pub rule: Arc<str>,
    /// Read in a heading: corroborates, never asserts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
    /// The article's address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Arc<str>>,
    /// The language the sentence was read in (`id`, `en`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Arc<str>>,
}

impl From<&Evidence> for EvidenceJson {
    fn from(v: &Evidence) -> EvidenceJson {
        EvidenceJson {
            article: v.article.clone(),
            sentence: v.sentence.clone(),
            start: v.span.start,
            end: v.span.end,
            rule: v.rule.clone(),
            heading: v.heading,
            url: v.url.clone(),
            lang: v.lang.clone(),
        }
    }
}

impl From<&EvidenceJson> for Evidence {
    fn from(v: &EvidenceJson) -> Evidence {
        Evidence {
            article: v.article.clone(),
            sentence: v.sentence.clone(),
            span: Span {
                start: v.start,
                end: v.end,
            },
            rule: v.rule.clone(),
            heading: v.heading,
            url: v.url.clone(),
            lang: v.lang.clone(),
        }
    }
}

/// One report of an event, as read, before merging. A graph keeps all of
/// them (`graph.mentions`) so that graphs merge again exactly: merging
/// two graphs is merging the union of their mentions.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MentionJson {
    #[serde(rename = "type")]
    pub event_type: String,
    pub cameo: String,
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    pub participants: Vec<ActorRef>,
    pub modality: Modality,
    #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
    pub date: Option<String>,
    /// The date was borrowed from a report verb or the paragraph.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub date_weak: bool,
    pub location: Option<String>,
    /// Read in a heading or headline register: corroborates only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corroborating: bool,
    /// A defence pact or alliance.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub defence: bool,
    /// A habit told by a verb: no dated report takes it in.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub apart: bool,
    pub evidence: EvidenceJson,
}

impl From<&Mention> for MentionJson {
    fn from(m: &Mention) -> MentionJson {
        MentionJson {
            event_type: m.event_type.name().to_string(),
            cameo: m.cameo.clone(),
            source: (&m.source).into(),
            target: m.target.as_ref().map(Into::into),
            participants: m.participants.iter().map(Into::into).collect(),
            modality: m.modality,
            date: m.date.map(|d| d.to_string()),
            date_weak: m.date_weak,
            location: m.location.clone(),
            corroborating: m.corroborating,
            defence: m.defence,
            apart: m.apart,
            evidence: (&m.evidence).into(),
        }
    }
}

impl MentionJson {
    /// The mention back, its actors completed by `actor` (which knows the
    /// graph's nodes); an unknown type or a malformed date is an error.
    pub fn to_mention(&self, actor: &dyn Fn(&ActorRef) -> Arc<Actor>) -> Result<Mention, String> {
        let event_type = EventType::parse(&self.event_type)
            .ok_or_else(|| format!("unknown event type '{}'", self.event_type))?;
        let date = match &self.date {
            Some(d) => Some(EventDate::parse(d).ok_or_else(|| format!("bad date '{d}'"))?),
            None => None,
        };
        Ok(Mention {
            event_type,
            cameo: self.cameo.clone(),
            source: actor(&self.source),
            target: self.target.as_ref().map(actor),
            participants: self.participants.iter().map(actor).collect(),
            modality: self.modality,
            date,
            date_weak: self.date_weak,
            location: self.location.clone(),
            evidence: (&self.evidence).into(),
            corroborating: self.corroborating,
            defence: self.defence,
            apart: self.apart,
        })
    }
}

/// One line of `events.jsonl`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EventJson {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub cameo: String,
    #[schemars(range(min = 1, max = 4))]
    pub quad_class: u8,
    #[schemars(range(min = -10.0, max = 10.0))]
    pub goldstein: f64,
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    pub participants: Vec<ActorRef>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[schemars(regex(pattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"))]
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    pub modality: Modality,
    pub location: Option<String>,
    pub articles: Vec<String>,
    pub evidence: Vec<EvidenceJson>,
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: f64,
}

impl From<&Event> for EventJson {
    fn from(e: &Event) -> EventJson {
        EventJson {
            id: e.id.clone(),
            event_type: e.event_type.name().to_string(),
            cameo: e.cameo.clone(),
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            source: (&e.source).into(),
            target: e.target.as_ref().map(Into::into),
            participants: e.participants.iter().map(Into::into).collect(),
            date: e.date.map(|d| d.to_string()),
            date_precision: e.date.map(|d| d.precision()),
            modality: e.modality,
            location: e.location.clone(),
            articles: e.articles.iter().map(|a| a.to_string()).collect(),
            evidence: e.evidence.iter().map(Into::into).collect(),
            confidence: e.confidence,
        }
    }
}

/// A node of the graph: one actor.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NodeJson {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub wikidata: Option<String>,
    pub aliases: Vec<String>,
}

/// A link of the graph: one event between two actors.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LinkJson {
    /// Node id of the actor that acts.
    pub source: String,
    /// Node id of the actor acted upon.
    pub target: String,
    /// The event id (links between the same pair are told apart by it).
    pub key: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub cameo: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub participants: Vec<String>,
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    pub modality: Modality,
    pub location: Option<String>,
    pub articles: Vec<String>,
    pub evidence: Vec<EvidenceJson>,
    pub confidence: f64,
}

/// A relation state and the event that began it.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StateChange {
    pub state: String,
    pub since: Option<String>,
    pub event: String,
}

/// The summary of everything one actor did to another (states collapsed).
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RelationJson {
    pub source: String,
    pub target: String,
    pub events: usize,
    /// Event counts by quad class 1..4 (verbal/material cooperation,
    /// verbal/material conflict).
    pub quad_counts: [usize; 4],
    pub mean_goldstein: f64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub state: String,
    pub states: Vec<StateChange>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GraphMeta {
    pub name: String,
    pub generator: String,
    pub articles: Vec<String>,
    pub relations: Vec<RelationJson>,
    pub unary_events: Vec<EventJson>,
    /// Every report the events were merged from (see [`MentionJson`]).
    pub mentions: Vec<MentionJson>,
}

/// `graph.json`: node-link form for networkx, D3 and friends.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GraphJson {
    pub directed: bool,
    pub multigraph: bool,
    pub graph: GraphMeta,
    pub nodes: Vec<NodeJson>,
    pub links: Vec<LinkJson>,
}

/// A Cytoscape.js node or edge: its fields flat under `data`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CyElement {
    pub data: std::collections::BTreeMap<String, serde_json::Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CyElements {
    pub nodes: Vec<CyElement>,
    pub edges: Vec<CyElement>,
}

/// Cytoscape.js JSON: `cy.add(data.elements)` loads it.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CytoscapeJson {
    pub elements: CyElements,
}

/// The JSON Schemas of what geokg writes, as (file name, pretty JSON).
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty =
        |v: schemars::Schema| serde_json::to_string_pretty(&v).expect("schema serializes") + "\n";
    vec![
        (
            "event.schema.json",
            pretty(schemars::schema_for!(EventJson)),
        ),
        (
            "graph.schema.json",
            pretty(schemars::schema_for!(GraphJson)),
        ),
        (
            "cytoscape.schema.json",
            pretty(schemars::schema_for!(CytoscapeJson)),
        ),
    ]
}
