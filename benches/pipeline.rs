//! Speed of the pipeline's stages, with divan (`cargo bench`).
//!
//! Inputs are the sample articles in `examples/`, repeated to the sizes
//! the figures in the README are quoted for.

use geokg::model::{Article, Lang};
use geokg::{Lexicon, Options, Pipeline};

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
