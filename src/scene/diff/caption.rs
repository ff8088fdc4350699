//! The words of the diff map: its title and subtitle, the caption of the events in
//! between (in columns under the map), and the alt text.

use geo::Coord;

use super::super::text::{CAP_HEIGHT, fit_size, width};
use super::super::{Item, Prepared, Text};
use crate::diff::Change;
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::Scenario;
use crate::timeline::State;
use crate::words::{
    change_of, control_words, dated_event, event_dated, lower_first, parts, sentences,
};

/// The alt text: what changed, region by region, and the events in between.
pub(super) fn describe(
    language: Language,
    scenario: &Scenario,
    a: &State,
    b: &State,
    changes: &[Change],
    between: &[usize],
) -> String {
    let mut text = vec![say(
        language,
        &m::DIFF_ALT_INTRO,
        [
            &lower_first(language, scenario.title_at(a.date.max(b.date))),
            &a.date.long_in(language),
            &b.date.long_in(language),
        ],
    )];
    if changes.is_empty() {
        text.push(say(language, &m::DIFF_ALT_NONE, []));
    } else {
        let items: Vec<String> = changes
            .iter()
            .map(|c| {
                change_of(
                    language,
                    &c.name,
                    &control_words(language, scenario, c.before.as_ref(), a.date, &c.name),
                    &control_words(language, scenario, c.after.as_ref(), b.date, &c.name),
                )
            })
            .collect();
        text.push(parts(language, &items));
    }
    if !between.is_empty() {
        let events: Vec<String> = between
            .iter()
            .map(|&i| {
                let e = &scenario.events[i];
                event_dated(language, &e.title, e.date)
            })
            .collect();
        text.push(say(
            language,
            &m::DIFF_ALT_EVENTS,
            [&parts(language, &events)],
        ));
    }
    sentences(language, &text)
}

/// The events in between, in columns under the map; returns the items and the bottom.
pub(super) fn caption(
    scenario: &Scenario,
    p: &Prepared,
    between: &[usize],
    touched: &[usize],
    x: f64,
    top: f64,
    avail: f64,
) -> (Vec<Item>, f64) {
    let (theme, ts, language) = (p.theme(), p.ts, p.language());
    let heading_size = 13.5 * ts;
    let size = 12.0 * ts;
    let line = 17.0 * ts;
    let mut items = Vec::new();
    let heading = if between.is_empty() {
        say(language, &m::DIFF_CAPTION_NONE, [])
    } else if between.iter().all(|e| touched.contains(e)) {
        say(language, &m::DIFF_CAPTION_EVENTS, [])
    } else {
        say(language, &m::DIFF_CAPTION_EVENTS_GREY, [])
    };
    let mut y = top + CAP_HEIGHT * heading_size + 4.0 * ts;
    items.push(Item::Text(Text::plain(
        Coord { x, y },
        heading,
        heading_size,
        true,
        theme.text,
        "caption-heading",
    )));
    if between.is_empty() {
        return (items, y + 6.0 * ts);
    }
    let entries: Vec<(String, bool)> = between
        .iter()
        .map(|&i| {
            let e = &scenario.events[i];
            (
                dated_event(language, e.date, &e.title),
                touched.contains(&i),
            )
        })
        .collect();
    let gap = 24.0 * ts;
    let widest = entries
        .iter()
        .map(|(t, _)| width(t, size, false, 0.0))
        .fold(0.0, f64::max);
    let columns = (((avail + gap) / (widest + gap)).floor() as usize).clamp(1, 3);
    let col_w = (avail - gap * (columns as f64 - 1.0)) / columns as f64;
    let rows = entries.len().div_ceil(columns);
    y += 4.0 * ts;
    for (k, (words, changed)) in entries.iter().enumerate() {
        let (col, row) = (k / rows, k % rows);
        items.push(Item::Text(Text::plain(
            Coord {
                x: x + col as f64 * (col_w + gap),
                y: y + line * (row as f64 + 1.0),
            },
            words.clone(),
            fit_size(words, size, false, col_w),
            false,
            if *changed { theme.text } else { theme.muted },
            if *changed {
                "caption-event"
            } else {
                "caption-event no-change"
            },
        )));
    }
    (items, y + line * rows as f64 + 6.0 * ts)
}
