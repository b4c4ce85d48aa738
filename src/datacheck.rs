//! Checks of data files without running anything (`geokg data check`) and
//! of every trigger entry's examples (`geokg data test`). Every finding
//! names the file and line it is about, with a hint.

use std::collections::BTreeMap;
use std::path::Path;

use crate::lexicon::gazetteer::tsv_rows;
use crate::lexicon::{Language, Lexicon, builtin_files};
use crate::model::{Article, EventType};
use crate::{Options, Pipeline};

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub hint: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {} (hint: {})",
            self.file, self.line, self.message, self.hint
        )
    }
}

fn finding(file: &str, line: usize, message: String, hint: &str) -> Finding {
    Finding {
        file: file.to_string(),
        line,
        message,
        hint: hint.to_string(),
    }
}

/// The 1-based line of the `n`th (0-based) occurrence of `needle`.
fn line_of(text: &str, needle: &str, n: usize) -> usize {
    text.match_indices(needle)
        .nth(n)
        .map(|(at, _)| crate::error::line_at(text, at))
        .unwrap_or(0)
}

/// The files a data directory holds, as (path, text); missing ones left out.
fn dir_files(dir: &Path) -> Vec<(String, String)> {
    let mut paths = vec![
        dir.join("states.tsv"),
        dir.join("leaders.tsv"),
        dir.join("actors.toml"),
    ];
    if let Ok(read) = std::fs::read_dir(dir.join("lang")) {
        let mut langs: Vec<_> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        langs.sort();
        paths.extend(langs);
    }
    paths
        .into_iter()
        .filter_map(|p| {
            std::fs::read_to_string(&p)
                .ok()
                .map(|t| (p.display().to_string(), t))
        })
        .collect()
}

/// Checks the built-in data and `dirs` (read after it, in order). Without
/// `dirs`, the built-in files are checked; with them, only what they add.
pub fn check(dirs: &[&Path]) -> Vec<Finding> {
    let lexicon = match Lexicon::load(dirs) {
        Ok(l) => l,
        Err(e) => return vec![load_error(&e)],
    };
    let files: Vec<(String, String)> = if dirs.is_empty() {
        builtin_files()
            .into_iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect()
    } else {
        dirs.iter().flat_map(|d| dir_files(d)).collect()
    };
    let mut out = Vec::new();
    for (path, text) in &files {
        if path.ends_with(".toml") && path.contains("lang") {
            duplicate_triggers(path, text, &mut out);
            cue_in_two_kinds(path, text, &mut out);
        } else if path.ends_with("actors.toml") {
            duplicate_actors(path, text, &mut out);
        } else if path.ends_with("leaders.tsv")
            || path.ends_with("leaders_more.tsv")
            || path.ends_with("leaders_world.tsv")
        {
            overlapping_roles(path, text, &mut out);
        }
    }
    let checked: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    colliding_aliases(&lexicon, &checked, &files, &mut out);
    for f in test(&lexicon) {
        if checked.contains(&f.file.as_str()) && !f.fired {
            out.push(finding(
                &f.file,
                f.line,
                format!(
                    "trigger {} gives no {} event on its own example {:?}",
                    f.trigger, f.event_type, f.text
                ),
                "a form of the entry must occur in the example as written (Indonesian roots are affixed: see morph forms), with the objects it requires close after it",
            ));
        }
    }
    out
}

fn load_error(e: &crate::error::DataError) -> Finding {
    use crate::error::DataError;
    let hint =
        "every field is documented in data/README.md; a misspelt or unknown field is refused";
    match e {
        DataError::At {
            file,
            line,
            message,
        } => finding(file, *line, message.clone(), hint),
        DataError::Entry { file, id, message } => {
            let line = std::fs::read_to_string(file)
                .map(|t| line_of(&t, &format!("\"{id}\""), 0))
                .unwrap_or(0);
            finding(file, line, format!("{id}: {message}"), hint)
        }
        other => finding("data", 0, other.to_string(), hint),
    }
}

fn duplicate_triggers(path: &str, text: &str, out: &mut Vec<Finding>) {
    let Ok(file) = Language::parse(text, path) else {
        return;
    };
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &file.triggers {
        let n = seen.entry(&t.id).or_default();
        if *n > 0 {
            out.push(finding(
                path,
                line_of(text, &format!("id = \"{}\"", t.id), *n),
                format!("duplicate trigger id '{}' in one file", t.id),
                "ids are unique; to replace an entry of an earlier file, give the new one its id in a later --data directory",
            ));
        }
        *n += 1;
    }
}

/// A modality cue listed under two kinds: one matcher holds them all, so
/// the first kind would win silently.
fn cue_in_two_kinds(path: &str, text: &str, out: &mut Vec<Finding>) {
    let Ok(file) = Language::parse(text, path) else {
        return;
    };
    let c = &file.cues;
    let kinds: [(&str, &Vec<String>); 7] = [
        ("hypothetical", &c.hypothetical),
        ("hypothetical_wide", &c.hypothetical_wide),
        ("hypothetical_clause", &c.hypothetical_clause),
        ("negation", &c.negation),
        ("negation_clause", &c.negation_clause),
        ("not_negation", &c.not_negation),
        ("alleged", &c.alleged),
    ];
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (kind, list) in kinds {
        for phrase in list {
            let key = phrase.to_lowercase();
            match seen.get(&key) {
                Some(first) if *first != kind => out.push(finding(
                    path,
                    line_of(text, &format!("\"{phrase}\""), 1),
                    format!("cue '{phrase}' is listed under both {first} and {kind}"),
                    "a phrase has one modality kind: keep it under the one you mean",
                )),
                Some(_) => {}
                None => {
                    seen.insert(key, kind);
                }
            }
        }
    }
}

fn duplicate_actors(path: &str, text: &str, out: &mut Vec<Finding>) {
    let Ok(value) = text.parse::<toml::Table>() else {
        return;
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for a in value
        .get("actor")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let Some(id) = a.get("id").and_then(|v| v.as_str()) else {
            continue;
        };
        let n = seen.entry(id.to_string()).or_default();
        if *n > 0 {
            out.push(finding(
                path,
                line_of(text, &format!("id = \"{id}\""), *n),
                format!("duplicate actor id '{id}' in one file"),
                "ids are unique; add names to an existing actor with [[alias]]",
            ));
        }
        *n += 1;
    }
}

/// A role period: its line, start and end.
type Period = (usize, Option<chrono::NaiveDate>, Option<chrono::NaiveDate>);

fn overlapping_roles(path: &str, text: &str, out: &mut Vec<Finding>) {
    let Ok(rows) = tsv_rows(text, path) else {
        return;
    };
    let date = |s: &str| chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let mut periods: BTreeMap<(String, String), Vec<Period>> = BTreeMap::new();
    for (line, row) in rows {
        let get = |k: &str| row.get(k).copied().unwrap_or_default();
        let (start, end) = (date(get("start")), date(get("end")));
        if let (Some(s), Some(e)) = (start, end)
            && e <= s
        {
            out.push(finding(
                path,
                line,
                format!(
                    "role of {} ends ({e}) before it starts ({s})",
                    get("person_id")
                ),
                "start and end are YYYY-MM-DD; the end is the first day out of office",
            ));
        }
        // Unsure cells (shared/data's convention) do not make an overlap.
        let unsure = |note: &str| {
            ["end unverified", "start unverified", "dates unverified"]
                .iter()
                .any(|u| note.starts_with(u))
        };
        if unsure(get("note")) {
            continue;
        }
        // One person may be head of state of several states (a monarch).
        let key = (
            get("person_id").to_string(),
            format!("{}/{}", get("role"), get("state")),
        );
        let list = periods.entry(key.clone()).or_default();
        for &(other, s2, e2) in list.iter() {
            let overlap = start.is_none_or(|s| e2.is_none_or(|e| s < e))
                && s2.is_none_or(|s| end.is_none_or(|e| s < e));
            if overlap {
                out.push(finding(
                    path,
                    line,
                    format!(
                        "{} holds role '{}' twice at once: this period overlaps the one on line {other}",
                        key.0, get("role")
                    ),
                    "close the earlier period (its end) before this one starts, or merge the rows",
                ));
            }
        }
        list.push((line, start, end));
    }
}

fn colliding_aliases(
    lexicon: &Lexicon,
    checked: &[&str],
    files: &[(String, String)],
    out: &mut Vec<Finding>,
) {
    let mut owners: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, e) in lexicon.gazetteer.entries().iter().enumerate() {
        for a in &e.actor.aliases {
            let list = owners.entry(a.as_str()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    for (alias, list) in owners {
        if list.len() < 2 {
            continue;
        }
        let entries: Vec<_> = list.iter().map(|&i| lexicon.gazetteer.entry(i)).collect();
        // The built-in actors.toml takes a capital or seat for its actor on
        // purpose ("Brussels" is the EU): documented precedence.
        if entries
            .iter()
            .any(|e| e.origin.starts_with("data/actors.toml ["))
        {
            continue;
        }
        let Some(mine) = entries.iter().find(|e| {
            checked.iter().any(|c| {
                e.origin.starts_with(&format!("{c}:")) || e.origin.starts_with(&format!("{c} ["))
            })
        }) else {
            continue;
        };
        let (file, line) = locate(&mine.origin, files);
        let others: Vec<&str> = entries
            .iter()
            .filter(|e| e.actor.id != mine.actor.id)
            .map(|e| &*e.actor.id)
            .collect();
        out.push(finding(
            &file,
            line,
            format!(
                "alias '{alias}' of {} is also an alias of {}",
                mine.actor.id,
                others.join(", ")
            ),
            "a name must point at one actor: drop it from one of them, or make it longer (\"Georgia (US state)\")",
        ));
    }
}

/// `file:line` or `file [actor ID]` to a file and line.
fn locate(origin: &str, files: &[(String, String)]) -> (String, usize) {
    if let Some((file, line)) = origin.rsplit_once(':')
        && let Ok(n) = line.parse()
    {
        return (file.to_string(), n);
    }
    if let Some((file, rest)) = origin.split_once(" [actor ") {
        let id = rest.trim_end_matches(']');
        let line = files
            .iter()
            .find(|(p, _)| p == file)
            .map(|(_, t)| line_of(t, &format!("id = \"{id}\""), 0))
            .unwrap_or(0);
        return (file.to_string(), line);
    }
    (origin.to_string(), 0)
}

/// One example of a trigger entry, run.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ExampleRun {
    pub trigger: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub file: String,
    pub line: usize,
    pub lang: String,
    pub text: String,
    pub want: Vec<String>,
    pub got: Vec<String>,
    /// The entry itself fired on the example.
    pub fired: bool,
}

impl ExampleRun {
    pub fn passed(&self) -> bool {
        self.want == self.got
    }
}

/// An event as examples list it: `type SRC->TGT modality`, states
/// collapsed, symmetric pairs in order.
pub fn describe(e: &crate::Event) -> String {
    pair_text(
        e.event_type,
        e.source.collapse(),
        e.target.as_ref().map(|t| t.collapse()).unwrap_or("-"),
        e.modality.name(),
    )
}

fn pair_text(t: EventType, s: &str, o: &str, modality: &str) -> String {
    let (mut s, mut o) = (s.to_string(), o.to_string());
    if t.is_symmetric() && o != "-" && o < s {
        std::mem::swap(&mut s, &mut o);
    }
    format!("{} {s}->{o} {modality}", t.name())
}

/// An example's expectation in the same form ("meet B->A" is "meet A->B").
pub fn normalise(expect: &str) -> String {
    let parts: Vec<&str> = expect.split_whitespace().collect();
    let (Some(ty), Some(pair), Some(modality)) = (parts.first(), parts.get(1), parts.get(2)) else {
        return expect.to_string();
    };
    match (EventType::parse(ty), pair.split_once("->")) {
        (Some(t), Some((s, o))) => pair_text(t, s, o, modality),
        _ => expect.to_string(),
    }
}

/// Runs every trigger entry's examples.
pub fn test(lexicon: &Lexicon) -> Vec<ExampleRun> {
    let pipeline = Pipeline::new(lexicon);
    // Each file's text once, for the entries' line numbers: built-in
    // files are embedded, user files read on first need.
    let mut texts: BTreeMap<String, String> = builtin_files()
        .into_iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    let mut runs = Vec::new();
    for (lang, language) in &lexicon.languages {
        for trigger in &language.triggers {
            let text = texts
                .entry(trigger.origin.clone())
                .or_insert_with(|| std::fs::read_to_string(&trigger.origin).unwrap_or_default());
            let line = line_of(text, &format!("id = \"{}\"", trigger.id), 0);
            for ex in &trigger.examples {
                let article = Article {
                    id: "example".into(),
                    text: ex.text.clone(),
                    language: Some(*lang),
                    ..Default::default()
                };
                let options = Options {
                    lang: Some(*lang),
                    ..Default::default()
                };
                let events = pipeline.events(&[article], &options);
                // Another entry with the same form may take the hit; the
                // example still shows the entry's kind of event.
                let fired = events.iter().any(|e| {
                    e.event_type == trigger.event_type
                        || e.evidence.iter().any(|v| *v.rule == *trigger.id)
                });
                let mut got: Vec<String> = events.iter().map(describe).collect();
                got.sort();
                got.dedup();
                let mut want: Vec<String> = ex.expect.iter().map(|e| normalise(e)).collect();
                want.sort();
                runs.push(ExampleRun {
                    trigger: trigger.id.clone(),
                    event_type: trigger.event_type.name().to_string(),
                    file: trigger.origin.clone(),
                    line,
                    lang: lang.code().to_string(),
                    text: ex.text.clone(),
                    fired: fired || want.is_empty(),
                    want,
                    got,
                });
            }
        }
    }
    runs
}
