//! Writers for what geokg produces: events as JSON Lines, node-link graph
//! JSON, DOT, and SVG/PNG rendered by Graphviz. Every file is written to a
//! temporary file beside it and renamed, so a reader never sees half a file.

pub mod dot;
pub mod wire;

use std::io::Write;
use std::path::Path;

use crate::error::OutputError;
use crate::merge::Event;
use wire::EventJson;

/// Writes `bytes` to `path` atomically: temporary file, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let err = |e: std::io::Error| OutputError {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
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
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
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
    let mut out = String::new();
    for e in events {
        out.push_str(&serde_json::to_string(&EventJson::from(e)).expect("events serialize"));
        out.push('\n');
    }
    out
}
