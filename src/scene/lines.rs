//! Treaty lines and railways in force at a date, each with a casing so it reads over any
//! fill. Low-certainty treaty lines are dashed.

use super::chrome::lines_item;
use super::{Layer, Prepared, Purpose, Stroke, Theme};
use crate::model::{Certainty, Scenario};
use crate::timeline::State;

/// The treaty lines in force at the state's date, and what the legend needs of them.
pub(super) struct TreatyLines<'s> {
    pub layer: Layer,
    /// The names of the lines drawn, each once, in the scenario's order.
    pub names: Vec<&'s str>,
    /// Whether a line of low certainty is drawn.
    pub uncertain: bool,
}

/// The treaty lines shown from their event on, until their `until` (an event or date).
pub(super) fn treaty_lines<'s>(
    scenario: &'s Scenario,
    p: &Prepared,
    state: &State,
) -> TreatyLines<'s> {
    let theme = p.theme();
    let s = p.s;
    let mut items = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut uncertain = false;
    for (l, path) in scenario.lines.iter().zip(&p.lines) {
        let shown = state.reached(scenario, &l.event)
            && !l
                .until
                .as_deref()
                .is_some_and(|u| state.reached(scenario, u));
        if !shown || path.0.is_empty() {
            continue;
        }
        if !names.contains(&l.name.as_str()) {
            names.push(&l.name);
        }
        let low = l.certainty == Certainty::Low;
        uncertain |= low;
        items.push(lines_item(
            "treaty-casing",
            None,
            None,
            path,
            Stroke {
                color: theme.halo,
                width: 4.2 * s,
                opacity: 0.85,
                dash: vec![],
            },
        ));
        items.push(lines_item(
            if low {
                "treaty-line uncertain"
            } else {
                "treaty-line"
            },
            Some(format!("line-{}", l.id)),
            Some(format!("{} ({} certainty)", l.name, l.certainty.as_str())),
            path,
            treaty_stroke(theme, s, low),
        ));
    }
    TreatyLines {
        layer: Layer::new("treaty-lines", Purpose::Own, items),
        names,
        uncertain,
    }
}

/// The railways open at the state's date (from their `from` day, before their `until`).
pub(super) fn railways(scenario: &Scenario, p: &Prepared, state: &State) -> Layer {
    let mut items = Vec::new();
    for (r, path) in scenario.railways.iter().zip(&p.railways) {
        let open = r.from.is_none_or(|d| d <= state.date) && r.until.is_none_or(|d| state.date < d);
        if !open || path.0.is_empty() {
            continue;
        }
        let (casing, centre) = rail_strokes(p.theme(), p.s);
        items.push(lines_item(
            "railway-casing",
            Some(format!("rail-{}", r.id)),
            Some(r.name.clone()),
            path,
            casing,
        ));
        items.push(lines_item("railway", None, None, path, centre));
    }
    Layer::new("railways", Purpose::Own, items)
}

/// A treaty line: solid, or dashed when its course is uncertain (`low`).
pub(super) fn treaty_stroke(theme: &Theme, s: f64, low: bool) -> Stroke {
    Stroke {
        color: theme.treaty,
        width: 2.1 * s,
        opacity: 1.0,
        dash: if low {
            vec![7.0 * s, 4.5 * s]
        } else {
            Vec::new()
        },
    }
}

/// A railway's casing and its dashed centre.
pub(super) fn rail_strokes(theme: &Theme, s: f64) -> (Stroke, Stroke) {
    (
        Stroke::solid(theme.railway, 2.6 * s),
        Stroke {
            color: theme.paper,
            width: 1.2 * s,
            opacity: 1.0,
            dash: vec![4.0 * s, 4.0 * s],
        },
    )
}
