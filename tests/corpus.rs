//! Scores the test corpus (`tests/corpus/` and its subfolders, articles written for the
//! project with gold events) with the matching rules of
//! `shared/eval/score.py`, and fails when the scores fall below the levels
//! reached so far: a ratchet against regressions. The levels the corpus
//! issue asks for (precision 0.9, recall 0.85, dates 0.95) are the goal;
//! `tests/corpus/README.md` has the per-type table.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

// Over all 843 articles (the first set and the thirty-four written later, which
// score lower: see the README's table per set; dev9 was first scored
// unseen at 0.791 / 0.400 / 61/82, must_not 2; dev10 at 0.815 / 0.393 /
// 56/74, must_not 3 with the rules the session started with, and 0.818 /
// 0.401 with those written from dev9 before dev10 was read; dev11 at
// 0.767 / 0.426 / 65/90, must_not 4; dev12 at 0.763 / 0.427 / 59/96,
// must_not 7 with the session-start rules and 0.769 / 0.441 / 62/100,
// must_not 7 with those written from dev11 before dev12 was read; dev13
// at 0.735 / 0.351 / 58/81, must_not 5; dev14 at 0.685 / 0.401 / 58/83,
// must_not 6 with the session-start rules and 0.696 / 0.415 / 58/85,
// must_not 6 with those written from dev13 before dev14 was read; dev15 at
// 0.814 / 0.518 / 83/121, must_not 8 with the session-start rules and
// 0.807 / 0.521 / 84/122, must_not 8 with those written from dev13 and
// dev14 before dev15 was read; dev16 at 0.761 / 0.418 / 78/105, must_not
// 8 with the session-start rules, and the same with the first rules of
// session 12, written before it was read; dev17 at 0.788 / 0.442 / 85/128,
// must_not 5 with the session-start rules and 0.789 / 0.445 / 85/129,
// must_not 5 with all the rules session 12 wrote before it was read; dev18
// at 0.815 / 0.456 / 72/115, must_not 2 with the session-start rules and
// 0.826 / 0.460 / 74/117, must_not 2 with the rules session 13 wrote
// before it was read; dev19 at 0.829 / 0.458 / 92/133, must_not 5 with
// the session-start rules, and the same with the first rules of session
// 14, written before it was read; dev20 at 0.787 / 0.416 / 64/106,
// must_not 8 with the session-start rules, and the same with all the rules
// session 14 wrote before it was read; dev21 at 0.831 / 0.454 / 91/141,
// must_not 6 with the session-start rules, and the same with the first
// rules of session 15, written before it was read; dev22 at 0.773 / 0.419 /
// 71/116, must_not 3 with the session-start rules; dev23 at 0.788 / 0.435
// / 74/114, must_not 5 with the session-start rules, and the same with all
// the rules session 16 wrote before it was read; its recall took the
// level from 0.514 to 0.510; dev24 at 0.809 / 0.469 / 79/128, must_not 6
// with the session-start rules, and 0.810 / 0.472 / 80/129 with the first
// rules of session 17, written before it was read: the level 0.505; dev25
// at 0.825 / 0.435 / 80/129, must_not 10 with the session-start rules, and
// 0.835 / 0.440 / 81/130, must_not 10 with all the rules session 17 wrote
// before it was read; dev26 at 0.797 / 0.464 / 94/133, must_not 3 with the
// session-start rules, and the same with the first rules of session 18,
// written before it was read; dev27 at 0.791 / 0.396 / 91/123, must_not 8
// with the session-start rules, and 0.794 / 0.401 / 94/125, must_not 8
// with all the rules session 18 wrote before it was read; dev28 at 0.824 /
// 0.425 / 90/123, must_not 10 with the session-start rules; dev29 at 0.854
// / 0.464 / 103/162, must_not 11 with the session-start rules, and 0.850 /
// 0.464 / 104/162, must_not 11 with all the rules session 19 wrote before
// it was read; dev30 (32 articles) at 0.819 / 0.479 / 112/172, must_not 4
// with the session-start rules, and the same with the first rules of
// session 20, written before it was read; dev31 at 0.847 / 0.439 / 89/126,
// must_not 2 with the session-start rules, and the same with all the rules
// session 20 wrote before it was read; dev32 at 0.802 / 0.408 / 90/128,
// must_not 3 with the session-start rules, and the same with the first
// rule of session 21, written before it was read: recall over all 819 was
// 0.504 when it was added, 0.505 by the end of session 21; dev33 at 0.795
// / 0.409 / 68/97, must_not 5 with the session-start rules, and the same
// with the first rules of session 22, written before it was read: recall
// over all 843 was 0.5038 when it was added; 0.5088 and dates 0.734 at the
// end of session 23, when the levels rose to 0.506 and 0.73; 0.5106 at the
// end of session 24, when recall's rose to 0.508; 0.5126 and dates 0.741 at
// the end of session 25, when they rose to 0.511 and 0.735; 0.5163 and
// 0.742 at the end of session 26, when they rose to 0.515 and 0.74; 0.5226
// and 0.743 at the end of session 27, when recall's rose to 0.52; 0.5322
// at the end of session 29, when it rose to 0.53; 0.5340 at the end of
// session 30, when it rose to 0.533; 0.5362 at the end of session 31,
// when it rose to 0.535; 0.5397 at the end of session 32, when it rose to
// 0.539; 0.5416 at the end of session 33, when it rose to 0.541; 0.5438
// at the end of session 34, when it rose to 0.543; 0.5480 at the end of
// session 35, when it rose to 0.547; 0.5547 at the end of session 37, when
// it rose to 0.554; 0.5571 and dates 0.760 at the end of session 38, when
// they rose to 0.556 and 0.755; 0.5626 and 0.764 at the end of session 40,
// when they rose to 0.562 and 0.76; 0.5638 at the end of session 41, when
// recall's rose to 0.563; 0.5658 and dates 0.7665 at the end of session 43,
// when they rose to 0.565 and 0.765; 0.5667 and dates 0.7667 at the end of
// session 44, when recall's rose to 0.566; 0.5672 and dates 0.7666 at the
// end of session 45, when recall's rose to 0.567; 0.5708 and dates 0.7675
// at the end of session 48, when recall's rose to 0.570; 0.5740 and dates
// 0.7693 at the end of session 51, when they rose to 0.573 and 0.769;
// 0.5753 and dates 0.7692 at the end of session 52, when recall's rose to
// 0.575; 0.5777 and dates 0.7703 at the end of session 53, when they rose
// to 0.577 and 0.770; in session 54 the dates floor went back to 0.769 when
// 15 signings with no signatory named were matched: 8 of them dated in gold,
// 3 right, the others paired greedily with a sibling signing of another date
// that geokg misses, so 3729 of 4845 right is 0.7697; 0.5809 and dates
// 0.7699 at the end of session 54, when recall's rose to 0.580; 0.5821 and
// dates 0.7729 at the end of session 55, when they rose to 0.582 and 0.772;
// recall 0.5834 and dates 0.7752 at the end of session 56, when they rose to
// 0.583 and 0.775; recall 0.5850 and dates 0.7765 at the end of session 57,
// when they rose to 0.584 and 0.776; recall 0.5868 and dates 0.7783 at the
// end of session 58, when they rose to 0.586 and 0.778; recall 0.5885 and
// dates 0.7808 at the end of session 59, when recall's rose to 0.588 and the
// dates floor to 0.780: the last rule of that session, an act told again on
// another date ("in May 2021 and again in September 2022"), gives both acts
// their right dates, but the scorer pairs gold and geokg events of one type
// and pair greedily, in order, so the two swap and count as 2 dates wrong);
// recall 0.5901 and dates 0.7810 at the end of session 60, when recall's
// rose to 0.590 (the dates floor stays: 3844 of 4922 is 0.78098); recall
// 0.5916 and dates 0.7833 (3868 of 4938) at the end of session 61, when they
// rose to 0.591 and 0.783; recall 0.5939 and dates 0.7838 (3880 of 4950) at
// the end of session 62, when recall's rose to 0.593; recall 0.5958 and dates
// 0.7838 (3889 of 4962) at the end of session 63, when recall's rose to 0.595.
const MIN_PRECISION: f64 = 0.85;
const MIN_RECALL: f64 = 0.595;
const MIN_DATES: f64 = 0.783;

const SYMMETRIC: &[&str] = &[
    "meet",
    "sign_agreement",
    "cooperate",
    "negotiate",
    "phone_call",
];

struct Sys {
    event_type: String,
    source: Option<String>,
    target: Option<String>,
    participants: Vec<String>,
    modality: String,
    date: Option<String>,
}

fn code(a: &Value) -> Option<String> {
    match a {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o
            .get("country")
            .and_then(Value::as_str)
            .or_else(|| o.get("id").and_then(Value::as_str))
            .map(str::to_string),
        _ => None,
    }
}

fn list(g: &Value, any: &str, one: &str) -> Vec<Option<String>> {
    match g.get(any).and_then(Value::as_array) {
        Some(v) => v.iter().map(code).collect(),
        None => vec![g.get(one).and_then(code)],
    }
}

fn matches(g: &Value, s: &Sys) -> bool {
    let types: Vec<String> = match g.get("type_any").and_then(Value::as_array) {
        Some(v) => v
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        None => vec![g["type"].as_str().unwrap_or_default().to_string()],
    };
    if !types.contains(&s.event_type) || g["modality"].as_str() != Some(s.modality.as_str()) {
        return false;
    }
    let (srcs, tgts) = (
        list(g, "source_any", "source"),
        list(g, "target_any", "target"),
    );
    if srcs.contains(&s.source) && tgts.contains(&s.target) {
        return true;
    }
    let symmetric = SYMMETRIC.contains(&s.event_type.as_str())
        || SYMMETRIC.contains(&g["type"].as_str().unwrap_or_default());
    if symmetric {
        if srcs.contains(&s.target) && tgts.contains(&s.source) {
            return true;
        }
        let ps: BTreeSet<Option<String>> = s.participants.iter().cloned().map(Some).collect();
        return srcs.iter().any(|x| ps.contains(x))
            && tgts.iter().any(|y| y.is_some() && ps.contains(y));
    }
    false
}

fn date_ok(g: &Value, s: &Sys) -> bool {
    let Some(gd) = g.get("date").and_then(Value::as_str) else {
        return true;
    };
    let Some(sd) = s.date.as_deref() else {
        return false;
    };
    sd.starts_with(gd) && sd.len() <= gd.len() + 3 && (sd.len() == gd.len() || gd.len() < 10)
}

fn violates(m: &Value, s: &Sys) -> bool {
    for k in ["type", "modality"] {
        if let Some(v) = m.get(k).and_then(Value::as_str) {
            let mine = if k == "type" {
                &s.event_type
            } else {
                &s.modality
            };
            if v != mine {
                return false;
            }
        }
    }
    let mut pairs = vec![(s.source.clone(), s.target.clone())];
    if SYMMETRIC.contains(&s.event_type.as_str()) {
        pairs.push((s.target.clone(), s.source.clone()));
    }
    let fits = |(a, b): &(Option<String>, Option<String>)| {
        m.get("source").is_none_or(|v| code(v) == *a)
            && m.get("target").is_none_or(|v| code(v) == *b)
    };
    if !pairs.iter().any(fits) {
        return false;
    }
    if let Some(d) = m.get("date").and_then(Value::as_str) {
        return s.date.as_deref().is_some_and(|sd| sd.starts_with(d));
    }
    true
}

/// Splits score.py's `key: value` header from the body.
fn split_header(text: &str) -> (Option<String>, String) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut i = 0;
    let mut published = None;
    while i < lines.len()
        && lines[i].split_once(": ").is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    {
        if let Some(v) = lines[i].strip_prefix("published: ") {
            published = Some(v.trim().to_string());
        }
        i += 1;
    }
    if i > 0 && i < lines.len() && lines[i].trim().is_empty() {
        (published, lines[i + 1..].join("\n"))
    } else {
        (None, text.to_string())
    }
}

#[test]
fn corpus_scores_hold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let lexicon = geokg::Lexicon::builtin().unwrap();
    let pipeline = geokg::Pipeline::new(&lexicon);
    // The corpus and its sets in subfolders (tests/corpus/heldout, ...).
    let mut names: Vec<_> = Vec::new();
    let mut folders = vec![dir.clone()];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
        {
            if path.is_dir() {
                folders.push(path);
            } else {
                names.push(path);
            }
        }
    }
    names.sort();
    let (mut tp, mut required, mut fp, mut dated, mut dated_ok, mut bad) =
        (0, 0, 0, 0, 0, Vec::new());
    let mut articles = 0;
    for gold_path in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let folder = gold_path.parent().unwrap();
        let text = std::fs::read_to_string(folder.join(gold["article"].as_str().unwrap())).unwrap();
        let (published, body) = split_header(&text);
        let options = geokg::Options {
            published: published
                .and_then(|p| chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
            lang: None,
            ..Default::default()
        };
        let article = geokg::model::Article {
            id: "a".into(),
            text: body,
            ..Default::default()
        };
        let events: Vec<Sys> = pipeline
            .events(&[article], &options)
            .iter()
            .map(|e| Sys {
                event_type: e.event_type.name().to_string(),
                source: Some(e.source.collapse().to_string()),
                target: e.target.as_ref().map(|t| t.collapse().to_string()),
                participants: e
                    .participants
                    .iter()
                    .map(|a| a.collapse().to_string())
                    .collect(),
                modality: e.modality.name().to_string(),
                date: e.date.map(|d| d.to_string()),
            })
            .collect();
        articles += 1;
        let gold_events = gold["events"].as_array().unwrap();
        let mut used = BTreeSet::new();
        for optional in [false, true] {
            for g in gold_events
                .iter()
                .filter(|g| g.get("optional").and_then(Value::as_bool).unwrap_or(false) == optional)
            {
                let hit = (0..events.len()).find(|i| !used.contains(i) && matches(g, &events[*i]));
                if !optional {
                    required += 1;
                }
                let Some(i) = hit else { continue };
                used.insert(i);
                if !optional {
                    tp += 1;
                    if g["modality"] == "asserted" && g.get("date").is_some_and(|d| !d.is_null()) {
                        dated += 1;
                        dated_ok += usize::from(date_ok(g, &events[i]));
                    }
                }
            }
        }
        fp += events.len() - used.len();
        for m in gold["must_not"].as_array().into_iter().flatten() {
            for s in &events {
                if violates(m, s) {
                    bad.push(format!(
                        "{}: {} {:?}->{:?} ({})",
                        gold_path.display(),
                        s.event_type,
                        s.source,
                        s.target,
                        m["why"]
                    ));
                }
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / required.max(1) as f64;
    let dates = dated_ok as f64 / dated.max(1) as f64;
    eprintln!(
        "corpus: {articles} articles, precision {precision:.3} recall {recall:.3} dates {dated_ok}/{dated} must_not {}",
        bad.len()
    );
    assert!(articles >= 843, "corpus shrank to {articles} articles");
    assert!(bad.is_empty(), "must_not violated:\n{}", bad.join("\n"));
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} < {MIN_PRECISION}"
    );
    assert!(recall >= MIN_RECALL, "recall {recall:.3} < {MIN_RECALL}");
    assert!(dates >= MIN_DATES, "dates {dates:.3} < {MIN_DATES}");
}
