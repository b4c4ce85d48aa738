//! The bad-input corpus of `tests/bad/`: every bad file gets its line on
//! standard error, the good ones still yield events, nothing is half-done.

mod common;

use common::{geokg, root, temp_dir};
use std::path::{Path, PathBuf};
use std::process::Command;

struct Expectation {
    file: String,
    outcome: String,
    message: String,
    made_here: bool,
}

fn expectations() -> Vec<Expectation> {
    std::fs::read_to_string(root().join("tests/bad/expect.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 2, "expect.tsv: bad line {l:?}");
            let file = cols[0];
            Expectation {
                file: file.trim_start_matches('*').to_string(),
                outcome: cols[1].to_string(),
                message: cols.get(2).unwrap_or(&"").to_string(),
                made_here: file.starts_with('*'),
            }
        })
        .collect()
}

/// Copies the checked-in inputs and adds what cannot be checked in.
/// Returns the folder and whether the unreadable file really is unreadable
/// (it is not to root).
fn bad_folder(name: &str) -> (PathBuf, bool) {
    let dir = temp_dir(name);
    let inputs = root().join("tests/bad/inputs");
    for entry in std::fs::read_dir(inputs).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    // Sparse: 100 MB on paper, nothing on disk; refused before reading.
    let huge = std::fs::File::create(dir.join("huge.txt")).unwrap();
    huge.set_len(100 * 1024 * 1024).unwrap();
    drop(huge);
    #[cfg(not(unix))]
    let unreadable_works = false;
    #[cfg(unix)]
    let unreadable_works = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir_all(dir.join("loop")).unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("loop/back")).unwrap();
        std::os::unix::fs::symlink(dir.join("gone.txt"), dir.join("vanished.txt")).unwrap();
        let locked = dir.join("unreadable.txt");
        std::fs::write(&locked, "Locked\nChina warned Taiwan on Monday.\n").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        let works = std::fs::read(&locked).is_err();
        if !works {
            std::fs::remove_file(&locked).unwrap();
        }
        works
    };
    (dir, unreadable_works)
}

#[test]
fn every_bad_input_is_named_and_the_good_ones_are_read() {
    let (dir, unreadable_works) = bad_folder("bad");
    let o = geokg(&["extract", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "something was skipped: {err}");
    let articles: Vec<String> = out
        .lines()
        .flat_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["article"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let expectations = expectations();
    assert!(expectations.len() >= 25, "the corpus keeps its kinds");
    for x in &expectations {
        if x.file == "unreadable.txt" && !unreadable_works {
            continue;
        }
        if x.made_here && !cfg!(unix) && x.file != "huge.txt" {
            continue;
        }
        let prefix = match x.outcome.as_str() {
            "skipped" => "geokg: skipped: ",
            "warning" => "geokg: warning: ",
            "read" => {
                let stem = x.file.rsplit_once('.').map_or(x.file.as_str(), |s| s.0);
                assert!(
                    !err.lines().any(|l| l.contains(&format!("/{}", x.file))),
                    "{} should pass silently: {err}",
                    x.file
                );
                if x.file != "no_events.txt" {
                    assert!(
                        articles.iter().any(|a| a == stem),
                        "no events from {}: {out}",
                        x.file
                    );
                }
                continue;
            }
            other => panic!("expect.tsv: unknown outcome {other}"),
        };
        assert!(
            err.lines().any(|l| l.starts_with(prefix)
                && l.contains(&format!("/{}", x.file))
                && l.contains(&x.message)),
            "no '{prefix}' line for {} saying {:?}:\n{err}",
            x.file,
            x.message
        );
    }
    // Every line of standard error is one problem with one input.
    for line in err.lines() {
        assert!(
            line.starts_with("geokg: skipped: ") || line.starts_with("geokg: warning: "),
            "unexpected line: {line}"
        );
    }
    // Recovered text still yields its events; good JSON Lines among bad ones too.
    for article in ["invalid_utf8", "latin1", "nul_bytes", "l1", "l3"] {
        assert!(
            articles.iter().any(|a| a == article),
            "no events from {article}: {out}"
        );
    }

    let output = dir.join("out");
    let b = geokg(&[
        "build",
        dir.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
        "--format",
        "jsonl,json,dot,csv",
    ]);
    assert_eq!(
        b.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&b.stderr)
    );
    for name in ["events.jsonl", "graph.json", "graph.dot", "events.csv"] {
        let bytes = std::fs::read(output.join(name)).unwrap();
        assert!(!bytes.is_empty(), "{name} written");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&output)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn limits_are_flags() {
    let (dir, _) = bad_folder("limits");
    let long = dir.join("long_sentence.txt");
    // Raised, the run-on sentence is read and says nothing.
    let o = geokg(&[
        "extract",
        long.to_str().unwrap(),
        "--max-sentence-bytes",
        "100000",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // Lowered, a good article is too big and is named.
    let good = dir.join("good.txt");
    let o = geokg(&["extract", good.to_str().unwrap(), "--max-bytes", "10"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("good.txt") && err.contains("--max-bytes"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Killed with SIGKILL at any moment, `build` leaves every output file
/// either as it was or complete: never half-written.
#[cfg(unix)]
#[test]
fn a_killed_build_leaves_no_half_written_output() {
    let dir = temp_dir("kill");
    let small = dir.join("small");
    let large = dir.join("large");
    std::fs::create_dir_all(&small).unwrap();
    std::fs::create_dir_all(&large).unwrap();
    std::fs::write(
        small.join("a.txt"),
        "One\nJapan protested to China on Monday over a ship in its waters.\n",
    )
    .unwrap();
    let states = [
        "Japan", "China", "Russia", "Ukraine", "Iran", "Israel", "Turkey", "Egypt", "India",
        "Pakistan", "France", "Germany", "Brazil", "Chile", "Poland", "Belarus",
    ];
    let verbs = [
        "accused",
        "criticized",
        "warned",
        "praised",
        "threatened",
        "met",
    ];
    for i in 0..300 {
        let mut text = format!("Report {i}\n");
        for j in 0..20 {
            let a = states[(i * 7 + j) % states.len()];
            let b = states[(i * 3 + j * 5 + 1) % states.len()];
            let v = verbs[(i + j) % verbs.len()];
            if a != b {
                text.push_str(&format!("{a} {v} {b} on Monday, officials said. "));
            }
        }
        std::fs::write(large.join(format!("r{i:03}.txt")), text).unwrap();
    }
    let formats = "jsonl,json,dot,graphml,gexf,cytoscape,csv";
    let build = |input: &Path, out: &Path| {
        Command::new(env!("CARGO_BIN_EXE_geokg"))
            .args([
                "build",
                "-q",
                "--published",
                "2024-06-20",
                "--format",
                formats,
            ])
            .arg(input)
            .arg("-o")
            .arg(out)
            .spawn()
            .unwrap()
    };
    let files = |out: &Path| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&p).unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let old_dir = dir.join("old");
    assert!(build(&small, &old_dir).wait().unwrap().success());
    let old = files(&old_dir);
    let new_dir = dir.join("new");
    let started = std::time::Instant::now();
    assert!(build(&large, &new_dir).wait().unwrap().success());
    let full = started.elapsed();
    let new = files(&new_dir);
    assert_eq!(old.len(), new.len());

    for fraction in [0.3, 0.6, 0.8, 0.9, 0.95, 0.99] {
        let out = dir.join(format!("out-{fraction}"));
        std::fs::create_dir_all(&out).unwrap();
        for (name, bytes) in &old {
            std::fs::write(out.join(name), bytes).unwrap();
        }
        let mut child = build(&large, &out);
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let changed = old
            .iter()
            .filter(|(n, b)| std::fs::read(out.join(n)).unwrap() != *b)
            .count();
        eprintln!("kill at {fraction}: {changed} of {} files new", old.len());
        for ((name, before), (_, after)) in old.iter().zip(&new) {
            let now = std::fs::read(out.join(name)).unwrap();
            assert!(
                &now == before || &now == after,
                "{name} is half-written after a kill at {fraction} of the run"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
