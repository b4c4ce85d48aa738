//! Speed of the pipeline's stages, with divan (`cargo bench`).
//!
//! Inputs are the sample articles in `examples/`, repeated to the sizes
//! the figures in the README are quoted for.

use geokg::model::{Article, Lang};
use geokg::{Lexicon, Options, Pipeline};

// The allocator the `geokg` binary runs with, so the figures are its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicon::builtin().expect("built-in data loads"))
}

fn examples() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    geokg::read::read_all(&[dir], &Default::default()).articles
}

/// One article of about `words` words in `lang`, made of the examples'
/// paragraphs in turn.
fn article_of(words: usize, lang: Lang) -> Article {
    let mut text = String::new();
    let sources: Vec<Article> = examples()
        .into_iter()
        .filter(|a| a.language == Some(lang))
        .collect();
    let mut i = 0;
    while text.split_whitespace().count() < words {
        text.push_str(&sources[i % sources.len()].text);
        text.push('\n');
        i += 1;
    }
    Article {
        id: format!("bench-{}", lang.code()),
        text,
        language: Some(lang),
        ..Default::default()
    }
}

#[divan::bench]
fn load_lexicon() -> Lexicon {
    Lexicon::builtin().unwrap()
}

#[divan::bench(args = [Lang::Id, Lang::En])]
fn extract_2000_words(bencher: divan::Bencher, lang: Lang) {
    let pipeline = Pipeline::new(lexicon());
    let article = article_of(2000, lang);
    let options = Options {
        published: chrono::NaiveDate::from_ymd_opt(2024, 6, 21),
        lang: Some(lang),
        ..Default::default()
    };
    bencher
        .counter(divan::counter::BytesCount::new(article.text.len()))
        .bench(|| {
            pipeline
                .extractor
                .extract(divan::black_box(&article), &options)
                .mentions
                .len()
        });
}

#[divan::bench]
fn build_graph_from_examples(bencher: divan::Bencher) {
    let pipeline = Pipeline::new(lexicon());
    let articles = examples();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let rules = geokg::graph::state_rules().unwrap();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            let merged = pipeline.run(&articles, &Options::default()).merged;
            let graph = geokg::graph::Graph::build(merged, lexicon());
            graph.to_json(&rules).links.len()
        });
}

/// Articles of a generated corpus (`geokg generate`), read as a user's
/// JSON Lines would be.
fn generated(count: usize) -> Vec<Article> {
    let mut bytes = Vec::new();
    geokg::generate::generate(lexicon(), count, 1, &mut bytes).unwrap();
    let mut outcome = geokg::read::ReadOutcome::default();
    geokg::read::parse_bytes(&bytes, std::path::Path::new("gen.jsonl"), &mut outcome);
    outcome.articles
}

/// The mentions of a generated corpus of `count` articles (about 15 events
/// an article), extracted once.
fn mentions_of(count: usize) -> Vec<geokg::events::Mention> {
    let pipeline = Pipeline::new(lexicon());
    let merged = pipeline.run(&generated(count), &Options::default()).merged;
    merged
        .events
        .into_iter()
        .flat_map(|e| e.mentions)
        .chain(merged.unattached)
        .collect()
}

/// End-to-end extraction throughput on 200 generated articles (both
/// languages), on all cores (rayon).
#[divan::bench(sample_count = 10)]
fn extract_generated_corpus(bencher: divan::Bencher) {
    let pipeline = Pipeline::new(lexicon());
    let articles = generated(200);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            pipeline
                .run(&articles, &Options::default())
                .merged
                .events
                .len()
        });
}

/// Merging and building the graph (relations and states included) from
/// the mentions of 700 and 7,000 generated articles: about 10k and 100k
/// events.
#[divan::bench(args = [700, 7000], sample_count = 5)]
fn merge_and_graph(bencher: divan::Bencher, articles: usize) {
    let mentions = mentions_of(articles);
    let rules = geokg::graph::state_rules().unwrap();
    bencher
        .counter(divan::counter::ItemsCount::new(mentions.len()))
        .with_inputs(|| mentions.clone())
        .bench_values(|m| {
            let merged = geokg::merge::merge_all(m, lexicon());
            geokg::graph::Graph::build(merged, lexicon())
                .to_json(&rules)
                .links
                .len()
        });
}

/// The same at a million events (the mentions of 90,000 generated
/// articles: about 1.5M mentions). Slow to set up, so left out of a plain
/// `cargo bench`: `cargo bench --bench pipeline -- --ignored`.
#[divan::bench(args = [90_000], sample_count = 1, sample_size = 1, ignore)]
fn merge_and_graph_1m(bencher: divan::Bencher, articles: usize) {
    merge_and_graph(bencher, articles);
}

/// Each export format of the graph of 700 generated articles (~10k events).
#[divan::bench(args = ["jsonl", "json", "dot", "graphml", "gexf", "cytoscape", "csv", "html"], sample_count = 5)]
fn export_10k_events(bencher: divan::Bencher, format: &str) {
    let rules = geokg::graph::state_rules().unwrap();
    let merged = geokg::merge::merge_all(mentions_of(700), lexicon());
    let json = geokg::graph::Graph::build(merged, lexicon()).to_json(&rules);
    let events = geokg::export::graph_events(&json);
    bencher.bench(|| {
        geokg::export::render_format(&json, &events, format)
            .unwrap()
            .len()
    });
}
