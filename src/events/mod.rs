//! Event mentions in a sentence: triggers, their roles, modality and date.

pub mod modality;
pub mod roles;
pub mod triggers;

use std::sync::Arc;

use crate::model::{Actor, EventDate, EventType, Evidence, Modality};

/// One report of an event in one sentence, before merging.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub event_type: EventType,
    pub cameo: String,
    // Shared: the same few actors stand in millions of mentions.
    pub source: Arc<Actor>,
    pub target: Option<Arc<Actor>>,
    pub participants: Vec<Arc<Actor>>,
    pub modality: Modality,
    pub date: Option<EventDate>,
    /// The date was borrowed (from a report verb or the paragraph): a
    /// report of the same event with its own date overrides it.
    pub date_weak: bool,
    pub location: Option<String>,
    pub evidence: Evidence,
    /// Read in a heading or in headline register: it can corroborate an
    /// event told in the body, never create one.
    pub corroborating: bool,
    /// A defence pact or alliance (moves a relation to `allied`).
    pub defence: bool,
    /// A habit told by a verb ("Beijing has repeatedly demanded"): no
    /// occasion a dated report of its key tells, so none takes it in.
    pub apart: bool,
}

impl Mention {
    /// Participants collapsed to their states, sorted: what merging compares.
    pub fn collapsed_participants(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .participants
            .iter()
            .map(|a| a.collapse().to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}
