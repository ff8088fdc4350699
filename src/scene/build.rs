//! Building scenes: [`Prepared`] holds what every date shares, [`build`] adds one date.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use geo::{Area, BooleanOps, BoundingRect, Coord, MultiLineString, MultiPolygon, Polygon, Rect};
use rayon::prelude::*;

use super::describe::short_name;
use super::labels::{
    Look, Placer, dot_box, inside_located, point_label_candidates, visual_centre, wrap,
};
use super::legend::{Legend, Row, Swatch};
use super::locate::Located;
use super::style::control_paint;
use super::{
    Anchor, Fill, Geometry, HomeTerritory, Item, Layer, Options, Pattern, Scene, Shape, Stroke,
    Text, Theme, alt_text, subtitle,
};
use crate::model::{Certainty, Color, Scenario};
use crate::project::{ProjectError, Projector};
use crate::timeline::State;

/// Maps narrower than this (pixels) put the legend under the map: a box on the map
/// would hide too much of it.
pub const NARROW: f64 = 1200.0;

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
    /// Side margin of the title, credit and legend band.
    margin: f64,
    /// Height of the credit area under the map (and legend band).
    footer: f64,
    /// Narrow maps put the legend in a band under the map instead of a box on it.
    narrow: bool,
    frame: Rect<f64>,
    basemap: Vec<MultiPolygon<f64>>,
    regions: Vec<MultiPolygon<f64>>,
    centres: Vec<Option<(Coord<f64>, Polygon<f64>)>>,
    base_centres: Vec<Option<Coord<f64>>>,
    lines: Vec<MultiLineString<f64>>,
    railways: Vec<MultiLineString<f64>>,
    cities: Vec<Option<Coord<f64>>>,
    graticule: MultiLineString<f64>,
    /// Each region and basemap area ready for the many point tests of label and legend
    /// placement.
    located_regions: Vec<Located>,
    located_basemap: Vec<Located>,
    /// Which power's home territory each region lies in, for the alt text.
    home: HomeTerritory,
    /// What region labels need of each region: computed once per run.
    outlines: Vec<Arc<Outline>>,
    /// The same for unions of regions labelled together, made when a map first needs
    /// them and shared by the maps of every later date (keyed by the regions, in order).
    unions: Mutex<HashMap<Vec<usize>, Arc<Outline>>>,
}

/// An area that gets one label: its shape and size, its visual centre and the polygon
/// that holds it, each ready for point tests.
#[derive(Debug)]
struct Outline {
    area: f64,
    shape: Located,
    centre: Option<(Coord<f64>, Polygon<f64>, Located)>,
}

impl Outline {
    fn new(shape: MultiPolygon<f64>, centre: Option<(Coord<f64>, Polygon<f64>)>) -> Outline {
        Outline {
            area: shape.unsigned_area(),
            centre: centre.map(|(c, poly)| {
                let located = Located::polygon(poly.clone());
                (c, poly, located)
            }),
            shape: Located::new(shape),
        }
    }
}

impl Prepared {
    /// Projects the scenario's layers for maps `options.width` pixels wide.
    pub fn new(scenario: &Scenario, options: &Options) -> Result<Prepared, ProjectError> {
        let width = options.width.round();
        let s = width / 1600.0;
        let ts = s.sqrt();
        let header = (78.0 * ts).round();
        let margin = (22.0 * ts).round();
        let narrow = width < NARROW;
        let projector =
            Projector::new(&scenario.map, width)?.with_origin(Coord { x: 0.0, y: header });
        let frame = projector.frame();
        let theme = &options.theme;
        let band = if narrow {
            let legend = full_legend(scenario, theme, s, ts, width - 2.0 * margin);
            (legend.size.y + 24.0 * ts).ceil()
        } else {
            0.0
        };
        // As many credit lines as the longest credit of any date needs, so that every map
        // of a scenario has the same size.
        let credit_rows = std::iter::once(None)
            .chain(scenario.events.iter().map(Some))
            .map(|e| credit_lines(scenario, e, width - 2.0 * margin, ts).len())
            .max()
            .unwrap_or(1)
            .max(1);
        let footer = (credit_rows as f64 * credit_leading(ts) + 12.0 * ts).round();
        let height = frame.max().y + band + footer;

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
        let centres: Vec<Option<(Coord<f64>, Polygon<f64>)>> =
            regions.par_iter().map(visual_centre).collect();
        let located_regions = regions
            .par_iter()
            .map(|r| Located::new(r.clone()))
            .collect();
        let located_basemap = basemap
            .par_iter()
            .map(|b| Located::new(b.clone()))
            .collect();
        let outlines = regions
            .par_iter()
            .zip(&centres)
            .map(|(r, c)| Arc::new(Outline::new(r.clone(), c.clone())))
            .collect();
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
            margin,
            footer,
            narrow,
            frame,
            basemap,
            regions,
            centres,
            base_centres,
            lines,
            railways,
            cities,
            graticule,
            located_regions,
            located_basemap,
            home: HomeTerritory::of(scenario),
            outlines,
            unions: Mutex::new(HashMap::new()),
        })
    }

    /// The outline of regions labelled together: the union of their shapes, made once.
    fn union(&self, members: &[usize]) -> Arc<Outline> {
        if let [i] = members {
            return self.outlines[*i].clone();
        }
        let key = members.to_vec();
        if let Some(o) = self.unions.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return o;
        }
        // Made outside the lock: another thread may make the same one meanwhile, and
        // both are equal, so whichever is kept gives the same maps.
        let shape = members[1..]
            .iter()
            .fold(self.regions[members[0]].clone(), |acc, &i| {
                acc.union(&self.regions[i])
            });
        let centre = visual_centre(&shape);
        let made = Arc::new(Outline::new(shape, centre));
        match self.unions.lock() {
            Ok(mut m) => m.entry(key).or_insert(made).clone(),
            Err(_) => made,
        }
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

    // Accessors for other scene builders (the diff map in scene/diff.rs).

    /// The theme the map was prepared with.
    pub(crate) fn theme_of(&self) -> &Theme {
        &self.options.theme
    }

    /// Scale of strokes and patterns, and scale of text (both 1 at 1600 px wide).
    pub(crate) fn scales(&self) -> (f64, f64) {
        (self.s, self.ts)
    }

    /// The projected basemap areas, in the scenario's order.
    pub(crate) fn basemap_shapes(&self) -> &[MultiPolygon<f64>] {
        &self.basemap
    }

    /// The projected graticule.
    pub(crate) fn graticule_lines(&self) -> &MultiLineString<f64> {
        &self.graticule
    }

    /// Each region's visual centre and the polygon it lies in, in the scenario's order.
    pub(crate) fn region_centres(&self) -> &[Option<(Coord<f64>, Polygon<f64>)>] {
        &self.centres
    }

    /// Each city's position on the canvas (`None` when outside the frame).
    pub(crate) fn city_points(&self) -> &[Option<Coord<f64>>] {
        &self.cities
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
            // One pixel wide at 1600 px: tiny-skia draws strokes up to a pixel as
            // anti-aliased hairlines, which on the maps of a batch took a third less
            // time than the stroked outline of a 1.1 px border (BENCHMARKS.md).
            Stroke {
                color: theme.region_border,
                width: 1.0 * s,
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
    let held: Vec<(usize, bool, Vec<&crate::model::Status>)> = scenario
        .powers
        .iter()
        .enumerate()
        .map(|(i, power)| {
            let statuses = scenario
                .statuses
                .iter()
                .filter(|st| used.contains(&(power.id.clone(), st.id.clone())))
                .collect();
            (i, homes_shown.contains(&power.id.as_str()), statuses)
        })
        .collect();
    let symbols = Symbols {
        lines: treaty_names.iter().map(|n| n.to_string()).collect(),
        uncertain_line,
        uncertain_region,
        railway: !rail.is_empty(),
    };
    let blocks = legend_blocks(scenario, theme, s, state.date, &held, &symbols);
    let (legend, legend_at, obstacles) = if p.narrow {
        let legend = Legend::band(blocks, ts, p.width - 2.0 * p.margin);
        let at = Coord {
            x: p.margin,
            y: p.frame.max().y + 12.0 * ts,
        };
        (legend, at, vec![])
    } else {
        let legend = Legend::boxed(blocks, ts.max(s));
        let at = place_legend(p, &legend, state);
        let rect = Rect::new(at, at + legend.size);
        (legend, at, vec![rect])
    };

    // Labels: regions first, then cities by rank, then context names.
    let mut placer = Placer::new(shrink(p.frame, 4.0 * s), obstacles);
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
    let margin = p.margin;
    // The title (the same on every map) and the subtitle (the date) are layers of their
    // own: the title drawn first, over the paper only, and the footer and subtitle last,
    // so that a batch rasterises the map between them once for all the dates that share
    // it (see render::png::Rasterizer). Title, subtitle and footer lie apart from each
    // other and from the map, so the order changes no pixel.
    let title = vec![Item::Text(Text::plain(
        Coord {
            x: margin,
            y: 36.0 * ts,
        },
        scenario.title.clone(),
        25.0 * ts,
        true,
        theme.text,
        "title",
    ))];
    let subtitle = vec![Item::Text(Text::plain(
        Coord {
            x: margin,
            y: 63.0 * ts,
        },
        sub.clone(),
        17.0 * ts,
        false,
        theme.text,
        "subtitle",
    ))];
    let credit = credit_lines(scenario, state.last(scenario), p.width - 2.0 * p.margin, ts);
    let footer: Vec<Item> = credit
        .iter()
        .enumerate()
        .map(|(k, line)| {
            Item::Text(Text::plain(
                Coord {
                    x: p.margin,
                    y: p.height - p.footer + (k as f64 + 1.0) * credit_leading(ts),
                },
                line.clone(),
                legible(CREDIT_SIZE, ts),
                false,
                theme.muted,
                "credit",
            ))
        })
        .collect();
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
        desc: alt_text(scenario, &p.home, state),
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
            layer("title", title),
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
            layer("footer", footer),
            layer("subtitle", subtitle),
        ],
    }
}

const CREDIT_SIZE: f64 = 11.0;
/// The smallest text drawn, in pixels: below this, small maps become unreadable.
const MIN_TEXT: f64 = 9.0;

/// A font size at text scale `ts`, never below [`MIN_TEXT`].
fn legible(size: f64, ts: f64) -> f64 {
    (size * ts).max(MIN_TEXT)
}

fn credit_leading(ts: f64) -> f64 {
    legible(CREDIT_SIZE, ts) * CREDIT_LEADING / CREDIT_SIZE
}
const CREDIT_LEADING: f64 = 14.0;

/// What the legend shows besides the powers.
struct Symbols {
    lines: Vec<String>,
    uncertain_line: bool,
    uncertain_region: bool,
    railway: bool,
}

/// The legend's blocks: one per power shown (its name, home territory, statuses), then
/// one for lines and symbols.
fn legend_blocks(
    scenario: &Scenario,
    theme: &Theme,
    s: f64,
    date: crate::model::Date,
    held: &[(usize, bool, Vec<&crate::model::Status>)],
    symbols: &Symbols,
) -> Vec<Vec<Row>> {
    let mut blocks = Vec::new();
    for (i, home, statuses) in held {
        if !home && statuses.is_empty() {
            continue;
        }
        let power = &scenario.powers[*i];
        let mut rows = vec![Row {
            swatch: Swatch::Heading,
            words: power.name_at(date).to_string(),
        }];
        let color = theme.power_color(power.color, *i);
        if *home {
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
        blocks.push(rows);
    }
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
                stroke: Some(uncertain_stroke(theme, s)),
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
    blocks.push(rows);
    blocks
}

/// The legend of everything the scenario could show at any date: sizes the legend band
/// of narrow maps, so that every map of a scenario has the same height.
fn full_legend(scenario: &Scenario, theme: &Theme, s: f64, ts: f64, max_width: f64) -> Legend {
    let date = scenario
        .events
        .iter()
        .map(|e| e.date)
        .max()
        .unwrap_or(crate::model::Date::end_of_year(scenario.end));
    let held: Vec<(usize, bool, Vec<&crate::model::Status>)> = scenario
        .powers
        .iter()
        .enumerate()
        .map(|(i, power)| {
            let home = scenario.basemap.iter().any(|b| b.power.as_deref() == Some(power.id.as_str()));
            let statuses = scenario
                .statuses
                .iter()
                .filter(|st| {
                    scenario.events.iter().flat_map(|e| &e.changes).any(|(_, c)| {
                        matches!(c, crate::model::ControlChange::Set(c) if c.power == power.id && c.status == st.id)
                    })
                })
                .collect();
            (i, home, statuses)
        })
        .collect();
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
        legend_blocks(scenario, theme, s, date, &held, &symbols),
        ts,
        max_width,
    )
}

/// The credit line, with the latest event's source, wrapped to `max_width`.
fn credit_lines(
    scenario: &Scenario,
    last: Option<&crate::model::Event>,
    max_width: f64,
    ts: f64,
) -> Vec<String> {
    let mut text = scenario.credit.clone();
    if let Some(e) = last {
        text.push_str(&format!(" Latest event: {}.", readable_url(&e.source)));
    }
    wrap_words(&text, legible(CREDIT_SIZE, ts), max_width)
}

/// Greedy word wrap by measured width (a word longer than the line gets a line of its own).
fn wrap_words(text: &str, size: f64, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && super::text::width(&candidate, size, false, 0.0) > max_width {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A URL as a reader would write it: percent-escapes decoded when they spell UTF-8 text
/// ("Japan%E2%80%93Russia" → "Japan–Russia").
pub(crate) fn readable_url(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) if !s.chars().any(|c| c.is_control() || c == ' ') => s,
        _ => url.to_string(),
    }
}

fn uncertain_stroke(theme: &Theme, s: f64) -> Stroke {
    Stroke {
        color: theme.treaty,
        width: 1.1 * s,
        opacity: 0.8,
        dash: vec![5.0 * s, 3.5 * s],
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

/// The rings of an area as lines, to stroke its outline.
pub(super) fn outline(mp: &MultiPolygon<f64>) -> MultiLineString<f64> {
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
    let held = |i: usize| state.controls.get(i).is_some_and(Option::is_some);
    least_hidden(p, legend.size, 8.0, 40.0, &|i| {
        if held(i) { 25.0 } else { 2.0 }
    })
}

/// Where in the frame a box of `size` hides the least of the map: the corners first
/// (preferred on ties), then places along the edges. Each place is sampled on a grid
/// `step` pixels apart (at 1600 px) and weighed by what each sample hides: region `i`
/// costs `region(i)`, other land 0.3, open sea nothing, and a city inside the box
/// `per_city`. Used for the legend of both the map and the diff map.
pub(super) fn least_hidden(
    p: &Prepared,
    size: Coord<f64>,
    step: f64,
    per_city: f64,
    region: &dyn Fn(usize) -> f64,
) -> Coord<f64> {
    use geo::Contains;
    let m = 14.0 * p.s;
    let (min, max) = (p.frame.min(), p.frame.max());
    let (left, right) = (min.x + m, max.x - m - size.x);
    let (top, bottom) = (min.y + m, max.y - m - size.y);
    let mut spots = vec![
        Coord { x: left, y: bottom },
        Coord {
            x: right,
            y: bottom,
        },
        Coord { x: left, y: top },
        Coord { x: right, y: top },
    ];
    for t in [0.25, 0.5, 0.75] {
        let x = left + (right - left) * t;
        let y = top + (bottom - top) * t;
        spots.extend([
            Coord { x, y: bottom },
            Coord { x, y: top },
            Coord { x: left, y },
            Coord { x: right, y },
        ]);
    }
    let cost = |at: &Coord<f64>| -> f64 {
        let rect = Rect::new(*at, *at + size);
        let near = |b: Option<Rect<f64>>| b.is_some_and(|b| super::labels::overlaps(&b, &rect));
        let regions: Vec<(usize, &Located)> = p
            .located_regions
            .iter()
            .enumerate()
            .filter(|(_, shape)| near(shape.bbox()))
            .collect();
        let land: Vec<&Located> = p
            .located_basemap
            .iter()
            .filter(|b| near(b.bbox()))
            .collect();
        let cities = p
            .cities
            .iter()
            .flatten()
            .filter(|c| rect.contains(*c))
            .count();
        let step = step * p.s.max(0.5);
        let (nx, ny) = (
            (size.x / step).ceil() as usize,
            (size.y / step).ceil() as usize,
        );
        let mut total = per_city * cities as f64;
        for i in 0..=nx {
            for j in 0..=ny {
                let pt = Coord {
                    x: at.x + size.x * i as f64 / nx.max(1) as f64,
                    y: at.y + size.y * j as f64 / ny.max(1) as f64,
                };
                total += match regions.iter().find(|(_, shape)| shape.contains(pt)) {
                    Some(&(i, _)) => region(i),
                    None if land.iter().any(|b| b.contains(pt)) => 0.3,
                    None => 0.0,
                };
            }
        }
        total
    };
    let mut best = spots[0];
    let mut best_cost = f64::INFINITY;
    for c in spots {
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
        /// The regions labelled together, in the scenario's order.
        members: Vec<usize>,
        color: Color,
        held: bool,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut grouped: Vec<(String, String, String, usize)> = Vec::new();
    for (i, (r, held)) in scenario.regions.iter().zip(&state.controls).enumerate() {
        if p.regions[i].0.is_empty() {
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
                        groups[g.3].members.push(i);
                        continue;
                    }
                    grouped.push((key.0, key.1, key.2, groups.len()));
                    groups.push(Group {
                        name: label.clone(),
                        members: vec![i],
                        color,
                        held: true,
                    });
                } else {
                    groups.push(Group {
                        name: r.name.clone(),
                        members: vec![i],
                        color,
                        held: true,
                    });
                }
            }
            None => groups.push(Group {
                name: r.name.clone(),
                members: vec![i],
                color: theme.muted,
                held: false,
            }),
        }
    }
    let outlines: Vec<Arc<Outline>> = groups.iter().map(|g| p.union(&g.members)).collect();
    // Larger areas are labelled first.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    let areas: Vec<f64> = outlines.iter().map(|o| o.area).collect();
    order.sort_by(|&a, &b| areas[b].total_cmp(&areas[a]).then(a.cmp(&b)));
    for gi in order {
        let g = &groups[gi];
        let outline = &outlines[gi];
        let Some((centre, poly, located_poly)) = &outline.centre else {
            continue;
        };
        let centre = *centre;
        let span = poly.bounding_rect().map_or(0.0, |b| b.width());
        let base = if areas[gi] > 60_000.0 * p.s * p.s {
            15.5
        } else {
            12.5
        };
        let mut placed = false;
        let mut sizes: Vec<f64> = [base, base - 2.0, base - 4.0, base - 5.5]
            .iter()
            .map(|&z| legible(z, ts) / ts)
            .collect();
        sizes.dedup();
        for size in sizes {
            let look = Look {
                size: size * ts,
                bold: g.held,
                italic: !g.held,
                color: g.color,
                halo: Some((theme.halo, 3.2 * ts)),
                spacing: 0.09 * size * ts,
                class: "region-label",
            };
            let name = short_name(&g.name).to_uppercase();
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
                    (-24.0, -20.0),
                    (24.0, -20.0),
                    (-24.0, 20.0),
                    (24.0, 20.0),
                ] {
                    let c = Coord {
                        x: centre.x + dx * ts,
                        y: centre.y + dy * ts,
                    };
                    let block = look.block(c, &lines);
                    if inside_located(located_poly, &block, 0.0) {
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
        // Only a region too small to hold any label is named from outside; a larger one
        // whose label does not fit stays unlabelled rather than mislabel a neighbour.
        // Narrow: the widest circle inside (around the visual centre) cannot hold a word.
        let narrow = {
            use geo::{Distance, Euclidean, Point};
            Euclidean.distance(&Point::from(centre), poly.exterior()) < 16.0 * ts
        };
        let tiny = areas[gi] < 2500.0 * ts * ts || narrow;
        if !placed && g.held && tiny {
            // Too small for its name inside (e.g. a leased territory): set it beside.
            let look = Look {
                size: legible(11.5, ts),
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
                    short_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: b.min().x - gap,
                        y: mid,
                    },
                    Anchor::End,
                    short_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: centre.x,
                        y: b.max().y + gap + look.size * 0.75,
                    },
                    Anchor::Middle,
                    short_name(&g.name),
                )],
                vec![look.text(
                    Coord {
                        x: centre.x,
                        y: b.min().y - gap - look.size * 0.25,
                    },
                    Anchor::Middle,
                    short_name(&g.name),
                )],
            ];
            // A label set on a neighbour held by someone would name the wrong place.
            let on_held_neighbour = |block: &Vec<Text>| {
                let b = super::labels::text_box(&block[0], 0.0);
                let c = (b.min() + b.max()) / 2.0;
                p.located_regions
                    .iter()
                    .zip(&state.controls)
                    .any(|(shape, held)| {
                        held.is_some() && !outline.shape.contains(c) && shape.contains(c)
                    })
            };
            let candidates = candidates
                .into_iter()
                .filter(|c| !on_held_neighbour(c))
                .collect();
            if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
                out.extend(lines.into_iter().map(Item::Text));
            }
        }
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
        let dot_box = dot_box(at, r);
        if !placer.fits(&dot_box) {
            continue;
        }
        let look = Look {
            size: legible(if major { 13.0 } else { 11.5 }, ts),
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
        let candidates = point_label_candidates(&look, at, r + 3.0 * ts, ts, name);
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
    let theme = p.theme();
    let ts = p.ts;
    for (b, centre) in scenario.basemap.iter().zip(&p.base_centres) {
        let (Some(name), Some(c)) = (&b.name, centre) else {
            continue;
        };
        // A country mostly covered by a region is named by the region's label.
        if p.located_regions.iter().any(|r| r.contains(*c)) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::labels::{overlaps, text_box};
    use crate::timeline::{Moment, resolve};

    fn boxes(scene: &Scene, layer: &str) -> Vec<(String, Rect<f64>)> {
        scene
            .layers
            .iter()
            .filter(|l| l.id == layer)
            .flat_map(|l| &l.items)
            .filter_map(|i| match i {
                Item::Text(t) => Some((t.text.clone(), text_box(t, 0.0))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn labels_never_overlap_or_leave_the_frame_in_any_year_at_either_width() {
        let scenario = crate::load::built_in().unwrap();
        for width in [800.0, 1600.0] {
            let options = Options {
                width,
                ..Options::default()
            };
            let prepared = Prepared::new(&scenario, &options).unwrap();
            let frame = prepared.frame();
            for year in scenario.start..=scenario.end {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let scene = build(&scenario, &prepared, &state);
                let labels = boxes(&scene, "labels");
                assert!(!labels.is_empty(), "{year} at {width}: no labels");
                let legend: Vec<Rect<f64>> = scene
                    .layers
                    .iter()
                    .filter(|l| l.id == "legend")
                    .flat_map(|l| &l.items)
                    .filter_map(|i| match i {
                        Item::Shape(Shape {
                            id: Some(id),
                            geometry: Geometry::Rect { at, size },
                            ..
                        }) if id == "legend-box" => Some(Rect::new(*at, *at + *size)),
                        _ => None,
                    })
                    .collect();
                for (k, (text, b)) in labels.iter().enumerate() {
                    let inside = b.min().x >= frame.min().x
                        && b.max().x <= frame.max().x
                        && b.min().y >= frame.min().y
                        && b.max().y <= frame.max().y;
                    assert!(inside, "{year} at {width}: '{text}' leaves the frame");
                    for (other, c) in &labels[k + 1..] {
                        assert!(
                            !overlaps(b, c),
                            "{year} at {width}: '{text}' overlaps '{other}'"
                        );
                    }
                    for l in &legend {
                        assert!(
                            !overlaps(b, l),
                            "{year} at {width}: '{text}' is under the legend"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_map_of_a_scenario_has_the_same_size() {
        let scenario = crate::load::built_in().unwrap();
        let prepared = Prepared::new(
            &scenario,
            &Options {
                width: 800.0,
                ..Options::default()
            },
        )
        .unwrap();
        let sizes: Vec<(f64, f64)> = [1905, 1912, 1933, 1945]
            .iter()
            .map(|&y| {
                let scene = build(
                    &scenario,
                    &prepared,
                    &resolve(&scenario, &Moment::Year(y)).unwrap(),
                );
                (scene.width, scene.height)
            })
            .collect();
        assert!(sizes.windows(2).all(|w| w[0] == w[1]), "{sizes:?}");
    }

    #[test]
    fn urls_read_as_text() {
        assert_eq!(
            readable_url("https://en.wikipedia.org/wiki/Japan%E2%80%93Russia_Secret_Agreements"),
            "https://en.wikipedia.org/wiki/Japan–Russia_Secret_Agreements"
        );
        assert_eq!(
            readable_url("https://x.org/a%20b"),
            "https://x.org/a%20b",
            "spaces stay escaped"
        );
        assert_eq!(
            readable_url("https://x.org/%FF"),
            "https://x.org/%FF",
            "not UTF-8: unchanged"
        );
    }

    #[test]
    fn credit_wraps_to_the_width() {
        let lines = wrap_words(
            "one two three four five six seven eight nine ten",
            11.0,
            80.0,
        );
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| crate::scene::text::width(l, 11.0, false, 0.0) <= 80.0 || !l.contains(' ')));
        assert_eq!(
            lines.join(" "),
            "one two three four five six seven eight nine ten"
        );
    }
}
