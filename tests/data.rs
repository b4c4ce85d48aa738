//! `geokg data check` and `data test`: one test per kind of finding, each
//! from a user data folder written here, with file:line and a hint.

mod common;

use common::{geokg, temp_dir};
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Runs `data check DIR`; returns exit code and standard output.
fn check(dir: &Path) -> (Option<i32>, String) {
    let o = geokg(&["-q", "data", "check", dir.to_str().unwrap()]);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).to_string(),
    )
}

fn expect_finding(dir: &Path, file: &str, line: usize, words: &str) {
    let (code, out) = check(dir);
    assert_eq!(code, Some(1), "{out}");
    let at = format!("{}:{line}: ", dir.join(file).display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&at) && l.contains(words) && l.contains("(hint: ")),
        "no '{words}' at {at} in:\n{out}"
    );
}

const TRIGGER: &str = r#"language = "en"

[[trigger]]
id = "user.visit.tour"
type = "visit"
verbs = ["toured"]
target_preps = ["in"]
examples = [
  { text = "President Prabowo Subianto toured Japan.", expect = ["visit IDN->JPN asserted"] },
]
"#;

#[test]
fn the_built_in_data_is_clean() {
    let o = geokg(&["-q", "data", "check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let o = geokg(&["data", "test"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("examples pass"));
}

#[test]
fn a_good_user_folder_passes() {
    let dir = temp_dir("data-good");
    write(&dir, "lang/en.toml", TRIGGER);
    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn an_unknown_field_is_named_with_its_line() {
    let dir = temp_dir("data-unknown");
    write(&dir, "lang/en.toml", &TRIGGER.replace("verbs =", "verb ="));
    expect_finding(&dir, "lang/en.toml", 6, "unknown field `verb`");
}

#[test]
fn a_duplicate_id_in_one_file_is_found() {
    let dir = temp_dir("data-dup");
    let twice = format!(
        "{TRIGGER}\n[[trigger]]\nid = \"user.visit.tour\"\ntype = \"visit\"\nverbs = [\"trekked\"]\n"
    );
    write(&dir, "lang/en.toml", &twice);
    let line = twice
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("id = "))
        .nth(1)
        .unwrap()
        .0
        + 1;
    expect_finding(
        &dir,
        "lang/en.toml",
        line,
        "duplicate trigger id 'user.visit.tour'",
    );
    let dir = temp_dir("data-dup-actor");
    write(
        &dir,
        "actors.toml",
        "[[actor]]\nid = \"QUAD2\"\nname = \"Quad Two\"\nkind = \"group\"\n\n[[actor]]\nid = \"QUAD2\"\nname = \"Quad Again\"\nkind = \"group\"\n",
    );
    expect_finding(&dir, "actors.toml", 7, "duplicate actor id 'QUAD2'");
}

#[test]
fn overlapping_role_periods_are_found() {
    let dir = temp_dir("data-overlap");
    write(
        &dir,
        "leaders.tsv",
        "person_id\tname\tnames_other\twikidata\tstate\trole\ttitle_en\ttitle_id\tstart\tend\tnote\n\
         ana_fictia\tAna Fictia\t\t\tISL\tforeign_minister\tForeign Minister\tMenlu\t2030-01-01\t2032-01-01\t\n\
         ana_fictia\tAna Fictia\t\t\tISL\tforeign_minister\tForeign Minister\tMenlu\t2031-06-01\t\t\n",
    );
    expect_finding(&dir, "leaders.tsv", 3, "overlaps the one on line 2");
}

#[test]
fn an_alias_of_another_actor_is_found() {
    let dir = temp_dir("data-alias");
    write(
        &dir,
        "actors.toml",
        "[[actor]]\nid = \"MOSCOW_CITY\"\nname = \"Moscow City Hall\"\nkind = \"organization\"\ncountry = \"RUS\"\naliases = [\"Moskow\"]\n",
    );
    expect_finding(
        &dir,
        "actors.toml",
        2,
        "alias 'Moskow' of MOSCOW_CITY is also an alias of RUS",
    );
}

#[test]
fn an_entry_that_never_fires_on_its_example_is_found_and_data_test_prints_it() {
    let dir = temp_dir("data-dead");
    write(
        &dir,
        "lang/en.toml",
        &TRIGGER.replace("toured Japan", "went round Japan"),
    );
    expect_finding(
        &dir,
        "lang/en.toml",
        4,
        "gives no visit event on its own example",
    );
    let o = geokg(&["data", "test", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("user.visit.tour") && out.contains("want [\"visit IDN->JPN asserted\"]"),
        "{out}"
    );
}

fn extract_in(dir: &Path, args: &[&str], text: &str) -> Vec<String> {
    let article = dir.join("article.md");
    std::fs::write(
        &article,
        format!("published: 2031-02-02\nlanguage: en\n\n{text}\n"),
    )
    .unwrap();
    let mut all = vec!["extract", "-q"];
    all.extend(args);
    all.push(article.to_str().unwrap());
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(&all)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            let e: serde_json::Value = serde_json::from_str(l).unwrap();
            format!(
                "{} {}->{} {}",
                e["type"].as_str().unwrap(),
                e["source"]["id"].as_str().unwrap(),
                e["target"]["id"].as_str().unwrap_or("-"),
                e["modality"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_geokg_toml_in_the_working_directory_adds_leaders_groups_triggers_and_disables() {
    let dir = temp_dir("config");
    let text = "Prime Minister Zara Fictia trekked to Fiji. South Korea is considering sending weapons to Ukraine. The Caribbean Community praised Japan.";
    let before = extract_in(&dir, &[], text);
    assert!(
        before.iter().any(|e| e.starts_with("consider KOR->UKR")),
        "{before:?}"
    );
    assert!(
        !before
            .iter()
            .any(|e| e.contains("CARICOM") || e.contains("zara")),
        "{before:?}"
    );
    write(
        &dir,
        "geokg.toml",
        r#"[[leader]]
person_id = "zara_fictia"
name = "Zara Fictia"
state = "NZL"
role = "head_of_government"
title_en = "Prime Minister"
start = "2030-01-01"

[[actor]]
id = "CARICOM"
name = "Caribbean Community"
kind = "group"
members = ["JAM", "TTO", "BRB"]

[lang.en]
disable = ["en.consider.consider"]

[[lang.en.trigger]]
id = "user.visit.trek"
type = "visit"
verbs = ["trekked to"]
target_preps = ["to"]
examples = [{ text = "Zara Fictia trekked to Fiji.", expect = ["visit NZL->FJI asserted"] }]
"#,
    );
    let after = extract_in(&dir, &[], text);
    assert!(
        after.contains(&"visit zara_fictia->FJI asserted".to_string()),
        "{after:?}"
    );
    assert!(
        after.contains(&"praise CARICOM->JPN asserted".to_string()),
        "{after:?}"
    );
    assert!(
        !after.iter().any(|e| e.starts_with("consider")),
        "{after:?}"
    );
    // A misspelt field in geokg.toml is refused, naming the file.
    write(&dir, "geokg.toml", "[[leader]]\nperson = \"x\"\n");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(["extract", "-q", "article.md"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("geokg.toml") && err.contains("person"),
        "{err}"
    );
}

#[test]
fn a_user_entry_overrides_or_disables_a_built_in_one_by_id() {
    let dir = temp_dir("override");
    let text = "Russia warned Japan. Rusia is big.";
    assert!(extract_in(&dir, &[], text).contains(&"warn RUS->JPN asserted".to_string()));
    // The same id replaces the built-in entry, forms and all: now a protest.
    write(
        &dir,
        "data/lang/en.toml",
        r#"language = "en"

[[trigger]]
id = "en.warn.warn"
type = "protest"
verbs = ["warned"]
target = "object_or_prep"
examples = [{ text = "Russia warned Japan.", expect = ["protest RUS->JPN asserted"] }]
"#,
    );
    let data = dir.join("data");
    let got = extract_in(&dir, &["--data", data.to_str().unwrap()], text);
    assert_eq!(got, vec!["protest RUS->JPN asserted".to_string()]);
    // An actor switched off: its names match nothing.
    write(&dir, "data/actors.toml", "disable = [\"JPN\"]\n");
    let got = extract_in(&dir, &["--data", data.to_str().unwrap()], text);
    assert!(got.is_empty(), "{got:?}");
    // Disabling an id nobody has is an error naming the file.
    write(&dir, "data/actors.toml", "disable = [\"ATLANTIS\"]\n");
    let (code, out) = check(&data);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("actors.toml") && out.contains("ATLANTIS"),
        "{out}"
    );
}

#[test]
fn a_cue_under_two_modality_kinds_is_found() {
    let dir = temp_dir("data-cue");
    write(
        &dir,
        "lang/en.toml",
        "language = \"en\"\n\n[cues]\nhypothetical = [\"might well\"]\nnegation = [\"never\",\n  \"might well\"]\n",
    );
    expect_finding(
        &dir,
        "lang/en.toml",
        6,
        "cue 'might well' is listed under both hypothetical and negation",
    );
}

#[test]
fn a_user_entry_can_repeat_the_act_told_before_and_be_disabled() {
    let dir = temp_dir("repeat");
    let text = "Chad expelled Sudan's ambassador. Egypt went the same way.";
    assert_eq!(
        extract_in(&dir, &[], text),
        vec!["expel TCD->SDN asserted".to_string()]
    );
    write(
        &dir,
        "data/lang/en.toml",
        r#"language = "en"

[[trigger]]
id = "user.repeat.same_way"
type = "*"
repeats = "same"
repeatable = ["expel", "sanction"]
verbs = ["went the same way"]
target = "prep"
examples = [{ text = "Chad expelled Sudan's ambassador. Egypt went the same way.", expect = ["expel TCD->SDN asserted", "expel EGY->SDN asserted"] }]
"#,
    );
    let data = dir.join("data");
    let mut got = extract_in(&dir, &["--data", data.to_str().unwrap()], text);
    got.sort();
    assert_eq!(
        got,
        vec![
            "expel EGY->SDN asserted".to_string(),
            "expel TCD->SDN asserted".to_string()
        ]
    );
    // Its examples run once, not once per type it stands for.
    let (code, out) = check(&data);
    assert_eq!(code, Some(0), "{out}");
    // One `disable` switches off every type it stands for.
    write(
        &dir,
        "data/lang/zz.toml",
        "language = \"en\"\ndisable = [\"user.repeat.same_way\"]\n",
    );
    assert_eq!(
        extract_in(&dir, &["--data", data.to_str().unwrap()], text),
        vec!["expel TCD->SDN asserted".to_string()]
    );
    // A type other than "*" is refused, naming the entry.
    std::fs::remove_file(dir.join("data/lang/zz.toml")).unwrap();
    write(
        &dir,
        "data/lang/en.toml",
        "language = \"en\"\n\n[[trigger]]\nid = \"user.repeat.bad\"\ntype = \"expel\"\nrepeats = \"same\"\nverbs = [\"did so too\"]\nexamples = [{ text = \"x\", expect = [] }]\n",
    );
    let (code, out) = check(&data);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("user.repeat.bad") && out.contains("\"*\""),
        "{out}"
    );
}
