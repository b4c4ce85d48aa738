//! geokg turns news articles (Indonesian and English) into a knowledge
//! graph of geopolitical events: who did what to whom, when, whether it
//! happened or is only possible, denied or alleged, with the sentence it
//! came from.
//!
//! The pipeline's stages are its modules, in order:
//! [`read`] → [`segment`] → [`actors`] → [`events`] (triggers, roles,
//! modality) → [`dates`] → [`merge`] → [`graph`] → [`export`].
//! [`combine`] merges graphs (their kept mentions), [`diff`] compares
//! two. [`extract`] runs the per-article stages; [`lexicon`] loads the data that
//! drives them (`data/`, extendable with `--data DIR`).
//!
//! ```
//! use geokg::{Lexicon, Pipeline};
//! let lexicon = Lexicon::builtin().unwrap();
//! let pipeline = Pipeline::new(&lexicon);
//! let article = geokg::model::Article {
//!     id: "a1".into(),
//!     text: "Russian President Vladimir Putin visited North Korea on June 19, 2024.".into(),
//!     ..Default::default()
//! };
//! let events = pipeline.events(&[article], &Default::default());
//! assert_eq!(events[0].event_type.name(), "visit");
//! assert_eq!(events[0].date.unwrap().to_string(), "2024-06-19");
//! ```

pub mod actors;
pub mod combine;
pub mod datacheck;
pub mod dates;
pub mod diff;
pub mod error;
pub mod events;
pub mod explain;
pub mod export;
pub mod extract;
pub mod generate;
pub mod graph;
pub mod intern;
pub mod lexicon;
pub mod merge;
pub mod model;
pub mod read;
pub mod segment;
pub mod spill;
pub mod timeline;
pub mod tokens;

pub use extract::{Extractor, Options};
pub use lexicon::Lexicon;
pub use merge::Event;

/// The whole pipeline over a set of articles.
pub struct Pipeline<'a> {
    pub extractor: Extractor<'a>,
    /// Shared copies of the actors and strings of every mention so far
    /// (only the calling thread takes it, after each batch).
    interner: std::sync::Mutex<intern::Interner>,
}

impl<'a> Pipeline<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Pipeline<'a> {
        Pipeline {
            extractor: Extractor::new(lexicon),
            interner: Default::default(),
        }
    }

    /// Extracts and merges the events of `articles`.
    pub fn events(&self, articles: &[model::Article], options: &Options) -> Vec<Event> {
        self.run(articles, options).merged.events
    }

    /// Extracts and merges the events of `articles`, keeping the warnings
    /// (limits hit, unsupported language) in article order.
    pub fn run(&self, articles: &[model::Article], options: &Options) -> Run {
        self.run_with_progress(articles, options, &|_| {})
    }

    /// As [`Pipeline::run`], calling `progress` with each article as it is
    /// done (from the worker threads, in any order).
    pub fn run_with_progress(
        &self,
        articles: &[model::Article],
        options: &Options,
        progress: &(dyn Fn(&model::Article) + Sync),
    ) -> Run {
        let (mentions, warnings) = self.extract_all(articles, options, progress);
        Run {
            merged: self.merge(mentions),
            warnings,
        }
    }

    /// Extracts `articles` (one batch of a stream, or all of them): their
    /// mentions and warnings, in article order.
    pub fn extract_all(
        &self,
        articles: &[model::Article],
        options: &Options,
        progress: &(dyn Fn(&model::Article) + Sync),
    ) -> (Vec<events::Mention>, Vec<String>) {
        // Articles are extracted in parallel (rayon's pool: all cores, or
        // `--jobs`) and their results collected in input order, so the
        // output is the single-threaded output byte for byte.
        use rayon::prelude::*;
        // Each article's mentions point at the shared copies as soon as it
        // is done, so its own copies are let go while the batch goes on:
        // held to the end of the batch, they were most of the memory a
        // batch took.
        let results: Vec<extract::ArticleResult> = articles
            .par_iter()
            .map(|a| {
                let mut result = self.extractor.extract(a, options);
                {
                    let mut interner = self
                        .interner
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    for m in &mut result.mentions {
                        interner.mention(m);
                    }
                }
                progress(a);
                result
            })
            .collect();
        // Sized once: growing it mention by mention moved the whole batch
        // again and again (4% of a run in the profile).
        let mut mentions = Vec::with_capacity(results.iter().map(|r| r.mentions.len()).sum());
        let mut warnings = Vec::new();
        for result in results {
            mentions.extend(result.mentions);
            warnings.extend(result.warnings);
        }
        (mentions, warnings)
    }

    /// Lets go of the shared copies of sentences kept so far (once the
    /// mentions pointing at them are written to disk; actors stay).
    pub fn forget_text(&self) {
        self.interner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .forget_strings();
    }

    /// Merges the mentions of every batch into events.
    pub fn merge(&self, mut mentions: Vec<events::Mention>) -> merge::Merged {
        mentions.shrink_to_fit();
        merge::merge_all(mentions, self.extractor.lexicon)
    }
}

/// What a pipeline run yields.
pub struct Run {
    /// The events, and heading mentions that corroborate none yet.
    pub merged: merge::Merged,
    pub warnings: Vec<String>,
}
