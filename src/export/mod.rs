//! Writers for what geokg produces: events as JSON Lines, node-link graph
//! JSON, DOT, and SVG/PNG rendered by Graphviz. Every file is written to a
//! temporary file beside it and renamed, so a reader never sees half a file.

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod wire;
mod xml;

use std::io::Write;
use std::path::Path;

use crate::error::OutputError;
use crate::merge::Event;
use wire::EventJson;

/// Writes `bytes` to `path` atomically: temporary file, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes what `write` writes to `path` atomically: a temporary file
/// beside it (buffered, so a large output is never held whole), fsync,
/// rename. On any error the temporary file is removed and `path` is as it
/// was. A device or a pipe already there (`-o /dev/null`) is written in
/// place: a file renamed over it would replace it.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    let err = |e: std::io::Error| OutputError {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let result = (|| {
            let file = std::fs::OpenOptions::new().write(true).open(path)?;
            let mut f = std::io::BufWriter::with_capacity(1 << 20, file);
            write(&mut f)?;
            f.flush()
        })();
        return result.map_err(err);
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
        write(&mut f)?;
        let f = f.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Events as JSON Lines, one event a line, in the order given.
pub fn events_jsonl(events: &[Event]) -> String {
    let mut out = Vec::new();
    write_events_jsonl(events, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Writes events as JSON Lines, one event at a time.
pub fn write_events_jsonl(events: &[Event], w: &mut dyn Write) -> std::io::Result<()> {
    use rayon::prelude::*;
    // Lines are made in parallel, a window of chunks at a time (so the
    // text in memory stays small), and written in order: the same bytes
    // as one line after another.
    const CHUNK: usize = 1024;
    let window = CHUNK * 4 * rayon::current_num_threads();
    for part in events.chunks(window) {
        let texts: Vec<Vec<u8>> = part
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut text = Vec::with_capacity(chunk.len() * 512);
                for e in chunk {
                    serde_json::to_writer(&mut text, &EventJson::from(e))?;
                    text.push(b'\n');
                }
                Ok(text)
            })
            .collect::<Result<_, serde_json::Error>>()?;
        for text in texts {
            w.write_all(&text)?;
        }
    }
    Ok(())
}

/// Writes the graph JSON (pretty), streamed.
pub fn write_graph_json(graph: &wire::GraphJson, w: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, graph)?;
    w.write_all(b"\n")
}

/// The formats geokg writes, with their file names in an output directory.
pub const FORMATS: &[(&str, &str)] = &[
    ("jsonl", "events.jsonl"),
    ("json", "graph.json"),
    ("dot", "graph.dot"),
    ("svg", "graph.svg"),
    ("png", "graph.png"),
    ("graphml", "graph.graphml"),
    ("gexf", "graph.gexf"),
    ("cytoscape", "graph.cytoscape.json"),
    ("csv", "events.csv"),
    ("html", "graph.html"),
];

/// Renders `graph` in `format`; `csv` gives `events.csv` (see
/// [`csv::actors_csv`] for its companion). SVG and PNG need Graphviz.
pub fn render_format(
    graph: &wire::GraphJson,
    events: &[EventJson],
    format: &str,
) -> Result<Vec<u8>, String> {
    Ok(match format {
        "jsonl" => events
            .iter()
            .map(|e| serde_json::to_string(e).expect("events serialize") + "\n")
            .collect::<String>()
            .into_bytes(),
        "json" => {
            let mut out = Vec::new();
            write_graph_json(graph, &mut out).expect("writing to memory");
            out
        }
        "dot" => dot::to_dot(graph).into_bytes(),
        "svg" | "png" => dot::render(&dot::to_dot(graph), format)?,
        "graphml" => graphml::to_graphml(graph).into_bytes(),
        "gexf" => gexf::to_gexf(graph).into_bytes(),
        "cytoscape" => (serde_json::to_string_pretty(&cytoscape::to_cytoscape(graph))
            .expect("serializes")
            + "\n")
            .into_bytes(),
        "csv" => csv::events_csv(events).into_bytes(),
        "html" => html::to_html(graph).into_bytes(),
        other => {
            return Err(format!(
                "unknown format '{other}' (use {})",
                FORMATS.iter().map(|f| f.0).collect::<Vec<_>>().join(", ")
            ));
        }
    })
}

/// Every event of a graph JSON (links and unary events), for formats that
/// list events.
pub fn graph_events(graph: &wire::GraphJson) -> Vec<EventJson> {
    let nodes: std::collections::BTreeMap<&str, &wire::NodeJson> =
        graph.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let node = |id: &str| {
        nodes.get(id).map(|n| wire::ActorRef {
            id: n.id.clone(),
            name: n.name.clone(),
            kind: n.kind,
            country: n.country.clone(),
        })
    };
    let mut out: Vec<EventJson> = graph
        .links
        .iter()
        .filter_map(|l| {
            let source = node(&l.source)?;
            let target = node(&l.target)?;
            Some(EventJson {
                id: l.key.clone(),
                event_type: l.event_type.clone(),
                cameo: l.cameo.clone(),
                quad_class: l.quad_class,
                goldstein: l.goldstein,
                source,
                target: Some(target),
                participants: l.participants.iter().filter_map(|p| node(p)).collect(),
                date: l.date.clone(),
                date_precision: l.date_precision,
                modality: l.modality,
                location: l.location.clone(),
                articles: l.articles.clone(),
                evidence: l.evidence.clone(),
                confidence: l.confidence,
            })
        })
        .collect();
    out.extend(graph.graph.unary_events.iter().cloned());
    // In the order `build` lists them (`merge::told_order`): by the first
    // report, then type and id.
    out.sort_by_cached_key(|e| {
        let reports = e.evidence.iter().map(|v| (v.heading, &v.article, v.start));
        (
            crate::merge::first_report(reports),
            e.event_type.clone(),
            e.id.clone(),
        )
    });
    out
}
