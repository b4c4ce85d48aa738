//! What the extractor saw in each sentence and why each event was or was
//! not produced: actors found, date expressions, triggers with the roles,
//! modality and date they got, and the outcome. `geokg explain` prints it;
//! it is the first tool to reach for when an event is missing.

use serde::Serialize;

/// An actor group found in a sentence.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ActorSeen {
    pub text: String,
    pub ids: Vec<String>,
    /// The preposition before it ("ke", "by"), which decides its role.
    pub prep: Option<String>,
    /// Stood for by a pronoun or "the two countries".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anaphoric: bool,
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DateSeen {
    pub text: String,
    /// How it reads (`DayMonth`, `Weekday`, `Later(-1)`, ...).
    pub kind: String,
    /// Its day, month or year on its own, when it has one.
    pub resolved: Option<String>,
}

/// A trigger and what became of it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TriggerSeen {
    /// The lexicon entry.
    pub rule: String,
    pub text: String,
    /// active, passive, nominal or headline.
    pub frame: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub sources: Vec<String>,
    pub targets: Vec<String>,
    pub modality: String,
    /// Why the modality is not `asserted`, when a rule other than a cue in
    /// the clause decided it.
    pub modality_why: Option<String>,
    pub date: Option<String>,
    /// Borrowed from the report or the paragraph: another report's own date wins.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub date_weak: bool,
    /// The events produced (`type SRC->TGT modality date`).
    pub events: Vec<String>,
    /// Why none was produced, or why they only corroborate.
    pub why: Option<String>,
}

/// One sentence.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SentenceSeen {
    /// 1-based, in article order.
    pub number: usize,
    pub line: usize,
    /// body, heading or boilerplate.
    pub kind: String,
    pub text: String,
    /// Why the sentence was not read, when it was not.
    pub skipped: Option<String>,
    pub actors: Vec<ActorSeen>,
    pub dates: Vec<DateSeen>,
    pub triggers: Vec<TriggerSeen>,
}

/// Plain text, a block per sentence.
pub fn to_text(article: &str, sentences: &[SentenceSeen]) -> String {
    let mut out = format!("== {article}\n");
    for s in sentences {
        out += &format!(
            "\n[{}] line {} {}: {:?}\n",
            s.number, s.line, s.kind, s.text
        );
        if let Some(why) = &s.skipped {
            out += &format!("  not read: {why}\n");
            continue;
        }
        if !s.actors.is_empty() {
            let list: Vec<String> = s
                .actors
                .iter()
                .map(|a| {
                    format!(
                        "{:?}{} -> {}{}",
                        a.text,
                        a.prep
                            .as_deref()
                            .map(|p| format!(" (after {p:?})"))
                            .unwrap_or_default(),
                        a.ids.join("+"),
                        if a.anaphoric { " (anaphora)" } else { "" }
                    )
                })
                .collect();
            out += &format!("  actors: {}\n", list.join("; "));
        }
        if !s.dates.is_empty() {
            let list: Vec<String> = s
                .dates
                .iter()
                .map(|d| {
                    format!(
                        "{:?} {} -> {}",
                        d.text,
                        d.kind,
                        d.resolved.as_deref().unwrap_or("(needs an anchor)")
                    )
                })
                .collect();
            out += &format!("  dates: {}\n", list.join("; "));
        }
        if s.triggers.is_empty() {
            out += "  no trigger\n";
        }
        for t in &s.triggers {
            out += &format!(
                "  trigger {} {:?} ({}, {}): sources [{}] targets [{}], {}{}, date {}{}\n",
                t.rule,
                t.text,
                t.frame,
                t.event_type,
                t.sources.join(", "),
                t.targets.join(", "),
                t.modality,
                t.modality_why
                    .as_deref()
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default(),
                t.date.as_deref().unwrap_or("none"),
                if t.date_weak { " (borrowed)" } else { "" }
            );
            for e in &t.events {
                out += &format!("    -> {e}\n");
            }
            if let Some(why) = &t.why {
                out += &format!(
                    "    {} {why}\n",
                    if t.events.is_empty() {
                        "no event:"
                    } else {
                        "note:"
                    }
                );
            }
        }
    }
    out
}
