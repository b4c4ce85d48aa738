//! Word tokens with byte spans, and a matcher for multi-word phrases.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub span: Span,
    /// Lowercase form; curly apostrophes become `'`.
    pub norm: String,
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// `norm_hash(&norm)`, computed once: every phrase set looks the token
    /// up by it, and compares it before the words.
    pub hash: u64,
}

impl Token {
    pub fn new(span: Span, norm: String, kind: TokenKind, capital: bool) -> Token {
        Token {
            span,
            hash: norm_hash(&norm),
            norm,
            kind,
            capital,
        }
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A number written in digits, thousands separated or not ("40.000",
    /// "1,000", "2024").
    pub fn is_number(&self) -> bool {
        self.norm.starts_with(|c: char| c.is_ascii_digit())
            && self
                .norm
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    }

    pub fn is(&self, s: &str) -> bool {
        // (Called for every cue word the rules try: the first byte turns
        // most words away before a call to compare the rest.)
        let (a, b) = (self.norm.as_bytes(), s.as_bytes());
        a.len() == b.len() && a.first() == b.first() && a == b
    }

    /// A quotation mark, straight or curly.
    pub fn is_quote(&self) -> bool {
        self.is("\"") || self.is("\u{201C}") || self.is("\u{201D}")
    }

    /// The token is one of `words` (a cue list).
    pub fn is_any(&self, words: &[String]) -> bool {
        words.iter().any(|w| self.is(w))
    }
}

/// A comma at `k` and a joiner after it ("and", "but", "tetapi") open
/// another clause.
pub fn joins_clause(tokens: &[Token], k: usize, joiners: &[String]) -> bool {
    tokens[k].is(",") && tokens.get(k + 1).is_some_and(|t| t.is_any(joiners))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text[span]` into tokens. Words are alphanumeric runs joined by
/// inner hyphens or dots of abbreviations (`negara-negara`, `U.S.`); `'s` and
/// `n't` are tokens of their own.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let slice = &text[span.start..span.end];
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    let push = |out: &mut Vec<Token>, s: usize, e: usize, kind: TokenKind| {
        let raw = &slice[s..e];
        let norm = raw.to_lowercase().replace('\u{2019}', "'");
        let capital = raw.chars().next().is_some_and(char::is_uppercase);
        out.push(Token::new(
            Span::new(span.start + s, span.start + e),
            norm,
            kind,
            capital,
        ));
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if c.is_alphanumeric() {
                    j += 1;
                } else if (c == '.' || c == ',')
                    && chars[i].1.is_ascii_digit()
                    && chars[j - 1].1.is_ascii_digit()
                    && (j + 1..j + 4).all(|k| chars.get(k).is_some_and(|x| x.1.is_ascii_digit()))
                    && chars.get(j + 4).is_none_or(|x| !x.1.is_ascii_digit())
                {
                    // "40.000 tentara", "1,000 troops": a number's thousands
                    // stay one token.
                    j += 4;
                } else if (c == '-' || c == '.')
                    && j + 1 < chars.len()
                    && chars[j + 1].1.is_alphanumeric()
                {
                    // "negara-negara", "U.S": keep joined; a dot only inside
                    // single-letter abbreviations, not "end.Next".
                    if c == '.' && !(j - i == 1 && chars[i].1.is_uppercase()) {
                        break;
                    }
                    j += 2;
                    if c == '.' {
                        // U.S. -> also swallow the trailing dot of the abbreviation
                        while j + 1 < chars.len()
                            && chars[j].1 == '.'
                            && chars[j + 1].1.is_alphanumeric()
                        {
                            j += 2;
                        }
                        if j < chars.len() && chars[j].1 == '.' && j >= 2 && chars[j - 2].1 == '.' {
                            j += 1;
                        }
                    }
                } else {
                    break;
                }
            }
            let end = if j < chars.len() {
                chars[j].0
            } else {
                slice.len()
            };
            // n't: "didn't" -> "did" "n't"
            if j + 1 < chars.len()
                && is_apostrophe(chars[j].1)
                && chars[j + 1].1 == 't'
                && end - pos > 1
            {
                let word = &slice[pos..end];
                if word.ends_with('n') || word.ends_with('N') {
                    let n_at = end - 1;
                    push(&mut out, pos, n_at, TokenKind::Word);
                    let t_end = chars.get(j + 2).map(|c| c.0).unwrap_or(slice.len());
                    push(&mut out, n_at, t_end, TokenKind::Word);
                    i = j + 2;
                    continue;
                }
            }
            push(&mut out, pos, end, TokenKind::Word);
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && i + 1 < chars.len()
            && (chars[i + 1].1 == 's' || chars[i + 1].1 == 'S')
        {
            let after = chars.get(i + 2).map(|c| c.1);
            if after.is_none_or(|a| !a.is_alphanumeric()) {
                let end = chars.get(i + 2).map(|c| c.0).unwrap_or(slice.len());
                push(&mut out, pos, end, TokenKind::Word);
                i += 2;
                continue;
            }
        }
        let end = chars.get(i + 1).map(|c| c.0).unwrap_or(slice.len());
        // A dash setting off a clause ("France followed - prompting Algiers
        // to withdraw ... - and Britain") bounds it as a comma does.
        let spaced = |k: usize| chars.get(k).is_none_or(|c| c.1.is_whitespace());
        let dash = matches!(c, '\u{2013}' | '\u{2014}')
            || (c == '-' && i > 0 && spaced(i - 1) && spaced(i + 1));
        if dash {
            let at = Span::new(span.start + pos, span.start + end);
            out.push(Token::new(at, ",".to_string(), TokenKind::Punct, false));
        } else {
            push(&mut out, pos, end, TokenKind::Punct);
        }
        i += 1;
    }
    out
}

/// The hash tokens and phrase words are looked up by (FxHash of the
/// bytes: fast, and the same in every run).
pub fn norm_hash(norm: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(norm.as_bytes());
    hasher.finish()
}

/// A phrase word with its hash (`norm_hash`).
type Word = (u64, String);

/// Multi-word phrases over token norms, matched longest first.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    // Looked up for every token by many sets: by the hash each token
    // carries, so no set hashes a token's string again, and a word's hash
    // is compared before its string (string hashing and comparison were
    // the top of the profile). Phrases whose first words share a hash share
    // a list; the first word is compared too.
    by_first: FxHashMap<u64, Vec<(Vec<Word>, T)>>,
    // One bit per first word's hash (its top byte): most tokens start no
    // phrase of a set, and are turned away here before the map is probed.
    first_bits: [u64; 4],
}

impl<T: Clone> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: FxHashMap::default(),
            first_bits: [0; 4],
        }
    }
}

/// Where a first word's hash sits in `PhraseSet::first_bits`.
fn first_bit(hash: u64) -> (usize, u64) {
    let b = (hash >> 56) as usize;
    (b >> 6, 1u64 << (b & 63))
}

impl<T: Clone> PhraseSet<T> {
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<Word> = phrase_words(phrase)
            .into_iter()
            .map(|w| (norm_hash(&w), w))
            .collect();
        if words.is_empty() {
            return;
        }
        let (word, bit) = first_bit(words[0].0);
        self.first_bits[word] |= bit;
        let list = self.by_first.entry(words[0].0).or_default();
        list.push((words, value));
        list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }

    pub fn from_words<'a>(phrases: impl IntoIterator<Item = &'a String>, value: T) -> PhraseSet<T> {
        let mut set = PhraseSet::default();
        for p in phrases {
            set.insert(p, value.clone());
        }
        set
    }

    /// All phrases starting at token `at`, longest first, with their length
    /// in tokens. `norm` gives the form compared for each token.
    pub fn matches_at<'s>(
        &'s self,
        tokens: &[Token],
        at: usize,
        norm: impl Fn(&Token) -> Vec<&str>,
    ) -> Vec<(usize, &'s T)> {
        let mut out = Vec::new();
        let Some(first) = tokens.get(at) else {
            return out;
        };
        for key in norm(first) {
            if let Some(list) = self.by_first.get(&norm_hash(key)) {
                for (words, value) in list {
                    let ok = words[0].1 == key
                        && words.iter().enumerate().skip(1).all(|(k, (_, w))| {
                            tokens
                                .get(at + k)
                                .is_some_and(|t| norm(t).contains(&w.as_str()))
                        });
                    if ok {
                        out.push((words.len(), value));
                    }
                }
            }
        }
        out.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        out
    }

    /// The longest phrase at `at` compared by plain norms (the hot path:
    /// no allocation, no string hashed).
    pub fn longest_at(&self, tokens: &[Token], at: usize) -> Option<(usize, &T)> {
        let first = tokens.get(at)?;
        let (word, bit) = first_bit(first.hash);
        if self.first_bits[word] & bit == 0 {
            return None;
        }
        let list = self.by_first.get(&first.hash)?;
        list.iter()
            .find(|(words, _)| {
                at + words.len() <= tokens.len()
                    && words
                        .iter()
                        .zip(&tokens[at..])
                        .all(|((hash, w), t)| t.hash == *hash && t.norm == *w)
            })
            .map(|(words, value)| (words.len(), value))
    }

    /// The first of `positions` a phrase starts at, and the phrase's
    /// length in tokens.
    pub fn first_in(
        &self,
        tokens: &[Token],
        positions: impl IntoIterator<Item = usize>,
    ) -> Option<(usize, usize)> {
        positions
            .into_iter()
            .find_map(|k| self.longest_at(tokens, k).map(|(n, _)| (k, n)))
    }

    /// Whether any phrase starts at `at`.
    pub fn starts_at(&self, tokens: &[Token], at: usize) -> bool {
        self.longest_at(tokens, at).is_some()
    }
}

/// Splits a phrase the way [`tokenize`] would, lowercased.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, Span::new(0, phrase.len()))
        .into_iter()
        .map(|t| t.norm)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn words_punctuation_and_clitics() {
        assert_eq!(
            norms("Kamis (20/6), negara-negara Barat"),
            [
                "kamis",
                "(",
                "20",
                "/",
                "6",
                ")",
                ",",
                "negara-negara",
                "barat"
            ]
        );
        assert_eq!(norms("Russia's invasion"), ["russia", "'s", "invasion"]);
        assert_eq!(norms("Seoul didn't send"), ["seoul", "did", "n't", "send"]);
        assert_eq!(norms("the U.S. said."), ["the", "u.s.", "said", "."]);
        assert_eq!(norms("Ukraina.Baca"), ["ukraina", ".", "baca"]);
    }

    #[test]
    fn thousands_stay_one_number() {
        assert_eq!(norms("40.000 tentara"), ["40.000", "tentara"]);
        assert_eq!(norms("1,500,000 troops"), ["1,500,000", "troops"]);
        // Not a time, a day and month, or a list.
        assert_eq!(norms("pukul 15.30"), ["pukul", "15", ".", "30"]);
        assert_eq!(norms("20.06.2024"), ["20", ".", "06", ".", "2024"]);
        assert_eq!(
            norms("in 2024, 300 troops"),
            ["in", "2024", ",", "300", "troops"]
        );
    }

    #[test]
    fn phrases_match_longest_first() {
        let mut set = PhraseSet::default();
        set.insert("kerja sama", 1);
        set.insert("kerja sama militer", 2);
        let t = tokenize("kerja sama militer dengan", Span::new(0, 25));
        assert_eq!(set.longest_at(&t, 0), Some((3, &2)));
    }
}
