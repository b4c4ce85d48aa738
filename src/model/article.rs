use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Languages geokg has lexicons for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" | "bahasa" | "in" => Some(Lang::Id),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// One news article as read from disk, before any analysis.
///
/// `text` is what every byte offset in the output refers to. For plain text
/// files it is the whole file (the first line, the title, is then a heading
/// unit of the text); for formats with a separate title field it is the body.
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub language: Option<Lang>,
    pub source: Option<String>,
    /// Where the article came from: `path` or `path:line`, for messages.
    pub origin: String,
}
