//! Shapes made of the built-in countries ([`crate::world`]): the union of countries given
//! by ISO code, kept within a lon/lat box and on one side of a line. Regions written in
//! `scenario.toml` as `[regions.ID] countries = [...]` and powers' `home` are made here.

use geo::{BooleanOps, Coord, LineString, MultiPolygon, Polygon, Rect};

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
        // All at once: folding pairwise rounds each step's result to a new grid, and
        // the drift leaves slivers along the borders inside.
        many => geo::unary_union(many.iter().flat_map(|c| &c.shape.0)),
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
    if countries.len() > 1 || within.is_some() || cut.is_some() {
        shape = on_grid(&shape);
    }
    shape
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
    use geo::{BoundingRect, Contains, GeodesicArea, Point};

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
        assert!((km2(&u) / sum - 1.0).abs() < 1e-4, "{} {sum}", km2(&u));
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
        // Within 0.01 %: the union fills the odd lake Natural Earth cuts out of a
        // country where it touches the coast.
        assert!((km2(&u) / sum - 1.0).abs() < 1e-4, "{} {sum}", km2(&u));
        // Every vertex on the world's grid.
        assert!(
            u.0.iter()
                .flat_map(|p| &p.exterior().0)
                .all(|c| { (c.x * 1e4 - (c.x * 1e4).round()).abs() < 1e-6 })
        );
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
