//! What the legend of a year map lists: a block per power shown (its name, home territory,
//! and each status it holds on the map), then one for the lines and symbols drawn. Only
//! what is on the map is listed; the list of everything a scenario could show sizes the
//! legend band of narrow maps, so that all its maps have the same height.

use super::areas::uncertain_border;
use super::legend::{Legend, Row, Swatch};
use super::lines::{rail_strokes, treaty_stroke};
use super::style::control_paint;
use super::{Fill, Theme};
use crate::model::{Certainty, ControlChange, Date, Scenario, Status};

/// A power as the legend lists it: whether its home territory is on the map, and the
/// statuses it holds there, in the scenario's order.
pub(super) struct Shown<'s> {
    pub power: usize,
    pub home: bool,
    pub statuses: Vec<&'s Status>,
}

/// What the legend lists besides the powers.
pub(super) struct Symbols {
    /// Treaty line names, each once.
    pub lines: Vec<String>,
    pub uncertain_line: bool,
    pub uncertain_region: bool,
    pub railway: bool,
}

/// Every power of the scenario with its home territory shown if `home(power id)`, and the
/// statuses for which `holds(power id, status id)`.
pub(super) fn shown<'s>(
    scenario: &'s Scenario,
    home: impl Fn(&str) -> bool,
    holds: impl Fn(&str, &str) -> bool,
) -> Vec<Shown<'s>> {
    scenario
        .powers
        .iter()
        .enumerate()
        .map(|(i, power)| Shown {
            power: i,
            home: home(&power.id),
            statuses: scenario
                .statuses
                .iter()
                .filter(|st| holds(&power.id, &st.id))
                .collect(),
        })
        .collect()
}

/// The legend's blocks: one per power shown (its name at `date`, home territory,
/// statuses), then one for lines and symbols.
pub(super) fn blocks(
    scenario: &Scenario,
    theme: &Theme,
    s: f64,
    date: Date,
    shown: &[Shown],
    symbols: &Symbols,
) -> Vec<Vec<Row>> {
    let mut blocks = Vec::new();
    for held in shown {
        if !held.home && held.statuses.is_empty() {
            continue;
        }
        let power = &scenario.powers[held.power];
        let mut rows = vec![Row {
            swatch: Swatch::Heading,
            words: power.name_at(date).to_string(),
        }];
        let color = theme.power_color(power.color, held.power);
        if held.home {
            rows.push(Row {
                swatch: Swatch::Area {
                    fill: Fill::Color(theme.home_fill(color), 1.0),
                    stroke: None,
                },
                words: "home territory".into(),
            });
        }
        for st in &held.statuses {
            let pid = format!("pattern-{}-{}", power.id, st.id);
            let (fill, _, extra) = control_paint(theme, &pid, color, st.style, s);
            rows.push(Row {
                swatch: Swatch::Area {
                    fill,
                    stroke: extra,
                },
                words: st.label.clone(),
            });
        }
        blocks.push(rows);
    }
    blocks.push(symbol_rows(theme, s, symbols));
    blocks
}

/// The rows for treaty lines, uncertain courses and boundaries, and railways.
fn symbol_rows(theme: &Theme, s: f64, symbols: &Symbols) -> Vec<Row> {
    let mut rows = Vec::new();
    for name in &symbols.lines {
        rows.push(Row {
            swatch: Swatch::Line(treaty_stroke(theme, s, false)),
            words: name.clone(),
        });
    }
    if symbols.uncertain_line {
        rows.push(Row {
            swatch: Swatch::Line(treaty_stroke(theme, s, true)),
            words: "course uncertain".into(),
        });
    }
    if symbols.uncertain_region {
        rows.push(Row {
            swatch: Swatch::Area {
                fill: Fill::None,
                stroke: Some(uncertain_border(theme, s)),
            },
            words: "boundary uncertain".into(),
        });
    }
    if symbols.railway {
        let (casing, centre) = rail_strokes(theme, s);
        rows.push(Row {
            swatch: Swatch::Cased(casing, centre),
            words: "railway".into(),
        });
    }
    rows
}

/// The legend of everything the scenario could show at any date, laid out as a band
/// `max_width` wide: its height is the band's on every narrow map of the scenario.
pub(super) fn full_legend(
    scenario: &Scenario,
    theme: &Theme,
    s: f64,
    ts: f64,
    max_width: f64,
) -> Legend {
    let date = scenario
        .events
        .iter()
        .map(|e| e.date)
        .max()
        .unwrap_or(Date::end_of_year(scenario.end));
    let shown = shown(
        scenario,
        |power| {
            scenario
                .basemap
                .iter()
                .any(|b| b.power.as_deref() == Some(power))
        },
        |power, status| {
            scenario
                .events
                .iter()
                .flat_map(|e| &e.changes)
                .any(|(_, c)| {
                    matches!(c, ControlChange::Set(c) if c.power == power && c.status == status)
                })
        },
    );
    let mut lines: Vec<String> = Vec::new();
    for l in &scenario.lines {
        if !lines.contains(&l.name) {
            lines.push(l.name.clone());
        }
    }
    let symbols = Symbols {
        lines,
        uncertain_line: scenario.lines.iter().any(|l| l.certainty == Certainty::Low),
        uncertain_region: scenario
            .regions
            .iter()
            .any(|r| r.certainty == Certainty::Low),
        railway: !scenario.railways.is_empty(),
    };
    Legend::band(
        blocks(scenario, theme, s, date, &shown, &symbols),
        ts,
        max_width,
    )
}
