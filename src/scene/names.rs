//! Names on the map: regions, cities, treaty lines and countries, each placed by the one
//! [`Placer`] of the map so that no two overlap, in priority order (the major cities, then
//! regions, the lines' names and the other cities, then context names). A name that finds
//! no room is left out rather than overlapped; a city left out is recorded ([`Cities`]),
//! so that a run can say so.

use geo::{BoundingRect, Coord, Intersects, Line, LineString, Rect};

use super::areas;
use super::chrome::legible;
use super::labels::{
    Look, Placer, blocks_inside, dot_box, inside, overlaps, point_label_candidates, text_box,
    within, wrap,
};
use super::lines::in_force;
use super::text::{CAP_HEIGHT, DESCENT};
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
        // A name over a town's dot leaves the town out (the towns are named after the
        // regions): every size is tried clear of the dots first (at each size, clear of
        // where the towns' names go before over it); a place over a dot only when no size
        // fits elsewhere.
        let placed = [1, 2].into_iter().any(|worst| {
            sizes.iter().any(|&size| {
                let look = Look {
                    size: size * ts,
                    bold: g.held,
                    italic: p.italic(!g.held),
                    color: g.color,
                    halo: Some((p.theme().halo, 3.2 * ts)),
                    spacing: 0.09 * size * ts,
                    class: "region-label",
                };
                let wrapped = wrap(&name, &look, span * 0.8);
                let mut candidates: Vec<(u8, Vec<Text>)> =
                    blocks_inside(located_poly, *centre, ts, &wrapped, &look)
                        .into_iter()
                        .map(|block| (over_a_town(scenario, p, &block), block))
                        .filter(|(cost, _)| *cost <= worst)
                        .collect();
                candidates.sort_by_key(|(cost, _)| *cost);
                let candidates = candidates.into_iter().map(|(_, block)| block).collect();
                match placer.place_first(candidates, 2.0 * ts) {
                    Some(lines) => {
                        out.extend(lines.into_iter().map(Item::Text));
                        true
                    }
                    None => false,
                }
            })
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

/// How much a block of text would hide of the towns in the frame (of any rank): 0
/// nothing, 1 the place to the right of a dot where the town's name goes first, 2 a dot
/// (the town is then left out).
fn over_a_town(scenario: &Scenario, p: &Prepared, block: &[Text]) -> u8 {
    let boxes: Vec<Rect<f64>> = block.iter().map(|t| text_box(t, 2.0 * p.ts)).collect();
    let hits = |r: &Rect<f64>| boxes.iter().any(|b| overlaps(b, r));
    let towns = || {
        scenario
            .cities
            .iter()
            .zip(&p.cities)
            .filter_map(|(c, at)| Some((c, (*at)?)))
    };
    if towns().any(|(_, at)| hits(&dot_box(at, 3.0 * p.ts))) {
        return 2;
    }
    // The name's box, roughly: as many average Latin advances as it has characters.
    let name_box = |c: &City, at: Coord<f64>| {
        let (h, w) = (7.0 * p.ts, c.name.chars().count() as f64 * 6.5 * p.ts);
        Rect::new(
            (at.x + 4.0 * p.ts, at.y - h),
            (at.x + 4.0 * p.ts + w, at.y + h),
        )
    };
    u8::from(towns().any(|(c, at)| hits(&name_box(c, at))))
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

/// Where the city names of a map go: the dots and the names drawn, and the cities left
/// out for lack of room (indices in `Scenario::cities`).
#[derive(Default)]
pub(super) struct Cities {
    pub dots: Vec<Item>,
    pub left_out: Vec<usize>,
}

/// Cities and their names as of `date`, by rank (the scenario's order within a rank),
/// those `look` gives a look; a city is drawn only where its name finds room, and
/// recorded as left out where it does not.
pub(super) fn city_labels(
    scenario: &Scenario,
    p: &Prepared,
    date: Date,
    look: &dyn Fn(&City) -> Option<CityLook>,
    placer: &mut Placer,
    cities: &mut Cities,
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
            cities.left_out.push(i);
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
            cities.left_out.push(i);
            continue;
        };
        placer.take(own);
        let (fill, ring) = if cl.filled {
            (theme.text, theme.paper)
        } else {
            (theme.paper, theme.text)
        };
        cities.dots.push(Item::Shape(Shape {
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

/// How many times its name's box a country's part inside the frame must be for the name
/// to be drawn: a sliver at the frame's edge, or a small country in a corner, is left
/// unnamed.
pub(super) const CONTEXT_ROOM: f64 = 8.0;

/// Names of the basemap's countries, spaced capitals in muted ink, where enough of the
/// country is inside the frame to carry the name: the name lies inside the country's part
/// in the frame, which is at least [`CONTEXT_ROOM`] times the name's box, and off every
/// region (a country mostly covered by a region is named by the region's label).
pub(super) fn context_labels(
    scenario: &Scenario,
    p: &Prepared,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    use geo::Area;
    let theme = p.theme();
    let ts = p.ts;
    let look = Look {
        size: 14.0 * ts,
        bold: false,
        italic: false,
        color: theme.muted,
        halo: Some((theme.halo, 2.5 * ts)),
        spacing: 0.25 * 14.0 * ts,
        class: "country-label",
    };
    for (i, (b, centre)) in scenario.basemap.iter().zip(&p.base_centres).enumerate() {
        let (Some(name), Some(c)) = (&b.name, centre) else {
            continue;
        };
        if p.located_regions.iter().any(|r| r.contains(*c)) {
            continue;
        }
        let name = name.to_uppercase();
        let block = look.block(*c, std::slice::from_ref(&name));
        let room: f64 = block
            .iter()
            .map(|t| text_box(t, 0.0))
            .map(|r| r.width() * r.height())
            .sum();
        if p.basemap[i].unsigned_area() < CONTEXT_ROOM * room {
            continue;
        }
        let lines = std::slice::from_ref(&name);
        let candidates = blocks_inside(&p.located_basemap[i], *c, ts, &[lines.to_vec()], &look);
        let placed = placer
            .place_first(candidates, 2.0 * ts)
            .or_else(|| elsewhere(p, i, *c, lines, &look, placer));
        if let Some(lines) = placed {
            out.extend(lines.into_iter().map(Item::Text));
        }
    }
}

/// A country's name placed away from its centre, at the nearest spot wholly in the country
/// and clear of the regions and of what is placed: where the legend or other names cover
/// the centre, a large country is still named (China, with the legend over the north of
/// it). The spots are tried lazily, nearest first, so that the first that fits ends the
/// search.
fn elsewhere(
    p: &Prepared,
    i: usize,
    centre: Coord<f64>,
    lines: &[String],
    look: &Look,
    placer: &mut Placer,
) -> Option<Vec<Text>> {
    let area = &p.located_basemap[i];
    let b = p.basemap[i].bounding_rect()?;
    let step = 24.0 * p.ts;
    let clear = |at: Coord<f64>| !p.located_regions.iter().any(|r| r.contains(at));
    let mut spots = Vec::new();
    let mut y = b.min().y + step / 2.0;
    while y < b.max().y {
        let mut x = b.min().x + step / 2.0;
        while x < b.max().x {
            let at = Coord { x, y };
            if area.contains(at) {
                spots.push(at);
            }
            x += step;
        }
        y += step;
    }
    let away = |a: &Coord<f64>| (a.x - centre.x).hypot(a.y - centre.y);
    spots.sort_by(|a, b| away(a).total_cmp(&away(b)));
    spots.into_iter().find_map(|at| {
        let block = look.block(at, lines);
        let fits = clear(at) && inside(area, &block, 0.0) && within(clear, &block, 0.0);
        if fits {
            placer.place_first(vec![block], 2.0 * p.ts)
        } else {
            None
        }
    })
}

/// Where along its course an agreement's name is tried, as fractions of the course's
/// length: the middle first, then further out.
const ALONG: [f64; 9] = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/// How far from its line an agreement's name is tried, nearest first (pixels at 1600 px).
const GAPS: [f64; 4] = [5.0, 10.0, 16.0, 23.0];

/// The short name of each agreement whose lines are drawn ("1907 line" for "1907 line
/// (First Agreement)"), in italics in the lines' ink, beside its course near the middle:
/// right or left where the line runs steeply, above or under where it runs flat. A name
/// never crosses a treaty line, and is left out where no place is free.
pub(super) fn line_labels(
    scenario: &Scenario,
    p: &Prepared,
    state: &State,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let theme = p.theme();
    let ts = p.ts;
    let drawn: Vec<usize> = (0..scenario.lines.len())
        .filter(|&i| in_force(scenario, state, &scenario.lines[i]) && !p.lines[i].0.is_empty())
        .collect();
    let segments: Vec<Line<f64>> = drawn
        .iter()
        .flat_map(|&i| p.lines[i].0.iter().flat_map(|l| l.lines()))
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for &i in &drawn {
        if !names.contains(&scenario.lines[i].name.as_str()) {
            names.push(&scenario.lines[i].name);
        }
    }
    let look = Look {
        size: legible(11.5, ts),
        bold: false,
        italic: p.italic(true),
        color: theme.treaty,
        halo: Some((theme.halo, 2.8 * ts)),
        spacing: 0.0,
        class: "line-label",
    };
    for name in names {
        let paths: Vec<&LineString<f64>> = drawn
            .iter()
            .filter(|&&i| scenario.lines[i].name == name)
            .flat_map(|&i| &p.lines[i].0)
            .collect();
        let total: f64 = paths.iter().map(|l| length(l)).sum();
        let words = short_name(name);
        let mut candidates = Vec::new();
        for f in ALONG {
            let Some((at, dir)) = point_along(&paths, f * total) else {
                continue;
            };
            let place =
                |x: f64, y: f64, anchor: Anchor| vec![look.text(Coord { x, y }, anchor, words)];
            // Nearest first: a line that bends or slants needs its name a little further off.
            for off in GAPS.map(|g| g * ts) {
                let mid = at.y + CAP_HEIGHT * look.size / 2.0;
                let beside = [
                    place(at.x + off, mid, Anchor::Start),
                    place(at.x - off, mid, Anchor::End),
                ];
                let over = [
                    place(at.x, at.y - off - DESCENT * look.size, Anchor::Middle),
                    place(at.x, at.y + off + CAP_HEIGHT * look.size, Anchor::Middle),
                ];
                if dir.y.abs() >= dir.x.abs() {
                    candidates.extend(beside.into_iter().chain(over));
                } else {
                    candidates.extend(over.into_iter().chain(beside));
                }
            }
        }
        let crosses = |block: &Vec<Text>| {
            block.iter().any(|t| {
                let b = text_box(t, 1.0 * ts);
                segments.iter().any(|s| b.intersects(s))
            })
        };
        candidates.retain(|c| !crosses(c));
        if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
        }
    }
}

/// The length of a line in pixels.
fn length(l: &LineString<f64>) -> f64 {
    l.lines().map(|s| (s.dx()).hypot(s.dy())).sum()
}

/// The point `d` pixels along `paths` (one after the other) and the direction of the
/// segment it is on.
fn point_along(paths: &[&LineString<f64>], d: f64) -> Option<(Coord<f64>, Coord<f64>)> {
    let mut left = d;
    let mut last = None;
    for segment in paths.iter().flat_map(|l| l.lines()) {
        let len = segment.dx().hypot(segment.dy());
        if len <= 0.0 {
            continue;
        }
        let dir = Coord {
            x: segment.dx() / len,
            y: segment.dy() / len,
        };
        if left <= len {
            return Some((segment.start + dir * left, dir));
        }
        left -= len;
        last = Some((segment.end, dir));
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::scene::{Scene, build};
    use crate::timeline::{Moment, resolve};

    /// The texts of the labels of `class` on a map.
    fn labelled<'a>(scene: &'a Scene, class: &str) -> Vec<&'a Text> {
        scene
            .layers
            .iter()
            .filter(|l| l.id == "labels")
            .flat_map(|l| &l.items)
            .filter_map(|i| match i {
                Item::Text(t) if t.class.as_deref() == Some(class) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_agreement_drawn_is_named_once_off_every_line_at_either_width() {
        for width in [800.0, 1600.0] {
            let (scenario, p) = built_in_at(width);
            for year in scenario.start..=scenario.end {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let scene = build(&scenario, &p, &state);
                let mut want: Vec<&str> = Vec::new();
                for (l, path) in scenario.lines.iter().zip(&p.lines) {
                    let name = short_name(&l.name);
                    if in_force(&scenario, &state, l) && !path.0.is_empty() && !want.contains(&name)
                    {
                        want.push(name);
                    }
                }
                let labels = labelled(&scene, "line-label");
                let got: Vec<&str> = labels.iter().map(|t| t.text.as_str()).collect();
                assert_eq!(got, want, "{year} at {width}");
                for t in labels {
                    let b = text_box(t, 0.0);
                    let crossed = scenario
                        .lines
                        .iter()
                        .zip(&p.lines)
                        .filter(|(l, _)| in_force(&scenario, &state, l))
                        .flat_map(|(_, path)| &path.0)
                        .flat_map(|l| l.lines())
                        .any(|s| b.intersects(&s));
                    assert!(!crossed, "{year} at {width}: '{}' crosses a line", t.text);
                }
            }
        }
    }

    #[test]
    fn a_major_city_is_left_out_only_where_another_major_city_takes_its_place() {
        for width in [800.0, 1600.0] {
            let (scenario, p) = built_in_at(width);
            let major: Vec<usize> = (0..scenario.cities.len())
                .filter(|&i| scenario.cities[i].rank <= 1)
                .collect();
            // A major city whose dot overlaps the dot of one placed before it (Dairen's,
            // a few pixels from Port Arthur's at 800 px) cannot be drawn.
            let crowded: Vec<usize> = major
                .iter()
                .enumerate()
                .filter(|&(k, &i)| {
                    let Some(at) = p.cities[i] else { return false };
                    let r = year_city(&p, &scenario.cities[i]).unwrap().r;
                    major[..k].iter().any(|&j| {
                        p.cities[j].is_some_and(|o| overlaps(&dot_box(at, r), &dot_box(o, r)))
                    })
                })
                .map(|(_, &i)| i)
                .collect();
            for year in scenario.start..=scenario.end {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let scene = build(&scenario, &p, &state);
                let left: Vec<usize> = scene
                    .left_out
                    .iter()
                    .copied()
                    .filter(|i| major.contains(i))
                    .collect();
                assert_eq!(left, crowded, "{year} at {width}");
                // And what is said left out is not drawn.
                for &i in &scene.left_out {
                    let id = format!("city-{}", scenario.cities[i].id);
                    let drawn = scene.layers.iter().flat_map(|l| &l.items).any(|item| {
                        matches!(item, Item::Shape(s) if s.id.as_deref() == Some(id.as_str()))
                    });
                    assert!(!drawn, "{year} at {width}: {id} is drawn");
                }
            }
            assert_eq!(
                crowded.is_empty(),
                width >= 1600.0,
                "{crowded:?} at {width}"
            );
        }
    }

    #[test]
    fn a_country_is_named_only_where_enough_of_it_is_in_the_frame() {
        use geo::Area;
        for width in [800.0, 1600.0] {
            let (scenario, p) = built_in_at(width);
            for year in [1905, 1912, 1932, 1945] {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let scene = build(&scenario, &p, &state);
                for t in labelled(&scene, "country-label") {
                    let i = scenario
                        .basemap
                        .iter()
                        .position(|b| {
                            b.name.as_deref().map(str::to_uppercase).as_ref() == Some(&t.text)
                        })
                        .expect("a basemap country's name");
                    let b = text_box(t, 0.0);
                    let area = p.basemap[i].unsigned_area();
                    assert!(
                        area >= CONTEXT_ROOM * b.width() * b.height(),
                        "{year} at {width}: {} has {area:.0} px² in the frame",
                        t.text
                    );
                    assert!(
                        super::super::labels::inside(
                            &p.located_basemap[i],
                            std::slice::from_ref(t),
                            0.0
                        ),
                        "{year} at {width}: {} is not inside its country",
                        t.text
                    );
                }
                // Bhutan has a few thousand square pixels in the corner of the frame at
                // 1600 px: not enough for its name.
                let names: Vec<&str> = labelled(&scene, "country-label")
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect();
                assert!(!names.contains(&"BHUTAN"), "{year} at {width}: {names:?}");
                // At 1600 px the legend box lies over the north of China (elsewhere it
                // would hide Tokyo, a major city): China is named where there is room.
                assert!(names.contains(&"CHINA"), "{year} at {width}: {names:?}");
            }
        }
    }
}
