//! Shapes made of the built-in countries ([`crate::world`]): the union of countries given
//! by ISO code, kept within a lon/lat box and on one side of a line. Regions written in
//! `scenario.toml` as `[regions.ID] countries = [...]` and powers' `home` are made here.

use geo::{BooleanOps, BoundingRect, Contains, Coord, LineString, MultiPolygon, Polygon, Rect};

use crate::world::Country;

/// The side of a cutting line that a region keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    North,
    South,
    East,
    West,
}

impl Side {
    /// The word used in scenario files.
    pub(crate) const WORDS: [(&'static str, Side); 4] = [
        ("north", Side::North),
        ("south", Side::South),
        ("east", Side::East),
        ("west", Side::West),
    ];

    pub(crate) fn parse(word: &str) -> Option<Side> {
        Side::WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, s)| s)
    }

    /// Whether the line that cuts for this side runs west–east (else north–south).
    pub(crate) fn across(self) -> bool {
        matches!(self, Side::North | Side::South)
    }
}

/// A cut: the part of a shape on one side of a line.
///
/// The rule: for `north` and `south` the line runs from west to east (its two ends at
/// different longitudes), and is carried on due west from its western end and due east
/// from its eastern end to the antimeridian; for `east` and `west` it runs from north to
/// south, carried on due north and due south to the poles. The region keeps what lies
/// on the named side of that carried-on line. The line should not double back on itself
/// across the shape.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cut {
    pub line: Vec<Coord<f64>>,
    pub keep: Side,
}

impl Cut {
    /// The half of the world on the kept side, as a polygon.
    fn half(&self) -> Polygon<f64> {
        let mut line = self.line.clone();
        let (first, last) = (line[0], line[line.len() - 1]);
        let mut ring: Vec<Coord<f64>> = Vec::with_capacity(line.len() + 4);
        let c = |x: f64, y: f64| Coord { x, y };
        if self.keep.across() {
            // West end first.
            if first.x > last.x {
                line.reverse();
            }
            let (w, e) = (line[0], line[line.len() - 1]);
            let pole = if self.keep == Side::North {
                90.0
            } else {
                -90.0
            };
            ring.push(c(-180.0, w.y));
            ring.extend(&line);
            ring.extend([c(180.0, e.y), c(180.0, pole), c(-180.0, pole)]);
        } else {
            // North end first.
            if first.y < last.y {
                line.reverse();
            }
            let (n, s) = (line[0], line[line.len() - 1]);
            let edge = if self.keep == Side::East {
                180.0
            } else {
                -180.0
            };
            ring.push(c(n.x, 90.0));
            ring.extend(&line);
            ring.extend([c(s.x, -90.0), c(edge, -90.0), c(edge, 90.0)]);
        }
        Polygon::new(LineString::new(ring), Vec::new())
    }

    /// Whether the line's ends lie apart in the direction it must run: west–east for
    /// `north` and `south`, north–south for `east` and `west`.
    pub(crate) fn runs_across(&self) -> bool {
        let (a, b) = (self.line[0], self.line[self.line.len() - 1]);
        if self.keep.across() {
            a.x != b.x
        } else {
            a.y != b.y
        }
    }
}

/// The union of `countries`, kept within `within` ([west, south, east, north]; a box whose
/// west is east of its east runs across the antimeridian) and on the kept side of `cut`.
/// Deterministic: the same countries in the same order give the same shape.
pub(crate) fn shape(
    countries: &[&Country],
    within: Option<[f64; 4]>,
    cut: Option<&Cut>,
) -> MultiPolygon<f64> {
    let mut shape = match countries {
        [] => MultiPolygon::new(Vec::new()),
        [one] => one.shape.clone(),
        many => union(many),
    };
    if let Some([w, s, e, n]) = within {
        let boxes = if w <= e {
            vec![Rect::new((w, s), (e, n)).to_polygon()]
        } else {
            vec![
                Rect::new((w, s), (180.0, n)).to_polygon(),
                Rect::new((-180.0, s), (e, n)).to_polygon(),
            ]
        };
        shape = shape.intersection(&MultiPolygon::new(boxes));
    }
    if let Some(cut) = cut {
        shape = shape.intersection(&MultiPolygon::new(vec![cut.half()]));
    }
    if within.is_some() || cut.is_some() {
        shape = on_grid(&shape);
    }
    shape
}

/// The union of countries, made along the borders they share.
///
/// The built-in countries come from one topology: where two meet, both rings run through
/// the same vertices, one forward, the other back. So the union is exact without a
/// general boolean operation: every edge that appears in both directions is a border
/// inside the union and is dropped, and what is left are the union's rings, chained edge
/// to edge, holes told from outlines by their turn. It moves no vertex off the world's
/// grid and takes milliseconds where `geo::unary_union` took tens (the Soviet Union).
/// Should the premise fail (two countries over one another, so that an edge comes twice
/// in one direction; a ring that does not close; a hole outside every outline), the
/// general operation is used instead.
fn union(countries: &[&Country]) -> MultiPolygon<f64> {
    let polygons = || countries.iter().flat_map(|c| &c.shape.0);
    shared_edge_union(polygons()).unwrap_or_else(|| geo::unary_union(polygons()))
}

/// A vertex as a key: its coordinates' bits (the world's vertices are exact multiples
/// of its grid step, the same number wherever two rings share them).
type Key = (u64, u64);

fn key(c: Coord<f64>) -> Key {
    (c.x.to_bits(), c.y.to_bits())
}

/// The union of polygons that meet only along shared edges (see [`union`]), `None` if
/// they do not.
fn shared_edge_union<'a>(
    polygons: impl Iterator<Item = &'a Polygon<f64>>,
) -> Option<MultiPolygon<f64>> {
    type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
    // Every edge with the area on its left: outlines counter-clockwise, holes clockwise.
    let mut edges: Vec<(Coord<f64>, Coord<f64>)> = Vec::new();
    for poly in polygons {
        for (k, ring) in std::iter::once(poly.exterior())
            .chain(poly.interiors())
            .enumerate()
        {
            let forward = (signed_area(&ring.0) > 0.0) == (k == 0);
            let start = edges.len();
            edges.extend(
                ring.lines()
                    .map(|l| (l.start, l.end))
                    .filter(|(a, b)| a != b),
            );
            if !forward {
                edges[start..].reverse();
                for e in &mut edges[start..] {
                    *e = (e.1, e.0);
                }
            }
        }
    }
    // Borders inside the union: each edge cancels the edge back along it.
    let mut by_ends: Map<(Key, Key), usize> = Map::default();
    by_ends.reserve(edges.len());
    for (i, &(a, b)) in edges.iter().enumerate() {
        if by_ends.insert((key(a), key(b)), i).is_some() {
            return None;
        }
    }
    let kept: Vec<bool> = edges
        .iter()
        .map(|&(a, b)| !by_ends.contains_key(&(key(b), key(a))))
        .collect();
    // The rest chained into rings. Where rings touch at a vertex (two islands at a
    // point, a lake at the coast), the edge taken out of it is the first clockwise from
    // the edge come in by, seen back along it: the area stays on the left and each ring
    // closes on itself, never running on into the other.
    let mut leaving: Map<Key, Vec<usize>> = Map::default();
    for i in (0..edges.len()).filter(|&i| kept[i]) {
        leaving.entry(key(edges[i].0)).or_default().push(i);
    }
    let angle = |i: usize| {
        let (a, b) = edges[i];
        (b.y - a.y).atan2(b.x - a.x)
    };
    let next = |i: usize| -> Option<usize> {
        let out = leaving.get(&key(edges[i].1))?;
        if let [only] = out.as_slice() {
            return Some(*only);
        }
        let back = angle(i) + std::f64::consts::PI;
        let turn = |j: usize| {
            let cw = (back - angle(j)).rem_euclid(std::f64::consts::TAU);
            if cw == 0.0 { std::f64::consts::TAU } else { cw }
        };
        out.iter()
            .copied()
            .min_by(|&x, &y| turn(x).total_cmp(&turn(y)).then(x.cmp(&y)))
    };
    let mut used = vec![false; edges.len()];
    let mut outlines: Vec<Ring> = Vec::new();
    let mut holes: Vec<Ring> = Vec::new();
    for first in 0..edges.len() {
        if !kept[first] || used[first] {
            continue;
        }
        let mut ring = vec![edges[first].0];
        let mut i = first;
        loop {
            used[i] = true;
            ring.push(edges[i].1);
            i = next(i)?;
            if i == first {
                break;
            }
            if used[i] {
                return None;
            }
        }
        let ring = Ring::new(ring);
        if ring.area > 0.0 {
            outlines.push(ring);
        } else if ring.area < 0.0 {
            holes.push(ring);
        }
    }
    // Each hole in the smallest outline around it.
    let mut inner: Vec<Vec<LineString<f64>>> = vec![Vec::new(); outlines.len()];
    for hole in holes {
        let k = (0..outlines.len())
            .filter(|&k| outlines[k].contains(hole.probe))
            .min_by(|&x, &y| outlines[x].area.total_cmp(&outlines[y].area))?;
        inner[k].push(hole.line);
    }
    Some(MultiPolygon::new(
        outlines
            .into_iter()
            .zip(inner)
            .map(|(outline, holes)| Polygon::new(outline.line, holes))
            .collect(),
    ))
}

/// A ring of a union, ready for the tests that place holes.
struct Ring {
    line: LineString<f64>,
    /// Twice its signed area: positive for an outline (counter-clockwise), negative for
    /// a hole.
    area: f64,
    bbox: Option<Rect<f64>>,
    /// A point on its first edge, which lies on no other ring of the union: an edge
    /// shared with another ring would have been dropped as a border.
    probe: Coord<f64>,
}

impl Ring {
    fn new(points: Vec<Coord<f64>>) -> Ring {
        let (a, b) = (points[0], points[1]);
        let line = LineString::new(points);
        Ring {
            area: signed_area(&line.0),
            bbox: line.bounding_rect(),
            probe: Coord {
                x: (a.x + b.x) / 2.0,
                y: (a.y + b.y) / 2.0,
            },
            line,
        }
    }

    /// Whether `c` lies strictly inside the ring.
    fn contains(&self, c: Coord<f64>) -> bool {
        self.bbox.is_some_and(|b| {
            c.x >= b.min().x && c.x <= b.max().x && c.y >= b.min().y && c.y <= b.max().y
        }) && Polygon::new(self.line.clone(), Vec::new()).contains(&c)
    }
}

/// Twice the signed area of a closed ring (positive counter-clockwise), by the shoelace
/// formula.
fn signed_area(ring: &[Coord<f64>]) -> f64 {
    ring.windows(2)
        .map(|w| w[0].x * w[1].y - w[1].x * w[0].y)
        .sum()
}

/// Rings smaller than this (square degrees, about 1,000 m² at the equator) are the
/// slivers boolean operations leave where edges meet at a slant: no country, island or
/// enclave is that small (the Vatican is 300 times larger).
const SLIVER: f64 = 1e-7;

/// `shape` with its vertices back on the built-in world's grid (1e-4°), so that the
/// borders it shares with other countries and regions are the same vertices, and
/// without the slivers boolean operations leave.
fn on_grid(shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    use geo::Area;
    let snap = |ring: &LineString<f64>| {
        let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len());
        for c in &ring.0 {
            let c = Coord {
                x: (c.x * 1e4).round() / 1e4,
                y: (c.y * 1e4).round() / 1e4,
            };
            if coords.last() != Some(&c) {
                coords.push(c);
            }
        }
        let ring = LineString::new(coords);
        (ring.0.len() >= 4 && Polygon::new(ring.clone(), Vec::new()).unsigned_area() >= SLIVER)
            .then_some(ring)
    };
    MultiPolygon::new(
        shape
            .0
            .iter()
            .filter_map(|p| {
                let exterior = snap(p.exterior())?;
                Some(Polygon::new(
                    exterior,
                    p.interiors().iter().filter_map(snap).collect(),
                ))
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::world::world;
    use geo::{BoundingRect, Contains, Euclidean, GeodesicArea, Length, Point};

    fn km2(mp: &MultiPolygon<f64>) -> f64 {
        mp.0.iter()
            .map(|p| p.geodesic_area_signed().abs())
            .sum::<f64>()
            / 1e6
    }

    fn countries(codes: &[&str]) -> Vec<&'static Country> {
        codes.iter().map(|c| world().country(c).unwrap()).collect()
    }

    #[test]
    fn a_union_of_neighbours_is_one_piece_with_the_sum_of_their_areas() {
        let czechoslovakia = countries(&["CZ", "SK"]);
        let u = shape(&czechoslovakia, None, None);
        let sum: f64 = czechoslovakia.iter().map(|c| km2(&c.shape)).sum();
        assert!((km2(&u) / sum - 1.0).abs() < 1e-9, "{} {sum}", km2(&u));
        // The mainland is one polygon: their common borders are gone.
        let largest =
            u.0.iter()
                .map(|p| p.geodesic_area_signed().abs() / 1e6)
                .fold(0.0, f64::max);
        assert!(largest > 0.999 * sum, "{largest} of {sum}");
    }

    #[test]
    fn a_union_of_many_leaves_no_slivers_inside() {
        // French West Africa: eight countries meeting at many tripoints.
        let fwa = countries(&["SN", "MR", "ML", "GN", "CI", "BF", "NE", "BJ"]);
        let u = shape(&fwa, None, None);
        let holes: usize = u.0.iter().map(|p| p.interiors().len()).sum();
        assert_eq!(holes, 0);
        let sum: f64 = fwa.iter().map(|c| km2(&c.shape)).sum();
        assert!((km2(&u) / sum - 1.0).abs() < 1e-9, "{} {sum}", km2(&u));
        // Every vertex on the world's grid.
        assert!(
            u.0.iter()
                .flat_map(|p| &p.exterior().0)
                .all(|c| { (c.x * 1e4 - (c.x * 1e4).round()).abs() < 1e-6 })
        );
    }

    #[test]
    fn the_union_of_every_country_is_bounded_by_the_coasts_alone() {
        // Every border between two countries cancels: what is left of the union of all
        // of them, but for the antimeridian and the pole where shapes are closed, is the
        // coasts, to the metre.
        let all = world().countries.iter().flat_map(|c| &c.shape.0);
        let u = shared_edge_union(all).expect("the countries meet along shared edges");
        let length = |l: geo::Line<f64>| Euclidean.length(&l);
        let rings: f64 =
            u.0.iter()
                .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                .flat_map(|r| r.lines())
                .filter(|l| !(l.start.x.abs() == 180.0 && l.start.x == l.end.x))
                .filter(|l| !(l.start.y < -89.99 && l.end.y < -89.99))
                .map(length)
                .sum();
        let coasts: f64 = world().coasts.0.iter().map(|l| Euclidean.length(l)).sum();
        // Within a thousandth of a degree in 8,174 degrees of coast: d3 left two stubs of
        // 0.0002° where it closed shapes at the antimeridian, which are no coast.
        assert!((rings - coasts).abs() < 1e-3, "{rings} {coasts}");
        let sum: f64 = world().countries.iter().map(|c| km2(&c.shape)).sum();
        assert!((km2(&u) / sum - 1.0).abs() < 1e-9, "{} {sum}", km2(&u));
    }

    #[test]
    fn a_union_keeps_what_touches_at_a_point_land_and_water_as_they_were() {
        // Zeelandic Flanders, the Netherlands south of the Western Scheldt, touches the
        // rest of the country at one point on the river. The world data once had it as a
        // hole in the mainland: the Netherlands lacked 800 km² that a union of the
        // Benelux gained.
        let benelux = countries(&["BE", "NL", "LU"]);
        let u = shape(&benelux, None, None);
        let sum: f64 = benelux.iter().map(|c| km2(&c.shape)).sum();
        assert!((km2(&u) / sum - 1.0).abs() < 1e-9, "{} {sum}", km2(&u));
        let terneuzen = Point::new(3.83, 51.30);
        assert!(benelux[1].shape.contains(&terneuzen) && u.contains(&terneuzen));
        let scheldt = Point::new(3.70, 51.41);
        assert!(!benelux[1].shape.contains(&scheldt) && !u.contains(&scheldt));
        assert!(u.contains(&Point::new(4.40, 51.22)), "Antwerp");
        // Belgium, the Netherlands and Luxembourg without their common borders: the
        // mainland is one outline; Zeelandic Flanders is in it.
        let largest =
            u.0.iter()
                .map(|p| km2(&MultiPolygon::new(vec![p.clone()])))
                .fold(0.0, f64::max);
        assert!(largest > 0.9 * sum, "{largest} of {sum}");
        assert!(u.0.iter().all(|p| p.interiors().is_empty()));
    }

    #[test]
    fn a_box_keeps_what_lies_in_it() {
        // Metropolitan France out of France with its overseas departments.
        let fr = countries(&["FR"]);
        let metropolitan = shape(&fr, Some([-6.0, 41.0, 10.0, 52.0]), None);
        let a = km2(&metropolitan);
        // 551,695 km² (INSEE), Corsica included.
        assert!((a / 551_695.0 - 1.0).abs() < 0.02, "{a}");
        let b = metropolitan.bounding_rect().unwrap();
        assert!(b.min().x >= -6.0 && b.max().y <= 52.0);
    }

    #[test]
    fn a_cut_keeps_the_named_side_of_the_line_carried_on_to_the_edges() {
        // Germany cut along 10°E, a line from 55°N to 47°N written south to north.
        let de = countries(&["DE"]);
        let line = vec![Coord { x: 10.0, y: 47.0 }, Coord { x: 10.0, y: 55.0 }];
        let east = shape(
            &de,
            None,
            Some(&Cut {
                line: line.clone(),
                keep: Side::East,
            }),
        );
        let west = shape(
            &de,
            None,
            Some(&Cut {
                line,
                keep: Side::West,
            }),
        );
        let whole = km2(&de[0].shape);
        assert!((km2(&east) + km2(&west)) / whole - 1.0 < 1e-6);
        assert!(east.contains(&Point::new(13.4, 52.5)), "Berlin east");
        assert!(west.contains(&Point::new(6.96, 50.94)), "Cologne west");
        // Sylt, west of the line's end at 55°N, is kept west.
        assert!(west.contains(&Point::new(8.33, 54.9)));
        // A west–east line, keep north: the part of Italy north of 44°N.
        let it = countries(&["IT"]);
        let line = vec![Coord { x: 7.0, y: 44.0 }, Coord { x: 14.0, y: 44.0 }];
        let north = shape(
            &it,
            None,
            Some(&Cut {
                line,
                keep: Side::North,
            }),
        );
        let b = north.bounding_rect().unwrap();
        assert!(b.min().y >= 44.0 - 1e-9 && b.max().y > 46.0, "{b:?}");
    }

    #[test]
    fn a_box_across_the_antimeridian_keeps_both_sides() {
        // Russia east of 170°E and Chukotka west of 170°W together.
        let ru = countries(&["RU"]);
        let far_east = shape(&ru, Some([170.0, 60.0, -170.0, 72.0]), None);
        let b = far_east.bounding_rect().unwrap();
        assert!(b.min().x < -170.0 + 1e-9 && b.max().x > 179.0, "{b:?}");
        assert!(far_east.0.iter().all(|p| {
            let r = p.bounding_rect().unwrap();
            r.min().x >= 170.0 - 1e-9 || r.max().x <= -170.0 + 1e-9
        }));
    }

    #[test]
    fn sides_parse_and_say_how_their_line_runs() {
        assert_eq!(Side::parse("north"), Some(Side::North));
        assert_eq!(Side::parse("North"), None);
        assert!(Side::South.across() && !Side::East.across());
        let flat = Cut {
            line: vec![Coord { x: 1.0, y: 5.0 }, Coord { x: 1.0, y: 9.0 }],
            keep: Side::North,
        };
        assert!(!flat.runs_across());
    }
}
