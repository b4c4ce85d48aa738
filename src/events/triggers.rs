//! Trigger words: where in a sentence an event is told, and in which frame.

use crate::lexicon::Language;
use crate::lexicon::language::Trigger;
use crate::lexicon::morph::{Frame, possessed, strip_clitics};
use crate::model::{EventType, Lang};
use crate::tokens::{PhraseSet, Token, joins_clause};

/// One trigger found in a sentence.
#[derive(Clone, Debug)]
pub struct Hit {
    pub trigger: usize,
    pub frame: Frame,
    /// Token range of the trigger phrase.
    pub first: usize,
    pub end: usize,
    /// Token after the trigger's object noun (`mengirim senjata| ke`), or `end`.
    pub object_end: usize,
    /// The trigger carried a possessive `-nya` (`kunjungannya`).
    pub possessive: bool,
    /// The form can also be read as a noun ("attacks", "visit").
    pub noun_form: bool,
    /// Where the entry's evaluation begins ("called the strike| state
    /// terrorism"); what is judged stands before it.
    pub evaluation: Option<usize>,
    /// The object goes where no one is hit ("into the sea"): no target.
    pub aimed_nowhere: bool,
}

/// The act an entry that repeats one names: the last of its types told,
/// earlier in the sentence ("Mesir mengusir duta besar Turki, dan Ankara
/// membalas dengan langkah serupa") or before it.
fn repeated(
    entry: &Trigger,
    done: &[EventType],
    earlier: &[Hit],
    triggers: &[Trigger],
) -> Option<EventType> {
    earlier
        .iter()
        .rev()
        .map(|h| triggers[h.trigger].event_type)
        .chain(done.iter().rev().copied())
        .find(|t| entry.repeatable.contains(t))
}

/// The language's trigger forms, compiled.
pub struct TriggerMatcher {
    forms: PhraseSet<Vec<(usize, Frame)>>,
    objects: Vec<PhraseSet<()>>,
    not_before: Vec<PhraseSet<()>>,
    object_openers: Vec<PhraseSet<()>>,
    /// Words or phrases that, starting up to a few words before the trigger,
    /// mean it is not this event ("relief from sanctions").
    not_after: Vec<PhraseSet<()>>,
    not_into: Vec<PhraseSet<()>>,
    evaluations: Vec<PhraseSet<()>>,
    consequences: Vec<PhraseSet<()>>,
    complements: Vec<PhraseSet<()>>,
    passive_aux: Vec<String>,
    /// "by", "oleh": a participle right before one is passive without an
    /// auxiliary ("talks hosted by Qatar's emir").
    agent_preps: Vec<String>,
    indefinite_articles: Vec<String>,
    determiners: Vec<String>,
    noun_markers: Vec<String>,
    report_verbs: Vec<String>,
    relative: Vec<String>,
    purpose: Vec<String>,
    /// Prepositions that are no purpose marker: a form that can be a noun
    /// right after one is a noun ("summoned the envoy in protest").
    prepositions: Vec<String>,
    verb_joiners: Vec<String>,
    conditions: Vec<String>,
    /// "in", "di": where the act happens, not what it acts on.
    locative: Vec<String>,
    titles: Vec<String>,
    /// "what it called", "apa yang disebutnya": a label the speaker gives
    /// the object, which the object window looks past.
    label_phrases: PhraseSet<()>,
    /// "what" opening such a label with a speaker of its own named ("what
    /// both governments called"), ended by one of `label_verbs` (and a
    /// `label_links` word: "described as").
    label_openers: Vec<String>,
    label_verbs: Vec<String>,
    label_links: Vec<String>,
    lang: Lang,
}

const OBJECT_WINDOW: usize = 7;
/// How far before a trigger a word that undoes it may stand.
const NOT_AFTER_REACH: usize = 3;
/// How many words after a trigger's object may stand before the words that
/// say it went nowhere ("rudal balistik jarak pendek ke laut").
const NOWHERE_REACH: usize = 4;
/// The most words a label's speaker may have ("what the Malaysian air
/// force called").
const LABEL_SPEAKER_WORDS: usize = 4;
/// The longest apposition (commas included) the object window looks past.
const APPOSITION_SPAN: usize = 9;
/// How far after its trigger an evaluation may stand ("called the flyover
/// near the USS Jason Dunham 'a highly provocative move'").
const EVALUATION_WINDOW: usize = 16;
/// How far after the verb the complement of its object may stand ("told
/// the Israeli government not to").
const COMPLEMENT_REACH: usize = 5;

fn plain_norm(t: &Token) -> Vec<&str> {
    vec![t.norm.as_str()]
}

/// A word and its stem without enclitics (`kunjungannya`, `kunjungan`).
fn norms_with_stems(t: &Token) -> Vec<&str> {
    let (stem, _) = strip_clitics(&t.norm);
    if stem != t.norm {
        vec![t.norm.as_str(), stem]
    } else {
        vec![t.norm.as_str()]
    }
}

impl TriggerMatcher {
    pub fn new(lang: &Language) -> TriggerMatcher {
        let mut forms = PhraseSet::default();
        for (form, list) in &lang.forms {
            forms.insert(form, list.clone());
        }
        TriggerMatcher {
            forms,
            objects: lang
                .triggers
                .iter()
                .map(|t| {
                    let mut set = PhraseSet::from_words(&t.objects, ());
                    // "menutup kedutaannya", "menarik pasukannya": an object
                    // with its possessive enclitic is the same object.
                    if lang.lang == Lang::Id {
                        for o in &t.objects {
                            set.insert(&possessed(o), ());
                        }
                    }
                    set
                })
                .collect(),
            not_before: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.not_before, ()))
                .collect(),
            object_openers: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.object_openers, ()))
                .collect(),
            not_after: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.not_after, ()))
                .collect(),
            not_into: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.not_into, ()))
                .collect(),
            evaluations: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.evaluations, ()))
                .collect(),
            consequences: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.consequences, ()))
                .collect(),
            complements: lang
                .triggers
                .iter()
                .map(|t| PhraseSet::from_words(&t.complements, ()))
                .collect(),
            passive_aux: lang.cues.passive_aux.clone(),
            agent_preps: lang.cues.agent_preps.clone(),
            indefinite_articles: lang.cues.indefinite_articles.clone(),
            determiners: lang.cues.determiners.clone(),
            noun_markers: lang.cues.noun_markers.clone(),
            report_verbs: lang.cues.report_verbs.clone(),
            relative: lang.cues.relative.clone(),
            purpose: lang.cues.purpose.clone(),
            prepositions: lang
                .cues
                .prepositions
                .iter()
                .filter(|p| !lang.cues.purpose.contains(p))
                .cloned()
                .collect(),
            verb_joiners: lang.cues.verb_joiners.clone(),
            conditions: lang.cues.conditions.clone(),
            locative: lang.cues.locative.clone(),
            titles: lang.cues.titles.clone(),
            label_phrases: PhraseSet::from_words(&lang.cues.label_phrases, ()),
            label_openers: lang.cues.label_openers.clone(),
            label_verbs: lang.cues.label_verbs.clone(),
            label_links: lang.cues.label_links.clone(),
            lang: lang.lang,
        }
    }

    /// Every trigger in `tokens`, left to right, not overlapping.
    /// `done` are the types of the acts told so far, the last last: an
    /// entry that repeats an act (`Trigger::repeats`) is read as the type
    /// of the last of its `repeatable` ones, or not at all.
    pub fn find(&self, tokens: &[Token], triggers: &[Trigger], done: &[EventType]) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        let norms: fn(&Token) -> Vec<&str> = if self.lang == Lang::Id {
            norms_with_stems
        } else {
            plain_norm
        };
        while i < tokens.len() {
            let mut found = None;
            for (len, candidates) in self.forms.matches_at(tokens, i, norms) {
                if let Some(hit) =
                    self.choose(tokens, i, i + len, candidates, triggers, (done, &out))
                {
                    found = Some(hit);
                    break;
                }
            }
            match found {
                Some(hit) => {
                    // The object noun is part of this event, not another one
                    // ("pause in U.S. military aid" is not also an arms supply).
                    i = hit.end.max(hit.object_end);
                    out.push(hit);
                }
                None => i += 1,
            }
        }
        out
    }

    fn choose(
        &self,
        tokens: &[Token],
        first: usize,
        end: usize,
        candidates: &[(usize, Frame)],
        triggers: &[Trigger],
        (done, earlier): (&[EventType], &[Hit]),
    ) -> Option<Hit> {
        let last = &tokens[end - 1];
        let possessive =
            self.lang == Lang::Id && last.norm.ends_with("nya") && strip_clitics(&last.norm).1;
        // Entries that need an object come first: "mengirim senjata" is
        // supply_arms before "mengirim" is anything else.
        let mut order: Vec<usize> = candidates.iter().map(|c| c.0).collect();
        order.sort_by_key(|&t| (triggers[t].objects.is_empty(), t));
        order.dedup();
        for t in order {
            // A consequence is a warning only on a condition: without one,
            // the words are left to the other entries ("mengambil langkah
            // tegas").
            if triggers[t].conditional && !tokens.iter().any(|k| k.is_any(&self.conditions)) {
                continue;
            }
            if triggers[t].disabled
                || (triggers[t].repeats.is_some()
                    && repeated(&triggers[t], done, earlier, triggers)
                        != Some(triggers[t].event_type))
                || self.not_before[t].starts_at(tokens, end)
                || (first.saturating_sub(self.not_after_reach(tokens, first))..first)
                    .any(|k| self.not_after[t].starts_at(tokens, k))
            {
                continue;
            }
            // An evaluation must follow in the clause ("called the strike
            // 'state terrorism'"), not in the next one (", and Colombia
            // called it a breach").
            let in_clause = |set: &PhraseSet<()>| {
                (end..(end + EVALUATION_WINDOW).min(tokens.len()))
                    .take_while(|&k| {
                        !tokens[k].is(".")
                            && !tokens[k].is(";")
                            && !joins_clause(tokens, k, &self.verb_joiners)
                    })
                    .find(|&k| set.starts_at(tokens, k))
            };
            let evaluation = if triggers[t].evaluations.is_empty() {
                None
            } else {
                match in_clause(&self.evaluations[t]) {
                    Some(k) => Some(k),
                    None => continue,
                }
            };
            // So must a consequence, where the entry asks for one.
            if !triggers[t].consequences.is_empty() && in_clause(&self.consequences[t]).is_none() {
                continue;
            }
            // The complement right after the object, a name or a titled
            // noun ("told Qatar to expel", "told the Israeli government not
            // to"), not past a clause ("told reporters the decision had
            // nothing to do with", "told Putin that India welcomed efforts
            // to end the war").
            if !triggers[t].complements.is_empty() && !self.complement_after(tokens, end, t) {
                continue;
            }
            // The object window starts after the opener, which stands for a
            // possessive word ("ordered the country's ambassadors in Dublin
            // and Oslo to return home").
            let opened = if triggers[t].object_openers.is_empty() {
                end
            } else {
                match self.object_openers[t].longest_at(tokens, end) {
                    Some((n, _)) => end + n,
                    None => continue,
                }
            };
            let object_end = if triggers[t].objects.is_empty() {
                end
            } else {
                // (So may an envoy its own state recalls: "Israel's
                // ambassador to Ireland was recalled".)
                let envoys = matches!(
                    triggers[t].event_type,
                    EventType::Protest | EventType::Expel
                ) || (triggers[t].reverse
                    && triggers[t].event_type == EventType::ReduceRelations);
                match self.object_after(tokens, first, opened, t, envoys) {
                    Some(e) => e,
                    None => continue,
                }
            };
            // Where the object goes, a few modifiers on, may say it is
            // aimed at no one ("menembakkan rudal balistik ke perairan di
            // sekitar Taiwan", "rudal balistik jarak pendek ke laut",
            // "fired missiles into the sea").
            let aimed_nowhere = !triggers[t].not_into.is_empty()
                && (object_end..(object_end + NOWHERE_REACH + 1).min(tokens.len()))
                    .take_while(|&k| !tokens[k].is(",") && !tokens[k].is("."))
                    .any(|k| self.not_into[t].starts_at(tokens, k));
            let frames: Vec<Frame> = candidates
                .iter()
                .filter(|c| c.0 == t)
                .map(|c| c.1)
                .collect();
            let frame = self.frame(tokens, first, end, &frames);
            // A participle right before "by" that the entry reads only as
            // active is a passive it has no form for ("sanctions imposed by
            // the West African bloc"): its subject is no actor of it.
            if frame == Frame::Active
                && tokens[end - 1].norm.ends_with("ed")
                && tokens.get(end).is_some_and(|t| t.is_any(&self.agent_preps))
            {
                continue;
            }
            // A journey "to" a verb is no journey: "Beijing went on to
            // restrict Australian coal", "came to sign the pact".
            if triggers[t].event_type == EventType::Visit
                && end > first + 1
                && tokens[end - 1].is_any(&self.purpose)
                && tokens.get(end).is_some_and(|next| {
                    !next.capital
                        && (next.is_any(&self.report_verbs)
                            || self
                                .forms
                                .matches_at(tokens, end, plain_norm)
                                .iter()
                                .any(|(_, list)| list.iter().any(|c| c.1 == Frame::Active)))
                })
            {
                continue;
            }
            let noun_form = frames.contains(&Frame::Nominal);
            // A verb form after a determiner is a noun this entry does not
            // list ("the latest sign of warming ties", "a host of issues").
            if frame == Frame::Active
                && !noun_form
                && end == first + 1
                && first > 0
                && tokens[first - 1].is_any(&self.noun_markers)
            {
                continue;
            }
            return Some(Hit {
                trigger: t,
                frame,
                first,
                end,
                object_end,
                possessive,
                noun_form,
                evaluation,
                aimed_nowhere,
            });
        }
        None
    }

    /// How far back a word that undoes the trigger at `first` reaches:
    /// through a noun coordinated before it too ("suspend all contact and
    /// cooperation").
    fn not_after_reach(&self, tokens: &[Token], first: usize) -> usize {
        let coordinated = first > 0 && tokens[first - 1].is_any(&self.verb_joiners);
        // (And through a list: "penghentian sementara pertukaran informasi
        // intelijen, latihan militer bersama, dan ...", "membahas energi,
        // pendidikan, hingga kerja sama".)
        let listed = (first.saturating_sub(2)..first).any(|k| tokens[k].is(","));
        if coordinated {
            NOT_AFTER_REACH + 2
        } else if listed {
            NOT_AFTER_REACH + 4
        } else {
            NOT_AFTER_REACH
        }
    }

    /// A complement of entry `t` follows the object phrase after `end`
    /// (names, titles, determiners and "'s" only).
    fn complement_after(&self, tokens: &[Token], end: usize, t: usize) -> bool {
        for k in end + 1..(end + COMPLEMENT_REACH + 1).min(tokens.len()) {
            if self.complements[t].starts_at(tokens, k) {
                return true;
            }
            let word = &tokens[k];
            let in_phrase = word.capital
                || word.is("'s")
                || word.is_any(&self.determiners)
                || word.is_any(&self.titles);
            if !in_phrase {
                return false;
            }
        }
        false
    }

    /// Where a label that starts at `k` ends: "what it called", "what
    /// both governments called", "what he described as".
    fn label_end(&self, tokens: &[Token], k: usize) -> Option<usize> {
        if let Some((n, _)) = self.label_phrases.longest_at(tokens, k) {
            return Some(k + n);
        }
        if !tokens[k].is_any(&self.label_openers) {
            return None;
        }
        let verb = (k + 2..(k + 2 + LABEL_SPEAKER_WORDS).min(tokens.len()))
            .take_while(|&v| tokens[v].is_word())
            .find(|&v| tokens[v].is_any(&self.label_verbs))?;
        let link = tokens
            .get(verb + 1)
            .is_some_and(|t| t.is_any(&self.label_links));
        Some(verb + 1 + usize::from(link))
    }

    /// The end of an object noun close after the trigger (or inside it, or
    /// just before a passive: "senjata yang dikirim").
    fn object_after(
        &self,
        tokens: &[Token],
        first: usize,
        end: usize,
        t: usize,
        envoys: bool,
    ) -> Option<usize> {
        let set = &self.objects[t];
        for k in first..end {
            if let Some((n, _)) = set.longest_at(tokens, k) {
                return Some(end.max(k + n));
            }
        }
        // A name in apposition between commas does not count against the
        // window ("declared Mexico's ambassador, Raquel Serur, persona non
        // grata").
        let mut limit = (end + OBJECT_WINDOW).min(tokens.len());
        let mut k = end;
        while k < limit {
            if tokens[k].is(".") || tokens[k].is(";") {
                break;
            }
            if let Some((n, _)) = set.longest_at(tokens, k) {
                return Some(k + n);
            }
            // Nor does a label the speaker gives it: "reached what both
            // governments called a \"final and irreversible\" agreement".
            if let Some(label_end) = self.label_end(tokens, k) {
                limit = (limit + label_end - k).min(tokens.len());
                k = label_end;
                continue;
            }
            // Nor inside a relative clause on another noun: "menghentikan
            // tembakan yang membahayakan warga di sepanjang perbatasan".
            // ("that" as a demonstrative is no relative: "rejected that
            // charge".)
            if tokens[k].is_any(&self.relative) && !tokens[k].is_any(&self.determiners) {
                break;
            }
            // Nor behind an Indonesian place word: "membuka front baru di
            // perbatasan" opens no border, it fights at one. (English
            // objects carry their place inside: "its ambassador in Ankara".)
            // (Nor do an envoy's post: "Duta Besar Rusia di Riga".)
            if self.lang == Lang::Id && k > end && tokens[k].is_any(&self.locative) && !envoys {
                break;
            }
            // Nor inside a purpose clause of another trigger's verb, nor
            // past the next verb joined on: "menangguhkan keputusannya untuk
            // mengakhiri perjanjian" suspends no pact, "recalled Verma and
            // ordered six Canadian diplomats out" recalls no diplomats.
            if k > end
                && (tokens[k].is_any(&self.purpose) || tokens[k].is_any(&self.verb_joiners))
                && self.forms.starts_at(tokens, k + 1)
            {
                break;
            }
            if tokens[k].is(",")
                && let Some(close) =
                    (k + 1..(k + APPOSITION_SPAN).min(tokens.len())).find(|&c| tokens[c].is(","))
            {
                limit = (limit + close + 1 - k).min(tokens.len());
                k = close + 1;
                continue;
            }
            // Nor do the further words of a name: "declared 15 diplomats
            // from the United Arab Emirates persona non grata".
            if k > end && tokens[k].capital && tokens[k - 1].capital {
                limit = (limit + 1).min(tokens.len());
            }
            k += 1;
        }
        // After a relative word the object is the clause's head, further
        // back ("pembatasan ekspor tiga bahan kimia ... yang diberlakukan
        // terhadap Seoul"), within its clause.
        let relative = first > 0 && tokens[first - 1].is_any(&self.relative);
        // (Envoys may be placed before the passive that acts on them:
        // "Iraq's charge d'affaires in Stockholm had been summoned".)
        let reach = if relative {
            10
        } else if envoys {
            8
        } else {
            3
        };
        // (Nor an envoy's name in apposition right before the passive:
        // "Kuasa Usaha Rusia di Warsawa, Andrey Ordash, dipanggil".)
        let mut from = first;
        if envoys
            && first > 0
            && tokens[first - 1].is(",")
            && let Some(open) = (first.saturating_sub(APPOSITION_SPAN)..first - 1)
                .rev()
                .find(|&c| tokens[c].is(","))
            && tokens[open + 1..first - 1].iter().all(|t| t.capital)
        {
            from = open;
        }
        let back = (from.saturating_sub(reach)..from)
            .rev()
            .take_while(|&k| !tokens[k].is(",") && !tokens[k].is(";") && !tokens[k].is("."))
            .last()
            .unwrap_or(first);
        if (back..from).any(|k| set.starts_at(tokens, k)) {
            return Some(end);
        }
        // ("Storm Shadow missiles, which both countries have supplied to
        // Ukraine": a relative clause set off by a comma, its subject
        // between the relative word and the verb.)
        // (A subject of its own must stand there, a name or a determiner:
        // in "missiles to Ukraine, which could be used to strike", the
        // missiles strike nothing.)
        let rel = (first.saturating_sub(5)..first)
            .rfind(|&k| tokens[k].is_any(&self.relative) && !tokens[k].is_any(&self.determiners))?;
        let subject =
            (rel + 1..first).any(|k| tokens[k].capital || tokens[k].is_any(&self.determiners));
        if !subject {
            return None;
        }
        let comma = rel.checked_sub(1).filter(|&c| tokens[c].is(","))?;
        (comma.saturating_sub(3)..comma)
            .any(|k| set.starts_at(tokens, k))
            .then_some(end)
    }

    fn frame(&self, tokens: &[Token], first: usize, end: usize, frames: &[Frame]) -> Frame {
        let has = |f: Frame| frames.contains(&f);
        if frames.len() == 1 {
            return frames[0];
        }
        let before = |k: usize| first.checked_sub(k).map(|i| &tokens[i]);
        let aux_before = (1..=2).any(|k| before(k).is_some_and(|t| t.is_any(&self.passive_aux)));
        let agent_after = tokens.get(end).is_some_and(|t| t.is_any(&self.agent_preps));
        if has(Frame::Passive) && (aux_before || agent_after || !has(Frame::Active)) {
            return Frame::Passive;
        }
        // A determiner, or a number ("Hamas's Oct. 7, 2023 attack", "two
        // attacks"), right before a form that can be a noun makes it one.
        let det_before = before(1).is_some_and(|t| {
            t.is_any(&self.determiners)
                // (A gerund there is a verb: "accused Russia of shelling
                // Kharkiv".)
                || (t.is_any(&self.prepositions) && !tokens[first].norm.ends_with("ing"))
                || t.is_number()
        });
        // ... as does one two words back with a modifier between ("the drone
        // strikes", "Beijing's blanket ban"); a plural there is more likely
        // a subject ("its forces attack"), as is anything after a relative
        // word ("that they attack").
        // (After "a", "an" even a participle modifies: "an unprecedented
        // attack".)
        let indefinite = before(2).is_some_and(|t| t.is_any(&self.indefinite_articles));
        let modified = before(2)
            .is_some_and(|t| t.is_any(&self.determiners) && !t.is_any(&self.relative))
            && before(1).is_some_and(|t| {
                t.is_word()
                    && !t.capital
                    // ("the first to visit": no modifier.)
                    && !t.is_any(&self.prepositions)
                    && !t.is_any(&self.purpose)
                    && !t.norm.ends_with('s')
                    && (indefinite || !t.norm.ends_with("ed"))
            });
        // Right after "said" a clause opens with its subject: "said
        // sanctions against Indian officials were on the table".
        let report_before = before(1).is_some_and(|t| t.is_any(&self.report_verbs));
        // A possessive before it, or before a name right before it, makes
        // it a noun: "Modi's visit", "Modi's Washington visit".
        let possessed = before(1).is_some_and(|t| t.is("'s"))
            || (before(2).is_some_and(|t| t.is("'s"))
                && before(1).is_some_and(|t| t.capital && t.is_word()));
        if has(Frame::Nominal)
            && (det_before || modified || report_before || possessed || !has(Frame::Active))
        {
            return Frame::Nominal;
        }
        if has(Frame::Active) {
            return Frame::Active;
        }
        frames
            .iter()
            .copied()
            .find(|f| *f != Frame::Headline)
            .unwrap_or(Frame::Headline)
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::{Lang, Span};
    use crate::tokens::tokenize;

    fn hits(lang: Lang, s: &str) -> Vec<String> {
        let lex = Lexicon::builtin().unwrap();
        let l = lex.language(lang);
        let m = super::TriggerMatcher::new(l);
        let t = tokenize(s, Span::new(0, s.len()));
        m.find(&t, &l.triggers, &[])
            .iter()
            .map(|h| format!("{}:{:?}", l.triggers[h.trigger].id, h.frame))
            .collect()
    }

    #[test]
    fn morphology_and_frames() {
        assert_eq!(
            hits(Lang::Id, "Iran berunding dengan AS"),
            ["id.negotiate.runding:Active"]
        );
        assert_eq!(
            hits(Lang::Id, "kunjungannya ke Vietnam"),
            ["id.visit.kunjung:Nominal"]
        );
        assert_eq!(
            hits(Lang::Id, "Rusia Kirim Senjata"),
            ["id.supply_arms.kirim:Headline"]
        );
        assert_eq!(
            hits(Lang::Id, "Korea Utara dikunjungi Putin"),
            ["id.visit.kunjung:Passive"]
        );
        assert_eq!(
            hits(Lang::En, "Pyongyang was visited by Putin"),
            ["en.visit.visit:Passive"]
        );
        assert_eq!(
            hits(Lang::En, "Putin visited Pyongyang"),
            ["en.visit.visit:Active"]
        );
        assert_eq!(
            hits(Lang::En, "the visit to Pyongyang"),
            ["en.visit.visit:Nominal"]
        );
    }
}
