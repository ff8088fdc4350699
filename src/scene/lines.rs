//! Treaty lines and railways in force at a date, each with a casing so it reads over any
//! fill. The lines of each agreement (each distinct line name, in the scenario's order)
//! have their own dash pattern, the same on every map; where a course is uncertain the
//! same pattern is broken into dots (gaps in the halo's colour cut across each dash), so
//! a reader sees both which agreement a line is and how sure its course is.

use super::chrome::lines_item;
use super::{Layer, Prepared, Purpose, Stroke, Theme};
use crate::messages::{self as m, say};
use crate::model::{Certainty, Scenario, TreatyLine};
use crate::timeline::State;

/// The dash patterns of the agreements' lines, in order, in pixels at 1600 px: solid,
/// long dash, dash-dot, dash-dot-dot, short dash; a sixth agreement starts again.
const PATTERNS: [&[f64]; 5] = [
    &[],
    &[14.0, 6.0],
    &[13.0, 5.0, 2.5, 5.0],
    &[13.0, 4.5, 2.5, 4.5, 2.5, 4.5],
    &[6.0, 5.0],
];

/// The width of a treaty line at 1600 px.
const WIDTH: f64 = 2.1;
/// The gaps cut into an uncertain course, and about how long the dots left between them
/// are, at 1600 px.
const BREAK: f64 = 2.2;
const DOT: f64 = 2.6;

/// The breaks over an agreement's `pattern` that cut each of its dashes into dots: a dash
/// array of the same period, so every dash of the line is cut alike and the agreement's
/// rhythm stays (a long dash becomes a run of dots, its gaps stay gaps).
fn breaks(pattern: &[f64]) -> Vec<f64> {
    if pattern.is_empty() {
        return vec![BREAK, DOT];
    }
    // Runs drawn (a break) or not (a dot, or the pattern's gap), merged, from a break of
    // no length: the line starts with a dot as it starts with a dash.
    let mut runs: Vec<(bool, f64)> = vec![(true, 0.0)];
    let mut push = |drawn: bool, len: f64| match runs.last_mut() {
        Some(last) if last.0 == drawn => last.1 += len,
        _ => runs.push((drawn, len)),
    };
    for pair in pattern.chunks(2) {
        let (dash, gap) = (pair[0], pair.get(1).copied().unwrap_or(0.0));
        let dots = ((dash + BREAK) / (DOT + BREAK)).round().max(1.0);
        let dot = (dash - (dots - 1.0) * BREAK) / dots;
        for k in 0..dots as usize {
            if k > 0 {
                push(true, BREAK);
            }
            push(false, dot);
        }
        push(false, gap);
    }
    if runs.len() % 2 == 1 {
        runs.push((false, 0.0));
    }
    runs.into_iter().map(|(_, len)| len).collect()
}

/// Whether a treaty line is drawn at the state's date: from its event on, until its
/// `until` (an event or a date).
pub(super) fn in_force(scenario: &Scenario, state: &State, l: &TreatyLine) -> bool {
    state.reached(scenario, &l.event)
        && !l
            .until
            .as_deref()
            .is_some_and(|u| state.reached(scenario, u))
}

/// Which agreement a line name is: its place among the scenario's distinct line names.
pub(super) fn agreement(scenario: &Scenario, name: &str) -> usize {
    let mut names: Vec<&str> = Vec::new();
    for l in &scenario.lines {
        if l.name == name {
            return names.len();
        }
        if !names.contains(&l.name.as_str()) {
            names.push(&l.name);
        }
    }
    names.len()
}

/// The treaty lines in force at the state's date, and what the legend needs of them.
pub(super) struct TreatyLines<'s> {
    pub layer: Layer,
    /// The lines drawn, in the scenario's order.
    pub drawn: Vec<&'s TreatyLine>,
}

/// The treaty lines shown from their event on, until their `until` (an event or date).
pub(super) fn treaty_lines<'s>(
    scenario: &'s Scenario,
    p: &Prepared,
    state: &State,
) -> TreatyLines<'s> {
    let theme = p.theme();
    // By the text scale, so that the dashes still tell the agreements apart on small maps
    // (the legend's swatches are drawn at the same scale).
    let s = p.ts;
    let mut items = Vec::new();
    let mut drawn = Vec::new();
    for (l, path) in scenario.lines.iter().zip(&p.lines) {
        if !in_force(scenario, state, l) || path.0.is_empty() {
            continue;
        }
        drawn.push(l);
        let low = l.certainty == Certainty::Low;
        items.push(lines_item(
            "treaty-casing",
            None,
            None,
            path,
            Stroke {
                color: theme.halo,
                width: 2.0 * WIDTH * s,
                opacity: 0.85,
                dash: vec![],
            },
        ));
        let n = agreement(scenario, &l.name);
        let (line, breaks) = treaty_strokes(theme, s, n, low);
        items.push(lines_item(
            &format!(
                "treaty-line agreement-{}{}",
                n + 1,
                if low { " uncertain" } else { "" }
            ),
            Some(format!("line-{}", l.id)),
            Some(say(
                p.language(),
                &m::LINE_TOOLTIP,
                [&l.name, &l.certainty.as_str()],
            )),
            path,
            line,
        ));
        if let Some(breaks) = breaks {
            items.push(lines_item("treaty-breaks", None, None, path, breaks));
        }
    }
    TreatyLines {
        layer: Layer::new("treaty-lines", Purpose::Own, items),
        drawn,
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
            Some(r.name_at(state.date).to_string()),
            path,
            casing,
        ));
        items.push(lines_item("railway", None, None, path, centre));
    }
    Layer::new("railways", Purpose::Own, items)
}

/// The line of the `agreement`-th agreement at scale `s`, in its dash pattern, and where
/// its course is uncertain (`low`) the breaks drawn over it: short gaps in the halo's
/// colour all along, which turn each dash into a row of dots.
pub(super) fn treaty_strokes(
    theme: &Theme,
    s: f64,
    agreement: usize,
    low: bool,
) -> (Stroke, Option<Stroke>) {
    let pattern = PATTERNS[agreement % PATTERNS.len()];
    let line = Stroke {
        color: theme.treaty,
        width: WIDTH * s,
        opacity: 1.0,
        dash: pattern.iter().map(|d| d * s).collect(),
    };
    let breaks = low.then(|| Stroke {
        color: theme.halo,
        width: WIDTH * s + 0.6,
        opacity: 1.0,
        dash: breaks(pattern).iter().map(|d| d * s).collect(),
    });
    (line, breaks)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_agreement_has_its_own_dashes_and_uncertainty_breaks_them_into_dots() {
        for name in Theme::NAMES {
            let theme = Theme::named(name).unwrap();
            let firm: Vec<Stroke> = (0..PATTERNS.len())
                .map(|n| treaty_strokes(&theme, 1.0, n, false))
                .map(|(line, breaks)| {
                    assert!(breaks.is_none(), "{name}: a sure course is not broken");
                    line
                })
                .collect();
            for (i, a) in firm.iter().enumerate() {
                for b in &firm[i + 1..] {
                    assert_ne!(a.dash, b.dash, "{name}: two agreements drawn alike");
                }
            }
            for (n, f) in firm.iter().enumerate() {
                let (line, breaks) = treaty_strokes(&theme, 1.0, n, true);
                assert_eq!(&line, f, "{name}: the agreement's line is kept");
                let breaks = breaks.expect("an uncertain course is broken");
                assert_eq!(
                    breaks.color, theme.halo,
                    "{name}: by gaps in the halo's colour"
                );
                assert!(breaks.width > line.width, "{name}: across the whole line");
                let period = |d: &[f64]| d.iter().sum::<f64>();
                if !line.dash.is_empty() {
                    assert!(
                        (period(&breaks.dash) - period(&line.dash)).abs() < 1e-9,
                        "{name}: every dash cut alike"
                    );
                }
            }
        }
    }

    #[test]
    fn breaks_cut_each_dash_into_dots_and_leave_the_gaps() {
        // A long dash of 14 with a gap of 6: three dots of 1.93 with two breaks of 2.2.
        let b = breaks(&[14.0, 6.0]);
        assert_eq!(b.len() % 2, 0, "an even dash array: {b:?}");
        let dot = (14.0 - 2.0 * BREAK) / 3.0;
        let want = [0.0, dot, BREAK, dot, BREAK, dot + 6.0];
        assert_eq!(b.len(), want.len(), "{b:?}");
        for (x, y) in b.iter().zip(want) {
            assert!((x - y).abs() < 1e-9, "{b:?}");
        }
        // A short dot stays one dot.
        let b = breaks(&[13.0, 5.0, 2.5, 5.0]);
        assert!((b.iter().sum::<f64>() - 25.5).abs() < 1e-9, "{b:?}");
        assert_eq!(breaks(&[]), vec![BREAK, DOT]);
    }

    #[test]
    fn agreements_are_numbered_by_the_scenarios_distinct_line_names() {
        let s = crate::load::built_in().unwrap();
        assert_eq!(agreement(&s, "1907 line (First Agreement)"), 0);
        assert_eq!(agreement(&s, "1912 line (Third Agreement)"), 1);
    }
}
