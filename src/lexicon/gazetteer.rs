//! The actor gazetteer: states, people with time-bound roles, groups and
//! organisations, and the names that look like actors but are places.
//!
//! Sources, all in `data/` and extendable with `--data DIR`:
//! `states.tsv` and `leaders.tsv` (the reference tables, unchanged) and
//! `actors.toml` (groups, organisations, extra aliases, place names).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

/// States whose people are named family name first.
const FAMILY_NAME_FIRST: &[&str] = &["CHN", "TWN", "HKG", "MAC", "KOR", "PRK"];

/// States whose people the press calls by the first of their names once
/// named in full (many Indonesians have no family name: "Menteri Sekretaris
/// Negara Prasetyo Hadi ... Prasetyo membantah").
const FIRST_NAME_USED: &[&str] = &["IDN"];

/// People of `state` are called by their first name (Indonesian).
pub fn first_name_used(state: &str) -> bool {
    FIRST_NAME_USED.contains(&state)
}

/// People of `state` are named family name first (Chinese, Korean).
pub fn family_name_first(state: &str) -> bool {
    FAMILY_NAME_FIRST.contains(&state)
}

/// The family name among a person's name words: first for Chinese and
/// Korean names, last elsewhere.
pub fn family_name<'a>(words: &[&'a str], state: &str) -> Option<&'a str> {
    if family_name_first(state) {
        words.first().copied()
    } else {
        // "Uduch Sengebau Senior", "Ferdinand Marcos Jr.": a generational
        // suffix is no family name (it would make "Senior military
        // commanders" a person).
        let n = words.len();
        let suffix = |w: &str| {
            GENERATIONAL
                .iter()
                .any(|g| w.trim_end_matches('.').eq_ignore_ascii_case(g))
        };
        match words.last() {
            Some(&w) if n > 1 && suffix(w) => Some(words[n - 2]),
            last => last.copied(),
        }
    }
}

/// Words after a family name that tell a generation.
const GENERATIONAL: &[&str] = &["senior", "junior", "sr", "jr", "ii", "iii", "iv"];

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::DataError;
use crate::model::{Actor, ActorKind, Span};

/// One role period of a person (`leaders.tsv`).
#[derive(Clone, Debug)]
pub struct RolePeriod {
    pub state: String,
    pub role: String,
    pub title: String,
    /// The title in both languages, lowercased, as the data writes it
    /// (`title_en`, and each form of `title_id`: "menteri luar negeri",
    /// "menlu"): what "the German chancellor", "Presiden Prancis" name.
    pub titles: Vec<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The person left office at an unknown date (`end unverified`).
    pub ended_unknown: bool,
    /// The data row it comes from (`file:line`).
    pub origin: String,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub actor: Actor,
    pub roles: Vec<RolePeriod>,
    /// A state the press calls "the kingdom", "the sultanate", "the
    /// emirate" (`states.tsv`, column `monarchy`).
    pub monarchy: bool,
    /// A court ("the court", "mahkamah tersebut" stand for the last one
    /// named; `actors.toml`, `court = true`).
    pub court: bool,
    /// Where the entry was defined (`file:line` or `file [actor ID]`).
    pub origin: String,
}

impl Entry {
    /// The actor as of `date`: a person's state is the one whose role covers
    /// the date, else the nearest role before it, else the first one.
    /// Its names stay in the gazetteer (the graph's nodes take them from
    /// there): an actor is copied for every mention, and a state has dozens.
    pub fn actor_on(&self, date: Option<NaiveDate>) -> Actor {
        let mut actor = Actor {
            id: self.actor.id.clone(),
            name: self.actor.name.clone(),
            kind: self.actor.kind,
            country: self.actor.country.clone(),
            wikidata: self.actor.wikidata.clone(),
            aliases: Vec::new(),
            members: self.actor.members.clone(),
        };
        if let Some((role, _)) = self.role_on(date) {
            actor.country = Some(role.state.as_str().into());
        }
        actor
    }

    /// Holds `title` (lowercased, either language) for `state` on `date`.
    pub fn holds(&self, state: &str, title: &str, date: NaiveDate) -> bool {
        self.roles.iter().any(|r| {
            r.state == state
                && r.start.is_some_and(|s| s <= date)
                && r.end.is_none_or(|e| date < e)
                && r.titles.iter().any(|t| t == title)
        })
    }

    /// The role that decides the state on `date`, and whether it covers
    /// the date (else it is the nearest before, or the first one known).
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<(&RolePeriod, bool)> {
        let covering = date.and_then(|d| {
            self.roles
                .iter()
                .find(|r| r.start.is_none_or(|s| s <= d) && r.end.is_none_or(|e| d < e))
        });
        if let Some(r) = covering {
            return Some((r, true));
        }
        date.and_then(|d| {
            self.roles
                .iter()
                .filter(|r| r.start.is_some_and(|s| s <= d))
                .max_by_key(|r| r.start)
        })
        .or(self.roles.first())
        .map(|r| (r, false))
    }
}

/// How a name resolves on a date, and the data that decided it
/// (`geokg actors`).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Resolution {
    /// The part of the query that matched.
    pub form: String,
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// The state the actor is or acts for on the date.
    pub state: Option<String>,
    /// The role period that decided the state (people).
    pub role: Option<String>,
    /// Whether that role covers the date (a person out of office is still
    /// their state's person, no longer its government).
    pub in_office: Option<bool>,
    /// The data row or entry that decided it.
    pub decided_by: String,
    /// Matched by a surname or first name only.
    pub by_short_name: bool,
}

/// What a surface form points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Actor(usize),
    /// A place whose name contains an actor's ("Tepi Barat", "West Java").
    Place,
}

#[derive(Clone, Debug)]
struct Pattern {
    target: Target,
    /// All capitals: must match exactly (`AS` is not `as`).
    exact: bool,
    /// Starts with a capital: the text must too.
    capital: bool,
    /// A surname standing for a person: not when another name precedes it
    /// ("Yassin Ibrahim" is not Anwar Ibrahim).
    weak: bool,
    /// A state's capital: a city that may name where a body sits.
    city: bool,
    /// A state's adjective ("Russian"), not its name.
    adjective: bool,
    form: String,
}

/// A surface form found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawMention {
    pub span: Span,
    pub target: Target,
    /// Found by a derived name (a surname) only.
    pub weak: bool,
    /// Found by a state's capital ("KBRI Kuala Lumpur": where the body sits).
    pub city: bool,
    /// Found by a state's adjective ("the Russian visit"), not by a name
    /// ("the Moscow trip").
    pub adjective: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    #[serde(default, rename = "actor")]
    actors: Vec<ActorSpec>,
    #[serde(default, rename = "alias")]
    aliases: Vec<AliasSpec>,
    #[serde(default, rename = "place")]
    places: Vec<PlaceSpec>,
    /// Ids of actors (of this or an earlier file) whose names match nothing.
    #[serde(default)]
    disable: Vec<String>,
    /// Surnames that alone more often name something else (a people, an
    /// armed group: "Baloch separatists", "Wagner fighters"): they stand
    /// for no one unless the whole name is written, derived or listed.
    #[serde(default)]
    not_surnames: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorSpec {
    id: String,
    name: String,
    kind: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    wikidata: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    court: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasSpec {
    actor: String,
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceSpec {
    names: Vec<String>,
}

/// The gazetteer being assembled from data files.
#[derive(Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    by_id: BTreeMap<String, usize>,
    places: Vec<String>,
    /// Aliases derived from names (surnames): used only when unambiguous.
    weak_aliases: Vec<(String, usize)>,
    /// Aliases written in `actors.toml`: they win over the tables
    /// ("Brussels" is the EU before it is Belgium's capital).
    preferred: Vec<(String, usize)>,
    disabled: BTreeSet<String>,
    /// Surnames that stand for no one alone, lowercased.
    not_surnames: BTreeSet<String>,
    /// States' capitals, lowercased.
    cities: BTreeSet<String>,
    /// States' adjectives, lowercased.
    adjectives: BTreeSet<String>,
}

fn split_multi(cell: &str) -> impl Iterator<Item = &str> {
    cell.split("; ").map(str::trim).filter(|s| !s.is_empty())
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl GazetteerBuilder {
    fn entry_mut(&mut self, id: &str) -> Option<&mut Entry> {
        self.by_id.get(id).map(|&i| &mut self.entries[i])
    }

    fn insert(&mut self, entry: Entry) {
        match self.by_id.get(&*entry.actor.id) {
            Some(&i) => self.entries[i] = entry,
            None => {
                self.by_id
                    .insert(entry.actor.id.to_string(), self.entries.len());
                self.entries.push(entry);
            }
        }
    }

    /// Reads a `states.tsv` table (columns by header name).
    pub fn add_states(&mut self, text: &str, origin: &str) -> Result<(), DataError> {
        for (line, row) in tsv_rows(text, origin)? {
            let get = |k: &str| row.get(k).copied().unwrap_or("");
            let iso3 = get("iso3");
            if iso3.len() != 3 {
                return Err(DataError::at(
                    origin,
                    line,
                    format!("iso3 '{iso3}' is not three letters"),
                ));
            }
            let mut aliases = vec![get("name_en").to_string(), get("name_id").to_string()];
            for col in [
                "names_en_other",
                "adjective_en",
                "names_id_other",
                "seat_metonyms",
            ] {
                aliases.extend(split_multi(get(col)).map(str::to_string));
            }
            // Its people in the plural act or are acted on as it ("expelling
            // the same number of Germans"): the adjective with an "s", where
            // English forms the plural so (not "Chinese", "French", "Swiss").
            let plurals: Vec<String> = split_multi(get("adjective_en"))
                .filter(|a| {
                    a.ends_with(['n', 'i', 'o', 'a'])
                        && !a.contains(' ')
                        && !split_multi(get("names_en_other")).any(|n| n == *a)
                })
                .map(|a| format!("{a}s"))
                .collect();
            self.adjectives
                .extend(split_multi(get("adjective_en")).map(str::to_lowercase));
            self.adjectives
                .extend(plurals.iter().map(|p| p.to_lowercase()));
            aliases.extend(plurals);
            for col in ["capital_en", "capital_id"] {
                aliases.extend(split_multi(get(col)).map(str::to_string));
                self.cities
                    .extend(split_multi(get(col)).map(str::to_lowercase));
            }
            aliases.retain(|a| !a.is_empty());
            dedup_keep_order(&mut aliases);
            self.insert(Entry {
                monarchy: get("monarchy") == "yes",
                court: false,
                actor: Actor {
                    id: iso3.into(),
                    name: get("name_en").into(),
                    kind: ActorKind::State,
                    country: Some(iso3.into()),
                    wikidata: Some(get("wikidata"))
                        .filter(|s| !s.is_empty())
                        .map(Into::into),
                    aliases,
                    members: Default::default(),
                },
                roles: Vec::new(),
                origin: format!("{origin}:{line}"),
            });
        }
        Ok(())
    }

    /// Reads a `leaders.tsv` table: one row per person per role period.
    pub fn add_leaders(&mut self, text: &str, origin: &str) -> Result<(), DataError> {
        for (line, row) in tsv_rows(text, origin)? {
            let get = |k: &str| row.get(k).copied().unwrap_or("");
            let id = get("person_id");
            if id.is_empty() {
                return Err(DataError::at(origin, line, "empty person_id"));
            }
            let state = get("state").to_string();
            let note = get("note");
            let role = RolePeriod {
                state: state.clone(),
                role: get("role").to_string(),
                title: get("title_en").to_string(),
                titles: std::iter::once(get("title_en"))
                    .chain(split_multi(get("title_id")))
                    .filter(|t| !t.is_empty())
                    .map(str::to_lowercase)
                    .collect(),
                start: parse_date(get("start")),
                end: parse_date(get("end")),
                ended_unknown: note.starts_with("end unverified:")
                    || note.starts_with("dates unverified:"),
                origin: format!("{origin}:{line}"),
            };
            for (col, value) in [("start", get("start")), ("end", get("end"))] {
                if !value.is_empty() && parse_date(value).is_none() {
                    return Err(DataError::at(
                        origin,
                        line,
                        format!("{col} '{value}' is not YYYY-MM-DD"),
                    ));
                }
            }
            let name = get("name").to_string();
            let mut aliases = vec![name.clone()];
            aliases.extend(split_multi(get("names_other")).map(str::to_string));
            // The press writes "Recep Tayyip Erdogan", "Andres Manuel Lopez
            // Obrador" as often as the names with their diacritics.
            let plain = fold_diacritics(&name);
            if plain != name && !aliases.contains(&plain) {
                aliases.insert(1, plain);
            }
            // "K. P. Sharma Oli" is written "K.P. Sharma Oli" too, and
            // "Ferdinand Marcos Jr." without its last point.
            let joined = join_initials(&name);
            let unpointed = name.strip_suffix('.').map(str::to_string);
            for variant in std::iter::once(joined).chain(unpointed) {
                if variant != name && !aliases.contains(&variant) {
                    aliases.push(variant);
                }
            }
            if let Some(entry) = self.entry_mut(id) {
                entry.roles.push(role);
                for a in aliases {
                    if !entry.actor.aliases.contains(&a) {
                        entry.actor.aliases.push(a);
                    }
                }
                continue;
            }
            let index = self.entries.len();
            // The name as written without its diacritics ("Nguyen Xuan Phuc")
            // gives the short names the press writes too.
            let plain = aliases
                .iter()
                .skip(1)
                .find(|a| without_diacritics(&name, a));
            for form in std::iter::once(&name).chain(plain) {
                let words: Vec<&str> = form.split_whitespace().collect();
                if words.len() < 2 {
                    continue;
                }
                // Surnames stand for a person; first names only where the
                // press uses them alone (Indonesian names: "Prabowo").
                // Chinese and Korean names put the family name first, and it
                // is short ("Lai" for Lai Ching-te, "Yoon", "Xi").
                let family_first = family_name_first(&state);
                let given = (state == "IDN" && !family_first).then(|| words[0]);
                for w in given.into_iter().chain(family_name(&words, &state)) {
                    let shortest = if family_first { 2 } else { 4 };
                    if w.chars().count() >= shortest
                        && w.chars().next().is_some_and(char::is_uppercase)
                    {
                        self.weak_aliases.push((w.to_string(), index));
                    }
                }
            }
            self.insert(Entry {
                monarchy: false,
                court: false,
                actor: Actor {
                    id: id.into(),
                    name: name.into(),
                    kind: ActorKind::Person,
                    country: Some(state.into()),
                    wikidata: Some(get("wikidata"))
                        .filter(|s| !s.is_empty())
                        .map(Into::into),
                    aliases,
                    members: Default::default(),
                },
                roles: vec![role],
                origin: format!("{origin}:{line}"),
            });
        }
        Ok(())
    }

    /// Reads an `actors.toml` file: groups, organisations, aliases, places.
    pub fn add_actors_toml(&mut self, text: &str, origin: &str) -> Result<(), DataError> {
        let file: ActorsFile =
            toml::from_str(text).map_err(|e| DataError::toml(origin, text, &e))?;
        for spec in file.actors {
            let kind = ActorKind::parse(&spec.kind).ok_or_else(|| {
                DataError::entry(origin, &spec.id, format!("unknown kind '{}'", spec.kind))
            })?;
            let mut aliases = vec![spec.name.clone()];
            aliases.extend(spec.aliases);
            dedup_keep_order(&mut aliases);
            let index = self
                .by_id
                .get(&spec.id)
                .copied()
                .unwrap_or(self.entries.len());
            self.preferred
                .extend(aliases.iter().map(|a| (a.clone(), index)));
            let spec_id = spec.id.clone();
            let country = match kind {
                ActorKind::State => Some(spec.country.unwrap_or_else(|| spec.id.clone())),
                _ => spec.country,
            };
            self.insert(Entry {
                monarchy: false,
                court: spec.court,
                actor: Actor {
                    id: spec.id.into(),
                    name: spec.name.into(),
                    kind,
                    country: country.map(Into::into),
                    wikidata: spec.wikidata.map(Into::into),
                    aliases,
                    members: spec.members.into(),
                },
                roles: Vec::new(),
                origin: format!("{origin} [actor {}]", spec_id),
            });
        }
        for spec in file.aliases {
            let index = *self.by_id.get(&spec.actor).ok_or_else(|| {
                DataError::entry(origin, &spec.actor, "alias for an unknown actor")
            })?;
            self.preferred
                .extend(spec.aliases.iter().map(|a| (a.clone(), index)));
            let entry = &mut self.entries[index];
            for a in spec.aliases {
                if !entry.actor.aliases.contains(&a) {
                    entry.actor.aliases.push(a);
                }
            }
        }
        for spec in file.places {
            self.places.extend(spec.names);
        }
        self.not_surnames
            .extend(file.not_surnames.iter().map(|w| w.to_lowercase()));
        for id in file.disable {
            if !self.by_id.contains_key(&id) {
                return Err(DataError::entry(
                    origin,
                    &id,
                    "disable: no actor has this id (`geokg actors NAME` shows ids)",
                ));
            }
            self.disabled.insert(id);
        }
        Ok(())
    }

    pub fn build(self) -> Result<Gazetteer, DataError> {
        let mut forms: BTreeMap<String, Target> = BTreeMap::new();
        let mut order: Vec<(String, Target, bool)> = Vec::new();
        let mut add = |form: &str, target: Target, weak: bool| {
            let key = form.to_lowercase();
            // A name already taken keeps its first owner; derived names
            // never displace a listed one.
            if let std::collections::btree_map::Entry::Vacant(slot) = forms.entry(key) {
                slot.insert(target);
                order.push((form.to_string(), target, weak));
            }
        };
        for name in &self.places {
            add(name, Target::Place, false);
        }
        let off = |i: usize| self.disabled.contains(&*self.entries[i].actor.id);
        for (alias, i) in &self.preferred {
            if !off(*i) {
                add(alias, Target::Actor(*i), false);
            }
        }
        for (i, entry) in self.entries.iter().enumerate() {
            if off(i) {
                continue;
            }
            // (A person's one-word alias that is a listed not-surname is
            // left out too: the tables write "Wagner" for Jaques Wagner.)
            let person = entry.actor.kind == ActorKind::Person;
            for alias in &entry.actor.aliases {
                if person && self.not_surnames.contains(&alias.to_lowercase()) {
                    continue;
                }
                add(alias, Target::Actor(i), false);
            }
        }
        // Surnames and first names stand for a person only when no other
        // actor or person shares them.
        let mut weak_count: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for (w, i) in &self.weak_aliases {
            weak_count.entry(w.to_lowercase()).or_default().insert(*i);
        }
        for (w, i) in &self.weak_aliases {
            let lower = w.to_lowercase();
            if weak_count[&lower].len() == 1 && !off(*i) && !self.not_surnames.contains(&lower) {
                add(w, Target::Actor(*i), true);
            }
        }
        let patterns: Vec<Pattern> = order
            .into_iter()
            .map(|(form, target, weak)| {
                let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
                let exact = letters.len() >= 2
                    && letters.len() <= 5
                    && letters.iter().all(|c| c.is_uppercase());
                let capital = form.chars().next().is_some_and(char::is_uppercase);
                let city = self.cities.contains(&form.to_lowercase());
                let adjective = self.adjectives.contains(&form.to_lowercase());
                Pattern {
                    target,
                    exact,
                    capital,
                    weak,
                    city,
                    adjective,
                    form,
                }
            })
            .collect();
        let names = NameIndex::new(&patterns);
        // Who ever held each state's titles, for "the German chancellor".
        let mut titled: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.actor.kind != ActorKind::Person || off(i) {
                continue;
            }
            for role in &entry.roles {
                for title in &role.titles {
                    let held = titled.entry(format!("{} {title}", role.state)).or_default();
                    if !held.contains(&i) {
                        held.push(i);
                    }
                }
            }
        }
        Ok(Gazetteer {
            by_id: self.by_id,
            entries: self.entries,
            patterns,
            names,
            titled,
        })
    }
}

/// Initials written together: "K. P. Sharma Oli" -> "K.P. Sharma Oli".
fn join_initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let initial = |w: &str| {
        let mut c = w.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_alphabetic())
    };
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 && !(initial(w) && initial(words[k - 1])) {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `name` with its diacritics taken off ("Erdoğan" -> "Erdogan"); letters
/// with no decomposition that the press writes plain too are mapped.
pub fn fold_diacritics(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ı' => 'i',
            'ł' => 'l',
            'Ł' => 'L',
            'ø' => 'o',
            'Ø' => 'O',
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

/// `plain` is `name` with its letters outside ASCII written as others
/// (the same number of characters, the ASCII ones unchanged).
fn without_diacritics(name: &str, plain: &str) -> bool {
    name != plain
        && plain.is_ascii()
        && name.chars().count() == plain.chars().count()
        && name
            .chars()
            .zip(plain.chars())
            .all(|(a, b)| a == b || (!a.is_ascii() && b.is_alphabetic()))
}

/// The names by their first word, ASCII-lowercased (the same byte offsets
/// in the text): the longest name at a word start is one hash lookup and a
/// few prefix compares. Building it is one pass over the names; an
/// Aho-Corasick automaton over the 7,700 names spent most of the load
/// filling its failure transitions.
struct NameIndex {
    /// Pattern indices, longest form first, then in the patterns' order.
    by_first_word: FxHashMap<String, Vec<usize>>,
    folded: Vec<String>,
}

/// The leading run of word characters (empty when `s` starts with another).
fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !is_word_char(c)).unwrap_or(s.len());
    &s[..end]
}

impl NameIndex {
    fn new(patterns: &[Pattern]) -> NameIndex {
        let folded: Vec<String> = patterns
            .iter()
            .map(|p| p.form.to_ascii_lowercase())
            .collect();
        let mut by_first_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, form) in folded.iter().enumerate() {
            by_first_word
                .entry(first_word(form).to_string())
                .or_default()
                .push(i);
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(folded[i].len()));
        }
        NameIndex {
            by_first_word,
            folded,
        }
    }

    /// The names that `rest` (folded text) starts with, longest first.
    fn starting(&self, rest: &str) -> impl Iterator<Item = usize> {
        self.by_first_word
            .get(first_word(rest))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&i| rest.starts_with(self.folded[i].as_str()))
    }
}

fn dedup_keep_order(v: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    v.retain(|s| seen.insert(s.clone()));
}

pub(crate) type Row<'a> = BTreeMap<&'a str, &'a str>;

pub(crate) fn tsv_rows<'a>(
    text: &'a str,
    origin: &str,
) -> Result<Vec<(usize, Row<'a>)>, DataError> {
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = match lines.next() {
        Some((_, h)) => h.split('\t').collect(),
        None => {
            return Err(DataError::File {
                file: origin.into(),
                message: "empty table".into(),
            });
        }
    };
    let mut rows = Vec::new();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(DataError::at(
                origin,
                i + 1,
                format!("{} cells, the header has {}", cells.len(), header.len()),
            ));
        }
        rows.push((
            i + 1,
            header.iter().zip(cells).map(|(h, c)| (*h, c)).collect(),
        ));
    }
    Ok(rows)
}

/// All actors and the index of their names.
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: BTreeMap<String, usize>,
    patterns: Vec<Pattern>,
    names: NameIndex,
    /// "STATE title" (lowercased, either language) to the people who ever
    /// held it.
    titled: BTreeMap<String, Vec<usize>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Gazetteer {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The one person who held `title` (lowercased, either language) for
    /// `state` on `date`, by the role periods; none when the data has no
    /// one, or more than one.
    pub fn holder(&self, state: &str, title: &str, date: NaiveDate) -> Option<&Entry> {
        let mut found = self
            .titled
            .get(&format!("{state} {title}"))?
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|e| e.holds(state, title, date));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// How the names in `query` resolve on `date`; an actor id is taken
    /// as itself when no name matches.
    pub fn resolve(&self, query: &str, date: Option<NaiveDate>) -> Vec<Resolution> {
        let mut found: Vec<(String, usize, bool)> = self
            .find(query)
            .into_iter()
            .filter_map(|m| match m.target {
                Target::Actor(i) => Some((query[m.span.start..m.span.end].to_string(), i, m.weak)),
                Target::Place => None,
            })
            .collect();
        if found.is_empty()
            && let Some(i) = self.index_of(query.trim())
        {
            found.push((query.trim().to_string(), i, false));
        }
        found
            .into_iter()
            .map(|(form, i, weak)| {
                let entry = &self.entries[i];
                let actor = entry.actor_on(date);
                let role = entry.role_on(date);
                let span = |r: &RolePeriod| {
                    format!(
                        "{} ({}) {} to {}",
                        if r.title.is_empty() {
                            &r.role
                        } else {
                            &r.title
                        },
                        r.state,
                        r.start.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
                        r.end.map(|d| d.to_string()).unwrap_or_else(|| {
                            if r.ended_unknown {
                                "?".into()
                            } else {
                                "now".into()
                            }
                        })
                    )
                };
                Resolution {
                    form,
                    id: actor.id.to_string(),
                    name: actor.name.to_string(),
                    kind: actor.kind,
                    state: actor.country.as_deref().map(String::from),
                    role: role.map(|(r, _)| span(r)),
                    in_office: role.map(|(_, covers)| covers),
                    decided_by: role
                        .map(|(r, _)| r.origin.clone())
                        .unwrap_or_else(|| entry.origin.clone()),
                    by_short_name: weak,
                }
            })
            .collect()
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Every actor or place name in `text`, leftmost-longest, on word
    /// boundaries, with the case rules of [`Pattern`].
    pub fn find(&self, text: &str) -> Vec<RawMention> {
        let mut out = Vec::new();
        let folded = text.to_ascii_lowercase();
        // Names start where no word character precedes; after a name the
        // search goes on from its end, after a rejected one from the next
        // character, so a rejected name does not hide one that starts
        // inside it ("The Eu|ropean Union" is not "the EU").
        let mut pos = 0;
        let mut before: Option<char> = None;
        while pos < text.len() {
            let c = text[pos..].chars().next().unwrap_or(' ');
            // (The longest that holds there: "a US congressional
            // delegation" is the US where "US Congress" runs into a word.)
            let found_here = if before.is_some_and(is_word_char) {
                None
            } else {
                self.names.starting(&folded[pos..]).find(|&i| {
                    let pattern = &self.patterns[i];
                    self.valid(text, pos, pos + pattern.form.len(), pattern)
                })
            };
            if let Some(index) = found_here {
                let pattern = &self.patterns[index];
                let (start, mut end) = (pos, pos + pattern.form.len());
                // "Presiden Prabowo Subianto": a name of the same actor
                // that starts inside the match and runs on ("Prabowo
                // Subianto") extends it, so no orphan word is left.
                let mut at = start + 1;
                while at < end {
                    let word_start = text.is_char_boundary(at)
                        && text[..at]
                            .chars()
                            .next_back()
                            .is_some_and(|c| !is_word_char(c))
                        && text[at..].chars().next().is_some_and(is_word_char);
                    if word_start
                        && let Some(i) = self.names.starting(&folded[at..]).next()
                        && self.patterns[i].target == pattern.target
                        && at + self.patterns[i].form.len() > end
                        && self.valid(
                            text,
                            at,
                            at + self.patterns[i].form.len(),
                            &self.patterns[i],
                        )
                    {
                        end = at + self.patterns[i].form.len();
                    }
                    at += 1;
                }
                out.push(RawMention {
                    span: Span::new(start, end),
                    target: pattern.target,
                    weak: pattern.weak,
                    city: pattern.city,
                    adjective: pattern.adjective,
                });
                before = text[..end].chars().next_back();
                pos = end;
                continue;
            }
            before = Some(c);
            pos += c.len_utf8();
        }
        self.owned_bodies(text, out)
    }

    /// "Kemlu Irak", "DPR Filipina": another state's name right after a
    /// state body names whose body it is (Indonesian puts the owner after
    /// the head), so the two are one mention of that state. (A capital
    /// names where the body sits: "KBRI Kuala Lumpur".)
    fn owned_bodies(&self, text: &str, found: Vec<RawMention>) -> Vec<RawMention> {
        let body_of = |m: &RawMention| match m.target {
            Target::Actor(i) => {
                let a = &self.entry(i).actor;
                (a.kind == ActorKind::Organization)
                    .then_some(a.country.as_deref())
                    .flatten()
            }
            Target::Place => None,
        };
        let state = |m: &RawMention| match m.target {
            Target::Actor(i) => {
                let a = &self.entry(i).actor;
                (a.kind == ActorKind::State).then_some(&*a.id)
            }
            Target::Place => None,
        };
        let mut out: Vec<RawMention> = Vec::with_capacity(found.len());
        for m in found {
            if let Some(last) = out.last()
                && text.get(last.span.end..m.span.start) == Some(" ")
                && let (Some(owner), Some(named)) = (body_of(last), state(&m))
                && owner != named
                && !m.city
            {
                let start = last.span.start;
                out.pop();
                out.push(RawMention {
                    span: Span::new(start, m.span.end),
                    ..m
                });
                continue;
            }
            out.push(m);
        }
        out
    }

    fn valid(&self, text: &str, start: usize, end: usize, pattern: &Pattern) -> bool {
        let found = &text[start..end];
        let after = text[end..].chars().next();
        // "the Alliance of Sahel States", "Bank of ...": a name followed
        // by "of" and a capitalised word is the start of a longer name
        // (a listed longer one would have matched: longest first).
        let longer_name = text[end..]
            .strip_prefix(" of ")
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase);
        !after.is_some_and(is_word_char)
            && !longer_name
            && (!pattern.exact || found == pattern.form)
            && (!pattern.capital || found.chars().next().is_some_and(char::is_uppercase))
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    fn found(text: &str) -> Vec<String> {
        let lex = Lexicon::builtin().unwrap();
        let g = &lex.gazetteer;
        g.find(text)
            .into_iter()
            .map(|m| match m.target {
                super::Target::Actor(i) => g.entry(i).actor.id.to_string(),
                super::Target::Place => format!("place:{}", &text[m.span.start..m.span.end]),
            })
            .collect()
    }

    /// The text of every name found, in order.
    fn spans(text: &str) -> Vec<&str> {
        let lex = Lexicon::builtin().unwrap();
        lex.gazetteer
            .find(text)
            .iter()
            .map(|m| &text[m.span.start..m.span.end])
            .collect()
    }

    #[test]
    fn a_family_name_two_listed_people_share_names_neither_alone() {
        // Nawaz and Shehbaz Sharif were both Pakistan's prime minister.
        assert!(found("Sharif said").is_empty());
        assert_eq!(found("Shehbaz Sharif said"), ["shehbaz_sharif"]);
    }

    #[test]
    fn initials_are_found_written_together_too() {
        assert_eq!(super::join_initials("K. P. Sharma Oli"), "K.P. Sharma Oli");
        assert_eq!(super::join_initials("Mike Pompeo"), "Mike Pompeo");
        assert_eq!(found("Prime Minister K.P. Sharma Oli"), ["kp_sharma_oli"]);
        let names = spans("Presiden Filipina Ferdinand Marcos Jr dan Xi");
        assert!(names.contains(&"Ferdinand Marcos Jr"), "{names:?}");
    }

    #[test]
    fn a_name_is_found_without_its_diacritics_too() {
        let text = "Recep Tayyip Erdogan and Andres Manuel Lopez Obrador";
        assert_eq!(
            found(text),
            ["recep_tayyip_erdogan", "andres_manuel_lopez_obrador"]
        );
        // The whole name, not "Tayyip Erdogan" after an unknown "Recep".
        let lex = Lexicon::builtin().unwrap();
        assert_eq!(lex.gazetteer.find(text)[0].span.start, 0);
    }

    #[test]
    fn names_match_on_word_boundaries_with_case_rules() {
        assert_eq!(
            found("The European Union imposed sanctions on Russia."),
            ["EU", "RUS"]
        );
        assert_eq!(found("Korea Selatan dan Korea Utara"), ["KOR", "PRK"]);
        assert_eq!(
            found("AS dan Rusia; as far as Russian"),
            ["USA", "RUS", "RUS"]
        );
        assert_eq!(
            found("di Jawa Barat, negara-negara Barat, Tepi Barat"),
            ["place:Jawa Barat", "WEST", "PSE"]
        );
        assert_eq!(found("Israel menyerang Iran"), ["ISR", "IRN"]);
        assert_eq!(
            found("Presiden Putin bertemu Kim Jong Un"),
            ["vladimir_putin", "kim_jong_un"]
        );
    }

    #[test]
    fn a_name_of_the_same_actor_running_on_extends_the_match() {
        let found = spans("Presiden Prabowo Subianto dan Presiden China Xi Jinping");
        assert_eq!(found[0], "Presiden Prabowo Subianto");
    }
}
