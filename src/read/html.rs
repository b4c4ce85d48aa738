//! Article text from HTML: the blocks of `<article>` (else `<main>`, else
//! `<body>`), without scripts, styles, navigation, headers, footers and
//! asides.

use scraper::{ElementRef, Html, Selector};

use crate::model::Article;

const SKIP: &[&str] = &[
    "script", "style", "nav", "footer", "header", "aside", "noscript", "form", "figure",
];

fn skipped(el: &ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| SKIP.contains(&a.value().name()))
}

fn text_of(el: &ElementRef) -> String {
    el.text()
        .collect::<Vec<_>>()
        .join("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The article in an HTML page, or `None` when no text is found.
pub fn article(html: &str) -> Option<Article> {
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).ok();
    let blocks = sel("h1, h2, h3, h4, p, li, blockquote")?;
    let root = ["article", "main", "body"]
        .iter()
        .find_map(|r| doc.select(&sel(r)?).next());
    let mut lines = Vec::new();
    if let Some(root) = root {
        for el in root.select(&blocks) {
            // Outermost blocks only, so no text is read twice (a `<p>`
            // inside a heading or a list item, as broken markup gives).
            if skipped(&el)
                || el.ancestors().filter_map(ElementRef::wrap).any(|a| {
                    matches!(
                        a.value().name(),
                        "p" | "li" | "blockquote" | "h1" | "h2" | "h3" | "h4"
                    )
                })
            {
                continue;
            }
            let t = text_of(&el);
            if !t.is_empty() {
                lines.push(t);
            }
        }
    }
    if lines.is_empty() {
        return None;
    }
    let title = sel("h1")
        .and_then(|s| doc.select(&s).find(|e| !skipped(e)).map(|e| text_of(&e)))
        .or_else(|| sel("title").and_then(|s| doc.select(&s).next().map(|e| text_of(&e))));
    let meta = |name: &str| {
        sel(&format!("meta[property=\"{name}\"], meta[name=\"{name}\"]")).and_then(|s| {
            doc.select(&s)
                .next()
                .and_then(|e| e.value().attr("content").map(str::to_string))
        })
    };
    let mut warnings = Vec::new();
    let published = meta("article:published_time")
        .or_else(|| meta("published"))
        .or_else(|| {
            sel("time[datetime]").and_then(|s| {
                doc.select(&s)
                    .next()
                    .and_then(|e| e.value().attr("datetime").map(str::to_string))
            })
        })
        .and_then(|p| super::parse_published(&p, "html", &mut warnings));
    let language = sel("html").and_then(|s| {
        doc.select(&s)
            .next()
            .and_then(|e| e.value().attr("lang").and_then(crate::model::Lang::parse))
    });
    let url = sel("link[rel=\"canonical\"]").and_then(|s| {
        doc.select(&s)
            .next()
            .and_then(|e| e.value().attr("href").map(str::to_string))
    });
    Some(Article {
        id: String::new(),
        title,
        text: lines.join("\n") + "\n",
        published,
        url: url.or_else(|| meta("og:url")),
        language,
        source: meta("og:site_name"),
        origin: String::new(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_read_once_however_blocks_nest() {
        let a = super::article(
            "<body><h2><p>Russia attacked Ukraine.</p></h2><li><blockquote><p>Kyiv said so.</p></blockquote></li></body>",
        )
        .unwrap();
        assert_eq!(a.text.matches("Russia attacked").count(), 1, "{}", a.text);
        assert_eq!(a.text.matches("Kyiv said").count(), 1, "{}", a.text);
    }

    use super::*;

    #[test]
    fn keeps_article_drops_chrome() {
        let html = r#"<html lang="en"><head><title>T</title><script>var x=1;</script></head><body>
<nav><p>Menu item</p></nav><article><h1>Putin visits</h1><p>Putin visited  Pyongyang.</p>
<aside><p>Ad</p></aside></article><footer><p>Footer</p></footer></body></html>"#;
        let a = article(html).unwrap();
        assert_eq!(a.text, "Putin visits\nPutin visited Pyongyang.\n");
        assert_eq!(a.title.as_deref(), Some("Putin visits"));
        assert_eq!(a.language, Some(crate::model::Lang::En));
    }
}
