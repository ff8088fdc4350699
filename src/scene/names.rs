//! Names on the map: regions, cities and countries, each placed by the one [`Placer`] of
//! the map so that no two overlap, in priority order (regions, then cities by rank, then
//! context names). A name that finds no room is left out rather than overlapped.

use geo::{BoundingRect, Coord, Rect};

use super::areas;
use super::chrome::legible;
use super::labels::{
    Look, Placer, blocks_inside, dot_box, overlaps, point_label_candidates, text_box, wrap,
};
use super::{Anchor, Fill, Geometry, Item, Prepared, Shape, Stroke, Text};
use crate::model::{City, Color, Date, Scenario};
use crate::timeline::State;
use crate::words::short_name;

/// Regions labelled by one name: a group of the map, with the ink of its label.
struct Labelled {
    name: String,
    members: Vec<usize>,
    color: Color,
    held: bool,
}

/// The groups of a state's map that carry a name: overlays are named in the legend (a
/// railway zone cannot hold a word), and an unheld region inside a power's home
/// territory is named by the country's label.
fn groups(scenario: &Scenario, p: &Prepared, state: &State) -> Vec<Labelled> {
    let theme = p.theme();
    areas::held_groups(scenario, p, state)
        .into_iter()
        .filter(|g| !g.overlay)
        .filter_map(|g| {
            let first = g.members[0];
            match &state.controls[first] {
                Some(h) => Some(Labelled {
                    color: p
                        .power_color(scenario, &h.control.power)
                        .mix(Color::BLACK, 0.45),
                    name: g.name,
                    members: g.members,
                    held: true,
                }),
                None => {
                    let home = g.members.iter().all(|&i| p.home.contains(scenario, i));
                    (!home && !g.is_the_land(scenario)).then_some(Labelled {
                        color: theme.muted,
                        name: g.name,
                        members: g.members,
                        held: false,
                    })
                }
            }
        })
        .collect()
}

/// The region names of a year map: held regions in bold in their power's ink, unheld ones
/// in muted italics, larger areas first; a held region too small for its name inside is
/// named beside it later ([`beside_labels`]).
pub(super) fn region_labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) -> Deferred {
    let groups = groups(scenario, p, state);
    let mut beside = Vec::new();
    let areas: Vec<_> = groups.iter().map(|g| p.union(&g.members)).collect();
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| areas[b].area.total_cmp(&areas[a].area).then(a.cmp(&b)));
    for gi in order {
        let (g, area) = (&groups[gi], &areas[gi]);
        let Some((centre, poly, located_poly)) = &area.centre else {
            continue;
        };
        let ts = p.ts;
        let span = poly.bounding_rect().map_or(0.0, |b| b.width());
        let base = if area.area > 60_000.0 * p.s * p.s {
            15.5
        } else {
            12.5
        };
        let mut sizes: Vec<f64> = [base, base - 2.0, base - 4.0, base - 5.5]
            .iter()
            .map(|&z| legible(z, ts) / ts)
            .collect();
        sizes.dedup();
        let name = short_name(&g.name).to_uppercase();
        let placed = sizes.into_iter().any(|size| {
            let look = Look {
                size: size * ts,
                bold: g.held,
                italic: !g.held,
                color: g.color,
                halo: Some((p.theme().halo, 3.2 * ts)),
                spacing: 0.09 * size * ts,
                class: "region-label",
            };
            let wrapped = wrap(&name, &look, span * 0.8);
            let candidates = blocks_inside(located_poly, *centre, ts, &wrapped, &look);
            match placer.place_first(candidates, 2.0 * ts) {
                Some(lines) => {
                    out.extend(lines.into_iter().map(Item::Text));
                    true
                }
                None => false,
            }
        });
        // Only a region too small to hold any label is named from outside; a larger one
        // whose label does not fit stays unlabelled rather than mislabel a neighbour.
        // Narrow: the widest circle inside (around the visual centre) cannot hold a word.
        let narrow = {
            use geo::{Distance, Euclidean, Point};
            Euclidean.distance(&Point::from(*centre), poly.exterior()) < 16.0 * ts
        };
        let tiny = area.area < 2500.0 * ts * ts || narrow;
        if !placed && g.held && tiny {
            let b = poly.bounding_rect().unwrap_or(Rect::new(*centre, *centre));
            beside.push(Beside {
                group: gi,
                centre: *centre,
                b,
            });
        }
    }
    Deferred { groups, beside }
}

/// A region named beside itself: which group, its visual centre and its box.
struct Beside {
    group: usize,
    centre: Coord<f64>,
    b: Rect<f64>,
}

/// The names [`region_labels`] leaves to be set beside their regions, after the major
/// cities: a city's name must not give way to a small region's (Port Arthur beside the
/// Kwantung lease).
pub(super) struct Deferred {
    groups: Vec<Labelled>,
    beside: Vec<Beside>,
}

/// Sets the names `region_labels` deferred beside their regions, where there is room.
pub(super) fn beside_labels(
    p: &Prepared,
    state: &State,
    deferred: Deferred,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    for d in &deferred.beside {
        let g = &deferred.groups[d.group];
        let area = p.union(&g.members);
        let outside = |c: Coord<f64>| !area.shape.contains(c);
        outside_label(p, state, g, d.centre, d.b, &outside, placer, out);
    }
}

/// The name of a held region too small for it (e.g. a leased territory), set beside its
/// box `b`: right, left, below or above, never on a neighbour held by someone (a label
/// there would name the wrong place).
#[allow(clippy::too_many_arguments)]
fn outside_label(
    p: &Prepared,
    state: &State,
    g: &Labelled,
    centre: Coord<f64>,
    b: Rect<f64>,
    outside: &dyn Fn(Coord<f64>) -> bool,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let ts = p.ts;
    let look = Look {
        size: legible(11.5, ts),
        bold: true,
        italic: false,
        color: g.color,
        halo: Some((p.theme().halo, 3.0 * ts)),
        spacing: 0.0,
        class: "region-label outside",
    };
    let gap = 4.0 * ts;
    let mid = (b.min().y + b.max().y) / 2.0 + look.size * 0.36;
    let name = short_name(&g.name);
    // Beside, then under or over it, then a line further off under it (clear of the names
    // of the towns in it).
    let below = b.max().y + gap + look.size * 0.75;
    let far = below + look.size * 1.2;
    let candidates = [
        (b.max().x + gap, mid, Anchor::Start),
        (b.min().x - gap, mid, Anchor::End),
        (centre.x, below, Anchor::Middle),
        (centre.x, b.min().y - gap - look.size * 0.25, Anchor::Middle),
        (centre.x, far, Anchor::Middle),
        (b.max().x, far, Anchor::Start),
        (b.min().x, far, Anchor::End),
    ];
    let on_held_neighbour = |block: &Vec<Text>| {
        let b = text_box(&block[0], 0.0);
        let c = (b.min() + b.max()) / 2.0;
        p.located_regions
            .iter()
            .zip(&state.controls)
            .any(|(shape, held)| held.is_some() && outside(c) && shape.contains(c))
    };
    let candidates = candidates
        .into_iter()
        .map(|(x, y, anchor)| vec![look.text(Coord { x, y }, anchor, name)])
        .filter(|c| !on_held_neighbour(c))
        .collect();
    if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
        out.extend(lines.into_iter().map(Item::Text));
    }
}

/// How a city is drawn: its dot's radius and paint, its name's size and classes.
pub(super) struct CityLook {
    /// The dot's radius.
    pub r: f64,
    /// A filled dot (dark, ringed in paper) rather than an open one.
    pub filled: bool,
    /// The dot's classes.
    pub dot_class: &'static str,
    /// The name's size and classes.
    pub size: f64,
    pub label_class: &'static str,
}

/// The year map's cities: every rank, the major ones (rank 1) larger and filled.
pub(super) fn year_city(p: &Prepared, city: &City) -> Option<CityLook> {
    let major = city.rank <= 1;
    Some(CityLook {
        r: if major { 3.6 } else { 2.8 } * p.ts,
        filled: major,
        dot_class: if major { "city major" } else { "city" },
        size: legible(if major { 13.0 } else { 11.5 }, p.ts),
        label_class: if major {
            "city-label major"
        } else {
            "city-label"
        },
    })
}

/// Cities and their names as of `date`, by rank (the scenario's order within a rank),
/// those `look` gives a look; a city is drawn only where its name finds room.
pub(super) fn city_labels(
    scenario: &Scenario,
    p: &Prepared,
    date: Date,
    look: &dyn Fn(&City) -> Option<CityLook>,
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
        let Some(cl) = look(city) else { continue };
        let own = dot_box(at, cl.r);
        if !placer.fits(&own) {
            continue;
        }
        let label = Look {
            size: cl.size,
            bold: false,
            italic: false,
            color: theme.text,
            halo: Some((theme.halo, 2.8 * ts)),
            spacing: 0.0,
            class: cl.label_class,
        };
        let name = city.name_at(date);
        let mut candidates = point_label_candidates(&label, at, cl.r + 3.0 * ts, ts, name);
        // A name over another town's position hides that town (Port Arthur's over Dairen):
        // such places are tried last.
        let others: Vec<Rect<f64>> = p
            .cities
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != i)
            .filter_map(|(_, c)| c.map(|c| dot_box(c, cl.r)))
            .collect();
        let hides = |block: &Vec<Text>| {
            block
                .iter()
                .any(|t| others.iter().any(|o| overlaps(&text_box(t, 0.0), o)))
        };
        candidates.sort_by_key(hides);
        let Some(lines) = placer.place_first(candidates, 1.5 * ts) else {
            continue;
        };
        placer.take(own);
        let (fill, ring) = if cl.filled {
            (theme.text, theme.paper)
        } else {
            (theme.paper, theme.text)
        };
        dots.push(Item::Shape(Shape {
            id: Some(format!("city-{}", city.id)),
            class: Some(cl.dot_class.into()),
            title: Some(name.to_string()),
            geometry: Geometry::Circle { at, r: cl.r },
            fill: Fill::Color(fill, 1.0),
            stroke: Some(Stroke::solid(ring, 1.2 * ts)),
        }));
        out.extend(lines.into_iter().map(Item::Text));
    }
}

/// Names of the basemap's countries, spaced capitals in muted ink, where no region covers
/// their centre (a country mostly covered by a region is named by the region's label).
pub(super) fn context_labels(
    scenario: &Scenario,
    p: &Prepared,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let theme = p.theme();
    let ts = p.ts;
    for (b, centre) in scenario.basemap.iter().zip(&p.base_centres) {
        let (Some(name), Some(c)) = (&b.name, centre) else {
            continue;
        };
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
