//! Every trigger entry's examples yield exactly the events they list (the
//! same run as `geokg data test`).

use geokg::Lexicon;

#[test]
fn every_trigger_example_yields_its_events() {
    let lexicon = Lexicon::builtin().unwrap();
    let runs = geokg::datacheck::test(&lexicon);
    assert!(runs.len() > 60, "only {} examples", runs.len());
    let failures: Vec<String> = runs
        .iter()
        .filter(|r| !r.passed())
        .map(|r| {
            format!(
                "{}:{}: {} [{}]: {:?}\n    want {:?}\n    got  {:?}",
                r.file, r.line, r.trigger, r.lang, r.text, r.want, r.got
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} examples fail:\n{}",
        failures.len(),
        runs.len(),
        failures.join("\n")
    );
}

#[test]
fn both_languages_have_examples() {
    let lexicon = Lexicon::builtin().unwrap();
    let runs = geokg::datacheck::test(&lexicon);
    for lang in ["id", "en"] {
        assert!(
            runs.iter().filter(|r| r.lang == lang).count() > 30,
            "few {lang} examples"
        );
    }
}

#[test]
fn every_built_in_trigger_has_examples() {
    let lexicon = Lexicon::builtin().unwrap();
    for language in lexicon.languages.values() {
        // (An entry that repeats the act told before is compiled once per
        // type under one id; its first copy holds the examples.)
        for t in &language.triggers {
            assert!(
                language
                    .triggers
                    .iter()
                    .any(|u| u.id == t.id && !u.examples.is_empty()),
                "{} has no examples",
                t.id
            );
        }
    }
}
