//! Merging more mentions than memory should hold (`geokg extract` of a
//! corpus of millions of articles): the same events, in the same order,
//! byte for byte, as merging in memory, with memory bounded by a run.
//!
//! Every decision of the merge looks inside one group of mentions (one type
//! and one set of participants; `merge::merge_group`). So mentions are
//! written to sorted runs on disk as they come, a run at a time; the runs
//! are then read back together in group order, each group is merged as it
//! completes, and its events are written, as their output lines, to a
//! second set of sorted runs in output order (the order the articles first
//! tell them), which are read back together into the output. What stays in
//! memory: one run being filled, one group, the heads of the runs, and the
//! actors (a corpus names few).

use rustc_hash::FxHashMap as HashMap;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::events::Mention;
use crate::export::wire::{ActorRef, EventJson, MentionJson};
use crate::lexicon::Lexicon;
use crate::merge::{self, GroupKey};
use crate::model::{Actor, Modality};

/// Mentions kept in memory before a run is written (with what reading and
/// extracting hold, about 250 MB at the peak; measured in the README).
pub const DEFAULT_RUN_MENTIONS: usize = 150_000;

/// Output lines kept in memory before a run of them is written.
const RUN_LINES: usize = 100_000;

/// A merge that spills to sorted runs in a temporary folder (removed when
/// done or dropped).
pub struct SpillingMerge<'a> {
    lexicon: &'a Lexicon,
    dir: PathBuf,
    runs: Vec<PathBuf>,
    buffer: Vec<Mention>,
    run_mentions: usize,
    /// Every actor seen, whole: a run keeps only what `ActorRef` holds.
    actors: HashMap<ActorRef, Arc<Actor>>,
}

impl<'a> SpillingMerge<'a> {
    /// A merge that writes a run every `run_mentions` mentions, in a new
    /// folder under the system's temporary folder.
    pub fn new(lexicon: &'a Lexicon, run_mentions: usize) -> std::io::Result<SpillingMerge<'a>> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "geokg-merge-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)?;
        Ok(SpillingMerge {
            lexicon,
            dir,
            runs: Vec::new(),
            buffer: Vec::new(),
            run_mentions: run_mentions.max(1),
            actors: HashMap::default(),
        })
    }

    /// Whether a run was written: memory was not enough.
    pub fn spilled(&self) -> bool {
        !self.runs.is_empty()
    }

    /// Takes a batch's mentions; writes a run when the buffer is full, and
    /// says whether it did.
    pub fn push(&mut self, mentions: Vec<Mention>) -> std::io::Result<bool> {
        for m in &mentions {
            for a in std::iter::once(&m.source)
                .chain(&m.target)
                .chain(&m.participants)
            {
                self.actors
                    .entry(ActorRef::from(a))
                    .or_insert_with(|| a.clone());
            }
        }
        // (The first batch is taken as it is, not copied.)
        if self.buffer.is_empty() {
            self.buffer = mentions;
        } else {
            self.buffer.extend(mentions);
        }
        if self.buffer.len() >= self.run_mentions {
            self.write_run()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn write_run(&mut self) -> std::io::Result<()> {
        let mut mentions = std::mem::take(&mut self.buffer);
        merge::sort_for_merge(&mut mentions);
        let path = self.dir.join(format!("m{}.jsonl", self.runs.len()));
        let mut w = BufWriter::new(File::create(&path)?);
        for m in &mentions {
            serde_json::to_writer(&mut w, &MentionJson::from(m))?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        self.runs.push(path);
        Ok(())
    }

    /// Merges everything pushed and writes the events as `events.jsonl`
    /// lines; returns how many. Without a run written, this is the merge in
    /// memory; with runs, the same bytes.
    pub fn finish(mut self, out: &mut dyn Write) -> std::io::Result<usize> {
        if self.runs.is_empty() {
            let merged = merge::merge_all(std::mem::take(&mut self.buffer), self.lexicon);
            crate::export::write_events_jsonl(&merged.events, out)?;
            return Ok(merged.events.len());
        }
        if !self.buffer.is_empty() {
            self.write_run()?;
        }
        let mut readers = Vec::new();
        for path in &self.runs {
            readers.push(MentionRun::open(path, &self.actors)?);
        }
        let mut heads = BinaryHeap::new();
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(m) = r.next()? {
                heads.push(Head::new(m, i));
            }
        }
        let mut lines = LineRuns::new(&self.dir);
        let mut group: Vec<Mention> = Vec::new();
        let mut key: Option<GroupKey> = None;
        while let Some(head) = heads.pop() {
            let Head {
                mention,
                key: (k, _),
                run,
            } = head;
            if let Some(next) = readers[run].next()? {
                heads.push(Head::new(next, run));
            }
            if key.as_ref() != Some(&k) {
                self.flush_group(std::mem::take(&mut group), &mut lines)?;
                key = Some(k);
            }
            // Runs repeat what another run holds when an article came twice.
            if group.last() != Some(&mention) {
                group.push(mention);
            }
        }
        self.flush_group(group, &mut lines)?;
        lines.finish(out)
    }

    fn flush_group(&self, group: Vec<Mention>, lines: &mut LineRuns) -> std::io::Result<()> {
        if group.is_empty() {
            return Ok(());
        }
        let (events, _unattached) = merge::merge_group(group, self.lexicon);
        for e in &events {
            let (told, kind, id) = merge::told_order(e);
            let (article, start) = told.unwrap_or_else(|| (Arc::from(""), 0));
            let line = serde_json::to_string(&EventJson::from(e))?;
            lines.push(OutputLine {
                key: (article.to_string(), start, kind, id),
                line,
            })?;
        }
        Ok(())
    }
}

impl Drop for SpillingMerge<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A mention read back, with its place in the merge order.
struct Head {
    mention: Mention,
    key: (GroupKey, Modality),
    run: usize,
}

impl Head {
    fn new(mention: Mention, run: usize) -> Head {
        let key = merge::merge_key(&mention);
        Head { mention, key, run }
    }

    fn order(&self, other: &Head) -> Ordering {
        self.key
            .cmp(&other.key)
            .then_with(|| merge::total_order(&self.mention, &other.mention))
            .then_with(|| self.run.cmp(&other.run))
    }
}

impl PartialEq for Head {
    fn eq(&self, other: &Head) -> bool {
        self.order(other) == Ordering::Equal
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Head) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    // Reversed: `BinaryHeap` pops its greatest.
    fn cmp(&self, other: &Head) -> Ordering {
        other.order(self)
    }
}

/// A run of mentions on disk, read back one at a time.
struct MentionRun<'r> {
    lines: std::io::Lines<BufReader<File>>,
    actors: &'r HashMap<ActorRef, Arc<Actor>>,
    /// Sentences repeat from one mention to the next: one copy each.
    last_sentence: Option<Arc<str>>,
}

impl<'r> MentionRun<'r> {
    fn open(
        path: &PathBuf,
        actors: &'r HashMap<ActorRef, Arc<Actor>>,
    ) -> std::io::Result<MentionRun<'r>> {
        Ok(MentionRun {
            lines: BufReader::new(File::open(path)?).lines(),
            actors,
            last_sentence: None,
        })
    }

    fn next(&mut self) -> std::io::Result<Option<Mention>> {
        let Some(line) = self.lines.next().transpose()? else {
            return Ok(None);
        };
        let json: MentionJson = serde_json::from_str(&line)?;
        // The actors shared, not copied for each mention (every one was
        // seen when pushed).
        let actor = |a: &ActorRef| -> Arc<Actor> {
            self.actors.get(a).cloned().unwrap_or_else(|| {
                Arc::new(Actor {
                    id: a.id.as_str().into(),
                    name: a.name.as_str().into(),
                    kind: a.kind,
                    country: a.country.as_deref().map(Into::into),
                    wikidata: None,
                    aliases: Vec::new(),
                    members: Default::default(),
                })
            })
        };
        let mut m = json.to_mention(&actor).map_err(std::io::Error::other)?;
        match &self.last_sentence {
            Some(s) if **s == *m.evidence.sentence => m.evidence.sentence = s.clone(),
            _ => self.last_sentence = Some(m.evidence.sentence.clone()),
        }
        Ok(Some(m))
    }
}

/// An output line with its place in the output.
struct OutputLine {
    key: (String, usize, &'static str, String),
    line: String,
}

/// Output lines in sorted runs on disk, merged into the output at the end.
struct LineRuns {
    dir: PathBuf,
    runs: Vec<PathBuf>,
    buffer: Vec<OutputLine>,
}

impl LineRuns {
    fn new(dir: &std::path::Path) -> LineRuns {
        LineRuns {
            dir: dir.to_path_buf(),
            runs: Vec::new(),
            buffer: Vec::new(),
        }
    }

    fn push(&mut self, line: OutputLine) -> std::io::Result<()> {
        self.buffer.push(line);
        if self.buffer.len() >= RUN_LINES {
            self.write_run()?;
        }
        Ok(())
    }

    fn write_run(&mut self) -> std::io::Result<()> {
        let mut lines = std::mem::take(&mut self.buffer);
        lines.par_sort_by(|a, b| a.key.cmp(&b.key));
        let path = self.dir.join(format!("e{}.jsonl", self.runs.len()));
        let mut w = BufWriter::new(File::create(&path)?);
        for l in &lines {
            // The key, a tab, the line: JSON escapes every tab inside.
            let (article, start, kind, id) = &l.key;
            serde_json::to_writer(&mut w, &(article, start, kind, id))?;
            w.write_all(b"\t")?;
            w.write_all(l.line.as_bytes())?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        self.runs.push(path);
        Ok(())
    }

    fn finish(mut self, out: &mut dyn Write) -> std::io::Result<usize> {
        if !self.buffer.is_empty() {
            self.write_run()?;
        }
        type Key = (String, usize, String, String);
        let parse = |text: String| -> std::io::Result<(Key, String)> {
            let (key, line) = text
                .split_once('\t')
                .ok_or_else(|| std::io::Error::other("a merge run line without its key"))?;
            let key: Key = serde_json::from_str(key)?;
            Ok((key, line.to_string()))
        };
        let mut readers: Vec<std::io::Lines<BufReader<File>>> = Vec::new();
        for path in &self.runs {
            readers.push(BufReader::new(File::open(path)?).lines());
        }
        let mut heads = BinaryHeap::new();
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(text) = r.next().transpose()? {
                let (key, line) = parse(text)?;
                heads.push(std::cmp::Reverse((key, i, line)));
            }
        }
        let mut n = 0;
        while let Some(std::cmp::Reverse((_, i, line))) = heads.pop() {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            n += 1;
            if let Some(text) = readers[i].next().transpose()? {
                let (key, line) = parse(text)?;
                heads.push(std::cmp::Reverse((key, i, line)));
            }
        }
        Ok(n)
    }
}
