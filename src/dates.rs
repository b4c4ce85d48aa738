//! Date expressions and how they resolve.
//!
//! The reference date is the publication date: from the article's metadata,
//! else from the command line, else inferred from a weekday written with a
//! day and month ("Kamis (20/6)" fixes the year: 20 June fell on a Thursday
//! in 2024). Relative expressions resolve against it ("kemarin", "last
//! week") or against another date of the same sentence or discourse
//! ("sehari setelah pertemuan": the meeting was a day before the occasion).

use chrono::{Datelike, Duration, NaiveDate};

use crate::lexicon::language::DateWords;
use crate::model::EventDate;
use crate::tokens::Token;

/// The last year the built-in data describes; a weekday-and-day date with
/// no year in the text resolves to the latest matching year up to it.
pub const HORIZON_YEAR: i32 = 2026;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// Complete in the text: "20 Juni 2024", "Februari 2022", "2022".
    Absolute(EventDate),
    /// Day and month, the year from the reference: "20 Juni", "(20/6)".
    DayMonth {
        day: u32,
        month: u32,
        weekday: Option<u32>,
    },
    /// A day of a year counted from the reference's: "22 November tahun
    /// lalu", "March 5 last year".
    DayInYear {
        day: u32,
        month: u32,
        years: i64,
    },
    /// "on Thursday", "pada Kamis": the last such day up to the reference.
    Weekday(u32),
    /// "Senin pekan lalu", "Monday last week": that day of the week
    /// `weeks` away from the reference's (weeks run Monday to Sunday).
    WeekdayOfWeek {
        weekday: u32,
        weeks: i64,
    },
    /// A month without a year: "pada Maret lalu", "in April".
    Month(u32),
    /// "last September": the last such month before the reference's own.
    LastMonth(u32),
    /// A month of a year counted from the reference's: "April last year",
    /// "Maret tahun lalu" (-1), "in June this year" (0).
    MonthInYear {
        month: u32,
        years: i64,
    },
    /// "That July, Moldova ordered ...": the month of the year the
    /// discourse named last (the publication's year when it named none).
    MonthThatYear(u32),
    /// "last summer", "musim panas lalu": the year of the season `step`
    /// away (-1 the last one over, 0 this year's, 1 the next to come);
    /// `end` is the season's last month.
    Season {
        end: u32,
        step: i64,
    },
    /// Days from the reference: "kemarin", "two days ago".
    Days(i64),
    /// Weeks from the reference: "pekan lalu", "this week". Resolved to the
    /// month of the day that many weeks away (a week names no day), and no
    /// day the discourse can be about.
    Weeks(i64),
    /// Months or years from the reference: "last month", "tahun lalu".
    Months(i64),
    Years(i64),
    /// Days before (+) or after (-) the anchor of the event that follows:
    /// "sehari setelah pertemuan" is `Anchored(1)`.
    Anchored(i64),
    /// Days after the discourse's date: "sehari kemudian", "the next day".
    Later(i64),
    /// "pada hari yang sama", "the same month": the date the discourse
    /// named last, to this precision.
    Same(crate::model::DatePrecision),
    /// "saat itu", "at the time": the date named last, as precise as it was.
    Then,
    /// "hours after the pact": the day cannot be told; dates nothing.
    Vague,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateExpr {
    pub first: usize,
    pub end: usize,
    pub kind: DateKind,
}

fn number(t: &Token, words: &DateWords) -> Option<i64> {
    if let Ok(n) = t.norm.parse::<i64>() {
        return Some(n);
    }
    words.numbers.get(&t.norm).copied().filter(|n| *n > 0)
}

/// The word after a count of hours puts it on the day told last ("three
/// hours later", "hours earlier", "beberapa jam kemudian").
fn hours_on(next: Option<&Token>) -> bool {
    next.is_some_and(|t| t.is("later") || t.is("earlier") || t.is("kemudian") || t.is("sebelumnya"))
}

/// A unit of a week or longer ("months after", "tiga tahun setelah"): a
/// count of it tells a span, not a day near the one told.
pub fn week_or_longer(t: &Token, words: &DateWords) -> bool {
    matches!(
        unit_days(t, words),
        Some(Unit::Week | Unit::Month | Unit::Year)
    )
}

fn unit_days(t: &Token, words: &DateWords) -> Option<Unit> {
    let n = t.norm.as_str();
    let has = |l: &Vec<String>| l.iter().any(|w| w == n);
    if has(&words.hour_units) {
        Some(Unit::Hour)
    } else if has(&words.day_units) {
        Some(Unit::Day)
    } else if has(&words.week_units) {
        Some(Unit::Week)
    } else if has(&words.month_units) {
        Some(Unit::Month)
    } else if has(&words.year_units) {
        Some(Unit::Year)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Unit {
    /// "hours after": too close to tell the day.
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// "sehari", "sepekan", "sebulan", "setahun": one unit.
fn se_unit(t: &Token, words: &DateWords) -> Option<Unit> {
    let rest = t.norm.strip_prefix("se")?;
    let fake = Token::new(t.span, rest.to_string(), t.kind, t.capital);
    unit_days(&fake, words)
}

fn in_list(t: Option<&Token>, list: &[String]) -> bool {
    t.is_some_and(|t| t.is_any(list))
}

fn year_of(t: &Token) -> Option<i32> {
    let y: i32 = t.norm.parse().ok()?;
    (t.norm.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn day_of(t: &Token) -> Option<u32> {
    let d: u32 = t.norm.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Every date expression in a sentence's tokens, left to right.
pub fn find(tokens: &[Token], words: &DateWords) -> Vec<DateExpr> {
    let mut out: Vec<DateExpr> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(e) = at(tokens, i, words) {
            i = e.end;
            // "Senin (1/5) pekan lalu", "Senin pekan lalu": a week right
            // after a day says which week the day is in.
            if let (Some(prev), DateKind::Weeks(weeks)) = (out.last_mut(), e.kind)
                && prev.end == e.first
            {
                let in_week = match prev.kind {
                    DateKind::Weekday(weekday) => Some(DateKind::WeekdayOfWeek { weekday, weeks }),
                    DateKind::DayMonth { .. } | DateKind::DayInYear { .. } => Some(prev.kind),
                    DateKind::Absolute(d) if d.day.is_some() => Some(prev.kind),
                    _ => None,
                };
                if let Some(kind) = in_week {
                    prev.kind = kind;
                    prev.end = e.end;
                    continue;
                }
            }
            // "ordered them to leave by Saturday": a deadline dates no act.
            if !words.deadline.iter().any(|d| ends_at(tokens, e.first, d)) {
                out.push(e);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// "22 November tahun lalu", "March 5 last year": a day of a year counted
/// from the reference's, when a year unit stands at `at`.
fn day_in_year(
    tokens: &[Token],
    first: usize,
    at: usize,
    w: &DateWords,
    (day, month): (u32, u32),
) -> Option<DateExpr> {
    let u = unit_phrase(tokens, at, w)?;
    let DateKind::Years(years) = u.kind else {
        return None;
    };
    Some(DateExpr {
        first,
        end: u.end,
        kind: DateKind::DayInYear { day, month, years },
    })
}

/// How many tokens `phrase` takes when its words stand from `at` on.
/// (Called at every token of every sentence: no allocation.)
fn phrase_at(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for (d, word) in phrase.split_whitespace().enumerate() {
        if !tokens.get(at + d).is_some_and(|t| t.is(word)) {
            return None;
        }
        n = d + 1;
    }
    (n > 0).then_some(n)
}

/// Token `k` is a word of one of the date expressions `exprs`.
pub fn covers(exprs: &[DateExpr], k: usize) -> bool {
    exprs.iter().any(|e| e.first <= k && k < e.end)
}

/// The phrase's words stand right before `at`.
pub fn ends_at(tokens: &[Token], at: usize, phrase: &str) -> bool {
    // (Last word first, backwards: most phrases fail on it. Cut at ASCII
    // spaces by hand: the split iterator walking back over characters was
    // 3% of a run, called for every cue list at every act.)
    let mut k = at;
    let mut rest = phrase.as_bytes();
    let mut any = false;
    loop {
        while rest.last().is_some_and(u8::is_ascii_whitespace) {
            rest = &rest[..rest.len() - 1];
        }
        if rest.is_empty() {
            return any;
        }
        let start = rest
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |i| i + 1);
        let word = &rest[start..];
        if !(k > 0 && tokens.get(k - 1).is_some_and(|t| t.norm.as_bytes() == word)) {
            return false;
        }
        k -= 1;
        any = true;
        rest = &rest[..start];
    }
}

fn month(t: Option<&Token>, words: &DateWords) -> Option<u32> {
    t.and_then(|t| words.months.get(&t.norm).copied())
}

/// Whether a date expression can start at `t`: the filter that spares
/// most tokens the rules below.
fn may_open(t: &Token, w: &DateWords) -> bool {
    t.norm
        .starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '+' || c == '-')
        || w.openers.contains(&t.norm)
}

fn at(tokens: &[Token], i: usize, w: &DateWords) -> Option<DateExpr> {
    let t = &tokens[i];
    if !may_open(t, w) {
        return None;
    }
    let start = i;
    let get = |k: usize| tokens.get(k);
    let is = |k: usize, s: &str| get(k).is_some_and(|t| t.is(s));
    let expr = |end: usize, kind: DateKind| {
        Some(DateExpr {
            first: i,
            end,
            kind,
        })
    };

    // "shortly afterwards", "tak lama kemudian": soon after the date named
    // last, told to its month.
    if let Some(n) = w.soon_after.iter().find_map(|p| phrase_at(tokens, i, p)) {
        return expr(i + n, DateKind::Same(crate::model::DatePrecision::Month));
    }
    if let Some(n) = w.then.iter().find_map(|p| phrase_at(tokens, i, p)) {
        return expr(i + n, DateKind::Then);
    }
    // Weekday, optionally with "(20/6)" or "(20/6/2024)" or ", 20 Juni".
    if let Some(&wd) = w.weekdays.get(&t.norm) {
        if let Some(mut e) = slash_date(tokens, i + 1)
            .or_else(|| slash_date(tokens, i + 2).filter(|_| is(i + 1, ",")))
            .or_else(|| {
                at(tokens, i + 1, w)
                    .filter(|e| matches!(e.kind, DateKind::DayMonth { .. } | DateKind::Absolute(_)))
            })
            .or_else(|| {
                if is(i + 1, ",") {
                    at(tokens, i + 2, w).filter(|e| {
                        matches!(e.kind, DateKind::DayMonth { .. } | DateKind::Absolute(_))
                    })
                } else {
                    None
                }
            })
        {
            if let DateKind::DayMonth { day, month, .. } = e.kind {
                e.kind = DateKind::DayMonth {
                    day,
                    month,
                    weekday: Some(wd),
                };
            }
            e.first = i;
            return Some(e);
        }
        // "Minggu" is also "week": a weekday only when not a unit use.
        // (Another weekday with "lalu" is the last one: "Jumat lalu".)
        let unit = w.week_units.contains(&t.norm);
        if unit
            && (in_list(get(i + 1), &w.last)
                || in_list(get(i + 1), &w.this)
                || in_list(get(i + 1), &w.next))
        {
            // fall through to unit handling below
        } else if in_list(get(i + 1), &w.last)
            // ("Monday last week": the week is a phrase of its own, which
            // `find` joins to the day.)
            && !get(i + 2).is_some_and(|t| w.week_units.contains(&t.norm))
        {
            return expr(i + 2, DateKind::Weekday(wd));
        } else {
            return expr(i + 1, DateKind::Weekday(wd));
        }
    }
    if let Some(e) = slash_date(tokens, i) {
        return Some(e);
    }
    // "20 Juni 2024", "20 June"
    if let (Some(d), Some(m)) = (day_of(t), month(get(i + 1), w)) {
        if let Some(y) = get(i + 2).and_then(year_of) {
            return expr(
                i + 3,
                DateKind::Absolute(EventDate {
                    year: y,
                    month: Some(m),
                    day: Some(d),
                }),
            );
        }
        if let Some(e) = day_in_year(tokens, i, i + 2, w, (d, m)) {
            return Some(e);
        }
        return expr(
            i + 2,
            DateKind::DayMonth {
                day: d,
                month: m,
                weekday: None,
            },
        );
    }
    if let Some(m) = month(Some(t), w) {
        // A month name must look like one: capitalised ("May" vs "may").
        if !t.capital {
            return None;
        }
        // "Feb. 24, 2022": the abbreviation's dot.
        let i = if is(i + 1, ".") { i + 1 } else { i };
        let get = |k: usize| tokens.get(k);
        let is = |k: usize, s: &str| get(k).is_some_and(|t| t.is(s));
        let expr = |end: usize, kind: DateKind| {
            Some(DateExpr {
                first: start,
                end,
                kind,
            })
        };
        // "June 20, 2024", "June 20"
        if let Some(d) = get(i + 1)
            .and_then(day_of)
            .filter(|_| get(i + 1).is_some_and(|x| x.norm.len() <= 2))
        {
            let (y_at, comma) = if is(i + 2, ",") {
                (i + 3, true)
            } else {
                (i + 2, false)
            };
            if let Some(y) = get(y_at).and_then(year_of) {
                return expr(
                    y_at + 1,
                    DateKind::Absolute(EventDate {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    }),
                );
            }
            let _ = comma;
            if let Some(e) = day_in_year(tokens, start, i + 2, w, (d, m)) {
                return Some(e);
            }
            return expr(
                i + 2,
                DateKind::DayMonth {
                    day: d,
                    month: m,
                    weekday: None,
                },
            );
        }
        // "Februari 2022", "February 2022"
        if let Some(y) = get(i + 1).and_then(year_of) {
            return expr(
                i + 2,
                DateKind::Absolute(EventDate {
                    year: y,
                    month: Some(m),
                    day: None,
                }),
            );
        }
        // "April last year", "Maret tahun lalu", "June this year".
        if let Some(u) = unit_phrase(tokens, i + 1, w)
            && let DateKind::Years(years) = u.kind
        {
            return expr(u.end, DateKind::MonthInYear { month: m, years });
        }
        // "pada April tahun yang sama", "in April that year", "April of
        // the same year": that month of the year told last.
        let same_year_at = (i + 1..=i + 3)
            .take_while(|&k| k == i + 1 || is(k - 1, "of") || is(k - 1, "the"))
            .find_map(|k| unit_phrase(tokens, k, w))
            .filter(|u| u.kind == DateKind::Same(crate::model::DatePrecision::Year));
        if let Some(u) = same_year_at {
            return expr(u.end, DateKind::MonthThatYear(m));
        }
        // "That July, Moldova ordered ...": that month of the year told.
        // (Opening a clause or after an opener: not "said that May would".)
        let anaphor = w.month_anaphors.iter().find_map(|p| {
            let first = start.checked_sub(p.split_whitespace().count())?;
            let opens = first == 0
                || !tokens[first - 1].is_word()
                || w.month_openers.iter().any(|o| ends_at(tokens, first, o));
            (ends_at(tokens, start, p) && opens).then_some(first)
        });
        if let Some(first) = anaphor {
            return Some(DateExpr {
                first,
                end: i + 1,
                kind: DateKind::MonthThatYear(m),
            });
        }
        // "pada Maret lalu", "in April", "since March": the last such month.
        // (An opener may be two words: "dates back to February".)
        let intro = start > 0
            && (w.month_openers.iter().any(|p| ends_at(tokens, start, p))
                || in_list(get(start - 1), &w.since));
        // ("last September": the word before.)
        if start > 0 && in_list(get(start - 1), &w.last) {
            return Some(DateExpr {
                first: start - 1,
                end: i + 1,
                kind: DateKind::LastMonth(m),
            });
        }
        if intro || in_list(get(i + 1), &w.last) {
            let end = if in_list(get(i + 1), &w.last) {
                i + 2
            } else {
                i + 1
            };
            return expr(end, DateKind::Month(m));
        }
        return None;
    }
    // A bare year after a word that introduces one: "pada 2022", "in 2022".
    if let Some(y) = year_of(t) {
        // (Or two words: "during the 2020 war".)
        let two_words = i > 1
            && w.year_openers.iter().any(|o| {
                o.split_once(' ')
                    .is_some_and(|(a, b)| is(i - 2, a) && is(i - 1, b))
            });
        let intro = two_words
            || (i > 0 && (in_list(get(i - 1), &w.year_openers) || in_list(get(i - 1), &w.since)));
        if intro {
            return expr(
                i + 1,
                DateKind::Absolute(EventDate {
                    year: y,
                    month: None,
                    day: None,
                }),
            );
        }
        return None;
    }
    // Relative day words: "kemarin", "yesterday", "hari ini".
    for (phrase, days) in &w.relative_days {
        if let Some(n) = phrase_at(tokens, i, phrase) {
            return expr(i + n, DateKind::Days(*days));
        }
    }
    // "hours after the pact", "beberapa jam setelah", "days after that
    // decision": the day cannot be told.
    let unit_word = unit_days(t, w);
    if matches!(unit_word, Some(Unit::Hour | Unit::Day | Unit::Week))
        && (in_list(get(i + 1), &w.after) || in_list(get(i + 1), &w.before))
    {
        // (Hours from an act are on its day. "The day after" it is the
        // next: "The day after Beijing unveiled its rules, Trump
        // threatened ...".)
        let the_day = w.definite_day.iter().any(|p| ends_at(tokens, i + 1, p));
        let kind = if unit_word == Some(Unit::Hour) {
            DateKind::Anchored(0)
        } else if the_day {
            DateKind::Anchored(if in_list(get(i + 1), &w.after) { 1 } else { -1 })
        } else {
            DateKind::Vague
        };
        return expr(i + 2, kind);
    }
    // "Hours earlier, Algiers recalled ...", "beberapa jam kemudian": on
    // the day told last.
    if unit_word == Some(Unit::Hour) && hours_on(get(i + 1)) {
        return expr(i + 2, DateKind::Later(0));
    }
    // Counts: "dua hari lalu", "sehari setelah", "two days after", "a day later".
    // (Not how long something lasts: "menunda tarif selama sebulan setelah
    // bertelepon".)
    if i > 0 && in_list(Some(&tokens[i - 1]), &w.durations) {
        return None;
    }
    let (count, unit, next) = if let Some(u) = se_unit(t, w) {
        (1, u, i + 1)
    } else if let (Some(n), Some(u)) = (number(t, w), get(i + 1).and_then(|x| unit_days(x, w))) {
        (n, u, i + 2)
    } else if let Some(n) = w.next_day.iter().find_map(|p| phrase_at(tokens, i, p)) {
        // ("the following month": a month on, not a day.)
        let unit_after = get(i + n).and_then(|x| unit_days(x, w));
        let later = match unit_after {
            Some(Unit::Week) => 7,
            Some(Unit::Month) => 30,
            Some(Unit::Year) => 365,
            _ => 1,
        };
        let end = if unit_after == Some(Unit::Day) || later > 1 {
            i + n + 1
        } else {
            i + n
        };
        return expr(end, DateKind::Later(later));
    } else {
        return unit_phrase(tokens, i, w);
    };
    if unit == Unit::Hour {
        let nt = get(next);
        if in_list(nt, &w.after) || in_list(nt, &w.before) {
            return expr(next + 1, DateKind::Anchored(0));
        }
        if hours_on(nt) {
            return expr(next + 1, DateKind::Later(0));
        }
        if in_list(nt, &w.ago) {
            return expr(next + 1, DateKind::Vague);
        }
        return None;
    }
    let days = |n: i64| match unit {
        Unit::Hour => 0,
        Unit::Day => n,
        Unit::Week => 7 * n,
        Unit::Month => 30 * n,
        Unit::Year => 365 * n,
    };
    let nt = get(next);
    if in_list(nt, &w.after) {
        return expr(next + 1, DateKind::Anchored(days(count)));
    }
    if in_list(nt, &w.before) || is(next, "sebelumnya") {
        return expr(
            next + 1,
            DateKind::Anchored(-days(count)).flip_if(is(next, "sebelumnya")),
        );
    }
    if is(next, "kemudian") || is(next, "later") {
        return expr(next + 1, DateKind::Later(days(count)));
    }
    // "a week earlier", like "sepekan sebelumnya": before the day told,
    // not before the article.
    if is(next, "earlier") {
        return expr(next + 1, DateKind::Later(-days(count)));
    }
    if in_list(nt, &w.ago) {
        let end = if is(next, "yang") { next + 2 } else { next + 1 };
        return match unit {
            Unit::Hour | Unit::Day | Unit::Week => expr(end, DateKind::Days(-days(count))),
            Unit::Month => expr(end, DateKind::Months(-count)),
            Unit::Year => expr(end, DateKind::Years(-count)),
        };
    }
    None
}

impl DateKind {
    /// Names no time of its own: it counts from an anchor ("sehari
    /// setelah", "that same day", "then"), or tells none ([`resolve`]
    /// gives nothing for it).
    pub fn needs_anchor(self) -> bool {
        matches!(
            self,
            DateKind::Anchored(_)
                | DateKind::Later(_)
                | DateKind::Same(_)
                | DateKind::Then
                | DateKind::Vague
        )
    }

    /// "sehari sebelumnya" (a day earlier) is relative to the discourse.
    fn flip_if(self, earlier: bool) -> DateKind {
        match (self, earlier) {
            (DateKind::Anchored(d), true) => DateKind::Later(d),
            (k, _) => k,
        }
    }
}

/// "pekan lalu", "bulan ini", "tahun depan"; "last week", "this month",
/// "earlier this year".
fn unit_phrase(tokens: &[Token], i: usize, w: &DateWords) -> Option<DateExpr> {
    let t = tokens.get(i)?;
    let step = |u: Unit, n: i64| match u {
        Unit::Hour | Unit::Day => DateKind::Days(n),
        Unit::Week => DateKind::Weeks(n),
        Unit::Month => DateKind::Months(n),
        Unit::Year => DateKind::Years(n),
    };
    let rel = |x: Option<&Token>| -> Option<i64> {
        if in_list(x, &w.last) {
            Some(-1)
        } else if in_list(x, &w.this) {
            Some(0)
        } else if in_list(x, &w.next) {
            Some(1)
        } else {
            None
        }
    };
    // "hari yang sama", "the same day": the day named last. ("That week",
    // "earlier in the week": its month, as a week names no day.)
    let same_at = |k: usize| w.same.iter().find_map(|p| phrase_at(tokens, k, p));
    let precision = |u: Unit| match u {
        Unit::Day => Some(crate::model::DatePrecision::Day),
        Unit::Week | Unit::Month => Some(crate::model::DatePrecision::Month),
        Unit::Year => Some(crate::model::DatePrecision::Year),
        Unit::Hour => None,
    };
    // ("the same day as the meeting", "hari yang sama dengan pertemuan
    // itu" name their anchor: not the date named last.)
    let anchored = |k: usize| tokens.get(k).is_some_and(|t| t.is("as") || t.is("dengan"));
    if let Some(p) = unit_days(t, w).and_then(precision)
        && let Some(n) = same_at(i + 1)
        && !anchored(i + 1 + n)
    {
        return Some(DateExpr {
            first: i,
            end: i + 1 + n,
            kind: DateKind::Same(p),
        });
    }
    if let Some(n) = same_at(i)
        && let Some(p) = tokens
            .get(i + n)
            .and_then(|x| unit_days(x, w))
            .and_then(precision)
        && !anchored(i + n + 1)
    {
        return Some(DateExpr {
            first: i,
            end: i + n + 1,
            kind: DateKind::Same(p),
        });
    }
    // "last summer" (English order), "musim panas lalu" (Indonesian).
    let season_at = |k: usize| {
        w.seasons
            .iter()
            .find_map(|(p, &end)| phrase_at(tokens, k, p).map(|n| (n, end)))
    };
    let season = rel(Some(t))
        .zip(season_at(i + 1))
        .map(|(step, (n, end))| (step, end, i + 1 + n))
        .or_else(|| {
            let (n, end) = season_at(i)?;
            rel(tokens.get(i + n)).map(|step| (step, end, i + n + 1))
        });
    if let Some((step, end, to)) = season {
        return Some(DateExpr {
            first: i,
            end: to,
            kind: DateKind::Season { end, step },
        });
    }
    // Indonesian order: unit then modifier.
    if let Some(u) = unit_days(t, w)
        && let Some(n) = rel(tokens.get(i + 1))
        && u != Unit::Day
    {
        return Some(DateExpr {
            first: i,
            end: i + 2,
            kind: step(u, n),
        });
    }
    // English order: modifier then unit ("earlier this year" too).
    let (start, mod_at) = if t.is("earlier") || t.is("later") {
        (i, i + 1)
    } else {
        (i, i)
    };
    if let Some(n) = rel(tokens.get(mod_at))
        && let Some(u) = tokens.get(mod_at + 1).and_then(|x| unit_days(x, w))
        && u != Unit::Day
    {
        return Some(DateExpr {
            first: start,
            end: mod_at + 2,
            kind: step(u, n),
        });
    }
    None
}

/// "(20/6)", "(20/6/2024)", "20/6/2024".
fn slash_date(tokens: &[Token], i: usize) -> Option<DateExpr> {
    let get = |k: usize| tokens.get(k);
    let open = get(i).is_some_and(|t| t.is("("));
    let s = if open { i + 1 } else { i };
    let d = get(s).and_then(day_of)?;
    if !get(s + 1).is_some_and(|t| t.is("/")) {
        return None;
    }
    let m: u32 = get(s + 2)?
        .norm
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let (year, mut end) = if get(s + 3).is_some_and(|t| t.is("/")) {
        let y: i32 = get(s + 4)?.norm.parse().ok()?;
        let y = if y < 100 { 2000 + y } else { y };
        (Some(y), s + 5)
    } else {
        (None, s + 3)
    };
    if open {
        if !get(end).is_some_and(|t| t.is(")")) {
            return None;
        }
        end += 1;
    } else if year.is_none() {
        return None;
    }
    let kind = match year {
        Some(y) => {
            let date = EventDate {
                year: y,
                month: Some(m),
                day: Some(d),
            };
            date.to_naive()?;
            DateKind::Absolute(date)
        }
        None => DateKind::DayMonth {
            day: d,
            month: m,
            weekday: None,
        },
    };
    Some(DateExpr {
        first: i,
        end,
        kind,
    })
}

/// The year in which `day`/`month` falls on `weekday` (Monday = 1): the
/// latest such year up to the horizon and from `not_before` on.
pub fn infer_year(day: u32, month: u32, weekday: u32, not_before: Option<i32>) -> Option<i32> {
    let fits = |y: i32| {
        NaiveDate::from_ymd_opt(y, month, day)
            .is_some_and(|d| d.weekday().number_from_monday() == weekday)
    };
    // News is mostly recent: the latest fitting year that is not before
    // the latest year the article names.
    (not_before.unwrap_or(1990)..=HORIZON_YEAR)
        .rev()
        .find(|&y| fits(y))
}

/// The weekday `wd` (1 = Monday) on or after `reference`: a plan "on
/// Saturday" is the coming one.
pub fn weekday_ahead(wd: u32, reference: Option<NaiveDate>) -> Option<EventDate> {
    let r = reference?;
    let ahead = (wd as i64 - r.weekday().number_from_monday() as i64).rem_euclid(7);
    Some(EventDate::day(r + Duration::days(ahead)))
}

/// The month `m` to come: of the reference's year, or of the next when it
/// is past ("will meet again in July", said in March 2024, is 2024-07);
/// none when that is more than `within` months ahead.
pub fn month_ahead(m: u32, reference: Option<NaiveDate>, within: u32) -> Option<EventDate> {
    let r = reference?;
    let ahead = (m + 12 - r.month()) % 12;
    (ahead <= within).then(|| EventDate {
        year: if m >= r.month() {
            r.year()
        } else {
            r.year() + 1
        },
        month: Some(m),
        day: None,
    })
}

/// Resolves an expression against the reference date. `Anchored` and
/// `Later` need an anchor and are resolved by the caller with [`shift`].
pub fn resolve(kind: DateKind, reference: Option<NaiveDate>) -> Option<EventDate> {
    match kind {
        DateKind::Absolute(d) => Some(d),
        DateKind::DayMonth {
            day,
            month,
            weekday,
        } => {
            let r = reference?;
            let mut date = NaiveDate::from_ymd_opt(r.year(), month, day)?;
            // News tells the past: a date well after the reference is last year's.
            if date > r + Duration::days(31) {
                date = NaiveDate::from_ymd_opt(r.year() - 1, month, day)?;
            }
            let _ = weekday;
            Some(EventDate::day(date))
        }
        // The last such month up to the reference's own ("in April"), or
        // before it ("last April" written in April is a year ago).
        DateKind::Month(m) | DateKind::LastMonth(m) | DateKind::MonthThatYear(m) => {
            let r = reference?;
            let this_year = m < r.month() || (m == r.month() && matches!(kind, DateKind::Month(_)));
            Some(EventDate {
                year: if this_year { r.year() } else { r.year() - 1 },
                month: Some(m),
                day: None,
            })
        }
        DateKind::DayInYear { day, month, years } => {
            let year = reference?.year() + years as i32;
            Some(EventDate::day(NaiveDate::from_ymd_opt(year, month, day)?))
        }
        DateKind::MonthInYear { month, years } => Some(EventDate {
            year: reference?.year() + years as i32,
            month: Some(month),
            day: None,
        }),
        DateKind::Weekday(wd) => {
            let r = reference?;
            let back = (r.weekday().number_from_monday() as i64 - wd as i64).rem_euclid(7);
            Some(EventDate::day(r - Duration::days(back)))
        }
        DateKind::WeekdayOfWeek { weekday, weeks } => {
            let r = reference?;
            let monday = r - Duration::days(r.weekday().num_days_from_monday() as i64);
            Some(EventDate::day(
                monday + Duration::days(7 * weeks + weekday as i64 - 1),
            ))
        }
        DateKind::Days(n) => Some(EventDate::day(reference? + Duration::days(n))),
        // A week names no day: the month of the day that many weeks away
        // ("last week" on 3 December is November's).
        DateKind::Weeks(n) => {
            let day = reference? + Duration::days(7 * n);
            Some(EventDate {
                year: day.year(),
                month: Some(day.month()),
                day: None,
            })
        }
        DateKind::Months(n) => {
            let r = reference?;
            let month = EventDate {
                year: r.year(),
                month: Some(r.month()),
                day: None,
            };
            shift_months(month, n)
        }
        DateKind::Season { end, step } => {
            let r = reference?;
            let over = r.month() > end;
            let year = match step {
                s if s < 0 => r.year() - i32::from(!over),
                0 => r.year(),
                _ => r.year() + i32::from(over),
            };
            Some(EventDate {
                year,
                month: None,
                day: None,
            })
        }
        DateKind::Years(n) => Some(EventDate {
            year: reference?.year() + n as i32,
            month: None,
            day: None,
        }),
        // (`DateKind::needs_anchor`.)
        DateKind::Anchored(_)
        | DateKind::Later(_)
        | DateKind::Same(_)
        | DateKind::Then
        | DateKind::Vague => None,
    }
}

/// `anchor` moved by `days`, when the anchor is a day.
pub fn shift(anchor: EventDate, days: i64) -> Option<EventDate> {
    Some(EventDate::day(anchor.to_naive()? + Duration::days(days)))
}

/// `anchor` moved by `days` at its own precision: a month named without
/// its day moves by whole months ("tiga bulan setelah" a May is a
/// February), a year, or a span of whole years, by years; a span too short
/// for the precision gives nothing.
pub fn shift_at_precision(anchor: EventDate, days: i64) -> Option<EventDate> {
    let sign = days.signum();
    // ("two years after" a September: a year, not that September.)
    let whole_years = days.abs() >= 360 && days % 365 == 0;
    // ("nine years after talks began" names the year, not the day: to the
    // years below.)
    if anchor.day.is_some() && !(whole_years && days.abs() >= 2 * 365) {
        // ("exactly a year after" 2024-01-29 is 2025-01-29: a year is a
        // calendar year, whatever leap day lies between.)
        if whole_years {
            let months = chrono::Months::new(12);
            let day = anchor.to_naive()?;
            let moved = if sign > 0 {
                day.checked_add_months(months)
            } else {
                day.checked_sub_months(months)
            };
            return moved.map(EventDate::day);
        }
        return shift(anchor, days);
    }
    match anchor.month {
        Some(_) if days.abs() >= 28 && !whole_years => {
            shift_months(anchor, sign * ((days.abs() + 15) / 30))
        }
        _ if days.abs() >= 360 => Some(EventDate {
            year: anchor.year + (sign * ((days.abs() + 180) / 365)) as i32,
            month: None,
            day: None,
        }),
        _ => None,
    }
}

/// A month-precise `anchor` moved by `months`.
pub fn shift_months(anchor: EventDate, months: i64) -> Option<EventDate> {
    let total = anchor.year as i64 * 12 + anchor.month? as i64 - 1 + months;
    Some(EventDate {
        year: total.div_euclid(12) as i32,
        month: Some(total.rem_euclid(12) as u32 + 1),
        day: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::tokens::tokenize;

    fn words() -> DateWords {
        let lex = crate::lexicon::Lexicon::builtin().unwrap();
        lex.language(crate::model::Lang::Id).dates.clone()
    }

    fn kinds(s: &str, w: &DateWords) -> Vec<DateKind> {
        let t = tokenize(s, Span::new(0, s.len()));
        find(&t, w).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn indonesian_forms() {
        let w = words();
        assert_eq!(
            kinds("pada Kamis (20/6)", &w),
            [DateKind::DayMonth {
                day: 20,
                month: 6,
                weekday: Some(4)
            }]
        );
        assert_eq!(
            kinds("Kamis (20/6/2024)", &w),
            [DateKind::Absolute(EventDate {
                year: 2024,
                month: Some(6),
                day: Some(20)
            })]
        );
        assert_eq!(
            kinds("pada Februari 2022", &w),
            [DateKind::Absolute(EventDate {
                year: 2022,
                month: Some(2),
                day: None
            })]
        );
        assert_eq!(
            kinds("sehari setelah pertemuan", &w),
            [DateKind::Anchored(1)]
        );
        assert_eq!(kinds("dua hari lalu", &w), [DateKind::Days(-2)]);
        assert_eq!(kinds("pekan lalu", &w), [DateKind::Weeks(-1)]);
        assert_eq!(kinds("kemarin", &w), [DateKind::Days(-1)]);
    }

    #[test]
    fn weekday_fixes_the_year() {
        assert_eq!(infer_year(20, 6, 4, Some(2022)), Some(2024));
        assert_eq!(infer_year(20, 6, 4, None), Some(2024));
    }

    #[test]
    fn weekday_resolves_to_the_last_such_day() {
        let r = NaiveDate::from_ymd_opt(2024, 6, 21).unwrap(); // a Friday
        assert_eq!(
            resolve(DateKind::Weekday(4), Some(r)).unwrap().to_string(),
            "2024-06-20"
        );
        assert_eq!(
            resolve(DateKind::Months(-1), Some(r)).unwrap().to_string(),
            "2024-05"
        );
    }

    #[test]
    fn whole_years_move_by_the_calendar() {
        let day = |y, m, d| EventDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        // (2024 is a leap year: 365 days before 2025-01-29 is 2024-01-30.)
        assert_eq!(
            shift_at_precision(day(2025, 1, 29), -365)
                .unwrap()
                .to_string(),
            "2024-01-29"
        );
        assert_eq!(
            shift_at_precision(day(2024, 2, 29), 365)
                .unwrap()
                .to_string(),
            "2025-02-28"
        );
        assert_eq!(
            shift_at_precision(day(2025, 9, 23), -9 * 365)
                .unwrap()
                .to_string(),
            "2016"
        );
        assert_eq!(
            shift_at_precision(day(2024, 6, 19), 2).unwrap().to_string(),
            "2024-06-21"
        );
    }
}
