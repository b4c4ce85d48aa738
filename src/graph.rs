//! The knowledge graph: actors as nodes, events as edges (petgraph), and a
//! relation summary for every ordered pair of states (people and ministries
//! collapse to their state), with the sequence of relation states that the
//! rules in `data/relations.toml` give.

use std::collections::BTreeMap;

use petgraph::graph::{DiGraph, NodeIndex};
use serde::Deserialize;

use crate::error::DataError;
use crate::events::Mention;
use crate::export::wire::{
    EventJson, GraphJson, GraphMeta, LinkJson, MentionJson, NodeJson, RelationJson, StateChange,
};
use crate::lexicon::Lexicon;
use crate::merge::{Event, Merged, total_order};
use crate::model::{Actor, Modality};

const RELATIONS: &str = include_str!("../data/relations.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateRule {
    pub state: String,
    pub types: Vec<String>,
    #[serde(default)]
    pub defence: Option<bool>,
    #[serde(default)]
    pub unless: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RulesFile {
    rule: Vec<StateRule>,
}

/// The relation-state rules, in order.
pub fn state_rules() -> Result<Vec<StateRule>, DataError> {
    toml::from_str::<RulesFile>(RELATIONS)
        .map(|f| f.rule)
        .map_err(|e| DataError::toml("data/relations.toml", RELATIONS, &e))
}

/// How grave a relation state is, for ordering the changes of one day.
fn severity(state: &str) -> u8 {
    match state {
        "cooperative" => 0,
        "allied" => 1,
        "tense" => 2,
        "hostile" => 3,
        "at_war" => 4,
        _ => 0,
    }
}

/// Events and the actors they connect.
pub struct Graph {
    pub graph: DiGraph<Actor, usize>,
    pub events: Vec<Event>,
    pub index: BTreeMap<String, NodeIndex>,
    /// Heading mentions that corroborate nothing yet.
    pub unattached: Vec<Mention>,
}

impl Graph {
    /// Builds the graph; nodes and edges go in in sorted order, so every
    /// export is stable.
    pub fn build(merged: Merged, lexicon: &Lexicon) -> Graph {
        let Merged { events, unattached } = merged;
        let mut actors: BTreeMap<String, Actor> = BTreeMap::new();
        for e in &events {
            for a in &e.participants {
                actors.entry(a.id.to_string()).or_insert_with(|| {
                    let mut node = Actor::clone(a);
                    if node.aliases.is_empty()
                        && let Some(entry) = lexicon.gazetteer.get(&a.id)
                    {
                        node.aliases = entry.actor.aliases.clone();
                    }
                    node
                });
                // A person's or ministry's state is a node too: relations
                // are summarised between states.
                if let Some(c) = &a.country
                    && c != &a.id
                    && let Some(entry) = lexicon.gazetteer.get(c)
                {
                    actors
                        .entry(c.to_string())
                        .or_insert_with(|| entry.actor.clone());
                }
            }
        }
        let mut graph = DiGraph::new();
        let mut index = BTreeMap::new();
        for (id, a) in actors {
            index.insert(id, graph.add_node(a));
        }
        for (i, e) in events.iter().enumerate() {
            if let Some(t) = &e.target {
                graph.add_edge(index[&*e.source.id], index[&*t.id], i);
            }
        }
        Graph {
            graph,
            events,
            index,
            unattached,
        }
    }

    /// The graph as it stood on `cut` (`YYYY-MM-DD`): events dated after it
    /// left out (undated ones kept), nodes and relations recomputed.
    pub fn as_of(self, cut: &str, lexicon: &Lexicon) -> Graph {
        let before =
            |d: Option<crate::model::EventDate>| d.is_none_or(|d| d.to_string().as_str() <= cut);
        let Graph {
            events, unattached, ..
        } = self;
        Graph::build(
            Merged {
                events: events.into_iter().filter(|e| before(e.date)).collect(),
                unattached: unattached.into_iter().filter(|m| before(m.date)).collect(),
            },
            lexicon,
        )
    }

    /// Every mention the graph was merged from, in canonical order.
    pub fn mentions(&self) -> Vec<&Mention> {
        let mut all: Vec<&Mention> = self
            .events
            .iter()
            .flat_map(|e| &e.mentions)
            .chain(&self.unattached)
            .collect();
        all.sort_by(|a, b| total_order(a, b));
        all
    }

    /// Relation summaries for every ordered pair of collapsed actors.
    pub fn relations(&self, rules: &[StateRule]) -> Vec<RelationJson> {
        let mut pairs: BTreeMap<(String, String), Vec<&Event>> = BTreeMap::new();
        for e in &self.events {
            let Some(t) = &e.target else { continue };
            let (s, t) = (e.source.collapse().to_string(), t.collapse().to_string());
            if s == t {
                continue;
            }
            pairs.entry((s.clone(), t.clone())).or_default().push(e);
            if e.event_type.is_symmetric() {
                pairs.entry((t, s)).or_default().push(e);
            }
        }
        pairs
            .into_iter()
            .map(|((s, t), mut evs)| {
                evs.sort_by(|a, b| {
                    (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
                });
                let mut quad = [0usize; 4];
                for e in &evs {
                    quad[(e.quad_class.clamp(1, 4) - 1) as usize] += 1;
                }
                let mean = evs.iter().map(|e| e.goldstein).sum::<f64>() / evs.len() as f64;
                let dates: Vec<String> = evs
                    .iter()
                    .filter_map(|e| e.date.map(|d| d.to_string()))
                    .collect();
                let mut state = "neutral".to_string();
                let mut states = Vec::new();
                let rule_of = |e: &Event| {
                    rules.iter().find(|r| {
                        r.types.iter().any(|x| x == e.event_type.name())
                            && r.defence.is_none_or(|d| d == e.defence)
                    })
                };
                // Within a day the graver state is the one the day ends in:
                // a visit and a warning on the same date leave the pair tense.
                let mut moving: Vec<&&Event> = evs
                    .iter()
                    .filter(|e| e.modality == Modality::Asserted && e.date.is_some())
                    .collect();
                moving.sort_by_key(|e| {
                    (e.date, rule_of(e).map(|r| severity(&r.state)), e.id.clone())
                });
                for e in moving {
                    let rule = rule_of(e);
                    if let Some(r) = rule
                        && !r.unless.contains(&state)
                        && r.state != state
                    {
                        state = r.state.clone();
                        // One change a day: the state the day ends in.
                        let since = e.date.map(|d| d.to_string());
                        if states
                            .last()
                            .is_some_and(|c: &StateChange| c.since == since)
                        {
                            states.pop();
                        }
                        if states
                            .last()
                            .is_some_and(|c: &StateChange| c.state == state)
                        {
                            continue;
                        }
                        states.push(StateChange {
                            state: state.clone(),
                            since: e.date.map(|d| d.to_string()),
                            event: e.id.clone(),
                        });
                    }
                }
                RelationJson {
                    source: s,
                    target: t,
                    events: evs.len(),
                    quad_counts: quad,
                    mean_goldstein: (mean * 100.0).round() / 100.0,
                    first_date: dates.iter().min().cloned(),
                    last_date: dates.iter().max().cloned(),
                    state,
                    states,
                }
            })
            .collect()
    }

    /// The node-link form of the graph.
    pub fn to_json(&self, rules: &[StateRule]) -> GraphJson {
        let nodes = self
            .index
            .values()
            .map(|&i| {
                let a = &self.graph[i];
                NodeJson {
                    id: a.id.to_string(),
                    name: a.name.to_string(),
                    kind: a.kind,
                    country: a.country.as_deref().map(String::from),
                    wikidata: a.wikidata.as_deref().map(String::from),
                    aliases: a.aliases.clone(),
                }
            })
            .collect();
        let mut links = Vec::new();
        let mut unary = Vec::new();
        for e in &self.events {
            let ej = EventJson::from(e);
            match &e.target {
                Some(t) => links.push(LinkJson {
                    source: e.source.id.to_string(),
                    target: t.id.to_string(),
                    key: ej.id,
                    event_type: ej.event_type,
                    cameo: ej.cameo,
                    quad_class: ej.quad_class,
                    goldstein: ej.goldstein,
                    participants: e.participants.iter().map(|a| a.id.to_string()).collect(),
                    date: ej.date,
                    date_precision: ej.date_precision,
                    modality: ej.modality,
                    location: ej.location,
                    articles: ej.articles,
                    evidence: ej.evidence,
                    confidence: ej.confidence,
                }),
                None => unary.push(ej),
            }
        }
        let mut articles: Vec<String> = self
            .events
            .iter()
            .flat_map(|e| e.articles.iter().map(|a| a.to_string()))
            .collect();
        articles.sort();
        articles.dedup();
        GraphJson {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                name: "geokg".into(),
                generator: format!("geokg {}", env!("CARGO_PKG_VERSION")),
                articles,
                relations: self.relations(rules),
                unary_events: unary,
                mentions: self.mentions().into_iter().map(MentionJson::from).collect(),
            },
            nodes,
            links,
        }
    }
}
