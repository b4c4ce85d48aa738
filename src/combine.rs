//! Graphs combine: a graph keeps every report it was merged from
//! (`graph.mentions`), and merging graphs is merging the union of their
//! mentions with the rule of [`crate::merge`]. Because that rule is a
//! function of the *set* of mentions (sorted in a total order, repeats
//! dropped), combining is idempotent (a graph merged with itself is
//! itself), commutative and associative: partial graphs built anywhere, in
//! any grouping, give the bytes one `geokg build` over all the articles
//! gives.
//!
//! A graph is only taken in when its events follow from its mentions: one
//! edited by hand (or written with other `--data`) is refused, naming the
//! first event or node that differs, rather than silently re-derived.

use std::collections::BTreeMap;

use crate::events::Mention;
use crate::export::wire::{ActorRef, GraphJson, NodeJson};
use crate::graph::{Graph, StateRule};
use crate::lexicon::Lexicon;
use crate::merge::merge_all;
use crate::model::Actor;

/// Why a graph JSON cannot be combined.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CombineError {
    /// A mention that cannot be read back (`graph.mentions[index]`).
    #[error("graph.mentions[{index}]: {why}")]
    Mention { index: usize, why: String },
    /// The graph's content differs from what its mentions give; `id` names
    /// the first event, node or relation that differs.
    #[error(
        "{what} '{id}' does not follow from the graph's mentions (edited by hand, or built with other --data?)"
    )]
    Edited { what: &'static str, id: String },
}

impl CombineError {
    /// The id to look for in the file, to say on which line it is.
    pub fn locator(&self) -> Option<&str> {
        match self {
            CombineError::Edited { id, .. } => Some(id),
            CombineError::Mention { .. } => None,
        }
    }
}

/// The mentions a graph keeps, their actors completed as extraction makes
/// them: wikidata from the graph's nodes, group members from the
/// gazetteer, names left to the nodes.
pub fn mentions_of(json: &GraphJson, lexicon: &Lexicon) -> Result<Vec<Mention>, CombineError> {
    let nodes: BTreeMap<&str, &NodeJson> = json.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let actor = |r: &ActorRef| -> Actor {
        let known = lexicon.gazetteer.get(&r.id).map(|e| &e.actor);
        let node = nodes.get(r.id.as_str());
        Actor {
            id: r.id.as_str().into(),
            name: r.name.as_str().into(),
            kind: r.kind,
            country: r.country.as_deref().map(Into::into),
            wikidata: node
                .map(|n| n.wikidata.as_deref().map(Into::into))
                .or_else(|| known.map(|a| a.wikidata.clone()))
                .flatten(),
            // As extraction makes them: names stay in the gazetteer and
            // the nodes (an actor is copied for every mention).
            aliases: Vec::new(),
            members: known.map(|a| a.members.clone()).unwrap_or_default(),
        }
    };
    json.graph
        .mentions
        .iter()
        .enumerate()
        .map(|(index, m)| {
            m.to_mention(&|r| std::sync::Arc::new(actor(r)))
                .map_err(|why| CombineError::Mention { index, why })
        })
        .collect()
}

/// The graph its mentions give (no check that it matches `json`).
pub fn rebuild(json: &GraphJson, lexicon: &Lexicon) -> Result<Graph, CombineError> {
    Ok(combine(vec![mentions_of(json, lexicon)?], lexicon))
}

/// Refuses a graph whose events, nodes or relations are not what its
/// mentions give.
pub fn check(json: &GraphJson, lexicon: &Lexicon, rules: &[StateRule]) -> Result<(), CombineError> {
    let again = rebuild(json, lexicon)?.to_json(rules);
    let edited = |what, id: &str| {
        Err(CombineError::Edited {
            what,
            id: id.to_string(),
        })
    };
    let links = |g: &GraphJson| keyed(&g.links, |l| l.key.clone());
    if let Some(k) = first_difference(&links(json), &links(&again)) {
        return edited("event", &k);
    }
    let unary = |g: &GraphJson| keyed(&g.graph.unary_events, |e| e.id.clone());
    if let Some(k) = first_difference(&unary(json), &unary(&again)) {
        return edited("event", &k);
    }
    let nodes = |g: &GraphJson| keyed(&g.nodes, |n| n.id.clone());
    if let Some(k) = first_difference(&nodes(json), &nodes(&again)) {
        return edited("node", &k);
    }
    let relations =
        |g: &GraphJson| keyed(&g.graph.relations, |r| format!("{}>{}", r.source, r.target));
    if let Some(k) = first_difference(&relations(json), &relations(&again)) {
        return edited("relation", &k);
    }
    if json.graph.articles != again.graph.articles {
        return edited("field", "articles");
    }
    // Same content in another order is an edit too: the writer's order is
    // part of what makes output byte-identical.
    if json.links != again.links
        || json.nodes != again.nodes
        || json.graph.unary_events != again.graph.unary_events
        || json.graph.relations != again.graph.relations
    {
        return edited("order of", "links");
    }
    Ok(())
}

/// Items by key, each as its JSON text: what `check` compares.
fn keyed<T: serde::Serialize>(items: &[T], key: impl Fn(&T) -> String) -> BTreeMap<String, String> {
    items
        .iter()
        .map(|x| (key(x), serde_json::to_string(x).unwrap_or_default()))
        .collect()
}

fn first_difference(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Option<String> {
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .min()
        .cloned()
}

/// The graph of the union of several sets of mentions.
pub fn combine(sets: Vec<Vec<Mention>>, lexicon: &Lexicon) -> Graph {
    let all: Vec<Mention> = sets.into_iter().flatten().collect();
    Graph::build(merge_all(all, lexicon), lexicon)
}
