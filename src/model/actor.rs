use std::sync::Arc;

use serde::{Deserialize, Serialize};

#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    State,
    Person,
    Organization,
    Group,
}

impl ActorKind {
    pub fn parse(s: &str) -> Option<ActorKind> {
        match s {
            "state" => Some(ActorKind::State),
            "person" => Some(ActorKind::Person),
            "organization" | "organisation" => Some(ActorKind::Organization),
            "group" => Some(ActorKind::Group),
            _ => None,
        }
    }

    /// How specific a mention of this kind is; merging keeps the most specific.
    pub fn specificity(self) -> u8 {
        match self {
            ActorKind::Person => 3,
            ActorKind::Organization => 2,
            ActorKind::State => 1,
            ActorKind::Group => 0,
        }
    }
}

/// Someone who acts or is acted upon. See `shared/spec/EVENTS.md`, "Actors".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    // Shared strings: actors are copied into every group, role and mention
    // that names them (copying four strings each time was 3% of a run).
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub kind: ActorKind,
    /// The state the actor is or acts for; `None` for groups.
    pub country: Option<Arc<str>>,
    pub wikidata: Option<Arc<str>>,
    pub aliases: Vec<String>,
    /// Member states of a group (`WEST`, `NATO`, ...). Shared: an actor
    /// is copied for every mention, and a bloc has dozens of members.
    pub members: Arc<[String]>,
}

impl Actor {
    /// The code events collapse to when compared: the state, else the id.
    pub fn collapse(&self) -> &str {
        self.country.as_deref().unwrap_or(&self.id)
    }
}
