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
mod caption;
mod paint;

use geo::{Coord, Rect};

use super::areas::{self, Group};
use super::chrome::{self, SUBTITLE_SIZE, TITLE_SIZE, shrink};
use super::labels::Placer;
use super::legend::Legend;
use super::names::{self, CityLook};
use super::spot::legend_spot;
use super::style::casing;
use super::text::fit_size;
use super::{Item, Layer, Pattern, Prepared, Purpose, Scene};
use crate::diff::{self, Change, ChangeKind};
use crate::language::Language;
use crate::measure;
use crate::model::{Certainty, City, Color, Scenario};
use crate::timeline::State;
use crate::words::{change_words, moment_date, moment_name};
use callouts::{Callout, Taken, label_changed, label_unchanged};
use caption::{caption, describe};
use paint::{changed_look, faded, legend_rows, unchanged_look};

/// Builds the map of the changes from `a` to `b` (`b` may be the earlier moment).
pub fn build_diff(scenario: &Scenario, p: &Prepared, a: &State, b: &State) -> Scene {
    let theme = p.theme();
    let areas = measure::region_areas(scenario);
    let changes = diff::diff(scenario, a, b, &areas);
    let between = diff::events_between(scenario, a, b);
    // A power's home territory is an unchanged holding, so it is faded like one.
    let (land, homes) = chrome::land(scenario, p, |power| faded(p, scenario, power));
    let regions = regions(scenario, p, &changes, homes, a, b);
    let rows = legend_rows(scenario, p, &regions, a, b);
    let legend = Legend::new(rows, p.ts.max(p.s));
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
    let (cities, labels) = labels(scenario, p, &changes, &regions.groups, a, b, legend_rect);

    let touched: Vec<usize> = changes.iter().flat_map(|c| c.events.clone()).collect();
    let words = words(scenario, p, a, b, &between, &touched);
    let legend_items = if legend.is_empty() {
        Vec::new()
    } else {
        legend.items(legend_at, theme)
    };
    let height = words.height;
    Scene {
        width: p.width,
        height,
        title: words.title,
        desc: describe(scenario, a, b, &changes, &between),
        patterns: regions.patterns,
        layers: vec![
            chrome::paper(theme, p.width, height),
            chrome::sea(p),
            land,
            Layer::new("regions-unchanged", Purpose::Own, regions.unchanged),
            Layer::new("region-borders", Purpose::Own, regions.borders),
            Layer::new("regions-changed", Purpose::Own, regions.changed),
            Layer::new("change-outlines", Purpose::Own, regions.outlines),
            Layer::new("cities", Purpose::Own, cities.dots),
            Layer::new("labels", Purpose::Own, labels),
            chrome::frame(p),
            Layer::new("legend", Purpose::Own, legend_items),
            Layer::new("header", Purpose::Own, words.header),
            Layer::new("caption", Purpose::Own, words.caption),
            Layer::new("footer", Purpose::Own, words.footer),
        ],
        language: Language::default(),
        left_out: cities.left_out,
    }
}

/// The words around a diff map, and the height of the map they make.
struct Words {
    title: String,
    header: Vec<Item>,
    caption: Vec<Item>,
    footer: Vec<Item>,
    height: f64,
}

/// The title and subtitle (shrunk to fit), the caption of the events in between (`touched`
/// those that changed a region shown) and the credit under it, which sets the height.
fn words(
    scenario: &Scenario,
    p: &Prepared,
    a: &State,
    b: &State,
    between: &[usize],
    touched: &[usize],
) -> Words {
    let ts = p.ts;
    let margin = 22.0 * ts;
    let avail = p.width - 2.0 * margin;
    let title = format!(
        "{}: {} → {}",
        scenario.title_at(a.date.max(b.date)),
        moment_name(scenario, a),
        moment_name(scenario, b)
    );
    let subtitle = format!(
        "What changed from {} to {}",
        moment_date(scenario, a),
        moment_date(scenario, b)
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
    let top = p.frame.max().y + 12.0 * ts;
    let (caption, bottom) = caption(scenario, p, between, touched, margin, top, avail);
    let height = (bottom + 30.0 * ts).round();
    let footer = vec![chrome::credit(
        p.theme(),
        Coord {
            x: margin,
            y: height - 11.0 * ts,
        },
        super::credit(scenario),
        fit_size(
            &super::credit(scenario),
            chrome::CREDIT_SIZE * ts,
            false,
            avail,
        ),
    )];
    Words {
        title,
        header,
        caption,
        footer,
        height,
    }
}

/// The regions of a diff map, and what its legend needs of them.
struct Regions<'s> {
    unchanged: Vec<Item>,
    borders: Vec<Item>,
    changed: Vec<Item>,
    outlines: Vec<Item>,
    /// The groups drawn, and whether each changed.
    groups: Vec<(Group, bool)>,
    /// The fill patterns of the changed regions, each once.
    patterns: Vec<Pattern>,
    /// The kinds of change on the map, with the powers before and after, each once.
    kinds: Vec<(ChangeKind, Option<&'s str>, Option<&'s str>)>,
    /// The powers drawn faded: home territory and unchanged holdings.
    unchanged_powers: Vec<&'s str>,
    /// Whether a region with an uncertain boundary is drawn.
    uncertain: bool,
}

/// The groups of a diff map: regions that changed alike, and regions unchanged under the
/// same holder, each under one name; an overlay no power holds at either moment is not
/// drawn.
fn diff_groups(scenario: &Scenario, p: &Prepared, changes: &[Change], b: &State) -> Vec<Group> {
    areas::groups(scenario, p, |i| {
        let key = match changes.iter().find(|c| c.region == i) {
            Some(c) => (Some(c.kind), c.before.clone(), c.after.clone()),
            None => {
                let held = b.controls.get(i).and_then(|h| h.as_ref());
                if held.is_none() && (scenario.regions[i].overlay || p.home.contains(scenario, i)) {
                    return None;
                }
                (None, None, held.map(|h| h.control.clone()))
            }
        };
        Some((key, None))
    })
}

/// The regions: unchanged ones faded, changed ones painted by kind and outlined.
fn regions<'s>(
    scenario: &'s Scenario,
    p: &Prepared,
    changes: &'s [Change],
    homes: Vec<&'s str>,
    a: &State,
    b: &'s State,
) -> Regions<'s> {
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut kinds = Vec::new();
    let mut unchanged_powers = homes;
    let mut uncertain = false;
    let groups = diff_groups(scenario, p, changes, b);
    let shapes = areas::regions(scenario, p, &groups, |g, i| {
        let low = scenario.regions[i].certainty == Certainty::Low;
        uncertain |= low && !g.overlay;
        let (mut look, ink) = match changes.iter().find(|c| c.region == i) {
            Some(c) => {
                let key = (
                    c.kind,
                    c.before.as_ref().map(|x| x.power.as_str()),
                    c.after.as_ref().map(|x| x.power.as_str()),
                );
                if !kinds.contains(&key) {
                    kinds.push(key);
                }
                let ink = c
                    .after
                    .as_ref()
                    .or(c.before.as_ref())
                    .map(|x| p.power_color(scenario, &x.power));
                (changed_look(scenario, p, c, &mut patterns, a, b, low), ink)
            }
            None => {
                let held = b.controls.get(i).and_then(|h| h.as_ref());
                if let Some(h) = held
                    && !unchanged_powers.contains(&h.control.power.as_str())
                {
                    unchanged_powers.push(&h.control.power);
                }
                let ink = held.map(|h| faded(p, scenario, &h.control.power));
                (unchanged_look(scenario, p, i, b, low), ink)
            }
        };
        let unheld =
            !changes.iter().any(|c| c.region == i) && b.controls.get(i).is_none_or(|h| h.is_none());
        if unheld && g.is_the_land(scenario) {
            look.border = None;
        }
        if g.overlay {
            look.border = None;
            look.stroke = ink.map(|c| casing(c, p.s));
        }
        if scenario.regions[i].overlay {
            look.class.push_str(" overlay");
        }
        look
    });
    let mut r = Regions {
        unchanged: Vec::new(),
        borders: Vec::new(),
        changed: Vec::new(),
        outlines: Vec::new(),
        groups: Vec::new(),
        patterns,
        kinds,
        unchanged_powers,
        uncertain,
    };
    for (shape, g) in shapes.into_iter().zip(groups) {
        let changed = changes.iter().any(|c| c.region == shape.members[0]);
        if changed {
            r.changed.extend(shape.fills);
            r.outlines.extend(shape.borders);
        } else {
            r.unchanged.extend(shape.fills);
            r.borders.extend(shape.borders);
        }
        r.groups.push((g, changed));
    }
    r
}

/// The labels: the major cities named as of the later moment first (no other name crowds
/// them out), then the changed regions (largest first), then the unchanged regions;
/// returns the cities and the labels.
fn labels(
    scenario: &Scenario,
    p: &Prepared,
    changes: &[Change],
    groups: &[(Group, bool)],
    a: &State,
    b: &State,
    legend: Rect<f64>,
) -> (names::Cities, Vec<Item>) {
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
    let mut cities = names::Cities::default();
    let city = |c: &City| {
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
        &mut cities,
        &mut labels,
    );
    // Changed groups, the largest first.
    let mut order: Vec<&Group> = groups.iter().filter(|(_, c)| *c).map(|(g, _)| g).collect();
    let px_area = |g: &Group| p.union(&g.members).area;
    order.sort_by(|x, y| px_area(y).total_cmp(&px_area(x)));
    for g in order {
        let Some(c) = changes.iter().find(|c| c.region == g.members[0]) else {
            continue;
        };
        let ink = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map_or(theme.text, |x| {
                p.power_color(scenario, &x.power).mix(Color::BLACK, 0.5)
            });
        let detail = change_words(scenario, c);
        let callout = Callout {
            members: &g.members,
            name: &g.name,
        };
        label_changed(p, &callout, &detail, ink, &taken, &mut placer, &mut labels);
    }
    for (g, changed) in groups {
        let unheld = g
            .members
            .iter()
            .all(|&i| b.controls.get(i).is_none_or(|h| h.is_none()));
        if !(*changed || g.overlay || (unheld && g.is_the_land(scenario))) {
            label_unchanged(p, &g.members, &g.name, &mut placer, &mut labels);
        }
    }
    (cities, labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::timeline::Moment;
    use crate::timeline::resolve;

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
        let (s, p) = built_in_at(600.0);
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
        let (s, p) = built_in_at(400.0);
        let a = resolve(&s, &Moment::Year(1912)).unwrap();
        let scene = build_diff(&s, &p, &a, &a);
        assert!(regions_layer(&scene, "regions-changed").items.is_empty());
        assert!(scene.desc.contains("No region changed."));
    }
}
