//! How the diff map paints changes: each kind of change its fill in the powers' colours,
//! unchanged holdings faded, and the legend rows that name what is on the map.

use std::f64::consts::SQRT_2;

use super::super::areas::RegionLook;
use super::super::legend::{Row, Swatch};
use super::super::style::whole_tile;
use super::super::{Fill, Pattern, PatternKind, Prepared, Stroke, Theme};
use super::Regions;
use crate::diff::{Change, ChangeKind};
use crate::messages::{self as m, say};
use crate::model::{Color, Control, Scenario};
use crate::timeline::State;
use crate::words::{change_of, control_words};

/// How far unchanged holdings are faded towards the paper.
const FADE: f64 = 0.8;

/// A power's colour faded towards the paper: unchanged holdings and home territory.
pub(super) fn faded(p: &Prepared, scenario: &Scenario, power: &str) -> Color {
    p.power_color(scenario, power).mix(p.theme().paper, FADE)
}

/// A changed region: painted by the kind of change, outlined dark (dashed when its
/// boundary is uncertain), its tooltip saying what it was and what it became.
pub(super) fn changed_look(
    scenario: &Scenario,
    p: &Prepared,
    c: &Change,
    patterns: &mut Vec<Pattern>,
    a: &State,
    b: &State,
    low: bool,
) -> RegionLook {
    let s = p.s;
    let power_color = |id: &str| p.power_color(scenario, id);
    let paint = change_paint(p.theme(), c, &power_color, p.ts);
    if let Some(pat) = paint.pattern
        && !patterns.iter().any(|q| q.id == pat.id)
    {
        patterns.push(pat);
    }
    let language = p.language();
    RegionLook {
        class: format!("region changed {}", c.kind.as_str()),
        title: change_of(
            language,
            &scenario.regions[c.region].name,
            &control_words(language, scenario, c.before.as_ref(), a.date, &c.name),
            &control_words(language, scenario, c.after.as_ref(), b.date, &c.name),
        ),
        fill: paint.fill,
        stroke: None,
        border: Some((
            if low {
                "change-outline uncertain"
            } else {
                "change-outline"
            },
            Stroke {
                color: p.theme().text,
                width: 1.8 * s,
                opacity: 0.9,
                dash: if low {
                    vec![6.0 * s, 3.5 * s]
                } else {
                    Vec::new()
                },
            },
        )),
    }
}

/// An unchanged region: faded, with a thin border (muted and dashed when uncertain).
pub(super) fn unchanged_look(
    scenario: &Scenario,
    p: &Prepared,
    i: usize,
    b: &State,
    low: bool,
) -> RegionLook {
    let (s, theme) = (p.s, p.theme());
    let r = &scenario.regions[i];
    let held = b.controls.get(i).and_then(|h| h.as_ref());
    let fill = held.map_or(Fill::None, |h| {
        Fill::Color(faded(p, scenario, &h.control.power), 1.0)
    });
    RegionLook {
        class: match held {
            Some(h) => format!("region unchanged {}", h.control.power),
            None => "region unchanged none".into(),
        },
        title: say(
            p.language(),
            &m::REGION_UNCHANGED,
            [
                &r.name,
                &control_words(
                    p.language(),
                    scenario,
                    held.map(|h| &h.control),
                    b.date,
                    &r.name,
                ),
            ],
        ),
        fill,
        stroke: None,
        border: Some((
            "region-border",
            if low {
                Stroke {
                    color: theme.muted,
                    width: 1.0 * s,
                    opacity: 0.8,
                    dash: vec![5.0 * s, 3.5 * s],
                }
            } else {
                Stroke {
                    color: theme.region_border,
                    width: 1.1 * s,
                    opacity: 0.9,
                    dash: Vec::new(),
                }
            },
        )),
    }
}

/// A power's name at a moment; the id of a power the scenario does not know.
fn power_name(scenario: &Scenario, id: &str, state: &State) -> String {
    scenario.power_name(id, state.date).to_string()
}

/// The legend: the kinds of change on this map, then the faded powers, then the
/// uncertain boundary if one is drawn.
pub(super) fn legend_rows(
    scenario: &Scenario,
    p: &Prepared,
    regions: &Regions,
    a: &State,
    b: &State,
) -> Vec<Row> {
    let (s, theme) = (p.s, p.theme());
    let mut rows = change_rows(scenario, p, &regions.kinds, a, b);
    let faded_rows: Vec<Row> = scenario
        .powers
        .iter()
        .filter(|q| regions.unchanged_powers.contains(&q.id.as_str()))
        .map(|q| Row {
            swatch: Swatch::Area {
                fill: Fill::Color(faded(p, scenario, &q.id), 1.0),
                stroke: None,
            },
            words: power_name(scenario, &q.id, b),
        })
        .collect();
    if !faded_rows.is_empty() {
        rows.push(Row {
            swatch: Swatch::Heading,
            words: say(p.language(), &m::LEGEND_UNCHANGED, []),
        });
        rows.extend(faded_rows);
    }
    if regions.uncertain {
        rows.push(Row {
            swatch: Swatch::Area {
                fill: Fill::None,
                stroke: Some(Stroke {
                    color: theme.text,
                    width: 1.2 * s,
                    opacity: 0.9,
                    dash: vec![5.0 * s, 3.5 * s],
                }),
            },
            words: say(p.language(), &m::LEGEND_BOUNDARY_UNCERTAIN, []),
        });
    }
    rows
}

/// The kinds of change on this map under a "Changed" heading, by kind, then by the
/// powers' order, each with a sample of its paint.
fn change_rows(
    scenario: &Scenario,
    p: &Prepared,
    kinds: &[(ChangeKind, Option<&str>, Option<&str>)],
    a: &State,
    b: &State,
) -> Vec<Row> {
    let mut rows = Vec::new();
    if !kinds.is_empty() {
        rows.push(Row {
            swatch: Swatch::Heading,
            words: say(p.language(), &m::LEGEND_CHANGED, []),
        });
    }
    let mut ordered = kinds.to_vec();
    let power_pos = |id: &Option<&str>| {
        id.and_then(|id| scenario.power_index(id))
            .unwrap_or(usize::MAX)
    };
    ordered.sort_by_key(|(k, x, y)| {
        (
            ChangeKind::ALL.iter().position(|q| q == k),
            power_pos(y),
            power_pos(x),
        )
    });
    let power_color = |id: &str| p.power_color(scenario, id);
    for (kind, before, after) in &ordered {
        let sample = Change {
            region: 0,
            id: String::new(),
            name: String::new(),
            before: before.map(control_of),
            after: after.map(control_of),
            kind: *kind,
            area_km2: 0.0,
            events: Vec::new(),
        };
        let paint = change_paint(p.theme(), &sample, &power_color, p.ts);
        let x = before
            .map(|q| power_name(scenario, q, a))
            .unwrap_or_default();
        let y = after
            .map(|q| power_name(scenario, q, b))
            .unwrap_or_default();
        let language = p.language();
        let words = match kind {
            ChangeKind::Gained => say(language, &m::CHANGE_GAINED, [&y]),
            ChangeKind::Lost => say(language, &m::CHANGE_LOST, [&x]),
            ChangeKind::Transferred => say(language, &m::CHANGE_TRANSFERRED, [&x, &y]),
            ChangeKind::StatusChanged => say(language, &m::CHANGE_STATUS, [&y]),
            ChangeKind::LabelChanged => say(language, &m::CHANGE_NAME, [&y]),
        };
        rows.push(Row {
            swatch: Swatch::Area {
                fill: paint.fill,
                stroke: Some(Stroke::solid(p.theme().text, 1.2 * p.s)),
            },
            words,
        });
    }
    rows
}

/// A control with only its power, for legend samples.
fn control_of(power: &str) -> Control {
    Control::new(power, "")
}

/// The fill of a changed region, and the pattern it needs.
struct Paint {
    fill: Fill,
    pattern: Option<Pattern>,
}

/// `s` scales the patterns; the text scale is used, so that patterns stay coarse enough
/// to read on small maps.
fn change_paint(theme: &Theme, c: &Change, power_color: &dyn Fn(&str) -> Color, s: f64) -> Paint {
    let before = c.before.as_ref().map(|x| x.power.as_str());
    let after = c.after.as_ref().map(|x| x.power.as_str());
    let col = |p: Option<&str>| p.map_or(theme.muted, power_color);
    // `size` is the line spacing (hatches) or the distance between dots, at 1600 px.
    let pattern = |id: String, kind, size: f64, color, background, weight: f64| Paint {
        fill: Fill::Pattern(id.clone()),
        pattern: Some(Pattern {
            id,
            kind,
            size: match kind {
                PatternKind::Hatch | PatternKind::Crosshatch => whole_tile(size * SQRT_2, s),
                _ => whole_tile(size, s),
            },
            color,
            background,
            weight: weight * s,
        }),
    };
    let key = |p: Option<&str>| p.unwrap_or("none").to_string();
    match c.kind {
        ChangeKind::Gained => Paint {
            fill: Fill::Color(col(after).mix(theme.paper, 0.2), 1.0),
            pattern: None,
        },
        ChangeKind::Lost => pattern(
            format!("diff-lost-{}", key(before)),
            PatternKind::Hatch,
            12.0,
            col(before),
            theme.paper,
            2.6,
        ),
        ChangeKind::Transferred => pattern(
            format!("diff-transferred-{}-{}", key(before), key(after)),
            PatternKind::Hatch,
            16.0,
            col(before),
            col(after),
            4.5,
        ),
        ChangeKind::StatusChanged => pattern(
            format!("diff-status-{}", key(after)),
            PatternKind::Dots,
            9.0,
            col(after).mix(Color::BLACK, 0.25),
            col(after).mix(theme.paper, 0.4),
            2.0,
        ),
        ChangeKind::LabelChanged => pattern(
            format!("diff-label-{}", key(after)),
            PatternKind::Crosshatch,
            10.0,
            col(after),
            col(after).mix(theme.paper, 0.7),
            1.5,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::timeline::{Moment, resolve};

    fn sample(kind: ChangeKind) -> Change {
        Change {
            region: 0,
            id: String::new(),
            name: String::new(),
            before: Some(control_of("russia")),
            after: Some(control_of("japan")),
            kind,
            area_km2: 0.0,
            events: Vec::new(),
        }
    }

    #[test]
    fn the_diff_patterns_scale_with_the_map() {
        // A map half as large draws its pattern lines and dots half as thick, on tiles
        // half as large (to the whole pixel); a gain is a flat colour.
        let theme = Theme::default();
        let red = Color::parse("#c8102e").unwrap();
        let colour = |_: &str| red;
        for kind in ChangeKind::ALL {
            let at = |s| change_paint(&theme, &sample(kind), &colour, s).pattern;
            match (at(1.0), at(0.5)) {
                (None, None) => assert_eq!(kind, ChangeKind::Gained),
                (Some(a), Some(b)) => {
                    assert_eq!(a.weight, 2.0 * b.weight, "{kind:?}");
                    assert!((a.size - 2.0 * b.size).abs() <= 1.0, "{kind:?}");
                }
                (a, b) => panic!("{kind:?}: {a:?} and {b:?}"),
            }
        }
    }

    #[test]
    fn unchanged_borders_scale_with_the_map_and_are_dashed_only_when_uncertain() {
        let borders = |width| {
            let (s, p) = built_in_at(width);
            let b = resolve(&s, &Moment::Year(1912)).unwrap();
            [false, true].map(|low| unchanged_look(&s, &p, 0, &b, low).border.unwrap().1)
        };
        let (large, small) = (borders(1600.0), borders(800.0));
        for (a, b) in large.iter().zip(&small) {
            assert_eq!(a.width, 2.0 * b.width);
            let doubled: Vec<f64> = b.dash.iter().map(|d| 2.0 * d).collect();
            assert_eq!(a.dash, doubled);
        }
        assert!(large[0].dash.is_empty());
        assert!(!large[1].dash.is_empty());
    }

    #[test]
    fn the_diff_patterns_are_their_spacing_apart() {
        // A diagonal drawn corner to corner of an upright tile `w` wide repeats every
        // w / √2 across the lines, so lines `d` apart need a tile d·√2 wide (to the whole
        // pixel); dots `d` apart need a tile `d` wide. The spacings at 1600 px that
        // `change_paint` gives: losses hatched 12 apart, transfers 16, new names
        // crosshatched 10, new statuses dots 9 apart.
        let theme = Theme::default();
        let red = Color::parse("#c8102e").unwrap();
        let colour = |_: &str| red;
        for (kind, spacing) in [
            (ChangeKind::Lost, 12.0),
            (ChangeKind::Transferred, 16.0),
            (ChangeKind::LabelChanged, 10.0),
            (ChangeKind::StatusChanged, 9.0),
        ] {
            for s in [1.0, 0.5] {
                let p = change_paint(&theme, &sample(kind), &colour, s)
                    .pattern
                    .expect("a pattern");
                let apart = match p.kind {
                    PatternKind::Hatch | PatternKind::Crosshatch => p.size / SQRT_2,
                    PatternKind::Stripes | PatternKind::Dots => p.size,
                };
                assert!(
                    (apart - spacing * s).abs() <= 0.5,
                    "{kind:?} at {s}: {apart} apart, not {}",
                    spacing * s
                );
            }
        }
    }
}
