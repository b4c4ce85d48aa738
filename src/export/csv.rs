//! CSV tables for pandas, DuckDB and Neo4j `LOAD CSV`: `actors.csv` and
//! `events.csv` with the GDELT-style columns a researcher expects.
//!
//! Cells are quoted when they need it, and a cell a spreadsheet would run
//! as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) is made inert with a leading `'`.

use super::wire::{EventJson, GraphJson};

/// One CSV cell.
pub fn cell(value: &str) -> String {
    // Numbers ("-10") stay numbers; anything else a spreadsheet would
    // evaluate is made text.
    let number = value.parse::<f64>().is_ok();
    let inert = if !number && value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if inert.contains([',', '"', '\n', '\r']) || inert.starts_with(' ') || inert.ends_with(' ') {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// `actors.csv`: one row per actor.
pub fn actors_csv(g: &GraphJson) -> String {
    let mut out =
        row(&["id", "name", "kind", "country", "wikidata", "aliases"].map(str::to_string));
    for n in &g.nodes {
        out.push_str(&row(&[
            n.id.clone(),
            n.name.clone(),
            super::graphml::kind_name(n.kind).to_string(),
            n.country.clone().unwrap_or_default(),
            n.wikidata.clone().unwrap_or_default(),
            n.aliases.join("; "),
        ]));
    }
    out
}

/// `events.csv`: one row per event, GDELT-style columns.
pub fn events_csv(events: &[EventJson]) -> String {
    let header = [
        "id",
        "date",
        "date_precision",
        "actor1_code",
        "actor1_name",
        "actor1_country",
        "actor2_code",
        "actor2_name",
        "actor2_country",
        "event_type",
        "cameo",
        "quad_class",
        "goldstein",
        "modality",
        "num_mentions",
        "num_sources",
        "num_articles",
        "confidence",
        "location",
        "first_article",
        "first_source_url",
        "sentence",
    ];
    let mut out = row(&header.map(str::to_string));
    for e in events {
        let target = e.target.as_ref();
        out.push_str(&row(&[
            e.id.clone(),
            e.date.clone().unwrap_or_default(),
            e.date_precision
                .map(|p| format!("{p:?}").to_lowercase())
                .unwrap_or_default(),
            e.source.id.clone(),
            e.source.name.clone(),
            e.source.country.clone().unwrap_or_default(),
            target.map(|t| t.id.clone()).unwrap_or_default(),
            target.map(|t| t.name.clone()).unwrap_or_default(),
            target.and_then(|t| t.country.clone()).unwrap_or_default(),
            e.event_type.clone(),
            e.cameo.clone(),
            e.quad_class.to_string(),
            e.goldstein.to_string(),
            e.modality.name().to_string(),
            e.evidence.len().to_string(),
            e.articles.len().to_string(),
            e.articles.len().to_string(),
            e.confidence.to_string(),
            e.location.clone().unwrap_or_default(),
            e.articles.first().cloned().unwrap_or_default(),
            e.evidence
                .iter()
                .find_map(|v| v.url.as_deref().map(str::to_string))
                .unwrap_or_default(),
            e.evidence
                .first()
                .map(|v| v.sentence.to_string())
                .unwrap_or_default(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_inert() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("-10"), "-10");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }
}
