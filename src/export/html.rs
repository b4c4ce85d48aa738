//! One self-contained HTML page that explores the graph offline: the
//! vendored Cytoscape.js (`vendor/cytoscape/`, MIT) and our script are
//! embedded in the binary and inlined, the graph travels as JSON in a
//! non-executed `<script type="application/json">` block with `<`, `>` and
//! `&` escaped, so nothing from an article can close it or run.

use serde::Serialize;

use super::wire::{GraphJson, NodeJson, RelationJson};

const CYTOSCAPE: &str = include_str!("../../vendor/cytoscape/cytoscape.min.js");
const CYTOSCAPE_LICENSE: &str = include_str!("../../vendor/cytoscape/LICENSE");
const SCRIPT: &str = include_str!("explorer.js");
const STYLE: &str = include_str!("explorer.css");

/// What the page needs of an event (no mentions: they can be large).
#[derive(Serialize)]
struct PageLink<'a> {
    key: &'a str,
    source: &'a str,
    target: &'a str,
    #[serde(rename = "type")]
    event_type: &'a str,
    quad_class: u8,
    modality: crate::model::Modality,
    date: Option<&'a str>,
    articles: &'a [String],
    evidence: Vec<PageEvidence<'a>>,
}

#[derive(Serialize)]
struct PageEvidence<'a> {
    article: &'a str,
    sentence: &'a str,
    url: Option<&'a str>,
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct PageData<'a> {
    nodes: &'a [NodeJson],
    links: Vec<PageLink<'a>>,
    relations: &'a [RelationJson],
}

/// JSON that is safe inside a `<script>` block: every `<`, `>` and `&`
/// written as a JSON escape, so `</script>` in a sentence cannot end it.
fn script_safe_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("page data serializes")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The explorer page of `graph`.
pub fn to_html(graph: &GraphJson) -> String {
    let data = PageData {
        nodes: &graph.nodes,
        links: graph
            .links
            .iter()
            .map(|l| PageLink {
                key: &l.key,
                source: &l.source,
                target: &l.target,
                event_type: &l.event_type,
                quad_class: l.quad_class,
                modality: l.modality,
                date: l.date.as_deref(),
                articles: &l.articles,
                evidence: l
                    .evidence
                    .iter()
                    .map(|v| PageEvidence {
                        article: &v.article,
                        sentence: &v.sentence,
                        url: v.url.as_deref(),
                        lang: v.lang.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        relations: &graph.graph.relations,
    };
    let licence = CYTOSCAPE_LICENSE.replace("*/", "* /");
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>geokg explorer</title>
<style>
{STYLE}</style>
</head>
<body>
<header>
  <h1>geokg explorer</h1>
  <label>Date <input id="slider" type="range" min="0" step="1"></label>
  <button id="play" type="button">Play</button>
  <span id="asof"></span>
  <span id="filters">
    <fieldset><legend>family</legend>
      <label><input type="checkbox" name="quad" value="1" checked> verbal coop.</label>
      <label><input type="checkbox" name="quad" value="2" checked> material coop.</label>
      <label><input type="checkbox" name="quad" value="3" checked> verbal conflict</label>
      <label><input type="checkbox" name="quad" value="4" checked> material conflict</label>
    </fieldset>
    <fieldset><legend>modality</legend>
      <label><input type="checkbox" name="modality" value="asserted" checked> asserted</label>
      <label><input type="checkbox" name="modality" value="hypothetical" checked> hypothetical</label>
      <label><input type="checkbox" name="modality" value="alleged" checked> alleged</label>
      <label><input type="checkbox" name="modality" value="negated" checked> negated</label>
    </fieldset>
    <fieldset><legend>language</legend><span id="languages"></span></fieldset>
  </span>
  <label>min. sources <input id="minsources" type="number" min="1" value="1" style="width:4em"></label>
  <label><input id="relations" type="checkbox" checked> relation states</label>
  <input id="search" type="search" placeholder="find an actor">
  <span id="status" role="status"></span>
</header>
<main id="graph"></main>
<aside id="side">
  <div id="panel"><p>Click an actor for its relations over time, or an edge for its events and the sentences they come from.</p></div>
  <p class="legend">events: <span style="background:#2e7d32"></span>verbal coop. <span style="background:#1565c0"></span>material coop. <span style="background:#ef6c00"></span>verbal conflict <span style="background:#c62828"></span>material conflict; dashed hypothetical or alleged, dotted negated, wider with more sources. Broad translucent bands: relation states (allied dark green, cooperative green, tense orange, hostile red).</p>
</aside>
<script type="application/json" id="geokg-data">{data}</script>
<script>
/* Cytoscape.js (vendor/cytoscape), MIT licence:
{licence}*/
{CYTOSCAPE}
</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        data = script_safe_json(&data),
    )
}
