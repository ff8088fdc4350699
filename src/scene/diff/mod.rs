//! The diff map: what changed between two moments, drawn on the same base as the maps.
//!
//! Changed regions stand out, filled by kind of change in the powers' colours: gained
//! solid in the gaining power's colour, lost hatched in the losing power's colour on white,
//! transferred in the new power's colour striped with the old one's, a new status dotted,
//! a new period name cross-hatched; each has a dark outline and a label saying what it was
//! and what it became. Unchanged regions (and the powers' home territory) are faded tints
//! of their power's colour. The legend lists only the kinds on the map; the caption under
//! the map lists the events in between with their dates, greyed when they changed nothing
//! shown.

mod callouts;

use std::f64::consts::SQRT_2;

use geo::{Area, Coord, Rect};

use super::areas::{self, RegionLook};
use super::chrome::{self, SUBTITLE_SIZE, TITLE_SIZE, shrink};
use super::describe::short_name;
use super::labels::Placer;
use super::legend::{Legend, Row, Swatch};
use super::names::{self, CityLook};
use super::spot::legend_spot;
use super::style::whole_tile;
use super::text::{CAP_HEIGHT, fit_size, width};
use super::{
    Anchor, Fill, Item, Layer, Pattern, PatternKind, Prepared, Purpose, Scene, Stroke, Text, Theme,
};
use crate::diff::{self, Change, ChangeKind};
use crate::measure;
use crate::model::{Certainty, Color, Control, Scenario};
use crate::report;
use crate::timeline::{Moment, State};
use callouts::{Taken, label_changed, label_unchanged};

/// How far unchanged holdings are faded towards the paper.
const FADE: f64 = 0.8;

/// Builds the map of the changes from `a` to `b` (`b` may be the earlier moment).
pub fn build_diff(scenario: &Scenario, p: &Prepared, a: &State, b: &State) -> Scene {
    let theme = p.theme();
    let (s, ts) = (p.s, p.ts);
    let areas = measure::region_areas(scenario);
    let changes = diff::diff(scenario, a, b, &areas);
    let between = diff::events_between(scenario, a, b);
    let power_color = |id: &str| p.power_color(scenario, id);
    let faded = |c: Color| c.mix(theme.paper, FADE);

    // Land; a power's home territory is an unchanged holding, so it is faded like one.
    let (land, homes) = chrome::land(scenario, p, |power| faded(power_color(power)));
    let mut unchanged_powers: Vec<&str> = homes;

    // Regions: unchanged ones faded, changed ones painted by kind and outlined.
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut kinds: Vec<(ChangeKind, Option<&str>, Option<&str>)> = Vec::new();
    let mut uncertain = false;
    let shapes = areas::regions(scenario, p, |i| {
        let r = &scenario.regions[i];
        let low = r.certainty == Certainty::Low;
        uncertain |= low;
        match changes.iter().find(|c| c.region == i) {
            Some(c) => {
                let paint = change_paint(theme, c, &power_color, ts);
                if let Some(pat) = paint.pattern
                    && !patterns.iter().any(|q| q.id == pat.id)
                {
                    patterns.push(pat);
                }
                let key = (
                    c.kind,
                    c.before.as_ref().map(|x| x.power.as_str()),
                    c.after.as_ref().map(|x| x.power.as_str()),
                );
                if !kinds.contains(&key) {
                    kinds.push(key);
                }
                changed_look(scenario, p, c, paint.fill, a, b, low)
            }
            None => {
                let held = b.controls.get(i).and_then(|h| h.as_ref());
                if let Some(h) = held
                    && !unchanged_powers.contains(&h.control.power.as_str())
                {
                    unchanged_powers.push(&h.control.power);
                }
                let fill = held.map_or(Fill::None, |h| {
                    Fill::Color(faded(power_color(&h.control.power)), 1.0)
                });
                unchanged_look(scenario, p, i, fill, b, low)
            }
        }
    });
    let mut unchanged = Vec::new();
    let mut borders = Vec::new();
    let mut changed = Vec::new();
    let mut outlines = Vec::new();
    for r in shapes {
        if changes.iter().any(|c| c.region == r.index) {
            changed.push(r.fill);
            outlines.push(r.border);
        } else {
            unchanged.push(r.fill);
            borders.push(r.border);
        }
    }

    let rows = legend_rows(scenario, p, &kinds, &unchanged_powers, uncertain, a, b);
    let legend = Legend::new(rows, ts.max(s));
    // Where it hides the least of the changed regions, then of the rest.
    let weight = |i: usize| {
        if changes.iter().any(|c| c.region == i) {
            40.0
        } else if b.controls.get(i).is_some_and(Option::is_some) {
            4.0
        } else {
            2.0
        }
    };
    let legend_at = legend_spot(p, legend.size, 10.0, 0.0, &weight);
    let legend_rect = Rect::new(legend_at, legend_at + legend.size);

    let (dots, labels) = labels(scenario, p, &changes, a, b, legend_rect);

    // Header, caption and credit.
    let margin = 22.0 * ts;
    let avail = p.width - 2.0 * margin;
    let title = format!(
        "{}: {} → {}",
        scenario.title,
        moment_name(scenario, a),
        moment_name(scenario, b)
    );
    let subtitle = format!(
        "What changed from {} to {}",
        moment_words(scenario, a),
        moment_words(scenario, b)
    );
    let header = vec![
        chrome::title(
            p,
            margin,
            title.clone(),
            fit_size(&title, TITLE_SIZE * ts, true, avail),
        ),
        chrome::subtitle(
            p,
            margin,
            subtitle.clone(),
            fit_size(&subtitle, SUBTITLE_SIZE * ts, false, avail),
        ),
    ];
    let touched: Vec<usize> = changes.iter().flat_map(|c| c.events.clone()).collect();
    let (caption, bottom) = caption(
        scenario,
        theme,
        &between,
        &touched,
        margin,
        p.frame.max().y + 12.0 * ts,
        avail,
        ts,
    );
    let height = (bottom + 30.0 * ts).round();
    let footer = vec![chrome::credit(
        theme,
        Coord {
            x: margin,
            y: height - 11.0 * ts,
        },
        scenario.credit.clone(),
        fit_size(&scenario.credit, chrome::CREDIT_SIZE * ts, false, avail),
    )];
    let legend_items = if legend.is_empty() {
        Vec::new()
    } else {
        legend.items(legend_at, theme)
    };
    Scene {
        width: p.width,
        height,
        title: title.clone(),
        desc: describe(scenario, a, b, &changes, &between),
        patterns,
        layers: vec![
            chrome::paper(theme, p.width, height),
            chrome::sea(p),
            land,
            Layer::new("regions-unchanged", Purpose::Own, unchanged),
            Layer::new("region-borders", Purpose::Own, borders),
            Layer::new("regions-changed", Purpose::Own, changed),
            Layer::new("change-outlines", Purpose::Own, outlines),
            Layer::new("cities", Purpose::Own, dots),
            Layer::new("labels", Purpose::Own, labels),
            chrome::frame(p),
            Layer::new("legend", Purpose::Own, legend_items),
            Layer::new("header", Purpose::Own, header),
            Layer::new("caption", Purpose::Own, caption),
            Layer::new("footer", Purpose::Own, footer),
        ],
    }
}

/// A changed region: painted by the kind of change, outlined dark (dashed when its
/// boundary is uncertain), its tooltip saying what it was and what it became.
fn changed_look(
    scenario: &Scenario,
    p: &Prepared,
    c: &Change,
    fill: Fill,
    a: &State,
    b: &State,
    low: bool,
) -> RegionLook {
    let s = p.s;
    RegionLook {
        class: format!("region changed {}", c.kind.as_str()),
        title: format!(
            "{}: {} → {}",
            scenario.regions[c.region].name,
            report::control_words(scenario, c.before.as_ref(), a.date, &c.name),
            report::control_words(scenario, c.after.as_ref(), b.date, &c.name)
        ),
        fill,
        stroke: None,
        border: (
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
        ),
    }
}

/// An unchanged region: faded, with a thin border (muted and dashed when uncertain).
fn unchanged_look(
    scenario: &Scenario,
    p: &Prepared,
    i: usize,
    fill: Fill,
    b: &State,
    low: bool,
) -> RegionLook {
    let (s, theme) = (p.s, p.theme());
    let r = &scenario.regions[i];
    let held = b.controls.get(i).and_then(|h| h.as_ref());
    RegionLook {
        class: match held {
            Some(h) => format!("region unchanged {}", h.control.power),
            None => "region unchanged none".into(),
        },
        title: format!(
            "{}: unchanged ({})",
            r.name,
            report::control_words(scenario, held.map(|h| &h.control), b.date, &r.name)
        ),
        fill,
        stroke: None,
        border: (
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
        ),
    }
}

/// The legend: the kinds of change on this map (by kind, then by the powers' order), then
/// the faded powers, then the uncertain boundary if one is drawn.
fn legend_rows(
    scenario: &Scenario,
    p: &Prepared,
    kinds: &[(ChangeKind, Option<&str>, Option<&str>)],
    unchanged_powers: &[&str],
    uncertain: bool,
    a: &State,
    b: &State,
) -> Vec<Row> {
    let (s, theme) = (p.s, p.theme());
    let power_color = |id: &str| p.power_color(scenario, id);
    let power_name = |id: &str, state: &State| {
        scenario
            .power(id)
            .map_or(id.to_string(), |q| q.name_at(state.date).to_string())
    };
    let mut rows = Vec::new();
    if !kinds.is_empty() {
        rows.push(Row {
            swatch: Swatch::Heading,
            words: "Changed".into(),
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
        let paint = change_paint(theme, &sample, &power_color, p.ts);
        let x = before.map(|q| power_name(q, a)).unwrap_or_default();
        let y = after.map(|q| power_name(q, b)).unwrap_or_default();
        let words = match kind {
            ChangeKind::Gained => format!("gained by {y}"),
            ChangeKind::Lost => format!("lost by {x}"),
            ChangeKind::Transferred => format!("from {x} to {y}"),
            ChangeKind::StatusChanged => format!("new status, {y}"),
            ChangeKind::LabelChanged => format!("new name, {y}"),
        };
        rows.push(Row {
            swatch: Swatch::Area {
                fill: paint.fill,
                stroke: Some(Stroke::solid(theme.text, 1.2 * s)),
            },
            words,
        });
    }
    let faded_rows: Vec<Row> = scenario
        .powers
        .iter()
        .filter(|q| unchanged_powers.contains(&q.id.as_str()))
        .map(|q| Row {
            swatch: Swatch::Area {
                fill: Fill::Color(power_color(&q.id).mix(theme.paper, FADE), 1.0),
                stroke: None,
            },
            words: power_name(&q.id, b),
        })
        .collect();
    if !faded_rows.is_empty() {
        rows.push(Row {
            swatch: Swatch::Heading,
            words: "Unchanged".into(),
        });
        rows.extend(faded_rows);
    }
    if uncertain {
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
            words: "boundary uncertain".into(),
        });
    }
    rows
}

/// The labels: changed regions first (largest first), then the major cities named as of
/// the later moment, then the unchanged regions; returns the city dots and the labels.
fn labels(
    scenario: &Scenario,
    p: &Prepared,
    changes: &[Change],
    a: &State,
    b: &State,
    legend: Rect<f64>,
) -> (Vec<Item>, Vec<Item>) {
    let ts = p.ts;
    let theme = p.theme();
    let mut placer = Placer::new(shrink(p.frame, 4.0 * p.s), vec![legend]);
    let mut labels = Vec::new();
    // A region that changed, or is held at either moment, must not carry another's label.
    let n = scenario.regions.len();
    let is_changed: Vec<bool> = (0..n)
        .map(|k| changes.iter().any(|c| c.region == k))
        .collect();
    let taken = Taken {
        held: (0..n)
            .map(|k| {
                is_changed[k]
                    || a.controls.get(k).is_some_and(Option::is_some)
                    || b.controls.get(k).is_some_and(Option::is_some)
            })
            .collect(),
        changed: is_changed,
    };
    let mut order: Vec<&Change> = changes.iter().collect();
    let px_area = |i: usize| p.regions[i].unsigned_area();
    order.sort_by(|x, y| px_area(y.region).total_cmp(&px_area(x.region)));
    for c in order {
        let ink = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map_or(theme.text, |x| {
                p.power_color(scenario, &x.power).mix(Color::BLACK, 0.5)
            });
        let detail = change_words(scenario, c);
        label_changed(p, c, &detail, ink, &taken, &mut placer, &mut labels);
    }
    let mut dots = Vec::new();
    let city = |c: &crate::model::City| {
        (c.rank <= 1).then_some(CityLook {
            r: 3.2 * ts,
            filled: true,
            dot_class: "city",
            size: 12.0 * ts,
            label_class: "city-label",
        })
    };
    names::city_labels(
        scenario,
        p,
        b.date,
        &city,
        &mut placer,
        &mut dots,
        &mut labels,
    );
    for (i, r) in scenario.regions.iter().enumerate() {
        if changes.iter().any(|c| c.region == i) {
            continue;
        }
        label_unchanged(p, i, &r.name, &mut placer, &mut labels);
    }
    (dots, labels)
}

/// A control with only its power, for legend samples.
fn control_of(power: &str) -> Control {
    Control {
        power: power.to_string(),
        status: String::new(),
        label: None,
    }
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

/// A moment as the title names it: the year, the date, or the event's title.
fn moment_name(scenario: &Scenario, state: &State) -> String {
    match &state.moment {
        Moment::Year(y) => y.to_string(),
        Moment::Date(d) => d.long(),
        Moment::Event(_) => state
            .last(scenario)
            .map_or_else(|| state.moment.to_string(), |e| e.title.clone()),
    }
}

/// A moment in the subtitle: "31 December 1909", or "8 July 1912 (Third …)" for an event.
fn moment_words(scenario: &Scenario, state: &State) -> String {
    match (&state.moment, state.last(scenario)) {
        (Moment::Event(_), Some(e)) => format!("{} ({})", state.date.long(), e.title),
        _ => state.date.long(),
    }
}

/// What became of a region, as its label says it: "protectorate → annexed territory", or
/// for a new period name only, "Mongolia → Mongolian People's Republic".
fn change_words(scenario: &Scenario, c: &Change) -> String {
    match (c.kind, &c.before, &c.after) {
        (ChangeKind::LabelChanged, Some(x), Some(y)) => format!(
            "{} → {}",
            x.label.as_deref().unwrap_or(short_name(&c.name)),
            y.label.as_deref().unwrap_or(short_name(&c.name))
        ),
        _ => format!(
            "{} → {}",
            status_words(scenario, c.before.as_ref()),
            status_words(scenario, c.after.as_ref())
        ),
    }
}

/// A status's label ("sphere of influence"), or "none".
fn status_words(scenario: &Scenario, control: Option<&Control>) -> String {
    control.map_or("none".into(), |c| {
        scenario
            .status(&c.status)
            .map_or(c.status.clone(), |st| st.label.clone())
    })
}

/// The events in between, in columns under the map; returns the items and the bottom.
#[allow(clippy::too_many_arguments)]
fn caption(
    scenario: &Scenario,
    theme: &Theme,
    between: &[usize],
    touched: &[usize],
    x: f64,
    top: f64,
    avail: f64,
    ts: f64,
) -> (Vec<Item>, f64) {
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
    items.push(Item::Text(Text {
        at: Coord { x, y },
        text: heading,
        size: heading_size,
        bold: true,
        italic: false,
        anchor: Anchor::Start,
        color: theme.text,
        halo: None,
        spacing: 0.0,
        class: Some("caption-heading".into()),
    }));
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
        items.push(Item::Text(Text {
            at: Coord {
                x: x + col as f64 * (col_w + gap),
                y: y + line * (row as f64 + 1.0),
            },
            size: fit_size(words, size, false, col_w),
            text: words.clone(),
            bold: false,
            italic: false,
            anchor: Anchor::Start,
            color: if *changed { theme.text } else { theme.muted },
            halo: None,
            spacing: 0.0,
            class: Some(if *changed {
                "caption-event".into()
            } else {
                "caption-event no-change".into()
            }),
        }));
    }
    (items, y + line * rows as f64 + 6.0 * ts)
}

/// The alt text: what changed, region by region, and the events in between.
fn describe(
    scenario: &Scenario,
    a: &State,
    b: &State,
    changes: &[Change],
    between: &[usize],
) -> String {
    let mut text = format!(
        "Map of the changes to {} from {} to {}.",
        report::lower_first(&scenario.title),
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
                    report::control_words(scenario, c.before.as_ref(), a.date, &c.name),
                    report::control_words(scenario, c.after.as_ref(), b.date, &c.name)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::Options;
    use crate::timeline::resolve;

    fn built_in() -> Scenario {
        crate::load::built_in().unwrap()
    }

    fn regions_layer<'s>(scene: &'s Scene, id: &str) -> &'s Layer {
        scene.layers.iter().find(|l| l.id == id).unwrap()
    }

    fn shape_ids(layer: &Layer) -> Vec<String> {
        layer
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Shape(s) => s.id.clone(),
                Item::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn changed_and_unchanged_regions_go_to_their_layers() {
        let s = built_in();
        let p = Prepared::new(
            &s,
            &Options {
                width: 600.0,
                ..Options::default()
            },
        )
        .unwrap();
        let a = resolve(&s, &Moment::Year(1909)).unwrap();
        let b = resolve(&s, &Moment::Year(1912)).unwrap();
        let scene = build_diff(&s, &p, &a, &b);
        let changed = shape_ids(regions_layer(&scene, "regions-changed"));
        assert!(changed.contains(&"region-east-inner-mongolia".to_string()));
        assert!(changed.contains(&"region-west-inner-mongolia".to_string()));
        let unchanged = shape_ids(regions_layer(&scene, "regions-unchanged"));
        assert!(unchanged.contains(&"region-south-manchuria".to_string()));
        assert_eq!(scene.title, format!("{}: 1909 → 1912", s.title));
        let caption = regions_layer(&scene, "caption");
        let words: Vec<&str> = caption
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.text.as_str()),
                Item::Shape(_) => None,
            })
            .collect();
        assert!(
            words.contains(&"8 July 1912 — Third Russo-Japanese Agreement"),
            "{words:?}"
        );
        // Nothing drawn below the canvas.
        for l in &scene.layers {
            for i in &l.items {
                if let Item::Text(t) = i {
                    assert!(t.at.y <= scene.height, "{} at {}", t.text, t.at.y);
                }
            }
        }
    }

    #[test]
    fn the_same_moment_twice_shows_no_change() {
        let s = built_in();
        let p = Prepared::new(
            &s,
            &Options {
                width: 400.0,
                ..Options::default()
            },
        )
        .unwrap();
        let a = resolve(&s, &Moment::Year(1912)).unwrap();
        let scene = build_diff(&s, &p, &a, &a);
        assert!(regions_layer(&scene, "regions-changed").items.is_empty());
        assert!(scene.desc.contains("No region changed."));
    }

    #[test]
    fn titles_lose_only_a_leading_article_capital() {
        assert_eq!(report::lower_first("The spheres"), "the spheres");
        assert_eq!(report::lower_first("Japanese spheres"), "Japanese spheres");
    }
}
