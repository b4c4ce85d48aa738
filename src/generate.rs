//! Synthetic corpora for benchmarks and scale runs (`geokg generate`):
//! articles made of the lexicon's own example sentences (both languages),
//! their states swapped for others and dates added, with a fixed
//! pseudo-random sequence so the same seed gives the same bytes.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::lexicon::Lexicon;
use crate::lexicon::gazetteer::Target;
use crate::model::{ActorKind, Lang};

/// SplitMix64: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[derive(Serialize)]
struct GenArticle<'a> {
    id: String,
    title: &'a str,
    language: &'a str,
    published: String,
    text: String,
}

/// One language's material: sentences, state names, month names.
struct Material {
    lang: Lang,
    sentences: Vec<String>,
    /// For each sentence, the byte spans of state names in it.
    spans: Vec<Vec<(usize, usize)>>,
    states: Vec<String>,
    months: Vec<String>,
}

fn material(lexicon: &Lexicon, lang: Lang) -> Material {
    let language = lexicon.language(lang);
    let mut sentences: Vec<String> = language
        .triggers
        .iter()
        .flat_map(|t| t.examples.iter().map(|e| e.text.clone()))
        .collect();
    sentences.sort();
    sentences.dedup();
    let spans = sentences
        .iter()
        .map(|s| {
            lexicon
                .gazetteer
                .find(s)
                .into_iter()
                .filter(|m| match m.target {
                    Target::Actor(i) => lexicon.gazetteer.entry(i).actor.kind == ActorKind::State,
                    Target::Place => false,
                })
                .map(|m| (m.span.start, m.span.end))
                .collect()
        })
        .collect();
    let mut states: Vec<String> = lexicon
        .gazetteer
        .entries()
        .iter()
        .filter(|e| e.actor.kind == ActorKind::State && !e.actor.name.is_empty())
        .map(|e| e.actor.name.to_string())
        .collect();
    states.sort();
    states.dedup();
    let mut by_month: BTreeMap<u32, String> = BTreeMap::new();
    for (name, &m) in &language.dates.months {
        let slot = by_month.entry(m).or_default();
        if name.len() > slot.len() {
            *slot = name.clone();
        }
    }
    let months = by_month
        .into_values()
        .map(|m| {
            let mut c = m.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    Material {
        lang,
        sentences,
        spans,
        states,
        months,
    }
}

/// `count` articles as JSON Lines, alternating Indonesian and English.
pub fn generate(
    lexicon: &Lexicon,
    count: usize,
    seed: u64,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let both = [material(lexicon, Lang::Id), material(lexicon, Lang::En)];
    let mut rng = Rng(seed);
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("a date");
    for n in 0..count {
        let m = &both[n % 2];
        let published = start + chrono::Days::new(rng.below(6 * 365) as u64);
        let mut text = String::new();
        let sentences = 8 + rng.below(16);
        for k in 0..sentences {
            let i = rng.below(m.sentences.len());
            let mut s = m.sentences[i].clone();
            // Swap the states named, from the end so spans stay valid.
            let mut names: BTreeMap<String, String> = BTreeMap::new();
            for &(a, b) in m.spans[i].iter().rev() {
                let old = s[a..b].to_string();
                let new = names
                    .entry(old)
                    .or_insert_with(|| m.states[rng.below(m.states.len())].clone())
                    .clone();
                s.replace_range(a..b, &new);
            }
            // Every third sentence gets a date of its own.
            if k % 3 == 0 && s.ends_with('.') && !m.months.is_empty() {
                let day = published - chrono::Days::new(rng.below(20) as u64);
                let month = &m.months[(day.month0() as usize).min(m.months.len() - 1)];
                s.pop();
                s += &match m.lang {
                    Lang::En => format!(" on {month} {}, {}.", day.day(), day.year()),
                    Lang::Id => format!(" pada {} {month} {}.", day.day(), day.year()),
                };
            }
            text += &s;
            text.push(if k % 4 == 3 { '\n' } else { ' ' });
        }
        let article = GenArticle {
            id: format!("gen-{n:07}"),
            title: if m.lang == Lang::En {
                "Generated report"
            } else {
                "Laporan buatan"
            },
            language: m.lang.code(),
            published: published.to_string(),
            text: text.trim_end().to_string(),
        };
        serde_json::to_writer(&mut *out, &article)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
