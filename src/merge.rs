//! Mentions become events: reports of the same real-world event, in one
//! article or many, in either language, merge into one event that keeps
//! all the evidence.
//!
//! The rule: two mentions are one event when they have the same type, the
//! same modality (an asserted signing never absorbs a hypothetical one) and
//! the same participants once people and ministries collapse to their
//! states (symmetric types ignore direction), and their dates are
//! compatible (equal, or one refines the other: 2024-06 and 2024-06-19).
//! A date borrowed from a report verb or the paragraph gives way to a date
//! another report of the same key gives itself.
//! An undated report joins the earliest dated event of its key. Heading and
//! headline-register mentions only corroborate: they join a body event of
//! the same type and participants, whatever its modality or date, and are
//! dropped when there is none.
//!
//! The result does not depend on the order mentions arrive in, nor on
//! repeats: they are sorted in a total order and exact duplicates dropped
//! first, and event ids hash the event's defining fields (FNV-1a). So
//! merging is a function of the *set* of mentions, which is what makes
//! combining graphs (`crate::combine`) idempotent, commutative and
//! associative.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::events::Mention;
use crate::lexicon::Lexicon;
use crate::model::{Actor, EventDate, EventType, Evidence, Modality};

/// A merged event, the unit every export writes.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub event_type: EventType,
    pub cameo: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub source: Arc<Actor>,
    pub target: Option<Arc<Actor>>,
    pub participants: Vec<Arc<Actor>>,
    pub date: Option<EventDate>,
    pub modality: Modality,
    pub location: Option<String>,
    pub articles: Vec<Arc<str>>,
    pub evidence: Vec<Evidence>,
    pub confidence: f64,
    pub defence: bool,
    /// The reports this event was merged from, in canonical order: what a
    /// graph keeps so that it can be merged again with another.
    pub mentions: Vec<Mention>,
}

/// The result of merging: events, and the heading mentions that found no
/// body event to corroborate (kept, because another article may bring one).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    pub events: Vec<Event>,
    pub unattached: Vec<Mention>,
}

/// A mention with the date it was reported with (its working date may
/// give way to another report's).
type Reported = (Mention, Option<EventDate>);

fn canonical(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    (
        &a.evidence.article,
        a.evidence.span,
        &a.evidence.rule,
        &a.source.id,
    )
        .cmp(&(
            &b.evidence.article,
            b.evidence.span,
            &b.evidence.rule,
            &b.source.id,
        ))
        .then_with(|| {
            a.target
                .as_ref()
                .map(|t| &t.id)
                .cmp(&b.target.as_ref().map(|t| &t.id))
        })
}

/// What tells two actors apart, by reference.
fn actor_key(x: &Arc<Actor>) -> (&str, &str, crate::model::ActorKind, Option<&str>) {
    (&*x.id, &*x.name, x.kind, x.country.as_deref())
}

/// A total order on mentions: `canonical` first, then every other field,
/// so that sorting gives the same sequence whatever the input order.
pub fn total_order(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    let actor = actor_key;
    // By reference throughout: this runs O(n log n) times on every merge.
    canonical(a, b)
        .then_with(|| a.evidence.cmp(&b.evidence))
        .then_with(|| {
            (
                a.event_type,
                a.modality,
                a.date,
                a.date_weak,
                a.corroborating,
                a.defence,
                a.apart,
            )
                .cmp(&(
                    b.event_type,
                    b.modality,
                    b.date,
                    b.date_weak,
                    b.corroborating,
                    b.defence,
                    b.apart,
                ))
        })
        .then_with(|| (&a.cameo, &a.location).cmp(&(&b.cameo, &b.location)))
        .then_with(|| actor(&a.source).cmp(&actor(&b.source)))
        .then_with(|| {
            a.target
                .as_ref()
                .map(actor)
                .cmp(&b.target.as_ref().map(actor))
        })
        .then_with(|| {
            a.participants
                .iter()
                .map(actor)
                .cmp(b.participants.iter().map(actor))
        })
}

/// Merges mentions into events, in the order the articles first tell them.
pub fn merge(mentions: Vec<Mention>, lexicon: &Lexicon) -> Vec<Event> {
    merge_all(mentions, lexicon).events
}

/// Merges mentions into events and keeps the heading mentions left over.
pub fn merge_all(mut mentions: Vec<Mention>, lexicon: &Lexicon) -> Merged {
    // In place, not a map of vectors: a vector grown by pushing holds four
    // mentions' room, and most groups have one.
    sort_for_merge(&mut mentions);
    // The keys again, in parallel, for the grouping (sorting the mentions
    // with their keys moved more memory than making them twice).
    let keys: Vec<GroupKey> = mentions.par_iter().map(group_key).collect();
    let mut groups: Vec<Vec<Mention>> = Vec::new();
    let mut last: Option<GroupKey> = None;
    for (k, m) in keys.into_iter().zip(mentions) {
        match groups.last_mut() {
            Some(g) if last.as_ref() == Some(&k) => g.push(m),
            _ => {
                groups.push(vec![m]);
                last = Some(k);
            }
        }
    }
    let merged: Vec<(Vec<Event>, Vec<Mention>)> = groups
        .into_par_iter()
        .map(|g| merge_group(g, lexicon))
        .collect();
    // Sized once (grown event by event, each doubling was fresh memory).
    let mut events = Vec::with_capacity(merged.iter().map(|(e, _)| e.len()).sum());
    let mut unattached = Vec::with_capacity(merged.iter().map(|(_, u)| u.len()).sum());
    for (e, u) in merged {
        events.extend(e);
        unattached.extend(u);
    }
    unattached.par_sort_by(total_order);
    // In the order the articles tell them: by the first report (article,
    // then position), which does not depend on the order of input.
    events.par_sort_by_cached_key(told_order);
    Merged { events, unattached }
}

/// What every decision of the merge looks at: mentions of one type and one
/// set of participants never touch another group's.
pub(crate) type GroupKey = (EventType, Vec<String>);

pub(crate) fn group_key(m: &Mention) -> GroupKey {
    let parts = if m.event_type.is_symmetric() {
        m.collapsed_participants()
    } else {
        vec![
            m.source.collapse().to_string(),
            m.target
                .as_ref()
                .map(|t| t.collapse().to_string())
                .unwrap_or_default(),
        ]
    };
    (m.event_type, parts)
}

/// Puts mentions in the order groups are merged in, exact repeats dropped:
/// the total order, then (stable) group and modality. Sorts are stable and
/// the groups independent: in parallel (rayon), with the sequential result.
pub(crate) fn sort_for_merge(mentions: &mut Vec<Mention>) {
    mentions.par_sort_by(total_order);
    mentions.dedup();
    mentions.par_sort_by_cached_key(merge_key);
}

/// The order a group is merged in, after the total order: its key, then
/// modality.
pub(crate) fn merge_key(m: &Mention) -> (GroupKey, Modality) {
    (group_key(m), m.modality)
}

/// Where an event stands in the output: by its first report, then type
/// and id.
pub(crate) fn told_order(e: &Event) -> (Option<(Arc<str>, usize)>, &'static str, String) {
    let reports = e
        .evidence
        .iter()
        .map(|v| (v.heading, &v.article, v.span.start));
    (first_report(reports), e.event_type.name(), e.id.clone())
}

/// An event's first report (article, then position) among its reports
/// (heading or not, article, position): in a body, else in a heading. A
/// heading that corroborates an event does not move it up: the body tells
/// it, with its date. `build` and `export` both list events by it.
pub(crate) fn first_report<'a>(
    reports: impl Iterator<Item = (bool, &'a Arc<str>, usize)> + Clone,
) -> Option<(Arc<str>, usize)> {
    let told = |heading: bool| {
        reports
            .clone()
            .filter(|&(h, _, _)| h == heading)
            .map(|(_, article, start)| (article.clone(), start))
            .min()
    };
    told(false).or_else(|| told(true))
}

/// Merges one group's mentions (one type and set of participants, in
/// modality then total order, no exact repeats) into its events; heading
/// mentions that find no body event come back.
pub(crate) fn merge_group(mentions: Vec<Mention>, lexicon: &Lexicon) -> (Vec<Event>, Vec<Mention>) {
    let (corroborating, body): (Vec<Mention>, Vec<Mention>) =
        mentions.into_iter().partition(|m| m.corroborating);
    let mut clusters: Vec<Vec<Reported>> = Vec::new();
    let mut body = body.into_iter().peekable();
    while let Some(first) = body.next() {
        let modality = first.modality;
        let mut list = vec![first];
        while let Some(m) = body.next_if(|m| m.modality == modality) {
            list.push(m);
        }
        clusters.extend(cluster_by_date(list));
    }
    // Where each heading mention goes is decided by the body's reports
    // alone, before any is placed.
    let places: Vec<Option<usize>> = corroborating
        .iter()
        .map(|m| {
            clusters.iter().position(|c| {
                m.date.is_none_or(|d| {
                    c.iter()
                        .any(|(x, _)| x.date.is_none_or(|xd| xd.compatible(&d)))
                })
            })
        })
        .collect();
    let mut unattached = Vec::new();
    for (m, found) in corroborating.into_iter().zip(places) {
        match found {
            Some(i) => {
                let date = m.date;
                clusters[i].push((m, date));
            }
            None => unattached.push(m),
        }
    }
    let events = clusters.into_iter().map(|c| build(c, lexicon)).collect();
    (events, unattached)
}

/// How far apart a borrowed date and a report's own date of the same act
/// may be for the borrowed one to give way: a much older date tells an
/// older act ("Antara 2008 dan 2011, pasukan keduanya bertempur" is not
/// the day's fighting).
const NEAR_YEARS: i32 = 2;

/// Whether a borrowed date and a report's own date are within
/// `NEAR_YEARS`.
pub(crate) fn near_years(borrowed: &EventDate, own: &EventDate) -> bool {
    (borrowed.year - own.year).abs() <= NEAR_YEARS
}

/// How many days a borrowed day may stand from a report's own day (or the
/// first day of its month) and still give way to it: news tells an act
/// within days of it; a day a week or more away tells another act of its
/// kind ("Pada April lalu, Riyadh melarang ... buah" and, in October,
/// "Riyadh menghentikan seluruh impor"; "In late November, Mogadishu
/// expelled Kenya's ambassador" and, on the news day, its diplomats). (A
/// borrowed day in a month told still joins it: the dates are compatible.)
const NEAR_DAYS: i64 = 7;

/// Whether a borrowed day is near a report's own date (`NEAR_DAYS`); a
/// borrowed month or year is always near, and so is a borrowed day inside
/// an own month.
fn near_days(borrowed: &EventDate, own: &EventDate) -> bool {
    // (A borrowed day inside a month told as the act's own, "last week",
    // is near it.)
    if own.day.is_none() && own.month.is_some() && borrowed.compatible(own) {
        return true;
    }
    match (borrowed.to_naive(), own.first_day()) {
        (Some(b), Some(o)) => (b - o).num_days().abs() <= NEAR_DAYS,
        _ => true,
    }
}

/// Whether a borrowed date is near enough a report's own date of the same
/// act to give way to it (`NEAR_YEARS`, `NEAR_DAYS`).
pub(crate) fn gives_way(borrowed: &EventDate, own: &EventDate) -> bool {
    near_years(borrowed, own) && near_days(borrowed, own)
}

/// One key's mentions (type, modality, participants) into clusters of
/// compatible dates.
fn cluster_by_date(list: Vec<Mention>) -> Vec<Vec<Reported>> {
    // Each mention travels with the date it was reported with: a borrowed
    // date may give way below, but the graph keeps the report as it was.
    let mut list: Vec<Reported> = list
        .into_iter()
        .map(|m| {
            let date = m.date;
            (m, date)
        })
        .collect();
    // A borrowed date gives way when another report has a date of its own
    // near it (`gives_way`).
    let own: Vec<EventDate> = list
        .iter()
        .filter(|(m, _)| !m.date_weak)
        .filter_map(|(m, _)| m.date)
        .collect();
    for (m, _) in list.iter_mut().filter(|(m, _)| m.date_weak) {
        if own.iter().any(|d| m.date.is_none_or(|b| gives_way(&b, d))) {
            m.date = None;
        }
    }
    // Most precise dates first, so coarser ones join them.
    list.sort_by(|(a, _), (b, _)| {
        let p = |m: &Mention| m.date.map(|d| d.precision());
        p(b).cmp(&p(a))
            .then_with(|| a.date.cmp(&b.date))
            .then_with(|| total_order(a, b))
    });
    let mut local: Vec<(Option<EventDate>, Vec<Reported>)> = Vec::new();
    for m in list {
        let slot = match m.0.date {
            Some(d) => local
                .iter()
                .position(|(cd, _)| cd.is_some_and(|c| c.compatible(&d))),
            // (An act told apart joins only other undated reports.)
            None if m.0.apart => local.iter().position(|(cd, _)| cd.is_none()),
            None => local
                .iter()
                .position(|(cd, _)| cd.is_some())
                .or_else(|| local.iter().position(|(cd, _)| cd.is_none())),
        };
        match slot {
            Some(i) => local[i].1.push(m),
            None => local.push((m.0.date, vec![m])),
        }
    }
    local
        .into_iter()
        .map(|(_, mut v)| {
            v.shrink_to_fit();
            v
        })
        .collect()
}

/// The more specific of two actors for the same state: a person over a
/// ministry over the state itself; ties broken by id.
fn better<'a>(a: &'a Arc<Actor>, b: &'a Arc<Actor>) -> &'a Arc<Actor> {
    match a.kind.specificity().cmp(&b.kind.specificity()) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => {
            if a.id <= b.id {
                a
            } else {
                b
            }
        }
    }
}

fn build(pairs: Vec<Reported>, lexicon: &Lexicon) -> Event {
    // Sized exactly: `unzip` grows a vector from four elements, and most
    // events have one mention (a mention is 224 bytes; a million events).
    let mut cluster: Vec<Mention> = Vec::with_capacity(pairs.len());
    let mut reported_dates: Vec<Option<EventDate>> = Vec::with_capacity(pairs.len());
    for (m, d) in pairs {
        cluster.push(m);
        reported_dates.push(d);
    }
    let body: Vec<&Mention> = cluster.iter().filter(|m| !m.corroborating).collect();
    let first = body.first().copied().unwrap_or(&cluster[0]);
    let mut best: BTreeMap<String, Arc<Actor>> = BTreeMap::new();
    for m in &body {
        for a in &m.participants {
            let code = a.collapse().to_string();
            let chosen = match best.get(&code) {
                Some(b) => better(b, a).clone(),
                None => a.clone(),
            };
            best.insert(code, chosen);
        }
    }
    let pick = |a: &Arc<Actor>| best.get(a.collapse()).cloned().unwrap_or_else(|| a.clone());
    let (source, target, participants) = if first.event_type.is_symmetric() {
        let all: Vec<Arc<Actor>> = best.values().cloned().collect();
        (all[0].clone(), all.get(1).cloned(), all)
    } else {
        let s = pick(&first.source);
        let t = first.target.as_ref().map(pick);
        let mut p = vec![s.clone()];
        p.extend(t.clone());
        (s, t, p)
    };
    let date = body
        .iter()
        .filter_map(|m| m.date)
        .max_by_key(|d| (d.precision(), std::cmp::Reverse(*d)));
    let mut evidence: Vec<Evidence> = cluster.iter().map(|m| m.evidence.clone()).collect();
    evidence.sort();
    evidence.dedup();
    let mut articles: Vec<Arc<str>> = evidence.iter().map(|e| e.article.clone()).collect();
    articles.sort();
    articles.dedup();
    let location = body.iter().find_map(|m| m.location.clone());
    let cameo = first.cameo.clone();
    let info = lexicon.cameo_info(&cameo);
    let sentences = evidence.iter().filter(|e| !e.heading).count();
    let base = if first.modality == Modality::Asserted {
        0.6
    } else {
        0.5
    };
    let confidence = (base
        + 0.1 * (sentences.saturating_sub(1) as f64)
        + 0.1 * (articles.len().saturating_sub(1) as f64))
        .min(0.95);
    let confidence = (confidence * 100.0).round() / 100.0;
    let parts: Vec<String> = participants
        .iter()
        .map(|a| a.collapse().to_string())
        .collect();
    let id_text = format!(
        "{}|{}|{}|{}",
        first.event_type.name(),
        first.modality.name(),
        if first.event_type.is_symmetric() {
            parts.join(",")
        } else {
            format!(
                "{}>{}",
                source.collapse(),
                target.as_ref().map(|t| t.collapse()).unwrap_or("")
            )
        },
        date.map(|d| d.to_string()).unwrap_or_default()
    );
    let defence = body.iter().any(|m| m.defence);
    let event_type = first.event_type;
    let modality = first.modality;
    // The graph keeps each report with the date it was reported with.
    let mut reported: Vec<Mention> = cluster
        .into_iter()
        .zip(reported_dates)
        .map(|(mut m, date)| {
            m.date = date;
            m
        })
        .collect();
    reported.sort_by(total_order);
    Event {
        id: format!("ev_{:016x}", fnv1a(id_text.as_bytes())),
        event_type,
        cameo,
        quad_class: info.map(|i| i.quad_class).unwrap_or(1),
        goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
        source,
        target,
        participants,
        date,
        modality,
        location,
        articles,
        evidence,
        confidence,
        defence,
        mentions: reported,
    }
}

/// 64-bit FNV-1a: a fixed hash, so ids are the same on every run and machine.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
