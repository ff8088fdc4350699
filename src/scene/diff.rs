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

use std::f64::consts::SQRT_2;

use geo::{Area, BoundingRect, Contains, Coord, LineString, MultiLineString, Rect};

use super::build::{least_hidden, outline};
use super::describe::short_name;
use super::labels::{Look, Placer, dot_box, inside, point_label_candidates, text_box, wrap};
use super::legend::{Legend, Row, Swatch};
use super::style::whole_tile;
use super::text::{CAP_HEIGHT, width};
use super::{
    Anchor, Fill, Geometry, Item, Layer, Pattern, PatternKind, Prepared, Scene, Shape, Stroke,
    Text, Theme,
};
use crate::diff::{self, Change, ChangeKind};
use crate::measure;
use crate::model::{Certainty, Color, Control, Scenario};
use crate::report;
use crate::timeline::{Moment, State};

/// How far unchanged holdings are faded towards the paper.
const FADE: f64 = 0.8;

/// Builds the map of the changes from `a` to `b` (`b` may be the earlier moment).
pub fn build_diff(scenario: &Scenario, p: &Prepared, a: &State, b: &State) -> Scene {
    let theme = p.theme_of();
    let (s, ts) = p.scales();
    let (width, _) = p.size();
    let frame = p.frame();
    let areas = measure::region_areas(scenario);
    let changes = diff::diff(scenario, a, b, &areas);
    let between = diff::events_between(scenario, a, b);
    let power_color = |id: &str| {
        scenario
            .powers
            .iter()
            .position(|q| q.id == id)
            .map_or(theme.muted, |i| {
                theme.power_color(scenario.powers[i].color, i)
            })
    };
    let power_name = |id: &str, state: &State| {
        scenario
            .power(id)
            .map_or(id.to_string(), |q| q.name_at(state.date).to_string())
    };
    let faded = |c: Color| c.mix(theme.paper, FADE);

    // Sea and graticule.
    let frame_size = frame.max() - frame.min();
    let sea = vec![
        Item::Shape(Shape {
            id: Some("sea-area".into()),
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at: frame.min(),
                size: frame_size,
            },
            fill: Fill::Color(theme.sea, 1.0),
            stroke: None,
        }),
        line_item(
            "graticule",
            p.graticule_lines(),
            Stroke::solid(theme.graticule, 0.7 * s),
        ),
    ];

    // Land; a power's home territory is an unchanged holding, so it is faded like one.
    let mut land = Vec::new();
    let mut unchanged_powers: Vec<&str> = Vec::new();
    for (bm, shape) in scenario.basemap.iter().zip(p.basemap_shapes()) {
        if shape.0.is_empty() {
            continue;
        }
        let fill = match &bm.power {
            Some(pid) => {
                if !unchanged_powers.contains(&pid.as_str()) {
                    unchanged_powers.push(pid);
                }
                faded(power_color(pid))
            }
            None => theme.land,
        };
        land.push(Item::Shape(Shape {
            id: Some(format!("land-{}", bm.id)),
            class: Some(match &bm.power {
                Some(pid) => format!("land home {pid}"),
                None => "land".into(),
            }),
            title: bm.name.clone(),
            geometry: Geometry::Area(shape.clone()),
            fill: Fill::Color(fill, 1.0),
            stroke: Some(Stroke::solid(theme.border, 0.7 * s)),
        }));
    }

    // Regions: unchanged ones faded, changed ones painted by kind and outlined.
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut unchanged = Vec::new();
    let mut changed = Vec::new();
    let mut borders = Vec::new();
    let mut outlines = Vec::new();
    let mut rows_seen: Vec<(ChangeKind, Option<String>, Option<String>)> = Vec::new();
    let mut uncertain = false;
    for (i, (r, shape)) in scenario.regions.iter().zip(p.region_shapes()).enumerate() {
        if shape.0.is_empty() {
            continue;
        }
        let low = r.certainty == Certainty::Low;
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
                    c.before.as_ref().map(|x| x.power.clone()),
                    c.after.as_ref().map(|x| x.power.clone()),
                );
                if !rows_seen.contains(&key) {
                    rows_seen.push(key);
                }
                changed.push(Item::Shape(Shape {
                    id: Some(format!("region-{}", r.id)),
                    class: Some(format!("region changed {}", c.kind.as_str())),
                    title: Some(format!(
                        "{}: {} → {}",
                        r.name,
                        report::control_words(scenario, c.before.as_ref(), a.date, &c.name),
                        report::control_words(scenario, c.after.as_ref(), b.date, &c.name)
                    )),
                    geometry: Geometry::Area(shape.clone()),
                    fill: paint.fill,
                    stroke: None,
                }));
                uncertain |= low;
                outlines.push(line_item(
                    if low {
                        "change-outline uncertain"
                    } else {
                        "change-outline"
                    },
                    &outline(shape),
                    Stroke {
                        color: theme.text,
                        width: 1.8 * s,
                        opacity: 0.9,
                        dash: if low {
                            vec![6.0 * s, 3.5 * s]
                        } else {
                            Vec::new()
                        },
                    },
                ));
            }
            None => {
                let held = b.controls.get(i).and_then(|h| h.as_ref());
                let fill = match held {
                    Some(h) => {
                        if !unchanged_powers.contains(&h.control.power.as_str()) {
                            unchanged_powers.push(&h.control.power);
                        }
                        Fill::Color(faded(power_color(&h.control.power)), 1.0)
                    }
                    None => Fill::None,
                };
                unchanged.push(Item::Shape(Shape {
                    id: Some(format!("region-{}", r.id)),
                    class: Some(match held {
                        Some(h) => format!("region unchanged {}", h.control.power),
                        None => "region unchanged none".into(),
                    }),
                    title: Some(format!(
                        "{}: unchanged ({})",
                        r.name,
                        report::control_words(scenario, held.map(|h| &h.control), b.date, &r.name)
                    )),
                    geometry: Geometry::Area(shape.clone()),
                    fill,
                    stroke: None,
                }));
                uncertain |= low;
                borders.push(line_item(
                    "region-border",
                    &outline(shape),
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
                ));
            }
        }
    }

    // Legend: the kinds on this map, then what is faded.
    let mut rows = Vec::new();
    if !rows_seen.is_empty() {
        rows.push(Row {
            swatch: Swatch::Heading,
            words: "Changed".into(),
        });
    }
    let mut ordered = rows_seen.clone();
    let power_pos = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| scenario.powers.iter().position(|q| &q.id == id))
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
            before: before.as_ref().map(|p| control_of(p)),
            after: after.as_ref().map(|p| control_of(p)),
            kind: *kind,
            area_km2: 0.0,
            events: Vec::new(),
        };
        let paint = change_paint(theme, &sample, &power_color, ts);
        let (x, y) = (
            before
                .as_deref()
                .map(|q| power_name(q, a))
                .unwrap_or_default(),
            after
                .as_deref()
                .map(|q| power_name(q, b))
                .unwrap_or_default(),
        );
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
                fill: Fill::Color(faded(power_color(&q.id)), 1.0),
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
    let legend = Legend::new(rows, ts.max(s));
    let legend_at = place_legend(p, &legend, &changes, b);
    let legend_rect = Rect::new(legend_at, legend_at + legend.size);

    // Labels: changed regions first (largest first), then cities, then the unchanged.
    let inner = Rect::new(
        frame.min()
            + Coord {
                x: 4.0 * s,
                y: 4.0 * s,
            },
        frame.max()
            - Coord {
                x: 4.0 * s,
                y: 4.0 * s,
            },
    );
    let mut placer = Placer::new(inner, vec![legend_rect]);
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
    let px_area = |i: usize| p.region_shapes()[i].unsigned_area();
    order.sort_by(|x, y| px_area(y.region).total_cmp(&px_area(x.region)));
    for c in order {
        let ink = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map_or(theme.text, |x| power_color(&x.power).mix(Color::BLACK, 0.5));
        let detail = change_words(scenario, c);
        label_changed(p, c, &detail, ink, &taken, &mut placer, &mut labels);
    }
    let mut dots = Vec::new();
    city_labels(scenario, p, b, &mut placer, &mut dots, &mut labels);
    for (i, r) in scenario.regions.iter().enumerate() {
        if changes.iter().any(|c| c.region == i) {
            continue;
        }
        label_unchanged(p, i, &r.name, &mut placer, &mut labels);
    }

    // Header, caption and credit.
    let margin = 22.0 * ts;
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
    let avail = width - 2.0 * margin;
    let header = vec![
        Item::Text(Text::plain(
            Coord {
                x: margin,
                y: 36.0 * ts,
            },
            title.clone(),
            fit(&title, 25.0 * ts, true, avail),
            true,
            theme.text,
            "title",
        )),
        Item::Text(Text::plain(
            Coord {
                x: margin,
                y: 63.0 * ts,
            },
            subtitle.clone(),
            fit(&subtitle, 17.0 * ts, false, avail),
            false,
            theme.text,
            "subtitle",
        )),
    ];
    let touched: Vec<usize> = changes.iter().flat_map(|c| c.events.clone()).collect();
    let (caption, bottom) = caption(
        scenario,
        theme,
        &between,
        &touched,
        margin,
        frame.max().y + 12.0 * ts,
        avail,
        ts,
    );
    let height = (bottom + 30.0 * ts).round();
    let footer = vec![Item::Text(Text::plain(
        Coord {
            x: margin,
            y: height - 11.0 * ts,
        },
        scenario.credit.clone(),
        fit(&scenario.credit, 11.0 * ts, false, avail),
        false,
        theme.muted,
        "credit",
    ))];

    let layer = |id: &str, items: Vec<Item>| Layer {
        id: id.into(),
        items,
    };
    Scene {
        width,
        height,
        title: title.clone(),
        desc: describe(scenario, a, b, &changes, &between),
        patterns,
        layers: vec![
            layer(
                "paper",
                vec![Item::Shape(Shape {
                    id: None,
                    class: None,
                    title: None,
                    geometry: Geometry::Rect {
                        at: Coord { x: 0.0, y: 0.0 },
                        size: Coord {
                            x: width,
                            y: height,
                        },
                    },
                    fill: Fill::Color(theme.paper, 1.0),
                    stroke: None,
                })],
            ),
            layer("sea", sea),
            layer("land", land),
            layer("regions-unchanged", unchanged),
            layer("region-borders", borders),
            layer("regions-changed", changed),
            layer("change-outlines", outlines),
            layer("cities", dots),
            layer("labels", labels),
            layer(
                "frame",
                vec![Item::Shape(Shape {
                    id: Some("frame-line".into()),
                    class: None,
                    title: None,
                    geometry: Geometry::Rect {
                        at: frame.min(),
                        size: frame_size,
                    },
                    fill: Fill::None,
                    stroke: Some(Stroke::solid(theme.border, 1.0 * s)),
                })],
            ),
            layer(
                "legend",
                if legend.is_empty() {
                    Vec::new()
                } else {
                    legend.items(legend_at, theme)
                },
            ),
            layer("header", header),
            layer("caption", caption),
            layer("footer", footer),
        ],
    }
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

fn line_item(class: &str, ml: &MultiLineString<f64>, stroke: Stroke) -> Item {
    Item::Shape(Shape {
        id: None,
        class: Some(class.into()),
        title: None,
        geometry: Geometry::Lines(ml.clone()),
        fill: Fill::None,
        stroke: Some(stroke),
    })
}

/// The largest font size up to `size` at which `text` fits in `avail` pixels.
fn fit(text: &str, size: f64, bold: bool, avail: f64) -> f64 {
    let w = width(text, size, bold, 0.0);
    if w <= avail || w <= 0.0 {
        size
    } else {
        (size * avail / w * 100.0).floor() / 100.0
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

/// Lines of text (each with its own look) stacked and centred on `centre`.
fn stack(centre: Coord<f64>, lines: &[(&Look, &str)]) -> Vec<Text> {
    let heights: Vec<f64> = lines.iter().map(|(l, _)| l.size * 1.18).collect();
    let total: f64 = heights.iter().sum();
    let mut top = centre.y - total / 2.0;
    let mut out = Vec::new();
    for ((look, words), h) in lines.iter().zip(&heights) {
        let baseline = top + h / 2.0 + CAP_HEIGHT * look.size / 2.0;
        out.push(look.text(
            Coord {
                x: centre.x,
                y: baseline,
            },
            Anchor::Middle,
            words,
        ));
        top += h;
    }
    out
}

/// Labels a changed region with its name and "before → after", inside it if it fits,
/// else beside it.
fn label_changed(
    p: &Prepared,
    c: &Change,
    detail: &str,
    ink: Color,
    taken: &Taken,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let (_, ts) = p.scales();
    let theme = p.theme_of();
    let Some(Some((centre, poly))) = p.region_centres().get(c.region) else {
        return;
    };
    let span = poly.bounding_rect().map_or(0.0, |r| r.width());
    let name = short_name(&c.name).to_uppercase();
    let (before, after) = match detail.split_once(" → ") {
        Some((x, y)) => (format!("{x} →"), y.to_string()),
        None => (detail.to_string(), String::new()),
    };
    for size in [15.0, 13.0, 11.5, 10.0] {
        let name_look = Look {
            size: size * ts,
            bold: true,
            italic: false,
            color: ink,
            halo: Some((theme.halo, 3.2 * ts)),
            spacing: 0.06 * size * ts,
            class: "region-label changed",
        };
        let detail_look = Look {
            size: (size - 2.0).max(9.5) * ts,
            bold: false,
            italic: false,
            color: theme.text,
            halo: Some((theme.halo, 3.0 * ts)),
            spacing: 0.0,
            class: "change-label",
        };
        let mut candidates = Vec::new();
        for name_lines in wrap(&name, &name_look, span * 0.85) {
            let with = |extra: &[&str]| -> Vec<(&Look, String)> {
                name_lines
                    .iter()
                    .map(|l| (&name_look, l.clone()))
                    .chain(extra.iter().map(|e| (&detail_look, e.to_string())))
                    .collect()
            };
            let variants = [with(&[detail]), with(&[before.as_str(), after.as_str()])];
            for lines in &variants {
                let refs: Vec<(&Look, &str)> =
                    lines.iter().map(|(l, w)| (*l, w.as_str())).collect();
                for (dx, dy) in OFFSETS {
                    let at = Coord {
                        x: centre.x + dx * ts,
                        y: centre.y + dy * ts,
                    };
                    let block = stack(at, &refs);
                    if inside(poly, &block, 0.0) {
                        candidates.push(block);
                    }
                }
            }
        }
        if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
    // The name alone inside, smaller: the fill and the legend still say the change.
    for size in [13.0, 11.5, 10.0, 9.0] {
        let look = Look {
            size: size * ts,
            bold: true,
            italic: false,
            color: ink,
            halo: Some((theme.halo, 3.0 * ts)),
            spacing: 0.04 * size * ts,
            class: "region-label changed",
        };
        let mut candidates = Vec::new();
        for lines in wrap(&name, &look, span * 0.85) {
            for (dx, dy) in OFFSETS {
                let at = Coord {
                    x: centre.x + dx * ts,
                    y: centre.y + dy * ts,
                };
                let block = look.block(at, &lines);
                if inside(poly, &block, 0.0) {
                    candidates.push(block);
                }
            }
        }
        if let Some(lines) = placer.place_first(candidates, 1.5 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
    // Too small even for that: the name and the change beside the region, where they
    // cover no other region (a label on a neighbour would name the wrong place).
    let look = Look {
        size: 11.5 * ts,
        bold: true,
        italic: false,
        color: ink,
        halo: Some((theme.halo, 3.0 * ts)),
        spacing: 0.0,
        class: "region-label changed outside",
    };
    let small = Look {
        size: 10.5 * ts,
        bold: false,
        color: theme.text,
        class: "change-label outside",
        ..look.clone()
    };
    let Some(b) = p.region_shapes()[c.region].bounding_rect() else {
        return;
    };
    let short = short_name(&c.name);
    let mut candidates = Vec::new();
    let cx = (b.min().x + b.max().x) / 2.0;
    for far in [6.0, 30.0, 60.0, 100.0, 150.0] {
        let gap = far * ts;
        for t in [0.5, 0.25, 0.75] {
            let y = b.min().y + (b.max().y - b.min().y) * t;
            for (x, anchor) in [
                (b.max().x + gap, Anchor::Start),
                (b.min().x - gap, Anchor::End),
            ] {
                candidates.push((
                    far <= 60.0,
                    vec![
                        look.text(Coord { x, y: y - 1.0 * ts }, anchor, short),
                        small.text(
                            Coord {
                                x,
                                y: y + 12.0 * ts,
                            },
                            anchor,
                            detail,
                        ),
                    ],
                ));
            }
        }
        for y in [b.max().y + gap + 14.0 * ts, b.min().y - gap - 14.0 * ts] {
            candidates.push((
                far <= 60.0,
                stack(Coord { x: cx, y }, &[(&look, short), (&small, detail)]),
            ));
        }
        // Diagonally off the corners.
        for (x, anchor) in [
            (b.max().x + gap * 0.7, Anchor::Start),
            (b.min().x - gap * 0.7, Anchor::End),
        ] {
            for y in [b.min().y - gap * 0.7, b.max().y + gap * 0.7 + 14.0 * ts] {
                candidates.push((
                    far <= 60.0,
                    vec![
                        look.text(Coord { x, y: y - 1.0 * ts }, anchor, short),
                        small.text(
                            Coord {
                                x,
                                y: y + 12.0 * ts,
                            },
                            anchor,
                            detail,
                        ),
                    ],
                ));
            }
        }
    }
    let own = &p.region_shapes()[c.region];
    // Whether a block covers a region other than this one that `counts`.
    let covers = |block: &Vec<Text>, counts: &[bool]| {
        block.iter().any(|t| {
            let r = text_box(t, 0.0);
            (0..=4).any(|i| {
                (0..=2).any(|j| {
                    let pt = Coord {
                        x: r.min().x + r.width() * f64::from(i) / 4.0,
                        y: r.min().y + r.height() * f64::from(j) / 2.0,
                    };
                    !own.contains(&pt)
                        && p.region_shapes()
                            .iter()
                            .enumerate()
                            .any(|(k, shape)| counts.get(k) == Some(&true) && shape.contains(&pt))
                })
            })
        })
    };
    // Near and on open sea or unheld land is best; then near over an unchanged region;
    // then the same farther away. Never over another changed region.
    let tier = |near: bool, strict: bool| -> Vec<Vec<Text>> {
        candidates
            .iter()
            .filter(|(n, b)| {
                *n == near && !covers(b, if strict { &taken.held } else { &taken.changed })
            })
            .map(|(_, b)| b.clone())
            .collect()
    };
    let mut placed = None;
    for (near, strict) in [(true, true), (true, false), (false, true), (false, false)] {
        placed = placer.place_first(tier(near, strict), 2.0 * ts);
        if placed.is_some() {
            break;
        }
    }
    let Some(lines) = placed else {
        return;
    };
    // A leader from the label to the region's centre, when the label is not beside it.
    let boxes: Vec<Rect<f64>> = lines.iter().map(|t| text_box(t, 1.0 * ts)).collect();
    let near = boxes
        .iter()
        .map(|r| Coord {
            x: centre.x.clamp(r.min().x, r.max().x),
            y: centre.y.clamp(r.min().y, r.max().y),
        })
        .min_by(|x, y| {
            let d = |q: &Coord<f64>| (q.x - centre.x).hypot(q.y - centre.y);
            d(x).total_cmp(&d(y))
        });
    if let Some(end) = near
        && !own.contains(&end)
    {
        out.push(Item::Shape(Shape {
            id: None,
            class: Some("leader".into()),
            title: None,
            geometry: Geometry::Lines(MultiLineString::new(vec![LineString::from(vec![
                *centre, end,
            ])])),
            fill: Fill::None,
            stroke: Some(Stroke {
                color: theme.text,
                width: 1.0 * ts,
                opacity: 0.8,
                dash: Vec::new(),
            }),
        }));
        out.push(Item::Shape(Shape {
            id: None,
            class: Some("leader-end".into()),
            title: None,
            geometry: Geometry::Circle {
                at: *centre,
                r: 2.2 * ts,
            },
            fill: Fill::Color(theme.text, 1.0),
            stroke: Some(Stroke::solid(theme.halo, 1.0 * ts)),
        }));
    }
    out.extend(lines.into_iter().map(Item::Text));
}

/// Per region: whether a label of another region may not cover it.
struct Taken {
    /// Changed, or held at either moment: avoided if at all possible.
    held: Vec<bool>,
    /// Changed: never covered.
    changed: Vec<bool>,
}

/// Where a label may sit, relative to the visual centre (× text scale).
const OFFSETS: [(f64, f64); 11] = [
    (0.0, 0.0),
    (0.0, -14.0),
    (0.0, 14.0),
    (-20.0, 0.0),
    (20.0, 0.0),
    (0.0, -28.0),
    (0.0, 28.0),
    (-24.0, -20.0),
    (24.0, -20.0),
    (-24.0, 20.0),
    (24.0, 20.0),
];

/// Labels an unchanged region with its name, muted, only where there is room.
fn label_unchanged(p: &Prepared, i: usize, name: &str, placer: &mut Placer, out: &mut Vec<Item>) {
    let (_, ts) = p.scales();
    let theme = p.theme_of();
    let Some(Some((centre, poly))) = p.region_centres().get(i) else {
        return;
    };
    let span = poly.bounding_rect().map_or(0.0, |r| r.width());
    let name = short_name(name).to_uppercase();
    for size in [12.0, 10.5] {
        let look = Look {
            size: size * ts,
            bold: false,
            italic: true,
            color: theme.muted,
            halo: Some((theme.halo, 2.6 * ts)),
            spacing: 0.08 * size * ts,
            class: "region-label unchanged",
        };
        let mut candidates = Vec::new();
        for lines in wrap(&name, &look, span * 0.8) {
            for (dx, dy) in OFFSETS {
                let block = look.block(
                    Coord {
                        x: centre.x + dx * ts,
                        y: centre.y + dy * ts,
                    },
                    &lines,
                );
                if inside(poly, &block, 0.0) {
                    candidates.push(block);
                }
            }
        }
        if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
}

/// The major cities (rank 1), named as of the later moment, where there is room.
fn city_labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    placer: &mut Placer,
    dots: &mut Vec<Item>,
    out: &mut Vec<Item>,
) {
    let (_, ts) = p.scales();
    let theme = p.theme_of();
    for (city, at) in scenario.cities.iter().zip(p.city_points()) {
        let Some(at) = *at else { continue };
        if city.rank > 1 {
            continue;
        }
        let r = 3.2 * ts;
        let dot = dot_box(at, r);
        if !placer.fits(&dot) {
            continue;
        }
        let look = Look {
            size: 12.0 * ts,
            bold: false,
            italic: false,
            color: theme.text,
            halo: Some((theme.halo, 2.8 * ts)),
            spacing: 0.0,
            class: "city-label",
        };
        let name = city.name_at(state.date);
        let candidates = point_label_candidates(&look, at, r + 3.0 * ts, ts, name);
        let Some(lines) = placer.place_first(candidates, 1.5 * ts) else {
            continue;
        };
        placer.take(dot);
        dots.push(Item::Shape(Shape {
            id: Some(format!("city-{}", city.id)),
            class: Some("city".into()),
            title: Some(name.to_string()),
            geometry: Geometry::Circle { at, r },
            fill: Fill::Color(theme.text, 1.0),
            stroke: Some(Stroke::solid(theme.paper, 1.2 * ts)),
        }));
        out.extend(lines.into_iter().map(Item::Text));
    }
}

/// Puts the legend where it hides the least of the changed regions, then of the rest.
fn place_legend(p: &Prepared, legend: &Legend, changes: &[Change], b: &State) -> Coord<f64> {
    let weight = |i: usize| {
        if changes.iter().any(|c| c.region == i) {
            40.0
        } else if b.controls.get(i).is_some_and(Option::is_some) {
            4.0
        } else {
            2.0
        }
    };
    least_hidden(p, legend.size, 10.0, 0.0, &weight)
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
            size: fit(words, size, false, col_w),
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
    fn long_titles_shrink_to_fit() {
        let t = "A title far too long for a narrow map, it goes on and on and on";
        let size = fit(t, 25.0, true, 300.0);
        assert!(size < 25.0);
        assert!(width(t, size, true, 0.0) <= 300.0 + 1e-6);
        assert_eq!(fit("Short", 25.0, true, 300.0), 25.0);
    }

    #[test]
    fn titles_lose_only_a_leading_article_capital() {
        assert_eq!(report::lower_first("The spheres"), "the spheres");
        assert_eq!(report::lower_first("Japanese spheres"), "Japanese spheres");
    }
}
