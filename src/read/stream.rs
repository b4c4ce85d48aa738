//! Reading without holding the corpus: inputs are read in order and handed
//! on in batches of about a given size of article text, so memory holds a
//! batch, not the corpus. A JSON Lines input is read line by line (its
//! byte limit applies to each line, not to the file); other files are
//! read whole, one at a time.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::{
    ReadOptions, ReadOutcome, expand, jsonl_line, looks_binary, parse_bytes, read_limited, read_one,
};
use crate::error::InputError;

/// Collects articles and hands them on when they reach the batch size.
struct Batcher<'s> {
    batch: ReadOutcome,
    bytes: usize,
    limit: usize,
    sink: &'s mut dyn FnMut(ReadOutcome),
}

impl Batcher<'_> {
    /// Counts what the last read added; hands the batch on when full.
    fn added(&mut self, before: usize) {
        self.bytes += self.batch.articles[before..]
            .iter()
            .map(|a| a.text.len())
            .sum::<usize>();
        if self.bytes >= self.limit {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let batch = std::mem::take(&mut self.batch);
        self.bytes = 0;
        (self.sink)(batch);
    }
}

/// Reads every input in order (folders expanded as [`super::read_all`]
/// does), calling `sink` with batches of about `batch_bytes` of article
/// text, and once more at the end. Articles, warnings and errors come in
/// input order, so the concatenation of the batches is what `read_all`
/// returns for the same inputs, except that a JSON Lines file over the
/// byte limit is read rather than refused.
pub fn read_batches(
    inputs: &[PathBuf],
    options: &ReadOptions,
    batch_bytes: usize,
    sink: &mut dyn FnMut(ReadOutcome),
) {
    let mut b = Batcher {
        batch: ReadOutcome::default(),
        bytes: 0,
        limit: batch_bytes.max(1),
        sink,
    };
    let paths = expand(inputs, &mut b.batch);
    for path in paths {
        let before = b.batch.articles.len();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if path.as_os_str() == "-" {
            stdin(options, &mut b);
        } else if ext == "jsonl" || ext == "ndjson" {
            let name = path.display().to_string();
            match std::fs::File::open(&path) {
                Ok(f) => jsonl(BufReader::with_capacity(1 << 20, f), &path, options, &mut b),
                Err(e) => b.batch.errors.push(InputError::file(name, e.to_string())),
            }
        } else {
            read_one(&path, options, &mut b.batch);
        }
        b.added(before);
    }
    b.flush();
}

/// Standard input: JSON Lines when it starts with `{`, streamed; anything
/// else read whole, as a file would be.
fn stdin(options: &ReadOptions, b: &mut Batcher) {
    let path = Path::new("-");
    let mut reader = BufReader::with_capacity(1 << 20, std::io::stdin().lock());
    let json = loop {
        match reader.fill_buf() {
            Ok([]) => break false,
            Ok(buf) => {
                let buf = buf.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(buf);
                match buf.iter().position(|c| !c.is_ascii_whitespace()) {
                    Some(i) => break buf[i] == b'{',
                    // All whitespace so far: keep it for the whole read.
                    None => break false,
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break false,
        }
    };
    if json {
        return jsonl(reader, path, options, b);
    }
    match read_limited(reader, options.max_bytes, "standard input") {
        Ok(bytes) => parse_bytes(&bytes, path, &mut b.batch),
        Err(e) => b.batch.errors.push(InputError::file("<stdin>", e)),
    }
}

/// A JSON Lines stream, line by line.
fn jsonl<R: BufRead>(mut reader: R, path: &Path, options: &ReadOptions, b: &mut Batcher) {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    // What only the whole input can say: binary data, or UTF-16 (read
    // whole, as it must be decoded before it has lines).
    match reader.fill_buf() {
        Ok(head) if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) => {
            return match read_limited(reader, options.max_bytes, "a UTF-16 file") {
                Ok(bytes) => parse_bytes(&bytes, path, &mut b.batch),
                Err(e) => b.batch.errors.push(InputError::file(&name, e)),
            };
        }
        Ok(head) if looks_binary(&head[..head.len().min(8192)]) => {
            return b
                .batch
                .errors
                .push(InputError::file(&name, "binary data, not text"));
        }
        Ok(_) => {}
        Err(e) => return b.batch.errors.push(InputError::file(&name, e.to_string())),
    }
    let mut line = Vec::new();
    let mut number = 0;
    let mut any = false;
    loop {
        line.clear();
        match reader
            .by_ref()
            .take(options.max_bytes + 1)
            .read_until(b'\n', &mut line)
        {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return b
                    .batch
                    .errors
                    .push(InputError::line(&name, number + 1, e.to_string()));
            }
        }
        number += 1;
        if line.len() as u64 > options.max_bytes && !line.ends_with(b"\n") {
            // The rest of an over-long line is read past, not kept.
            let mut rest = Vec::new();
            while reader
                .by_ref()
                .take(1 << 20)
                .read_until(b'\n', &mut rest)
                .is_ok_and(|n| n > 0)
                && !rest.ends_with(b"\n")
            {
                rest.clear();
            }
            b.batch.errors.push(InputError::line(
                &name,
                number,
                format!(
                    "line over the {} byte limit (--max-bytes)",
                    options.max_bytes
                ),
            ));
            continue;
        }
        // As `str::lines` splits: the line ending is not the line's.
        let mut bytes: &[u8] = line.strip_suffix(b"\n").unwrap_or(&line);
        bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if number == 1 {
            bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        }
        if bytes.trim_ascii().is_empty() {
            continue;
        }
        any = true;
        let at = format!("{name}:{number}");
        let text = match super::decode(bytes, &at, &mut b.batch.warnings) {
            Ok(t) => t,
            Err(e) => {
                b.batch.errors.push(InputError::line(&name, number, e));
                continue;
            }
        };
        let before = b.batch.articles.len();
        jsonl_line(&text, path, &name, number, &mut b.batch);
        b.added(before);
    }
    if !any {
        b.batch
            .errors
            .push(InputError::file(&name, "empty article"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::read_all;

    fn temp(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("geokg-stream-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    fn batches(path: &Path, options: &ReadOptions, size: usize) -> Vec<ReadOutcome> {
        let mut out = Vec::new();
        read_batches(&[path.to_path_buf()], options, size, &mut |b| out.push(b));
        out
    }

    #[test]
    fn batches_add_up_to_reading_everything() {
        let mut body = String::new();
        for i in 0..40 {
            body +=
                &format!("{{\"id\": \"a{i}\", \"text\": \"Russia warned Japan on day {i}.\"}}\r\n");
            if i % 9 == 0 {
                body += "{\"text\": 12}\n\n";
            }
        }
        let path = temp("many.jsonl", &body);
        let whole = read_all(std::slice::from_ref(&path), &Default::default());
        let parts = batches(&path, &Default::default(), 100);
        assert!(parts.len() > 5, "{} batches", parts.len());
        let ids = |v: &[crate::model::Article]| {
            v.iter()
                .map(|a| (a.id.clone(), a.text.clone(), a.origin.clone()))
                .collect::<Vec<_>>()
        };
        let streamed: Vec<_> = parts.iter().flat_map(|b| ids(&b.articles)).collect();
        assert_eq!(streamed, ids(&whole.articles));
        let errors: Vec<String> = parts
            .iter()
            .flat_map(|b| b.errors.iter().map(|e| e.to_string()))
            .collect();
        let want: Vec<String> = whole.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, want);
        assert_eq!(want.len(), 5);
    }

    #[test]
    fn a_long_line_is_refused_alone_and_the_file_has_no_size_limit() {
        let long = format!("{{\"text\": \"{}\"}}\n", "word ".repeat(100));
        let body =
            format!("{{\"text\": \"China met Peru.\"}}\n{long}{{\"text\": \"Peru met China.\"}}\n");
        let path = temp("long.jsonl", &body);
        let options = ReadOptions { max_bytes: 100 };
        let parts = batches(&path, &options, 1 << 20);
        let texts: Vec<&str> = parts
            .iter()
            .flat_map(|b| b.articles.iter().map(|a| a.text.as_str()))
            .collect();
        assert_eq!(texts, ["China met Peru.", "Peru met China."]);
        let errors: Vec<String> = parts
            .iter()
            .flat_map(|b| b.errors.iter().map(|e| e.to_string()))
            .collect();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].contains("long.jsonl:2") && errors[0].contains("--max-bytes"),
            "{errors:?}"
        );
    }

    #[test]
    fn binary_and_empty_streams_are_one_error() {
        let path = temp(
            "bin.jsonl",
            "\u{0}\u{1}\u{2}\u{3}{\"text\": \"x\"}\u{0}\u{0}\u{0}\u{0}\u{0}\n",
        );
        let errors: Vec<String> = batches(&path, &Default::default(), 10)
            .iter()
            .flat_map(|b| b.errors.iter().map(|e| e.to_string()))
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains("binary data"));
        let path = temp("empty.jsonl", "\n  \n");
        let errors: Vec<String> = batches(&path, &Default::default(), 10)
            .iter()
            .flat_map(|b| b.errors.iter().map(|e| e.to_string()))
            .collect();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("empty article"));
    }
}
