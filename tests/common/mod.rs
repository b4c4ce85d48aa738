//! What the end-to-end tests share: running the binary, fresh folders.
#![allow(dead_code)] // each test crate uses its own part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn geokg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(args)
        .output()
        .expect("geokg runs")
}

/// `geokg extract -q OPTION VALUE FILES...`'s standard output; it must
/// succeed.
pub fn extract_with(option: &str, value: &str, files: &[String]) -> Vec<u8> {
    let mut args = vec!["extract", "-q", option, value];
    args.extend(files.iter().map(String::as_str));
    let o = geokg(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o.stdout
}

/// A fresh temporary directory for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "geokg-test-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `geokg build -q INPUT -o DIR` into a fresh folder named after `name`;
/// the build must succeed.
pub fn build_quietly(input: &Path, name: &str) -> PathBuf {
    let out = temp_dir(name);
    let o = geokg(&[
        "build",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-q",
    ]);
    assert!(
        o.status.success(),
        "build of {} failed: {}",
        input.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    out
}
