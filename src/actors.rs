//! Actor mentions in a sentence, grouped the way clauses use them.
//!
//! Gazetteer hits become mentions; titles before a name join it
//! ("Presiden Putin"); apposition folds a state and its person into the
//! person ("pemimpin Korea Utara, Kim Jong Un"); coordination makes groups
//! ("baik Rusia maupun Korea Utara", "Russia and North Korea"). First-person
//! pronouns in a quote stand for its speaker, and "kedua negara" / "the two
//! countries" for the last two states named.

use crate::lexicon::Language;
use crate::lexicon::gazetteer::{Gazetteer, RawMention, Target, family_name, family_name_first};
use crate::lexicon::language::Cues;
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
    /// People in the group that the article introduced.
    pub introduced: Vec<Actor>,
    /// Private people of the group's states ("Tajik nationals", "kepala
    /// suku Libya"): they may suffer an act aimed at their state, but do
    /// not act for it, nor meet for it.
    pub private: bool,
    /// A thing under the group's flag ("a British-flagged tanker"): it
    /// suffers what is done to its state, and is no subject.
    pub flagged: bool,
    /// People named as out of office ("mantan Presiden Jair Bolsonaro",
    /// "former President Donald Trump").
    pub former: bool,
    /// One state named by its adjective ("Russian"), not by a name.
    pub adjective: bool,
}

impl Group {
    pub fn is_prep_object(&self) -> bool {
        self.prep.is_some()
    }

    /// The preposition right before the group is one of `preps` ("in
    /// Moscow" after the locatives).
    pub fn after_any(&self, preps: &[String]) -> bool {
        self.prep.as_ref().is_some_and(|p| preps.contains(p))
    }
}

/// What earlier sentences tell about who is who.
#[derive(Clone, Debug, Default)]
pub struct Discourse {
    pub last_person: Option<Actor>,
    /// People named with their titles ("Saudi Crown Prince Mohammed bin
    /// Salman"), most recent last: the words of the name, and the person.
    titled: Vec<(Vec<String>, Actor)>,
    /// Every person named, most recent last: "the chancellor" may be one
    /// the article named without the title.
    people: Vec<Actor>,
    /// Distinct states, most recent last.
    pub recent_states: Vec<Actor>,
    /// How often each state or group was named: "kedua negara", "the two
    /// sides" are the two the article is about.
    counts: std::collections::BTreeMap<String, (usize, usize, Actor)>,
    /// The ids of the blocs named: their people collapse to them, and are
    /// no state's.
    blocs: std::collections::BTreeSet<String>,
    /// The person the last sentence was about (its subject).
    topic_person: Option<Actor>,
    topic_sentence: usize,
    /// The state of the last sentence subject that had one, and that
    /// sentence: whom an official named without a state likely speaks for.
    topic_state: Option<(String, usize)>,
    /// The last sentence subject that was one state, body or group, and
    /// that sentence: what "it" stands for.
    topic_thing: Option<(Actor, usize)>,
    /// A state the last sentence opened on through its people in the
    /// plural ("Iranian officials", "Niger's military rulers", "para
    /// pejabat Iran"): whom "they" goes on with.
    plural_topic: Option<(Actor, usize)>,
    /// The last coordination of two or more actors ("they", "mereka").
    pub last_plural: Vec<Actor>,
    /// The last group named together of each size (in distinct states):
    /// "keempat negara tersebut" reaches back to the four named paragraphs
    /// before.
    plural_by_size: std::collections::BTreeMap<usize, Vec<Actor>>,
    /// The last group or alliance named ("the bloc").
    pub last_bloc: Option<Actor>,
    /// The bodies named so far, the last last ("the court" is the last
    /// court among them).
    pub bodies: Vec<Actor>,
    /// How many sentences (headings too) named each two states together.
    together: std::collections::BTreeMap<(String, String), usize>,
    /// How many groups joined just those two states ("Thailand dan
    /// Kamboja", "Hun Manet dan Phumtham"): the two sides, told as a pair.
    paired: std::collections::BTreeMap<(String, String), usize>,
    /// The states that went between the parties ("talks mediated by
    /// Malaysia"): never one of "the two sides".
    pub go_betweens: Vec<String>,
    /// The state whose junta the article named ("junta Niger"): what "the
    /// junta" alone stands for.
    pub regime: Option<Actor>,
    /// People the gazetteer does not know, introduced by the article
    /// ("juru bicara Kemlu China Mao Ning"): full name and surname.
    pub names: Vec<(String, Actor)>,
    /// The paragraph being read, and the sentences where the last person
    /// and the last plurality were named.
    pub paragraph: usize,
    /// The sentence being read: a pronoun reaches back one sentence.
    pub sentence: usize,
    person_sentence: usize,
    plural_paragraph: usize,
    seen: usize,
    /// The states the last body sentence named (not as places), its
    /// number and paragraph: "The two countries" opening the next one may
    /// be those two.
    named_last: (Vec<Actor>, usize, usize),
    /// The last two people named together ("President Donald Trump and
    /// Russian President Vladimir Putin") and that sentence: "the two
    /// leaders" next.
    person_pair: (Vec<Actor>, usize),
}

impl Discourse {
    /// The person "ia", "he" can refer to: the last sentence subject that
    /// was a person, else the last person named, one sentence back at most.
    pub fn recent_person(&self) -> Option<&Actor> {
        let topic = self
            .topic_person
            .as_ref()
            .filter(|_| self.sentence <= self.topic_sentence + 1);
        topic.or_else(|| {
            self.last_person
                .as_ref()
                .filter(|_| self.sentence <= self.person_sentence + 1)
        })
    }

    /// The state the last sentence's subject belonged to, when that was
    /// the sentence before.
    fn topic_state_actor(&self) -> Option<Actor> {
        let (code, at) = self.topic_state.as_ref()?;
        if self.sentence > at + 1 {
            return None;
        }
        self.recent_states
            .iter()
            .rev()
            .find(|a| a.collapse() == code && a.kind == ActorKind::State)
            .or_else(|| {
                self.recent_states
                    .iter()
                    .rev()
                    .find(|a| a.collapse() == code)
            })
            .cloned()
    }

    /// "kedua negara", "the two sides": the two actors named most often,
    /// the more recent first on ties.
    pub fn main_pair(&self) -> Vec<Actor> {
        self.main_pair_of(false)
    }

    /// "kedua negara": the two states (or their people) named most often.
    pub fn main_states(&self) -> Vec<Actor> {
        self.main_pair_of(true)
    }

    /// The pair "the two countries" / "kedua pihak" points to: the
    /// article's pair, unless two of the three named most were named
    /// together more often than that pair ("Thailand and Cambodia agreed
    /// a ceasefire at talks Malaysia's Anwar hosted", Anwar named at every
    /// turn, yet never "Malaysia and Thailand").
    fn pair_named_together(&self, states_only: bool) -> Vec<Actor> {
        let v = self.ranked(states_only);
        if v.len() > 2 && v[..3].iter().all(|(_, _, a)| a.country.is_some()) {
            let together =
                |i: usize, j: usize| self.together_count(v[i].2.collapse(), v[j].2.collapse());
            let best = [(0, 1), (0, 2), (1, 2)]
                .into_iter()
                .max_by_key(|&(i, j)| (together(i, j), std::cmp::Reverse((i, j))));
            if let Some((i, j)) = best
                && together(i, j) >= together(0, 1) + 2
            {
                return vec![v[i].2.clone(), v[j].2.clone()];
            }
            // (Or told as a pair, "A dan B", again and again, the article's
            // pair never.)
            let paired =
                |i: usize, j: usize| self.paired_count(v[i].2.collapse(), v[j].2.collapse());
            if paired(0, 1) == 0
                && let Some((i, j)) = [(0, 2), (1, 2)]
                    .into_iter()
                    .filter(|&(i, j)| paired(i, j) >= 2)
                    .max_by_key(|&(i, j)| (paired(i, j), std::cmp::Reverse((i, j))))
            {
                return vec![v[i].2.clone(), v[j].2.clone()];
            }
        }
        self.main_pair_of(states_only)
    }

    /// The actors named, most often (then most recently) first; a
    /// go-between left out while two others are named.
    fn ranked(&self, states_only: bool) -> Vec<&(usize, usize, Actor)> {
        let mut v: Vec<&(usize, usize, Actor)> = self
            .counts
            .values()
            .filter(|(_, _, a)| {
                !states_only || (a.country.is_some() && !self.blocs.contains(a.collapse()))
            })
            .collect();
        v.sort_by_key(|(n, last, _)| std::cmp::Reverse((*n, *last)));
        // A go-between is neither side, while two others are named.
        let sides = v
            .iter()
            .filter(|(_, _, a)| !self.go_betweens.iter().any(|g| g == a.collapse()))
            .count();
        if sides >= 2 {
            v.retain(|(_, _, a)| !self.go_betweens.iter().any(|g| g == a.collapse()));
        }
        v
    }

    /// The main pair, only among states (and their people) when
    /// `states_only`: "kedua negara" are no bloc.
    fn main_pair_of(&self, states_only: bool) -> Vec<Actor> {
        let mut v = self.ranked(states_only);
        // A tie in how often they were named is no reason for the more
        // recent: of the states named as often as the second, the two named
        // together most often are the pair (the first stays one of them
        // when named more often): "Indonesia and the Philippines ...
        // China's claims". Only among states: togetherness is counted for
        // them alone.
        let tied = if v.len() > 2 {
            v[1..]
                .iter()
                .take_while(|(n, _, a)| *n == v[1].0 && a.country.is_some())
                .count()
        } else {
            0
        };
        if tied >= 2 && v[0].2.country.is_some() {
            let together =
                |i: usize, j: usize| self.together_count(v[i].2.collapse(), v[j].2.collapse());
            let firsts = if v[0].0 == v[1].0 { tied } else { 0 };
            let best = (0..=firsts)
                .flat_map(|i| (i + 1..=tied).map(move |j| (i, j)))
                .max_by_key(|&(i, j)| (together(i, j), std::cmp::Reverse((i, j))));
            if let Some((i, j)) = best {
                let (a, b) = (v[i], v[j]);
                v = vec![a, b];
            }
        }
        v.into_iter().take(2).map(|(_, _, a)| a.clone()).collect()
    }

    fn recent_plural(&self) -> Vec<Actor> {
        if self.paragraph <= self.plural_paragraph + 1 {
            self.last_plural.clone()
        } else {
            Vec::new()
        }
    }

    /// A regime noun next to a group of one state ("junta Niger", "junta
    /// militer di Niamey", "Niger's junta") makes it the article's regime.
    pub fn note_regime(&mut self, tokens: &[Token], groups: &[Group], words: &ActorWords) {
        let regime = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_any(&words.cues.regime_nouns))
        };
        for g in groups {
            let [a] = g.members.as_slice() else { continue };
            if a.kind != ActorKind::State || g.anaphoric {
                continue;
            }
            // (The noun may have joined the group as a title.)
            let before = (g.first.saturating_sub(3)..g.end).any(regime);
            let after = g.possessive && (g.end..g.end + 3).any(regime);
            if before || after {
                self.regime = Some(a.clone());
            }
        }
    }

    /// Counts the states a sentence (a heading too) names together.
    pub fn note_together(&mut self, groups: &[Group]) {
        let state_of = |a: &Actor| {
            (a.kind == ActorKind::State || a.country.is_some()).then(|| a.collapse().to_string())
        };
        let mut states: Vec<String> = groups
            .iter()
            .filter(|g| !g.anaphoric)
            .flat_map(|g| &g.members)
            .filter_map(state_of)
            .collect();
        states.sort();
        states.dedup();
        for (i, a) in states.iter().enumerate() {
            for b in &states[i + 1..] {
                *self.together.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
        for g in groups.iter().filter(|g| !g.anaphoric) {
            let mut two: Vec<String> = g.members.iter().filter_map(state_of).collect();
            two.sort();
            two.dedup();
            if let [a, b] = two.as_slice()
                && g.members.len() == 2
            {
                *self.paired.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
    }

    /// How many groups joined just the states `a` and `b`.
    fn paired_count(&self, a: &str, b: &str) -> usize {
        count_of_pair(&self.paired, a, b)
    }

    /// How many sentences named the states `a` and `b` together.
    fn together_count(&self, a: &str, b: &str) -> usize {
        count_of_pair(&self.together, a, b)
    }

    /// Which of `pair` the article names most often together with `x`,
    /// when one does more than the other.
    fn partner_of(&self, x: &str, pair: &[Actor]) -> Option<Actor> {
        let with = |a: &Actor| self.together_count(x, a.collapse());
        let [a, b] = pair else { return None };
        match with(a).cmp(&with(b)) {
            std::cmp::Ordering::Greater => Some(a.clone()),
            std::cmp::Ordering::Less => Some(b.clone()),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// The last person named with `title` in the name ("the crown prince":
    /// "Saudi Crown Prince Mohammed bin Salman").
    fn named_with_title(&self, title: &[&Token]) -> Option<Actor> {
        self.titled
            .iter()
            .rev()
            .find(|(words, _)| {
                !title.is_empty()
                    && words
                        .windows(title.len())
                        .any(|w| w.iter().zip(title).all(|(a, b)| *a == b.norm))
            })
            .map(|(_, a)| a.clone())
    }

    /// The person named last who holds the title on `date` by the
    /// gazetteer's role periods ("Olaf Scholz ... The chancellor said").
    fn named_holding_title(
        &self,
        title: &[&Token],
        gazetteer: &Gazetteer,
        date: Option<chrono::NaiveDate>,
    ) -> Option<Actor> {
        let words: Vec<&str> = title.iter().map(|t| t.norm.as_str()).collect();
        let title = words.join(" ");
        // (Or a title they are known by: "Putra Mahkota Mohammed bin
        // Salman" ... "Putra mahkota kemudian menjamu Prabowo".)
        let known_by = format!("{title} ");
        self.people
            .iter()
            .rev()
            .find(|a| {
                gazetteer.get(&a.id).is_some_and(|e| {
                    e.role_on(date)
                        .is_some_and(|(r, _)| r.title.to_lowercase() == title)
                        || e.actor
                            .aliases
                            .iter()
                            .any(|x| x.to_lowercase().starts_with(&known_by))
                })
            })
            .cloned()
    }

    /// `opening`: the first token of the sentence proper (past a dateline).
    /// `locative`: the prepositions of place; a place named with one ("di
    /// St Petersburg dan ...") is no plural a pronoun may point back to.
    pub fn note(
        &mut self,
        groups: &[Group],
        tokens: &[Token],
        opening: usize,
        locative: &[String],
        plural_bodies: &[String],
    ) {
        let lead = opening + 3;
        let placed = |g: &Group| g.after_any(locative);
        let mut named: Vec<Actor> = Vec::new();
        for g in groups.iter().filter(|g| !placed(g) && !g.anaphoric) {
            for a in &g.members {
                if (a.kind == ActorKind::State || a.country.is_some())
                    && !named.iter().any(|n| n.collapse() == a.collapse())
                {
                    named.push(a.clone());
                }
            }
        }
        self.named_last = (named, self.sentence, self.paragraph);
        if let Some(g) = groups.iter().find(|g| {
            !g.anaphoric
                && g.members.len() == 2
                && g.members.iter().all(|a| a.kind == ActorKind::Person)
        }) {
            self.person_pair = (g.members.clone(), self.sentence);
        } else {
            // Else two people of two states named apart, a pronoun for
            // one: "Ia diterima Presiden AS Joe Biden ... Kedua pemimpin".
            let mut people: Vec<Actor> = Vec::new();
            for g in groups.iter().filter(|g| !placed(g)) {
                for a in g.members.iter().filter(|a| a.kind == ActorKind::Person) {
                    if !people.iter().any(|p| p.collapse() == a.collapse()) {
                        people.push(a.clone());
                    }
                }
            }
            if people.len() == 2 {
                self.person_pair = (people, self.sentence);
            }
        }
        for g in groups.iter().filter(|g| !g.anaphoric) {
            for a in g.members.iter().filter(|a| a.kind == ActorKind::Person) {
                self.people.retain(|b| b.id != a.id);
                self.people.push(a.clone());
            }
            if let [a] = g.members.as_slice()
                && a.kind == ActorKind::Person
            {
                let words = tokens[g.first..g.end]
                    .iter()
                    .map(|t| t.norm.clone())
                    .collect();
                self.titled.retain(|(_, b)| b.id != a.id);
                self.titled.push((words, a.clone()));
            }
        }
        for g in groups.iter() {
            if g.members.len() >= 2 && !placed(g) {
                self.last_plural = g.members.clone();
                self.plural_paragraph = self.paragraph;
                self.plural_by_size
                    .insert(distinct_states(&g.members), g.members.clone());
            }
        }
        if let Some(g) = groups.first().filter(|g| g.first <= lead)
            && let Some(p) = g.members.iter().find(|a| a.kind == ActorKind::Person)
        {
            self.topic_person = Some(p.clone());
            self.topic_sentence = self.sentence;
        }
        // (Or right after a fronted adjunct: "In a statement issued late
        // Sunday, the Saudi Foreign Ministry gave ...".)
        let leads = |g: &Group| g.first <= lead || after_fronted(tokens, g.first);
        if let Some(g) = groups.first().filter(|g| leads(g) && g.prep.is_none())
            && let [a] = g.members.as_slice()
            && a.kind != ActorKind::Person
        {
            self.topic_thing = Some((a.clone(), self.sentence));
        }
        // (A pronoun for one state keeps it the topic: "India's foreign
        // ministry responded ... It also said ... The ministry accused
        // Trudeau".)
        if let Some(g) = groups
            .first()
            .filter(|g| g.first <= lead && g.prep.is_none())
            && let [a] = g.members.as_slice()
            && a.kind != ActorKind::Group
            && (!g.anaphoric || a.kind == ActorKind::State)
            && let Some(c) = a.country.as_ref()
        {
            self.topic_state = Some((c.to_string(), self.sentence));
        }
        // ("Iranian officials": the plural noun after the state, a
        // modifier on at most; "para pejabat Iran": right before it, or
        // taken into the group as a title.)
        if let Some(g) = groups
            .first()
            .filter(|g| leads(g) && g.prep.is_none() && !g.anaphoric)
            && let [a] = g.members.as_slice()
            && a.kind == ActorKind::State
        {
            let plural = |k: usize| tokens.get(k).is_some_and(|t| t.is_any(plural_bodies));
            let after = (g.end..g.end + 3)
                .take_while(|&k| tokens.get(k).is_some_and(|t| t.is_word() || t.is("'s")))
                .any(plural);
            let before = (g.first.saturating_sub(1)..g.end).any(plural);
            if after || before {
                self.plural_topic = Some((a.clone(), self.sentence));
            }
        }
        for g in groups.iter().filter(|g| !g.anaphoric) {
            for a in &g.introduced {
                let lower = a.name.to_lowercase();
                if !self.names.iter().any(|(n, _)| *n == lower) {
                    self.names.push((lower.clone(), a.clone()));
                    for family in family_of(a) {
                        self.names.push((family, a.clone()));
                    }
                }
            }
            // A known person named in full is then called by the family
            // name alone ("Foreign Minister Lars Lokke Rasmussen ... In May,
            // Rasmussen summoned"), even where it alone names no one.
            // (Named in full, a given name and all, the name is theirs
            // from then on: "Lee" in a headline may have read as Lee Hsien
            // Loong; after "President Lee Jae-myung" it is him.)
            for a in g.members.iter().filter(|a| a.kind == ActorKind::Person) {
                let fold = crate::lexicon::gazetteer::fold_diacritics;
                let lower = fold(&a.name.to_lowercase());
                let said = fold(
                    &tokens[g.first..g.end]
                        .iter()
                        .map(|t| t.norm.as_str())
                        .collect::<String>(),
                );
                let words: Vec<&str> = lower
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .collect();
                let in_full =
                    words.len() < 2 || words.iter().filter(|w| said.contains(**w)).count() >= 2;
                // (A bare name read as someone gives no family name: only a
                // name said in full does.)
                if !in_full {
                    continue;
                }
                for family in family_of(a) {
                    // (Whoever the bare name was read as before.)
                    self.names.retain(|(n, b)| {
                        b.id == a.id
                            || (*n != family
                                && !b.aliases.iter().any(|x| x.to_lowercase() == family))
                    });
                    if !self.names.iter().any(|(n, _)| *n == family) {
                        self.names.push((family, a.clone()));
                    }
                }
            }
            for a in &g.members {
                if a.kind == ActorKind::Group {
                    self.blocs.insert(a.id.to_string());
                    self.last_bloc = Some(a.clone());
                }
                if a.kind == ActorKind::Organization {
                    self.bodies.retain(|b| b.id != a.id);
                    self.bodies.push(a.clone());
                }
                if a.kind == ActorKind::Person {
                    self.last_person = Some(a.clone());
                    self.person_sentence = self.sentence;
                }
                if a.kind == ActorKind::State || a.country.is_some() {
                    let code = a.collapse().to_string();
                    self.recent_states.retain(|s| s.collapse() != code);
                    self.recent_states.push(a.clone());
                }
                self.seen += 1;
                let seen = self.seen;
                let entry =
                    self.counts
                        .entry(a.collapse().to_string())
                        .or_insert((0, 0, a.clone()));
                entry.0 += 1;
                entry.1 = seen;
                if entry.2.kind.specificity() < a.kind.specificity() || a.kind == ActorKind::State {
                    entry.2 = a.clone();
                }
            }
        }
    }
}

/// A group at `first` stands right after a fronted adjunct's comma (one
/// small word, such as an article, between).
fn after_fronted(tokens: &[Token], first: usize) -> bool {
    let comma = |k: usize| tokens.get(k).is_some_and(|t| t.is(","));
    let small = |k: usize| tokens.get(k).is_some_and(|t| t.is_word() && !t.capital);
    (first >= 1 && comma(first - 1)) || (first >= 2 && comma(first - 2) && small(first - 1))
}

/// Word lists from the language, compiled for matching.
pub struct ActorWords {
    /// The language's cue lists, for those used as they are.
    cues: Cues,
    titles: PhraseSet<()>,
    plural_pronouns: PhraseSet<()>,
    dual_pronouns: PhraseSet<()>,
    bloc_anaphora: PhraseSet<()>,
    court_anaphora: PhraseSet<()>,
    envoy_anaphora: PhraseSet<()>,
    title_anaphora: PhraseSet<()>,
    regime_anaphora: PhraseSet<()>,
    state_anaphora: PhraseSet<()>,
    /// "the kingdom", "kerajaan itu": a state anaphor only a monarchy
    /// answers.
    monarchy_anaphora: PhraseSet<()>,
    ministry_anaphora: PhraseSet<()>,
    /// Words that never start or join a name (function words, date words).
    function_words: std::collections::BTreeSet<String>,
    /// The nouns of the bloc and state anaphors ("blok", "negara"): in
    /// `function_words`, but a noun a name may close ("dengan blok
    /// Mercosur").
    kind_nouns: std::collections::BTreeSet<String>,
    months: std::collections::BTreeSet<String>,
    /// Head-first noun phrases: a preposition may stand several nouns
    /// before the actor its phrase ends with (Indonesian).
    head_first: bool,
    coordinators: PhraseSet<()>,
    partners: PhraseSet<()>,
    private_nouns: PhraseSet<()>,
    member_nouns: PhraseSet<()>,
    specifiers: PhraseSet<()>,
    prepositions: PhraseSet<()>,
    the_two: PhraseSet<()>,
    the_several: PhraseSet<usize>,
    the_two_states: PhraseSet<()>,
    neighbour_anaphora: PhraseSet<()>,
    the_two_leaders: PhraseSet<()>,
    the_two_bare: PhraseSet<()>,
    near_plural_pronouns: PhraseSet<()>,
    home_state: Option<String>,
    home_titles: PhraseSet<()>,
    /// Offices of a province or state of a federation ("Ketua Menteri",
    /// "Chief Minister"): a home title they end with is no national one.
    local_titles: PhraseSet<()>,
    portfolios: PhraseSet<()>,
    home_bodies: PhraseSet<String>,
}

impl ActorWords {
    /// A local office's title ("Wakil Ketua Menteri") starts at or after
    /// `from` and reaches `end` or beyond.
    fn local_title_to(&self, tokens: &[Token], from: usize, end: usize) -> bool {
        (from..end).any(|b| {
            self.local_titles
                .longest_at(tokens, b)
                .is_some_and(|(m, _)| b + m >= end)
        })
    }

    /// The token is a coordinator on its own ("and", "dan").
    fn is_coordinator(&self, t: &Token) -> bool {
        self.coordinators.starts_at(std::slice::from_ref(t), 0)
    }

    pub fn new(lang: &Language) -> ActorWords {
        let c = &lang.cues;
        let mut function_words = std::collections::BTreeSet::new();
        for list in [
            &c.prepositions,
            &c.clause_openers,
            &c.coordinators,
            &c.stopwords,
            &c.report_verbs,
            &c.demonstratives,
            &c.relative,
            &c.specifiers,
            &c.hypothetical,
            &c.negation,
            &c.background,
            &c.person_pronouns,
            &c.first_person,
            // "Blok regional Afrika Barat": the words that name a bloc or a
            // state are no surname.
            &c.bloc_anaphora,
            &c.state_anaphora,
            &lang.dates.day_units,
        ] {
            for w in list {
                for part in w.split_whitespace() {
                    function_words.insert(part.to_lowercase());
                }
            }
        }
        let kind_nouns = c
            .bloc_anaphora
            .iter()
            .chain(&c.state_anaphora)
            .flat_map(|w| w.split_whitespace())
            .map(str::to_lowercase)
            .filter(|w| {
                !c.demonstratives.contains(w)
                    && !c.stopwords.contains(w)
                    && !c.prepositions.contains(w)
            })
            .collect();
        let months: std::collections::BTreeSet<String> =
            lang.dates.months.keys().cloned().collect();
        function_words.extend(months.iter().cloned());
        function_words.extend(lang.dates.weekdays.keys().cloned());
        function_words.extend(lang.dates.relative_days.keys().cloned());
        ActorWords {
            cues: c.clone(),
            months,
            titles: PhraseSet::from_words(&c.titles, ()),
            plural_pronouns: PhraseSet::from_words(&c.plural_pronouns, ()),
            dual_pronouns: PhraseSet::from_words(&c.dual_pronouns, ()),
            bloc_anaphora: PhraseSet::from_words(&c.bloc_anaphora, ()),
            court_anaphora: PhraseSet::from_words(&c.court_anaphora, ()),
            envoy_anaphora: PhraseSet::from_words(&c.envoy_anaphora, ()),
            title_anaphora: PhraseSet::from_words(&c.title_anaphora, ()),
            regime_anaphora: PhraseSet::from_words(&c.regime_anaphora, ()),
            state_anaphora: PhraseSet::from_words(&c.state_anaphora, ()),
            monarchy_anaphora: PhraseSet::from_words(&c.monarchy_anaphora, ()),
            ministry_anaphora: PhraseSet::from_words(&c.ministry_anaphora, ()),
            function_words,
            kind_nouns,
            head_first: lang.lang == crate::model::Lang::Id,
            coordinators: PhraseSet::from_words(&c.coordinators, ()),
            partners: PhraseSet::from_words(&c.partners, ()),
            private_nouns: PhraseSet::from_words(&c.private_nouns, ()),
            member_nouns: PhraseSet::from_words(&c.member_nouns, ()),
            specifiers: PhraseSet::from_words(&c.specifiers, ()),
            prepositions: PhraseSet::from_words(&c.prepositions, ()),
            the_two: PhraseSet::from_words(&c.the_two, ()),
            the_several: {
                let mut set = PhraseSet::default();
                for (phrase, n) in &c.the_several {
                    set.insert(phrase, *n);
                }
                set
            },
            the_two_states: PhraseSet::from_words(&c.the_two_states, ()),
            neighbour_anaphora: PhraseSet::from_words(&c.neighbour_anaphora, ()),
            the_two_leaders: PhraseSet::from_words(&c.the_two_leaders, ()),
            the_two_bare: PhraseSet::from_words(&c.the_two_bare, ()),
            near_plural_pronouns: PhraseSet::from_words(&c.near_plural_pronouns, ()),
            home_state: c.home_state.clone(),
            home_titles: PhraseSet::from_words(&c.home_titles, ()),
            local_titles: PhraseSet::from_words(&c.local_titles, ()),
            portfolios: PhraseSet::from_words(&c.portfolios, ()),
            home_bodies: {
                let mut set = PhraseSet::default();
                for (phrase, id) in &c.home_bodies {
                    set.insert(phrase, id.clone());
                }
                set
            },
        }
    }

    /// A count before a noun: "five", "sejumlah", "40.000".
    fn is_count(&self, t: &Token) -> bool {
        t.is_any(&self.cues.quantifiers) || t.is_number()
    }

    pub fn is_title(&self, t: &Token) -> bool {
        self.titles.longest_at(std::slice::from_ref(t), 0).is_some()
    }

    /// Words that may stand before a name as part of its noun phrase:
    /// titles, numbers and quantifiers ("dua kapal Filipina"), and
    /// capitalised words that are not function words ("Sekretaris Dewan
    /// Keamanan Nasional Tertinggi Iran").
    fn joins_name(&self, t: &Token) -> bool {
        t.is_word()
            && (self.is_title(t)
                || self.is_count(t)
                || (t.capital && !self.function_words.contains(&t.norm)))
    }

    fn can_be_name(&self, t: &Token) -> bool {
        t.is_word() && t.capital && !self.function_words.contains(&t.norm) && !self.is_title(t)
    }
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// People the data does not know, named right after their state and title:
/// "Chinese foreign ministry spokesperson Mao Ning", "Presiden Guyana
/// Irfaan Ali", "Pemimpin junta Myanmar, Jenderal Senior Min Aung Hlaing".
fn introduce_people(
    tokens: &[Token],
    units: &mut Vec<Unit>,
    words: &ActorWords,
    triggers: &[bool],
) {
    // A headline in title case ("Thailand Serang Kamboja, Perang Pecah di
    // Perbatasan") capitalises every word, its verbs too: capitals there
    // name no one. (Not a sentence of long titles and names, whose verbs
    // are lower case: "diteken Sekretaris Dewan Keamanan Nasional ...".)
    let plain: Vec<&Token> = tokens.iter().filter(|t| t.is_word()).collect();
    let capitals = plain.iter().filter(|t| t.capital).count();
    let capital_verb =
        (1..tokens.len()).any(|k| triggers.get(k) == Some(&true) && tokens[k].capital);
    // (Or every longer word capitalised: "Russia Pounds Ukraine's Power
    // Grid, Kyiv Says", with a verb no lexicon lists.)
    let long: Vec<&&Token> = plain
        .iter()
        .filter(|t| t.norm.chars().count() >= 4)
        .collect();
    let all_long_capital = long.len() >= 4 && long.iter().all(|t| t.capital);
    if plain.len() >= 4 && capitals * 10 >= plain.len() * 7 && (capital_verb || all_long_capital) {
        return;
    }
    let covered = |units: &[Unit], k: usize| taken(units, triggers, k);
    // Where a run of at most four name words from `start` ends.
    let name_end = |units: &[Unit], start: usize| {
        let mut k = start;
        while k < tokens.len()
            && k - start < 4
            && words.can_be_name(&tokens[k])
            && !covered(units, k)
        {
            k += 1;
        }
        k
    };
    let mut found = Vec::new();
    for u in units.iter().filter(|u| {
        !u.anaphoric && matches!(u.actor.kind, ActorKind::State | ActorKind::Organization)
    }) {
        let Some(country) = u.actor.country.clone() else {
            continue;
        };
        // "Duta Besar Rusia untuk Korea Selatan Georgy Zinoviev": a state
        // behind a preposition does not own the name after it.
        // ("U.S. Ambassador to Japan George Glass": nor the state an envoy
        // is posted to.)
        let lead = if u.first > 0 && tokens[u.first - 1].is_any(&words.cues.determiners) {
            u.first - 1
        } else {
            u.first
        };
        let posted_to = lead >= 2
            && tokens[lead - 1].is("to")
            && tokens[lead - 2].is_any(&words.cues.envoy_titles);
        if after_preposition(tokens, words, u.first) || posted_to {
            continue;
        }
        let mut k = u.end;
        // ("Penjaga Pantai Filipina (PCG) Jay Tarriela": past the body's
        // acronym in brackets.)
        if tokens.get(k).is_some_and(|t| t.is("("))
            && tokens.get(k + 1).is_some_and(|t| t.capital)
            && tokens.get(k + 2).is_some_and(|t| t.is(")"))
        {
            k += 3;
        }
        if tokens.get(k).is_some_and(|t| t.is(",")) {
            k += 1;
        }
        while tokens
            .get(k)
            .is_some_and(|t| words.is_title(t) || t.is_any(&words.cues.name_links))
        {
            k += 1;
        }
        let start = past_abbreviated_ranks(tokens, k);
        let k = name_end(units, start);
        // A name has at least two words, or one after a title; "'s" is no
        // title ("Russia's Kursk region" names a place).
        let titled = start > u.end
            && words.is_title(&tokens[start - 1])
            && !tokens[start - 1].is_any(&words.cues.determiners)
            && !tokens[start - 1].is_any(&words.cues.compass_words);
        if k > start && (k - start >= 2 || titled) {
            found.push(introduced(&tokens[start..k], start, k, country, words));
        }
    }
    // "James Kabarebe, Rwanda's minister of state", "Hassan Sheikh Mohamud,
    // Presiden Somalia": a name, a comma, then its state and title.
    // (Not a name behind a preposition or "the": a place or a body, "the
    // Central Bank of Russia".)
    let placed = |start: usize| {
        after_preposition(tokens, words, start)
            || (start > 0 && tokens[start - 1].is_any(&words.cues.determiners))
    };
    let mut k = 0;
    while k < tokens.len() {
        let start = k;
        k = name_end(units, start);
        // "Serdar Kilic of Turkey": a name, then the state it stands for.
        if k - start >= 2
            && tokens.get(k).is_some_and(|t| t.is("of"))
            && !placed(start)
            && let Some(country) = units
                .iter()
                .find(|u| u.first == k + 1 && !u.anaphoric && u.actor.kind == ActorKind::State)
                .and_then(|u| u.actor.country.clone())
        {
            found.push(introduced(&tokens[start..k], start, k, country, words));
        } else if k - start >= 2 && tokens.get(k).is_some_and(|t| t.is(",")) {
            // "Ali Shamkhani, an adviser to Khamenei", "Tian Junli, a
            // spokesperson for the People's Liberation Army": a title
            // linked to whom the person serves.
            let link = |x: usize| {
                tokens[x].is_any(&words.cues.name_links)
                    || (tokens[x].is("to")
                        && x > 0
                        && words
                            .cues
                            .serving_titles
                            .iter()
                            .any(|w| tokens[x - 1].is(w)))
            };
            let state = units.iter().find(|u| {
                let linked = u.first > k + 1 && link(u.first - 1);
                u.first > k
                    && u.first <= k + if linked { 6 } else { 4 }
                    && !u.anaphoric
                    && (u.actor.kind == ActorKind::State || (linked && u.actor.country.is_some()))
                    && (k + 1..u.first).all(|x| {
                        words.is_title(&tokens[x]) || tokens[x].is("'s") || (linked && link(x))
                    })
            });
            // A title must say who the person is: before the state
            // ("Presiden Somalia") or after it ("Rwanda's minister").
            let titled = |u: &Unit| {
                (k + 1..u.first).any(|x| words.is_title(&tokens[x]) && !tokens[x].is("the"))
                    || tokens
                        .get(u.end)
                        .is_some_and(|t| t.is("'s") || words.is_title(t))
            };
            // Not a place ("outside the Peace Palace, South African Foreign
            // Minister Naledi Pandor"): a name behind a preposition or
            // "the", or a title run that leads into another name, is no
            // apposition.
            let next_name = |u: &Unit| {
                let mut x = u.end;
                while tokens
                    .get(x)
                    .is_some_and(|t| words.is_title(t) && !t.is("'s"))
                {
                    x += 1;
                }
                x > u.end && tokens.get(x).is_some_and(|t| words.can_be_name(t))
            };
            if !placed(start)
                && let Some(u) = state.filter(|u| titled(u) && !next_name(u))
                && let Some(country) = u.actor.country.clone()
            {
                found.push(introduced(&tokens[start..k], start, k, country, words));
            }
        }
        k = if k > start { k } else { k + 1 };
    }
    units.extend(found);
}

/// "the German chancellor", "Chinese Foreign Minister", "Presiden
/// Prancis", "Kanselir Jerman": a state's title with no name is the person
/// who held it on the article's date (the data's role periods), so that a
/// pronoun after it has someone to point back to. Not a former one ("a
/// former French president"), nor one a name follows (that name is who).
fn office_holders(
    tokens: &[Token],
    units: &mut [Unit],
    words: &ActorWords,
    gazetteer: &Gazetteer,
    date: chrono::NaiveDate,
) {
    let title = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| words.is_title(t) && !t.is_any(&words.cues.determiners))
    };
    let spans: Vec<(usize, usize)> = units.iter().map(|u| (u.first, u.end)).collect();
    let free = |k: usize| !spans.iter().any(|&(a, b)| a <= k && k < b);
    for u in units.iter_mut() {
        if u.anaphoric || u.introduced || u.actor.kind != ActorKind::State {
            continue;
        }
        let Some(state) = u.actor.country.clone() else {
            continue;
        };
        // The title run: before the state in Indonesian ("Menteri Luar
        // Negeri China"), after it in English ("Germany's chancellor").
        let (first, end) = if words.head_first {
            let mut k = u.first;
            while k > 0 && u.first - k < 4 && title(k - 1) && free(k - 1) {
                k -= 1;
            }
            (k, u.first)
        } else {
            let start = if tokens.get(u.end).is_some_and(|t| t.is("'s")) {
                u.end + 1
            } else {
                u.end
            };
            let mut k = start;
            while k < tokens.len() && k - start < 4 && title(k) && free(k) {
                k += 1;
            }
            (start, k)
        };
        if first == end {
            continue;
        }
        let outer = if words.head_first { end } else { u.first };
        let name_follows = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.capital && words.can_be_name(t))
        };
        let former = (outer.min(first).saturating_sub(2)..outer.min(first))
            .any(|k| tokens[k].is_any(&words.cues.former_words));
        // ("a senior adviser to Iran's supreme leader", "an aide of the
        // French president": who serves them speaks, not they.)
        let mut lead = outer.min(first);
        while lead > 0 && tokens[lead - 1].is_any(&words.cues.determiners) {
            lead -= 1;
        }
        let serving = lead >= 2
            && (tokens[lead - 1].is("to") || tokens[lead - 1].is_any(&words.cues.name_links))
            && (words.is_title(&tokens[lead - 2])
                || words
                    .cues
                    .serving_titles
                    .iter()
                    .any(|w| tokens[lead - 2].is(w)));
        if former || serving || name_follows(if words.head_first { u.end } else { end }) {
            continue;
        }
        // The longest title run that names a role: "Menteri Luar Negeri",
        // not "Menteri".
        let runs: Vec<(usize, usize)> = if words.head_first {
            (first..end).map(|k| (k, end)).collect()
        } else {
            (first + 1..=end).rev().map(|k| (first, k)).collect()
        };
        let found = runs.into_iter().find_map(|(a, b)| {
            let text: Vec<&str> = tokens[a..b].iter().map(|t| t.norm.as_str()).collect();
            gazetteer
                .holder(&state, &text.join(" "), date)
                .map(|e| (e, a, b))
        });
        if let Some((entry, a, b)) = found {
            u.actor = entry.actor_on(Some(date));
            u.first = u.first.min(a);
            u.end = u.end.max(b);
        }
    }
}

/// "Menko Perekonomian Airlangga Hartarto", "Wakil Presiden Jusuf Kalla":
/// a home title, its portfolio, then a name the data does not know, with
/// no state named: a person of the language's home state (Indonesian news
/// names its own ministers so, and names a foreign one with the state).
/// So with a home body ("Kementerian Luar Negeri memanggil ...",
/// "Pemerintah berencana ..."): capitalised, no state named after it.
fn introduce_home_people(
    tokens: &[Token],
    units: &mut Vec<Unit>,
    words: &ActorWords,
    discourse: &Discourse,
    triggers: &[bool],
    gazetteer: &Gazetteer,
    date: Option<chrono::NaiveDate>,
) {
    let Some(home) = words.home_state.clone() else {
        return;
    };
    // Only where the article is about the home state at all (named before
    // or in this sentence): an Indonesian report on Sudan may call Sudan's
    // minister "Menteri Pertahanan Yassin Ibrahim".
    let here = units
        .iter()
        .any(|u| !u.anaphoric && u.actor.collapse() == home);
    if !here && !discourse.counts.contains_key(&home) {
        return;
    }
    let covered = |units: &[Unit], k: usize| taken(units, triggers, k);
    let mut found = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if let Some((n, id)) = words.home_bodies.longest_at(tokens, k)
            && tokens[k].capital
            && !(k..k + n).any(|x| covered(units, x))
            // "Kementerian Luar Negeri China": another state's.
            && !units.iter().any(|u| u.first == k + n)
            && !tokens.get(k + n).is_some_and(|t| words.can_be_name(t))
            && let Some(entry) = gazetteer.get(id)
        {
            found.push(Unit {
                actor: entry.actor_on(date),
                first: k,
                end: k + n,
                anaphoric: false,
                introduced: false,
            });
            k += n;
            continue;
        }
        let Some((n, _)) = words.home_titles.longest_at(tokens, k) else {
            k += 1;
            continue;
        };
        // ("Wakil Ketua Menteri Jeffrey Kitingan" of Sabah is no minister
        // of Indonesia's.)
        if words.local_title_to(tokens, k.saturating_sub(3), k + n) {
            k += n;
            continue;
        }
        let title = k;
        let mut j = k + n;
        while let Some((m, _)) = words.portfolios.longest_at(tokens, j) {
            j += m;
        }
        let start = j;
        while j < tokens.len()
            && j - start < 4
            && words.can_be_name(&tokens[j])
            && !covered(units, j)
        {
            j += 1;
        }
        let name: Vec<&str> = tokens[start..j].iter().map(|t| t.norm.as_str()).collect();
        let full = name.join(" ");
        let known = discourse
            .names
            .iter()
            .any(|(n, _)| *n == full || name.last().is_some_and(|last| n == last));
        // Nothing of the phrase is a known actor, nor is the word after it
        // ("Menteri Sumber Manusia Malaysia M. Saravanan": Malaysia's).
        let in_unit = |x: usize| units.iter().any(|u| u.first <= x && x < u.end);
        let stated = (title..=j).any(in_unit);
        if j > start && !known && !stated && tokens[title].capital {
            found.push(introduced(
                &tokens[start..j],
                start,
                j,
                home.as_str().into(),
                words,
            ));
        }
        k = j.max(k + 1);
    }
    units.extend(found);
}

/// A name follows the possessive at `at`, right after it or after the
/// title it heads: "his Somali counterpart", "with his counterpart Choe
/// Son Hui", "his counterpart, Choe Son Hui".
fn name_follows_possessive(tokens: &[Token], words: &ActorWords, at: usize) -> bool {
    let mut n = at + 1;
    while tokens
        .get(n)
        .is_some_and(|t| !t.capital && words.is_title(t))
    {
        n += 1;
    }
    if n > at + 1 && tokens.get(n).is_some_and(|t| t.is(",")) {
        n += 1;
    }
    tokens.get(n).is_some_and(|t| t.capital && t.is_word())
}

/// A one-word preposition stands right before token `at`.
fn after_preposition(tokens: &[Token], words: &ActorWords, at: usize) -> bool {
    at > 0
        && words
            .prepositions
            .longest_at(std::slice::from_ref(&tokens[at - 1]), 0)
            .is_some()
}

/// The sentence opens with a preposition, an adjunct or a subordinate
/// clause ("During his visit ...", "Setelah tiba di Hanoi ...").
fn opens_with_adjunct(tokens: &[Token], words: &ActorWords) -> bool {
    words.prepositions.starts_at(tokens, 0)
        || tokens.first().is_some_and(|t| {
            t.is_any(&words.cues.clause_openers) || t.is_any(&words.cues.adjunct_openers)
        })
}

/// "negara Baltik itu" (head first: the noun, one or two words, a
/// demonstrative), "the Baltic state" (a demonstrative, one or two words,
/// the noun): a state told before. How many tokens the phrase takes.
fn described_state(
    tokens: &[Token],
    words: &ActorWords,
    units: &[Unit],
    i: usize,
) -> Option<usize> {
    let noun = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_any(&words.cues.state_nouns))
    };
    let demonstrative = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_any(&words.cues.demonstratives))
    };
    let describing = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && !noun(k) && !demonstrative(k))
            && !units.iter().any(|u| u.first <= k && k < u.end)
    };
    if words.head_first {
        if !noun(i) {
            return None;
        }
        (1..=2)
            .find(|&w| (1..=w).all(|d| describing(i + d)) && demonstrative(i + w + 1))
            .map(|w| w + 2)
    } else {
        if !demonstrative(i) || !tokens[i].is("the") {
            return None;
        }
        // A capitalised word first ("the Baltic state", "the Gulf
        // nation"): "the state" alone or "the same country" is no anaphor.
        (1..=2)
            .find(|&w| {
                tokens.get(i + 1).is_some_and(|t| t.capital)
                    && (1..=w).all(|d| describing(i + d))
                    && noun(i + w + 1)
            })
            .map(|w| w + 2)
    }
}

/// "Foreign ministry spokeswoman Maria Zakharova", "Spokesman Gan Yu": an
/// official the data does not know, titled but named without a state,
/// speaks for the state the last sentences were about (their subject's,
/// one or two sentences back): reporters name the state, then its official.
fn introduce_officials(
    tokens: &[Token],
    units: &mut Vec<Unit>,
    words: &ActorWords,
    discourse: &Discourse,
    triggers: &[bool],
) {
    // Officials named without a state speak for the state of the last
    // sentence subject; envoys serve the state named with their title.
    let topic = discourse
        .topic_state
        .as_ref()
        .filter(|(_, at)| discourse.sentence <= at + 2)
        .map(|(s, _)| s);
    let covered = |k: usize| taken(units, triggers, k);
    let official = |t: &Token| {
        words.is_title(t) && !t.is_any(&words.cues.determiners) && !t.is_any(&words.cues.name_links)
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !official(&tokens[k]) || covered(k) || (k > 0 && official(&tokens[k - 1])) {
            k += 1;
            continue;
        }
        let mut j = k;
        while j < tokens.len() && !covered(j) && official(&tokens[j]) {
            j += 1;
        }
        let start = past_abbreviated_ranks(tokens, j);
        let mut j = start;
        while j < tokens.len()
            && j - start < 4
            && words.can_be_name(&tokens[j])
            && tokens[j].capital
            && !covered(j)
        {
            j += 1;
        }
        let name: Vec<&str> = tokens[start..j].iter().map(|t| t.norm.as_str()).collect();
        let full = name.join(" ");
        let known = discourse.names.iter().any(|(n, _)| *n == full);
        let envoy = (k..start).any(|x| tokens[x].is_any(&words.cues.envoy_titles));
        // "Sekretaris Jenderal Partai Komunis Nguyen Phu Trong": the run
        // runs into a known name, so it is part of a title.
        let into_known = units.iter().any(|u| u.first == j);
        // "its ambassador Ebrahim Rasool", "Duta Besar Meksiko Raquel Serur"
        // (a state right after the title has been read already). An
        // office of a federated state speaks for no state's government:
        // "Wakil Ketua Menteri Jeffrey Kitingan".
        let local = words.local_title_to(tokens, k, start);
        // ("Australian Trade Minister Don Farrell": a state named right
        // before the title is the official's.)
        // (A portfolio may stand between: "Trade".)
        let named_before = units
            .iter()
            .find(|u| {
                u.end <= k
                    && k - u.end <= 2
                    && tokens[u.end..k].iter().all(|t| t.is_word() && t.capital)
                    && u.actor.kind == ActorKind::State
                    && !u.anaphoric
            })
            .and_then(|u| u.actor.country.as_deref().map(String::from));
        let state = if envoy {
            envoy_state(tokens, words, units, start)
        } else if local {
            None
        } else {
            named_before.or_else(|| topic.cloned())
        };
        // "di Istana Qasr Al Shati", "in the northern Red Sea": a title
        // behind a preposition (and its determiner) names a place.
        let lead = if k > 0 && tokens[k - 1].is_any(&words.cues.demonstratives) {
            k - 1
        } else {
            k
        };
        if let Some(state) = state
            && start > k
            && j - start >= 2
            && !known
            && !into_known
            && !after_preposition(tokens, words, lead)
        {
            found.push(introduced(&tokens[start..j], start, j, state.into(), words));
        }
        k = j.max(k + 1);
    }
    units.extend(found);
}

/// "declared the envoy unwelcome": the state of the envoy this sentence
/// named before `at` ("South Africa's ambassador", "Duta Besar Meksiko"; "its
/// ambassador" is the sentence subject's).
fn envoy_state(tokens: &[Token], words: &ActorWords, units: &[Unit], at: usize) -> Option<String> {
    let state = |u: &Unit| matches!(u.actor.kind, ActorKind::State) || u.actor.country.is_some();
    let envoy = (0..at)
        .rev()
        .find(|&k| tokens[k].is_any(&words.cues.envoy_titles));
    let k = envoy?;
    // Before the title: "Chile's ambassador", "the South African envoy".
    let before = units.iter().rfind(|u| {
        state(u) && !u.anaphoric && (u.end == k || (u.end + 1 == k && tokens[u.end].is("'s")))
    });
    // After it: "Duta Besar Meksiko", "ambassador of Mexico".
    let after = units
        .iter()
        .find(|u| state(u) && !u.anaphoric && u.first > k && u.first <= k + 2);
    let possessive = k > 0
        && words
            .cues
            .subject_possessives
            .iter()
            .any(|p| tokens[k - 1].is(p));
    let subject = possessive
        .then(|| {
            units
                .iter()
                .find(|u| state(u) && !u.anaphoric && u.end <= k)
        })
        .flatten();
    before
        .or(after)
        .or(subject)
        .map(|u| u.actor.collapse().to_string())
}

/// Past "Maj. Gen.", "Col." and other abbreviated ranks before a name,
/// from token `k`.
fn past_abbreviated_ranks(tokens: &[Token], mut k: usize) -> usize {
    while tokens
        .get(k)
        .is_some_and(|t| t.capital && t.norm.len() <= 4)
        && tokens.get(k + 1).is_some_and(|t| t.is("."))
    {
        k += 2;
    }
    k
}

/// How long after leaving office a surname alone still names a person.
const SURNAME_YEARS_AFTER_OFFICE: i64 = 3;

/// A listed person whose every role ended years before the date (or began
/// well after it): a surname alone then names someone else ("Saab" in 2023
/// is not Lebanon's defence minister of 2019).
fn out_of_office(
    entry: &crate::lexicon::gazetteer::Entry,
    date: Option<chrono::NaiveDate>,
) -> bool {
    let Some(d) = date else {
        return false;
    };
    let years = |n: i64| chrono::Duration::days(365 * n);
    !entry.roles.is_empty()
        && entry.roles.iter().all(|r| {
            r.start.is_some_and(|s| s > d + years(1))
                || r.end
                    .is_some_and(|e| e + years(SURNAME_YEARS_AFTER_OFFICE) < d)
        })
}

/// A person's family name, lowercased, when it is not the whole name:
/// last, or first for Chinese and Korean names ("Lin" for Lin Jian). A
/// two-word name of theirs may be written in the Western order too
/// ("Joseph Wu", "Audrey Tang"), so its last word is a candidate as well.
fn family_of(a: &Actor) -> Vec<String> {
    let lower = a.name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let state = a.country.as_deref().unwrap_or_default();
    let family_first = family_name_first(state);
    let shortest = if family_first { 2 } else { 3 };
    let western = match words.as_slice() {
        [_, last] if family_first && !last.contains('-') => Some(*last),
        _ => None,
    };
    let first = match words.as_slice() {
        [first, _, ..] if crate::lexicon::gazetteer::first_name_used(state) => Some(*first),
        _ => None,
    };
    let mut out: Vec<String> = family_name(&words, state)
        .into_iter()
        .chain(western)
        .chain(first)
        .filter(|f| f.chars().count() >= shortest && *f != lower)
        .map(str::to_string)
        .collect();
    // The press writes it plain too: "Mahamat Idriss Déby" ... "Deby".
    let plain: Vec<String> = out
        .iter()
        .map(|f| crate::lexicon::gazetteer::fold_diacritics(f))
        .filter(|f| !out.contains(f))
        .collect();
    out.extend(plain);
    out
}

/// How many states the actors stand for.
fn distinct_states(actors: &[Actor]) -> usize {
    actors
        .iter()
        .map(|a| a.collapse())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// Token `k` is a trigger word (no part of a name: "Sudan Putus Hubungan
/// ...") or inside an actor already found.
fn taken(units: &[Unit], triggers: &[bool], k: usize) -> bool {
    triggers.get(k).copied().unwrap_or(false) || units.iter().any(|u| u.first <= k && k < u.end)
}

fn introduced(
    name_tokens: &[Token],
    first: usize,
    end: usize,
    country: std::sync::Arc<str>,
    words: &ActorWords,
) -> Unit {
    let body = name_tokens
        .last()
        .is_some_and(|t| t.is_any(&words.cues.body_heads));
    let name: Vec<&str> = name_tokens.iter().map(|t| t.norm.as_str()).collect();
    let display = name_tokens
        .iter()
        .map(|t| {
            let mut c = t.norm.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    Unit {
        actor: Actor {
            // The state is part of the id: one name may be met acting for
            // two states ("Commerce Department", a common surname), and a
            // graph node has one state.
            id: format!("{}_{}", slug(&name.join(" ")), country.to_lowercase()).into(),
            name: display.into(),
            kind: if body {
                ActorKind::Organization
            } else {
                ActorKind::Person
            },
            country: Some(country),
            wikidata: None,
            aliases: Vec::new(),
            members: Default::default(),
        },
        first,
        end,
        anaphoric: false,
        introduced: true,
    }
}

/// The participle a hyphen joins to a name ("led" of "Saudi-led",
/// "flagged" of "British-flagged") is one of `suffixes`.
fn compound_suffix_in(t: &Token, suffixes: &[String]) -> bool {
    t.norm
        .rsplit_once('-')
        .is_some_and(|(_, rest)| suffixes.iter().any(|w| w == rest))
}

/// The last `count` states named before token `at`, when they are one
/// coordination ("Spain, Ireland and Norway"): only commas and
/// coordinators between them.
fn coordinated_before(
    units: &[Unit],
    tokens: &[Token],
    at: usize,
    count: usize,
    words: &ActorWords,
) -> Option<Vec<Actor>> {
    let named: Vec<&Unit> = units
        .iter()
        .filter(|u| u.end <= at && !u.anaphoric)
        .collect();
    let last = named.get(named.len().checked_sub(count)?..)?;
    let joined = last.windows(2).all(|w| {
        w[0].end <= w[1].first
            && tokens[w[0].end..w[1].first]
                .iter()
                .all(|t| t.is(",") || words.is_coordinator(t))
    });
    let actors: Vec<Actor> = last.iter().map(|u| u.actor.clone()).collect();
    (joined && distinct_states(&actors) == count).then_some(actors)
}

#[derive(Clone, Debug)]
struct Unit {
    actor: Actor,
    first: usize,
    end: usize,
    anaphoric: bool,
    /// A person the article introduced, not one from the data.
    introduced: bool,
}

/// Finds the groups of one sentence, and the speaker it names after a
/// report verb ("kata Menlu Sugiono"; not "ujarnya", a guess). `quoted`
/// speaks for a quote this sentence stands in that closes later.
#[allow(clippy::too_many_arguments)]
pub fn sentence_groups(
    tokens: &[Token],
    raw: &[RawMention],
    gazetteer: &Gazetteer,
    words: &ActorWords,
    discourse: &Discourse,
    date: Option<chrono::NaiveDate>,
    blocked: Span,
    triggers: &[bool],
    quoted: Option<&Actor>,
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
        // "the Saudi-led coalition" is the Saudis'. Any other compound is
        // no one's mention below ("Iran-backed fighters": a proxy).
        if end == first
            && tokens[first].span.start == m.span.start
            && let Some(rest) = tokens[first]
                .norm
                .get(m.span.end - m.span.start..)
                .and_then(|r| r.strip_prefix('-'))
            && (words.cues.agentive_suffixes.iter().any(|w| w == rest)
                || words.cues.flag_suffixes.iter().any(|w| w == rest))
        {
            end = first + 1;
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
                // A surname right after another name is someone else's:
                // "Yassin Ibrahim" is not Anwar Ibrahim.
                // So is a surname (or a given name) right before another
                // name: "Yassin Ibrahim" is not Muhyiddin Yassin either; and
                // a name the article gave to someone it introduced is that
                // person's ("Ibrahim" after "Yassin Ibrahim" was named).
                let form = || {
                    tokens[first..end]
                        .iter()
                        .map(|t| t.norm.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let name_follows = tokens
                    .get(end)
                    .is_some_and(|t| t.capital && words.can_be_name(t));
                if m.weak
                    && (out_of_office(gazetteer.entry(i), date)
                        || (first > 0 && words.can_be_name(&tokens[first - 1]))
                        || name_follows
                        || (!discourse.names.is_empty() && {
                            let form = form();
                            discourse.names.iter().any(|(n, _)| *n == form)
                        })
                        // "May 6" is a month, not Theresa May.
                        || (end == first + 1 && words.function_words.contains(&tokens[first].norm)))
                {
                    continue;
                }
                // A listed one-word given name before another name word is
                // someone else's: "Don Farrell" is not Don Pramudwinai.
                if !m.weak
                    && end == first + 1
                    && gazetteer.entry(i).actor.kind == ActorKind::Person
                    && name_follows
                    && !gazetteer
                        .entry(i)
                        .actor
                        .name
                        .split_whitespace()
                        .any(|w| tokens.get(end).is_some_and(|t| t.norm == w.to_lowercase()))
                {
                    continue;
                }
                // A listed one-word name that ends, with the word before it,
                // a name the article introduced is that person's:
                // "Kayikwamba Wagner" after "Therese Kayikwamba Wagner" is
                // not Jaques Wagner.
                // So is one after a name word inside the sentence ("Therese
                // Kayikwamba Wagner"; not a capitalised first word: "Langkah
                // Maduro").
                if !m.weak
                    && end == first + 1
                    && first > 0
                    && words.can_be_name(&tokens[first - 1])
                    && !triggers.get(first - 1).copied().unwrap_or(false)
                    && gazetteer.entry(i).actor.kind == ActorKind::Person
                    // "Asaad al-Shaibani": his own given name is no other.
                    && !gazetteer.entry(i).actor.aliases.iter().any(|a| {
                        a.split_whitespace()
                            .any(|w| w.to_lowercase() == tokens[first - 1].norm)
                    })
                    && ((first >= 2 && tokens[first - 2].is_word()) || {
                        let pair = format!(" {} {}", tokens[first - 1].norm, tokens[first].norm);
                        discourse
                            .names
                            .iter()
                            .any(|(n, _)| format!(" {n}").ends_with(&pair))
                    })
                {
                    continue;
                }
                // A listed one-word name that is the family name of someone
                // else the article introduced is theirs: "Lee" after "Lee
                // Jae-myung" is not Lee Hsien Loong.
                if end == first + 1
                    && gazetteer.entry(i).actor.kind == ActorKind::Person
                    && discourse.names.iter().any(|(n, a)| {
                        *n == tokens[first].norm && a.id != gazetteer.entry(i).actor.id
                    })
                    && !discourse
                        .names
                        .iter()
                        .any(|(_, a)| a.id == gazetteer.entry(i).actor.id)
                {
                    continue;
                }
                // An organisation's name right after a name word is the end
                // of a longer name: "a High Security Council meeting" is
                // Algeria's council, not the UN's.
                if end > first + 1
                    && first > 0
                    && words.can_be_name(&tokens[first - 1])
                    && !place_tokens[first - 1]
                    && units.last().is_none_or(|u| u.end != first)
                    && gazetteer.entry(i).actor.kind == ActorKind::Organization
                {
                    continue;
                }
                // Even a listed one-word name is a month next to a number:
                // "on May 7", "7 May", "May 2025".
                let number = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.norm.starts_with(|c: char| c.is_ascii_digit()))
                };
                // ... or joined to another month: "in February and May",
                // "between March and May".
                let month = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.capital && words.months.contains(&t.norm))
                };
                let joined = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| !t.capital && t.norm.chars().count() <= 7)
                };
                if end == first + 1
                    && words.months.contains(&tokens[first].norm)
                    && (number(first.checked_sub(1))
                        || number(Some(end))
                        || (joined(first.checked_sub(1)) && month(first.checked_sub(2)))
                        || (joined(Some(end)) && month(Some(end + 1))))
                {
                    continue;
                }
                // A place that names a document is no actor: "the Vienna
                // Convention", "Konvensi Wina" (a capitalised document
                // noun right after, or before in Indonesian; not a pair,
                // "the Indonesia-Australia Agreement").
                let document = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.capital && t.is_any(&words.cues.document_nouns))
                };
                let paired = |k: Option<usize>| {
                    k.and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.is("-") || words.is_coordinator(t))
                };
                let named_document = if words.head_first {
                    document(first.checked_sub(1)) && !paired(Some(end))
                } else {
                    document(Some(end)) && !paired(first.checked_sub(1))
                };
                if named_document && gazetteer.entry(i).actor.kind == ActorKind::State {
                    continue;
                }
                units.push(Unit {
                    actor: gazetteer.entry(i).actor_on(date),
                    first,
                    end,
                    anaphoric: false,
                    introduced: false,
                })
            }
        }
    }
    introduce_people(tokens, &mut units, words, triggers);
    if let Some(date) = date {
        office_holders(tokens, &mut units, words, gazetteer, date);
    }
    introduce_home_people(
        tokens, &mut units, words, discourse, triggers, gazetteer, date,
    );
    introduce_officials(tokens, &mut units, words, discourse, triggers);
    let found = find_speaker(tokens, &units, words, discourse);
    // Only a speaker named here speaks for a quote opened before
    // ("...," jelasnya" is whoever was last named, a guess).
    let named = found
        .as_ref()
        .filter(|(_, named)| *named)
        .map(|(a, _)| a.clone());
    let speaker = found.map(|(a, _)| a).or_else(|| quoted.cloned());
    // Pronouns, "the two countries", and people the article introduced.
    let mut i = 0;
    while i < tokens.len() {
        if units.iter().any(|u| u.first <= i && i < u.end) {
            i += 1;
            continue;
        }
        let anaphor = |actors: Vec<Actor>, n: usize| -> Vec<Unit> {
            actors
                .into_iter()
                .map(|actor| Unit {
                    actor,
                    first: i,
                    end: i + n,
                    anaphoric: true,
                    introduced: false,
                })
                .collect()
        };
        if let Some((n, &count)) = words.the_several.longest_at(tokens, i) {
            // "menggugat ketiga negara itu": the states named together last
            // that are that many; first the people the last sentence
            // named, when they are that many ("Yoon bertemu Presiden AS Joe
            // Biden dan PM Jepang Shigeru Ishiba. Ketiganya mengecam ...").
            // (Not its states: "Poland and Hungary banned Ukrainian grain"
            // names two, not three, who may be sued together.)
            let (last, at, paragraph) = &discourse.named_last;
            if *at + 1 == discourse.sentence
                && *paragraph == discourse.paragraph
                && last.len() == count
                && last.iter().all(|a| a.kind == ActorKind::Person)
            {
                units.extend(anaphor(last.clone(), n));
            } else if let Some(named) = coordinated_before(&units, tokens, i, count, words) {
                // ("reprimanded the ambassadors of Spain, Ireland and
                // Norway, a day after the three countries said ...": named
                // together earlier in this sentence.)
                units.extend(anaphor(named, n));
            } else if let Some(named) = discourse.plural_by_size.get(&count) {
                units.extend(anaphor(named.clone(), n));
            }
            i += n;
            continue;
        }
        // "Wong raised the matter with Wang Yi when the two (leaders) met":
        // as the subject of a clause a clause opener starts, the two people
        // of two states this sentence named before.
        if i > 0
            && tokens[i - 1].is_any(&words.cues.clause_openers)
            && let Some((n, _)) = words
                .the_two_leaders
                .longest_at(tokens, i)
                .or_else(|| words.the_two_bare.longest_at(tokens, i))
        {
            let named: Vec<Actor> = units
                .iter()
                .filter(|u| u.end <= i && !u.anaphoric && u.actor.kind == ActorKind::Person)
                .map(|u| u.actor.clone())
                .collect();
            if named.len() == 2 && distinct_states(&named) == 2 {
                units.extend(anaphor(named, n));
                i += n;
                continue;
            }
        }
        // "Burundi closed its border, accusing its northern neighbour of
        // ...": the other of the two states the article is about, the
        // first state this sentence named being the possessor.
        if let Some((n, _)) = words.neighbour_anaphora.longest_at(tokens, i) {
            let own = units
                .iter()
                .find(|u| u.end <= i && u.actor.country.is_some())
                .map(|u| u.actor.collapse().to_string());
            let pair = discourse.main_pair_of(true);
            let other = own.and_then(|x| {
                pair.iter()
                    .any(|a| a.collapse() == x)
                    .then(|| pair.iter().find(|a| a.collapse() != x).cloned())
                    .flatten()
            });
            units.extend(anaphor(other.into_iter().collect(), n));
            i += n;
            continue;
        }
        if let Some((n, _)) = words.the_two.longest_at(tokens, i) {
            // The pair the article is about; before it has one ("Russia and
            // North Korea are bound by the treaty the two countries
            // signed"), a pair joined earlier in the sentence. (Not first:
            // "X and Y accused Z of arming W, which both countries deny".)
            let states_only = words
                .the_two_states
                .longest_at(tokens, i)
                .is_some_and(|(m, _)| m == n);
            let mut pair = discourse.pair_named_together(states_only);
            // "China announced that the two countries' ministers had
            // signed": a state the sentence names before as a subject is
            // one of the two, the other the one of the pair it is named
            // with most.
            // (Only as the speaker: "Washington urged the two countries"
            // acts on them.)
            let reports = |k: usize| {
                tokens[k].is_any(&words.cues.report_verbs)
                    || tokens[k].is_any(&words.cues.announcing)
            };
            if let Some(x) = units
                .iter()
                .filter(|u| u.end <= i && !u.anaphoric && u.actor.kind == ActorKind::State)
                .find(|u| {
                    (u.first == 0 || !words.prepositions.starts_at(tokens, u.first - 1))
                        && (u.end..i).any(reports)
                })
                .map(|u| u.actor.clone())
                && !pair.iter().any(|a| a.collapse() == x.collapse())
                && let Some(partner) = discourse.partner_of(x.collapse(), &pair)
            {
                pair = vec![x, partner];
            }
            // So is a pair joined earlier in the sentence that shares one
            // state with the article's ("China and Fiji ... in Honiara,
            // where China and Solomon Islands signed agreements, weeks after
            // the two countries concluded a pact").
            if let Some(here) = pair_before(&units, tokens, words, i)
                && (pair.len() < 2 || {
                    let shared = here
                        .iter()
                        .filter(|a| pair.iter().any(|p| p.collapse() == a.collapse()))
                        .count();
                    shared == 1
                })
            {
                pair = here;
            }
            // "After talks with Albanese in Canberra, Prabowo said the two
            // countries would ...": the two states this sentence named
            // before, through their people too, when they are two and not
            // the article's pair. Only as the subject of a clause a report
            // opens: as an object ("mengancam ... dengan kedua negara") the
            // two are acted on by one of those named.
            let reported = i > 0
                && (tokens[i - 1].is_any(&words.cues.report_verbs)
                    || tokens[i - 1].is_any(&words.cues.clause_openers));
            if states_only && reported {
                let mut named: Vec<&str> = Vec::new();
                // (Not a state after a preposition, where or what about:
                // "di Putrajaya", "Soal Gaza"; people there take part:
                // "talks with Albanese".)
                let placed = |u: &Unit| {
                    u.actor.kind == ActorKind::State && after_preposition(tokens, words, u.first)
                };
                for u in units
                    .iter()
                    .filter(|u| u.end <= i && !u.anaphoric && !placed(u))
                {
                    let code = u.actor.collapse();
                    if matches!(u.actor.kind, ActorKind::State | ActorKind::Person)
                        && !named.contains(&code)
                    {
                        named.push(code);
                    }
                }
                let states: Vec<Actor> = named
                    .iter()
                    .filter_map(|c| gazetteer.get(c).map(|e| e.actor.clone()))
                    .collect();
                if named.len() == 2
                    && states.len() == 2
                    && !named
                        .iter()
                        .all(|c| pair.iter().any(|p| p.collapse() == *c))
                {
                    pair = states;
                }
            }
            // "... to deter India, its larger neighbour. The two countries
            // have fought three wars": opening a sentence, the two states
            // the last one named, when they are not the article's pair.
            // "Kishida berbicara lewat telepon dengan Presiden AS Joe Biden.
            // Kedua pemimpin mengecam ...": the two leaders are the two
            // people the last sentence named, wherever the phrase stands.
            let (last, at, paragraph) = &discourse.named_last;
            let leaders_named = words
                .the_two_leaders
                .longest_at(tokens, i)
                .is_some_and(|(m, _)| m == n);
            let leaders = leaders_named && last.iter().all(|a| a.kind == ActorKind::Person);
            // (Opening the sentence, or its main clause after an opening
            // adjunct with no one in it: "Pada Mei lalu, kedua negara
            // bertetangga itu terlibat pertempuran".)
            let opening = i == 0 || (tokens[i - 1].is(",") && !units.iter().any(|u| u.first < i));
            // ("Kedua pihak sepakat ...", "Both sides agreed": sides are
            // the states or the people the last sentence named.)
            let sides = !states_only && !leaders_named;
            if (leaders || (opening && (states_only || sides)))
                && *at + 1 == discourse.sentence
                && *paragraph == discourse.paragraph
                && last.len() == 2
                && !last
                    .iter()
                    .all(|a| pair.iter().any(|p| p.collapse() == a.collapse()))
            {
                pair = last.clone();
            } else if words
                .the_two_leaders
                .longest_at(tokens, i)
                .is_some_and(|(m, _)| m == n)
                && discourse.person_pair.0.len() == 2
                && discourse.person_pair.1 + 1 == discourse.sentence
            {
                // (Else the two people the last sentence named together:
                // "President Donald Trump and Russian President Vladimir
                // Putin ended their first summit ... The two leaders met".)
                pair = discourse.person_pair.0.clone();
            }
            // "Turki dan Qatar, yang menengahi perundingan, berterima kasih
            // kepada kedua pihak": the two a preposition governs are not the
            // two acting; they are the next two the article is about.
            // (A clause of their own may tell of the subjects again:
            // "agreed that both sides would".)
            // (No clause opener or report verb since the first of them.)
            let acted_on = after_preposition(tokens, words, i)
                && units
                    .iter()
                    .filter(|u| u.end <= i)
                    .map(|u| u.end)
                    .min()
                    .is_none_or(|from| {
                        !tokens[from..i].iter().any(|t| {
                            t.is_any(&words.cues.clause_openers)
                                || t.is_any(&words.cues.report_verbs)
                        })
                    });
            let acting: Vec<&str> = units
                .iter()
                .filter(|u| {
                    u.end <= i && !u.anaphoric && !after_preposition(tokens, words, u.first)
                })
                .map(|u| u.actor.collapse())
                .collect();
            if acted_on && pair.len() == 2 && pair.iter().all(|p| acting.contains(&p.collapse())) {
                let others: Vec<Actor> = discourse
                    .ranked(states_only)
                    .into_iter()
                    .filter(|(_, _, a)| !acting.contains(&a.collapse()))
                    .take(2)
                    .map(|(_, _, a)| a.clone())
                    .collect();
                if others.len() == 2 {
                    pair = others;
                }
            }
            if pair.len() == 2 {
                units.extend(anaphor(pair, n));
            }
            i += n;
            continue;
        }
        let near = words.near_plural_pronouns.longest_at(tokens, i);
        if let Some((n, _)) = words.plural_pronouns.longest_at(tokens, i).or(near) {
            // "Saudi Arabia, the UAE, Bahrain and Egypt announced that they
            // ...": as the subject of a reported clause, the list this
            // sentence named before, else the plural of the sentences
            // before. (Not a possessive: "menarik duta besar mereka".)
            let opens_clause = i > 0
                && (tokens[i - 1].is_any(&words.cues.report_verbs)
                    || tokens[i - 1].is_any(&words.cues.clause_openers));
            let mut who = if near.is_some() {
                Vec::new()
            } else {
                let listed = if opens_clause {
                    let listed = listed_before(&units, tokens, words, i);
                    if listed.is_empty() {
                        plural_people_subject(&units, tokens, words, i)
                    } else {
                        listed
                    }
                } else {
                    Vec::new()
                };
                if listed.is_empty() {
                    discourse.recent_plural()
                } else {
                    listed
                }
            };
            if who.is_empty() {
                // "spoke to both leaders and urged them": the pair this
                // sentence named before.
                let span = units
                    .iter()
                    .filter(|u| u.end <= i)
                    .map(|u| (u.first, u.end))
                    .filter(|&(f, e)| {
                        units.iter().filter(|v| v.first == f && v.end == e).count() >= 2
                    })
                    .max();
                if let Some((f, e)) = span {
                    who = units
                        .iter()
                        .filter(|u| u.first == f && u.end == e)
                        .map(|u| u.actor.clone())
                        .collect();
                }
            }
            // "did not trust Britain, France or Germany and demanded
            // guarantees from them": behind a preposition, the list this
            // sentence named before.
            if who.is_empty()
                && near.is_some()
                && i > 0
                && words.prepositions.starts_at(tokens, i - 1)
            {
                who = listed_before(&units, tokens, words, i);
            }
            // "Starmer menyambut Prabowo ... sebelum keduanya menggelar
            // pembicaraan": as the subject of a clause it opens, the two
            // parties this sentence named before, each on its own (not
            // where they were: "di Lima").
            let opens_adjunct = i > 0
                && (tokens[i - 1].is_any(&words.cues.clause_openers)
                    || tokens[i - 1].is_any(&words.cues.adjunct_openers)
                    || words.coordinators.starts_at(tokens, i - 1));
            if who.is_empty() && opens_adjunct {
                let named: Vec<Actor> = units
                    .iter()
                    .filter(|u| u.end <= i && !u.anaphoric)
                    .filter(|u| u.first == 0 || !tokens[u.first - 1].is_any(&words.cues.locative))
                    .map(|u| u.actor.clone())
                    .collect();
                // (One each: "Perdana Menteri Inggris Keir Starmer" names
                // Britain twice. Two people: a state may be named only by
                // where something happened, "near the Ukrainian border".)
                let people = named.iter().filter(|a| a.kind == ActorKind::Person).count();
                if distinct_states(&named) == 2 && people == 2 {
                    let mut each: Vec<Actor> = Vec::new();
                    for a in named.iter().rev() {
                        if !each.iter().any(|b| b.collapse() == a.collapse()) {
                            each.insert(0, a.clone());
                        }
                    }
                    who = each;
                }
            }
            // "G7 leaders condemned Russia. They also called on Beijing":
            // with no plurality before, the bloc the last sentence was about.
            if who.is_empty()
                && near.is_none()
                && let Some((a, at)) = &discourse.topic_thing
                && discourse.sentence <= at + 1
                && a.kind == ActorKind::Group
            {
                who = vec![a.clone()];
            }
            // "Iranian officials met the envoy. They later accused
            // Britain": the state whose people the last sentence opened on.
            // (Not a possessive: "hosted their Philippine counterparts".)
            if who.is_empty()
                && near.is_none()
                && !tokens[i].is_any(&words.cues.determiners)
                && let Some((a, at)) = &discourse.plural_topic
                && discourse.sentence <= at + 1
            {
                who = vec![a.clone()];
            }
            // "Jokowi menggelar pertemuan dengan Anwar Ibrahim. Keduanya
            // sepakat ...": opening a sentence with no plurality before, the
            // two people the last sentence named.
            if who.is_empty()
                && near.is_none()
                && i == 0
                && discourse.person_pair.0.len() == 2
                && discourse.person_pair.1 + 1 == discourse.sentence
            {
                who = discourse.person_pair.0.clone();
            }
            // "Envoys from Qatar, Togo and the African Union looked on. ...
            // Trump received both ministers": the two the article is about,
            // not the last list.
            // (Not "both Beijing and Washington", a coordination, nor
            // "Egypt and Saudi Arabia both condemned", the pair itself.)
            let dual = words.dual_pronouns.longest_at(tokens, i).is_some();
            if dual && units.iter().any(|u| u.first == i + n || u.end == i) {
                i += n;
                continue;
            }
            if dual && distinct_states(&who) != 2 {
                // (The two this sentence named before, else the article's.)
                let before: Vec<Actor> = units
                    .iter()
                    .filter(|u| u.end <= i && !u.anaphoric)
                    .map(|u| u.actor.clone())
                    .collect();
                who = if distinct_states(&before) == 2 {
                    before
                } else {
                    discourse.main_pair_of(true)
                };
            }
            units.extend(anaphor(who, n));
            i += n;
            continue;
        }
        // (Not one whose owner follows: "A spokesperson for U.N.
        // Secretary-General Antonio Guterres", "the foreign ministry of
        // Iran".)
        if let Some(n) = words
            .ministry_anaphora
            .longest_at(tokens, i)
            .map(|(n, _)| n)
            .filter(|&n| {
                !tokens
                    .get(i + n)
                    .is_some_and(|t| t.is_any(&words.cues.name_links))
            })
        {
            let subject = !units.iter().any(|u| u.end <= i);
            if subject && let Some(a) = discourse.topic_state_actor() {
                units.extend(anaphor(vec![a], n));
            }
            i += n;
            continue;
        }
        // "The government of President Nicolás Maduro": the name that
        // follows says whose, so the phrase points back at no one.
        let named_after = |n: usize| {
            tokens
                .get(i + n)
                .is_some_and(|t| t.is_any(&words.cues.name_links))
                && tokens
                    .get(i + n + 1)
                    .is_some_and(|t| t.capital && t.is_word())
        };
        if let Some(n) = words
            .state_anaphora
            .longest_at(tokens, i)
            .map(|(n, _)| n)
            .filter(|&n| !named_after(n))
        {
            // ("the kingdom" after "a Lebanese minister criticised the
            // Saudi-led campaign in Yemen" is Saudi Arabia, a monarchy.)
            let monarchy_only = words
                .monarchy_anaphora
                .longest_at(tokens, i)
                .is_some_and(|(m, _)| m == n);
            let fits = |a: &Actor| {
                !monarchy_only || gazetteer.get(a.collapse()).is_some_and(|e| e.monarchy)
            };
            // As a subject, the state of the last sentence's subject: "The
            // Russian foreign ministry summoned the Czech ambassador ... the
            // ministry described the Czech move as hostile".
            let subject = !units.iter().any(|u| u.end <= i);
            let topic = subject
                .then(|| discourse.topic_state_actor())
                .flatten()
                .filter(|a| fits(a));
            // ("his first visit to the country" after "travel to China":
            // elsewhere, the state this sentence named last.)
            let here = (!subject)
                .then(|| {
                    units
                        .iter()
                        .filter(|u| {
                            u.end <= i
                                && !u.anaphoric
                                && u.actor.kind == ActorKind::State
                                // (Not a place: "speaking in Copenhagen".)
                                && !(u.first > 0 && tokens[u.first - 1].is_any(&words.cues.locative))
                                && fits(&u.actor)
                        })
                        .max_by_key(|u| u.end)
                        .map(|u| u.actor.clone())
                })
                .flatten();
            // "Russia launched 85 drones at the country": after a
            // preposition in a clause whose subject is the state named last,
            // the country is another (the subject would be "itself"). Not
            // after "of" ("an integral part of the kingdom") nor as a
            // possessor ("a threat to the country's sovereignty"): those
            // are the subject's own.
            let object = after_preposition(tokens, words, i)
                && !tokens[i - 1].is_any(&words.cues.name_links)
                && !tokens.get(i + n).is_some_and(|t| t.is("'s"));
            // (Sought only for an object: the clause runs back to the last
            // report verb or clause opener.)
            let clause_subject = object
                .then(|| {
                    let clause_start = (0..i)
                        .rev()
                        .find(|&k| {
                            tokens[k].is_any(&words.cues.report_verbs)
                                || tokens[k].is_any(&words.cues.clause_openers)
                        })
                        .map_or(0, |k| k + 1);
                    // (A pronoun resolved stands for its state: "Kenya said
                    // it was ready to lead a mission to the country". With
                    // no subject of its own, the clause said has the one
                    // who says it: "Kenya menyatakan siap memimpin misi ke
                    // negara itu".)
                    let own = units
                        .iter()
                        .filter(|u| u.first >= clause_start && u.end <= i)
                        .min_by_key(|u| u.first);
                    let speaker = || {
                        let verb = clause_start.checked_sub(1)?;
                        units
                            .iter()
                            .filter(|u| u.end <= verb && verb - u.end <= SPEAKER_GAP)
                            .max_by_key(|u| u.end)
                            .filter(|u| !after_preposition(tokens, words, u.first))
                    };
                    own.or_else(speaker)
                        .filter(|u| !after_preposition(tokens, words, u.first))
                        .map(|u| u.actor.collapse().to_string())
                })
                .flatten();
            let is_subject = |a: &Actor| clause_subject.as_deref() == Some(a.collapse());
            let here = match here {
                Some(h) if object && is_subject(&h) => units
                    .iter()
                    .filter(|u| {
                        u.end <= i
                            && !u.anaphoric
                            && u.actor.kind == ActorKind::State
                            && !is_subject(&u.actor)
                            && fits(&u.actor)
                    })
                    .max_by_key(|u| u.end)
                    .map(|u| u.actor.clone())
                    .or_else(|| {
                        discourse
                            .recent_states
                            .iter()
                            .rev()
                            .find(|a| fits(a) && !is_subject(a))
                            .cloned()
                    }),
                other => other,
            };
            units.extend(anaphor(
                topic
                    .or(here)
                    .or_else(|| {
                        discourse
                            .recent_states
                            .iter()
                            .rev()
                            .find(|a| fits(a))
                            .cloned()
                    })
                    .into_iter()
                    .collect(),
                n,
            ));
            i += n;
            continue;
        }
        // "memprotes Lituania setelah negara Baltik itu ...": the state
        // named last, in this sentence first.
        if let Some(n) = described_state(tokens, words, &units, i) {
            let here = units
                .iter()
                .filter(|u| u.end <= i && u.actor.kind == ActorKind::State)
                .max_by_key(|u| u.end)
                .map(|u| u.actor.clone());
            units.extend(anaphor(
                here.or_else(|| discourse.recent_states.last().cloned())
                    .into_iter()
                    .collect(),
                n,
            ));
            i += n;
            continue;
        }
        // "Junta menolak tunduk": the article's regime, unless a state is
        // named with the noun here ("junta Niger").
        let named_with = |n: usize| {
            units.iter().any(|u| {
                u.first == i + n
                    || (u.first == i + n + 1 && tokens[i + n].is_any(&words.cues.locative))
            })
        };
        if let Some((n, _)) = words.regime_anaphora.longest_at(tokens, i)
            && !named_with(n)
            && let Some(state) = &discourse.regime
        {
            units.extend(anaphor(vec![state.clone()], n));
            i += n;
            continue;
        }
        // "The king also phoned Abbas": the last person named as king.
        if let Some((n, _)) = words.title_anaphora.longest_at(tokens, i)
            && !named_after(n)
            && !tokens.get(i + n).is_some_and(|t| t.capital && t.is_word())
        {
            let title: Vec<&Token> = tokens[i..i + n]
                .iter()
                .filter(|t| {
                    !t.is_any(&words.cues.determiners) && !t.is_any(&words.cues.demonstratives)
                })
                .collect();
            let person = discourse
                .named_with_title(&title)
                .or_else(|| discourse.named_holding_title(&title, gazetteer, date));
            units.extend(anaphor(person.into_iter().collect(), n));
            i += n;
            continue;
        }
        if let Some((n, _)) = words.envoy_anaphora.longest_at(tokens, i) {
            // "later recalled the envoy in Madrid as well": the one posted
            // where the phrase says, no envoy told before.
            let posted = tokens
                .get(i + n)
                .is_some_and(|t| t.is_any(&words.cues.locative))
                && units.iter().any(|u| u.first == i + n + 1);
            if posted {
                i += n;
                continue;
            }
            let state = envoy_state(tokens, words, &units, i)
                .and_then(|code| gazetteer.get(&code).map(|e| e.actor.clone()));
            units.extend(anaphor(state.into_iter().collect(), n));
            i += n;
            continue;
        }
        if let Some((n, _)) = words.bloc_anaphora.longest_at(tokens, i) {
            // The bloc this sentence named before ("European Union support
            // package ... after the bloc's other 26 leaders"), else the last.
            let here = units
                .iter()
                .rfind(|u| u.end <= i && !u.anaphoric && u.actor.kind == ActorKind::Group)
                .map(|u| u.actor.clone());
            units.extend(anaphor(
                here.or_else(|| discourse.last_bloc.clone())
                    .into_iter()
                    .collect(),
                n,
            ));
            i += n;
            continue;
        }
        // "the court", "mahkamah tersebut": the court this sentence named
        // before, else the last one the article named; nothing where none
        // was (a domestic court is no one's). ("The Court of Arbitration"
        // is a name.)
        if let Some((n, _)) = words.court_anaphora.longest_at(tokens, i)
            && !tokens
                .get(i + n)
                .is_some_and(|t| t.capital || t.is_any(&words.cues.not_court_after))
        {
            let court = |a: &Actor| gazetteer.get(&a.id).is_some_and(|e| e.court);
            let named = units
                .iter()
                .rfind(|u| u.end <= i && !u.anaphoric && court(&u.actor))
                .map(|u| u.actor.clone())
                .or_else(|| discourse.bodies.iter().rev().find(|a| court(a)).cloned());
            if let Some(c) = named {
                units.extend(anaphor(vec![c], n));
                i += n;
                continue;
            }
        }
        let t = &tokens[i];
        // "China's Taiwan Affairs Office said ... Its spokesperson accused
        // Lai": a possessive opening the sentence before a title (and no
        // name) is the one the last sentence was about.
        if i == 0 && t.is_any(&words.cues.neuter_possessives) {
            let end = (i + 1..tokens.len())
                .find(|&k| !words.is_title(&tokens[k]))
                .unwrap_or(tokens.len());
            let topic = discourse
                .topic_thing
                .as_ref()
                .filter(|(_, at)| discourse.sentence <= at + 1)
                .map(|(a, _)| a.clone());
            if end > i + 1
                && tokens.get(end).is_some_and(|n| n.is_word() && !n.capital)
                && let Some(a) = topic
            {
                units.extend(anaphor(vec![a], end - i));
                i = end;
                continue;
            }
        }
        // "China staged drills. On Friday, it imposed sanctions": "it" as a
        // clause subject (after the start, a comma, a coordinator, "that"
        // or a report verb; not "condemned it") is the last subject.
        if t.is_any(&words.cues.neuter_pronouns) {
            // (Or behind a short fronted adjunct with no comma, before a
            // verb in the past: "Within days it expelled the ambassador".)
            let fronted = (1..=3).contains(&i)
                && tokens[..i].iter().all(|x| x.is_word())
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.capital && n.norm.ends_with("ed"));
            let subject_position = i == 0
                || fronted
                || tokens[i - 1].is(",")
                || words.coordinators.starts_at(tokens, i - 1)
                || tokens[i - 1].is("that")
                || tokens[i - 1].is_any(&words.cues.report_verbs);
            // "Japan ... said it was considering": this sentence's own
            // subject first.
            // "..., and Tokyo said it had conveyed": right after a report
            // verb, the one who reported.
            let reporter = (i > 0 && tokens[i - 1].is_any(&words.cues.report_verbs))
                .then(|| {
                    units
                        .iter()
                        .rfind(|u| u.end < i && u.end + 3 >= i && !u.anaphoric)
                        .filter(|u| u.actor.kind != ActorKind::Person)
                        .map(|u| u.actor.clone())
                })
                .flatten();
            let own_subject = reporter.or_else(|| {
                units
                    .iter()
                    .find(|u| u.first <= 3 && u.end <= i && u.actor.kind != ActorKind::Person)
                    .map(|u| u.actor.clone())
            });
            let before = discourse
                .topic_thing
                .as_ref()
                .filter(|(_, at)| discourse.sentence <= at + 1)
                .map(|(a, _)| a.clone());
            // "Nicaragua ... argued that Germany was failing ..., and
            // accused it of hypocrisy": "it" as a verb's object, its
            // complement after it, is the state named last before it that is
            // not the sentence's subject.
            let object_position = !subject_position
                && i > 0
                && tokens[i - 1].is_word()
                && !tokens[i - 1].capital
                && !tokens[i - 1].is_any(&words.cues.prepositions)
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_any(&words.cues.object_complements));
            let object = object_position
                .then(|| {
                    let subject = units.first().map(|u| u.actor.collapse());
                    units
                        .iter()
                        .rfind(|u| {
                            u.end <= i
                                && !u.anaphoric
                                && u.actor.kind == ActorKind::State
                                && Some(u.actor.collapse()) != subject
                        })
                        .map(|u| u.actor.clone())
                })
                .flatten();
            if subject_position && let Some(a) = own_subject.or(before) {
                units.extend(anaphor(vec![a], 1));
            } else if let Some(a) = object {
                units.extend(anaphor(vec![a], 1));
            }
        } else if let Some(sp) = &speaker
            && t.is_any(&words.cues.first_person)
        {
            units.extend(anaphor(vec![sp.clone()], 1));
        } else if t.is_any(&words.cues.person_pronouns)
            // "with his Somali counterpart": a possessive before a name or
            // an adjective of one is no actor; the name after it is.
            && !name_follows_possessive(tokens, words, i)
        {
            // "Anwar Ibrahim, who chairs ASEAN, said he had spoken ...": a
            // pronoun right after a report verb is its speaker, the person
            // named before it in this sentence (or pointed back to: "The
            // chancellor said he had urged Xi").
            let report = i > 0 && tokens[i - 1].is_any(&words.cues.report_verbs);
            let speaker_here = units
                .iter()
                .filter(|u| report && u.end < i && u.actor.kind == ActorKind::Person)
                .max_by_key(|u| u.end)
                .map(|u| u.actor.clone());
            // "spoke with Ruto by phone and thanked him": an object pronoun
            // is the person named last in the sentence, not its subject.
            let people: Vec<&Unit> = units
                .iter()
                .filter(|u| u.end < i && !u.anaphoric && u.actor.kind == ActorKind::Person)
                .collect();
            // (Not one joined to the subject by "and": "Trump and Vice
            // President JD Vance berated him".)
            let joined_to_first = |u: &Unit| {
                let between = &tokens[people[0].end.min(u.first)..u.first];
                between.iter().any(|b| words.is_coordinator(b))
                    && between.iter().all(|b| b.capital || words.is_coordinator(b))
            };
            let object_here = (t.is_any(&words.cues.object_pronouns) && people.len() >= 2)
                .then(|| {
                    people
                        .iter()
                        .skip(1)
                        .rev()
                        .find(|u| !joined_to_first(u))
                        .map(|u| u.actor.clone())
                })
                .flatten();
            // "persinggahan kedua Rubio ..., sehari setelah ia mengunjungi
            // Kingston": the one person this sentence has named before it.
            // (Not one named inside an opening adjunct, the pronoun the
            // subject right after its comma: "Sebelum bertemu Anwar, ia
            // disambut Sultan Ibrahim", "After meeting Biden, he flew home".)
            let after_adjunct = opens_with_adjunct(tokens, words)
                && i > 0
                && tokens[i - 1].is(",")
                && !tokens[..i - 1].iter().any(|t| t.is(","));
            let only_here = match people.as_slice() {
                [one, rest @ ..]
                    if !after_adjunct && rest.iter().all(|u| u.actor.id == one.actor.id) =>
                {
                    Some(one.actor.clone())
                }
                _ => None,
            };
            // Else the person the last sentence was about ("Boric, who had
            // said Maduro's results ..., said ... He ruled out"), else the
            // person named last.
            // ("Widodo welcomed him at the palace": an object pronoun is
            // not the one person named before it, the subject.)
            // (Only where that person is the only actor named before it:
            // "Ukraine's foreign ministry said Lula ... and invited him" is
            // Lula.)
            let object = t.is_any(&words.cues.object_pronouns)
                && units
                    .iter()
                    .filter(|u| u.end < i && !u.anaphoric)
                    .all(|u| people.iter().any(|p| p.actor.id == u.actor.id));
            let fits = |a: &Actor| !object || !people.iter().any(|u| u.actor.id == a.id);
            units.extend(anaphor(
                speaker_here
                    .or(object_here)
                    .or(only_here.filter(|_| !object))
                    .or_else(|| discourse.recent_person().cloned().filter(|a| fits(a)))
                    .or_else(|| discourse.last_person.clone().filter(|a| fits(a)))
                    .into_iter()
                    .collect(),
                1,
            ));
        } else if t.capital {
            // The longest name the article introduced that starts here.
            let mut best: Option<(usize, &Actor)> = None;
            for (name, actor) in &discourse.names {
                let parts: Vec<&str> = name.split_whitespace().collect();
                let fits = parts
                    .iter()
                    .enumerate()
                    .all(|(k, p)| tokens.get(i + k).is_some_and(|x| x.is(p)));
                if fits && best.is_none_or(|(n, _)| parts.len() > n) {
                    best = Some((parts.len(), actor));
                }
            }
            // A family name then another name word is someone else's:
            // "Kim Yo Jong" after Kim Jong Un was named.
            let short = best.is_some_and(|(n, a)| n < a.name.split_whitespace().count());
            let name_follows =
                best.is_some_and(|(n, _)| tokens.get(i + n).is_some_and(|x| words.can_be_name(x)));
            if let Some((n, actor)) = best.filter(|_| !(short && name_follows)) {
                units.push(Unit {
                    actor: actor.clone(),
                    first: i,
                    end: i + n,
                    anaphoric: false,
                    introduced: false,
                });
                i += n;
                continue;
            }
        }
        i += 1;
    }
    units.sort_by_key(|u| (u.first, u.end));
    // Titles before a name belong to it (never another name).
    let taken: Vec<bool> = (0..tokens.len())
        .map(|k| {
            triggers.get(k).copied().unwrap_or(false)
                || units.iter().any(|u| u.first <= k && k < u.end)
        })
        .collect();
    // (But the "'s" of a name before is that name's: "Modi's Washington
    // visit".)
    let possessive_of_another = |k: usize| tokens[k].is("'s") && k >= 1 && taken[k - 1];
    // ("Menteri Dalam Negeri Inggris": a capitalised function word after
    // a title is part of it.)
    let inside_title = |k: usize| {
        k > 0
            && tokens[k].capital
            && tokens[k].is_any(&words.cues.title_inner_words)
            && tokens[k - 1].capital
            && words.is_title(&tokens[k - 1])
    };
    for u in units.iter_mut() {
        while u.first > 0
            && (words.joins_name(&tokens[u.first - 1]) || inside_title(u.first - 1))
            && !taken[u.first - 1]
            && !possessive_of_another(u.first - 1)
        {
            u.first -= 1;
        }
    }
    let units = fold_appositions(units, tokens, words);
    let mut groups = coordinate(units, tokens, words, triggers);
    for g in groups.iter_mut().filter(|g| g.members.len() == 1) {
        let (start, end) = (tokens[g.first].span.start, tokens[g.end - 1].span.end);
        g.adjective = raw
            .iter()
            .any(|m| m.adjective && m.span.start == start && m.span.end == end);
        // "Five Americans held in Iran landed in Qatar": people counted by
        // their state's plural adjective are private people, not its agents.
        // ("About 1,000 Russians": the count may stand just outside.)
        let counted = |m: &RawMention| {
            m.adjective
                && m.span.end == end
                && tokens[g.end - 1].norm.ends_with('s')
                && tokens[g.first.saturating_sub(1)..g.end]
                    .iter()
                    .take_while(|t| t.span.start < m.span.start)
                    .any(|t| words.is_count(t))
        };
        if raw.iter().any(counted) {
            g.private = true;
        }
    }
    // "the International Court of Justice (ICJ)": a group in brackets right
    // after another names it again; it takes no role of its own.
    for i in 1..groups.len() {
        let (prev_end, g) = (groups[i - 1].end, &groups[i]);
        let bracketed = g.first >= 1
            && tokens[g.first - 1].is("(")
            && prev_end + 1 == g.first
            && tokens.get(g.end).is_some_and(|t| t.is(")"));
        if bracketed {
            groups[i].specifier = true;
        }
    }
    // "Both Moscow and Pyongyang ... when they last met": a plural pronoun
    // stands for the last pair named earlier in its own sentence first
    // (named: not one another pronoun stood for).
    for i in 1..groups.len() {
        let pronoun = groups[i].anaphoric
            && words
                .plural_pronouns
                .longest_at(tokens, groups[i].first)
                .is_some_and(|(n, _)| groups[i].first + n == groups[i].end);
        if !pronoun {
            continue;
        }
        if let Some(pair) = groups[..i]
            .iter()
            .rev()
            .find(|g| g.members.len() >= 2 && !g.specifier && !g.anaphoric)
        {
            groups[i].members = pair.members.clone();
        }
    }
    (groups, named)
}

/// The last two actors of different states joined by a coordinator
/// ("X and Y", "X dan Y") before token `at`.
fn pair_before(
    units: &[Unit],
    tokens: &[Token],
    words: &ActorWords,
    at: usize,
) -> Option<Vec<Actor>> {
    let before: Vec<&Unit> = units
        .iter()
        .filter(|u| u.end <= at && !u.anaphoric)
        .collect();
    before.windows(2).rev().find_map(|w| {
        let (a, b) = (w[0], w[1]);
        // "X and Y", "X and the Y".
        let joined = (b.first == a.end + 1
            || (b.first == a.end + 2
                && words
                    .cues
                    .determiners
                    .iter()
                    .any(|d| tokens[a.end + 1].is(d))))
            && words
                .coordinators
                .longest_at(std::slice::from_ref(&tokens[a.end]), 0)
                .is_some();
        (joined
            && a.actor.kind != ActorKind::Group
            && b.actor.kind != ActorKind::Group
            && a.actor.collapse() != b.actor.collapse())
        .then(|| vec![a.actor.clone(), b.actor.clone()])
    })
}

/// The actors named last before `at` as one list ("Saudi Arabia, the
/// United Arab Emirates, Bahrain and Egypt"): joined by commas and
/// coordinators, and not after a preposition (a subject, not "ties with
/// Qatar and Iran").
fn listed_before(units: &[Unit], tokens: &[Token], words: &ActorWords, at: usize) -> Vec<Actor> {
    let before: Vec<&Unit> = units
        .iter()
        .filter(|u| u.end <= at && !u.anaphoric)
        .collect();
    let joins = |a: &Unit, b: &Unit| {
        b.first > a.end
            && b.first - a.end <= 2
            && (a.end..b.first).all(|k| {
                tokens[k].is(",")
                    || tokens[k].is_any(&words.cues.determiners)
                    || words
                        .coordinators
                        .longest_at(std::slice::from_ref(&tokens[k]), 0)
                        .is_some()
            })
    };
    let Some(mut first) = before.len().checked_sub(1) else {
        return Vec::new();
    };
    while first > 0 && joins(before[first - 1], before[first]) {
        first -= 1;
    }
    let run = &before[first..];
    let start = run[0].first;
    let subject = start == 0 || !words.prepositions.starts_at(tokens, start - 1);
    if run.len() < 2 || !subject || run.iter().any(|u| u.actor.kind == ActorKind::Group) {
        return Vec::new();
    }
    let mut out: Vec<Actor> = Vec::new();
    for u in run {
        if !out.iter().any(|a| a.collapse() == u.actor.collapse()) {
            out.push(u.actor.clone());
        }
    }
    if out.len() < 2 { Vec::new() } else { out }
}

/// "Georgian officials, for their part, said they regretted ...": a
/// plural pronoun right after a report verb is the sentence's subject when
/// that is a state's people named by a plural title.
fn plural_people_subject(
    units: &[Unit],
    tokens: &[Token],
    words: &ActorWords,
    at: usize,
) -> Vec<Actor> {
    if at == 0 || !tokens[at - 1].is_any(&words.cues.report_verbs) {
        return Vec::new();
    }
    let Some(u) = units.iter().find(|u| u.end <= at && !u.anaphoric) else {
        return Vec::new();
    };
    let opens = u.first == 0 || (u.first == 1 && tokens[0].is_any(&words.cues.determiners));
    let plural_title = tokens.get(u.end).is_some_and(|t| {
        t.norm.len() > 3 && t.norm.ends_with('s') && words.titles.starts_at(tokens, u.end)
    });
    if opens && plural_title && u.actor.kind == ActorKind::State {
        vec![u.actor.clone()]
    } else {
        Vec::new()
    }
}

/// How many title words may stand between a report verb and its speaker.
const SPEAKER_TITLE_REACH: usize = 9;

/// How many words may stand between a speaker and the verb of saying whose
/// clause "the country" is in ("Kenya on Tuesday said ...").
const SPEAKER_GAP: usize = 3;

/// The speaker of a quote in this sentence: "ujar Putin", "Putin said",
/// "ujarnya" (the last person named; not named here).
fn find_speaker(
    tokens: &[Token],
    units: &[Unit],
    words: &ActorWords,
    discourse: &Discourse,
) -> Option<(Actor, bool)> {
    for (k, t) in tokens.iter().enumerate() {
        let stem = t.norm.strip_suffix("nya");
        let is_report = words
            .cues
            .report_verbs
            .iter()
            .any(|r| t.is(r) || stem == Some(r.as_str()));
        if !is_report {
            continue;
        }
        if stem.is_some() && !t.is_any(&words.cues.report_verbs) {
            return discourse.last_person.clone().map(|a| (a, false));
        }
        // "\"..., we will take additional steps,\" he said": the person
        // the pronoun is, the one the discourse is about.
        if k > 0
            && tokens[k - 1].is_any(&words.cues.person_pronouns)
            && let Some(p) = discourse.recent_person().or(discourse.last_person.as_ref())
        {
            return Some((p.clone(), false));
        }
        // "kata juru bicara Dewan Keamanan Nasional Gedung Putih John
        // Kirby": titles and capitalised words may run on to the name.
        let after = units.iter().find(|u| {
            u.first > k
                && (u.first <= k + 3
                    || (u.first <= k + SPEAKER_TITLE_REACH
                        && tokens[k + 1..u.first].iter().all(|t| words.joins_name(t))))
        });
        let before = units.iter().rev().find(|u| u.end <= k && u.end + 2 >= k);
        if let Some(u) = after.or(before) {
            return Some((u.actor.clone(), !u.anaphoric));
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
                && (between.len() <= 2
                    // "Armenia's prime minister, Nikol Pashinyan": a
                    // state's title, then after its comma the holder.
                    || (between.len() <= 4
                        && between[0].is("'s")
                        && between[between.len() - 1].is(",")))
                && between
                    .iter()
                    .all(|t| t.is(",") || t.is("'s") || words.is_title(t))
                && prev.actor.collapse() == u.actor.collapse()
                && !prev.anaphoric
                && !u.anaphoric
                // "Di Jakarta, Kementerian Luar Negeri RI ...": a place
                // before a comma is where, not who. (A person is no place:
                // "hosted by the German chancellor, Olaf Scholz".)
                && !(between.iter().any(|t| t.is(","))
                    && after_preposition(tokens, words, prev.first)
                    && prev.actor.kind != ActorKind::Person)
                // "Menurut Prabowo, Indonesia siap mengirim ...": a bare
                // state after a person's comma opens a clause (not
                // "Prabowo, Indonesia's president").
                && !(between.iter().any(|t| t.is(","))
                    && prev.actor.kind == ActorKind::Person
                    && u.actor.kind == ActorKind::State
                    && !words.is_title(&tokens[u.first])
                    && tokens.get(u.end).is_none_or(|t| !t.is("'s")))
                // (Nor a body after the comma that closes "Menurut Judha,":
                // "Menurut Judha, KBRI Kuala Lumpur telah menyampaikan".)
                && !(between.iter().any(|t| t.is(","))
                    && prev.actor.kind == ActorKind::Person
                    && prev.first > 0
                    && words.cues.according_to.iter().any(|w| {
                        crate::dates::ends_at(tokens, prev.first, w)
                    }));
            let overlapping = u.first < prev.end;
            // "the Russia-led Collective Security Treaty Organization": a
            // leader named in a compound before a body's name leads the
            // body, which is the one named.
            let compound = compound_suffix_in(&tokens[prev.end - 1], &words.cues.agentive_suffixes);
            let led_body = compound
                && u.first == prev.end
                && !u.anaphoric
                && matches!(u.actor.kind, ActorKind::Organization | ActorKind::Group);
            // "pemimpin junta, Jenderal Abdourahamane Tiani", "the
            // country's president, Emmanuel Macron": a title told by
            // reference, and right after its comma the person who holds it.
            let titled_person = u.first == prev.end + 1
                && tokens[prev.end].is(",")
                && prev.anaphoric
                && !u.anaphoric
                && u.actor.kind == ActorKind::Person
                && prev.actor.kind != ActorKind::Person
                && words.is_title(&tokens[prev.first]);
            // Either way the unit is the one named after it.
            if led_body || titled_person {
                prev.actor = u.actor;
                prev.introduced = u.introduced;
                prev.anaphoric = false;
                prev.end = u.end;
                continue;
            }
            // "KBRI Kuala Lumpur": an organisation and the city it sits in.
            // (Not a person named after it: "Kementerian Luar Negeri China
            // Lin Jian" is the ministry's spokesman.)
            if u.first == prev.end
                && prev.actor.kind == ActorKind::Organization
                && !u.anaphoric
                && u.actor.kind != ActorKind::Person
            {
                prev.end = u.end;
                continue;
            }
            if joinable || (overlapping && prev.actor.collapse() == u.actor.collapse()) {
                if u.actor.kind.specificity() > prev.actor.kind.specificity() {
                    prev.actor = u.actor;
                    prev.introduced = u.introduced;
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

/// "ke kapal pemasok Filipina": a preposition before up to three plain
/// nouns governs the actor they lead to. Verbs (a trigger, an Indonesian
/// meN-/di-/ber- form) end the search.
fn prep_behind_nouns(
    tokens: &[Token],
    first: usize,
    words: &ActorWords,
    triggers: &[bool],
) -> Option<usize> {
    let verb_at = |k: usize| {
        let t = &tokens[k];
        triggers.get(k).copied().unwrap_or(false)
            || ["me", "di", "ber", "ter"]
                .iter()
                .any(|p| t.norm.starts_with(p) && t.norm.chars().count() > 5)
    };
    // Four words back, a coordinator between modifiers not counted.
    let mut reach = 4;
    for k in (first.saturating_sub(5)..first).rev() {
        if first - k > reach {
            break;
        }
        let t = &tokens[k];
        if words
            .prepositions
            .longest_at(std::slice::from_ref(t), 0)
            .is_some()
        {
            return (k + 1 < first).then_some(k);
        }
        // "ke instalasi nuklir dan militer Iran": modifiers joined by a
        // coordinator are still the nouns the name closes.
        let joined = k > 0
            && words.is_coordinator(t)
            && [k - 1, k + 1]
                .iter()
                .all(|&j| tokens[j].is_word() && !tokens[j].capital && !verb_at(j));
        if joined {
            reach += 1;
            continue;
        }
        let verb = verb_at(k);
        let quantity = words.is_count(t);
        // ("kurang dari sepekan setelah Indonesia resmi diumumkan": a
        // clause opener starts the name's own clause.)
        let opener = t.is_any(&words.cues.factual_openers);
        if !t.is_word()
            || t.capital
            || verb
            || quantity
            || opener
            || (words.function_words.contains(&t.norm) && !words.kind_nouns.contains(&t.norm))
        {
            return None;
        }
    }
    None
}

fn coordinate(
    units: Vec<Unit>,
    tokens: &[Token],
    words: &ActorWords,
    triggers: &[bool],
) -> Vec<Group> {
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
            introduced: Vec::new(),
            private: false,
            flagged: false,
            former: false,
            adjective: false,
        };
        if units[i].introduced {
            g.introduced.push(units[i].actor.clone());
        }
        let mut j = i + 1;
        while j < units.len() {
            // "Uni Emirat Arab (UEA)": a bracketed alias belongs to the name
            // before it, and the list goes on after its bracket.
            let last = g.members.last().map(|a| a.collapse());
            if units[j].first == g.end + 1
                && tokens[g.end].is("(")
                && tokens.get(units[j].end).is_some_and(|t| t.is(")"))
                && last == Some(units[j].actor.collapse())
            {
                g.end = units[j].end + 1;
                j += 1;
                continue;
            }
            let between = &tokens[g.end.min(units[j].first)..units[j].first];
            let same_span = units[j].first < g.end;
            // "X and its allies Y", "X dan sekutunya Y".
            let partnered = between.len() >= 2
                && words
                    .coordinators
                    .longest_at(std::slice::from_ref(&between[0]), 0)
                    .is_some()
                && words
                    .partners
                    .longest_at(between, 1)
                    .is_some_and(|(n, _)| n == between.len() - 1);
            let coordinated = same_span
                || partnered
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
                        || list_continues(&units[j..], tokens, words)))
                    && !(between.iter().any(|t| t.is(","))
                        && set_off_agent(tokens, &words.cues, units[i].first));
            // "sanksi terhadap Niamey, dan Benin ikut menutup perbatasannya":
            // a name after a comma and a coordinator with a verb right after
            // it opens a clause of its own.
            // Nor does a second name after ", and" join a list of two: a
            // list of two takes no comma ("accused Baku of backing
            // separatism in France, and the Azerbaijani foreign ministry
            // called ..."), unless names the gazetteer does not know stand
            // before it ("Agra, Mumbai, dan Bengaluru").
            let serial = units[i].first > 0 && tokens[units[i].first - 1].is(",");
            // (A comma that closes an apposition is no list's comma:
            // "Azerbaijan's president, Ilham Aliyev, and Armenia's ...".)
            let apposed = !units[j].anaphoric
                && tokens[units[i].first..units[i].end]
                    .iter()
                    .any(|t| t.is(","));
            let own_clause = j == i + 1
                && !apposed
                && between.iter().any(|t| t.is(","))
                && between.iter().any(|t| !t.is(","))
                && (!serial
                    || (units[j].end..units[j].end + 2)
                        .any(|k| triggers.get(k).copied().unwrap_or(false)));
            // "After talks in Beijing, Xi and Putin signed ...": the first
            // comma of a sentence that opens with an adjunct closes it, and
            // the names after it start the main clause.
            let opening_closed = between.iter().any(|t| t.is(","))
                && opens_with_adjunct(tokens, words)
                && !tokens[..g.end].iter().any(|t| t.is(","))
                // (Not once a subject has come: "Sepanjang pekan ini Lai
                // berada di Kepulauan Marshall, Tuvalu, dan Palau".)
                && units[..i]
                    .iter()
                    .all(|u| u.anaphoric || after_preposition(tokens, words, u.first));
            // "Modi bertemu Tusk di Warsawa dan keduanya sepakat": a plural
            // pronoun after a coordinator is the subject of a clause of its
            // own, not one more in a list.
            let pronoun_clause = units[j].anaphoric
                && !g.anaphoric
                && words.plural_pronouns.starts_at(tokens, units[j].first)
                && between.iter().any(|t| !t.is(","));
            if !coordinated || own_clause || opening_closed || pronoun_clause {
                break;
            }
            if !g.members.iter().any(|m| m.id == units[j].actor.id) {
                g.members.push(units[j].actor.clone());
            }
            g.end = g.end.max(units[j].end);
            g.anaphoric |= units[j].anaphoric;
            if units[j].introduced {
                g.introduced.push(units[j].actor.clone());
            }
            j += 1;
        }
        // "Tajik nationals", "Russia's citizens", "kepala suku Libya".
        let after = if tokens.get(g.end).is_some_and(|t| t.is("'s")) {
            g.end + 1
        } else {
            g.end
        };
        g.former = g.members.iter().all(|m| m.kind == ActorKind::Person)
            && (g.first.saturating_sub(2)..g.end)
                .any(|k| tokens[k].is_any(&words.cues.former_words));
        g.flagged = compound_suffix_in(&tokens[g.end - 1], &words.cues.flag_suffixes);
        g.private = g.flagged
            || words.private_nouns.starts_at(tokens, after)
            || (g.first..g.end).any(|k| words.private_nouns.starts_at(tokens, k))
            || (g.first.saturating_sub(3)..g.first).any(|k| {
                words
                    .private_nouns
                    .longest_at(tokens, k)
                    .is_some_and(|(n, _)| k + n == g.first)
            });
        // "an EU head of government", "the first NATO member to ...": one
        // of a body's members is not the body.
        let body = g
            .members
            .iter()
            .all(|m| matches!(m.kind, ActorKind::Organization | ActorKind::Group));
        if body
            && (g.first.saturating_sub(1)..=g.first)
                .any(|k| tokens[k].is_any(&words.cues.one_of_openers))
            && words.member_nouns.starts_at(tokens, g.end)
        {
            g.specifier = true;
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
                && !(before.is_any(&words.cues.approximators)
                    && tokens[g.first]
                        .norm
                        .starts_with(|c: char| c.is_ascii_digit()))
            {
                // "the foreign ministers of Congo and Rwanda": "of" after a
                // title makes a genitive, not a prepositional object.
                // So does "to" after a serving title ("a senior adviser to
                // Iran's supreme leader").
                let genitive = (before.is_any(&words.cues.name_links)
                    && g.first >= 2
                    && words.is_title(&tokens[g.first - 2]))
                    || (before.is("to")
                        && g.first >= 2
                        && words
                            .cues.serving_titles
                            .iter()
                            .any(|w| tokens[g.first - 2].is(w)))
                    // "the military juntas in Mali, Burkina Faso and Niger
                    // expelled": who governs there.
                    || (g.first >= 2
                        && before.is_any(&words.cues.locative)
                        && tokens[g.first - 2].is_any(&words.cues.seated));
                if !genitive {
                    g.prep = Some(before.norm.clone());
                } else {
                    // "with leaders of the Houthi rebels": the preposition
                    // before the title phrase governs the actor.
                    let mut k = g.first - 2;
                    while k > 0 && words.is_title(&tokens[k - 1]) {
                        k -= 1;
                    }
                    if k > 0
                        && words
                            .prepositions
                            .longest_at(std::slice::from_ref(&tokens[k - 1]), 0)
                            .is_some()
                    {
                        g.prep = Some(tokens[k - 1].norm.clone());
                    }
                }
            } else if g.first >= 3
                && before.is_word()
                && !before.capital
                && !triggers.get(g.first - 1).copied().unwrap_or(false)
                && tokens[g.first - 2].is_any(&words.cues.definite_articles)
                && words
                    .prepositions
                    .longest_at(std::slice::from_ref(&tokens[g.first - 3]), 0)
                    .is_some()
            {
                // "signed a security pact with the neighbouring Solomon
                // Islands": a word describing the name does not part it
                // from its preposition.
                g.prep = Some(tokens[g.first - 3].norm.clone());
            } else if let Some(k) =
                prep_behind_nouns(tokens, g.first, words, triggers).filter(|_| words.head_first)
            {
                g.prep = Some(tokens[k].norm.clone());
            } else if let Some(k) = locative_before_comma(tokens, words, g.first)
                // "di Idlib, Suriah", "in Kherson, Ukraine": a state behind
                // a place the gazetteer does not know is where, too (not
                // the subject after an opening "In May," or "Di Beijing,").
                .filter(|&k| {
                    g.members.len() == 1
                        && g.members[0].kind == ActorKind::State
                        && groups.last().is_none_or(|p| p.end <= k)
                        && tokens.get(g.end).is_none_or(|t| {
                            !t.is_word() || words.prepositions.starts_at(tokens, g.end)
                        })
                })
            {
                g.prep = Some(tokens[k].norm.clone());
            }
        }
        g.possessive = tokens.get(g.end).is_some_and(|t| t.is("'s"));
        groups.push(g);
        i = j;
    }
    groups
}

/// The locative before "<Place>, " right before `first`: one to five
/// capitalised words after a locative preposition, then a comma ("di
/// Pangkalan Udara Halim Perdanakusuma, Jakarta").
fn locative_before_comma(tokens: &[Token], words: &ActorWords, first: usize) -> Option<usize> {
    let comma = first.checked_sub(1).filter(|&c| tokens[c].is(","))?;
    (comma.saturating_sub(6)..comma.saturating_sub(1))
        .rev()
        .find(|&k| {
            tokens[k].is_any(&words.cues.locative)
                && tokens[k + 1..comma]
                    .iter()
                    .all(|t| t.capital && t.is_word())
        })
}

/// The count of the unordered pair `a`, `b` in `counts` (kept in order).
fn count_of_pair(
    counts: &std::collections::BTreeMap<(String, String), usize>,
    a: &str,
    b: &str,
) -> usize {
    let (p, q) = if a < b { (a, b) } else { (b, a) };
    counts
        .get(&(p.to_string(), q.to_string()))
        .copied()
        .unwrap_or(0)
}

/// The agent of a participle set off by commas (", hosted by President
/// Donald Trump, Azerbaijani President Ilham Aliyev and ..."): its comma
/// closes it, and opens no list.
pub(crate) fn set_off_agent(tokens: &[Token], cues: &Cues, first: usize) -> bool {
    first >= 3
        && tokens[first - 1].is_any(&cues.agent_preps)
        && tokens[first - 2].is_any(&cues.agent_participles)
        && tokens[first - 3].is(",")
}

/// A comma joins units only in a list that ends with a coordinator
/// ("Jepang, Korea Selatan, dan AS").
fn list_continues(rest: &[Unit], tokens: &[Token], words: &ActorWords) -> bool {
    for w in rest.windows(2) {
        let mut between = &tokens[w[0].end.min(w[1].first)..w[1].first];
        // (A bracketed alias: "Uni Emirat Arab (UEA), Bahrain".)
        if between.first().is_some_and(|t| t.is(")")) {
            between = &between[1..];
        }
        if between.first().is_some_and(|t| t.is("("))
            && w[0].actor.collapse() == w[1].actor.collapse()
        {
            continue;
        }
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
