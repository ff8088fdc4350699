//! Building scenes: [`Prepared`] holds what every date shares, [`build`] adds one date.

use geo::{Area, BooleanOps, BoundingRect, Coord, MultiLineString, MultiPolygon, Polygon, Rect};
use rayon::prelude::*;

use super::labels::{Look, Placer, inside, visual_centre, wrap};
use super::legend::{Legend, Row, Swatch};
use super::style::control_paint;
use super::{
    Anchor, Fill, Geometry, Item, Layer, Options, Pattern, Scene, Shape, Stroke, Text, Theme,
    alt_text, subtitle,
};
use crate::model::{Certainty, Color, Scenario};
use crate::project::{ProjectError, Projector};
use crate::timeline::State;

/// Everything about a map that does not depend on its date, projected once per run.
#[derive(Debug)]
pub struct Prepared {
    options: Options,
    /// Scale of strokes and patterns: 1 at 1600 px wide.
    s: f64,
    /// Scale of text: shrinks slower than the map so small maps stay legible.
    ts: f64,
    width: f64,
    height: f64,
    frame: Rect<f64>,
    basemap: Vec<MultiPolygon<f64>>,
    regions: Vec<MultiPolygon<f64>>,
    centres: Vec<Option<(Coord<f64>, Polygon<f64>)>>,
    base_centres: Vec<Option<Coord<f64>>>,
    lines: Vec<MultiLineString<f64>>,
    railways: Vec<MultiLineString<f64>>,
    cities: Vec<Option<Coord<f64>>>,
    graticule: MultiLineString<f64>,
}

impl Prepared {
    /// Projects the scenario's layers for maps `options.width` pixels wide.
    pub fn new(scenario: &Scenario, options: &Options) -> Result<Prepared, ProjectError> {
        let width = options.width.round();
        let s = width / 1600.0;
        let ts = s.sqrt();
        let header = (78.0 * ts).round();
        let footer = (30.0 * ts).round();
        let projector =
            Projector::new(&scenario.map, width)?.with_origin(Coord { x: 0.0, y: header });
        let frame = projector.frame();
        let height = frame.max().y + footer;

        let regions: Vec<MultiPolygon<f64>> = scenario
            .regions
            .par_iter()
            .map(|r| projector.polygons(&r.shape))
            .collect();
        let basemap: Vec<MultiPolygon<f64>> = scenario
            .basemap
            .par_iter()
            .map(|b| projector.polygons(&b.shape))
            .collect();
        let centres = regions.par_iter().map(visual_centre).collect();
        let base_centres = basemap
            .par_iter()
            .map(|b| visual_centre(b).map(|(c, _)| c))
            .collect();
        let lines = scenario
            .lines
            .iter()
            .map(|l| projector.lines(&l.path))
            .collect();
        let railways = scenario
            .railways
            .iter()
            .map(|r| projector.lines(&MultiLineString::new(vec![r.path.clone()])))
            .collect();
        let cities = scenario
            .cities
            .iter()
            .map(|c| projector.point(c.at))
            .collect();
        let (meridians, parallels) = projector.graticule(5.0);
        let graticule = MultiLineString::new(
            meridians
                .into_iter()
                .chain(parallels)
                .flat_map(|(_, l)| l.0)
                .collect(),
        );
        Ok(Prepared {
            options: options.clone(),
            s,
            ts,
            width,
            height,
            frame,
            basemap,
            regions,
            centres,
            base_centres,
            lines,
            railways,
            cities,
            graticule,
        })
    }

    /// Canvas width and height in pixels.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// The projected outline of each region (canvas pixels), in the scenario's order.
    pub fn region_shapes(&self) -> &[MultiPolygon<f64>] {
        &self.regions
    }

    /// The map frame on the canvas.
    pub fn frame(&self) -> Rect<f64> {
        self.frame
    }

    fn theme(&self) -> &Theme {
        &self.options.theme
    }
}

fn area_shape(
    id: Option<String>,
    class: Option<String>,
    title: Option<String>,
    mp: &MultiPolygon<f64>,
    fill: Fill,
    stroke: Option<Stroke>,
) -> Item {
    Item::Shape(Shape {
        id,
        class,
        title,
        geometry: Geometry::Area(mp.clone()),
        fill,
        stroke,
    })
}

fn line_shape(
    class: &str,
    id: Option<String>,
    title: Option<String>,
    ml: &MultiLineString<f64>,
    stroke: Stroke,
) -> Item {
    Item::Shape(Shape {
        id,
        class: Some(class.into()),
        title,
        geometry: Geometry::Lines(ml.clone()),
        fill: Fill::None,
        stroke: Some(stroke),
    })
}

/// Builds the scene of one state.
pub fn build(scenario: &Scenario, prepared: &Prepared, state: &State) -> Scene {
    let p = prepared;
    let theme = p.theme();
    let (s, ts) = (p.s, p.ts);
    let power_color = |id: &str| {
        scenario
            .powers
            .iter()
            .position(|q| q.id == id)
            .map_or(theme.text, |i| {
                theme.power_color(scenario.powers[i].color, i)
            })
    };

    // Sea, graticule and frame background.
    let frame_size = p.frame.max() - p.frame.min();
    let mut sea = vec![Item::Shape(Shape {
        id: Some("sea-area".into()),
        class: None,
        title: None,
        geometry: Geometry::Rect {
            at: p.frame.min(),
            size: frame_size,
        },
        fill: Fill::Color(theme.sea, 1.0),
        stroke: None,
    })];
    sea.push(line_shape(
        "graticule",
        None,
        None,
        &p.graticule,
        Stroke::solid(theme.graticule, 0.7 * s),
    ));

    // Basemap: neutral land, and the powers' home territory in their colour.
    let mut land = Vec::new();
    let mut homes_shown: Vec<&str> = Vec::new();
    for (b, shape) in scenario.basemap.iter().zip(&p.basemap) {
        if shape.0.is_empty() {
            continue;
        }
        let fill = match &b.power {
            Some(pid) => {
                if !homes_shown.contains(&pid.as_str()) {
                    homes_shown.push(pid);
                }
                theme.home_fill(power_color(pid))
            }
            None => theme.land,
        };
        let class = match &b.power {
            Some(pid) => format!("land home {pid}"),
            None => "land".into(),
        };
        land.push(area_shape(
            Some(format!("land-{}", b.id)),
            Some(class),
            b.name.clone(),
            shape,
            Fill::Color(fill, 1.0),
            Some(Stroke::solid(theme.border, 0.7 * s)),
        ));
    }

    // Regions, filled by who holds them and how.
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut regions = Vec::new();
    let mut borders = Vec::new();
    let mut used: Vec<(String, String)> = Vec::new();
    let mut uncertain_region = false;
    for ((r, shape), held) in scenario.regions.iter().zip(&p.regions).zip(&state.controls) {
        if shape.0.is_empty() {
            continue;
        }
        let (fill, extra, class, title) = match held {
            Some(h) => {
                let c = &h.control;
                let color = power_color(&c.power);
                let style = scenario
                    .status(&c.status)
                    .map_or(crate::model::Style::Solid, |st| st.style);
                let pid = format!("pattern-{}-{}", c.power, c.status);
                let (fill, pattern, extra) = control_paint(theme, &pid, color, style, s);
                if let Some(pat) = pattern
                    && !patterns.iter().any(|q| q.id == pat.id)
                {
                    patterns.push(pat);
                }
                let key = (c.power.clone(), c.status.clone());
                if !used.contains(&key) {
                    used.push(key);
                }
                let power_name = scenario
                    .power(&c.power)
                    .map_or(c.power.as_str(), |q| q.name_at(state.date));
                let status_label = scenario
                    .status(&c.status)
                    .map_or(c.status.as_str(), |st| st.label.as_str());
                let ev = &scenario.events[h.since];
                let title = format!(
                    "{}: {power_name}, {status_label} (since the {} of {})",
                    r.name,
                    ev.title,
                    ev.date.long()
                );
                (
                    fill,
                    extra,
                    format!("region {} {}", c.power, c.status),
                    title,
                )
            }
            None => (
                Fill::None,
                None,
                "region none".to_string(),
                format!("{}: not held by any power of the map", r.name),
            ),
        };
        regions.push(area_shape(
            Some(format!("region-{}", r.id)),
            Some(class),
            Some(title),
            shape,
            fill,
            extra,
        ));
        let stroke = if r.certainty == Certainty::Low {
            uncertain_region = true;
            Stroke {
                color: theme.treaty,
                width: 1.1 * s,
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
        };
        borders.push(line_shape(
            if r.certainty == Certainty::Low {
                "region-border uncertain"
            } else {
                "region-border"
            },
            None,
            None,
            &outline(shape),
            stroke,
        ));
    }

    // Treaty lines and railways in force at the date.
    let mut treaty = Vec::new();
    let mut treaty_names: Vec<&str> = Vec::new();
    let mut uncertain_line = false;
    for (l, path) in scenario.lines.iter().zip(&p.lines) {
        let shown = state.reached(scenario, &l.event)
            && !l
                .until
                .as_deref()
                .is_some_and(|u| state.reached(scenario, u));
        if !shown || path.0.is_empty() {
            continue;
        }
        if !treaty_names.contains(&l.name.as_str()) {
            treaty_names.push(&l.name);
        }
        let low = l.certainty == Certainty::Low;
        uncertain_line |= low;
        treaty.push(line_shape(
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
        treaty.push(line_shape(
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
    let mut rail = Vec::new();
    for (r, path) in scenario.railways.iter().zip(&p.railways) {
        let open = r.from.is_none_or(|d| d <= state.date) && r.until.is_none_or(|d| state.date < d);
        if !open || path.0.is_empty() {
            continue;
        }
        let (casing, centre) = rail_strokes(theme, s);
        rail.push(line_shape(
            "railway-casing",
            Some(format!("rail-{}", r.id)),
            Some(r.name.clone()),
            path,
            casing,
        ));
        rail.push(line_shape("railway", None, None, path, centre));
    }

    // Legend: only what this map shows.
    let mut rows = Vec::new();
    for (i, power) in scenario.powers.iter().enumerate() {
        let home = homes_shown.contains(&power.id.as_str());
        let statuses: Vec<_> = scenario
            .statuses
            .iter()
            .filter(|st| used.contains(&(power.id.clone(), st.id.clone())))
            .collect();
        if !home && statuses.is_empty() {
            continue;
        }
        rows.push(Row {
            swatch: Swatch::Heading,
            words: power.name_at(state.date).to_string(),
        });
        let color = theme.power_color(power.color, i);
        if home {
            rows.push(Row {
                swatch: Swatch::Area {
                    fill: Fill::Color(theme.home_fill(color), 1.0),
                    stroke: None,
                },
                words: "home territory".into(),
            });
        }
        for st in statuses {
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
    }
    for name in &treaty_names {
        rows.push(Row {
            swatch: Swatch::Line(treaty_stroke(theme, s, false)),
            words: (*name).to_string(),
        });
    }
    if uncertain_line {
        rows.push(Row {
            swatch: Swatch::Line(treaty_stroke(theme, s, true)),
            words: "course uncertain".into(),
        });
    }
    if uncertain_region {
        rows.push(Row {
            swatch: Swatch::Area {
                fill: Fill::None,
                stroke: Some(Stroke {
                    color: theme.treaty,
                    width: 1.1 * s,
                    opacity: 0.8,
                    dash: vec![5.0 * s, 3.5 * s],
                }),
            },
            words: "boundary uncertain".into(),
        });
    }
    if !rail.is_empty() {
        let (casing, centre) = rail_strokes(theme, s);
        rows.push(Row {
            swatch: Swatch::Cased(casing, centre),
            words: "railway".into(),
        });
    }
    let legend = Legend::new(rows, ts.max(s));
    let legend_at = place_legend(p, &legend, state);
    let legend_rect = Rect::new(legend_at, legend_at + legend.size);

    // Labels: regions first, then cities by rank, then context names.
    let mut placer = Placer::new(shrink(p.frame, 4.0 * s), vec![legend_rect]);
    let mut label_items = Vec::new();
    let mut city_items = Vec::new();
    region_labels(
        scenario,
        p,
        state,
        &power_color,
        &mut placer,
        &mut label_items,
    );
    city_labels(
        scenario,
        p,
        state,
        &mut placer,
        &mut city_items,
        &mut label_items,
    );
    context_labels(scenario, p, &mut placer, &mut label_items);

    // Header and footer.
    let sub = subtitle(scenario, state);
    let margin = 22.0 * ts;
    let header = vec![
        Item::Text(Text {
            at: Coord {
                x: margin,
                y: 36.0 * ts,
            },
            text: scenario.title.clone(),
            size: 25.0 * ts,
            bold: true,
            italic: false,
            anchor: Anchor::Start,
            color: theme.text,
            halo: None,
            spacing: 0.0,
            class: Some("title".into()),
        }),
        Item::Text(Text {
            at: Coord {
                x: margin,
                y: 63.0 * ts,
            },
            text: sub.clone(),
            size: 17.0 * ts,
            bold: false,
            italic: false,
            anchor: Anchor::Start,
            color: theme.text,
            halo: None,
            spacing: 0.0,
            class: Some("subtitle".into()),
        }),
    ];
    let mut credit = scenario.credit.clone();
    if let Some(e) = state.last(scenario) {
        credit.push_str(&format!(" Latest event: {}.", e.source));
    }
    let footer = vec![Item::Text(Text {
        at: Coord {
            x: margin,
            y: p.height - 11.0 * ts,
        },
        text: credit,
        size: 11.0 * ts,
        bold: false,
        italic: false,
        anchor: Anchor::Start,
        color: theme.muted,
        halo: None,
        spacing: 0.0,
        class: Some("credit".into()),
    })];
    let frame_line = vec![Item::Shape(Shape {
        id: Some("frame-line".into()),
        class: None,
        title: None,
        geometry: Geometry::Rect {
            at: p.frame.min(),
            size: frame_size,
        },
        fill: Fill::None,
        stroke: Some(Stroke::solid(theme.border, 1.0 * s)),
    })];

    let layer = |id: &str, items: Vec<Item>| Layer {
        id: id.into(),
        items,
    };
    Scene {
        width: p.width,
        height: p.height,
        title: format!("{} — {}", scenario.title, sub),
        desc: alt_text(scenario, state),
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
                            x: p.width,
                            y: p.height,
                        },
                    },
                    fill: Fill::Color(theme.paper, 1.0),
                    stroke: None,
                })],
            ),
            layer("sea", sea),
            layer("land", land),
            layer("regions", regions),
            layer("region-borders", borders),
            layer("railways", rail),
            layer("treaty-lines", treaty),
            layer("cities", city_items),
            layer("labels", label_items),
            layer("frame", frame_line),
            layer(
                "legend",
                if legend.is_empty() {
                    Vec::new()
                } else {
                    legend.items(legend_at, theme)
                },
            ),
            layer("header", header),
            layer("footer", footer),
        ],
    }
}

fn treaty_stroke(theme: &Theme, s: f64, low: bool) -> Stroke {
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

fn rail_strokes(theme: &Theme, s: f64) -> (Stroke, Stroke) {
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

fn outline(mp: &MultiPolygon<f64>) -> MultiLineString<f64> {
    MultiLineString::new(
        mp.0.iter()
            .flat_map(|p| {
                std::iter::once(p.exterior().clone()).chain(p.interiors().iter().cloned())
            })
            .collect(),
    )
}

fn shrink(r: Rect<f64>, by: f64) -> Rect<f64> {
    Rect::new(
        r.min() + Coord { x: by, y: by },
        r.max() - Coord { x: by, y: by },
    )
}

/// Puts the legend in the frame corner where it hides the least of the held regions.
fn place_legend(p: &Prepared, legend: &Legend, state: &State) -> Coord<f64> {
    let m = 14.0 * p.s;
    let (min, max) = (p.frame.min(), p.frame.max());
    let size = legend.size;
    let corners = [
        Coord {
            x: min.x + m,
            y: max.y - m - size.y,
        },
        Coord {
            x: max.x - m - size.x,
            y: max.y - m - size.y,
        },
        Coord {
            x: min.x + m,
            y: min.y + m,
        },
        Coord {
            x: max.x - m - size.x,
            y: min.y + m,
        },
    ];
    // Sample the box on a grid: what it would hide, weighted by importance.
    let cost = |at: &Coord<f64>| -> f64 {
        use geo::Contains;
        let (nx, ny) = (16, 12);
        let mut total = 0.0;
        for i in 0..=nx {
            for j in 0..=ny {
                let pt = Coord {
                    x: at.x + size.x * f64::from(i) / f64::from(nx),
                    y: at.y + size.y * f64::from(j) / f64::from(ny),
                };
                let region = p
                    .regions
                    .iter()
                    .zip(&state.controls)
                    .find(|(shape, _)| shape.contains(&pt));
                total += match region {
                    Some((_, Some(_))) => 6.0,
                    Some((_, None)) => 0.35,
                    None if p.basemap.iter().any(|b| b.contains(&pt)) => 0.12,
                    None => 0.0,
                };
                if p.cities.iter().flatten().any(|c| {
                    (c.x - pt.x).abs() < size.x / 16.0 && (c.y - pt.y).abs() < size.y / 12.0
                }) {
                    total += 2.0;
                }
            }
        }
        total
    };
    let mut best = corners[0];
    let mut best_cost = f64::INFINITY;
    for c in corners {
        let k = cost(&c);
        if k < best_cost - 1e-9 {
            best = c;
            best_cost = k;
        }
    }
    best
}

fn region_labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    power_color: &dyn Fn(&str) -> Color,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let theme = p.theme();
    let ts = p.ts;
    // Regions under the same control and the same period name are labelled once, on
    // their union; the others by their own name.
    struct Group {
        name: String,
        shape: MultiPolygon<f64>,
        color: Color,
        held: bool,
        /// The region, while the group has just one (its centre is precomputed).
        region: Option<usize>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut grouped: Vec<(String, String, String, usize)> = Vec::new();
    for (i, (r, held)) in scenario.regions.iter().zip(&state.controls).enumerate() {
        let shape = &p.regions[i];
        if shape.0.is_empty() {
            continue;
        }
        match held {
            Some(h) => {
                let color = power_color(&h.control.power).mix(Color::BLACK, 0.45);
                if let Some(label) = &h.control.label {
                    let key = (
                        h.control.power.clone(),
                        h.control.status.clone(),
                        label.clone(),
                    );
                    if let Some(g) = grouped
                        .iter()
                        .find(|g| (&g.0, &g.1, &g.2) == (&key.0, &key.1, &key.2))
                    {
                        let gi = g.3;
                        groups[gi].shape = groups[gi].shape.union(shape);
                        groups[gi].region = None;
                        continue;
                    }
                    grouped.push((key.0, key.1, key.2, groups.len()));
                    groups.push(Group {
                        name: label.clone(),
                        shape: shape.clone(),
                        color,
                        held: true,
                        region: Some(i),
                    });
                } else {
                    groups.push(Group {
                        name: r.name.clone(),
                        shape: shape.clone(),
                        color,
                        held: true,
                        region: Some(i),
                    });
                }
            }
            None => groups.push(Group {
                name: r.name.clone(),
                shape: shape.clone(),
                color: theme.muted,
                held: false,
                region: Some(i),
            }),
        }
    }
    // Larger areas are labelled first.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    let areas: Vec<f64> = groups.iter().map(|g| g.shape.unsigned_area()).collect();
    order.sort_by(|&a, &b| areas[b].total_cmp(&areas[a]).then(a.cmp(&b)));
    for gi in order {
        let g = &groups[gi];
        let centre = match g.region {
            Some(i) => p.centres[i].clone(),
            None => visual_centre(&g.shape),
        };
        let Some((centre, poly)) = centre else {
            continue;
        };
        let span = poly.bounding_rect().map_or(0.0, |b| b.width());
        let base = if areas[gi] > 60_000.0 * p.s * p.s {
            15.5
        } else {
            12.5
        };
        let mut placed = false;
        for size in [base, base - 2.0, base - 4.0] {
            let look = Look {
                size: size * ts,
                bold: g.held,
                italic: !g.held,
                color: g.color,
                halo: Some((theme.halo, 3.2 * ts)),
                spacing: 0.09 * size * ts,
                class: "region-label",
            };
            let name = map_name(&g.name).to_uppercase();
            let mut candidates = Vec::new();
            for lines in wrap(&name, &look, span * 0.8) {
                for (dx, dy) in [
                    (0.0, 0.0),
                    (0.0, -14.0),
                    (0.0, 14.0),
                    (-20.0, 0.0),
                    (20.0, 0.0),
                    (0.0, -28.0),
                    (0.0, 28.0),
                ] {
                    let c = Coord {
                        x: centre.x + dx * ts,
                        y: centre.y + dy * ts,
                    };
                    let block = look.block(c, &lines);
                    if inside(&poly, &block, 0.0) {
                        candidates.push(block);
                    }
                }
            }
            if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
                out.extend(lines.into_iter().map(Item::Text));
                placed = true;
                break;
            }
        }
        if !placed && g.held {
            // Too small for its name inside (e.g. a leased territory): set it beside.
            let look = Look {
                size: 11.5 * ts,
                bold: true,
                italic: false,
                color: g.color,
                halo: Some((theme.halo, 3.0 * ts)),
                spacing: 0.0,
                class: "region-label outside",
            };
            let b = poly.bounding_rect().unwrap_or(Rect::new(centre, centre));
            let gap = 4.0 * ts;
            let mid = (b.min().y + b.max().y) / 2.0 + look.size * 0.36;
            let candidates = vec![
                vec![look.text(
                    Coord {
                        x: b.max().x + gap,
                        y: mid,
                    },
                    Anchor::Start,
                    map_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: b.min().x - gap,
                        y: mid,
                    },
                    Anchor::End,
                    map_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: centre.x,
                        y: b.max().y + gap + look.size * 0.75,
                    },
                    Anchor::Middle,
                    map_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: centre.x,
                        y: b.min().y - gap - look.size * 0.25,
                    },
                    Anchor::Middle,
                    map_name(&g.name),
                )],
            ];
            if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
                out.extend(lines.into_iter().map(Item::Text));
            }
        }
    }
}

/// The name as set on the map: without a parenthetical gloss, which stays in the
/// region's tooltip ("Jehol (Rehe)" is labelled "Jehol").
fn map_name(name: &str) -> &str {
    match name.find(" (") {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

fn city_labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    placer: &mut Placer,
    dots: &mut Vec<Item>,
    out: &mut Vec<Item>,
) {
    let theme = p.theme();
    let ts = p.ts;
    let mut order: Vec<usize> = (0..scenario.cities.len()).collect();
    order.sort_by_key(|&i| (scenario.cities[i].rank, i));
    for i in order {
        let city = &scenario.cities[i];
        let Some(at) = p.cities[i] else { continue };
        let major = city.rank <= 1;
        let r = if major { 3.6 } else { 2.8 } * ts;
        let dot_box = Rect::new(
            at - Coord {
                x: r + 1.0,
                y: r + 1.0,
            },
            at + Coord {
                x: r + 1.0,
                y: r + 1.0,
            },
        );
        if !placer.fits(&dot_box) {
            continue;
        }
        let look = Look {
            size: if major { 13.0 } else { 11.5 } * ts,
            bold: false,
            italic: false,
            color: theme.text,
            halo: Some((theme.halo, 2.8 * ts)),
            spacing: 0.0,
            class: if major {
                "city-label major"
            } else {
                "city-label"
            },
        };
        let name = city.name_at(state.date);
        let gap = r + 3.0 * ts;
        let cap = look.size * 0.36;
        let candidates = vec![
            vec![look.text(
                Coord {
                    x: at.x + gap,
                    y: at.y + cap,
                },
                Anchor::Start,
                name,
            )],
            vec![look.text(
                Coord {
                    x: at.x - gap,
                    y: at.y + cap,
                },
                Anchor::End,
                name,
            )],
            vec![look.text(
                Coord {
                    x: at.x,
                    y: at.y - gap - 1.0 * ts,
                },
                Anchor::Middle,
                name,
            )],
            vec![look.text(
                Coord {
                    x: at.x,
                    y: at.y + gap + look.size * 0.75,
                },
                Anchor::Middle,
                name,
            )],
            vec![look.text(
                Coord {
                    x: at.x + gap * 0.8,
                    y: at.y - gap * 0.8,
                },
                Anchor::Start,
                name,
            )],
            vec![look.text(
                Coord {
                    x: at.x - gap * 0.8,
                    y: at.y - gap * 0.8,
                },
                Anchor::End,
                name,
            )],
        ];
        let Some(lines) = placer.place_first(candidates, 1.5 * ts) else {
            continue;
        };
        placer.take(dot_box);
        dots.push(Item::Shape(Shape {
            id: Some(format!("city-{}", city.id)),
            class: Some(if major {
                "city major".into()
            } else {
                "city".into()
            }),
            title: Some(name.to_string()),
            geometry: Geometry::Circle { at, r },
            fill: Fill::Color(if major { theme.text } else { theme.paper }, 1.0),
            stroke: Some(Stroke::solid(
                if major { theme.paper } else { theme.text },
                1.2 * ts,
            )),
        }));
        out.extend(lines.into_iter().map(Item::Text));
    }
}

fn context_labels(scenario: &Scenario, p: &Prepared, placer: &mut Placer, out: &mut Vec<Item>) {
    use geo::Contains;
    let theme = p.theme();
    let ts = p.ts;
    for (b, centre) in scenario.basemap.iter().zip(&p.base_centres) {
        let (Some(name), Some(c)) = (&b.name, centre) else {
            continue;
        };
        // A country mostly covered by a region is named by the region's label.
        if p.regions.iter().any(|r| r.contains(c)) {
            continue;
        }
        let look = Look {
            size: 14.0 * ts,
            bold: false,
            italic: false,
            color: theme.muted,
            halo: Some((theme.halo, 2.5 * ts)),
            spacing: 0.25 * 14.0 * ts,
            class: "country-label",
        };
        let block = look.block(*c, &[name.to_uppercase()]);
        if let Some(lines) = placer.place_first(vec![block], 2.0 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
        }
    }
}
