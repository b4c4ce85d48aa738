//! Actor mentions in a sentence, grouped the way clauses use them.
//!
//! Gazetteer hits become mentions; titles before a name join it
//! ("Presiden Putin"); apposition folds a state and its person into the
//! person ("pemimpin Korea Utara, Kim Jong Un"); coordination makes groups
//! ("baik Rusia maupun Korea Utara", "Russia and North Korea"). First-person
//! pronouns in a quote stand for its speaker, and "kedua negara" / "the two
//! countries" for the last two states named.

use crate::lexicon::Language;
use crate::lexicon::gazetteer::{Gazetteer, RawMention, Target};
use crate::model::{Actor, ActorKind, Span};
use crate::tokens::{PhraseSet, Token};

/// A contiguous run of tokens that names one or more actors.
#[derive(Clone, Debug)]
pub struct Group {
    pub members: Vec<Actor>,
    /// Token range `[first, end)`.
    pub first: usize,
    pub end: usize,
    /// The preposition right before the group, if any.
    pub prep: Option<String>,
    /// Narrows an earlier group ("terutama AS"): never a role of its own.
    pub specifier: bool,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// Stood for by a pronoun or "the two countries", not named.
    pub anaphoric: bool,
}

impl Group {
    pub fn is_prep_object(&self) -> bool {
        self.prep.is_some()
    }
}

/// What earlier sentences tell about who is who.
#[derive(Clone, Debug, Default)]
pub struct Discourse {
    pub last_person: Option<Actor>,
    /// Distinct states, most recent last.
    pub recent_states: Vec<Actor>,
}

impl Discourse {
    pub fn note(&mut self, groups: &[Group]) {
        for g in groups.iter().filter(|g| !g.anaphoric) {
            for a in &g.members {
                if a.kind == ActorKind::Person {
                    self.last_person = Some(a.clone());
                }
                if a.kind == ActorKind::State || a.country.is_some() {
                    let code = a.collapse().to_string();
                    self.recent_states.retain(|s| s.collapse() != code);
                    self.recent_states.push(a.clone());
                }
            }
        }
    }
}

/// Word lists from the language, compiled for matching.
pub struct ActorWords {
    titles: PhraseSet<()>,
    coordinators: PhraseSet<()>,
    specifiers: PhraseSet<()>,
    prepositions: PhraseSet<()>,
    report_verbs: Vec<String>,
    first_person: Vec<String>,
    the_two: PhraseSet<()>,
}

impl ActorWords {
    pub fn new(lang: &Language) -> ActorWords {
        let c = &lang.cues;
        ActorWords {
            titles: PhraseSet::from_words(&c.titles, ()),
            coordinators: PhraseSet::from_words(&c.coordinators, ()),
            specifiers: PhraseSet::from_words(&c.specifiers, ()),
            prepositions: PhraseSet::from_words(&c.prepositions, ()),
            report_verbs: c.report_verbs.clone(),
            first_person: c.first_person.clone(),
            the_two: PhraseSet::from_words(&c.the_two, ()),
        }
    }

    pub fn is_title(&self, t: &Token) -> bool {
        self.titles.longest_at(std::slice::from_ref(t), 0).is_some()
    }
}

#[derive(Clone, Debug)]
struct Unit {
    actor: Actor,
    first: usize,
    end: usize,
    anaphoric: bool,
}

/// Finds the groups of one sentence.
pub fn sentence_groups(
    tokens: &[Token],
    raw: &[RawMention],
    gazetteer: &Gazetteer,
    words: &ActorWords,
    discourse: &Discourse,
    date: Option<chrono::NaiveDate>,
    blocked: Span,
) -> (Vec<Group>, Option<Actor>) {
    let mut units: Vec<Unit> = Vec::new();
    let mut place_tokens = vec![false; tokens.len()];
    for m in raw {
        let first = tokens.iter().position(|t| t.span.start >= m.span.start);
        let Some(first) = first else { continue };
        let mut end = first;
        while end < tokens.len() && tokens[end].span.end <= m.span.end {
            end += 1;
        }
        if end == first {
            continue;
        }
        match m.target {
            Target::Place => place_tokens[first..end].iter_mut().for_each(|p| *p = true),
            Target::Actor(i) => {
                if blocked.contains(m.span) {
                    continue;
                }
                units.push(Unit {
                    actor: gazetteer.entry(i).actor_on(date),
                    first,
                    end,
                    anaphoric: false,
                })
            }
        }
    }
    let speaker = find_speaker(tokens, &units, words, discourse);
    // Pronouns and "the two countries".
    let mut i = 0;
    while i < tokens.len() {
        if units.iter().any(|u| u.first <= i && i < u.end) {
            i += 1;
            continue;
        }
        if let Some((n, _)) = words.the_two.longest_at(tokens, i) {
            let k = discourse.recent_states.len();
            if k >= 2 {
                for a in &discourse.recent_states[k - 2..] {
                    units.push(Unit {
                        actor: a.clone(),
                        first: i,
                        end: i + n,
                        anaphoric: true,
                    });
                }
            }
            i += n;
            continue;
        }
        if let Some(sp) = &speaker
            && words.first_person.iter().any(|p| tokens[i].is(p))
        {
            units.push(Unit {
                actor: sp.clone(),
                first: i,
                end: i + 1,
                anaphoric: true,
            });
        }
        i += 1;
    }
    units.sort_by_key(|u| (u.first, u.end));
    // Titles before a name belong to it.
    for u in units.iter_mut() {
        while u.first > 0 && words.is_title(&tokens[u.first - 1]) && !tokens[u.first - 1].is("'s") {
            u.first -= 1;
        }
    }
    let units = fold_appositions(units, tokens, words);
    (coordinate(units, tokens, words), speaker)
}

/// The speaker of a quote in this sentence: "ujar Putin", "Putin said",
/// "ujarnya" (the last person named).
fn find_speaker(
    tokens: &[Token],
    units: &[Unit],
    words: &ActorWords,
    discourse: &Discourse,
) -> Option<Actor> {
    for (k, t) in tokens.iter().enumerate() {
        let stem = t.norm.strip_suffix("nya");
        let is_report = words
            .report_verbs
            .iter()
            .any(|r| t.is(r) || stem == Some(r.as_str()));
        if !is_report {
            continue;
        }
        if stem.is_some() && !words.report_verbs.iter().any(|r| t.is(r)) {
            return discourse.last_person.clone();
        }
        let after = units.iter().find(|u| u.first > k && u.first <= k + 3);
        let before = units.iter().rev().find(|u| u.end <= k && u.end + 2 >= k);
        if let Some(u) = after.or(before) {
            return Some(u.actor.clone());
        }
    }
    None
}

fn fold_appositions(units: Vec<Unit>, tokens: &[Token], words: &ActorWords) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for u in units {
        if let Some(prev) = out.last_mut() {
            let between = &tokens[prev.end.min(u.first)..u.first];
            let joinable = u.first >= prev.end
                && between.len() <= 2
                && between
                    .iter()
                    .all(|t| t.is(",") || t.is("'s") || words.is_title(t))
                && prev.actor.collapse() == u.actor.collapse()
                && !prev.anaphoric
                && !u.anaphoric;
            let overlapping = u.first < prev.end;
            if joinable || (overlapping && prev.actor.collapse() == u.actor.collapse()) {
                if u.actor.kind.specificity() > prev.actor.kind.specificity() {
                    prev.actor = u.actor;
                }
                prev.end = prev.end.max(u.end);
                continue;
            }
            if overlapping {
                // "kedua negara" units share tokens: keep them side by side.
                if u.anaphoric && prev.anaphoric {
                    out.push(u);
                }
                continue;
            }
        }
        out.push(u);
    }
    out
}

fn coordinate(units: Vec<Unit>, tokens: &[Token], words: &ActorWords) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        let mut g = Group {
            members: vec![units[i].actor.clone()],
            first: units[i].first,
            end: units[i].end,
            prep: None,
            specifier: false,
            possessive: false,
            anaphoric: units[i].anaphoric,
        };
        let mut j = i + 1;
        while j < units.len() {
            let between = &tokens[g.end.min(units[j].first)..units[j].first];
            let same_span = units[j].first < g.end;
            let coordinated = same_span
                || (!between.is_empty()
                    && between.len() <= 2
                    && between.iter().all(|t| {
                        t.is(",")
                            || words
                                .coordinators
                                .longest_at(std::slice::from_ref(t), 0)
                                .is_some()
                    })
                    && (between.iter().any(|t| !t.is(","))
                        || list_continues(&units[j..], tokens, words)));
            if !coordinated {
                break;
            }
            if !g.members.iter().any(|m| m.id == units[j].actor.id) {
                g.members.push(units[j].actor.clone());
            }
            g.end = g.end.max(units[j].end);
            g.anaphoric |= units[j].anaphoric;
            j += 1;
        }
        // "baik X maupun Y", "both X and Y": the opener belongs to the group.
        if g.first > 0
            && (tokens[g.first - 1].is("baik") || tokens[g.first - 1].is("both"))
            && g.members.len() > 1
        {
            g.first -= 1;
        }
        if g.first > 0 {
            let before = &tokens[g.first - 1];
            if words
                .specifiers
                .longest_at(std::slice::from_ref(before), 0)
                .is_some()
                || (g.first > 1
                    && words
                        .specifiers
                        .longest_at(tokens, g.first - 2)
                        .is_some_and(|(n, _)| n == 2))
            {
                g.specifier = true;
            } else if words
                .prepositions
                .longest_at(std::slice::from_ref(before), 0)
                .is_some()
            {
                g.prep = Some(before.norm.clone());
            }
        }
        g.possessive = tokens.get(g.end).is_some_and(|t| t.is("'s"));
        groups.push(g);
        i = j;
    }
    groups
}

/// A comma joins units only in a list that ends with a coordinator
/// ("Jepang, Korea Selatan, dan AS").
fn list_continues(rest: &[Unit], tokens: &[Token], words: &ActorWords) -> bool {
    for w in rest.windows(2) {
        let between = &tokens[w[0].end.min(w[1].first)..w[1].first];
        if between.is_empty() || between.len() > 2 {
            return false;
        }
        if between.iter().any(|t| {
            words
                .coordinators
                .longest_at(std::slice::from_ref(t), 0)
                .is_some()
        }) {
            return true;
        }
        if !between.iter().all(|t| t.is(",")) {
            return false;
        }
    }
    false
}
