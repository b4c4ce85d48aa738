//! Reading articles: files, directories (recursive, sorted) and standard
//! input, in the formats of the README (`.txt`, `.md` with front matter,
//! `.json`, `.jsonl`, `.html`).
//!
//! Each input yields articles or one-line problems naming the file (and
//! line). Recoverable text is read with a warning (invalid UTF-8 bytes are
//! replaced); what cannot be read is reported and skipped.

mod html;
mod stream;

pub use stream::read_batches;

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::InputError;
use crate::model::{Article, Lang};

/// Files larger than this are refused unless the limit is raised.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What reading produced: articles, warnings, and inputs that were skipped.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub articles: Vec<Article>,
    pub warnings: Vec<String>,
    pub errors: Vec<InputError>,
}

#[derive(Clone, Debug)]
pub struct ReadOptions {
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

const EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm",
];

/// Expands inputs: a directory becomes its article files, recursively and
/// sorted; `-` stays standard input.
pub fn expand(inputs: &[PathBuf], outcome: &mut ReadOutcome) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(input.clone());
        } else if input.is_dir() {
            let mut found = Vec::new();
            let mut seen = Vec::new();
            walk(input, &mut found, &mut seen, outcome);
            found.sort();
            out.extend(found);
        } else if input.exists() {
            out.push(input.clone());
        } else {
            outcome.errors.push(InputError::file(
                input.display().to_string(),
                "no such file or directory",
            ));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut Vec<PathBuf>, outcome: &mut ReadOutcome) {
    // Symlink loops: never enter a directory twice.
    if let Ok(real) = dir.canonicalize() {
        if seen.contains(&real) {
            outcome.warnings.push(format!(
                "{}: directory already visited (symlink loop?), skipped",
                dir.display()
            ));
            return;
        }
        seen.push(real);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            outcome
                .errors
                .push(InputError::file(dir.display().to_string(), e.to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, seen, outcome);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
}

/// Reads every input.
pub fn read_all(inputs: &[PathBuf], options: &ReadOptions) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    for path in expand(inputs, &mut outcome) {
        read_one(&path, options, &mut outcome);
    }
    outcome
}

fn read_bytes(path: &Path, options: &ReadOptions) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        return read_limited(std::io::stdin(), options.max_bytes, "standard input");
    }
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.len() > options.max_bytes {
        return Err(format!(
            "{} bytes, over the {} byte limit (--max-bytes)",
            meta.len(),
            options.max_bytes
        ));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

/// Reads `reader` to its end, refusing more than `max` bytes (`what` names
/// the input in the message).
pub(crate) fn read_limited(reader: impl Read, max: u64, what: &str) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    reader
        .take(max + 1)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    if buf.len() as u64 > max {
        return Err(format!("{what} is over the {max} byte limit (--max-bytes)"));
    }
    Ok(buf)
}

/// Decodes bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, or
/// UTF-8 with invalid bytes replaced (and a warning). Binary is refused.
pub fn decode(bytes: &[u8], name: &str, warnings: &mut Vec<String>) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode(rest, name, warnings);
    }
    for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        if let Some(rest) = bytes.strip_prefix(&bom) {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|c| {
                    if le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                })
                .collect();
            return Ok(String::from_utf16_lossy(&units));
        }
    }
    if looks_binary(bytes) {
        return Err("binary data, not text".into());
    }
    // A few stray NULs in text (a bad copy, a broken scraper) are dropped,
    // not the whole article.
    if bytes.contains(&0) {
        let n = bytes.iter().filter(|&&b| b == 0).count();
        warnings.push(format!("{name}: {n} NUL bytes in the text; removed"));
        let cleaned: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
        return decode(&cleaned, name, warnings);
    }
    match String::from_utf8(bytes.to_vec()) {
        Ok(s) => Ok(s),
        Err(_) => {
            warnings.push(format!("{name}: not valid UTF-8; invalid bytes replaced"));
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

/// More than one byte in twenty is a NUL or a control character that text
/// does not use.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)))
        .count();
    controls * 20 > bytes.len().max(1)
}

pub(crate) fn stem(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".into();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into())
}

pub(crate) fn read_one(path: &Path, options: &ReadOptions, out: &mut ReadOutcome) {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = match read_bytes(path, options) {
        Ok(b) => b,
        Err(e) => return out.errors.push(InputError::file(&name, e)),
    };
    parse_bytes(&bytes, path, out);
}

/// Reads the bytes of one input, as the format its path's extension names
/// (`-`: standard input, JSON Lines when it starts with `{`), into `out`.
pub fn parse_bytes(bytes: &[u8], path: &Path, out: &mut ReadOutcome) {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let text = match decode(bytes, &name, &mut out.warnings) {
        Ok(t) => t,
        Err(e) => return out.errors.push(InputError::file(&name, e)),
    };
    if text.trim().is_empty() {
        return out.errors.push(InputError::file(&name, "empty article"));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let stdin_json = path.as_os_str() == "-" && text.trim_start().starts_with('{');
    match ext.as_str() {
        "json" if !text.trim_start().starts_with('{') => out.errors.push(InputError::file(
            &name,
            "invalid article JSON: expected one article object {\"text\": ...}",
        )),
        "json" => match serde_json::from_str::<JsonArticle>(&text) {
            Ok(j) => push_json(j, &stem(path), &name, 0, out),
            Err(e) => out.errors.push(InputError::line(
                &name,
                e.line(),
                format!("invalid article JSON: {e}"),
            )),
        },
        "jsonl" | "ndjson" => read_jsonl(&text, path, &name, out),
        _ if stdin_json => read_jsonl(&text, path, &name, out),
        "html" | "htm" => match html::article(&text) {
            Some(mut a) => {
                a.id = stem(path);
                a.origin = name;
                out.articles.push(a);
            }
            None => out
                .errors
                .push(InputError::file(&name, "no article text found in the HTML")),
        },
        _ => {
            let mut a = plain(&text, &name, &mut out.warnings);
            if a.id.is_empty() {
                a.id = stem(path);
            }
            a.origin = name;
            out.articles.push(a);
        }
    }
}

fn read_jsonl(text: &str, path: &Path, name: &str, out: &mut ReadOutcome) {
    for (i, line) in text.lines().enumerate() {
        jsonl_line(line, path, name, i + 1, out);
    }
}

/// One line of a JSON Lines input (`number` counts from 1).
pub(crate) fn jsonl_line(
    line: &str,
    path: &Path,
    name: &str,
    number: usize,
    out: &mut ReadOutcome,
) {
    // A byte-order mark starting any line: files joined with `cat`.
    let line = line.trim_start_matches('\u{feff}');
    if line.trim().is_empty() {
        return;
    }
    match serde_json::from_str::<JsonArticle>(line) {
        Ok(j) => push_json(j, &format!("{}-{number}", stem(path)), name, number, out),
        Err(e) => out.errors.push(InputError::line(
            name,
            number,
            format!("invalid article JSON: {e}"),
        )),
    }
}

#[derive(Deserialize)]
struct JsonArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

fn push_json(j: JsonArticle, default_id: &str, name: &str, line: usize, out: &mut ReadOutcome) {
    let at = if line > 0 {
        format!("{name}:{line}")
    } else {
        name.to_string()
    };
    let Some(text) = j.text.filter(|t| !t.trim().is_empty()) else {
        let e = if line > 0 {
            InputError::line(name, line, "article has no text")
        } else {
            InputError::file(name, "article has no text")
        };
        return out.errors.push(e);
    };
    let id = match j.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => default_id.to_string(),
    };
    let published = j
        .published
        .as_deref()
        .and_then(|p| parse_published(p, &at, &mut out.warnings));
    let language = j
        .language
        .as_deref()
        .and_then(|l| parse_language(l, &at, &mut out.warnings));
    out.articles.push(Article {
        id,
        title: j.title,
        text,
        published,
        url: j.url,
        language,
        source: j.source,
        origin: at,
    });
}

/// Accepts `YYYY-MM-DD` or an RFC 3339 timestamp; anything else is a
/// warning and no date.
pub fn parse_published(value: &str, at: &str, warnings: &mut Vec<String>) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    // (Found by fuzzing: a value shorter than ten bytes, or with a
    // multi-byte character at the tenth, must not be sliced there.)
    let (date_part, rest) = match (v.get(..10), v.get(10..)) {
        (Some(d), Some(r)) => (d, r),
        _ => (v, ""),
    };
    match NaiveDate::parse_from_str(date_part, "%Y-%m-%d") {
        Ok(d) if rest.is_empty() || rest.starts_with(['T', ' ']) => {
            // Kept: the clock may be wrong, or the date a typo; either way
            // the user should know relative dates hang on it.
            if today().is_some_and(|t| d > t) {
                warnings.push(format!(
                    "{at}: published {d} is in the future; relative dates are resolved against it"
                ));
            }
            Some(d)
        }
        _ => {
            warnings.push(format!(
                "{at}: published '{v}' is not a YYYY-MM-DD date; ignored"
            ));
            None
        }
    }
}

/// The system clock's date (UTC): for the future-date warning and the
/// default date of `geokg actors`; extraction output never depends on it.
pub fn today() -> Option<NaiveDate> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(chrono::Days::new(secs / 86_400))
}

fn parse_language(value: &str, at: &str, warnings: &mut Vec<String>) -> Option<Lang> {
    let l = Lang::parse(value);
    if l.is_none() && !value.trim().is_empty() {
        warnings.push(format!(
            "{at}: language '{value}' is not supported (id, en); detecting it instead"
        ));
    }
    l
}

const META_KEYS: &[&str] = &[
    "title",
    "published",
    "url",
    "language",
    "source",
    "id",
    "date",
    "author",
];

/// Plain text or Markdown, with optional front matter between `---` lines
/// or a block of `key: value` header lines ended by a blank line.
fn plain(text: &str, name: &str, warnings: &mut Vec<String>) -> Article {
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut body = text;
    let trimmed = text.trim_start_matches('\u{feff}');
    if let Some(rest) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    {
        if let Some(end) = rest.find("\n---") {
            for line in rest[..end].lines() {
                if let Some((k, v)) = line.split_once(':') {
                    meta.push((k.trim().to_string(), unquote(v.trim()).to_string()));
                }
            }
            let after = &rest[end + 4..];
            body = after
                .strip_prefix('\n')
                .or_else(|| after.strip_prefix("\r\n"))
                .unwrap_or(after);
        } else {
            warnings.push(format!(
                "{name}: front matter opened with '---' is never closed; read as plain text"
            ));
        }
    } else {
        let mut consumed = 0;
        let mut header = Vec::new();
        for line in trimmed.split_inclusive('\n') {
            let l = line.trim_end();
            if l.is_empty() {
                if !header.is_empty() {
                    consumed += line.len();
                    meta = header;
                    body = &trimmed[consumed..];
                }
                break;
            }
            match l.split_once(": ") {
                Some((k, v)) if META_KEYS.contains(&k) => {
                    header.push((k.to_string(), v.trim().to_string()));
                    consumed += line.len();
                }
                _ => break,
            }
        }
    }
    let get = |k: &str| {
        meta.iter()
            .find(|(mk, _)| mk == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let title = get("title").or_else(|| {
        body.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_string)
    });
    let published = get("published")
        .or_else(|| get("date"))
        .and_then(|p| parse_published(&p, name, warnings));
    let language = get("language").and_then(|l| parse_language(&l, name, warnings));
    let text = body.to_string();
    Article {
        id: get("id").unwrap_or_default(),
        title,
        text,
        published,
        url: get("url"),
        language,
        source: get("source"),
        origin: name.to_string(),
    }
}

fn unquote(v: &str) -> &str {
    v.strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_header_lines() {
        let mut w = Vec::new();
        let a = plain(
            "---\ntitle: \"T\"\npublished: 2024-06-19\nlanguage: en\n---\nBody text.\n",
            "x.md",
            &mut w,
        );
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published.unwrap().to_string(), "2024-06-19");
        assert_eq!(a.text, "Body text.\n");
        let a = plain(
            "published: 2024-06-21\nlanguage: id\n\nJUDUL\nIsi.\n",
            "x.txt",
            &mut w,
        );
        assert_eq!(a.language, Some(Lang::Id));
        assert_eq!(a.text, "JUDUL\nIsi.\n");
        assert_eq!(a.title.as_deref(), Some("JUDUL"));
        assert!(w.is_empty());
    }

    #[test]
    fn bad_published_is_a_warning() {
        let mut w = Vec::new();
        let a = plain("---\npublished: 2024-13-45\n---\nText.\n", "bad.md", &mut w);
        assert!(a.published.is_none());
        assert!(w[0].starts_with("bad.md: published"));
    }

    #[test]
    fn decoding() {
        let mut w = Vec::new();
        assert!(decode(b"\x00\x01\x02binary", "b", &mut w).is_err());
        assert_eq!(
            decode(b"caf\xe9 ok", "l", &mut w).unwrap(),
            "caf\u{fffd} ok"
        );
        assert_eq!(w.len(), 1);
        assert_eq!(
            decode(&[0xFF, 0xFE, b'h', 0, b'i', 0], "u", &mut w).unwrap(),
            "hi"
        );
    }
}
