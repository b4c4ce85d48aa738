//! The `geokg` command: a thin layer over the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use geokg::export::{self, dot, wire::GraphJson};
use geokg::graph::{Graph, state_rules};
use geokg::model::Lang;
use geokg::read::{self, ReadOptions};

// Extraction and merging allocate many small strings and vectors on every
// core; the system allocator serialised them (measured: merging scaled
// 1.27x on two cores).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use geokg::{Lexicon, Options, Pipeline};

#[derive(Parser)]
#[command(name = "geokg", version, about = "Turn news articles into a knowledge graph of geopolitical events", long_about = None)]
struct Cli {
    /// Extra data directory (states.tsv, leaders.tsv, actors.toml, lang/*.toml); repeatable.
    /// A geokg.toml in the working directory is read before them.
    #[arg(long = "data", global = true, value_name = "DIR")]
    data: Vec<PathBuf>,
    /// Print no warnings, only errors.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Threads extracting articles [default: all cores]; the output is the same for any number.
    #[arg(long, short, global = true, value_name = "N")]
    jobs: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the events of articles as JSON Lines on standard output.
    Extract {
        /// Files, directories (recursive) or `-` for standard input [default: -].
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        input: InputArgs,
        /// Mentions held in memory before they are merged through sorted runs
        /// on disk (same output, bounded memory).
        #[arg(long, value_name = "N", default_value_t = geokg::spill::DEFAULT_RUN_MENTIONS)]
        run_mentions: usize,
    },
    /// Extract, merge and write events.jsonl, graph.json, graph.dot and graph.svg.
    Build {
        /// Files, directories (recursive) or `-` [default: examples/].
        inputs: Vec<PathBuf>,
        /// Output directory (`-`: standard output, with --format json or jsonl).
        #[arg(short, long, default_value = "output")]
        output: PathBuf,
        /// Formats to write: jsonl, json, dot, svg, png, graphml, gexf, cytoscape, csv, html.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "jsonl,json,dot,svg,png,graphml,gexf,cytoscape,csv,html"
        )]
        format: Vec<String>,
        /// Add the articles to the graph already in DIR (DIR/graph.json) and
        /// rewrite DIR; a graph that cannot be read leaves DIR untouched.
        #[arg(long, value_name = "DIR", conflicts_with = "output")]
        into: Option<PathBuf>,
        #[command(flatten)]
        as_of: AsOf,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Merge graph JSON files written by geokg into one (any order, same bytes).
    Merge {
        /// Graph JSON files (`-` for standard input).
        #[arg(required = true)]
        graphs: Vec<PathBuf>,
        /// Output file [default: standard output].
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// List events added and removed, and relation states changed, from OLD to NEW.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Convert a graph JSON written by `build` to another format.
    Export {
        /// A graph.json written by geokg.
        graph: PathBuf,
        /// jsonl, json, dot, svg, png, graphml, gexf, cytoscape, csv or html.
        #[arg(long, short)]
        format: String,
        /// Output file (for csv: events.csv; actors.csv is written beside it).
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        as_of: AsOf,
    },
    /// Draw a graph JSON written by `build` as DOT, SVG or PNG.
    Render {
        /// A graph.json written by geokg.
        graph: PathBuf,
        #[arg(long, short, value_enum, default_value_t = RenderFormat::Svg)]
        format: RenderFormat,
        /// Output file [default: standard output].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Draw instead the relations among these actors (e.g. RUS,PRK,KOR) at
        /// each date one changed state, side by side.
        #[arg(long, value_delimiter = ',', value_name = "A,B,C")]
        timeline: Vec<String>,
        /// Most panels drawn by --timeline.
        #[arg(long, default_value_t = 6)]
        panels: usize,
        #[command(flatten)]
        as_of: AsOf,
    },
    /// Show the events between actors in date order, with their relation states.
    Timeline {
        /// An actor id (a state code such as RUS, or a group such as NATO).
        actor: String,
        /// A second actor: only the events between the two.
        other: Option<String>,
        /// The graph to read.
        #[arg(long, default_value = "output/graph.json")]
        graph: PathBuf,
        /// Leave out what happened after this date (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Show, sentence by sentence, the actors, dates and triggers found and
    /// why each event was or was not produced.
    Explain {
        /// Article files or directories (`-`: standard input).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Only this sentence (1-based, as numbered in the output).
        #[arg(long, short = 'n')]
        sentence: Option<usize>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Show how names resolve on a date, and the data row that decided it.
    Actors {
        /// A name or text ("Prabowo", "Menlu Sugiono", "the Kremlin") or an id.
        query: String,
        /// The date to resolve on [default: today].
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Check data files (`data check`) or run their entries' examples (`data test`).
    Data {
        #[command(subcommand)]
        action: DataAction,
    },
    /// Print articles as read, one JSON object a line (id, title, text, published,
    /// url, language, source): any folder of articles as JSON Lines for a data lake.
    Articles {
        /// Files, directories (recursive) or `-`.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Write a synthetic corpus (JSON Lines) for benchmarks and scale runs:
    /// the lexicon's example sentences, states swapped, dates added.
    Generate {
        /// Number of articles.
        count: usize,
        /// Output file [default: standard output].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Seed of the pseudo-random sequence (same seed, same bytes).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Write the JSON Schemas of geokg's outputs.
    Schema {
        /// Directory to write event.schema.json and graph.schema.json to.
        #[arg(short, long, default_value = "schemas")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
enum DataAction {
    /// Validate data files without running anything: unknown fields, duplicate
    /// ids, overlapping role periods, colliding aliases, entries that never
    /// fire on their own examples. Exit 1 when something is found.
    Check {
        /// Data directories [default: the --data directories; none: the built-in data].
        dirs: Vec<PathBuf>,
    },
    /// Run every trigger entry's examples (built-in and DIRs) and print those
    /// that fail. Exit 1 when one fails.
    Test {
        /// Data directories [default: the --data directories].
        dirs: Vec<PathBuf>,
    },
}

#[derive(Args)]
struct AsOf {
    /// The graph as it stood on this date: later events left out, states as of then.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
}

#[derive(Args)]
struct InputArgs {
    /// Publication date for articles that do not give one (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Language of articles that do not state one.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,
    /// Largest input file read, in bytes.
    #[arg(long, default_value_t = read::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Longest sentence read, in bytes; longer ones are skipped with a warning.
    #[arg(long, default_value_t = geokg::extract::DEFAULT_MAX_SENTENCE_BYTES)]
    max_sentence_bytes: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Id,
    En,
    Auto,
}

#[derive(Clone, Copy, ValueEnum)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RenderFormat {
    Dot,
    Svg,
    Png,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("'{s}' is not a YYYY-MM-DD date"))
}

/// Exit codes: 0 all went well, 1 some input was skipped, 2 nothing could be done.
fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.jobs
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
    {
        eprintln!("geokg: error: --jobs {n}: {e}");
        return ExitCode::from(2);
    }
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("geokg: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The built-in data, a `geokg.toml` in the working directory when there
/// is one, then the `--data` folders.
fn load_lexicon(dirs: &[PathBuf]) -> Result<Lexicon> {
    let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    let config = Path::new("geokg.toml");
    Lexicon::load_with_config(config.is_file().then_some(config), &refs).context("loading data")
}

fn options(input: &InputArgs) -> Options {
    Options {
        published: input.published,
        lang: match input.lang {
            LangArg::Id => Some(Lang::Id),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        },
        max_sentence_bytes: input.max_sentence_bytes,
    }
}

/// Reads the inputs, reporting problems; returns the articles and whether
/// everything was read.
fn read_inputs(
    inputs: Vec<PathBuf>,
    default: &str,
    args: &InputArgs,
    quiet: bool,
) -> (Vec<geokg::model::Article>, bool) {
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from(default)]
    } else {
        inputs
    };
    let outcome = read::read_all(
        &inputs,
        &ReadOptions {
            max_bytes: args.max_bytes,
        },
    );
    if !quiet {
        for w in &outcome.warnings {
            eprintln!("geokg: warning: {w}");
        }
    }
    for e in &outcome.errors {
        eprintln!("geokg: skipped: {e}");
    }
    (outcome.articles, outcome.errors.is_empty())
}

/// Reads a graph JSON that geokg wrote (`-`: standard input); anything
/// else is refused, naming the file and where it went wrong.
fn read_graph(path: &Path) -> Result<GraphJson> {
    Ok(read_graph_text(path)?.0)
}

fn read_graph_text(path: &Path) -> Result<(GraphJson, String)> {
    let text = if path.as_os_str() == "-" {
        let mut t = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut t).context("standard input")?;
        t
    } else {
        std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?
    };
    let json = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a geokg graph JSON", path.display()))?;
    Ok((json, text))
}

/// Reads a graph to merge into: it must be exactly what its mentions give,
/// else it is refused (naming the line of the first difference), never
/// overwritten.
fn read_graph_checked(path: &Path, lexicon: &Lexicon) -> Result<Vec<geokg::events::Mention>> {
    let (json, text) = read_graph_text(path)?;
    let rules = state_rules()?;
    let located = |e: geokg::combine::CombineError| {
        let line = e
            .locator()
            .and_then(|id| {
                [format!("\"key\": \"{id}\""), format!("\"id\": \"{id}\"")]
                    .iter()
                    .find_map(|needle| text.find(needle.as_str()))
                    .or_else(|| text.find(&format!("\"{id}\"")))
            })
            .map(|at| format!(":{}", geokg::error::line_at(&text, at)))
            .unwrap_or_default();
        anyhow::anyhow!("{}{line}: {e}", path.display())
    };
    geokg::combine::check(&json, lexicon, &rules).map_err(located)?;
    geokg::combine::mentions_of(&json, lexicon).map_err(located)
}

/// The graph as of a date, rebuilt from the mentions it keeps.
fn graph_as_of(json: GraphJson, as_of: &AsOf, lexicon_dirs: &[PathBuf]) -> Result<GraphJson> {
    let Some(cut) = as_of.as_of else {
        return Ok(json);
    };
    let lexicon = load_lexicon(lexicon_dirs)?;
    let graph = geokg::combine::rebuild(&json, &lexicon)?;
    Ok(graph
        .as_of(&cut.to_string(), &lexicon)
        .to_json(&state_rules()?))
}

/// Extracts and merges the events, reporting the pipeline's warnings.
/// Articles are read and extracted in batches of about this much text;
/// a batch's articles are dropped once extracted, so memory holds one
/// batch and the mentions found so far, never the corpus.
const BATCH_BYTES: usize = 8 << 20;

/// What extracting the inputs gave.
struct Extracted {
    articles: usize,
    /// Every input was read.
    clean: bool,
}

/// Reads the inputs in batches and extracts each as it comes, reporting
/// problems as they are met; hands each batch's mentions to `sink`.
fn extract_inputs(
    pipeline: &Pipeline,
    inputs: Vec<PathBuf>,
    default: &str,
    input: &InputArgs,
    quiet: bool,
    sink: &mut dyn FnMut(Vec<geokg::events::Mention>) -> Result<()>,
) -> Result<Extracted> {
    let inputs = if inputs.is_empty() {
        vec![PathBuf::from(default)]
    } else {
        inputs
    };
    // A progress bar on standard error when it is a terminal, never when
    // piped or quiet: bytes of the input files, MB/s, ETA, articles and
    // events so far.
    use std::io::IsTerminal;
    let bar = if quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let mut skipped = read::ReadOutcome::default();
        let total: u64 = read::expand(&inputs, &mut skipped)
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        indicatif::ProgressBar::new(total)
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    let opts = options(input);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let mut mentions = 0usize;
    let mut clean = true;
    let mut failed: Option<anyhow::Error> = None;
    let read_options = ReadOptions {
        max_bytes: input.max_bytes,
    };
    // The next batch is read while this one is extracted: a reader thread
    // hands batches over one at a time, in input order.
    std::thread::scope(|scope| {
        let (send, batches) = std::sync::mpsc::sync_channel::<read::ReadOutcome>(1);
        let (inputs, read_options) = (&inputs, &read_options);
        scope.spawn(move || {
            read::read_batches(inputs, read_options, BATCH_BYTES, &mut |batch| {
                // The receiver only goes when extraction is over.
                let _ = send.send(batch);
            });
        });
        for batch in batches {
            if !quiet {
                for w in &batch.warnings {
                    bar.suspend(|| eprintln!("geokg: warning: {w}"));
                }
            }
            for e in &batch.errors {
                bar.suspend(|| eprintln!("geokg: skipped: {e}"));
            }
            clean &= batch.errors.is_empty();
            let (found, warnings) = pipeline.extract_all(&batch.articles, &opts, &|a| {
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                bar.inc(a.text.len() as u64);
                if n.is_multiple_of(64) {
                    bar.set_message(format!("{n} articles"));
                }
            });
            mentions += found.len();
            if failed.is_none()
                && let Err(e) = sink(found)
            {
                failed = Some(e);
            }
            bar.set_message(format!(
                "{} articles, {} mentions",
                done.load(std::sync::atomic::Ordering::Relaxed),
                mentions
            ));
            if !quiet {
                for w in &warnings {
                    bar.suspend(|| eprintln!("geokg: warning: {w}"));
                }
            }
        }
    });
    bar.finish_and_clear();
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(Extracted {
        articles: done.into_inner(),
        clean,
    })
}

/// Writes one rendered format to `path`; CSV brings `actors.csv` beside it.
fn write_rendered(json: &GraphJson, bytes: &[u8], format: &str, path: &Path) -> Result<()> {
    export::write_atomic(path, bytes)?;
    if format == "csv" {
        export::write_atomic(
            &path.with_file_name("actors.csv"),
            export::csv::actors_csv(json).as_bytes(),
        )?;
    }
    Ok(())
}

/// Writes each format into `dir`; a rendering that needs Graphviz is
/// skipped with one line when `dot` is missing.
fn write_formats(
    json: &GraphJson,
    events: &[geokg::Event],
    formats: &[String],
    dir: &Path,
) -> Result<()> {
    // graph.json last: when it is new, every other file is too.
    let mut formats: Vec<&String> = formats.iter().collect();
    formats.sort_by_key(|f| f.as_str() == "json");
    // The large ones are streamed to their files; the event list of the
    // other formats is made only when one needs it.
    let mut event_json: Option<Vec<geokg::export::wire::EventJson>> = None;
    for f in formats {
        let Some((_, name)) = export::FORMATS.iter().find(|(k, _)| k == f) else {
            bail!("unknown format '{f}'");
        };
        let path = dir.join(name);
        match f.as_str() {
            "jsonl" => {
                export::write_atomic_with(&path, |w| export::write_events_jsonl(events, w))?;
                continue;
            }
            "json" => {
                export::write_atomic_with(&path, |w| export::write_graph_json(json, w))?;
                continue;
            }
            _ => {}
        }
        let listed = event_json.get_or_insert_with(|| {
            events
                .iter()
                .map(geokg::export::wire::EventJson::from)
                .collect()
        });
        match export::render_format(json, listed, f) {
            Ok(bytes) => write_rendered(json, &bytes, f, &path)?,
            Err(why) if f == "svg" || f == "png" => eprintln!("geokg: {name} skipped: {why}"),
            Err(why) => bail!(why),
        }
    }
    Ok(())
}

/// Streams to standard output; a closed pipe (`| head`) is not an error.
fn stream_stdout(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    if let Err(e) = write(&mut out).and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        bail!("writing standard output: {e}");
    }
    Ok(())
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<()> {
    stream_stdout(|w| w.write_all(bytes))
}

fn run(cli: Cli) -> Result<bool> {
    match cli.command {
        Command::Extract {
            inputs,
            input,
            run_mentions,
        } => {
            let lexicon = load_lexicon(&cli.data)?;
            let pipeline = Pipeline::new(&lexicon);
            // Mentions go to sorted runs on disk once there are more than
            // `run_mentions`: memory stays bounded, the output the same.
            let mut merge = geokg::spill::SpillingMerge::new(&lexicon, run_mentions)
                .context("a temporary folder for merging")?;
            let run = extract_inputs(&pipeline, inputs, "-", &input, cli.quiet, &mut |found| {
                if merge.push(found).context("writing a merge run")? {
                    // The runs hold the text now; let go of the shared copies.
                    pipeline.forget_text();
                }
                Ok(())
            })?;
            stream_stdout(|w| merge.finish(w).map(|_| ()))?;
            Ok(run.clean)
        }
        Command::Build {
            inputs,
            output,
            format,
            into,
            as_of,
            input,
        } => {
            let lexicon = load_lexicon(&cli.data)?;
            // Read (and check) the graph to add to before anything else:
            // a refusal leaves DIR as it was.
            let (output, kept) = match into {
                Some(dir) => {
                    let path = dir.join("graph.json");
                    let kept = if path.exists() {
                        read_graph_checked(&path, &lexicon)?
                    } else {
                        Vec::new()
                    };
                    (dir, kept)
                }
                None => (output, Vec::new()),
            };
            let pipeline = Pipeline::new(&lexicon);
            let mut mentions = Vec::new();
            let Extracted { articles, clean } = extract_inputs(
                &pipeline,
                inputs,
                "examples",
                &input,
                cli.quiet,
                &mut |found| {
                    mentions.extend(found);
                    Ok(())
                },
            )?;
            let merged = pipeline.merge(mentions);
            if articles == 0 {
                bail!("no articles to build from");
            }
            let rules = state_rules()?;
            let graph = if kept.is_empty() {
                Graph::build(merged, &lexicon)
            } else {
                let mut fresh: Vec<geokg::events::Mention> =
                    merged.events.into_iter().flat_map(|e| e.mentions).collect();
                fresh.extend(merged.unattached);
                geokg::combine::combine(vec![kept, fresh], &lexicon)
            };
            let graph = match as_of.as_of {
                Some(cut) => graph.as_of(&cut.to_string(), &lexicon),
                None => graph,
            };
            let json = graph.to_json(&rules);
            if output.as_os_str() == "-" {
                // A partial graph on standard output, for `geokg merge` (a
                // Spark partition piping its articles through geokg).
                match format.as_slice() {
                    [f] if f == "json" => stream_stdout(|w| export::write_graph_json(&json, w))?,
                    [f] if f == "jsonl" => {
                        stream_stdout(|w| export::write_events_jsonl(&graph.events, w))?
                    }
                    _ => bail!("-o - writes one format to standard output: --format json or jsonl"),
                };
            } else {
                write_formats(&json, &graph.events, &format, &output)?;
            }
            if !cli.quiet {
                eprintln!(
                    "geokg: {} articles, {} events, {} actors -> {}",
                    articles,
                    graph.events.len(),
                    json.nodes.len(),
                    output.display()
                );
            }
            Ok(clean)
        }
        Command::Merge { graphs, output } => {
            let lexicon = load_lexicon(&cli.data)?;
            let mut sets = Vec::new();
            for path in &graphs {
                sets.push(read_graph_checked(path, &lexicon)?);
            }
            let json = geokg::combine::combine(sets, &lexicon).to_json(&state_rules()?);
            let bytes = export::render_format(&json, &[], "json").map_err(anyhow::Error::msg)?;
            match output {
                Some(path) => export::write_atomic(&path, &bytes)?,
                None => write_stdout(&bytes)?,
            }
            Ok(true)
        }
        Command::Diff { old, new, format } => {
            let d = geokg::diff::diff(&read_graph(&old)?, &read_graph(&new)?);
            match format {
                TextOrJson::Text => print!("{}", geokg::diff::to_text(&d)),
                TextOrJson::Json => println!("{}", serde_json::to_string_pretty(&d)?),
            }
            Ok(true)
        }
        Command::Export {
            graph,
            format,
            output,
            as_of,
        } => {
            let json = graph_as_of(read_graph(&graph)?, &as_of, &cli.data)?;
            let events = export::graph_events(&json);
            let bytes =
                export::render_format(&json, &events, &format).map_err(anyhow::Error::msg)?;
            write_rendered(&json, &bytes, &format, &output)?;
            Ok(true)
        }
        Command::Render {
            graph,
            format,
            output,
            timeline,
            panels,
            as_of,
        } => {
            let json = graph_as_of(read_graph(&graph)?, &as_of, &cli.data)?;
            let dot_text = if timeline.is_empty() {
                dot::to_dot(&json)
            } else {
                dot::small_multiples(&json, &timeline, panels).map_err(anyhow::Error::msg)?
            };
            let bytes = match format {
                RenderFormat::Dot => dot_text.into_bytes(),
                RenderFormat::Svg => dot::render(&dot_text, "svg").map_err(anyhow::Error::msg)?,
                RenderFormat::Png => dot::render(&dot_text, "png").map_err(anyhow::Error::msg)?,
            };
            match output {
                Some(path) => export::write_atomic(&path, &bytes)?,
                None => write_stdout(&bytes)?,
            }
            Ok(true)
        }
        Command::Timeline {
            actor,
            other,
            graph,
            as_of,
            format,
        } => {
            let json = read_graph(&graph)?;
            let cut = as_of.map(|d| d.to_string());
            let t = geokg::timeline::timeline(&json, &actor, other.as_deref(), cut.as_deref());
            match format {
                TextOrJson::Text => print!("{}", geokg::timeline::to_text(&t)),
                TextOrJson::Json => println!("{}", serde_json::to_string_pretty(&t)?),
            }
            Ok(true)
        }
        Command::Explain {
            inputs,
            sentence,
            format,
            input,
        } => {
            let lexicon = load_lexicon(&cli.data)?;
            let (articles, clean) = read_inputs(inputs, "-", &input, cli.quiet);
            let extractor = geokg::Extractor::new(&lexicon);
            let mut out = String::new();
            let mut all = Vec::new();
            for a in &articles {
                let (_, mut seen) = extractor.explain(a, &options(&input));
                if let Some(n) = sentence {
                    seen.retain(|s| s.number == n);
                    if seen.is_empty() {
                        eprintln!("geokg: {}: no sentence {n}", a.origin);
                    }
                }
                match format {
                    TextOrJson::Text => out += &geokg::explain::to_text(&a.id, &seen),
                    TextOrJson::Json => {
                        all.push(serde_json::json!({ "article": a.id, "sentences": seen }))
                    }
                }
            }
            if let TextOrJson::Json = format {
                out = serde_json::to_string_pretty(&all)? + "\n";
            }
            write_stdout(out.as_bytes())?;
            Ok(clean)
        }
        Command::Actors {
            query,
            as_of,
            format,
        } => {
            let lexicon = load_lexicon(&cli.data)?;
            let date = as_of.or_else(read::today).unwrap_or_default();
            let found = lexicon.gazetteer.resolve(&query, Some(date));
            match format {
                TextOrJson::Json => println!("{}", serde_json::to_string_pretty(&found)?),
                TextOrJson::Text => {
                    if found.is_empty() {
                        println!("{query:?}: no actor of the gazetteer on {date}");
                    }
                    for r in &found {
                        println!(
                            "{:?} -> {} ({}, {:?}{}) on {date}: state {}{}{}\n    decided by {}",
                            r.form,
                            r.id,
                            r.name,
                            r.kind,
                            if r.by_short_name {
                                ", by a short name"
                            } else {
                                ""
                            },
                            r.state.as_deref().unwrap_or("none"),
                            r.role
                                .as_deref()
                                .map(|x| format!(", role {x}"))
                                .unwrap_or_default(),
                            match r.in_office {
                                Some(false) =>
                                    ", not in office on that date (still the state's person, not its government)",
                                _ => "",
                            },
                            r.decided_by
                        );
                    }
                }
            }
            Ok(true)
        }
        Command::Data { action } => match action {
            DataAction::Check { dirs } => {
                let dirs = if dirs.is_empty() {
                    cli.data.clone()
                } else {
                    dirs
                };
                let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
                let found = geokg::datacheck::check(&refs);
                for f in &found {
                    println!("{f}");
                }
                if !cli.quiet {
                    eprintln!("geokg: data check: {} finding(s)", found.len());
                }
                Ok(found.is_empty())
            }
            DataAction::Test { dirs } => {
                let dirs = if dirs.is_empty() {
                    cli.data.clone()
                } else {
                    dirs
                };
                let lexicon = load_lexicon(&dirs)?;
                let runs = geokg::datacheck::test(&lexicon);
                let failed: Vec<_> = runs.iter().filter(|r| !r.passed()).collect();
                for r in &failed {
                    println!(
                        "{}:{}: {} [{}] {:?}\n    want {:?}\n    got  {:?}",
                        r.file, r.line, r.trigger, r.lang, r.text, r.want, r.got
                    );
                }
                println!(
                    "{} of {} examples pass",
                    runs.len() - failed.len(),
                    runs.len()
                );
                Ok(failed.is_empty())
            }
        },
        Command::Articles { inputs, input } => {
            let (articles, clean) = read_inputs(inputs, "-", &input, cli.quiet);
            let mut out = String::new();
            for a in &articles {
                let line = serde_json::json!({
                    "id": a.id,
                    "title": a.title,
                    "text": a.text,
                    "published": a.published.map(|d| d.to_string()),
                    "url": a.url,
                    "language": a.language.map(|l| l.code()),
                    "source": a.source,
                });
                out += &serde_json::to_string(&line)?;
                out.push('\n');
            }
            write_stdout(out.as_bytes())?;
            Ok(clean)
        }
        Command::Generate {
            count,
            output,
            seed,
        } => {
            let lexicon = load_lexicon(&cli.data)?;
            match output {
                Some(path) => {
                    // Large: streamed to a temporary file, then renamed.
                    export::write_atomic_with(&path, |w| {
                        geokg::generate::generate(&lexicon, count, seed, w)
                    })?;
                }
                None => {
                    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                    geokg::generate::generate(&lexicon, count, seed, &mut w)
                        .and_then(|_| std::io::Write::flush(&mut w))
                        .or_else(|e| {
                            if e.kind() == std::io::ErrorKind::BrokenPipe {
                                Ok(())
                            } else {
                                Err(e)
                            }
                        })?;
                }
            }
            Ok(true)
        }
        Command::Schema { output } => {
            for (name, schema) in geokg::export::wire::schemas() {
                export::write_atomic(&output.join(name), schema.as_bytes())?;
            }
            Ok(true)
        }
    }
}
