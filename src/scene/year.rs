//! The year map: who holds what at one moment. Regions are filled by who holds them and
//! how (each status its pattern, each power its colour), home territory is drawn in the
//! power's tint, and the legend lists what this map shows.

use geo::{Coord, Rect};

use super::areas::{self, Group, RegionLook};
use super::chrome::{self, SUBTITLE_SIZE, TITLE_SIZE, shrink};
use super::labels::Placer;
use super::legend::Legend;
use super::lines;
use super::names;
use super::rows::{self, Symbols};
use super::scale;
use super::spot::{free_spot, legend_spot};
use super::style::{casing, control_paint};
use super::{Fill, Item, Layer, Pattern, Prepared, Purpose, Scene, alt_text, subtitle};
use crate::language::Language;
use crate::model::{Certainty, City, Scenario, Style};
use crate::timeline::State;

/// Builds the map of one state.
pub fn build(scenario: &Scenario, prepared: &Prepared, state: &State) -> Scene {
    let p = prepared;
    let theme = p.theme();
    let (land, homes) = chrome::land(scenario, p, |power| {
        theme.home_fill(p.power_color(scenario, power))
    });
    let held = holdings(scenario, p, state);
    let treaty = lines::treaty_lines(scenario, p, state);
    let rail = lines::railways(scenario, p, state);
    let symbols = Symbols {
        lines: rows::line_names(scenario, &treaty.drawn),
        uncertain_line: rows::uncertain_line(scenario, &treaty.drawn),
        uncertain_region: held.uncertain,
        doubtful: held.doubtful,
        railway: !rail.items.is_empty(),
        line_scale: p.ts,
    };
    let (legend, mut obstacles) = legend(scenario, p, state, &homes, &held, &symbols);
    let scale_bar = scale_bar(p, state, &mut obstacles);
    let (cities, labels) = labels(scenario, p, state, obstacles);
    let left_out = cities.left_out;
    let sub = subtitle(scenario, state);
    let credit = chrome::credit_lines(
        scenario,
        state.last(scenario),
        p.width - 2.0 * p.margin,
        p.ts,
    );
    // The title (when the same on every map) is drawn first, over the paper only, and the
    // subtitle and footer (which change with the date) last, so that a batch rasterises
    // the map between them once for all the dates that share it (render::png::Rasterizer).
    // Title, subtitle and footer lie apart from each other and from the map, so the order
    // changes no pixel.
    let heading = scenario.title_at(state.date).to_string();
    let title = chrome::title(p, p.margin, heading.clone(), TITLE_SIZE * p.ts);
    let subtitle = chrome::subtitle(p, p.margin, sub.clone(), SUBTITLE_SIZE * p.ts);
    // A title that changes with the date (period titles) goes with the dated layers.
    let (shared_title, dated_title) = if scenario.titles.is_empty() {
        (
            Some(Layer::new("title", Purpose::Shared, vec![title])),
            None,
        )
    } else {
        (None, Some(Layer::new("title", Purpose::Dated, vec![title])))
    };
    let layers = std::iter::once(chrome::paper(theme, p.width, p.height))
        .chain(shared_title)
        .chain([
            chrome::sea(p),
            land,
            Layer::new("regions", Purpose::Own, held.fills),
            Layer::new("region-borders", Purpose::Own, held.borders),
            Layer::new("overlays", Purpose::Own, held.overlays),
            rail,
            treaty.layer,
            Layer::new("cities", Purpose::Own, cities.dots),
            Layer::new("labels", Purpose::Own, labels),
            chrome::frame(p),
            Layer::new("legend", Purpose::Own, legend),
            Layer::new("scale-bar", Purpose::Own, scale_bar),
            Layer::new("footer", Purpose::Dated, chrome::credit_footer(p, credit)),
            Layer::new("subtitle", Purpose::Dated, vec![subtitle]),
        ])
        .chain(dated_title)
        .collect();
    Scene {
        width: p.width,
        height: p.height,
        title: format!("{heading} — {sub}"),
        desc: alt_text(scenario, &p.home, state),
        patterns: held.patterns,
        layers,
        language: Language::default(),
        left_out,
    }
}

/// The regions of a year map, and what the legend needs of them.
struct Holdings<'s> {
    fills: Vec<Item>,
    borders: Vec<Item>,
    /// Overlays held by a power, with their casings, drawn over the other regions.
    overlays: Vec<Item>,
    /// The fill patterns the regions use, each once.
    patterns: Vec<Pattern>,
    /// The (power, status) pairs held on the map by ordinary regions, each once.
    used: Vec<(&'s str, &'s str)>,
    /// The overlays held: (power, what the legend calls them), each once.
    overlaid: Vec<(&'s str, String)>,
    /// Whether a region with an uncertain boundary is drawn.
    uncertain: bool,
    /// Whether a region whose control is doubtful is drawn.
    doubtful: bool,
}

/// The regions filled by who holds them and how, with their borders.
fn holdings<'s>(scenario: &'s Scenario, p: &Prepared, state: &'s State) -> Holdings<'s> {
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut used: Vec<(&str, &str)> = Vec::new();
    let mut overlaid: Vec<(&str, String)> = Vec::new();
    let mut uncertain = false;
    let mut doubtful = false;
    let groups = areas::held_groups(scenario, p, state);
    let shapes = areas::regions(scenario, p, &groups, |g, i| {
        let look = region_look(scenario, p, state, g, i, &mut patterns);
        if let Some(h) = &state.controls[i] {
            let c = &h.control;
            if g.overlay {
                let words = rows::overlay_words(&g.name, scenario.status_label(&c.status));
                if !overlaid.iter().any(|(p, w)| *p == c.power && *w == words) {
                    overlaid.push((&c.power, words));
                }
            } else if !used.contains(&(c.power.as_str(), c.status.as_str())) {
                used.push((&c.power, &c.status));
            }
            doubtful |= c.doubtful();
        }
        uncertain |= scenario.regions[i].certainty == Certainty::Low && !g.overlay;
        look
    });
    let (mut fills, mut borders, mut overlays) = (Vec::new(), Vec::new(), Vec::new());
    for shape in shapes {
        if shape.overlay {
            overlays.extend(shape.fills);
        } else {
            fills.extend(shape.fills);
        }
        borders.extend(shape.borders);
    }
    Holdings {
        fills,
        borders,
        overlays,
        patterns,
        used,
        overlaid,
        uncertain,
        doubtful,
    }
}

/// The legend of what this map shows, and the boxes labels must keep off: a band under
/// narrow maps, else a box where it hides the least of the held regions.
fn legend(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    homes: &[&str],
    held: &Holdings,
    symbols: &Symbols,
) -> (Vec<Item>, Vec<Rect<f64>>) {
    let shown = rows::shown(
        scenario,
        |power| homes.contains(&power),
        |power, status| held.used.contains(&(power, status)),
        |power| {
            held.overlaid
                .iter()
                .filter(|(p, _)| *p == power)
                .map(|(_, w)| w.clone())
                .collect()
        },
    );
    let blocks = rows::blocks(scenario, p.theme(), p.s, state.date, &shown, symbols);
    let (legend, at, obstacles) = if p.narrow {
        let legend = Legend::band(blocks, p.ts, p.width - 2.0 * p.margin);
        let at = Coord {
            x: p.margin,
            y: p.frame.max().y + 12.0 * p.ts,
        };
        (legend, at, vec![])
    } else {
        let legend = Legend::boxed(blocks, p.ts.max(p.s));
        let held = |i: usize| state.controls.get(i).is_some_and(Option::is_some);
        let at = legend_spot(p, legend.size, 8.0, 40.0, &|i| {
            if held(i) { 25.0 } else { 2.0 }
        });
        let rect = Rect::new(at, at + legend.size);
        (legend, at, vec![rect])
    };
    if legend.is_empty() {
        (Vec::new(), obstacles)
    } else {
        (legend.items(at, p.theme()), obstacles)
    }
}

/// The scale bar, where the map has one: where it hides the least of the held regions,
/// off the legend; its box joins the `obstacles` labels keep off.
fn scale_bar(p: &Prepared, state: &State, obstacles: &mut Vec<Rect<f64>>) -> Vec<Item> {
    let Some(bar) = scale::bar(p) else {
        return Vec::new();
    };
    let held = |i: usize| state.controls.get(i).is_some_and(Option::is_some);
    let cost = |i: usize| if held(i) { 25.0 } else { 2.0 };
    // A little apart from the legend, not touching it.
    let apart: Vec<Rect<f64>> = obstacles.iter().map(|r| shrink(*r, -10.0 * p.ts)).collect();
    let Some(at) = free_spot(p, bar.size, 8.0, 40.0, &cost, &apart) else {
        return Vec::new();
    };
    obstacles.push(Rect::new(at, at + bar.size));
    bar.items(at, p.theme())
}

/// The names, off `obstacles`: the major cities (rank 1) first, so that no other name
/// crowds them out, then the regions, the names set beside small regions, the lines' names,
/// the other cities and the countries; returns the cities and the labels.
fn labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    obstacles: Vec<Rect<f64>>,
) -> (names::Cities, Vec<Item>) {
    let mut placer = Placer::new(shrink(p.frame, 4.0 * p.s), obstacles);
    let mut labels = Vec::new();
    let mut cities = names::Cities::default();
    let major = |c: &City| {
        if c.rank <= 1 {
            names::year_city(p, c)
        } else {
            None
        }
    };
    let minor = |c: &City| {
        if c.rank > 1 {
            names::year_city(p, c)
        } else {
            None
        }
    };
    let date = state.date;
    names::city_labels(
        scenario,
        p,
        date,
        &major,
        &mut placer,
        &mut cities,
        &mut labels,
    );
    let deferred = names::region_labels(scenario, p, state, &mut placer, &mut labels);
    names::beside_labels(p, state, deferred, &mut placer, &mut labels);
    names::line_labels(scenario, p, state, &mut placer, &mut labels);
    names::city_labels(
        scenario,
        p,
        date,
        &minor,
        &mut placer,
        &mut cities,
        &mut labels,
    );
    names::context_labels(scenario, p, &mut placer, &mut labels);
    (cities, labels)
}

/// How region `i` of group `g` is drawn in `state`: filled by its holder's colour and
/// status style (adding the pattern it needs to `patterns`), faded when the control is
/// doubtful, or left empty when no power holds it. A held overlay is cased in its
/// power's colour, so that one narrower than a pixel (a railway zone) is seen.
fn region_look(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    g: &Group,
    i: usize,
    patterns: &mut Vec<Pattern>,
) -> RegionLook {
    let theme = p.theme();
    let r = &scenario.regions[i];
    let held = state.controls[i].as_ref();
    let doubtful = held.is_some_and(|h| h.control.doubtful());
    let border = if g.overlay || (held.is_none() && g.is_the_land(scenario)) {
        None
    } else if r.certainty == Certainty::Low || doubtful {
        Some((
            "region-border uncertain",
            areas::uncertain_border(theme, p.s),
        ))
    } else {
        Some(("region-border", areas::border(theme, p.s)))
    };
    let Some(h) = held else {
        return RegionLook {
            class: "region none".into(),
            title: format!("{}: not held by any power of the map", r.name),
            fill: Fill::None,
            stroke: None,
            border,
        };
    };
    let c = &h.control;
    let mut color = p.power_color(scenario, &c.power);
    let status = scenario.status(&c.status);
    let style = status.map_or(Style::Solid, |st| st.style);
    let mut pid = format!("pattern-{}-{}", c.power, c.status);
    if doubtful {
        // The legend's swatch of the status shows it firm: that pattern must exist too.
        if let (_, Some(pat), _) = control_paint(theme, &pid, color, style, p.s)
            && !patterns.iter().any(|q| q.id == pat.id)
        {
            patterns.push(pat);
        }
        color = color.mix(theme.paper, DOUBTFUL_FADE);
        pid.push_str("-doubtful");
    }
    let (fill, pattern, mut stroke) = control_paint(theme, &pid, color, style, p.s);
    if let Some(pat) = pattern
        && !patterns.iter().any(|q| q.id == pat.id)
    {
        patterns.push(pat);
    }
    if g.overlay {
        stroke = Some(casing(color, p.s));
    }
    let power_name = scenario.power_name(&c.power, state.date);
    let status_label = scenario.status_label(&c.status);
    let ev = &scenario.events[h.since];
    let mut class = format!("region {} {}", c.power, c.status);
    if r.overlay {
        class.push_str(" overlay");
    }
    if doubtful {
        class.push_str(" doubtful");
    }
    RegionLook {
        class,
        title: format!(
            "{}: {power_name}, {status_label}{} (since the {} of {})",
            r.name,
            if doubtful { ", doubtful" } else { "" },
            ev.title,
            ev.date.long()
        ),
        fill,
        stroke,
        border,
    }
}

/// How far a doubtful control's colour is faded towards the paper.
const DOUBTFUL_FADE: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::scene::labels::{overlaps, text_box};
    use crate::scene::{Geometry, Options, Shape};
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
        let (scenario, prepared) = built_in_at(800.0);
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
}
