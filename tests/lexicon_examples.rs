//! Every trigger entry's examples yield exactly the events they list.

use geokg::model::{Article, Lang};
use geokg::{Lexicon, Options, Pipeline};

fn describe(e: &geokg::Event) -> String {
    let mut s = e.source.collapse().to_string();
    let mut t = e
        .target
        .as_ref()
        .map(|t| t.collapse().to_string())
        .unwrap_or_else(|| "-".into());
    if e.event_type.is_symmetric() && t != "-" && t < s {
        std::mem::swap(&mut s, &mut t);
    }
    format!("{} {}->{} {}", e.event_type.name(), s, t, e.modality.name())
}

fn normalise(expect: &str) -> String {
    let parts: Vec<&str> = expect.split_whitespace().collect();
    let (ty, pair, modality) = (parts[0], parts[1], parts[2]);
    let (mut s, mut t) = pair
        .split_once("->")
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap();
    let symmetric = geokg::model::EventType::parse(ty).unwrap().is_symmetric();
    if symmetric && t != "-" && t < s {
        std::mem::swap(&mut s, &mut t);
    }
    format!("{ty} {s}->{t} {modality}")
}

#[test]
fn every_trigger_example_yields_its_events() {
    let lexicon = Lexicon::builtin().unwrap();
    let pipeline = Pipeline::new(&lexicon);
    let mut failures = Vec::new();
    let mut count = 0;
    for (lang, language) in &lexicon.languages {
        for trigger in &language.triggers {
            assert!(
                !trigger.examples.is_empty(),
                "{} has no examples",
                trigger.id
            );
            for ex in &trigger.examples {
                count += 1;
                let article = Article {
                    id: "example".into(),
                    text: ex.text.clone(),
                    language: Some(*lang),
                    ..Default::default()
                };
                let options = Options {
                    published: None,
                    lang: Some(*lang),
                    ..Default::default()
                };
                let mut got: Vec<String> = pipeline
                    .events(&[article], &options)
                    .iter()
                    .map(describe)
                    .collect();
                got.sort();
                got.dedup();
                let mut want: Vec<String> = ex.expect.iter().map(|e| normalise(e)).collect();
                want.sort();
                if got != want {
                    failures.push(format!(
                        "{} [{}]: {:?}\n    want {:?}\n    got  {:?}",
                        trigger.id,
                        lang.code(),
                        ex.text,
                        want,
                        got
                    ));
                }
            }
        }
    }
    assert!(count > 60, "only {count} examples");
    assert!(
        failures.is_empty(),
        "{} of {count} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let _ = Lang::Id;
}
