//! Sentences: byte spans that tile the text.
//!
//! Invariant (checked by tests): the `span`s of the returned sentences are
//! contiguous, start at 0 and end at `text.len()`. `text` is the trimmed
//! part inside `span` that evidence quotes.
//!
//! A line that is one short sentence without a closing full stop, or
//! written in title case, is a heading: headings overstate, so an event
//! read only in a heading is never asserted. Lines that point elsewhere
//! ("Baca juga:", "Read more:", photo captions) are boilerplate and yield
//! no events.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentenceKind {
    Body,
    Heading,
    Boilerplate,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    /// Tiling span, trailing whitespace included.
    pub span: Span,
    /// The sentence itself, trimmed.
    pub text: Span,
    pub kind: SentenceKind,
    /// Index of the line (paragraph) it belongs to.
    pub paragraph: usize,
    /// First sentence of its paragraph.
    pub paragraph_start: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc",
    "e.g", "i.e", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "lt", "col", "gov",
    "pres", "kol", "bpk", "ir", "drs", "dll", "dsb", "tsb", "sdr", "capt", "adm", "maj", "mt",
    "ft", "corp", "inc", "ltd", "co", "brig",
];

const BOILERPLATE_OPENERS: &[&str] = &[
    "baca juga",
    "read more",
    "read also",
    "see also",
    "lihat juga",
    "foto:",
    "photo:",
    "(foto",
    "(photo",
    "simak juga",
    "tonton juga",
    "watch:",
    "editor:",
    "penulis:",
    "reporter:",
    "sumber:",
    "artikel ini",
    "copyright",
    "©",
    "advertisement",
    "iklan",
    "follow us",
    "ikuti kami",
    "related:",
    "berita terkait",
];

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut line_start = 0;
    let mut paragraph = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // Blank line: glue to the previous sentence (or start a first one).
            match out.last_mut() {
                Some(last) => last.span.end = line_end,
                None => out.push(Sentence {
                    span: Span::new(line_start, line_end),
                    text: Span::new(line_start, line_start),
                    kind: SentenceKind::Boilerplate,
                    paragraph,
                    paragraph_start: true,
                }),
            }
            line_start = line_end;
            continue;
        }
        let cuts = sentence_cuts(line);
        let kind = line_kind(trimmed, cuts.len());
        let mut start = 0;
        for (k, &cut) in cuts.iter().chain(std::iter::once(&line.len())).enumerate() {
            if cut <= start {
                continue;
            }
            let piece = &line[start..cut];
            let lead = piece.len() - piece.trim_start().len();
            let body = piece.trim();
            let text_start = line_start + start + lead;
            out.push(Sentence {
                span: Span::new(line_start + start, line_start + cut),
                text: Span::new(text_start, text_start + body.len()),
                kind,
                paragraph,
                paragraph_start: k == 0,
            });
            start = cut;
        }
        paragraph += 1;
        line_start = line_end;
    }
    if let Some(first) = out.first_mut() {
        first.span.start = 0;
    }
    out
}

/// Byte offsets inside `line` where a new sentence starts.
fn sentence_cuts(line: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            // Closing quotes and brackets stay with the sentence they close.
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '"' | '\u{201D}' | '\u{2019}' | '\'' | ')' | ']' | '.' | '!' | '?'
                )
            {
                j += 1;
            }
            let ws_start = j;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j > ws_start && j < chars.len() {
                let next = chars[j].1;
                let starts_new = next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(
                        next,
                        '"' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{2014}' | '-'
                    );
                if starts_new && !(c == '.' && is_abbreviation(line, chars[i].0)) {
                    cuts.push(chars[j].0);
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    cuts
}

fn is_abbreviation(line: &str, dot: usize) -> bool {
    let before = &line[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    // Single letters and dotted initials: "U.S.", "J. Smith".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    if lower.contains('.') && lower.split('.').all(|p| p.chars().count() <= 1) {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

fn line_kind(trimmed: &str, cuts: usize) -> SentenceKind {
    let lower = trimmed.to_lowercase();
    if BOILERPLATE_OPENERS.iter().any(|b| lower.starts_with(b)) {
        return SentenceKind::Boilerplate;
    }
    if cuts > 0 {
        return SentenceKind::Body;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.len() > 20 {
        return SentenceKind::Body;
    }
    let last = trimmed.chars().last().unwrap_or('.');
    let closed = matches!(last, '.' | '!' | '"' | '\u{201D}');
    let capitalised = words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
        .count();
    let long_words = words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .count()
        .max(1);
    let title_case = capitalised * 10 >= long_words * 7 && words.len() >= 2;
    // A full stop closes a sentence; a question mark may close a headline.
    if !closed && (last != '?' || title_case) {
        SentenceKind::Heading
    } else {
        SentenceKind::Body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(&str, SentenceKind)> {
        sentences(s)
            .into_iter()
            .map(|x| (&s[x.text.start..x.text.end], x.kind))
            .collect()
    }

    #[test]
    fn splits_and_tiles() {
        let s = "Judul Berita Besar\nIni kalimat. Ini \u{201C}kutipan.\u{201D} Lalu U.S. officials said so.\n\nBaca juga: Lain\n";
        let got = sentences(s);
        assert_eq!(got[0].span.start, 0);
        assert_eq!(got.last().unwrap().span.end, s.len());
        for w in got.windows(2) {
            assert_eq!(w[0].span.end, w[1].span.start);
        }
        assert_eq!(
            texts(s),
            vec![
                ("Judul Berita Besar", SentenceKind::Heading),
                ("Ini kalimat.", SentenceKind::Body),
                ("Ini \u{201C}kutipan.\u{201D}", SentenceKind::Body),
                ("Lalu U.S. officials said so.", SentenceKind::Body),
                ("Baca juga: Lain", SentenceKind::Boilerplate),
            ]
        );
    }

    #[test]
    fn date_in_brackets_does_not_split() {
        let s = "Putin tiba pada Kamis (20/6). Ia bertemu To Lam.";
        assert_eq!(texts(s).len(), 2);
    }

    #[test]
    fn quote_followed_by_attribution_stays_one_sentence() {
        let s = "\u{201C}Kami berhak mengirim senjata,\u{201D} ujar Putin. Ia pergi.";
        assert_eq!(texts(s).len(), 2);
        let s = "\u{201C}Ini kesalahan besar.\u{201D} ujar Putin.";
        assert_eq!(texts(s).len(), 1);
    }

    #[test]
    fn headline_with_question_mark_is_a_heading() {
        let s = "Kemitraan Pertahanan: Upaya Menahan Barat?\n";
        assert_eq!(texts(s)[0].1, SentenceKind::Heading);
    }
}
