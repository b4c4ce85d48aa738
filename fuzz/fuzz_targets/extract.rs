//! The whole pipeline on arbitrary text in both languages, with and
//! without a publication date: extraction, merging, the graph and every
//! text export. Nothing may panic, and every evidence span lies in the text.
#![no_main]

use std::sync::OnceLock;

use geokg::model::{Article, Lang};
use libfuzzer_sys::fuzz_target;

fn lexicon() -> &'static geokg::Lexicon {
    static L: OnceLock<geokg::Lexicon> = OnceLock::new();
    L.get_or_init(|| geokg::Lexicon::builtin().expect("built-in data loads"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(bytes).into_owned();
    let article = Article {
        id: "f".into(),
        text: text.clone(),
        language: Some(if flags & 1 == 0 { Lang::Id } else { Lang::En }),
        published: (flags & 2 == 0).then(|| chrono::NaiveDate::from_ymd_opt(2024, 6, 21).unwrap()),
        ..Default::default()
    };
    let pipeline = geokg::Pipeline::new(lexicon());
    let run = pipeline.run(&[article], &Default::default());
    for e in &run.merged.events {
        for v in &e.evidence {
            assert!(v.span.end <= text.len() && text.is_char_boundary(v.span.start));
        }
    }
    let graph = geokg::graph::Graph::build(run.merged, lexicon());
    let json = graph.to_json(&geokg::graph::state_rules().unwrap());
    let events = geokg::export::graph_events(&json);
    for f in [
        "jsonl",
        "json",
        "dot",
        "graphml",
        "gexf",
        "cytoscape",
        "csv",
        "html",
    ] {
        geokg::export::render_format(&json, &events, f).unwrap();
    }
});
