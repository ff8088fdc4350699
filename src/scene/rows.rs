//! What the legend of a year map lists: a block per power shown (its name, home territory,
//! and each status it holds on the map), then one for the lines and symbols drawn. Only
//! what is on the map is listed; the list of everything a scenario could show sizes the
//! legend band of narrow maps, so that all its maps have the same height.

use super::areas::uncertain_border;
use super::legend::{Legend, Row, Swatch};
use super::lines::{self, rail_strokes, treaty_strokes};
use super::style::{casing, control_paint};
use super::{Fill, Theme};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::{Certainty, Control, Date, Region, Scenario, Status, TreatyLine};
use crate::timeline::{History, State};

/// A power as the legend lists it: whether its home territory is on the map, and the
/// statuses it holds there, in the scenario's order.
pub(super) struct Shown<'s> {
    pub power: usize,
    pub home: bool,
    pub statuses: Vec<&'s Status>,
    /// The overlays it holds, as the legend names them.
    pub overlays: Vec<String>,
}

/// What the legend lists besides the powers.
pub(super) struct Symbols {
    /// Treaty line names, each once, with their agreement's number (see
    /// [`super::lines::agreement`]).
    pub lines: Vec<(String, usize)>,
    /// The agreement of the first line drawn whose course is uncertain, if any.
    pub uncertain_line: Option<usize>,
    pub uncertain_region: bool,
    /// Whether a region whose control is doubtful is drawn.
    pub doubtful: bool,
    pub railway: bool,
    /// The scale the treaty lines are drawn at on the map (its text scale, see
    /// [`super::lines::treaty_lines`]), so that their swatches show the same dashes.
    pub line_scale: f64,
}

/// Every power of the scenario with its home territory shown if `home(power id)`, the
/// statuses for which `holds(power id, status id)` and the overlays `overlays(power id)`.
pub(super) fn shown<'s>(
    scenario: &'s Scenario,
    home: impl Fn(&str) -> bool,
    holds: impl Fn(&str, &str) -> bool,
    overlays: impl Fn(&str) -> Vec<String>,
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
            overlays: overlays(&power.id),
        })
        .collect()
}

/// The legend's blocks: one per power shown (its name at `date`, home territory,
/// statuses), then one for lines and symbols.
pub(super) fn blocks(
    scenario: &Scenario,
    theme: &Theme,
    language: Language,
    s: f64,
    date: Date,
    shown: &[Shown],
    symbols: &Symbols,
) -> Vec<Vec<Row>> {
    let mut blocks = Vec::new();
    for held in shown {
        if !held.home && held.statuses.is_empty() && held.overlays.is_empty() {
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
                words: say(language, &m::LEGEND_HOME, []),
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
        for words in &held.overlays {
            rows.push(Row {
                swatch: Swatch::Line(casing(color, s)),
                words: words.clone(),
            });
        }
        blocks.push(rows);
    }
    blocks.push(symbol_rows(theme, language, s, symbols));
    blocks
}

/// The rows for treaty lines, uncertain courses and boundaries, and railways.
fn symbol_rows(theme: &Theme, language: Language, s: f64, symbols: &Symbols) -> Vec<Row> {
    let mut rows = Vec::new();
    for (name, agreement) in &symbols.lines {
        rows.push(Row {
            swatch: Swatch::Line(treaty_strokes(theme, symbols.line_scale, *agreement, false).0),
            words: name.clone(),
        });
    }
    if let Some(agreement) = symbols.uncertain_line {
        let swatch = match treaty_strokes(theme, symbols.line_scale, agreement, true) {
            (line, Some(breaks)) => Swatch::Cased(line, breaks),
            (line, None) => Swatch::Line(line),
        };
        rows.push(Row {
            swatch,
            words: say(language, &m::LEGEND_COURSE_UNCERTAIN, []),
        });
    }
    if symbols.uncertain_region {
        rows.push(Row {
            swatch: Swatch::Area {
                fill: Fill::None,
                stroke: Some(uncertain_border(theme, s)),
            },
            words: say(language, &m::LEGEND_BOUNDARY_UNCERTAIN, []),
        });
    }
    if symbols.doubtful {
        rows.push(Row {
            swatch: Swatch::Area {
                fill: Fill::Color(theme.muted.mix(theme.paper, 0.6), 1.0),
                stroke: Some(uncertain_border(theme, s)),
            },
            words: say(language, &m::LEGEND_DOUBTFUL, []),
        });
    }
    if symbols.railway {
        let (casing, centre) = rail_strokes(theme, s);
        rows.push(Row {
            swatch: Swatch::Cased(casing, centre),
            words: say(language, &m::LEGEND_RAILWAY, []),
        });
    }
    rows
}

/// The names of `drawn` lines, each once, with their agreement's number.
pub(super) fn line_names(scenario: &Scenario, drawn: &[&TreatyLine]) -> Vec<(String, usize)> {
    let mut names: Vec<(String, usize)> = Vec::new();
    for l in drawn {
        if !names.iter().any(|(n, _)| *n == l.name) {
            names.push((l.name.clone(), lines::agreement(scenario, &l.name)));
        }
    }
    names
}

/// The agreement of the first of `drawn` lines whose course is uncertain.
pub(super) fn uncertain_line(scenario: &Scenario, drawn: &[&TreatyLine]) -> Option<usize> {
    drawn
        .iter()
        .find(|l| l.certainty == Certainty::Low)
        .map(|l| lines::agreement(scenario, &l.name))
}

/// How the legend names a held overlay: its name and its status, unless the name says
/// it already ("South Manchuria Railway zone", a railway zone).
pub(super) fn overlay_words(language: Language, name: &str, status: &str) -> String {
    if name.to_lowercase().contains(&status.to_lowercase()) {
        name.to_string()
    } else {
        crate::words::bracket(language, name, status)
    }
}

/// The height of the legend band of narrow maps, `max_width` wide: the tallest band of any
/// state of the timeline (each an upper bound of what a map of that state lists), so that
/// every map of a scenario has the same height and no band is emptier than it must be.
pub(super) fn tallest_band(
    scenario: &Scenario,
    theme: &Theme,
    language: Language,
    s: f64,
    ts: f64,
    max_width: f64,
) -> f64 {
    let history = History::new(scenario);
    history
        .steps()
        .iter()
        .map(|step| {
            let blocks = state_blocks(scenario, theme, language, s, &step.state);
            Legend::band(blocks, ts, max_width).size.y
        })
        .fold(0.0, f64::max)
}

/// Every power with its home territory (when the basemap has one), the statuses it holds
/// over ordinary regions in `controls` and the overlays it holds there, as the legend
/// names them.
fn shown_for<'s>(
    scenario: &'s Scenario,
    language: Language,
    controls: &[(&Region, &Control)],
) -> Vec<Shown<'s>> {
    shown(
        scenario,
        |power| {
            scenario
                .basemap
                .iter()
                .any(|b| b.power.as_deref() == Some(power))
        },
        |power, status| {
            controls
                .iter()
                .any(|(r, c)| !r.overlay && c.power == power && c.status == status)
        },
        |power| {
            let mut words: Vec<String> = Vec::new();
            for (r, c) in controls
                .iter()
                .filter(|(r, c)| r.overlay && c.power == power)
            {
                let name = c.label.as_deref().unwrap_or(&r.name);
                let w = overlay_words(language, name, scenario.status_label(&c.status));
                if !words.contains(&w) {
                    words.push(w);
                }
            }
            words
        },
    )
}

/// What the legend of a map of `state` can list, from the data alone: every region as if
/// it were inside the frame, so at least as much as any such map lists.
fn state_blocks(
    scenario: &Scenario,
    theme: &Theme,
    language: Language,
    s: f64,
    state: &State,
) -> Vec<Vec<Row>> {
    let held: Vec<(&Region, &Control)> = scenario
        .regions
        .iter()
        .zip(&state.controls)
        .filter_map(|(r, h)| h.as_ref().map(|h| (r, &h.control)))
        .collect();
    let shown = shown_for(scenario, language, &held);
    let in_force: Vec<_> = scenario
        .lines
        .iter()
        .filter(|l| lines::in_force(scenario, state, l))
        .collect();
    let symbols = Symbols {
        lines: line_names(scenario, &in_force),
        uncertain_line: uncertain_line(scenario, &in_force),
        uncertain_region: scenario
            .regions
            .iter()
            .any(|r| r.certainty == Certainty::Low),
        doubtful: held.iter().any(|(_, c)| c.doubtful()),
        railway: scenario.railways.iter().any(|r| {
            r.from.is_none_or(|d| d <= state.date) && r.until.is_none_or(|d| state.date < d)
        }),
        // The band's size does not depend on how the swatches are dashed.
        line_scale: s,
    };
    blocks(scenario, theme, language, s, state.date, &shown, &symbols)
}

/// The blocks of everything the scenario could show: every power with a home territory
/// or a status some event gives it (named as on the last event's date), every treaty
/// line, and the symbols any map of the scenario could draw.
#[cfg(test)]
fn full_blocks(scenario: &Scenario, theme: &Theme, language: Language, s: f64) -> Vec<Vec<Row>> {
    use crate::model::ControlChange;
    let date = scenario
        .events
        .iter()
        .map(|e| e.date)
        .max()
        .unwrap_or(Date::end_of_year(scenario.end));
    // Every control some event sets, with the region it is set on.
    let sets: Vec<(&Region, &Control)> = scenario
        .events
        .iter()
        .flat_map(|e| &e.changes)
        .filter_map(|(id, c)| {
            let r = scenario.regions.iter().find(|r| r.id == *id)?;
            match c {
                ControlChange::Set(c) => Some((r, c)),
                ControlChange::Clear => None,
            }
        })
        .collect();
    let shown = shown_for(scenario, language, &sets);
    let all: Vec<&TreatyLine> = scenario.lines.iter().collect();
    let symbols = Symbols {
        lines: line_names(scenario, &all),
        uncertain_line: uncertain_line(scenario, &all),
        uncertain_region: scenario
            .regions
            .iter()
            .any(|r| r.certainty == Certainty::Low),
        doubtful: sets.iter().any(|(_, c)| c.doubtful()),
        railway: !scenario.railways.is_empty(),
        line_scale: s,
    };
    blocks(scenario, theme, language, s, date, &shown, &symbols)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_texts;

    /// The `three-powers` test scenario, each file passed through `edit(name, text)`.
    fn three_powers(edit: impl Fn(&str, String) -> String) -> Scenario {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/three-powers");
        let names = [
            "scenario.toml",
            "regions.geojson",
            "basemap.geojson",
            "lines.geojson",
            "places.geojson",
        ];
        let texts: Vec<(&str, String)> = names
            .iter()
            .map(|n| (*n, edit(n, std::fs::read_to_string(dir.join(n)).unwrap())))
            .collect();
        let files: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        from_texts(&files).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The words of each block of the legend of everything the scenario could show.
    fn full_words(scenario: &Scenario) -> Vec<Vec<String>> {
        full_blocks(scenario, &Theme::default(), Language::En, 1.0)
            .into_iter()
            .map(|b| b.into_iter().map(|r| r.words).collect())
            .collect()
    }

    /// Expected blocks, written out from `tests/scenarios/three-powers`: each power's
    /// name on the last event's date (Borealis is "Borealian Union" from 1904), home
    /// territory when the basemap has one, and the statuses some event gives it, in the
    /// order of `[statuses]` (mandate, condominium, trade zone, claim).
    fn blocks_of(b: &[&[&str]]) -> Vec<Vec<String>> {
        b.iter()
            .map(|r| r.iter().map(|w| w.to_string()).collect())
            .collect()
    }

    #[test]
    fn the_full_legend_lists_everything_the_scenario_can_show() {
        let s = three_powers(|_, t| t);
        assert_eq!(
            full_words(&s),
            blocks_of(&[
                &["Aurelia", "home territory", "mandate", "trade zone"],
                &[
                    "Borealian Union",
                    "home territory",
                    "mandate",
                    "condominium"
                ],
                &["Cyrenia", "home territory", "mandate", "claim"],
                // One treaty line (low certainty), one uncertain region, one railway.
                &[
                    "Condominium Act line",
                    "course uncertain (dotted)",
                    "boundary uncertain",
                    "railway"
                ],
            ])
        );
    }

    #[test]
    fn the_full_legend_lists_nothing_the_scenario_cannot_show() {
        // A fourth power that holds nothing and has no home; Cyrenia's home given to
        // Aurelia; the one treaty line certain; no uncertain region.
        let s = three_powers(|name, t| match name {
            "scenario.toml" => t.replace(
                "[statuses.mandate]",
                "[powers.dacia]\nname = \"Dacia\"\ncolor = \"#884488\"\n\n[statuses.mandate]",
            ),
            "basemap.geojson" => t.replace("\"power\": \"cyrenia\"", "\"power\": \"aurelia\""),
            "lines.geojson" => t.replace("\"certainty\": \"low\"", "\"certainty\": \"high\""),
            "regions.geojson" => t.replace("\"certainty\": \"low\"", "\"certainty\": \"medium\""),
            _ => t,
        });
        assert_eq!(s.powers.len(), 4, "the edit added a power");
        assert_eq!(
            full_words(&s),
            blocks_of(&[
                &["Aurelia", "home territory", "mandate", "trade zone"],
                &[
                    "Borealian Union",
                    "home territory",
                    "mandate",
                    "condominium"
                ],
                &["Cyrenia", "mandate", "claim"],
                &["Condominium Act line", "railway"],
            ])
        );
    }

    #[test]
    fn a_power_is_listed_for_its_home_or_its_statuses_alone() {
        let s = three_powers(|_, t| t);
        let status = |id: &str| s.statuses.iter().find(|st| st.id == id).unwrap();
        let shown = [
            Shown {
                power: 0,
                home: true,
                statuses: vec![],
                overlays: vec![],
            },
            Shown {
                power: 1,
                home: false,
                statuses: vec![status("claim")],
                overlays: vec![],
            },
            Shown {
                power: 2,
                home: false,
                statuses: vec![],
                overlays: vec![],
            },
        ];
        let symbols = Symbols {
            lines: vec![],
            uncertain_line: None,
            uncertain_region: false,
            doubtful: false,
            railway: false,
            line_scale: 1.0,
        };
        let date = Date::parse("1900-01-01").unwrap();
        let words: Vec<Vec<String>> = blocks(
            &s,
            &Theme::default(),
            Language::En,
            1.0,
            date,
            &shown,
            &symbols,
        )
        .into_iter()
        .map(|b| b.into_iter().map(|r| r.words).collect())
        .collect();
        assert_eq!(
            words,
            blocks_of(&[&["Aurelia", "home territory"], &["Borealis", "claim"], &[],])
        );
    }
}
