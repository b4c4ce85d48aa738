//! Who acts and who is acted upon, from where actors stand around a trigger.
//!
//! The rules, by frame:
//! - active verb: the source is the subject, the nearest actor group to the
//!   left that is not a prepositional object, not a specifier, not inside
//!   another relative clause and not behind a clause opener (`bahwa`,
//!   `that`); inside a relative clause the subject is the head before `yang`,
//!   unless a group stands between the relative word and the verb ("the
//!   treaty that the two countries signed");
//! - passive: the source follows `oleh`/`by` (or, in Indonesian, the verb
//!   directly), the target is the subject;
//! - noun: the source is the genitive (`invasi Rusia`, `Russia's invasion`),
//!   a `dari`/`by` phrase, the possessor of `-nya`, else the clause subject;
//! - targets come from the object right after the trigger, a target
//!   preposition (`ke`, `kepada`, `to`, `against`), a later actor, or the
//!   accuser of the accusation being denied, as the lexicon entry says.

use crate::actors::Group;
use crate::lexicon::language::{Cues, TargetRule, Trigger};
use crate::lexicon::morph::{Frame, strip_clitics};
use crate::model::{Actor, ActorKind, EventType};
use crate::tokens::{PhraseSet, Token, joins_clause};

use super::triggers::Hit;

/// A sentence as the role rules see it.
pub struct View<'a> {
    pub tokens: &'a [Token],
    pub groups: &'a [Group],
    /// Relative clauses: from the relative word to the next comma.
    pub relatives: Vec<(usize, usize)>,
    pub words: &'a RoleWords,
    /// Token spans of the sentence's dates ("keesokan harinya").
    dates: Vec<(usize, usize)>,
}

/// Function words from the language, compiled.
/// How many words after an act the "drafted by" of its object may stand
/// ("vetoed a draft Security Council resolution drafted by").
const AUTHOR_REACH: usize = 8;

pub struct RoleWords {
    /// The language's cue lists, for those used as they are.
    pub cues: Cues,
    pub clause_openers: PhraseSet<()>,
    pub relative: PhraseSet<()>,
    pub not_relative: PhraseSet<()>,
    pub place_relative: PhraseSet<()>,
    pub need_verbs: PhraseSet<()>,
    pub accusation_nouns: PhraseSet<()>,
    pub all_parties: PhraseSet<()>,
    pub private_nouns: PhraseSet<()>,
    pub report_manners: PhraseSet<()>,
    pub authored_by: PhraseSet<()>,
    /// One-word coordinators ("and", "dan"), and the words that may follow
    /// one without naming a new subject (pronouns, prepositions).
    pub coordinators: Vec<String>,
    pub not_subjects: Vec<String>,
    pub trade_origins: PhraseSet<()>,
    pub colony_nouns: PhraseSet<()>,
    /// Month names: a date may stand between a possessor and its act
    /// ("Hamas's Oct. 7, 2023 attack").
    pub months: Vec<String>,
    /// "when", "ketika": the clause they open happened where and when the
    /// clause before says ("in Port Moresby last month, when Albanese
    /// visited").
    pub when_relatives: Vec<String>,
    pub id_genitive: bool,
}

impl RoleWords {
    pub fn new(
        c: &Cues,
        months: Vec<String>,
        when_relatives: Vec<String>,
        indonesian: bool,
    ) -> RoleWords {
        RoleWords {
            cues: c.clone(),
            clause_openers: PhraseSet::from_words(&c.clause_openers, ()),
            relative: PhraseSet::from_words(&c.relative, ()),
            not_relative: PhraseSet::from_words(&c.not_relative, ()),
            place_relative: PhraseSet::from_words(&c.place_relative, ()),
            need_verbs: PhraseSet::from_words(&c.need_verbs, ()),
            accusation_nouns: PhraseSet::from_words(&c.accusation_nouns, ()),
            all_parties: PhraseSet::from_words(&c.all_parties, ()),
            private_nouns: PhraseSet::from_words(&c.private_nouns, ()),
            report_manners: PhraseSet::from_words(&c.report_manners, ()),
            authored_by: PhraseSet::from_words(&c.authored_by, ()),
            coordinators: c
                .coordinators
                .iter()
                .filter(|w| !w.contains(' '))
                .cloned()
                .collect(),
            not_subjects: [
                &c.person_pronouns,
                &c.plural_pronouns,
                &c.target_preps,
                &c.source_preps,
                &c.agent_preps,
                &c.locative,
                &c.adjunct_openers,
                &c.between,
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
            trade_origins: PhraseSet::from_words(&c.trade_origins, ()),
            colony_nouns: PhraseSet::from_words(&c.colony_nouns, ()),
            months,
            when_relatives,
            id_genitive: indonesian,
        }
    }
}

impl<'a> View<'a> {
    pub fn new(
        tokens: &'a [Token],
        groups: &'a [Group],
        words: &'a RoleWords,
        dates: Vec<(usize, usize)>,
    ) -> View<'a> {
        let mut relatives = Vec::new();
        for (i, _) in tokens.iter().enumerate() {
            // "that" after a verb of saying or an -ed verb opens what was
            // said, not a relative clause ("announced that New Delhi ...").
            // So after such a verb and when it was said ("said on Tuesday
            // that", "said June 5 that").
            let report = |k: usize| tokens[k].is_any(&words.cues.report_verbs);
            let when = |t: &Token| {
                t.capital || t.is_number() || t.is_any(&words.cues.locative) || t.is("on")
            };
            // (Or how it was said: "said afterwards that", "said in a
            // statement on Monday that".)
            let said_how = |from: usize| {
                let mut k = from;
                while k < i {
                    match words.report_manners.longest_at(tokens, k) {
                        Some((n, _)) if k + n <= i => k += n,
                        _ if when(&tokens[k]) => k += 1,
                        _ => return false,
                    }
                }
                true
            };
            let complementizer = tokens[i].is("that")
                && i > 0
                && (tokens[i - 1].norm.ends_with("ed")
                    || report(i - 1)
                    || (i.saturating_sub(4)..i - 1)
                        .any(|j| report(j) && tokens[j + 1..i].iter().all(when))
                    || (i.saturating_sub(8)..i - 1).any(|j| report(j) && said_how(j + 1))
                    // "told lawmakers that", "assured the envoys that".
                    || (i.saturating_sub(4)..i - 1).any(|j| {
                        tokens[j].is_any(&words.cues.telling_verbs)
                            && tokens[j + 1..i].iter().all(|t| t.is_word())
                    }));
            // ", where he met Albanese a day earlier", ", tempat ia
            // bertemu": a place's relative clause, after a comma only.
            let place = i > 0 && tokens[i - 1].is(",") && words.place_relative.starts_at(tokens, i);
            if (words.relative.starts_at(tokens, i) || place)
                && !complementizer
                && !words.not_relative.starts_at(tokens, i)
                // ("That July, ...": a date. "That same month, ...": no
                // relative clause opens a sentence, with nothing before it
                // to qualify.)
                && !dates.iter().any(|&(a, b)| a <= i && i < b)
                && i > 0
            {
                let end = (i + 1..tokens.len())
                    .find(|&k| tokens[k].is(",") || tokens[k].is(";"))
                    .unwrap_or(tokens.len());
                relatives.push((i, end));
            }
        }
        View {
            tokens,
            groups,
            relatives,
            words,
            dates,
        }
    }

    /// A phrase of `set` (of up to four words) ends right before token
    /// `at`, or before a determiner right before it ("witnessed the
    /// signing").
    fn ends_before(&self, set: &PhraseSet<()>, at: usize) -> bool {
        const LONGEST: usize = 4;
        let ends = |end: usize| {
            (end.saturating_sub(LONGEST)..end).any(|k| {
                set.longest_at(self.tokens, k)
                    .is_some_and(|(n, _)| k + n == end)
            })
        };
        ends(at)
            || (at > 0 && self.tokens[at - 1].is_any(&self.words.cues.determiners) && ends(at - 1))
    }

    /// The group at `first` names who once ruled a territory ("bekas
    /// jajahan Portugal", "a former colony of France").
    pub fn after_colony_noun(&self, first: usize) -> bool {
        self.ends_before(&self.words.colony_nouns, first)
    }

    /// The innermost relative clause around token `i`.
    fn relative_at(&self, i: usize) -> Option<(usize, usize)> {
        self.relatives
            .iter()
            .copied()
            .filter(|&(a, b)| a <= i && i < b)
            .max_by_key(|&(a, _)| a)
    }

    fn eligible(&self, g: &Group) -> bool {
        !g.specifier && !g.is_prep_object() && !g.flagged
    }

    /// Whom a report made to someone, coordinated before the verb at
    /// `at`, was made to: "Rubio told President Mulino that ... and warned
    /// that Washington would act" warns Mulino.
    pub fn told_before_coordinated(&self, at: usize) -> Option<&'a Group> {
        if at == 0 || !self.tokens[at - 1].is_any(&self.words.coordinators) {
            return None;
        }
        let opener = (0..at)
            .rev()
            .find(|&k| self.words.clause_openers.starts_at(self.tokens, k))?;
        self.groups
            .iter()
            .rfind(|g| g.end <= opener && g.prep.is_none() && self.told_by_report(g))
    }

    /// The group stands right after a report verb: the one told ("told
    /// President Mulino").
    fn told_by_report(&self, g: &Group) -> bool {
        g.first > 0 && self.tokens[g.first - 1].is_any(&self.words.cues.report_verbs)
    }

    /// "Beijing demanded that Washington stop arming Taiwan and warned
    /// that ...": for a report verb at `first..end` (or a verb that opens a
    /// clause of its own), where the last clause opened before `before`
    /// starts: the clause another report opened, which the verb does not
    /// stand in.
    pub fn reported_clause_before(&self, first: usize, end: usize, before: usize) -> Option<usize> {
        let reports = self.tokens[first].is_any(&self.words.cues.report_verbs)
            || self.words.clause_openers.starts_at(self.tokens, end);
        if !reports {
            return None;
        }
        (1..before).rfind(|&k| self.words.clause_openers.starts_at(self.tokens, k))
    }

    /// The subject of a verb at token `at`.
    pub fn subject(&self, at: usize) -> Option<&'a Group> {
        // "South Africa brought the ICJ case, accusing Israel of ...": a
        // participle after a comma has the subject of the clause it follows.
        let participle = !self.words.id_genitive
            && at > 0
            && self.tokens[at - 1].is(",")
            && self.tokens[at].norm.ends_with("ing");
        // "bertemu pengusaha Indonesia sebelum bertolak ke Singapura",
        // "met Kishida before flying to Seoul": a verb right behind an
        // adjunct opener has the subject of the clause it hangs on.
        let bare_adjunct = at > 0 && self.tokens[at - 1].is_any(&self.words.cues.adjunct_openers);
        if let Some(g) = self.possessor_of_infinitive(at) {
            return Some(g);
        }
        // "with both sides accusing each other of starting it": the group
        // "with" sets before a participle is its subject.
        if !self.words.id_genitive
            && self.tokens[at].norm.ends_with("ing")
            && let Some(g) = self.groups.iter().find(|g| {
                g.end == at && g.after_any(&self.words.cues.comitative) && !g.members.is_empty()
            })
        {
            return Some(g);
        }
        // "In Lae, the country's second city, university students staged a
        // protest": private people right before the verb are its subject,
        // and act for no state.
        if self.private_subject(at) {
            return None;
        }
        // (Behind "before", a clause opener, the subject is sought before it.)
        let probe = if bare_adjunct { at - 1 } else { at };
        let Some(g) = self.subject_of(probe, false) else {
            // "The ministry said on Tuesday that the embassy would be run by
            // a charge d'affaires, accusing France of ...": past the clause
            // the report opened, the sentence's own subject.
            return self
                .groups
                .iter()
                .find(|g| g.end < at && self.eligible(g) && self.relative_at(g.first).is_none())
                .filter(|g| participle && !self.parenthetical(g, at));
        };
        // A report verb coordinated after a clause a report opened has the
        // subject of the verb before that clause.
        // (The opener may stand after the group found, which is then the
        // report verb's object: "Rubio told Mulino that ... and warned
        // that ..." is Rubio's warning; so is one whose opener's subject
        // is such an object.)
        let coordinated = at > 0 && self.tokens[at - 1].is_any(&self.words.coordinators);
        let opener = coordinated
            .then(|| {
                self.reported_clause_before(at, at + 1, g.first)
                    .or_else(|| {
                        (g.end..at).find(|&k| self.words.clause_openers.starts_at(self.tokens, k))
                    })
            })
            .flatten();
        if let Some(opener) = opener {
            return match self.subject(opener) {
                Some(s) if self.told_by_report(s) => self.subject(s.first - 1),
                other => other,
            };
        }
        // ("met Jokowi before flying to Singapore": Jokowi, right before
        // the opener, is the object; the flight is the subject's.)
        Some(if (participle && g.end < at - 1) || bare_adjunct {
            self.clause_subject(g)
        } else {
            g
        })
    }

    /// Private people stand right before the act at `at`, or before the
    /// verb it is the object of ("students staged a protest", "demonstran
    /// menggelar aksi protes"): they are its subject.
    fn private_subject(&self, at: usize) -> bool {
        (at.saturating_sub(4)..at).any(|k| {
            self.words
                .private_nouns
                .longest_at(self.tokens, k)
                .is_some_and(|(n, _)| {
                    k + n <= at
                        && k + n + 3 > at
                        && self.tokens[k + n..at]
                            .iter()
                            .all(|t| t.is_word() && !t.capital)
                })
        })
    }

    /// "rejected Trump's decision to recognize ...": the possessor of the
    /// noun an infinitive at `at` completes does it.
    pub fn possessor_of_infinitive(&self, at: usize) -> Option<&'a Group> {
        if self.words.id_genitive || at < 3 || !self.tokens[at - 1].is_any(&self.words.cues.purpose)
        {
            return None;
        }
        let s = (at.saturating_sub(4)..at - 2).find(|&k| self.tokens[k].is("'s"))?;
        if !self.tokens[s + 1..at - 1].iter().all(|t| t.is_word()) {
            return None;
        }
        self.groups.iter().find(|g| g.end == s && !g.specifier)
    }

    /// The subject for a noun: the object of a verb in an earlier clause
    /// is skipped ("Putin meninggalkan Vietnam ..., menutup lawatan" is
    /// Putin's tour; "meminta Israel menghentikan serangan" is Israel's).
    fn subject_of_noun(&self, at: usize) -> Option<&'a Group> {
        self.subject_of(at, true)
    }

    /// "gunmen", "troops": those who use an actor's force.
    fn force_noun(&self, t: &Token) -> bool {
        t.is_any(&self.words.cues.force_nouns)
    }

    /// "visited Warsaw for talks with Tusk", "mengunjungi Warsawa untuk
    /// pembicaraan": the group is a verb's object right before the purpose
    /// word that governs the noun at `at`; the talks are the visitor's.
    fn object_before_purpose(&self, g: &Group, at: usize) -> bool {
        let t = self.tokens;
        // (Not a gerund, whose doer the object is: "thanked Tehran for
        // warning Washington".)
        if g.end + 1 != at
            || g.first == 0
            || g.prep.is_some()
            || t.get(at).is_some_and(|w| w.norm.ends_with("ing"))
        {
            return false;
        }
        if !t[g.end].is_any(&self.words.cues.purpose_preps) {
            return false;
        }
        let before = &t[g.first - 1];
        if self.words.id_genitive {
            verb_form(before)
        } else {
            before.is_word()
                && !before.capital
                && !before.is_any(&self.words.cues.prepositions)
                && !before.is_any(&self.words.cues.auxiliaries)
                && !before.is_any(&self.words.cues.determiners)
                && !before.is_any(&self.words.coordinators)
        }
    }

    /// An Indonesian verb form stands right before the group.
    fn after_verb(&self, g: &Group) -> bool {
        self.words.id_genitive && g.first > 0 && verb_form(&self.tokens[g.first - 1])
    }

    fn subject_of(&self, at: usize, skip_objects: bool) -> Option<&'a Group> {
        // "as Vietnam hosted", "after Russia invaded": behind an adjunct
        // opener, a group right before the verb is its clause's subject.
        let opens_clause = |g: &Group| {
            // (A person's name after the opener takes no preposition:
            // "after Maduro's government".)
            let opener = g
                .prep
                .as_ref()
                .is_some_and(|p| self.words.cues.adjunct_openers.contains(p))
                || (g.prep.is_none()
                    && g.first > 0
                    && self.tokens[g.first - 1].is_any(&self.words.cues.adjunct_openers));
            !skip_objects
                && opener
                && self.tokens[g.end..at].iter().enumerate().all(|(d, t)| {
                    t.is_any(&self.words.cues.auxiliaries)
                        // "after Maduro's government expelled", "after
                        // Hamas gunmen stormed"
                        || (d == 0 && (t.is("'s") || self.force_noun(t)))
                        || (d == 1
                            && self.tokens[g.end].is("'s")
                            && (t.is_any(&self.words.cues.seated) || self.force_noun(t)))
                })
        };
        if let Some((rel, _)) = self.relative_at(at) {
            // "..., which Brasília had taken over after Maduro's government
            // expelled": an adjunct clause inside the relative has its own
            // subject.
            if let Some(g) = self
                .groups
                .iter()
                .rfind(|g| g.first > rel && g.end <= at && opens_clause(g) && !g.specifier)
            {
                return Some(g);
            }
            // "the treaty that the two countries signed": a group between
            // the relative word and the verb is its subject (the head is
            // the object).
            let inner = self.inner_subject(at).filter(|_| !skip_objects);
            if inner.is_some() {
                return inner;
            }
            // "Pemerintah Sudan yang kini berkedudukan di Port Sudan
            // menuding UEA memasok ...": a group standing right before the
            // verb, well inside the clause, is the subject of a complement.
            if self.words.id_genitive
                && let Some(g) = self.groups.iter().rfind(|g| {
                    g.first > rel + 1
                        && g.end <= at
                        && g.prep.is_none()
                        && self.eligible(g)
                        && self.tokens[g.end..at].iter().enumerate().all(|(d, t)| {
                            t.is("(")
                                || t.is(")")
                                || self
                                    .groups
                                    .iter()
                                    .any(|h| h.first <= g.end + d && g.end + d < h.end)
                        })
                })
            {
                return Some(g);
            }
            // Inside "yang ...": the head noun before the relative word.
            let k = self.head_end(rel);
            // The head may be an agent ("held up by Turkey, which accused
            // Stockholm"); after other prepositions the clause is as likely
            // to be about the thing before ("senjata ... ke Ukraina, yang
            // dapat digunakan": the weapons can be used).
            // "pressure from President Donald Trump, who has threatened":
            // "who" names a person, whatever governs the head.
            let personal = self.tokens[rel].is("who") || self.tokens[rel].is("whom");
            // ("Russian forces, which invaded Ukraine": the state's
            // adjective heads a noun of its people or forces.)
            let head = self.groups.iter().find(|g| {
                (g.end == k
                    || (g.end < k
                        && g.members.len() == 1
                        && self.tokens[g.end..k]
                            .iter()
                            .all(|t| !t.capital && self.force_noun(t))))
                    && !g.specifier
                    && (personal
                        || g.prep
                            .as_ref()
                            .is_none_or(|p| self.words.cues.agent_preps.contains(p)))
            });
            // "adopted a resolution that condemned", "mengesahkan resolusi
            // yang mengecam": what a document says, its author says.
            let document = (k.saturating_sub(2)..k)
                .find(|&d| self.tokens[d].is_any(&self.words.cues.authored_documents));
            // (The verb right after the relative word: not "resolusi yang
            // diajukan AS untuk menjatuhkan sanksi", whose sanctions are the
            // drafter's, not the vetoers'.)
            // "Rusia, China, dan Iran termasuk negara yang paling awal
            // memberi selamat": a head that names only a kind, after a
            // word that makes the subject before it one of that kind.
            // (Right after the subject, or a verb to be: "termasuk" after
            // a comma is "including".)
            let member = (k.saturating_sub(3)..k)
                .find(|&d| self.tokens[d].is_any(&self.words.cues.membership_copulas))
                .filter(|&d| d > 0 && !self.tokens[d - 1].is(","));
            return match (head, document, member) {
                (None, Some(d), _) if at <= rel + 2 => self.subject_of(d, true),
                (None, None, Some(d)) => self.subject_of(d, true),
                (head, _, _) => head,
            };
        }
        let mut best = None;
        for g in self.groups.iter().filter(|g| g.end <= at) {
            let comma_between = self.tokens[g.end..at].iter().any(|t| t.is(","));
            if !(self.eligible(g) || (opens_clause(g) && !g.specifier))
                || self.parenthetical(g, at)
                || (skip_objects && comma_between && self.after_verb(g))
                || (skip_objects && best.is_some() && self.object_before_purpose(g, at))
            {
                continue;
            }
            if let Some((a, b)) = self.relative_at(g.first)
                && !(a <= at && at < b)
            {
                continue;
            }
            if best.is_some() && self.participle_object(g) {
                continue;
            }
            best = Some(g);
        }
        let g = match best {
            Some(g) => g,
            None if !skip_objects => self.listed_subject(at).or_else(|| self.held_subject(at))?,
            None => return None,
        };
        // A clause opener or semicolon between subject and verb starts a new
        // clause, as does a coordinator after a comma with a subject of its
        // own ("Spain invests in Argentina, and business groups have urged").
        // (Not inside a relative clause on the subject: "Vietnam, which
        // relies on Russian arms but also counts ..., has upgraded ties".)
        let in_relative = |k: usize| {
            self.relative_at(k)
                .is_some_and(|(a, b)| a >= g.end && b <= at)
        };
        // (Nor inside an aside set off by commas between the two: "Mali
        // and Burkina Faso, both suspended after their own coups, have
        // warned".)
        let aside_end = self.aside_after(g, at);
        // (Nor a time named by "that": "Russia later that year invaded".)
        let blocked = (g.end..at).any(|k| {
            self.tokens[k].is(";")
                || (!in_relative(k)
                    && aside_end.is_none_or(|e| k > e)
                    && !self.words.not_relative.starts_at(self.tokens, k)
                    && (self.words.clause_openers.starts_at(self.tokens, k)
                        || self.coordinated_clause(k, at)))
        });
        (!blocked).then_some(g)
    }

    /// The comma closing an aside that opens with a comma right after the
    /// group `g` and ends, but for auxiliaries, right before the verb at
    /// `at` (none when a semicolon or a quote stands inside).
    fn aside_after(&self, g: &Group, at: usize) -> Option<usize> {
        let t = self.tokens;
        if !t.get(g.end).is_some_and(|x| x.is(",")) {
            return None;
        }
        let close = (g.end + 1..at).rfind(|&k| t[k].is(","))?;
        let plain = t[g.end + 1..close]
            .iter()
            .all(|x| !x.is(";") && !x.is(":") && !x.is_quote());
        let near = t[close + 1..at]
            .iter()
            .all(|x| x.is_any(&self.words.cues.auxiliaries));
        (plain && near && close > g.end + 1).then_some(close)
    }

    /// "a Chinese coast guard vessel chasing the Philippine ship slammed
    /// into ...": the group is the object of a participle right after a
    /// noun phrase, a clause on that phrase, not the subject after it.
    fn participle_object(&self, g: &Group) -> bool {
        let cues = &self.words.cues;
        let participle = |t: &Token| {
            t.is_word()
                && !t.capital
                && cues
                    .participle_endings
                    .iter()
                    .any(|e| t.norm.len() > e.len() + 2 && t.norm.ends_with(e.as_str()))
                && !t.is_any(&cues.not_participles)
        };
        let Some(k) = (g.first.saturating_sub(2)..g.first).find(|&k| {
            participle(&self.tokens[k])
                && self.tokens[k + 1..g.first].iter().all(|t| {
                    t.is_any(&cues.definite_articles) || t.is_any(&cues.indefinite_articles)
                })
        }) else {
            return false;
        };
        // (The phrase it follows may end on a plain noun or two: "a
        // Chinese coast guard vessel".)
        self.groups.iter().any(|h| {
            h.end <= k
                && k - h.end <= 3
                && self.eligible(h)
                && self.tokens[h.end..k]
                    .iter()
                    .all(|t| t.is_word() && !t.capital)
        })
    }

    /// "Foreign ministers of eleven states, including A, B and C, condemned
    /// ...": a subject no actor names, with a listed apposition set off by
    /// commas right before its verb, is done by those listed.
    fn listed_subject(&self, at: usize) -> Option<&'a Group> {
        let t = self.tokens;
        let g = self.groups.iter().rfind(|g| g.specifier && g.end < at)?;
        let opened = (g.first.saturating_sub(3)..g.first).any(|k| t[k].is(","));
        let closed = t[g.end].is(",");
        let near = at - g.end <= 6
            && !(g.end..at).any(|k| t[k].is(";") || self.words.clause_openers.starts_at(t, k))
            && !self.groups.iter().any(|h| h.first > g.end && h.first < at);
        (opened && closed && near).then_some(g)
    }

    /// "Delegations from Russia and Ukraine held talks", "Pasukan dari
    /// Rwanda menyerang Goma": a subject no actor names, a few words that
    /// open the clause, is done by the states after its "from" / "dari".
    fn held_subject(&self, at: usize) -> Option<&'a Group> {
        let t = self.tokens;
        let g = self.groups.iter().rfind(|g| g.end <= at)?;
        let prep = g.prep.as_ref()?;
        if !self.words.cues.member_preps.contains(prep) || g.specifier {
            return None;
        }
        // The head: one to five plain words from the clause's start to the
        // preposition.
        let prep_at = g.first.checked_sub(1)?;
        let start = (0..prep_at)
            .rfind(|&k| t[k].is(",") || self.words.clause_openers.starts_at(t, k))
            .map_or(0, |k| k + 1);
        let head = &t[start..prep_at];
        let plain = |x: &Token| {
            x.is_word()
                && !self
                    .words
                    .cues
                    .auxiliaries
                    .iter()
                    .chain(&self.words.cues.report_verbs)
                    .chain(&self.words.not_subjects)
                    .any(|w| x.is(w))
        };
        let head_ok = (1..=5).contains(&head.len())
            && head.iter().all(plain)
            && !self
                .groups
                .iter()
                .any(|h| h.first < prep_at && h.end > start);
        // Nothing but auxiliaries between the group and the verb.
        let near = t[g.end..at]
            .iter()
            .all(|x| x.is_any(&self.words.cues.auxiliaries));
        (head_ok && near).then_some(g)
    }

    /// ", and business groups ... urged": a comma and a coordinator at `k`
    /// open a clause whose own subject, a plain word, stands before `at`.
    fn coordinated_clause(&self, k: usize, at: usize) -> bool {
        let (t, w) = (self.tokens, self.words);
        // (A date is no subject: ", dan keesokan harinya bertemu".)
        let dated = self
            .dates
            .iter()
            .any(|&(first, end)| first == k + 2 && end >= at);
        k + 2 < at
            && !dated
            && t[k].is(",")
            && t[k + 1].is_any(&w.coordinators)
            && t[k + 2].is_word()
            && !t[k + 2].capital
            && !w
                .cues
                .auxiliaries
                .iter()
                .chain(&w.not_subjects)
                .chain(&w.cues.report_verbs)
                .any(|x| t[k + 2].is(x))
    }

    /// A group right after a trade-origin phrase ("imports from") a few
    /// words after `at`, or after the phrase split by a list of goods
    /// ("impor gandum, jagung, dan biji bunga matahari dari Ukraina").
    fn trade_origin(&self, at: usize) -> Option<&'a Group> {
        self.groups.iter().find(|g| {
            g.first > at
                && g.first <= at + 8
                && (at..g.first).any(|k| {
                    self.words
                        .trade_origins
                        .longest_at(self.tokens, k)
                        .is_some_and(|(n, _)| k + n == g.first)
                })
                || g.first > at
                    && g.first <= at + GOODS_LIST_REACH
                    && self.goods_listed_before(at, g)
        })
    }

    /// The first word of a trade-origin phrase stands after `at`, its last
    /// right before `g`, and only lower-case goods, commas and
    /// coordinators between.
    fn goods_listed_before(&self, at: usize, g: &Group) -> bool {
        let tokens = self.tokens;
        self.words.cues.trade_origins.iter().any(|phrase| {
            // (Two-word phrases only: "impor dari", "imports from".)
            let mut words = phrase.split_whitespace();
            let (Some(first), Some(last), None) = (words.next(), words.next(), words.next()) else {
                return false;
            };
            tokens[g.first - 1].is(last)
                && (at..g.first - 1).any(|k| {
                    tokens[k].is(first)
                        && tokens[k + 1..g.first - 1]
                            .iter()
                            .all(|t| t.is(",") || self.plain_word(t))
                })
        })
    }

    /// Where the head of the relative clause opened at `rel` ends (its
    /// comma skipped).
    fn head_end(&self, rel: usize) -> usize {
        if rel > 0 && self.tokens[rel - 1].is(",") {
            rel - 1
        } else {
            rel
        }
    }

    /// The subject inside an object relative clause around `at` ("that
    /// the two countries signed", "which Russia invaded").
    fn inner_subject(&self, at: usize) -> Option<&'a Group> {
        // Indonesian puts such clauses in the passive ("yang diteken
        // kedua negara"): a group after "yang" is an object.
        let (rel, end) = self.relative_at(at)?;
        // (A place's clause keeps the active: ", tempat ia bertemu".)
        let place = self.words.place_relative.starts_at(self.tokens, rel);
        if self.words.id_genitive && !place {
            return None;
        }
        // Right before the verb, but for auxiliaries ("that the two
        // countries had signed"; not "that a blockade or attack").
        self.groups.iter().rfind(|g| {
            g.first > rel
                && g.end <= at
                && self.eligible(g)
                && self.relative_at(g.first) == Some((rel, end))
                && self.tokens[g.end..at].iter().all(|t| {
                    t.is_any(&self.words.cues.auxiliaries)
                        // and adverbs: "that Washington had quietly shipped"
                        || (t.norm.len() > 4 && t.norm.ends_with("ly") && !t.capital)
                })
                && (!g.anaphoric
                    || (place && g.members.len() == 1)
                    || self.named_together_before(g)
                    // "held talks with Sharif, after which the two sides
                    // signed": a relative word a preposition governs opens
                    // an adjunct, the clause's subject is its own.
                    || (rel > 0
                        && (self.tokens[rel - 1].is_any(&self.words.cues.prepositions)
                            || self.tokens[rel - 1].is_any(&self.words.cues.adjunct_openers)))
                    // "at which he and North Korean leader Kim Jong Un
                    // signed": a pronoun coordinated with a name.
                    || self.tokens[g.first..g.end].iter().any(|t| t.capital))
        })
    }

    /// An anaphor ("the two countries") whose actors were named together
    /// earlier in the sentence ("Japan and the Philippines"): safe to read
    /// as a subject where the article's main pair might not be meant
    /// ("X and Y accused Z of arming W, which both countries deny").
    fn named_together_before(&self, g: &Group) -> bool {
        self.groups.iter().any(|h| {
            h.end <= g.first
                && !h.anaphoric
                && g.members
                    .iter()
                    .all(|m| h.members.iter().any(|n| n.collapse() == m.collapse()))
        })
    }

    /// The head of an object relative clause around `at`: its object
    /// ("Ukraine, which Russia invaded").
    fn relative_object(&self, at: usize) -> Option<&'a Group> {
        self.inner_subject(at)?;
        let (rel, _) = self.relative_at(at)?;
        let k = self.head_end(rel);
        self.groups
            .iter()
            .find(|g| g.end == k && !g.specifier && g.prep.is_none())
    }

    /// "imposed sanctions on Russia since its full-scale invasion": a
    /// possessive right after an adjunct opener stands for the state named
    /// last before it, even as a preposition's object, not for the subject.
    /// So does one after a reason right behind an object ("punishing
    /// Moscow for its invasion"), and one in what an object is urged to do
    /// ("pressing Russia to stop its attacks").
    fn adjunct_possessor(&self, hit: &Hit) -> Option<&'a Group> {
        let k = self.possessive_at(hit)?;
        let before = |list: &[String]| k > 0 && list.iter().any(|a| self.tokens[k - 1].is(a));
        // A plain object ending right at `end`.
        let object_ending = |end: usize| {
            self.groups
                .iter()
                .find(|g| g.end == end && !g.specifier && !g.anaphoric && g.prep.is_none())
        };
        let reason = before(&self.words.cues.reason_preps) && object_ending(k - 1).is_some();
        // ("pressing Russia to stop its attacks": the one urged to act
        // acts on its own.)
        if k >= 3
            && self.tokens[k - 1].is_word()
            && self.tokens[k - 2].is_any(&self.words.cues.purpose)
            && let Some(g) = object_ending(k - 2)
        {
            return Some(g);
        }
        if !before(&self.words.cues.adjunct_openers) && !reason {
            return None;
        }
        self.groups
            .iter()
            .rfind(|g| g.end < k && !g.specifier && !g.anaphoric)
    }

    /// ", hosted by Trump, Aliyev and Pashinyan signed": with the agent of
    /// a participle set off by commas starting at `from` to `to`, the group
    /// right after its closing comma (the clause's subject).
    fn guests_of_set_off_host(&self, from: usize, to: usize) -> Option<&'a Group> {
        let host = self.groups.iter().find(|g| {
            (from..=to).contains(&g.first)
                && crate::actors::set_off_agent(self.tokens, &self.words.cues, g.first)
        })?;
        if !self.tokens.get(host.end).is_some_and(|t| t.is(",")) {
            return None;
        }
        self.groups
            .iter()
            .find(|g| g.first == host.end + 1 && g.prep.is_none() && !g.anaphoric)
    }

    /// A possessive pronoun stands shortly before the trigger ("in its
    /// latest round of sanctions").
    fn possessed(&self, hit: &Hit) -> bool {
        self.possessive_at(hit).is_some()
    }

    /// Where that possessive pronoun stands.
    fn possessive_at(&self, hit: &Hit) -> Option<usize> {
        (hit.first.saturating_sub(4)..hit.first).find(|&k| {
            self.words
                .cues
                .subject_possessives
                .iter()
                .any(|p| self.tokens[k].is(p))
        })
    }

    /// The first group of the clause `g` stands in, when nothing but
    /// plain words separates them (no comma, clause opener or preposition
    /// object in between): the subject an object follows.
    fn clause_subject(&self, g: &'a Group) -> &'a Group {
        let mut first = g;
        for h in self.groups.iter().filter(|h| h.end <= g.first).rev() {
            let between = &self.tokens[h.end..first.first];
            let separated = between.iter().any(|t| t.is(",") || t.is(";"))
                || (h.end..first.first)
                    .any(|k| self.words.clause_openers.starts_at(self.tokens, k));
            if separated || !self.eligible(h) {
                break;
            }
            first = h;
        }
        first
    }

    /// "Amerika Serikat, sekutu perjanjian pertahanan Filipina, mengecam":
    /// a group inside commas that follow another group is an apposition.
    fn parenthetical(&self, g: &Group, at: usize) -> bool {
        let open = (0..g.first).rev().find(|&k| self.tokens[k].is(","));
        let close = (g.end..at).find(|&k| self.tokens[k].is(","));
        match (open, close) {
            (Some(o), Some(_)) => self.groups.iter().any(|h| h.end == o),
            _ => false,
        }
    }

    /// The object right after the trigger (its object noun skipped).
    pub fn object(&self, hit: &Hit) -> Option<&'a Group> {
        if hit.frame == Frame::Nominal {
            return None;
        }
        let after = hit.object_end.max(hit.end);
        self.groups.iter().find(|g| {
            (!g.is_prep_object()
                && !g.specifier
                && (starts_after(g, hit)
                    || (g.first > after
                        && g.first <= after + MAX_OBJECT_GAP + self.quoted_span(after, g.first)
                        // (A quote may close on the verb: "menyatakan
                        // \"sangat menyesalkan\" keputusan Panama".)
                        && (after..g.first).all(|k| {
                            let t = &self.tokens[k];
                            // ("killed at least 58 Palestinians": a count.)
                            let count = t.is("at") && self.tokens[k + 1].is("least");
                            self.plain_word(t) || t.is_quote() || count
                        }))
                    || self.named_object(after, g)))
                || (!g.specifier && self.owned_object(after, g))
        })
    }

    /// "struck the port of Hodeidah", "met the president of France": the
    /// owner named after an object noun and its owner preposition, a few
    /// plain words after the verb.
    fn owned_object(&self, after: usize, g: &Group) -> bool {
        g.after_any(&self.words.cues.owner_preps)
            // (Not a pronoun: "reject any hints of our involvement".)
            && !g.anaphoric
            && g.first > after + 1
            && g.first <= after + MAX_OBJECT_GAP + 1
            // (A determiner first: "tens of thousands of Ethiopians", "part
            // of Azerbaijan" name no owner.)
            && self.tokens[after].is_any(&self.words.cues.determiners)
            && self.tokens[after..g.first - 1]
                .iter()
                .all(|t| self.plain_word(t))
            // (The name ends the phrase: in "the suspension of US military
            // aid" the US qualifies the aid.)
            && self.tokens.get(g.end).is_none_or(|t| !self.plain_word(t))
    }

    /// How many tokens more than one the closed quotes in `from..to` take:
    /// a quoted description is one word of an object ("mengecam \"tindakan
    /// eskalatif dan tidak bertanggung jawab\" China").
    fn quoted_span(&self, from: usize, to: usize) -> usize {
        let (mut extra, mut open) = (0, None);
        for k in from..to {
            if self.tokens[k].is_quote() {
                match open.take() {
                    Some(start) => extra += k - start,
                    None => open = Some(k),
                }
            }
        }
        if open.is_some() { 0 } else { extra }
    }

    /// "bertemu pemimpin junta, Kolonel Assimi Goita", "met the junta's
    /// leader, Colonel Goita": a person named in apposition after an object
    /// noun no actor holds, closing the clause.
    fn named_object(&self, after: usize, g: &Group) -> bool {
        self.apposed_person(after, g, MAX_OBJECT_GAP, false)
    }

    /// "imposed sanctions on the group's commander, Mohamed Hamdan Dagalo":
    /// a person named in apposition after a prep's object noun no actor
    /// holds, closing the clause.
    pub fn named_after_prep(&self, after: usize, preps: &[String]) -> Option<&'a Group> {
        if !self.tokens.get(after).is_some_and(|t| t.is_any(preps)) {
            return None;
        }
        self.groups
            .iter()
            .find(|g| self.apposed_person(after + 1, g, APPOSED_REACH, true))
    }

    /// `g` is a person named after a comma that closes a noun of up to
    /// `reach` plain words from `from` (a possessive among them when
    /// `possessive`), and the name closes the clause.
    fn apposed_person(&self, from: usize, g: &Group, reach: usize, possessive: bool) -> bool {
        g.first > from + 1
            && g.first <= from + reach + 1
            && self.tokens[g.first - 1].is(",")
            && g.members.iter().all(|a| a.kind == ActorKind::Person)
            && self.tokens[from..g.first - 1]
                .iter()
                .all(|t| self.plain_word(t) || (possessive && t.is("'s")))
            && self
                .tokens
                .get(g.end)
                .is_none_or(|t| t.is(".") || t.is(",") || t.is(";"))
    }

    /// An Indonesian active verb opens its own clause: "sepakat mendesak
    /// junta Myanmar" agrees with no junta. (Only "meN-": "di-" and "ber-"
    /// begin nouns too, "diplomatnya", "berbagai".)
    fn indonesian_verb(&self, t: &Token) -> bool {
        self.words.id_genitive && t.norm.starts_with("me") && verb_form(t)
    }

    /// A lowercase content word that may stand between a verb and the
    /// actor its object belongs to ("menyerang fasilitas nuklir Iran").
    fn plain_word(&self, t: &Token) -> bool {
        let one = std::slice::from_ref(t);
        t.is_word()
            && !t.capital
            && !self.indonesian_verb(t)
            && !self.words.clause_openers.starts_at(one, 0)
            && !self.words.relative.starts_at(one, 0)
            && !self.words.cues.target_preps.contains(&t.norm)
            && !self.words.cues.source_preps.contains(&t.norm)
            && !self.words.cues.locative.contains(&t.norm)
    }

    /// The first group after `from` introduced by one of `preps`, before
    /// the clause ends.
    pub fn prep_group(&self, from: usize, preps: &[String]) -> Option<&'a Group> {
        // ("meneken serangkaian perjanjian sementara dengan Canberra": an
        // opener that modifies the word before it opens nothing.)
        let modifier = |k: usize| {
            k > 0
                && self.tokens[k - 1].is_word()
                && self.tokens[k].is_any(&self.words.cues.modifier_openers)
        };
        let limit = (from..self.tokens.len())
            .find(|&k| {
                self.tokens[k].is(";")
                    || (self.words.clause_openers.starts_at(self.tokens, k) && !modifier(k))
            })
            .unwrap_or(self.tokens.len())
            .min(from + 14);
        // A report verb on the way opens what was said ("a meeting chaired
        // by X said Algeria would review its relations with Morocco": the
        // meeting is not with Morocco).
        let limit = (from + 1..limit)
            .find(|&k| {
                self.words
                    .cues
                    .report_verbs
                    .iter()
                    .any(|r| self.tokens[k].is(r))
            })
            .unwrap_or(limit);
        self.groups
            .iter()
            .filter(|g| g.first >= from && g.first < limit && !g.specifier)
            .find(|g| {
                g.prep.as_ref().is_some_and(|p| {
                    preps.contains(p)
                        && !(self.words.cues.comitative.contains(p)
                            && self.clause_comma(&self.tokens[from..g.first]))
                })
            })
    }

    /// In Indonesian, the state that owns the last of a list of things
    /// after `from` (a target preposition skipped): "terhadap pangkalan
    /// militer, gudang senjata, dan sistem pertahanan udara Suriah",
    /// "menyerang pangkalan udara dan gudang amunisi Suriah".
    pub fn owner_after_list(
        &self,
        from: usize,
        preps: &[String],
        exclude: &[Actor],
    ) -> Option<&'a Group> {
        if !self.words.id_genitive {
            return None;
        }
        let t = self.tokens;
        let start = if t.get(from).is_some_and(|x| x.is_any(preps)) {
            from + 1
        } else {
            from
        };
        let joiner = |x: &Token| x.is(",") || x.is_any(&self.words.coordinators);
        let end = (start..t.len().min(start + LIST_REACH))
            .find(|&k| !(self.plain_word(&t[k]) || joiner(&t[k])))?;
        // (A list joined by a coordinator: not ", meski Israel ...".)
        let listed = t[start..end]
            .iter()
            .any(|x| x.is_any(&self.words.coordinators) && !x.is_any(&self.words.cues.comitative));
        // (Words of the last thing between the last joiner and its owner:
        // not ", dan SADC mendukung", a clause of its own.)
        let last_plain = end > start && !joiner(&t[end - 1]) && self.plain_word(&t[end - 1]);
        let g = self
            .groups
            .iter()
            // (The group may take in the words before the name: "sistem
            // pertahanan udara Suriah".)
            .find(|g| {
                g.first > start && g.first <= end && end < g.end && g.prep.is_none() && !g.specifier
            })?;
        let own = g
            .members
            .iter()
            .all(|m| exclude.iter().any(|x| x.collapse() == m.collapse()));
        (listed && last_plain && !own && self.plain_word(&t[start])).then_some(g)
    }

    /// In Indonesian, the state that owns what a prep introduces, named
    /// right after it ("ke sejumlah posisi Thailand"): a group with no prep
    /// of its own, after a prep of `preps` and up to `OWNED_REACH` plain
    /// words, in the clause.
    pub fn owner_after_prep(&self, from: usize, preps: &[String]) -> Option<&'a Group> {
        if !self.words.id_genitive {
            return None;
        }
        self.groups
            .iter()
            .filter(|g| g.first > from && g.prep.is_none() && !g.specifier)
            .take_while(|g| {
                !self.tokens[from..g.first]
                    .iter()
                    .any(|t| t.is(",") || t.is(";"))
            })
            .find(|g| {
                let plain = (from..g.first)
                    .rev()
                    .take_while(|&k| self.plain_word(&self.tokens[k]))
                    .count();
                (1..=OWNED_REACH).contains(&plain)
                    && g.first > from + plain
                    && self.tokens[g.first - plain - 1].is_any(preps)
            })
    }

    /// Who put forward or did the thing named right after `from`: "vetoed
    /// a draft resolution drafted by the US", "memveto rancangan resolusi
    /// yang diajukan AS", "menyesalkan eksekusi yang dilakukan Indonesia".
    /// What is rejected or judged is rejected or judged of its author.
    pub fn author_after(&self, from: usize) -> Option<&'a Group> {
        let (at, n) = self.words.authored_by.first_in(
            self.tokens,
            (from..(from + AUTHOR_REACH).min(self.tokens.len())).take_while(|&k| {
                !self.tokens[k].is(",") && !self.tokens[k].is(";") && !self.tokens[k].is(".")
            }),
        )?;
        self.groups.iter().find(|g| {
            g.first >= at + n
                && g.first <= at + n + 1
                && !g.members.is_empty()
                && self.tokens[at + n..g.first]
                    .iter()
                    .all(|t| t.is_any(&self.words.cues.definite_articles))
        })
    }

    /// Whose act the object named right after `from` is, when an agent
    /// preposition names it inside the object: "condemned the reckless
    /// action by China against a Philippine vessel", "mengecam aneksasi
    /// empat wilayah Ukraina oleh Rusia". What is judged is the agent's.
    pub fn agent_in_object(&self, from: usize) -> Option<&'a Group> {
        let g = self.groups.iter().find(|g| {
            g.first > from
                && g.prep
                    .as_ref()
                    .is_some_and(|p| self.words.cues.agent_preps.contains(p))
        })?;
        let reach = from + AUTHOR_REACH + self.quoted_span(from, g.first);
        let inside = |k: usize| {
            let t = &self.tokens[k];
            t.is_quote()
                || t.is_any(&self.words.cues.agent_preps)
                || self.plain_word(t)
                || self.groups.iter().any(|h| h.first <= k && k < h.end)
        };
        (g.first <= reach && !g.members.is_empty() && (from..g.first).all(inside)).then_some(g)
    }

    /// A comma in `stretch` that is not one of a list of lowercase words
    /// ("hubungan diplomatik, perdagangan, dan transportasi dengan Qatar").
    fn clause_comma(&self, stretch: &[Token]) -> bool {
        let Some(comma) = stretch.iter().position(|t| t.is(",")) else {
            return false;
        };
        let rest = &stretch[comma..];
        let coordinator = |t: &Token| t.is_any(&self.words.coordinators);
        let listed = rest.iter().any(coordinator)
            && rest
                .iter()
                .all(|t| t.is(",") || coordinator(t) || (t.is_word() && !t.capital));
        !listed
    }

    /// The first group after `from` that is not a place, not an agent
    /// ("and then by Hungary" acts, it is not acted upon) and not one of
    /// `exclude` (the source: "warned that China would ..." is not aimed
    /// at China).
    pub fn later(&self, from: usize, exclude: &[Actor]) -> Option<&'a Group> {
        // "warned that continued threats could lead Iran to expel U.N.
        // inspectors": once the source itself is named again, what follows
        // is its own act, not whom the first one is aimed at.
        // (Nor the possessor in "two of Caracas' closest allies": the
        // allies are meant.)
        let possessor_of_part = |g: &Group| {
            g.prep.as_deref() == Some("of")
                && self
                    .tokens
                    .get(g.end)
                    .is_some_and(|t| t.is("'s") || t.is("'"))
        };
        let g = self.groups.iter().find(|g| {
            g.first >= from
                && !g.specifier
                && !possessor_of_part(g)
                && !g.after_any(&self.words.cues.locative)
                && !g.after_any(&self.words.cues.agent_preps)
        })?;
        // Not past a comma and a joiner: ", but stopped short of blaming
        // Turkey" is another clause, not whom the act was aimed at.
        let joined =
            (from..g.first).any(|k| joins_clause(self.tokens, k, &self.words.cues.verb_joiners));
        if joined {
            return None;
        }
        let own = g
            .members
            .iter()
            .any(|m| exclude.iter().any(|x| x.collapse() == m.collapse()));
        (!own).then_some(g)
    }

    /// What a verb told past `from` acts on: "rejected any attempt to
    /// displace Palestinians", "menolak rencana memindahkan warga
    /// Palestina" reject no Palestinian; the plan is someone else's. (An
    /// agent after a passive, "tuduhan yang dilontarkan Israel", is no
    /// such object.)
    pub fn acted_on(&self, g: &Group, from: usize) -> bool {
        let Some(v) = g.first.checked_sub(1).filter(|&v| v > from + 1) else {
            return false;
        };
        let verb = &self.tokens[v];
        let after_purpose = self.tokens[v - 1].is_any(&self.words.cues.purpose);
        // (Or an Indonesian active verb: "memindahkan", "mengusir".)
        verb.is_word()
            && !verb.capital
            && g.prep.is_none()
            && (after_purpose || self.indonesian_verb(verb))
    }

    /// `at` stands in the phrase that begins at `start`: no comma or
    /// joiner between them.
    pub fn inside_phrase(&self, start: usize, at: usize) -> bool {
        start <= at
            && !self.tokens[start..at]
                .iter()
                .any(|t| t.is(",") || t.is_any(&self.words.cues.verb_joiners))
    }

    /// A place "di Pyongyang", "in Hanoi" near the trigger.
    pub fn location(&self, from: usize) -> Option<&'a Group> {
        // A known name that a capitalised word the gazetteer does not know
        // goes on from is part of a longer one ("di Istana Kepresidenan
        // Al-Ittihadiya, Kairo"): the place after it says where.
        let cut_short = |g: &Group| {
            self.tokens
                .get(g.end)
                .is_some_and(|t| t.capital && t.is_word())
                && !self.groups.iter().any(|h| h.first == g.end)
        };
        // ("met Kim three times in his first term": a person's possessive
        // owns a time or a thing, not a place.)
        let persons_possessive = |g: &Group| {
            g.anaphoric
                && g.end == g.first + 1
                && self.tokens[g.first].is_any(&self.words.cues.determiners)
                && g.members.iter().all(|m| m.kind == ActorKind::Person)
        };
        self.groups.iter().find(|g| {
            g.first >= from
                && !persons_possessive(g)
                && ((g.first < from + 10
                    && !cut_short(g)
                    && g.after_any(&self.words.cues.locative))
                    || (g.first < from + 16
                        && g.prep.is_none()
                        && self.after_unknown_place(g.first)))
        })
    }

    /// "di Balai Agung Rakyat, Beijing", "at the Kremlin Palace, Moscow": a
    /// known place after a comma that closes a capitalised name the
    /// gazetteer does not know, itself after a locative preposition.
    fn after_unknown_place(&self, first: usize) -> bool {
        if first < 3 || !self.tokens[first - 1].is(",") {
            return false;
        }
        // Back over the name: capitalised words and the few lowercase
        // words names hold ("Great Hall of the People").
        let mut k = first - 1;
        let mut names = 0;
        while k > 0 && first - k <= 8 {
            let t = &self.tokens[k - 1];
            if t.capital && t.is_word() {
                names += 1;
            } else if !(t.is("the") || t.is("of")) {
                break;
            }
            k -= 1;
        }
        names > 0 && k > 0 && self.words.cues.locative.contains(&self.tokens[k - 1].norm)
    }

    fn genitive(&self, hit: &Hit) -> Option<&'a Group> {
        if self.words.id_genitive {
            // invasi Rusia, pengerahan tentara Korea Utara; modifiers may
            // stand between ("lawatan pertama Prabowo", "kunjungan kerja
            // dua hari Prabowo").
            let modified = |g: &Group| {
                let from = hit.end.max(hit.object_end);
                g.first > from
                    && g.first <= from + 3
                    && self.tokens[from..g.first].iter().all(|t| {
                        // not across a verb ("Penolakan itu membuat Trump
                        // berang")
                        (self.plain_word(t)
                            && !verb_form(t)
                            && !self.words.cues.demonstratives.contains(&t.norm))
                            || number(t)
                    })
            };
            return self.groups.iter().find(|g| {
                (starts_after(g, hit) || (hit.frame == Frame::Nominal && modified(g)))
                    && g.prep.is_none()
                    && !g.specifier
            });
        }
        // Russia's invasion, the Russian invasion, a US strike; a preposition
        // before them governs the whole phrase ("by Russia's invasion",
        // "of Israeli attacks").
        // Modifiers may stand between: "Russia's full-scale invasion",
        // "Trump's 25% tariffs".
        let modifiers = |from: usize| {
            let between = &self.tokens[from.min(hit.first)..hit.first];
            let dated = between.iter().any(|t| self.words.months.contains(&t.norm));
            from <= hit.first
                && hit.first - from <= if dated { 6 } else { 3 }
                && between.iter().all(|t| {
                    self.plain_word(t)
                        || t.is("%")
                        || number(t)
                        || (dated
                            && (t.is(".") || t.is(",") || self.words.months.contains(&t.norm)))
                })
        };
        self.groups.iter().find(|g| {
            let owner_ends = if g.possessive {
                Some(g.end + 1)
            } else {
                // "Washington's" read as one name with its "'s".
                (g.end > 0 && self.tokens[g.end - 1].is("'s")).then_some(g.end)
            };
            (g.end == hit.first || owner_ends.is_some_and(modifiers)) && !g.specifier
        })
    }

    /// "the embargo Moscow imposed on Georgian wine", "the sanctions
    /// Washington has imposed": a clause right after an act noun, with no
    /// relative word, whose verb makes its subject the act's author.
    pub fn relative_author(&self, hit: &Hit) -> Option<&'a Group> {
        if self.words.id_genitive {
            return None;
        }
        let g = self
            .groups
            .iter()
            .find(|g| g.first == hit.end && g.prep.is_none() && !g.specifier)?;
        let verbs = &self.words.cues.authoring_verbs;
        let at = |k: usize| self.tokens.get(k).is_some_and(|t| t.is_any(verbs));
        let auxiliary = self
            .tokens
            .get(g.end)
            .is_some_and(|t| t.is_any(&self.words.cues.auxiliaries));
        (at(g.end) || (auxiliary && at(g.end + 1))).then_some(g)
    }

    /// "The export restrictions on South Korea, imposed by Japan in July
    /// 2019": the agent of a verb of making, as a participle right after
    /// the noun and its own prepositional groups, is the noun's author.
    pub fn participle_agent(&self, hit: &Hit) -> Option<&'a Group> {
        if self.words.id_genitive {
            return None;
        }
        let verb = |t: &Token| t.is_any(&self.words.cues.authoring_verbs);
        // (The object's own nouns after its group: "on Chinese steel".)
        let noun = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !t.capital && !verb(t))
        };
        let mut at = hit.end;
        while let Some(g) = self
            .groups
            .iter()
            .find(|g| g.prep.is_some() && g.first == at + 1 && self.tokens[at].is_word())
        {
            at = g.end;
            at += (at..at + OBJECT_NOUNS).take_while(|&k| noun(k)).count();
        }
        if self.tokens.get(at).is_some_and(|t| t.is(",")) {
            at += 1;
        }
        if !self.tokens.get(at).is_some_and(verb) {
            return None;
        }
        self.prep_group(at + 1, &self.words.cues.agent_preps)
            .filter(|g| g.first == at + 2)
    }

    fn nearest_person_before(&self, at: usize) -> Option<&'a Actor> {
        self.groups
            .iter()
            .filter(|g| g.end <= at)
            .flat_map(|g| g.members.iter())
            .rfind(|a| a.kind == ActorKind::Person)
    }

    /// "Pakistan could face fresh sanctions": the subject of a verb of
    /// undergoing just before the noun.
    pub fn undergoer(&self, hit: &Hit) -> Option<&'a Group> {
        self.subject_of_verb_before(hit, |k| {
            self.tokens[k].is_any(&self.words.cues.undergo_verbs)
        })
    }

    /// `X membutuhkan bantuan Y`: the subject of a need verb just before.
    pub fn beneficiary(&self, hit: &Hit) -> Option<&'a Group> {
        self.subject_of_verb_before(hit, |k| self.words.need_verbs.starts_at(self.tokens, k))
    }

    /// The subject of the first verb `is_verb` finds in the three tokens
    /// before the hit's noun.
    fn subject_of_verb_before(
        &self,
        hit: &Hit,
        is_verb: impl Fn(usize) -> bool,
    ) -> Option<&'a Group> {
        let from = hit.first.saturating_sub(3);
        let verb = (from..hit.first).find(|&k| is_verb(k))?;
        self.subject(verb)
    }

    /// "pengeboman AS terhadap tiga fasilitas nuklirnya", "Israel struck
    /// its consulate": a thing owned (`-nya`, "its") after a target
    /// preposition belongs to the sentence's subject, at whom the act is
    /// aimed.
    fn owner_of_object(&self, from: usize, verb: bool, preps: &[String]) -> Option<&'a Group> {
        // After a preposition, or as a verb's direct object ("struck its
        // consulate", not "launches and its programme"; "menyerang
        // wilayahnya").
        let end = (from + 2).min(self.tokens.len());
        let p = match (from..end).find(|&k| self.tokens[k].is_any(preps)) {
            Some(p) => p,
            None if verb
                && (self.words.id_genitive
                    || self.tokens.get(from).is_some_and(|t| {
                        self.words.cues.subject_possessives.contains(&t.norm)
                    })) =>
            {
                from.checked_sub(1)?
            }
            None => return None,
        };
        let phrase: Vec<usize> = (p + 1..(p + 5).min(self.tokens.len()))
            .take_while(|&k| {
                let t = &self.tokens[k];
                self.plain_word(t) || number(t)
            })
            .collect();
        let owned = phrase.iter().position(|&k| {
            let t = &self.tokens[k];
            if self.words.id_genitive {
                strip_clitics(&t.norm).1 && !self.words.cues.not_possessive.contains(&t.norm)
            } else {
                self.words.cues.subject_possessives.contains(&t.norm)
            }
        })?;
        // The thing owned: the -nya word itself, or the words after "its".
        let things = if self.words.id_genitive {
            &phrase[owned..=owned]
        } else {
            &phrase[owned + 1..]
        };
        let abstract_thing = things.iter().any(|&k| {
            let word = strip_clitics(&self.tokens[k].norm).0;
            self.words.cues.abstract_objects.iter().any(|a| a == word)
        });
        if abstract_thing {
            return None;
        }
        self.groups
            .iter()
            .find(|g| g.first < from && g.prep.is_none() && !g.specifier)
    }

    /// The accuser named after an accusation noun following the trigger
    /// ("membantah tudingan AS").
    fn accuser_named(&self, hit: &Hit) -> Option<&'a Group> {
        let k = (hit.end..(hit.end + 6).min(self.tokens.len()))
            .find(|&k| self.words.accusation_nouns.starts_at(self.tokens, k))?;
        let (n, _) = self.words.accusation_nouns.longest_at(self.tokens, k)?;
        // "tuduhan AS"; "a White House claim", "Australia's account".
        self.groups.iter().find(|g| {
            g.prep.is_none()
                && (g.first == k + n
                    || (g.first >= hit.end
                        && (g.end == k || (g.end + 1 == k && self.tokens[g.end].is("'s")))))
        })
    }

    /// The verb's object points back to an accusation told before:
    /// "menolak tuduhan tersebut", "dismissed that claim" (not "the
    /// accusation", which may be any; not "an allegation Kigali denies").
    pub fn points_to_accusation(&self, hit: &Hit) -> bool {
        let pointer = |t: &Token| {
            t.is_any(&self.words.cues.demonstratives)
                && !t.is_any(&self.words.cues.definite_articles)
        };
        (hit.end..(hit.end + 3).min(self.tokens.len())).any(|k| {
            self.words
                .accusation_nouns
                .longest_at(self.tokens, k)
                .is_some_and(|(n, _)| {
                    self.tokens.get(k + n).is_some_and(pointer)
                        || (k > 0 && pointer(&self.tokens[k - 1]))
                })
        })
    }

    /// An accusation is named after the verb, or just before it ("an
    /// allegation Maduro rejects").
    pub fn mentions_accusation(&self, hit: &Hit) -> bool {
        (hit.first.saturating_sub(3)..(hit.end + 3).min(self.tokens.len()))
            .filter(|&k| k < hit.first || k >= hit.end)
            .any(|k| self.words.accusation_nouns.starts_at(self.tokens, k))
    }
}

/// How far after a trade noun a list of goods may run to its origin.
const GOODS_LIST_REACH: usize = 16;

/// The members that stand for another state than any of `taken`.
pub(crate) fn others(members: &[Actor], taken: &[Actor]) -> Vec<Actor> {
    members
        .iter()
        .filter(|m| !taken.iter().any(|t| t.collapse() == m.collapse()))
        .cloned()
        .collect()
}

/// A number written in digits.
pub(crate) fn number(t: &Token) -> bool {
    t.is_number()
}

/// An Indonesian verb form: an affixed word ("membuat", "diteken").
fn verb_form(t: &Token) -> bool {
    ["me", "di", "ber", "mem", "men", "meng"]
        .iter()
        .any(|p| t.norm.starts_with(p) && t.norm.chars().count() > 5)
}

/// How many plain words may stand between a verb and its object's actor.
const MAX_OBJECT_GAP: usize = 3;

/// How many words a prep's object noun may take before the person named in
/// apposition after it ("on the group's commander, Mohamed Hamdan Dagalo").
const APPOSED_REACH: usize = 5;

/// How many words of an object's own noun may follow the group it names
/// ("the tariffs on Chinese steel, imposed by ...").
const OBJECT_NOUNS: usize = 3;

/// The group begins right after the trigger or its object noun; a title
/// that the trigger phrase ends with may have joined the group
/// ("pengerahan tentara| Korea Utara").
fn starts_after(g: &Group, hit: &Hit) -> bool {
    (g.first > hit.first && g.first <= hit.end) || g.first == hit.object_end
}

/// Roles found for one trigger; groups expand to one event per member.
#[derive(Debug, Default)]
pub struct Roles {
    pub sources: Vec<Actor>,
    pub targets: Vec<Actor>,
    /// "antara X dan Y", "between X and Y": everyone takes part.
    pub between: Vec<Actor>,
    pub location: Option<(usize, usize)>,
    /// The states of the place ("di Balai Agung Rakyat, Beijing": China).
    pub location_states: Vec<Actor>,
    /// The target is whom the act benefits (`X membutuhkan pengerahan Y`).
    pub beneficiary: bool,
    /// Addressed to nobody in particular ("semua pihak"): no target needed.
    pub open_target: bool,
    /// The sources are go-betweens and the targets the parties: each
    /// source pairs with each party, never with another go-between.
    pub go_between: bool,
    /// The act is the way the verb at this token was done ("urged Maduro
    /// in a phone call"): it is as sure as that verb, whatever the verb
    /// says of its own object.
    pub manner_of: Option<usize>,
}

impl Roles {
    /// Notes where the act took place, the place named after it (and its
    /// object), and returns that place.
    fn locate<'a>(&mut self, view: &View<'a>, hit: &Hit) -> Option<&'a Group> {
        let g = view.location(hit.end.max(hit.object_end))?;
        self.location = Some((g.first, g.end));
        self.location_states = g.members.clone();
        Some(g)
    }
}

/// Context the rules may fall back on.
pub struct Fallbacks<'a> {
    pub last_person: Option<&'a Actor>,
    /// The sources of the sentence's first act.
    pub sentence_agent: &'a [Actor],
    pub last_accuser: Option<&'a Actor>,
    /// Whom the last accusation accused.
    pub last_accused: &'a [Actor],
    /// The last critic, protester or demander and whom it was aimed at:
    /// "menolak tuduhan tersebut" after only a demand or a complaint was
    /// told answers its author.
    pub last_disapproval: Option<&'a (Actor, Vec<Actor>)>,
    /// Where the sentence's go-between verbs are ("talks mediated by
    /// Qatar": Qatar mediates; it does not hold the talks).
    pub go_betweens: &'a [usize],
}

/// How many plain words may stand between a prep and the state that owns
/// its object ("ke sejumlah posisi Thailand", "terhadap pangkalan militer dan gudang
/// senjata Suriah").
const OWNED_REACH: usize = 6;

/// How many words and commas a list of owned things may run before its
/// owner (`View::owner_after_list`).
const LIST_REACH: usize = 14;

/// How far past a party the doer owns in its object the next party may be
/// named ("pembatasan kerja sama pertahanan AS dengan Azerbaijan").
const OWN_OBJECT_REACH: usize = 3;

pub fn assign(view: &View, hit: &Hit, trigger: &Trigger, fb: &Fallbacks) -> Roles {
    let mut roles = Roles::default();
    let members = |g: Option<&Group>| g.map(|g| g.members.clone()).unwrap_or_default();
    let preps: &[String] = if trigger.target_preps.is_empty() {
        &view.words.cues.target_preps
    } else {
        &trigger.target_preps
    };
    if trigger.event_type.is_symmetric()
        && let Some(g) = view
            .prep_group(hit.end, &view.words.cues.between)
            .filter(|g| g.first <= hit.object_end.max(hit.end) + 3)
    {
        roles.between = g.members.clone();
    }
    match hit.frame {
        Frame::Active | Frame::Headline => {
            // "of Israeli attacks on ...": a verb form right after an actor
            // inside a prepositional phrase is a noun, and that actor its
            // author.
            let adjective = view.groups.iter().find(|g| {
                hit.noun_form
                    && !view.words.id_genitive
                    && g.end == hit.first
                    && g.prep.is_some()
                    && !g.specifier
            });
            let subject = view.subject(hit.first).map(|g| {
                if view.possessed(hit) {
                    view.clause_subject(g)
                } else {
                    g
                }
            });
            roles.sources = members(adjective.or(subject));
            // "Sejak menginvasi Ukraina pada 2022, Rusia ...", "After meeting
            // Xi, Putin ...": a fronted clause without a subject has the
            // subject of the clause after its comma.
            // (Only a clause that opens the sentence: in "Britain warned
            // Iran unless it freed a tanker seized in the strait, but Hunt
            // said ..." the subject after "but" is its own clause's.)
            if roles.sources.is_empty()
                && let Some(comma) = (hit.end..view.tokens.len()).find(|&k| view.tokens[k].is(","))
                && !view.tokens[..hit.first].iter().any(|t| t.is(","))
                && !view.groups.iter().any(|g| g.end <= hit.first)
            {
                let next = view
                    .groups
                    .iter()
                    .find(|g| g.first > comma && g.prep.is_none() && !g.specifier);
                // ("Rights groups criticized the deal, saying Guatemala
                // lacks ...": the subject of what is said is not the
                // doer.)
                let cues = &view.words.cues;
                let opened = |g: &Group| {
                    (comma + 1..g.first).any(|k| {
                        view.words.clause_openers.starts_at(view.tokens, k)
                            || view.tokens[k].is_any(&cues.saying_on)
                    })
                };
                // ("Usai bertemu Jokowi di Istana Bogor, Selasa (4/7),
                // Albanese ...": a day set off by commas stands between.)
                let last_comma = |g: &Group| {
                    (comma..g.first)
                        .rev()
                        .find(|&k| view.tokens[k].is(","))
                        .unwrap_or(comma)
                };
                if let Some(g) = next.filter(|g| g.first <= last_comma(g) + 3 && !opened(g)) {
                    roles.sources = g.members.clone();
                }
            }
        }
        Frame::Passive => {
            let agent = view
                .prep_group(hit.end, &view.words.cues.agent_preps)
                .or_else(|| {
                    if view.words.id_genitive {
                        view.groups
                            .iter()
                            .find(|g| g.first == hit.end && g.prep.is_none())
                    } else {
                        None
                    }
                });
            roles.sources = members(agent);
            roles.targets = members(view.subject(hit.first));
            // "Sejumlah nota kesepahaman ditandatangani di hadapan kedua
            // kepala negara": signed by those it was signed before.
            if roles.sources.is_empty()
                && trigger.event_type == EventType::SignAgreement
                && let Some(g) = view.groups.iter().find(|g| {
                    g.first > hit.end
                        && g.first <= hit.end + 5
                        && g.members.len() >= 2
                        && view
                            .words
                            .cues
                            .witnesses
                            .iter()
                            .any(|w| crate::dates::ends_at(view.tokens, g.first, w))
                })
            {
                roles.sources = g.members.clone();
            }
            // "At the summit, hosted by Trump, Aliyev and Pashinyan signed":
            // a host set off by commas hosts the subject of the clause it
            // interrupts.
            if roles.targets.is_empty()
                && trigger.event_type == EventType::Host
                && let Some(guests) = view.guests_of_set_off_host(hit.end + 1, hit.end + 1)
            {
                roles.targets = others(&guests.members, &roles.sources);
            }
            // "kerja sama keamanan kedua negara bertumpu pada Traktat Lombok
            // yang ditandatangani di Mataram": a pact signed by no one named
            // is the pair's the sentence named it with.
            if roles.sources.is_empty()
                && roles.targets.is_empty()
                && trigger.event_type == EventType::SignAgreement
                && let Some(g) = view.groups.iter().rev().find(|g| {
                    g.end <= hit.first && g.anaphoric && g.members.len() == 2 && g.prep.is_none()
                })
            {
                roles.sources = g.members.clone();
            }
            // "Atase pertahanan India di Islamabad dinyatakan persona non
            // grata", "India's envoys in Ottawa were expelled": envoys are
            // expelled by the state they serve in.
            // So are envoys summoned, where the summons is placed too: "Iran's
            // ambassador was summoned to the foreign ministry in Berlin".
            let placed = |g: &&Group| g.after_any(&view.words.cues.locative);
            // (Or the ministry it is summoned to, right after the verb:
            // "dipanggil ke Kementerian Luar Negeri Polandia".)
            let summoned_where = || {
                view.groups.iter().find(|g| {
                    (placed(g) || (g.prep.is_some() && !g.anaphoric && g.first <= hit.end + 1))
                        && g.first >= hit.end
                        && g.first <= hit.end + 6
                        && !view.tokens[hit.end..g.first].iter().any(|t| t.is(","))
                })
            };
            if roles.sources.is_empty()
                && matches!(trigger.event_type, EventType::Expel | EventType::Protest)
                && let Some(g) = view
                    .groups
                    .iter()
                    .rev()
                    .find(|g| g.end <= hit.first && g.end + 3 > hit.first && placed(g))
                    .or_else(|| {
                        (trigger.event_type == EventType::Protest)
                            .then(summoned_where)
                            .flatten()
                    })
            {
                roles.sources = others(&g.members, &roles.targets);
            }
        }
        Frame::Nominal => {
            // "withdrawal from ECOWAS": what a noun's own preposition
            // governs is its object, not its author.
            let own_prep = view.tokens[hit.end - 1].is_any(&view.words.cues.prepositions);
            let object = own_prep
                .then(|| view.groups.iter().find(|g| g.first >= hit.end))
                .flatten()
                .map(|g| g.first);
            // ("penarikan duta besar mereka dari Aljir": a withdrawal from a
            // place leaves it; the place is no author.)
            let leaves = trigger.event_type == EventType::ReduceRelations;
            // "the visit of a Japanese delegation to Taiwan": the traveller
            // follows the travel noun.
            let traveller = || {
                view.prep_group(hit.end, &view.words.cues.traveller_preps)
                    .filter(|g| trigger.event_type == EventType::Visit && g.first == hit.end + 1)
            };
            let source = view
                .genitive(hit)
                .or_else(traveller)
                .or_else(|| view.relative_author(hit))
                .or_else(|| view.participle_agent(hit))
                .or_else(|| {
                    view.prep_group(hit.end, &view.words.cues.source_preps)
                        .filter(|_| !leaves)
                        .filter(|g| !fb.go_betweens.iter().any(|&k| k >= hit.end && k < g.first))
                        .filter(|g| Some(g.first) != object)
                        .filter(|g| {
                            g.first < 2
                                || !view.tokens[g.first - 2]
                                    .is_any(&view.words.cues.agent_participles)
                        })
                        // (In English, not past a comma, in another clause:
                        // "would reimpose sanctions on Tehran, brushing aside
                        // lobbying by European allies". Indonesian sets the
                        // noun's own place and relative clause off with commas:
                        // "pertemuan di Seri Perdana, kediaman resmi ..., yang
                        // dihadiri ...".)
                        .filter(|g| {
                            view.words.id_genitive
                                || !view.tokens[hit.end..g.first].iter().any(|t| t.is(","))
                        })
                });
            // "pengeboman Kedutaan Besar China oleh pesawat NATO": with its
            // agent named right after it, what the noun holds is what was
            // done to, and the agent did it.
            let done_to = source
                .filter(|held| !trigger.event_type.is_symmetric() && held.first >= hit.end)
                .and_then(|held| {
                    let agent = view
                        .prep_group(held.end, &view.words.cues.agent_preps)
                        .filter(|g| {
                            g.first <= held.end + 3
                                && !view.tokens[held.end..g.first].iter().any(|t| t.is(","))
                                && !g.members.iter().any(|a| {
                                    held.members.iter().any(|h| h.collapse() == a.collapse())
                                })
                        })?;
                    Some((held, agent))
                });
            let source = done_to.map_or(source, |(_, agent)| Some(agent));
            // "the Moscow trip", "a Kremlin visit": a place named right
            // before a travel noun is where the trip goes, and a possessor
            // before the place makes it ("the Russian visit", named by an
            // adjective, is the Russians').
            let destination = source.filter(|g| {
                trigger.event_type == EventType::Visit
                    && !view.words.id_genitive
                    && g.end == hit.first
                    && !g.possessive
                    && !g.adjective
                    && !g.anaphoric
            });
            let source = match destination {
                Some(d) => view
                    .groups
                    .iter()
                    .find(|g| g.possessive && g.end + 1 == d.first),
                None => source,
            };
            roles.sources = members(source);
            if let Some(d) = destination {
                roles.targets = others(&d.members, &roles.sources);
            }
            if let Some((held, _)) = done_to {
                roles.targets = others(&held.members, &roles.sources);
            }
            // "Pelosi's visit": a possessor geokg does not know is still the
            // possessor; no one else is the source.
            // (A day owns nothing: "At Friday's summit".)
            let unknown_possessor = source.is_none()
                && hit.first > 0
                && view.tokens[hit.first - 1].is("'s")
                && !view.dates.iter().any(|&(_, end)| end == hit.first - 1);
            // Nor is anyone else the author where one geokg does not know
            // is named after an agent preposition: "a visit by the Shi Yan
            // 6", "kunjungan oleh kapal Xiang Yang Hong".
            // (Its target may come first: "a visit to Colombo by ...".)
            let agent_at = (hit.end..(hit.end + 5).min(view.tokens.len()))
                .take_while(|&k| view.tokens[k].is_word())
                .find(|&k| view.tokens[k].is_any(&view.words.cues.agent_preps));
            let unknown_agent = source.is_none()
                && agent_at.is_some_and(|k| {
                    view.tokens[k + 1..(k + 4).min(view.tokens.len())]
                        .iter()
                        .any(|t| t.capital)
                        && !view.groups.iter().any(|g| g.first > k && g.first <= k + 3)
                });
            if unknown_possessor || unknown_agent {
                return roles;
            }
            // "At Friday's summit, hosted by Trump, Aliyev and Pashinyan
            // signed": a meeting's host set off by commas, its guests are
            // the clause's subject right after.
            if roles.sources.is_empty()
                && trigger.event_type.is_symmetric()
                && let Some(guests) = view.guests_of_set_off_host(hit.end + 1, hit.end + 4)
            {
                roles.sources = guests.members.clone();
            }
            if roles.sources.is_empty() && hit.possessive {
                roles.sources = view
                    .nearest_person_before(hit.first)
                    .or(fb.last_person)
                    .cloned()
                    .into_iter()
                    .collect();
            }
            // "Beijing has brushed off the criticism", "menepis kritik
            // tersebut": a definite speech noun names what others said;
            // the clause's subject answers it.
            let definite = if view.words.id_genitive {
                view.tokens
                    .get(hit.end)
                    .is_some_and(|t| t.is_any(&view.words.cues.demonstratives))
            } else {
                hit.first > 0
                    && view
                        .words
                        .cues
                        .demonstratives
                        .iter()
                        .any(|d| view.tokens[hit.first - 1].is(d))
            };
            if roles.sources.is_empty() && definite && trigger.event_type.is_speech() {
                return roles;
            }
            // A noun in what someone said is not the speaker's act:
            // "Takaichi mengatakan serangan bersenjata terhadap Taiwan ...".
            // ...nor is a noun in an adjunct: "after a strike on its
            // consulate", "sebagai protes atas eksekusi".
            // (Not one whose clause names its own subject: "setelah Rahmon
            // melakukan kunjungan kenegaraan ke Bishkek".)
            let adjunct = (hit.first.saturating_sub(3)..hit.first).any(|k| {
                let t = &view.tokens[k];
                t.is_any(&view.words.cues.adjunct_openers)
                    && !view
                        .groups
                        .iter()
                        .any(|g| g.first > k && g.end < hit.first && g.prep.is_none())
            });
            // "Qatar menengahi perundingan antara Rusia dan Ukraina": the
            // talks a go-between mediates are the parties', not its own.
            let mediated = fb
                .go_betweens
                .iter()
                .any(|&k| k < hit.first && k + 4 > hit.first);
            if roles.sources.is_empty() && !mediated {
                let subject = view
                    .subject_of_noun(hit.first)
                    .filter(|_| !adjunct && !view.private_subject(hit.first))
                    .filter(|g| {
                        !view.tokens[g.end..hit.first].iter().any(|t| {
                            t.is_any(&view.words.cues.report_verbs)
                                && !t.is_any(&view.words.cues.announcing)
                        })
                    });
                // "in its round of sanctions": the possessive stands for
                // the clause's subject, not for an object between them.
                let subject = match subject {
                    Some(g) if view.possessed(hit) => Some(view.clause_subject(g)),
                    other => other,
                };
                roles.sources = members(view.adjunct_possessor(hit).or(subject));
            }
            // "Pakistan dan Afghanistan sepakat ... setelah perundingan":
            // talks are held by all who act first, other acts by the first.
            // The sentence's agent did not make force it acts after ("mendesak
            // Iran dan Israel menahan diri menyusul serangan ..."); talks
            // after which the parties agree, a protest it acts as, are its own.
            let force = trigger.event_type.is_force();
            if roles.sources.is_empty() && !(adjunct && force) && !mediated {
                roles.sources = if trigger.event_type.is_symmetric() {
                    fb.sentence_agent.to_vec()
                } else {
                    fb.sentence_agent.iter().take(1).cloned().collect()
                };
            }
            // "Macron announced the deployment after a phone call with
            // Mitsotakis": talks or a call in a time adjunct are held by the
            // subject of the clause the adjunct hangs on (not talks others
            // broker: "after months of talks brokered by Qatar").
            let cues = &view.words.cues;
            let brokered = fb
                .go_betweens
                .iter()
                .any(|&k| k >= hit.end && k < hit.end + 3);
            if roles.sources.is_empty()
                && adjunct
                && trigger.event_type.is_symmetric()
                && !mediated
                && !brokered
                && let Some(k) = (hit.first.saturating_sub(3)..hit.first).rfind(|&k| {
                    view.tokens[k].is_any(&cues.factual_openers)
                        || view.tokens[k].is_any(&cues.occasion_openers)
                })
            {
                roles.sources = members(view.subject(k));
            }
            // "During a visit to Panama City, Rubio warned ...", "Wang Yi
            // raised the issue ... during a visit to Warsaw": a visit that
            // is the sentence's occasion is made by the subject of the
            // clause it hangs on (before the adjunct, else after its comma).
            if roles.sources.is_empty()
                && trigger.event_type == EventType::Visit
                && !mediated
                && let Some(k) = (hit.first.saturating_sub(3)..hit.first)
                    .rfind(|&k| view.tokens[k].is_any(&cues.occasion_openers))
                && !view
                    .groups
                    .iter()
                    .any(|g| g.first > k && g.end <= hit.first)
            {
                let subject = |g: &&Group| g.prep.is_none() && !g.specifier && !g.possessive;
                let before = view.groups.iter().filter(|g| g.end <= k).find(subject);
                let after = || {
                    let comma = (hit.end..view.tokens.len()).find(|&j| view.tokens[j].is(","))?;
                    view.groups.iter().filter(|g| g.first > comma).find(subject)
                };
                roles.sources = members(before.or_else(after));
            }
        }
    }
    // (Only a noun's owner gives: "meminta Jepang mengecam Israel" asks
    // Japan to condemn, no one for anything of Israel's.)
    // Who the noun itself names as the author: "bantuan Y", "sanctions
    // from the EU".
    let named_author = || {
        view.genitive(hit)
            .or_else(|| view.prep_group(hit.end, &view.words.cues.source_preps))
    };
    if let Some(g) = view
        .beneficiary(hit)
        .filter(|_| hit.frame == Frame::Nominal)
        && let Some(s) = named_author()
    {
        roles.sources = s.members.clone();
        roles.targets = g.members.clone();
        roles.beneficiary = true;
    }
    // "Russia faces new sanctions from the European Union": the subject
    // undergoes the act, done by whom the noun names, else by no one
    // named.
    // (Not a threat or criticism faced, "menghadapi ancaman": what is
    // faced there is often a danger, not anyone's act.)
    if hit.frame == Frame::Nominal
        && !trigger.event_type.is_speech()
        && let Some(g) = view.undergoer(hit)
    {
        roles.sources = members(named_author().filter(|s| s.first != g.first));
        roles.targets = g.members.clone();
    }
    // "A and B agreed to a ceasefire after talks mediated by X and Y",
    // "X menengahi perundingan antara A dan B": the go-betweens act on
    // the parties.
    if trigger.target == TargetRule::Parties {
        // "talks mediated by Qatar": a participle with its agent right
        // after it is a passive without its auxiliary.
        let agent = view
            .prep_group(hit.end, &view.words.cues.agent_preps)
            .filter(|g| g.first <= hit.end + 2);
        if let Some(g) = agent {
            roles.sources = g.members.clone();
        }
        // Only talks or a deal mediated by someone ("talks mediated by X",
        // "dimediasi X") stand for the sentence's parties; an active
        // go-between names its own ("X mediated between A and B"), else
        // what it mediated may be anyone's ("the body that mediated the
        // conflict for three decades").
        let passive = hit.frame == Frame::Passive || agent.is_some();
        let parties = if !roles.between.is_empty() {
            std::mem::take(&mut roles.between)
        } else if !passive {
            Vec::new()
        } else if !fb.sentence_agent.is_empty() {
            fb.sentence_agent.to_vec()
        } else if let Some(g) = view.groups.iter().find(|g| {
            // "Rusia dan Ukraina bertukar tawanan dalam kesepakatan yang
            // dimediasi UEA": the pair the sentence opens with.
            g.end <= hit.first && g.prep.is_none() && !g.specifier && g.members.len() >= 2
        }) {
            g.members.clone()
        } else if hit.frame == Frame::Passive {
            std::mem::take(&mut roles.targets)
        } else {
            Vec::new()
        };
        roles.targets = others(&parties, &roles.sources);
        roles.go_between = true;
        roles.locate(view, hit);
        return roles;
    }
    // "at the request of Warsaw", "atas permintaan pemerintah Mozambik":
    // who asked is named right after the phrase.
    // (Someone unnamed, "at the behest of someone else", asks nothing
    // of anyone.) The granter is the subject of the clause the phrase
    // hangs on, else, with the phrase opening the sentence, the one after.
    if trigger.target == TargetRule::Granter {
        // ("at Warsaw's request": a possessor behind a preposition; not
        // "rejected Nicaragua's request", whose asker asked the rejecter.)
        let asker = view.groups.iter().find(|g| {
            !g.members.is_empty()
                && (g.first == hit.end || (g.end == hit.first && g.possessive && g.prep.is_some()))
        });
        roles.sources = asker.map(|g| g.members.clone()).unwrap_or_default();
        let asked = |g: &&Group| {
            g.prep.is_none()
                && !g.specifier
                && !g.members.is_empty()
                && !g
                    .members
                    .iter()
                    .any(|m| roles.sources.iter().any(|s| s.collapse() == m.collapse()))
        };
        let from = asker.map_or(hit.end, |g| g.end);
        let granter = view
            .subject(hit.first)
            .filter(asked)
            .or_else(|| view.groups.iter().filter(|g| g.first >= from).find(asked));
        roles.targets = granter.map(|g| g.members.clone()).unwrap_or_default();
        roles.locate(view, hit);
        return roles;
    }
    // A passive whose subject is a thing ("rudal diluncurkan Iran ke
    // wilayah Israel") is aimed where its preposition says.
    if roles.targets.is_empty()
        && hit.frame == Frame::Passive
        && !matches!(
            trigger.target,
            TargetRule::None | TargetRule::Accuser | TargetRule::Object
        )
        && let Some(g) = view.prep_group(hit.object_end.max(hit.end), preps)
    {
        roles.targets = g.members.clone();
    }
    // A passive's subject is its target, but a denial's target is the
    // accuser ("tudingan yang dibantah Kamboja": Bangkok's).
    if roles.targets.is_empty()
        && (hit.frame != Frame::Passive || trigger.target == TargetRule::Accuser)
    {
        let after = hit.object_end.max(hit.end);
        // The owner of what is hit comes before a place named after it
        // ("struck its consulate in Damascus").
        let owner = view
            .owner_of_object(after, hit.frame == Frame::Active && !hit.noun_form, preps)
            .filter(|g| {
                matches!(
                    trigger.event_type,
                    EventType::Attack | EventType::Invade | EventType::Expel
                ) && !g
                    .members
                    .iter()
                    .all(|m| roles.sources.iter().any(|s| s.collapse() == m.collapse()))
            });
        // What is judged is the act of whom its agent preposition names,
        // even past a label's evaluation ("condemned the \"reckless\" action
        // by China"), or of whom a relative clause says did it ("mengecam
        // eksekusi yang dilakukan Indonesia").
        let judged_agent = (hit.frame == Frame::Active && trigger.event_type.is_judgement())
            .then(|| {
                view.agent_in_object(after)
                    .or_else(|| view.author_after(after))
            })
            .flatten();
        let found = match trigger.target {
            // (A granter's target is found above, with its asker.)
            TargetRule::None | TargetRule::Parties | TargetRule::Granter => None,
            TargetRule::Prep => owner
                .or_else(|| view.prep_group(after, preps))
                .or_else(|| view.named_after_prep(after, preps)),
            // (A name right after the verb, no noun it owns or qualifies:
            // "ordered Venezuela to refrain", not "ordered the government",
            // "memerintahkan perusahaan Jepang".)
            TargetRule::Object => view.groups.iter().find(|g| {
                g.first == after
                    && g.prep.is_none()
                    && !g.possessive
                    // ("ordered Russian troops": an adjective qualifies;
                    // Indonesian names and adjectives are one word.)
                    && (view.words.id_genitive || !g.adjective)
                    && !g.anaphoric
                    && view.tokens[g.first].capital
                    && view
                        .tokens
                        .get(g.end)
                        .is_none_or(|t| !t.is_word() || !t.capital)
            }),
            TargetRule::ObjectOrPrep => judged_agent
                .or_else(|| view.object(hit))
                .or(owner)
                .or_else(|| view.prep_group(after, preps))
                .or_else(|| view.named_after_prep(after, preps)),
            // The object noun may hold the actor: "banned hundreds of
            // Chinese apps", "tarif kendaraan listrik buatan China".
            // "Pakistan dan Afghanistan sepakat ...": parties that agree
            // together act on each other, not on whoever is named later.
            TargetRule::ObjectOrLater
                if roles.sources.len() >= 2 && trigger.event_type.quad_cooperative() =>
            {
                view.object(hit).or_else(|| view.prep_group(after, preps))
            }
            // What a label judges is not named inside the label ("calling
            // it a threat to Sudan's stability": not Sudan).
            TargetRule::ObjectOrLater => judged_agent.or_else(|| {
                view.object(hit)
                    .or(owner)
                    .or_else(|| view.author_after(after))
                    .or_else(|| view.prep_group(after, preps))
                    .or_else(|| {
                        // (A plan judged is not aimed at whom it would act
                        // on.)
                        let judgement = trigger.event_type.is_judgement();
                        view.later(hit.end, &roles.sources)
                            .filter(|g| !(judgement && view.acted_on(g, hit.end)))
                    })
                    .filter(|g| {
                        hit.evaluation
                            .is_none_or(|e| !view.inside_phrase(e, g.first))
                    })
            }),
            TargetRule::Accuser => {
                let own = |a: &&Actor| roles.sources.iter().any(|s| s.collapse() == a.collapse());
                // (Not an accuser of the denier's own state: "China's
                // foreign ministry ... accused some staff ... Beijing has
                // dismissed the espionage allegations" answers no one named.)
                let accuser = fb.last_accuser.filter(|a| !own(a)).cloned();
                // "Poland accused Russia of sabotage. Moscow has denied any
                // involvement": a denial aimed at no one answers the last
                // accusation made against the denier.
                // (One person accused is not another of the same state: the
                // US accusing a Brazilian judge is not answered by "He
                // denies wrongdoing" of Bolsonaro's.)
                let denier_accused = fb.last_accused.iter().any(|a| {
                    roles.sources.iter().any(|s| {
                        if a.kind == ActorKind::Person && s.kind == ActorKind::Person {
                            a.id == s.id
                        } else {
                            s.collapse() == a.collapse()
                        }
                    })
                });
                if let Some(g) = view.accuser_named(hit) {
                    Some(g)
                } else if view.mentions_accusation(hit) {
                    // (With no accusation told, the one answered is the
                    // last complaint or demand made of the denier.)
                    let critic = fb
                        .last_disapproval
                        .filter(|_| accuser.is_none() && view.points_to_accusation(hit))
                        .filter(|(_, aimed)| {
                            aimed
                                .iter()
                                .any(|a| roles.sources.iter().any(|s| s.collapse() == a.collapse()))
                        })
                        .map(|(critic, _)| critic.clone())
                        .filter(|c| !own(&c));
                    roles.targets = critic.or(accuser).into_iter().collect();
                    None
                } else if let Some(g) = view.object(hit) {
                    Some(g)
                } else {
                    if denier_accused {
                        roles.targets = accuser.into_iter().collect();
                    }
                    None
                }
            }
        };
        // ("melepaskan tembakan ke sejumlah posisi Thailand", "menjatuhkan
        // sanksi terhadap lima perusahaan pertahanan AS": force and
        // sanctions aimed at a thing are aimed at the state that owns it.)
        let aimed_at_things = matches!(
            trigger.event_type,
            EventType::Attack | EventType::Invade | EventType::Sanction
        );
        if let Some(g) = found
            .or_else(|| {
                (hit.frame == Frame::Active
                    && !matches!(trigger.target, TargetRule::None | TargetRule::Object))
                .then(|| view.relative_object(hit.first))
                .flatten()
            })
            .or_else(|| {
                (aimed_at_things && trigger.target != TargetRule::None)
                    .then(|| {
                        view.owner_after_prep(after, preps)
                            .or_else(|| view.owner_after_list(after, preps, &roles.sources))
                    })
                    .flatten()
            })
        {
            roles.targets = g.members.clone();
        }
    }
    // "Boric recalled Chile's ambassador from Caracas": an object noun of
    // the source's own gives way to the state its preposition names.
    let own = |a: &Actor| roles.sources.iter().any(|s| s.collapse() == a.collapse());
    if !roles.targets.is_empty()
        && roles.targets.iter().all(own)
        && !matches!(
            trigger.target,
            TargetRule::None | TargetRule::Accuser | TargetRule::Object
        )
        && let Some(g) = view.prep_group(hit.object_end.max(hit.end), preps)
        && !g.members.iter().all(own)
        // (Past the trigger's own object noun, only a phrase right after
        // the source's own: "menarik duta besar kita dari Brasilia", not
        // "Hubungan kedua negara membeku ... ke India".)
        && (hit.object_end > hit.end
            || view.groups.iter().any(|o| {
                o.first >= hit.first
                    && o.end <= g.first
                    && o.end + 2 >= g.first
                    && o.members.iter().all(own)
            }))
    {
        roles.targets = others(&g.members, &roles.sources);
    }
    // "Chile and Colombia recalled their ambassadors": states that do a
    // hostile act only to themselves do it to no one of them. (Not so
    // with a pronoun for them past what the trigger names: "India and
    // Pakistan accused their neighbours" accuse each other.)
    let reciprocal = || {
        view.groups.iter().any(|g| {
            g.anaphoric
                && g.first >= hit.end.max(hit.object_end)
                && !g.members.is_empty()
                && g.members.iter().all(own)
        })
    };
    if roles.sources.len() >= 2
        && !roles.targets.is_empty()
        && roles.targets.iter().all(own)
        && !trigger.event_type.is_symmetric()
        && !trigger.event_type.quad_cooperative()
        && !reciprocal()
    {
        roles.targets.clear();
    }
    // "meminta penutupan Kedutaan Besar Vatikan": a name inside the object
    // of a closing noun owns the thing closed; it is no author. (Not so
    // for aid: "a pause in U.S. military aid" is the U.S.'s.)
    if hit.frame == Frame::Nominal
        && trigger.event_type == EventType::ReduceRelations
        && hit.object_end > hit.end
        && let Some(g) = view
            .groups
            .iter()
            .find(|g| g.first >= hit.end && g.first < hit.object_end)
        && !roles.sources.is_empty()
        && roles
            .sources
            .iter()
            .all(|a| g.members.iter().any(|m| m.collapse() == a.collapse()))
    {
        if roles.targets.is_empty() {
            roles.targets = g.members.clone();
        }
        roles.sources.clear();
    }
    // "ordered 20 employees of the Czech embassy to leave": whom an
    // expulsion sends away may stand inside its object; "berbicara dengan
    // Presiden Polandia melalui telepon", "told Pezeshkian by telephone":
    // whom a call reaches, before the phone named. "ordered its ambassadors
    // in Dublin and Oslo to return home": the posts of one's own envoys,
    // inside the object, are whom calling them home is aimed at (not a
    // place named later in the sentence).
    let own_envoys = !trigger.object_openers.is_empty();
    let sends_away = roles.targets.is_empty()
        && matches!(trigger.event_type, EventType::Expel | EventType::PhoneCall)
        && hit.object_end > hit.end;
    if own_envoys || sends_away {
        let inside = |g: &&Group| g.first >= hit.end && g.end <= hit.object_end && !g.specifier;
        let posts = own_envoys
            .then(|| {
                view.groups.iter().filter(inside).find(|g| {
                    !g.members
                        .iter()
                        .all(|m| roles.sources.iter().any(|s| s.collapse() == m.collapse()))
                })
            })
            .flatten();
        let sent = || {
            sends_away
                .then(|| view.groups.iter().find(inside))
                .flatten()
        };
        if let Some(g) = posts.or_else(sent) {
            roles.targets = others(&g.members, &roles.sources);
        }
    }
    if !trigger.target_kinds.is_empty() {
        roles
            .targets
            .retain(|a| trigger.target_kinds.contains(&a.kind));
    }
    // "tariffs on imports from Canada": the state whose goods are hit is
    // the target, and not a source.
    if trigger.event_type == EventType::Sanction
        && let Some(g) = view.trade_origin(hit.end)
    {
        let origin = |a: &Actor| g.members.iter().any(|m| m.collapse() == a.collapse());
        let had_source = !roles.sources.is_empty();
        roles.sources.retain(|a| !origin(a));
        // ("Poland imposed a ban on imports from Ukraine": the origin
        // read as the noun's author leaves the clause's subject to it.)
        if had_source && roles.sources.is_empty() && hit.frame == Frame::Nominal {
            roles.sources = members(view.subject_of_noun(hit.first));
            roles.sources.retain(|a| !origin(a));
        }
        if roles.targets.is_empty() {
            roles.targets = g.members.clone();
        }
    }
    // An attack on, a visit to, an appeal to a place is aimed at its state.
    // (An attack on a mission there is not: "a strike on its consulate in
    // Damascus" hits the consulate's state, not Syria. An embassy opened
    // in Riyadh is Saudi Arabia's business.)
    if let Some(g) = roles.locate(view, hit) {
        let mission_there = trigger.event_type == EventType::Attack
            && (hit.end..g.first).any(|k| view.tokens[k].is_any(&view.words.cues.missions));
        if roles.targets.is_empty() && trigger.place_target && !mission_there {
            roles.targets = others(&g.members, &roles.sources);
        } else if mission_there
            && roles
                .targets
                .iter()
                .all(|t| g.members.iter().any(|m| m.collapse() == t.collapse()))
        {
            roles.targets.clear();
        }
    }
    // "signed in Port Moresby last month, when Albanese visited", "diteken
    // di Singapura, ketika Anwar berkunjung": a visit told with no place
    // is to the place of the clause its "when" joins.
    if roles.targets.is_empty()
        && trigger.event_type == EventType::Visit
        && hit.frame == Frame::Active
        && let Some(when) = (0..hit.first)
            .rev()
            .find(|&k| view.tokens[k].is_any(&view.words.when_relatives))
        && when > 0
        && view.tokens[when - 1].is(",")
        && let Some(g) = view
            .groups
            .iter()
            .rev()
            .find(|g| g.end < when && g.after_any(&view.words.cues.locative))
    {
        roles.targets = others(&g.members, &roles.sources);
    }
    // "Pakistani air strikes hit eastern Afghanistan", "serangan rudal
    // itu menghantam Kyiv": an attack noun that is the subject of a verb of
    // impact is aimed at that verb's object.
    if roles.targets.is_empty()
        && trigger.event_type == EventType::Attack
        && hit.frame == Frame::Nominal
        && let Some(verb) = (hit.end..(hit.end + 3).min(view.tokens.len()))
            .take_while(|&k| view.tokens[k].is_word())
            .find(|&k| view.tokens[k].is_any(&view.words.cues.impact_verbs))
        && let Some(g) = view
            .groups
            .iter()
            .find(|g| g.first > verb && g.first <= verb + 3 && !g.specifier)
    {
        roles.targets = others(&g.members, &roles.sources);
    }
    // "mencabut pembatasan kerja sama pertahanan AS dengan Azerbaijan",
    // "lifted curbs on Japanese exports to South Korea": an object its own
    // doer owns aims the act at the next party named in it.
    if !roles.targets.is_empty()
        && others(&roles.targets, &roles.sources).is_empty()
        && let Some(own) = view.groups.iter().find(|g| {
            g.first >= hit.end
                && g.members
                    .iter()
                    .all(|m| roles.targets.iter().any(|t| t.collapse() == m.collapse()))
        })
        && let Some(g) = view.later(own.end, &roles.sources).filter(|g| {
            g.first <= own.end + OWN_OBJECT_REACH
                && view.inside_phrase(own.end, g.first)
                && (g.after_any(preps)
                    || g.after_any(&view.words.cues.target_preps)
                    || g.after_any(&view.words.cues.comitative))
        })
    {
        roles.targets = others(&g.members, &roles.sources);
    }
    if hit.aimed_nowhere {
        roles.targets.clear();
    }
    if roles.targets.is_empty() {
        let after = hit.object_end.max(hit.end);
        roles.open_target = (after..(after + 2).min(view.tokens.len()))
            .any(|k| view.words.all_parties.starts_at(view.tokens, k));
    }
    // A speech act coordinated after a report made to someone, with no
    // one else named, is made to them as well.
    if trigger.event_type.is_speech()
        && roles
            .targets
            .iter()
            .all(|t| roles.sources.iter().any(|s| s.collapse() == t.collapse()))
        && let Some(g) = view.told_before_coordinated(hit.first)
    {
        let told = others(&g.members, &roles.sources);
        if !told.is_empty() {
            roles.targets = told;
        }
    }
    // "Trump menyaksikan penandatanganan deklarasi damai antara Thailand
    // dan Kamboja", "Indonesia hopes talks between Russia and Ukraine ...":
    // whoever watches, backs or hopes for an act between others takes no
    // part in it; those named with "between" do. (Leaders who witness
    // their ministers sign, with no one else named, sign for their states.)
    if hit.frame == Frame::Nominal
        && !roles.sources.is_empty()
        && let Some(g) = view
            .prep_group(hit.end, &view.words.cues.between)
            .filter(|g| g.first <= hit.object_end.max(hit.end) + 5 && g.members.len() >= 2)
        && !roles
            .sources
            .iter()
            .any(|s| g.members.iter().any(|m| m.collapse() == s.collapse()))
    {
        roles.sources = vec![g.members[0].clone()];
        roles.targets = g.members[1..].to_vec();
    }
    // "menginvasi wilayah bekas jajahan Portugal": the state a territory
    // is named for having ruled it is not where the act is aimed.
    let former_rulers: Vec<&Actor> = view
        .groups
        .iter()
        .filter(|g| g.first >= hit.end && view.after_colony_noun(g.first))
        .flat_map(|g| g.members.iter())
        .collect();
    roles
        .targets
        .retain(|t| !former_rulers.iter().any(|r| r.collapse() == t.collapse()));
    // "Russia has long been Vietnam's main supplier of weapons", "Israel
    // menjadi pemasok senjata utama bagi Azerbaijan", "China and Russia,
    // the junta's main arms suppliers": a noun that names the doer is
    // said of the party before it in its clause; the possessor ("'s", not
    // "the Russian supplier") or a target preposition's object receives.
    if trigger.agent_noun && hit.frame == Frame::Nominal {
        let after = hit.object_end.max(hit.end);
        let possessor = (!view.words.id_genitive)
            .then(|| view.genitive(hit))
            .flatten()
            .filter(|g| g.possessive || view.tokens.get(g.end).is_some_and(|t| t.is("'s")));
        let receiver = possessor.or_else(|| view.prep_group(after, preps));
        let first = possessor.map_or(hit.first, |g| g.first);
        // (The clause's subject, across a coordinated predicate: "Estonia
        // menjadi pendukung Kyiv dan ... termasuk pemberi bantuan militer
        // terbesar bagi Ukraina"; else the party right before.)
        let doer = view
            .subject(first)
            .filter(|g| g.end <= first)
            .or_else(|| {
                view.groups
                    .iter()
                    .rfind(|g| g.end <= first && !g.members.is_empty())
            })
            .filter(|g| {
                g.prep.is_none()
                    && !g.specifier
                    && !view.tokens[g.end..first]
                        .iter()
                        .any(|t| t.is_any(&view.words.cues.report_verbs))
            });
        roles.sources = doer.map(|g| g.members.clone()).unwrap_or_default();
        roles.targets = receiver
            .map(|g| others(&g.members, &roles.sources))
            .unwrap_or_default();
    }
    if trigger.event_type == EventType::PhoneCall
        && hit.frame == Frame::Nominal
        && roles.targets.is_empty()
        && let Some((subject, object)) = call_adjunct(view, hit)
    {
        roles.sources = subject.members.clone();
        roles.targets = others(&object.members, &roles.sources);
        // (The verb: the first word after the subject that is no
        // auxiliary, "had urged".)
        roles.manner_of = (subject.end..object.first).find(|&k| {
            view.tokens[k].is_word() && !view.tokens[k].is_any(&view.words.cues.auxiliaries)
        });
    }
    if trigger.event_type == EventType::Sanction {
        adopted_measure(view, hit, &mut roles);
    }
    if trigger.reverse && !roles.targets.is_empty() {
        std::mem::swap(&mut roles.sources, &mut roles.targets);
        // "Duta besar Palestina untuk Bahrain dipanggil pulang", "Israel's
        // ambassador to Ireland was recalled": what the envoy was sent to,
        // named before the passive, is what its state acts on.
        if hit.frame == Frame::Passive
            && roles.targets.is_empty()
            && let Some(g) = view
                .groups
                .iter()
                .rev()
                .find(|g| g.end <= hit.first && g.after_any(preps))
        {
            roles.targets = others(&g.members, &roles.sources);
        }
    }
    roles
}

/// "The Netherlands has joined EU sanctions against Moscow", "Iceland
/// applied the EU's sanctions against Russia", "Reykjavik ikut menerapkan
/// sanksi Uni Eropa terhadap Rusia": a measure another made, taken up by a
/// verb of adopting, is the adopter's too, aimed where the measure is.
fn adopted_measure(view: &View, hit: &Hit, roles: &mut Roles) {
    let adopting = |k: usize| view.tokens[k].is_any(&view.words.cues.adopting_verbs);
    // The measure's owner: named after it in Indonesian, whose verb is the
    // trigger; before it in English, the verb right before the owner.
    let Some(owner) = view.genitive(hit).filter(|g| g.prep.is_none()) else {
        return;
    };
    let verb = if view.words.id_genitive {
        (hit.frame == Frame::Active).then_some(hit.first)
    } else {
        owner.first.checked_sub(1)
    };
    let Some(verb) = verb.filter(|&k| adopting(k)) else {
        return;
    };
    let Some(adopter) = view.subject(verb).filter(|g| g.end <= verb) else {
        return;
    };
    let Some(aimed) = view
        .prep_group(owner.end, &view.words.cues.target_preps)
        .filter(|g| g.first <= owner.end + 3)
    else {
        return;
    };
    let mut sources = others(&adopter.members, &owner.members);
    sources.extend(owner.members.iter().cloned());
    roles.targets = others(&aimed.members, &sources);
    roles.sources = sources;
}

/// "Aliyev apologised to Putin in a phone call", "Lula had urged Maduro in
/// a phone call", "raised the matter with Amir-Abdollahian in a phone
/// call": a call named as the way a clause's act was done is between the
/// clause's subject and the one it acted on.
fn call_adjunct<'a>(view: &View<'a>, hit: &Hit) -> Option<(&'a Group, &'a Group)> {
    let cues = &view.words.cues;
    let tokens = view.tokens;
    // The preposition is the noun's own ("melalui telepon") or stands
    // before it and its determiners ("in a phone call").
    let at = if tokens[hit.first].is_any(&cues.prepositions) {
        hit.first
    } else {
        let mut k = hit.first;
        while k > 0 && tokens[k - 1].is_any(&cues.determiners) {
            k -= 1;
        }
        (k > 0 && tokens[k - 1].is_any(&cues.prepositions)).then(|| k - 1)?
    };
    let object = view
        .groups
        .iter()
        .rfind(|g| g.end <= at && !g.members.is_empty())
        .filter(|g| {
            !g.specifier
                && g.prep
                    .as_ref()
                    .is_none_or(|p| cues.target_preps.contains(p))
                && !tokens[g.end..at]
                    .iter()
                    .any(|t| t.is(",") || t.is(";") || t.is_quote() || t.is_any(&cues.report_verbs))
        })?;
    // "asked the Japanese premier to come to Kyiv during a phone call": a
    // place inside what was asked is not who was called; the one asked is.
    let asked = view
        .groups
        .iter()
        .rfind(|g| g.end <= object.first && !g.members.is_empty())
        .filter(|g| {
            g.prep.is_none()
                && !g.specifier
                && (g.end..object.first).any(|k| {
                    tokens[k].is_any(&cues.purpose)
                        && k + 1 < object.first
                        && tokens[k + 1].is_word()
                        && !tokens[k + 1].capital
                        && !view.groups.iter().any(|x| x.first == k + 1)
                })
        });
    let object = asked.unwrap_or(object);
    let subject = view
        .subject(object.first)
        .filter(|g| g.end <= object.first && g.prep.is_none())?;
    let between = &tokens[subject.end..object.first];
    if between
        .iter()
        .any(|t| t.is(";") || t.is_any(&cues.report_verbs))
    {
        return None;
    }
    Some((subject, object))
}
