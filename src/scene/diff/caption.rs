//! The words of the diff map: its title and subtitle, the caption of the events in
//! between (in columns under the map), and the alt text.

use geo::Coord;

use super::super::text::{CAP_HEIGHT, fit_size, width};
use super::super::{Item, Prepared, Text};
use crate::diff::Change;
use crate::model::Scenario;
use crate::timeline::State;
use crate::words::{control_words, lower_first};

/// The alt text: what changed, region by region, and the events in between.
pub(super) fn describe(
    scenario: &Scenario,
    a: &State,
    b: &State,
    changes: &[Change],
    between: &[usize],
) -> String {
    let mut text = format!(
        "Map of the changes to {} from {} to {}.",
        lower_first(scenario.title_at(a.date.max(b.date))),
        a.date.long(),
        b.date.long()
    );
    if changes.is_empty() {
        text.push_str(" No region changed.");
    } else {
        let items: Vec<String> = changes
            .iter()
            .map(|c| {
                format!(
                    "{}: {} → {}",
                    c.name,
                    control_words(scenario, c.before.as_ref(), a.date, &c.name),
                    control_words(scenario, c.after.as_ref(), b.date, &c.name)
                )
            })
            .collect();
        text.push_str(&format!(" {}.", items.join("; ")));
    }
    if !between.is_empty() {
        let events: Vec<String> = between
            .iter()
            .map(|&i| {
                let e = &scenario.events[i];
                format!("{} ({})", e.title, e.date.long())
            })
            .collect();
        text.push_str(&format!(" Events in between: {}.", events.join("; ")));
    }
    text
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
    let (theme, ts) = (p.theme(), p.ts);
    let heading_size = 13.5 * ts;
    let size = 12.0 * ts;
    let line = 17.0 * ts;
    let mut items = Vec::new();
    let heading = if between.is_empty() {
        "No events in between.".to_string()
    } else if between.iter().all(|e| touched.contains(e)) {
        "Events in between:".to_string()
    } else {
        "Events in between (in grey: no change to the regions shown):".to_string()
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
                format!("{} — {}", e.date.long(), e.title),
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
