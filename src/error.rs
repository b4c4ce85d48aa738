//! Errors. Each names the file (and line, where there is one) it is about.

use std::path::PathBuf;

/// The 1-based line of byte `at` in `text` (clamped to the text): what
/// every message that names a line counts.
pub fn line_at(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// A problem with one input: the batch reports it and goes on.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: {message}")]
    Unreadable { path: String, message: String },
    #[error("{path}:{line}: {message}")]
    AtLine {
        path: String,
        line: usize,
        message: String,
    },
}

impl InputError {
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> InputError {
        InputError::Unreadable {
            path: path.into(),
            message: message.into(),
        }
    }

    pub fn line(path: impl Into<String>, line: usize, message: impl Into<String>) -> InputError {
        InputError::AtLine {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

/// A problem in a data file (gazetteer, lexicon).
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{file}:{line}: {message}")]
    At {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: entry '{id}': {message}")]
    Entry {
        file: String,
        id: String,
        message: String,
    },
    #[error("{file}: {message}")]
    File { file: String, message: String },
}

impl DataError {
    pub fn toml(file: &str, text: &str, err: &toml::de::Error) -> DataError {
        let line = err.span().map(|s| line_at(text, s.start)).unwrap_or(0);
        DataError::At {
            file: file.to_string(),
            line,
            message: err.message().to_string(),
        }
    }

    pub fn entry(file: &str, id: &str, message: impl Into<String>) -> DataError {
        DataError::Entry {
            file: file.to_string(),
            id: id.to_string(),
            message: message.into(),
        }
    }

    pub fn at(file: &str, line: usize, message: impl Into<String>) -> DataError {
        DataError::At {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// A failure to write an output file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct OutputError {
    pub path: PathBuf,
    pub message: String,
}
