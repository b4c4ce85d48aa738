//! Whether an act happened, might happen, was ruled out, or is only claimed.
//!
//! Cues count only before the trigger and within its clause (commas, `;`,
//! and clause openers end a clause), except the wide cues of hoping, which
//! reach across commas. Acts inside the complement of an accusation or a
//! denial are alleged. A question is hypothetical. Phrases that start with
//! a negation word but do not negate ("tidak hanya", "not only") and
//! phrases that hedge with one ("tidak menutup kemungkinan") are matched as
//! whole phrases first.

use crate::events::triggers::Hit;
use crate::lexicon::language::Cues;
use crate::lexicon::morph::Frame;
use crate::model::Modality;
use crate::tokens::{PhraseSet, Token};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Hypothetical,
    Wide,
    Clause,
    Negation,
    /// "tidak ada X yang ...": a negation that reaches into the relative
    /// clause on its noun.
    ExistentialNegation,
    ClauseNegation,
    Alleged,
    Inert,
}

/// How many words before its purpose word a factive phrase may stand.
const FACTIVE_REACH: usize = 12;

/// How many words before a verb trigger an announced future may stand
/// ("said it would soon expel").
const ANNOUNCED_REACH: usize = 3;

/// ... and before a noun trigger, behind its verb and modifiers ("would
/// deepen defence and security cooperation").
const ANNOUNCED_NOUN_REACH: usize = 5;

pub struct ModalityCues {
    phrases: PhraseSet<Cue>,
    joiners: PhraseSet<()>,
    auxiliaries: Vec<String>,
    intent: PhraseSet<()>,
    planning: PhraseSet<()>,
    speculative: PhraseSet<()>,
    content: PhraseSet<()>,
    enactments: Vec<String>,
    /// Month names: "May 7" is a date, not the modal "may".
    months: Vec<String>,
    /// "first", "pertama": "bukan pertemuan pertama" denies no meeting.
    firsts: Vec<String>,
    presupposing: PhraseSet<()>,
    relative: Vec<String>,
    alternatives: Vec<String>,
    object_negations: Vec<String>,
    purpose: PhraseSet<()>,
    purpose_preps: PhraseSet<()>,
    /// After a noun trigger: "Pengiriman senjata ... masih sebatas kemungkinan".
    predicates: PhraseSet<()>,
    negated_predicates: PhraseSet<()>,
    openers: PhraseSet<()>,
    /// "that day", "that year": an opener's word that names a time (the
    /// cue `not_relative`, as in `RoleWords`).
    not_relative: PhraseSet<()>,
    /// "before", "sebelum": a verb right behind one shares its clause's
    /// modality ("is scheduled to meet ... before leaving for Singapore").
    adjunct_openers: Vec<String>,
    coordinators: PhraseSet<()>,
    /// Prepositions a negation does not reach a noun through.
    blocking_preps: Vec<String>,
    /// Prepositions a modal cue does not reach a noun through.
    modal_barriers: Vec<String>,
    accusation_nouns: PhraseSet<()>,
    attributions: PhraseSet<()>,
    determiners: Vec<String>,
    retractions: PhraseSet<()>,
    continuation: PhraseSet<()>,
    announced_future: Vec<String>,
    factive_before: PhraseSet<()>,
    decision_nouns: PhraseSet<()>,
    occasion_openers: PhraseSet<()>,
    occasion_requests: PhraseSet<()>,
    conditionals: PhraseSet<()>,
    time_relatives: PhraseSet<()>,
    factual_openers: PhraseSet<()>,
    /// Report and announcement verbs ("said", "mengumumkan").
    announcing: PhraseSet<()>,
}

/// How far after a negation an ordinal may stand and make it no denial of
/// the act ("bukan pertemuan pertama", "not their first meeting").
const FIRST_REACH: usize = 4;

/// How far back a clause-bound cue reaches, in tokens.
const NARROW_WINDOW: usize = 9;

impl ModalityCues {
    pub fn new(c: &Cues, months: &[String], firsts: &[String]) -> ModalityCues {
        let mut phrases = PhraseSet::default();
        for (list, cue) in [
            (&c.hypothetical, Cue::Hypothetical),
            (&c.negation, Cue::Negation),
            (&c.negation_clause, Cue::ClauseNegation),
            (&c.negation_existential, Cue::ExistentialNegation),
            (&c.alleged, Cue::Alleged),
            (&c.hypothetical_wide, Cue::Wide),
            (&c.hypothetical_clause, Cue::Clause),
            (&c.not_negation, Cue::Inert),
        ] {
            for p in list {
                phrases.insert(p, cue);
            }
        }
        ModalityCues {
            phrases,
            joiners: PhraseSet::from_words(&c.verb_joiners, ()),
            auxiliaries: c
                .auxiliaries
                .iter()
                .filter(|a| {
                    ![
                        "then",
                        "later",
                        "lalu",
                        "kemudian",
                        "segera",
                        "langsung",
                        "again",
                        "once",
                        "quickly",
                        "immediately",
                        "kembali",
                        "pun",
                        "juga",
                        "also",
                    ]
                    .contains(&a.as_str())
                })
                .cloned()
                .collect(),
            intent: PhraseSet::from_words(&c.intent, ()),
            planning: PhraseSet::from_words(&c.planning, ()),
            speculative: PhraseSet::from_words(&c.speculative, ()),
            content: PhraseSet::from_words(&c.content_markers, ()),
            enactments: c.enactments.clone(),
            months: months.to_vec(),
            firsts: firsts.to_vec(),
            purpose: PhraseSet::from_words(&c.purpose, ()),
            purpose_preps: PhraseSet::from_words(&c.purpose_preps, ()),
            presupposing: PhraseSet::from_words(&c.presupposing, ()),
            relative: c.relative.clone(),
            alternatives: c.alternatives.clone(),
            object_negations: c.object_negations.clone(),
            predicates: PhraseSet::from_words(&c.hypothetical_predicate, ()),
            negated_predicates: PhraseSet::from_words(&c.negated_predicate, ()),
            openers: PhraseSet::from_words(&c.clause_openers, ()),
            not_relative: PhraseSet::from_words(&c.not_relative, ()),
            adjunct_openers: c.adjunct_openers.clone(),
            coordinators: PhraseSet::from_words(&c.coordinators, ()),
            blocking_preps: c
                .prepositions
                .iter()
                .filter(|p| !c.negation_through.contains(p))
                .cloned()
                .collect(),
            modal_barriers: c.modal_barriers.clone(),
            accusation_nouns: PhraseSet::from_words(&c.accusation_nouns, ()),
            attributions: PhraseSet::from_words(&c.attributions, ()),
            determiners: c.determiners.clone(),
            retractions: PhraseSet::from_words(&c.retractions, ()),
            continuation: PhraseSet::from_words(&c.continuation, ()),
            announced_future: c.announced_future.clone(),
            factive_before: PhraseSet::from_words(&c.factive_before, ()),
            decision_nouns: PhraseSet::from_words(&c.decision_nouns, ()),
            occasion_openers: PhraseSet::from_words(&c.occasion_openers, ()),
            occasion_requests: PhraseSet::from_words(&c.occasion_requests, ()),
            conditionals: PhraseSet::from_words(&c.conditions, ()),
            time_relatives: PhraseSet::from_words(&c.time_relatives, ()),
            factual_openers: PhraseSet::from_words(&c.factual_openers, ()),
            announcing: PhraseSet::from_words(c.report_verbs.iter().chain(&c.announcing), ()),
        }
    }

    /// "Greece said it would expel two Russian diplomats", "mengumumkan
    /// negaranya akan mengakhiri perjanjian ekstradisi": a future right
    /// after a report of the actor's own says a measure is decided. Not
    /// in a conditional sentence, nor with another cue of possibility
    /// ("said it might expel", "would consider").
    pub fn announced(&self, tokens: &[Token], hit: &Hit) -> bool {
        let first = hit.first;
        let reach = if hit.frame == Frame::Nominal {
            ANNOUNCED_NOUN_REACH
        } else {
            ANNOUNCED_REACH
        };
        let Some(aux) = (first.saturating_sub(reach)..first)
            .rev()
            .find(|&k| tokens[k].is_any(&self.announced_future))
        else {
            return false;
        };
        let plain = |from: usize, to: usize| tokens[from..to].iter().all(|t| t.is_word());
        let reported = (aux.saturating_sub(5)..aux)
            .any(|r| self.announcing.starts_at(tokens, r) && plain(r, aux));
        // ("In May, ... announced they would": the month is no modal.)
        let other_cue = (0..first).any(|k| {
            k != aux
                && !(tokens[k].capital && tokens[k].is_any(&self.months))
                && self
                    .phrases
                    .longest_at(tokens, k)
                    .is_some_and(|(_, c)| matches!(c, Cue::Hypothetical | Cue::Wide | Cue::Clause))
        });
        let conditional = (0..tokens.len()).any(|k| self.conditionals.starts_at(tokens, k));
        reported && plain(aux, first) && !other_cue && !conditional
    }

    /// A modal right before the trigger in its clause ("akan kembali
    /// mengajukan protes", "will summon"): the act is still to come. (Not
    /// one that goes on: "akan terus mendesak".)
    pub fn modal_right_before(&self, tokens: &[Token], hit: &Hit) -> bool {
        (hit.first.saturating_sub(3)..hit.first).any(|k| {
            self.phrases.longest_at(tokens, k).is_some_and(|(n, cue)| {
                *cue == Cue::Hypothetical
                    && k + n + 1 >= hit.first
                    && k + n <= hit.first
                    && !(k + n..hit.first).any(|j| self.continuation.starts_at(tokens, j))
            })
        })
    }

    /// A modal opening the trigger itself ("would face consequences").
    pub fn modal_opens(&self, tokens: &[Token], hit: &Hit) -> bool {
        self.phrases
            .longest_at(tokens, hit.first)
            .is_some_and(|(n, cue)| *cue == Cue::Hypothetical && hit.first + n < hit.end)
    }

    /// Where the sentence last takes an act back ("approved strikes
    /// against Iran but called them off"): every act told before it is.
    pub fn retraction_at(&self, tokens: &[Token]) -> Option<usize> {
        (0..tokens.len())
            .rev()
            .find(|&k| self.retractions.starts_at(tokens, k))
    }

    /// Where a report verb stands before a short quote that opens right at
    /// the trigger ("said that France was \"arming Armenia\""): the
    /// reporter's words for the act.
    pub fn quoted_in_report(&self, tokens: &[Token], hit: &Hit) -> Option<usize> {
        let open = hit.first.checked_sub(1).filter(|&k| tokens[k].is_quote())?;
        (hit.end..(hit.end + 6).min(tokens.len())).find(|&k| tokens[k].is_quote())?;
        (0..open).rfind(|&k| self.announcing.starts_at(tokens, k))
    }

    /// The sentence goes on to call what the trigger's clause told a claim
    /// ("..., a claim neither government has confirmed", "..., klaim yang
    /// dibantah Moskow"). Only the clause right before the apposition:
    /// "expelled six diplomats, saying police had evidence ..., an
    /// accusation New Delhi dismissed" calls the saying's content a claim.
    pub fn called_a_claim(&self, tokens: &[Token], hit: &Hit) -> bool {
        // (Set off by a comma or a dash: "... in the same dogfight - a
        // claim Islamabad rejects".)
        // (Past an attribution that comes first: "... to Russia, according
        // to South Korean officials, a charge both deny"; and not at a
        // hyphen inside a word: "anti-government".)
        let Some(k) = (hit.end..tokens.len()).find(|&k| {
            let dash = ["-", "\u{2013}", "\u{2014}"]
                .iter()
                .any(|p| tokens[k].is(p))
                && !(k > 0 && tokens[k - 1].span.end == tokens[k].span.start);
            let comma = tokens[k].is(",") && !self.attributions.starts_at(tokens, k + 1);
            dash || comma
        }) else {
            return false;
        };
        let after = if tokens
            .get(k + 1)
            .is_some_and(|t| t.is_any(&self.determiners))
        {
            k + 2
        } else {
            k + 1
        };
        self.accusation_nouns.starts_at(tokens, after)
    }

    /// Where a bare adjunct opens: right before a verb ("sebelum
    /// bertolak"), or before the verb whose object a noun is ("sebelum
    /// menutup lawatan di Johannesburg").
    pub fn bare_adjunct_opener(&self, tokens: &[Token], hit: &Hit) -> Option<usize> {
        let first = hit.first;
        if hit.frame != Frame::Nominal {
            (first > 0 && tokens[first - 1].is_any(&self.adjunct_openers)).then(|| first - 1)
        } else {
            (first >= 2
                && tokens[first - 2].is_any(&self.adjunct_openers)
                && tokens[first - 1].is_word()
                && !tokens[first - 1].capital)
                .then(|| first - 2)
        }
    }

    /// Whether an intent cue stands in the trigger's clause before it.
    pub fn intent_before(&self, tokens: &[Token], hit: &Hit) -> bool {
        let from = hit.first.saturating_sub(NARROW_WINDOW);
        let clause = (from..hit.first)
            .rev()
            .find(|&k| tokens[k].is(",") || tokens[k].is(";"))
            .map_or(from, |k| k + 1);
        (clause..hit.first).any(|k| self.intent.starts_at(tokens, k))
            && !(clause..hit.first).any(|k| self.speculative.starts_at(tokens, k))
    }

    /// Where a purpose word ("to", "untuk") ending right before `first`
    /// starts.
    fn purpose_before(&self, tokens: &[Token], first: usize) -> Option<usize> {
        (1..=2)
            .find(|&n| {
                first >= n
                    && self
                        .purpose
                        .longest_at(tokens, first - n)
                        .is_some_and(|(len, _)| len == n)
            })
            .map(|n| first - n)
    }

    /// One of `set` stands a few words before the purpose word at `p`,
    /// with no punctuation between ("the first Gulf state with formal ties
    /// to Israel to recall").
    fn factive_at(&self, set: &PhraseSet<()>, tokens: &[Token], p: usize) -> bool {
        (p.saturating_sub(FACTIVE_REACH)..p).any(|k| {
            set.longest_at(tokens, k)
                .is_some_and(|(len, _)| k + len <= p)
                && tokens[k..p].iter().all(|t| t.is_word())
        })
    }

    /// "Trump's decision to recognize", "keputusan Prancis untuk
    /// menarik": the act a decision was taken to do, done; its day is the
    /// clause's only by borrowing (the decision came before).
    pub fn decided_by_noun(&self, tokens: &[Token], hit: &Hit) -> bool {
        matches!(hit.frame, Frame::Active | Frame::Headline)
            && self
                .purpose_before(tokens, hit.first)
                .is_some_and(|p| self.factive_at(&self.decision_nouns, tokens, p))
    }

    /// The modality of a trigger; `complement` is what an earlier
    /// accusation, denial or warning in the sentence makes of it.
    ///
    /// A speech act is the saying itself: "akan", "siap", "will" in "X
    /// said it would reopen its embassy" make the reopening an intention,
    /// which is asserted; only negation changes a speech act.
    pub fn of(
        &self,
        tokens: &[Token],
        hit: &Hit,
        complement: Option<Modality>,
        speech: bool,
        scope_from: usize,
    ) -> Modality {
        let first = hit.first;
        let opener = self.bare_adjunct_opener(tokens, hit);
        let bare_adjunct = opener.is_some();
        // "setuju menunda tarif setelah bertelepon dengan Sheinbaum": what
        // an "after" adjunct tells happened, whatever the clause it hangs on
        // denies.
        let after_adjunct = opener.filter(|&o| self.factual_openers.starts_at(tokens, o));
        // "Li dijadwalkan terbang ke Perth ..., sebelum bertolak ke
        // Malaysia": a bare adjunct after a comma is still in the clause it
        // hangs on, and as sure as it.
        let scan_to = match opener {
            Some(o) if o >= 1 && tokens[o - 1].is(",") => o - 1,
            _ => first,
        };
        // Punctuation that ends a clause. (Not the quotes around a short
        // name: "to prepare a \"Plan B\" of retaliatory tariffs".)
        let clause_mark_at = |k: usize| {
            let t = &tokens[k];
            t.is(",") || t.is(";") || t.is(":") || (t.is_quote() && !short_quote(tokens, k))
        };
        let mut clause_start = 0;
        for k in (0..scan_to).rev() {
            let t = &tokens[k];
            // (A quote that opens on the trigger quotes a word of the
            // clause: "mengklaim telah \"mengusir\" kapal Filipina".)
            if clause_mark_at(k) && !(t.is_quote() && k + 1 == first) {
                clause_start = k + 1;
                break;
            }
            // (Not "that" naming a time: "none of its strikes that day
            // targeted".)
            if self.openers.starts_at(tokens, k)
                && opener != Some(k)
                && !self.not_relative.starts_at(tokens, k)
            {
                clause_start = k;
                break;
            }
            // "was ready to defend itself and had deployed troops": a
            // coordinator before a new auxiliary starts a new clause.
            if k + 1 < first
                && self.joiners.starts_at(tokens, k)
                && tokens[k + 1].is_any(&self.auxiliaries)
            {
                clause_start = k + 1;
                break;
            }
            // So does one right before a verb in the past ("said it did not
            // subscribe to the measures and criticised ..."): "did not"
            // governs the bare verb before it, not this one.
            if k + 1 == first
                && self.joiners.starts_at(tokens, k)
                && tokens[first].norm.ends_with("ed")
            {
                clause_start = first;
                break;
            }
        }
        let narrow_from = if bare_adjunct {
            clause_start
        } else {
            clause_start.max(first.saturating_sub(NARROW_WINDOW))
        };
        // Clause cues reach back to the last punctuation, over the
        // subordinate and purpose clauses they govern ("will allow troops
        // to train and expand joint exercises").
        let punctuated_from = (0..first)
            .rev()
            .find(|&k| clause_mark_at(k))
            .map_or(0, |k| k + 1);
        let (mut negated, mut hypothetical, mut alleged) = (false, false, false);
        // Under "will allow", "kelak memungkinkan": even an expansion of
        // what exists is only enabled.
        let mut enabled = false;
        // A noun trigger behind one of `preps` after a cue ending at `from`.
        let noun_behind = |from: usize, preps: &[String]| {
            hit.frame == Frame::Nominal && tokens[from..first].iter().any(|t| t.is_any(preps))
        };
        // A relative clause between a cue and the act: "tidak dapat dicapai
        // tanpa melibatkan kedua pihak yang berperang" neither denies nor
        // doubts the fighting. (Not "that", which opens what is said too:
        // "would ensure that Ukraine receives aid".)
        let relative_between = |from: usize| {
            (from..first)
                .any(|j| tokens[j].is_any(&self.relative) && !self.openers.starts_at(tokens, j))
        };
        // A verb joined to the one before with no subject of its own
        // shares its plan, however long the first verb's object: "dijadwalkan
        // bertolak ke Rusia untuk menghadiri Forum ... dan bertemu Putin".
        // So does a noun that is the aim of a planned trip: "due to fly to
        // Washington on Sunday for his first meeting with Trump".
        let joined_bare = (hit.frame != Frame::Nominal
            && (first >= 1 && self.coordinators.starts_at(tokens, first - 1)
                || first >= 2
                    && self.coordinators.starts_at(tokens, first - 2)
                    && self.purpose.starts_at(tokens, first - 1)))
            || (first.saturating_sub(3)..first).any(|k| self.purpose_preps.starts_at(tokens, k));
        // "asked the Japanese premier to come to Kyiv during a phone call",
        // "meminta ... agar nyawanya diselamatkan saat keduanya bertemu":
        // the occasion a request was made at is when it was made, no part
        // of what it asks.
        let occasion_at = (first.saturating_sub(4)..first).rev().find(|&o| {
            self.occasion_openers.starts_at(tokens, o)
                && tokens[o..first].iter().all(|t| t.is_word())
        });
        let request_before_occasion = |k: usize| {
            occasion_at.is_some_and(|o| k < o) && self.occasion_requests.starts_at(tokens, k)
        };
        let mut k = 0;
        while k < first {
            let month = tokens[k].capital && tokens[k].is_any(&self.months);
            match self.phrases.longest_at(tokens, k) {
                Some((n, cue)) if k + n <= first && !month => {
                    let in_clause = k >= narrow_from;
                    match cue {
                        // (Nor into a relative clause: "berharap Uni Eropa
                        // terus mendukung Moldova, yang membuka perundingan
                        // aksesi pada Juni tahun lalu".)
                        // (Nor past a new clause, as a noun: "had flown to
                        // Kazan in the hope of securing a place and was
                        // received there by Putin".)
                        Cue::Wide
                            if !relative_between(k + n)
                                && (k >= clause_start
                                    || k == 0
                                    || !tokens[k - 1].is_any(&self.determiners)) =>
                        {
                            hypothetical = true
                        }
                        Cue::Wide => {}
                        Cue::Clause if k >= punctuated_from => {
                            hypothetical = true;
                            enabled = true;
                        }
                        // (Nor does a pledge reach into an "after" adjunct:
                        // "has promised to speed up the pact after visiting
                        // Lampedusa".)
                        Cue::Hypothetical
                            if (in_clause || joined_bare && k >= punctuated_from)
                                && after_adjunct.is_none_or(|o| k > o)
                                && !request_before_occasion(k)
                                && !relative_between(k + n)
                                && !noun_behind(k + n, &self.modal_barriers) =>
                        {
                            hypothetical = true
                        }
                        // (A noun behind a preposition is not what the
                        // negation denies: "tidak dapat dilepaskan dari
                        // serangan Israel", "did not comment on the attack".)
                        // (Nor into a relative clause after it: "tidak dapat
                        // dicapai tanpa melibatkan kedua pihak yang
                        // berperang".)
                        // (A clause negation is a negation at least: "tidak
                        // berniat \"melanjutkan\" pembicaraan".)
                        // (Nor one of an ordinal: "Ini bukan pertemuan pertama
                        // Prabowo dengan MBS", "not their first meeting" tell
                        // of earlier ones.)
                        Cue::Negation | Cue::ExistentialNegation | Cue::ClauseNegation
                            if in_clause
                                && k + 6 >= first
                                && !(k + n..(hit.end + 1).min(tokens.len()))
                                    .take(FIRST_REACH)
                                    .any(|x| tokens[x].is_any(&self.firsts))
                                && k >= scope_from
                                && after_adjunct.is_none_or(|o| k > o)
                                && (*cue == Cue::ExistentialNegation
                                    || !relative_between(k + n))
                                && !noun_behind(k + n, &self.blocking_preps) =>
                        {
                            negated = true
                        }
                        // (It reaches past a verb that governs the act:
                        // "was not considering severing ties" severs none.)
                        Cue::ClauseNegation
                            if k >= punctuated_from && after_adjunct.is_none_or(|o| k > o) =>
                        {
                            negated = true
                        }
                        Cue::Alleged if in_clause => alleged = true,
                        _ => {}
                    }
                    k += n;
                }
                _ => k += 1,
            }
        }
        // The sentence calls something possible after the act.
        let possible_after = || {
            (hit.end..tokens.len()).any(|k| {
                self.phrases
                    .longest_at(tokens, k)
                    .is_some_and(|(_, c)| matches!(c, Cue::Hypothetical | Cue::Wide))
            })
        };
        // "blokade atau serangan China terhadap Taiwan ... dapat menjadi",
        // "a blockade or an attack ... could": acts offered as
        // alternatives that the sentence calls possible are a scenario.
        // (Not "mengumumkan penghentian atau pembatalan kerja sama": two
        // words for one act done.)
        let offered = |k: usize| {
            tokens.get(k).is_some_and(|t| t.is_any(&self.alternatives))
                && tokens.get(k + 1).is_some_and(|t| t.is_word())
                && k > 0
                && tokens[k - 1].is_word()
        };
        if hit.frame == Frame::Nominal
            && ((first > 0 && offered(first - 1))
                || (first > 1 && tokens[first - 1].is_any(&self.determiners) && offered(first - 2))
                || offered(hit.end))
            && possible_after()
        {
            hypothetical = true;
        }
        // (But what a decree contains is enacted: "menandatangani dekrit
        // berisi serangkaian sanksi".)
        let enacted =
            |k: usize| (k.saturating_sub(2)..k).any(|d| tokens[d].is_any(&self.enactments));
        if hit.frame == Frame::Nominal
            && (0..first).any(|k| self.content.starts_at(tokens, k) && !enacted(k))
        {
            // "lima poin konsensus, yakni ... bantuan kemanusiaan": agreed, not done.
            hypothetical = true;
        }
        if hit.frame == Frame::Nominal {
            // A noun that is the subject: its predicate may call it possible.
            // (A comma inside a list of names does not end the subject:
            // "pertemuan antara Trump, Putin, dan Zelensky bisa menyusul".)
            let listed = |k: usize| {
                let next = match self.coordinators.longest_at(tokens, k + 1) {
                    Some((n, _)) => k + 1 + n,
                    None => k + 1,
                };
                tokens.get(next).is_some_and(|t| t.capital)
                    && (hit.end..k).any(|j| tokens[j].capital)
            };
            let clause_end = |mut k: usize| {
                while k < tokens.len()
                    && !((tokens[k].is(",") && !listed(k))
                        || tokens[k].is(";")
                        || self.openers.starts_at(tokens, k))
                {
                    k += 1;
                }
                k
            };
            let predicated = |set: &PhraseSet<()>, from: usize, to: usize| {
                (from..to).any(|k| set.starts_at(tokens, k))
            };
            let end = clause_end(hit.end);
            hypothetical |= predicated(&self.predicates, hit.end, end);
            negated |= predicated(&self.negated_predicates, hit.end, end);
            // ... and so may a relative clause set off after it: "a state
            // visit to France by Tebboune, which has been postponed
            // several times".
            if tokens.get(end).is_some_and(|t| t.is(","))
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| t.is_any(&self.relative))
            {
                hypothetical |= predicated(&self.predicates, end + 2, clause_end(end + 2));
            }
        }
        // "untuk bertemu", "to meet": a purpose, not a fact. (But what one
        // "decided to" do, was "prompted to" do, or took a "decision to"
        // do, was done.)
        let purpose_at = self.purpose_before(tokens, first);
        let factive = purpose_at.is_some_and(|p| {
            self.factive_at(&self.factive_before, tokens, p)
                || self.factive_at(&self.decision_nouns, tokens, p)
        });
        if matches!(hit.frame, Frame::Active | Frame::Headline) && purpose_at.is_some() && !factive
        {
            hypothetical = true;
        }
        // "hari ketika Kishida berkunjung ke Pyongyang bisa saja tiba", "the
        // day when the two leaders meet may come": an act that only names a
        // time the sentence calls possible.
        let time_named = (first.saturating_sub(6)..first).any(|k| {
            self.time_relatives
                .longest_at(tokens, k)
                .is_some_and(|(n, _)| k + n <= first)
        }) && possible_after();
        if time_named {
            hypothetical = true;
        }
        // "He met no Greenlandic or Danish officials": the object denies it.
        if hit.frame == Frame::Active
            && tokens
                .get(hit.end)
                .is_some_and(|t| t.is_any(&self.object_negations))
        {
            negated = true;
        }
        let question = tokens.last().is_some_and(|t| t.is("?"));
        // "menghentikan serangan", "halt its strikes": the act is going on.
        // (The halting word must end before the act: in "urged Berlin to
        // halt arms deliveries" the trigger is "halt" itself, a purpose.)
        let presupposed = (first.saturating_sub(3)..first).any(|k| {
            self.presupposing
                .longest_at(tokens, k)
                .is_some_and(|(n, _)| k + n <= first)
        });
        if presupposed && !negated && !enabled {
            return Modality::Asserted;
        }
        // ... but a speech act only planned is not said yet: "berencana
        // melayangkan nota protes", "plans to summon the envoy".
        let planned = (first.saturating_sub(3)..first).any(|k| {
            self.planning
                .longest_at(tokens, k)
                .is_some_and(|(n, _)| k + n == first)
        });
        if speech {
            // (A saying told on another party's word is alleged: "delegasi
            // Afghanistan yang, menurutnya, menolak ...".)
            return if negated {
                Modality::Negated
            } else if complement == Some(Modality::Alleged) {
                Modality::Alleged
            } else if planned || complement == Some(Modality::Hypothetical) {
                Modality::Hypothetical
            } else {
                Modality::Asserted
            };
        }
        if negated {
            Modality::Negated
        } else if alleged || complement == Some(Modality::Alleged) {
            Modality::Alleged
        } else if hypothetical || question || complement == Some(Modality::Hypothetical) {
            Modality::Hypothetical
        } else {
            Modality::Asserted
        }
    }
}

/// The quote at `k` opens or closes a quoted name of a few words, with
/// only words between it and its pair, the first capitalised ("a \"Plan
/// B\" of measures"; not a quoted judgement, "\"tak berdasar\" dan").
fn short_quote(tokens: &[Token], k: usize) -> bool {
    const SHORT: usize = 3;
    let words_to =
        |a: usize, b: usize| tokens[a].capital && tokens[a..b].iter().all(|t| t.is_word());
    let before = (k.saturating_sub(SHORT + 1)..k)
        .rev()
        .find(|&j| tokens[j].is_quote())
        .is_some_and(|j| j + 1 < k && words_to(j + 1, k));
    let after = (k + 1..(k + SHORT + 2).min(tokens.len()))
        .find(|&j| tokens[j].is_quote())
        .is_some_and(|j| j > k + 1 && words_to(k + 1, j));
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Span};
    use crate::tokens::tokenize;

    fn modality_of(lang: Lang, s: &str, trigger: &str) -> Modality {
        let lex = crate::lexicon::Lexicon::builtin().unwrap();
        let l = lex.language(lang);
        let cues = ModalityCues::new(
            &l.cues,
            &l.dates.months.keys().cloned().collect::<Vec<_>>(),
            &l.dates.span_firsts,
        );
        let t = tokenize(s, Span::new(0, s.len()));
        let at = t.iter().position(|x| x.is(trigger)).unwrap();
        let hit = Hit {
            trigger: 0,
            frame: Frame::Active,
            first: at,
            end: at + 1,
            object_end: at + 1,
            possessive: false,
            noun_form: false,
            evaluation: None,
            aimed_nowhere: false,
        };
        cues.of(&t, &hit, None, false, 0)
    }

    #[test]
    fn cues_and_their_scope() {
        use Modality::*;
        let id = Lang::Id;
        assert_eq!(
            modality_of(
                id,
                "Korea Selatan sedang mempertimbangkan untuk mengirim senjata",
                "mengirim"
            ),
            Hypothetical
        );
        assert_eq!(
            modality_of(
                id,
                "Rusia tidak membutuhkan pengerahan tentara",
                "pengerahan"
            ),
            Negated
        );
        assert_eq!(
            modality_of(id, "Korut tidak hanya mengirim senjata", "mengirim"),
            Asserted
        );
        assert_eq!(
            modality_of(
                id,
                "Jika Korsel mengirim senjata, Rusia membalas",
                "membalas"
            ),
            Asserted
        );
        assert_eq!(
            modality_of(
                id,
                "Putin berharap bahwa mitra ini, terutama AS, berhenti memasok senjata",
                "memasok"
            ),
            Hypothetical
        );
        assert_eq!(
            modality_of(Lang::En, "Seoul did not send weapons", "send"),
            Negated
        );
        assert_eq!(
            modality_of(Lang::En, "Seoul may send weapons", "send"),
            Hypothetical
        );
    }
}
