use serde::{Deserialize, Serialize};
use std::sync::Arc;

use super::Span;

macro_rules! event_types {
    ($($variant:ident => $name:literal, $cameo:literal, $symmetric:literal, $speech:literal;)*) => {
        /// The event vocabulary of `shared/spec/EVENTS.md`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum EventType { $($variant,)* }

        impl EventType {
            pub const ALL: &'static [EventType] = &[$(EventType::$variant,)*];

            pub fn name(self) -> &'static str {
                match self { $(EventType::$variant => $name,)* }
            }

            /// The default CAMEO code; a trigger entry may refine it.
            pub fn cameo(self) -> &'static str {
                match self { $(EventType::$variant => $cameo,)* }
            }

            /// Symmetric types list every participant; direction carries no meaning.
            pub fn is_symmetric(self) -> bool {
                match self { $(EventType::$variant => $symmetric,)* }
            }

            /// Speech acts: dated by the occasion they were said at.
            pub fn is_speech(self) -> bool {
                match self { $(EventType::$variant => $speech,)* }
            }

            /// The use of force: an attack or an invasion.
            pub fn is_force(self) -> bool {
                matches!(self, EventType::Attack | EventType::Invade)
            }

            /// A warning or a threat: what a consequence said on a
            /// condition makes.
            pub fn is_warning(self) -> bool {
                matches!(self, EventType::Warn | EventType::Threaten)
            }

            /// A measure taken against a state: a sanction, a cut in
            /// relations or aid, an expulsion.
            pub fn is_measure(self) -> bool {
                matches!(
                    self,
                    EventType::Sanction
                        | EventType::ReduceRelations
                        | EventType::Expel
                        | EventType::HaltAid
                )
            }

            /// A judgement passed on what another did: praise, criticism,
            /// a protest, a rejection.
            pub fn is_judgement(self) -> bool {
                matches!(
                    self,
                    EventType::Praise
                        | EventType::Criticize
                        | EventType::Protest
                        | EventType::Reject
                )
            }

            /// A meeting of states' people: a visit, a meeting, talks, a call.
            pub fn is_consult(self) -> bool {
                matches!(
                    self,
                    EventType::Meet
                        | EventType::Visit
                        | EventType::Host
                        | EventType::PhoneCall
                        | EventType::Negotiate
                )
            }

            /// Verbal or material cooperation (quad classes 1 and 2).
            pub fn quad_cooperative(self) -> bool {
                self.cameo().as_bytes()[0] == b'0'
            }

            pub fn parse(s: &str) -> Option<EventType> {
                match s { $($name => Some(EventType::$variant),)* _ => None }
            }
        }
    };
}

event_types! {
    Statement => "statement", "010", false, true;
    Consider => "consider", "014", false, true;
    Deny => "deny", "016", false, true;
    Appeal => "appeal", "020", false, true;
    IntendCooperate => "intend_cooperate", "030", false, true;
    Meet => "meet", "040", true, false;
    PhoneCall => "phone_call", "041", true, false;
    Visit => "visit", "042", false, false;
    Host => "host", "043", false, false;
    Negotiate => "negotiate", "046", true, false;
    Praise => "praise", "051", false, true;
    SignAgreement => "sign_agreement", "057", true, false;
    Cooperate => "cooperate", "060", true, false;
    MilitaryCooperation => "military_cooperation", "062", false, false;
    ProvideAid => "provide_aid", "070", false, false;
    SupplyArms => "supply_arms", "072", false, false;
    Demand => "demand", "100", false, true;
    Criticize => "criticize", "111", false, true;
    Accuse => "accuse", "112", false, true;
    Reject => "reject", "120", false, true;
    Warn => "warn", "130", false, true;
    Threaten => "threaten", "138", false, true;
    Protest => "protest", "140", false, true;
    Mobilize => "mobilize", "154", false, false;
    ReduceRelations => "reduce_relations", "160", false, false;
    HaltAid => "halt_aid", "1622", false, false;
    Sanction => "sanction", "163", false, false;
    Expel => "expel", "166", false, false;
    Attack => "attack", "190", false, false;
    Invade => "invade", "192", false, false;
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether an event happened, is only possible, was ruled out, or is claimed.
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
pub enum Modality {
    Asserted,
    Hypothetical,
    Negated,
    Alleged,
}

impl Modality {
    pub fn name(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
            Modality::Alleged => "alleged",
        }
    }
}

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
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A date at day, month or year precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl EventDate {
    pub fn day(d: chrono::NaiveDate) -> EventDate {
        use chrono::Datelike;
        EventDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// This date to a coarser precision ("2021-11-18" as a month is
    /// "2021-11"); none when it is coarser already.
    pub fn truncated(&self, p: DatePrecision) -> Option<EventDate> {
        match p {
            DatePrecision::Day => self.day.map(|_| *self),
            DatePrecision::Month => self.month.map(|m| EventDate {
                year: self.year,
                month: Some(m),
                day: None,
            }),
            DatePrecision::Year => Some(EventDate {
                year: self.year,
                month: None,
                day: None,
            }),
        }
    }

    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    pub fn to_naive(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// The first day the date may be: 2025-03 is 2025-03-01, 2025 is
    /// 2025-01-01.
    pub fn first_day(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// True when this date is over before `other` starts, at the precision
    /// both name: 2020 is before 2025-09, 2025-01-07 before 2025-03, but
    /// 2025-01 not before 2025-01-28.
    pub fn before(&self, other: &EventDate) -> bool {
        let both = self.precision().min(other.precision());
        self.truncated(both) < other.truncated(both)
    }

    /// True when one date refines the other (2024-06 and 2024-06-19).
    pub fn compatible(&self, other: &EventDate) -> bool {
        self.year == other.year
            && (self.month.is_none() || other.month.is_none() || self.month == other.month)
            && (self.day.is_none() || other.day.is_none() || self.day == other.day)
    }

    pub fn parse(s: &str) -> Option<EventDate> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = EventDate { year, month, day };
        if day.is_some() && date.to_naive().is_none() {
            return None;
        }
        Some(date)
    }
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Where an event was read: the sentence and the lexicon entry that fired.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    // Shared, not copied: every mention of a sentence, and every event
    // merged from it, points at one copy (a corpus has millions).
    pub article: Arc<str>,
    pub sentence: Arc<str>,
    pub span: Span,
    pub rule: Arc<str>,
    /// The sentence is a heading: it corroborates, it never asserts.
    pub heading: bool,
    /// The article's address, when known.
    pub url: Option<Arc<str>>,
    /// The language the sentence was read in (`id`, `en`).
    pub lang: Option<Arc<str>>,
}

#[cfg(test)]
mod tests {
    use super::EventDate;

    #[test]
    fn a_date_is_before_another_at_the_precision_both_name() {
        let d = |s: &str| EventDate::parse(s).unwrap();
        assert!(d("2020").before(&d("2025-09-29")));
        assert!(d("2025-01").before(&d("2025-09-29")));
        assert!(d("2025-01-07").before(&d("2025-01-28")));
        assert!(d("2025-01-07").before(&d("2025-03")));
        assert!(!d("2025-01").before(&d("2025-01-28")));
        assert!(!d("2025-01-07").before(&d("2025-01")));
        assert!(!d("2025").before(&d("2025-09-29")));
        assert!(!d("2025-01").before(&d("2025")));
    }
}
