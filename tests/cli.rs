//! The `geokg` binary end to end: outputs, determinism, bad input, schemas.

mod common;

use common::{build_quietly, extract_with, geokg, read, root, temp_dir};
use std::path::PathBuf;

#[test]
fn build_writes_every_output_and_is_byte_identical_across_runs() {
    let examples = root().join("examples");
    let (a, b) = (build_quietly(&examples, "a"), build_quietly(&examples, "b"));
    for f in ["events.jsonl", "graph.json", "graph.dot"] {
        let (x, y) = (read(&a.join(f)), read(&b.join(f)));
        assert!(!x.is_empty(), "{f} is empty");
        assert_eq!(x, y, "{f} differs between runs");
    }
}

#[test]
fn article_order_does_not_change_the_events() {
    let lexicon = geokg::Lexicon::builtin().unwrap();
    let pipeline = geokg::Pipeline::new(&lexicon);
    let read = geokg::read::read_all(&[root().join("examples")], &Default::default());
    assert!(read.errors.is_empty());
    let mut articles = read.articles;
    assert!(articles.len() >= 8);
    let options = geokg::Options::default();
    let base = geokg::export::events_jsonl(&pipeline.events(&articles, &options));
    for step in 1..articles.len() {
        articles.rotate_left(step);
        let n = articles.len();
        articles.swap(0, step % n);
        let again = geokg::export::events_jsonl(&pipeline.events(&articles, &options));
        assert_eq!(base, again, "order changed the events (step {step})");
    }
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_batch_goes_on() {
    let dir = temp_dir("bad");
    std::fs::write(
        dir.join("good.txt"),
        "Judul\nPresiden Vladimir Putin mengunjungi Korea Utara pada Rabu (19/6/2024).\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("blank.md"), "   \n\n").unwrap();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(dir.join("broken.json"), "{\"id\": \"x\", \"text\": ").unwrap();
    std::fs::write(
        dir.join("mixed.jsonl"),
        "{\"id\":\"ok\",\"text\":\"Russia invaded Ukraine in February 2022.\",\"language\":\"en\"}\nnot json\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Judul\nRusia menginvasi Ukraina pada Februari 2022. Caf\xe9.\n",
    )
    .unwrap();
    let o = geokg(&["extract", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(1),
        "exit code says something was skipped; stderr: {err}"
    );
    for name in [
        "empty.txt",
        "blank.md",
        "binary.txt",
        "broken.json:1",
        "mixed.jsonl:2",
    ] {
        assert!(
            err.lines().any(|l| l.contains(name)),
            "no line names {name}: {err}"
        );
    }
    assert!(err.contains("latin1.txt: not valid UTF-8"), "{err}");
    assert!(
        out.contains("\"visit\""),
        "good article still extracted: {out}"
    );
    assert!(
        out.contains("\"invade\""),
        "good JSONL line still extracted: {out}"
    );
    let missing = geokg(&["extract", dir.join("nope.txt").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.txt"));
}

#[test]
fn published_date_from_the_command_line_resolves_relative_dates() {
    let dir = temp_dir("pub");
    let f = dir.join("a.txt");
    std::fs::write(
        &f,
        "Seoul summons envoy\nSouth Korea summoned the Russian ambassador on Friday.\n",
    )
    .unwrap();
    let o = geokg(&["extract", f.to_str().unwrap(), "--published", "2024-06-22"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\"date\":\"2024-06-21\""), "{out}");
    let bad = geokg(&["extract", f.to_str().unwrap(), "--published", "2024-13-01"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_short_text_with_no_function_word_is_read_in_the_language_of_its_verbs() {
    let dir = temp_dir("short_lang");
    let f = dir.join("a.txt");
    std::fs::write(&f, "Iran mengecam serangan Israel.\n").unwrap();
    let out = extract_with("--published", "2024-04-02", &[f.display().to_string()]);
    let out = String::from_utf8_lossy(&out);
    assert!(out.contains("\"type\":\"criticize\""), "{out}");
    assert!(out.contains("\"lang\":\"id\""), "{out}");
}

#[test]
fn checked_in_schemas_are_current() {
    for (name, schema) in geokg::export::wire::schemas() {
        let on_disk = String::from_utf8(read(&root().join("schemas").join(name))).unwrap();
        assert_eq!(
            on_disk, schema,
            "schemas/{name} is stale: run `cargo run -- schema`"
        );
    }
}

#[test]
fn outputs_validate_against_the_schemas() {
    let out = build_quietly(&root().join("examples"), "schema");
    let load = |p: PathBuf| -> serde_json::Value { serde_json::from_slice(&read(&p)).unwrap() };
    let event_schema =
        jsonschema::validator_for(&load(root().join("schemas/event.schema.json"))).unwrap();
    let graph_schema =
        jsonschema::validator_for(&load(root().join("schemas/graph.schema.json"))).unwrap();
    let events = String::from_utf8(read(&out.join("events.jsonl"))).unwrap();
    assert!(events.lines().count() > 5);
    for line in events.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = event_schema
            .iter_errors(&v)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?} in {line}");
    }
    let cytoscape_schema =
        jsonschema::validator_for(&load(root().join("schemas/cytoscape.schema.json"))).unwrap();
    let cy = load(out.join("graph.cytoscape.json"));
    let errors: Vec<String> = cytoscape_schema
        .iter_errors(&cy)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let graph = load(out.join("graph.json"));
    let errors: Vec<String> = graph_schema
        .iter_errors(&graph)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(graph["directed"], true);
    assert!(
        graph["links"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["key"].is_string())
    );
}

#[test]
fn render_refuses_a_corrupt_graph_naming_the_file() {
    let dir = temp_dir("render");
    let f = dir.join("graph.json");
    std::fs::write(&f, "{\"directed\": true").unwrap();
    let o = geokg(&["render", f.to_str().unwrap(), "--format", "dot"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("graph.json"));
}

#[test]
fn help_is_there_for_every_command() {
    for cmd in ["extract", "build", "render", "schema"] {
        let o = geokg(&[cmd, "--help"]);
        assert!(o.status.success());
        assert!(String::from_utf8_lossy(&o.stdout).contains("Usage"));
    }
}

#[test]
fn a_user_data_directory_adds_a_leader_and_a_trigger() {
    let data = temp_dir("data");
    std::fs::write(
        data.join("leaders.tsv"),
        "person_id\tname\tnames_other\twikidata\tstate\trole\ttitle_en\ttitle_id\tstart\tend\tnote\n\
         ana_kowalska\tAna Kowalska\tKowalska\t\tPOL\tforeign_minister\tForeign Minister\tMenlu\t2026-01-01\t\t\n",
    )
    .unwrap();
    std::fs::create_dir_all(data.join("lang")).unwrap();
    std::fs::write(
        data.join("lang/en.toml"),
        "language = \"en\"\n[[trigger]]\nid = \"user.en.snub\"\ntype = \"reduce_relations\"\nverbs = [\"snubbed\"]\n\
         examples = [{ text = \"Poland snubbed Hungary.\", expect = [\"reduce_relations POL->HUN asserted\"] }]\n",
    )
    .unwrap();
    let article = data.join("a.txt");
    std::fs::write(
        &article,
        "Snub\nForeign Minister Ana Kowalska snubbed Hungary on Monday.\n",
    )
    .unwrap();
    let without = geokg(&[
        "extract",
        article.to_str().unwrap(),
        "--published",
        "2026-03-03",
    ]);
    assert!(!String::from_utf8_lossy(&without.stdout).contains("reduce_relations"));
    let with = geokg(&[
        "--data",
        data.to_str().unwrap(),
        "extract",
        article.to_str().unwrap(),
        "--published",
        "2026-03-03",
    ]);
    let out = String::from_utf8_lossy(&with.stdout);
    assert!(out.contains("\"type\":\"reduce_relations\""), "{out}");
    assert!(out.contains("\"id\":\"ana_kowalska\""), "{out}");
    assert!(out.contains("\"date\":\"2026-03-02\""), "{out}");
    let bad = temp_dir("baddata");
    std::fs::create_dir_all(bad.join("lang")).unwrap();
    std::fs::write(
        bad.join("lang/x.toml"),
        "language = \"en\"\n[[trigger]]\nid = \"x\"\ntype = \"hug\"\n",
    )
    .unwrap();
    let o = geokg(&[
        "--data",
        bad.to_str().unwrap(),
        "extract",
        article.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("x.toml"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn timeline_shows_the_pact_and_the_state_it_began() {
    let out = build_quietly(&root().join("examples"), "timeline");
    let graph = out.join("graph.json");
    let t = geokg(&["timeline", "RUS", "PRK", "--graph", graph.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&t.stdout);
    assert!(t.status.success(), "{}", String::from_utf8_lossy(&t.stderr));
    assert!(text.contains("allied since 2024-06-19"), "{text}");
    assert!(text.contains("sign_agreement"), "{text}");
    let before = geokg(&[
        "timeline",
        "RUS",
        "PRK",
        "--graph",
        graph.to_str().unwrap(),
        "--as-of",
        "2024-06-18",
    ]);
    let text = String::from_utf8_lossy(&before.stdout);
    assert!(!text.contains("allied"), "{text}");
    assert!(!text.contains("2024-06-19  sign_agreement"), "{text}");
}

#[test]
fn every_export_format_escapes_what_articles_say() {
    let out = build_quietly(&root().join("tests/hostile"), "hostile");
    let text = |f: &str| String::from_utf8(read(&out.join(f))).unwrap();
    let events = text("events.jsonl");
    assert!(
        events.contains("=cmd|"),
        "the hostile sentences are extracted: {events}"
    );
    for f in ["graph.graphml", "graph.gexf"] {
        let xml = text(f);
        assert!(
            !xml.contains("<script") && !xml.contains("\t"),
            "{f} leaks markup or raw tabs"
        );
        assert!(xml.contains("&quot;drones, missiles&quot;"), "{f}");
    }
    let csv = text("events.csv");
    assert!(csv.contains(",'=cmd|"), "formula cells are inert: {csv}");
    assert!(
        csv.contains("\"\"drones, missiles\"\""),
        "quotes doubled: {csv}"
    );
    let dot = text("graph.dot");
    assert!(graphviz_rust::parse(&dot).is_ok(), "DOT parses");
    // The explorer page: the data block holds no raw markup (every `<`
    // escaped), so nothing in it can close the block; three scripts only.
    let page = text("graph.html");
    let data = page
        .split("<script type=\"application/json\" id=\"geokg-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("a data block");
    assert!(
        !data.contains('<') && !data.contains('>'),
        "raw markup in the data block"
    );
    assert!(
        data.contains("\\u003cimg src=x onerror="),
        "the hostile sentence is in the data, escaped"
    );
    assert_eq!(
        page.matches("<script").count(),
        3,
        "data, Cytoscape.js, explorer"
    );
    assert!(page.contains("Content-Security-Policy") && !page.contains("src=\"http"));
    assert!(!page.contains(" onclick=") && !page.contains(" onerror=\""));
    // export reproduces build's files from graph.json
    for (format, name) in [
        ("graphml", "graph.graphml"),
        ("gexf", "graph.gexf"),
        ("cytoscape", "graph.cytoscape.json"),
        ("csv", "events.csv"),
        ("jsonl", "events.jsonl"),
        ("html", "graph.html"),
    ] {
        let again = out.join(format!("again-{name}"));
        let o = geokg(&[
            "export",
            out.join("graph.json").to_str().unwrap(),
            "--format",
            format,
            "-o",
            again.to_str().unwrap(),
        ]);
        assert!(
            o.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(
            read(&again),
            read(&out.join(name)),
            "{format} differs between build and export"
        );
    }
    let bad = geokg(&[
        "export",
        out.join("graph.json").to_str().unwrap(),
        "--format",
        "xlsx",
        "-o",
        "x",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn any_number_of_jobs_gives_the_same_bytes() {
    // The corpus articles (its .json files are gold, not articles).
    let mut articles: Vec<String> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    articles.sort();
    assert!(articles.len() >= 20);
    let run = |jobs: &str| extract_with("--jobs", jobs, &articles);
    let one = run("1");
    assert!(one.len() > 10_000);
    for jobs in ["2", "3", "8"] {
        assert!(one == run(jobs), "--jobs {jobs} differs from --jobs 1");
    }
}

#[test]
fn explain_tells_why_an_event_was_or_was_not_produced() {
    let dir = temp_dir("explain");
    let file = dir.join("a.txt");
    std::fs::write(
        &file,
        "Judul berita\n\
         Presiden Vladimir Putin mengunjungi Korea Utara pada Rabu (19/6/2024).\n\
         Baca juga: Putin tiba di Pyongyang\n\
         Rusia juga mempertimbangkan.\n",
    )
    .unwrap();
    let o = geokg(&["explain", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("-> visit vladimir_putin->PRK asserted 2024-06-19"),
        "{text}"
    );
    assert!(text.contains("\"Rabu (19/6/2024)\""), "{text}");
    assert!(text.contains("not read: boilerplate"), "{text}");
    assert!(
        text.contains("no event: no target, and this entry needs one"),
        "{text}"
    );
    // One sentence, as JSON.
    let o = geokg(&[
        "explain",
        file.to_str().unwrap(),
        "--sentence",
        "2",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sentences = v[0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 1);
    assert_eq!(sentences[0]["number"], 2);
    assert_eq!(sentences[0]["triggers"][0]["type"], "visit");
    assert_eq!(sentences[0]["actors"][0]["ids"][0], "vladimir_putin");
}

#[test]
fn actors_shows_how_a_name_resolves_on_a_date_and_what_decided_it() {
    let ask = |query: &str, date: &str| {
        let o = geokg(&["actors", query, "--as-of", date, "--format", "json"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let jokowi_2019 = ask("Presiden Joko Widodo", "2019-05-01");
    assert_eq!(jokowi_2019[0]["id"], "joko_widodo");
    assert_eq!(jokowi_2019[0]["state"], "IDN");
    assert_eq!(jokowi_2019[0]["in_office"], true);
    assert!(
        jokowi_2019[0]["decided_by"]
            .as_str()
            .unwrap()
            .starts_with("data/leaders.tsv:")
    );
    // Out of office: still Indonesia's person, no longer its government.
    let jokowi_2025 = ask("Joko Widodo", "2025-05-01");
    assert_eq!(jokowi_2025[0]["state"], "IDN");
    assert_eq!(jokowi_2025[0]["in_office"], false);
    assert_eq!(ask("Prabowo", "2025-05-01")[0]["in_office"], true);
    assert_eq!(ask("Prabowo", "2019-05-01")[0]["in_office"], false);
    let kremlin = ask("the Kremlin", "2024-06-19");
    assert_eq!(kremlin[0]["id"], "RUS");
    assert!(ask("Atlantis", "2024-06-19").as_array().unwrap().is_empty());
    // A user's leader, from --data, is found with the row that decided it.
    let dir = temp_dir("actors-data");
    std::fs::write(
        dir.join("leaders.tsv"),
        "person_id\tname\tstate\trole\ttitle_en\tstart\tend\twikidata\tnames_other\tnote\n\
         zara_fictia\tZara Fictia\tNZL\thead_of_government\tPrime Minister\t2030-01-01\t\t\t\t\n",
    )
    .unwrap();
    let o = geokg(&[
        "--data",
        dir.to_str().unwrap(),
        "actors",
        "Zara Fictia",
        "--as-of",
        "2031-01-01",
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("zara_fictia") && text.contains("state NZL"),
        "{text}"
    );
    assert!(text.contains("leaders.tsv:2"), "{text}");
}

#[test]
fn generate_writes_the_same_corpus_for_the_same_seed() {
    let run = |seed: &str| {
        let o = geokg(&["generate", "40", "--seed", seed]);
        assert!(o.status.success());
        String::from_utf8(o.stdout).unwrap()
    };
    let a = run("7");
    assert_eq!(a, run("7"), "same seed, different bytes");
    assert_ne!(a, run("8"));
    let lines: Vec<serde_json::Value> = a
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 40);
    assert!(
        lines.iter().any(|l| l["language"] == "id") && lines.iter().any(|l| l["language"] == "en")
    );
    // The corpus reads and yields events.
    let dir = temp_dir("generated");
    let file = dir.join("gen.jsonl");
    std::fs::write(&file, &a).unwrap();
    let o = geokg(&["extract", "-q", file.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(o.stdout.iter().filter(|&&b| b == b'\n').count() > 100);
}

#[test]
fn merging_through_runs_on_disk_gives_the_same_bytes() {
    // Every article of every test set, so that groups span many runs.
    let mut articles: Vec<String> = Vec::new();
    let mut dirs = vec![root().join("tests/corpus")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                articles.push(p.to_str().unwrap().to_string());
            }
        }
    }
    articles.sort();
    assert!(articles.len() >= 100);
    let run = |run_mentions: &str| extract_with("--run-mentions", run_mentions, &articles);
    let in_memory = run("100000000");
    assert!(in_memory.len() > 100_000);
    // Runs of 1 mention (every mention its own run), 7, and 300.
    for n in ["1", "7", "300"] {
        assert!(
            in_memory == run(n),
            "--run-mentions {n} differs from the merge in memory"
        );
    }
}

#[test]
fn an_output_that_is_a_pipe_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    // ("-o /dev/null" once renamed a file over the device.)
    let dir = temp_dir("fifo");
    let fifo = dir.join("out.jsonl");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let o = geokg(&["generate", "6", "--seed", "3", "-o", fifo.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // (Checked before the reader is joined: a pipe never opened for
    // writing would keep it waiting.)
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "the pipe was replaced"
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "a temporary file was left"
    );
    let read = reader.join().unwrap();
    assert_eq!(read.lines().count(), 6);
    assert_eq!(
        read,
        String::from_utf8(geokg(&["generate", "6", "--seed", "3"]).stdout).unwrap()
    );
}

#[test]
fn a_month_joined_to_another_month_is_no_person() {
    // "May" is also Theresa May's surname; "in March and May" is two months.
    let dir = temp_dir("months");
    let file = dir.join("a.txt");
    std::fs::write(
        &file,
        "Algeria warned France twice, in March and May, that it would respond.\n",
    )
    .unwrap();
    let o = geokg(&[
        "explain",
        file.to_str().unwrap(),
        "--lang",
        "en",
        "--published",
        "2019-08-24",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("-> warn DZA->FRA asserted 2019-03"), "{text}");
    assert!(!text.contains("theresa_may"), "{text}");
}
