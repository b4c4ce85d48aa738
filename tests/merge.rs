//! Combining graphs: idempotent, commutative, associative over generated
//! graphs (proptest), equal to one build over all the articles, and safe:
//! `build --into` and `merge` refuse a graph that was edited or is corrupt
//! and leave it as it was.

mod common;

use std::sync::OnceLock;

use common::{build_quietly, geokg, read, root, temp_dir};
use geokg::events::Mention;
use geokg::export::wire::GraphJson;
use geokg::model::{Actor, EventDate, EventType, Evidence, Modality, Span};
use geokg::{Lexicon, combine};
use proptest::prelude::*;

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::builtin().unwrap())
}

fn rules() -> &'static [geokg::graph::StateRule] {
    static R: OnceLock<Vec<geokg::graph::StateRule>> = OnceLock::new();
    R.get_or_init(|| geokg::graph::state_rules().unwrap())
}

fn actor(id: &str) -> Actor {
    lexicon().gazetteer.get(id).unwrap().actor.clone()
}

const ACTORS: &[&str] = &["RUS", "PRK", "KOR", "USA", "CHN", "vladimir_putin"];
const TYPES: &[&str] = &["visit", "sign_agreement", "warn", "accuse", "meet", "deny"];
const DATES: &[Option<&str>] = &[
    None,
    Some("2024-06"),
    Some("2024-06-19"),
    Some("2024-06-20"),
    Some("2024"),
];

prop_compose! {
    fn mention()(
        t in 0..TYPES.len(), s in 0..ACTORS.len(), o in 0..=ACTORS.len(),
        modality in 0..4usize, d in 0..DATES.len(), weak in any::<bool>(),
        heading in prop::bool::weighted(0.2), article in 0..4usize, start in 0..6usize,
    ) -> Mention {
        let event_type = EventType::parse(TYPES[t]).unwrap();
        let source = std::sync::Arc::new(actor(ACTORS[s]));
        let target = (o < ACTORS.len() && o != s && event_type != EventType::parse("deny").unwrap())
            .then(|| std::sync::Arc::new(actor(ACTORS[o])));
        let mut participants = vec![source.clone()];
        participants.extend(target.clone());
        Mention {
            event_type,
            cameo: event_type.cameo().to_string(),
            source,
            target,
            participants,
            modality: [Modality::Asserted, Modality::Hypothetical, Modality::Negated, Modality::Alleged][modality],
            date: DATES[d].map(|x| EventDate::parse(x).unwrap()),
            date_weak: weak && DATES[d].is_some(),
            location: None,
            evidence: Evidence {
                article: format!("a{article}").into(),
                sentence: format!("Sentence {start} of a{article}.").into(),
                span: Span { start: start * 100, end: start * 100 + 50 },
                rule: format!("{}:{}", TYPES[t], start).into(),
                heading,
                url: None,
                lang: None,
            },
            corroborating: heading,
            defence: false,
            apart: false,
        }
    }
}

/// A graph as a file would hold it: built, written, read back.
fn graph_of(mentions: Vec<Mention>) -> GraphJson {
    let json = combine::combine(vec![mentions], lexicon()).to_json(rules());
    let text = serde_json::to_string(&json).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn merged(graphs: &[&GraphJson]) -> String {
    let sets = graphs
        .iter()
        .map(|g| {
            combine::check(g, lexicon(), rules()).expect("a written graph passes its check");
            combine::mentions_of(g, lexicon()).unwrap()
        })
        .collect();
    serde_json::to_string_pretty(&combine::combine(sets, lexicon()).to_json(rules())).unwrap()
}

fn bytes(g: &GraphJson) -> String {
    serde_json::to_string_pretty(g).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_is_idempotent_commutative_and_associative(
        a in prop::collection::vec(mention(), 0..12),
        b in prop::collection::vec(mention(), 0..12),
        c in prop::collection::vec(mention(), 0..12),
    ) {
        let (ga, gb, gc) = (graph_of(a.clone()), graph_of(b.clone()), graph_of(c.clone()));
        prop_assert_eq!(merged(&[&ga, &ga]), bytes(&ga), "a + a is not a");
        prop_assert_eq!(merged(&[&ga]), bytes(&ga), "a alone changed");
        let ab = merged(&[&ga, &gb]);
        prop_assert_eq!(&ab, &merged(&[&gb, &ga]), "a + b differs from b + a");
        let ab_json: GraphJson = serde_json::from_str(&ab).unwrap();
        let bc_json: GraphJson = serde_json::from_str(&merged(&[&gb, &gc])).unwrap();
        let left = merged(&[&ab_json, &gc]);
        prop_assert_eq!(&left, &merged(&[&ga, &bc_json]), "(a + b) + c differs from a + (b + c)");
        // And the same as one graph of all the reports at once.
        let all: Vec<Mention> = a.into_iter().chain(b).chain(c).collect();
        prop_assert_eq!(&left, &bytes(&graph_of(all)), "merged partial graphs differ from one build");
    }
}

fn examples() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn events_exported_from_a_graph_are_the_bytes_build_wrote() {
    // The examples have headlines that corroborate body events: those
    // events stand where the body tells them, in both orders.
    let whole = build_quietly(&root().join("examples"), "exported");
    let events = whole.join("from-graph.jsonl");
    let o = geokg(&[
        "-q",
        "export",
        s(&whole.join("graph.json")),
        "--format",
        "jsonl",
        "-o",
        s(&events),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(read(&events), read(&whole.join("events.jsonl")));
}

#[test]
fn partial_builds_merge_to_the_bytes_of_one_build_in_any_order() {
    let files = examples();
    assert!(files.len() >= 6);
    let whole = build_quietly(&root().join("examples"), "whole");
    let mut parts = Vec::new();
    for (i, chunk) in files.chunks(3).enumerate() {
        let dir = temp_dir(&format!("part{i}"));
        let mut args = vec!["build", "-q", "--format", "json", "-o", s(&dir)];
        args.extend(chunk.iter().map(|p| s(p)));
        assert!(geokg(&args).status.success());
        parts.push(dir.join("graph.json"));
    }
    let out = temp_dir("merged");
    for order in [vec![0, 1, 2], vec![2, 0, 1, 1]] {
        let target = out.join("m.json");
        let mut args = vec!["merge", "-o", s(&target)];
        args.extend(order.iter().map(|&i| s(&parts[i])));
        let o = geokg(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(
            read(&target),
            read(&whole.join("graph.json")),
            "merge {order:?} differs from one build"
        );
    }
}

#[test]
fn build_into_adds_articles_and_adding_twice_changes_nothing() {
    let files = examples();
    let whole = build_quietly(&root().join("examples"), "whole");
    let dir = temp_dir("into");
    let first: Vec<&str> = files[..3].iter().map(|p| s(p)).collect();
    let rest: Vec<&str> = files[3..].iter().map(|p| s(p)).collect();
    for batch in [&first, &rest, &first] {
        let mut args = vec!["build", "-q", "--into", s(&dir)];
        args.extend(batch.iter().copied());
        let o = geokg(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    for f in ["graph.json", "events.jsonl", "graph.dot", "events.csv"] {
        assert_eq!(read(&dir.join(f)), read(&whole.join(f)), "{f} differs");
    }
}

#[test]
fn shuffled_articles_give_identical_bytes() {
    let files = examples();
    let whole = build_quietly(&root().join("examples"), "whole");
    let mut shuffled = files.clone();
    shuffled.reverse();
    shuffled.rotate_left(3);
    let dir = temp_dir("shuffled");
    let mut args = vec!["build", "-q", "-o", s(&dir)];
    args.extend(shuffled.iter().map(|p| s(p)));
    assert!(geokg(&args).status.success());
    for f in ["graph.json", "events.jsonl", "graph.gexf", "graph.graphml"] {
        assert_eq!(read(&dir.join(f)), read(&whole.join(f)), "{f} differs");
    }
}

#[test]
fn an_edited_or_corrupt_graph_is_refused_and_left_as_it_was() {
    let whole = build_quietly(&root().join("examples"), "whole");
    let original: serde_json::Value =
        serde_json::from_slice(&read(&whole.join("graph.json"))).unwrap();
    let mut edited = original.clone();
    edited["links"][0]["date"] = "1999-01-01".into();
    let corrupt = read(&whole.join("graph.json"))[..4000].to_vec();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "edited",
            serde_json::to_vec_pretty(&edited).unwrap(),
            "does not follow from the graph's mentions",
        ),
        ("corrupt", corrupt, "not a geokg graph JSON"),
    ];
    for (name, content, message) in cases {
        let dir = temp_dir(name);
        let graph = dir.join("graph.json");
        std::fs::write(&graph, &content).unwrap();
        let o = geokg(&["build", "-q", "--into", s(&dir), s(&examples()[0])]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(message) && err.contains(s(&graph)),
            "{name}: {err}"
        );
        assert_eq!(read(&graph), content, "{name}: graph.json was changed");
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "{name}: files written"
        );
        let o = geokg(&["merge", s(&graph), s(&whole.join("graph.json"))]);
        assert_eq!(o.status.code(), Some(2), "{name}: merge accepted it");
    }
    // The edit is located: the message names the line of the edited link.
    let dir = temp_dir("where");
    let graph = dir.join("graph.json");
    std::fs::write(&graph, serde_json::to_vec_pretty(&edited).unwrap()).unwrap();
    let err = String::from_utf8_lossy(&geokg(&["merge", s(&graph)]).stderr).to_string();
    let key = edited["links"][0]["key"].as_str().unwrap();
    let text = String::from_utf8(read(&graph)).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains(&format!("\"key\": \"{key}\"")))
        .unwrap()
        + 1;
    assert!(err.contains(&format!("graph.json:{line}:")), "{err}");
}

#[test]
fn as_of_leaves_out_later_events_and_diff_lists_them() {
    let whole = build_quietly(&root().join("examples"), "whole");
    let graph = whole.join("graph.json");
    let dir = temp_dir("asof");
    let before = dir.join("before.json");
    let o = geokg(&[
        "export",
        s(&graph),
        "--format",
        "json",
        "--as-of",
        "2024-06-18",
        "-o",
        s(&before),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let g: GraphJson = serde_json::from_slice(&read(&before)).unwrap();
    assert!(!g.links.is_empty());
    assert!(
        g.links
            .iter()
            .all(|l| l.date.as_deref().is_none_or(|d| d <= "2024-06-18")),
        "a later event survived --as-of"
    );
    let pact = |g: &GraphJson| {
        g.graph
            .relations
            .iter()
            .find(|r| r.source == "RUS" && r.target == "PRK")
            .map(|r| r.state.clone())
    };
    assert_ne!(pact(&g).as_deref(), Some("allied"));
    let full: GraphJson = serde_json::from_slice(&read(&graph)).unwrap();
    assert_eq!(pact(&full).as_deref(), Some("allied"));
    let o = geokg(&["diff", s(&before), s(&graph)]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("+ ") && l.contains("sign_agreement")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("~ RUS -> PRK") && l.contains("=> allied (since 2024-06-19")),
        "{text}"
    );
    assert!(!text.lines().any(|l| l.starts_with("- ")), "{text}");
    let o = geokg(&["diff", s(&graph), s(&graph)]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "no changes\n");
}

#[test]
fn render_timeline_draws_the_alliance_forming_panel_by_panel() {
    let whole = build_quietly(&root().join("examples"), "whole");
    let graph = whole.join("graph.json");
    let o = geokg(&[
        "render",
        s(&graph),
        "--timeline",
        "RUS,PRK,KOR",
        "--format",
        "dot",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dot = String::from_utf8(o.stdout).unwrap();
    // Panels in date order, each a cluster with its own copy of the actors.
    let panels: Vec<&str> = dot.split("subgraph cluster_").skip(1).collect();
    assert!(panels.len() >= 3, "{dot}");
    let labels: Vec<&str> = panels
        .iter()
        .map(|p| {
            p.split("label=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert!(labels[0].starts_with("before "), "{labels:?}");
    let dates: Vec<&&str> = labels[1..].iter().collect();
    assert!(dates.windows(2).all(|w| w[0] < w[1]), "{labels:?}");
    let allied = |p: &str| {
        p.lines().any(|l| {
            l.contains("_RUS\" -> ") && l.contains("_PRK") && l.contains("label=\"allied\"")
        })
    };
    let pact = labels
        .iter()
        .position(|l| *l == "2024-06-19")
        .expect("a panel for the pact");
    assert!(!allied(panels[pact - 1]), "allied before the pact");
    assert!(allied(panels[pact]), "not allied on the pact's date");
    let o = geokg(&["render", s(&graph), "--timeline", "RUS,NOWHERE"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("NOWHERE"));
}

#[test]
fn partial_graphs_go_through_pipes_as_a_spark_partition_would_send_them() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let files = examples();
    let dir = temp_dir("pipes");
    // One partition's articles as JSON Lines on standard input.
    let mut lines = String::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "txt" || x == "md"))
    {
        let text = String::from_utf8(read(f)).unwrap();
        let stem = f.file_stem().unwrap().to_str().unwrap();
        lines += &serde_json::json!({ "id": stem, "text": text }).to_string();
        lines.push('\n');
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(["build", "-q", "-", "-o", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let graph: GraphJson = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        !graph.links.is_empty(),
        "the piped partition gave no events"
    );
    let part = dir.join("part.json");
    std::fs::write(&part, &out.stdout).unwrap();
    // Merging it with itself through standard input changes nothing.
    let mut child = Command::new(env!("CARGO_BIN_EXE_geokg"))
        .args(["merge", "-", s(&part)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&out.stdout).unwrap();
    let merged = child.wait_with_output().unwrap();
    assert!(merged.status.success());
    assert_eq!(merged.stdout, out.stdout);
}
