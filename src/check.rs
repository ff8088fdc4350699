//! Checks on loaded shapes that go beyond syntax and references: geometry validity and
//! overlapping regions.
//!
//! The loader ([`crate::load`]) calls these and turns what they find into located
//! [`Problem`](crate::problem::Problem)s; they know nothing about files.
//!
//! **Validity** follows the OGC simple-features rules that matter for drawing and
//! measuring: a ring has an area, does not cross or touch itself, and does not double back;
//! the rings of a polygon do not cross; holes lie inside their shell and not inside each
//! other; the parts of a multipolygon do not overlap. It is computed here rather than with
//! geo's [`Validation`](geo::Validation) trait because that one tests every pair of a
//! ring's segments (geo 0.33's `linestring_has_self_intersection` is quadratic): 0.8 s
//! for the built-in scenario in a release build (13 ms here) and hours for a region with
//! a million vertices. Here the segments go through geo's sweep-line [`Intersections`]
//! instead, so a check costs about O(n log n). The unit tests below hold the two to the
//! same verdicts, except that a ring whose points all lie on one line is refused here
//! (geo counts only its distinct points).
//!
//! **Overlaps** between regions are measured as geodesic areas of their intersections and
//! reported above [`overlap_tolerance_km2`], which forgives the slivers left by digitising
//! the same border twice.
//!
//! **Event order** is not checked: events may be written in any order, the timeline applies
//! them by date (see [`crate::timeline`]).

use std::borrow::Cow;
use std::collections::HashSet;

use geo::algorithm::sweep::{Cross, Intersections};
use geo::coordinate_position::CoordPos;
use geo::kernels::{Kernel, Orientation, RobustKernel};
use geo::line_intersection::LineIntersection;
use geo::{BoundingRect, Coord, CoordinatePosition, Line, LineString, MultiPolygon, Polygon, Rect};

mod overlap;

pub use overlap::{Overlap, describe_overlap, overlap_tolerance_km2, overlaps};

/// Something wrong with a shape: what, where (lon/lat), and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    /// What is wrong, naming the polygon and ring as the loader does ("polygon 0, ring 1").
    pub message: String,
    /// What to do about it.
    pub hint: &'static str,
}

const FIX_HINT: &str =
    "redraw it, or repair it (QGIS: Vector ▸ Geometry Tools ▸ Fix Geometries; mapshaper: -clean)";

/// A ring's points (consecutive repeats removed) and where the ring is.
struct Ring<'a> {
    points: Cow<'a, [Coord<f64>]>,
    polygon: usize,
    ring: usize,
}

/// A segment of a ring: 16 bytes, so a region of a million vertices costs the sweep tens
/// of megabytes, not hundreds.
#[derive(Clone, Copy)]
struct Segment<'a> {
    ring: &'a Ring<'a>,
    index: usize,
}

impl Cross for Segment<'_> {
    type Scalar = f64;
    fn line(&self) -> Line<f64> {
        Line::new(
            self.ring.points[self.index],
            self.ring.points[self.index + 1],
        )
    }
}

impl Segment<'_> {
    fn key(&self) -> (usize, usize) {
        (self.ring.polygon, self.ring.ring)
    }

    fn same_ring(&self, other: &Segment) -> bool {
        self.key() == other.key()
    }

    /// Consecutive in their ring (so they share a vertex by construction).
    fn adjacent(&self, other: &Segment) -> bool {
        let count = self.ring.points.len() - 1;
        self.same_ring(other)
            && (self.index.abs_diff(other.index) == 1
                || self.index.abs_diff(other.index) == count - 1)
    }
}

fn ring_name(polygon: usize, ring: usize) -> String {
    format!("polygon {polygon}, ring {ring}")
}

fn show(c: Coord<f64>) -> String {
    // Four decimals of a degree is about 10 m: enough to find the spot in an editor.
    format!("[{:.4}, {:.4}]", c.x, c.y)
}

/// The ring's points with consecutive repeats removed (repeats are harmless); borrowed
/// when there are none, as in almost every ring.
fn distinct(ring: &LineString<f64>) -> Cow<'_, [Coord<f64>]> {
    if ring.0.windows(2).all(|w| w[0] != w[1]) {
        return Cow::Borrowed(&ring.0);
    }
    let mut out: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len());
    for &c in &ring.0 {
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Every validity problem of a (multi)polygon, at most one per ring or pair of rings.
///
/// Reported in the order of the checks: degenerate rings, then rings that cross, touch
/// or double back, then misplaced holes, then parts lying one inside another. Each check
/// passes over what an earlier one reported.
///
/// ```
/// use geo::wkt;
/// use spheres::check::polygon_problems;
/// let bow_tie = wkt!(MULTIPOLYGON(((0. 0., 2. 2., 2. 0., 0. 2., 0. 0.))));
/// let found = polygon_problems(&bow_tie);
/// assert_eq!(found[0].message, "polygon 0, ring 0 crosses itself near [1.0000, 1.0000]");
/// ```
pub fn polygon_problems(shape: &MultiPolygon<f64>) -> Vec<Invalid> {
    let mut out = Vec::new();
    let (rings, usable) = usable_rings(shape, &mut out);
    let crossed = crossings(&rings, &mut out);
    let ring_ok = |p: usize, r: usize| {
        usable[p][r]
            && !crossed
                .rings
                .iter()
                .any(|(x, y)| *x == (p, r) || *y == (p, r))
    };
    misplaced_holes(shape, &ring_ok, &mut out);
    nested_parts(shape, &crossed.polygons, &ring_ok, &mut out);
    out
}

/// The rings that have an area, for the sweep, and per polygon and ring whether it has
/// one. Rings that are degenerate (fewer than 3 distinct points, or all on one line) are
/// reported here, once, and kept out of the other checks, which would only repeat them.
fn usable_rings<'a>(
    shape: &'a MultiPolygon<f64>,
    out: &mut Vec<Invalid>,
) -> (Vec<Ring<'a>>, Vec<Vec<bool>>) {
    let mut rings = Vec::new();
    let mut usable: Vec<Vec<bool>> = Vec::with_capacity(shape.0.len());
    for (p, polygon) in shape.0.iter().enumerate() {
        let all = std::iter::once(polygon.exterior()).chain(polygon.interiors());
        let mut ok = Vec::new();
        for (r, ring) in all.enumerate() {
            let pts = distinct(ring);
            // `pts` is closed: first == last, so 4 entries are 3 distinct points.
            if pts.len() < 4 {
                out.push(Invalid {
                    message: format!(
                        "{} has only {} distinct point{}; a ring needs at least 3",
                        ring_name(p, r),
                        pts.len().saturating_sub(1),
                        if pts.len() == 2 { "" } else { "s" }
                    ),
                    hint: FIX_HINT,
                });
                ok.push(false);
                continue;
            }
            if all_on_one_line(&pts) {
                out.push(Invalid {
                    message: format!(
                        "{} has no area: all its points are on one line",
                        ring_name(p, r)
                    ),
                    hint: FIX_HINT,
                });
                ok.push(false);
                continue;
            }
            rings.push(Ring {
                points: pts,
                polygon: p,
                ring: r,
            });
            ok.push(true);
        }
        usable.push(ok);
    }
    (rings, usable)
}

/// What the sweep over all segments found, so that the later checks skip what it reported.
#[derive(Default)]
struct Crossed {
    /// Pairs of rings ((polygon, ring), (polygon, ring)) already reported, so a bad spot
    /// is reported once, not per segment.
    rings: HashSet<((usize, usize), (usize, usize))>,
    /// Pairs of polygons whose outlines cross (already reported as overlapping).
    polygons: HashSet<(usize, usize)>,
}

/// Runs every segment of the usable rings through one sweep and reports where rings
/// cross, touch or double back, at most once per pair of rings.
fn crossings(rings: &[Ring], out: &mut Vec<Invalid>) -> Crossed {
    let segments = rings
        .iter()
        .flat_map(|ring| (0..ring.points.len() - 1).map(move |index| Segment { ring, index }));
    let mut crossed = Crossed::default();
    for (a, b, hit) in Intersections::from_iter(segments) {
        let (a, b) = if a.key() <= b.key() { (a, b) } else { (b, a) };
        let key = (a.key(), b.key());
        if crossed.rings.contains(&key) {
            continue;
        }
        let Some(message) = crossing_message(&a, &b, hit) else {
            continue;
        };
        if a.ring.polygon != b.ring.polygon {
            crossed.polygons.insert((a.ring.polygon, b.ring.polygon));
        }
        crossed.rings.insert(key);
        out.push(Invalid {
            message,
            hint: FIX_HINT,
        });
    }
    crossed
}

/// What a meeting of two segments (`a` in the ring that sorts first) means, or `None`
/// where the rules allow it: neighbours in a ring share a vertex, rings of a polygon may
/// touch at a point, and parts of a multipolygon may touch, even along a border.
fn crossing_message(a: &Segment, b: &Segment, hit: LineIntersection<f64>) -> Option<String> {
    let (at, proper, collinear) = match hit {
        LineIntersection::SinglePoint {
            intersection,
            is_proper,
        } => (intersection, is_proper, false),
        LineIntersection::Collinear { intersection } => (intersection.start, false, true),
    };
    let (pa, ra, pb, rb) = (a.ring.polygon, a.ring.ring, b.ring.polygon, b.ring.ring);
    let message = if a.same_ring(b) {
        if a.adjacent(b) {
            if !collinear {
                return None;
            }
            format!(
                "{} doubles back on itself near {}",
                ring_name(pa, ra),
                show(at)
            )
        } else if proper || collinear {
            format!("{} crosses itself near {}", ring_name(pa, ra), show(at))
        } else {
            format!("{} touches itself near {}", ring_name(pa, ra), show(at))
        }
    } else if pa == pb {
        if !(proper || collinear) {
            return None; // rings of a polygon may touch at a point
        }
        format!(
            "{} and ring {rb} cross near {}",
            ring_name(pa, ra),
            show(at)
        )
    } else {
        // Parts of a multipolygon may touch, even along a border; they may not cross.
        if !proper {
            return None;
        }
        format!("polygons {pa} and {pb} overlap near {}", show(at))
    };
    Some(message)
}

/// Holes: inside their own shell, not inside one another. Only rings that `ring_ok`
/// (sound, and not already reported as crossing) are compared.
fn misplaced_holes(
    shape: &MultiPolygon<f64>,
    ring_ok: &impl Fn(usize, usize) -> bool,
    out: &mut Vec<Invalid>,
) {
    for (p, polygon) in shape.0.iter().enumerate() {
        if polygon.interiors().is_empty() || !ring_ok(p, 0) {
            continue;
        }
        let shell = Polygon::new(polygon.exterior().clone(), vec![]);
        let holes: Vec<(usize, Polygon<f64>)> = polygon
            .interiors()
            .iter()
            .enumerate()
            .filter(|(h, _)| ring_ok(p, h + 1))
            .map(|(h, ring)| (h + 1, Polygon::new(ring.clone(), vec![])))
            .collect();
        for (r, hole) in &holes {
            if let Some(pos) = first_position(hole, &shell)
                && pos == CoordPos::Outside
            {
                out.push(Invalid {
                    message: format!("{} is a hole outside its shell (ring 0)", ring_name(p, *r)),
                    hint: "a polygon's later rings are holes inside its first ring; an area of its own is another polygon of a MultiPolygon",
                });
            }
        }
        for (i, (r1, h1)) in holes.iter().enumerate() {
            for (r2, h2) in &holes[i + 1..] {
                let nested = [(h1, h2), (h2, h1)]
                    .into_iter()
                    .any(|(x, y)| first_position(x, y) == Some(CoordPos::Inside));
                if nested {
                    out.push(Invalid {
                        message: format!(
                            "{} and ring {r2} are holes one inside the other",
                            ring_name(p, *r1)
                        ),
                        hint: "an island in a lake is a polygon of its own in a MultiPolygon",
                    });
                }
            }
        }
    }
}

/// Parts of a multipolygon that do not cross may still lie one inside another. Pairs
/// already reported as crossing (`crossed`), or with a shell that is not `ring_ok`, are
/// passed over.
fn nested_parts(
    shape: &MultiPolygon<f64>,
    crossed: &HashSet<(usize, usize)>,
    ring_ok: &impl Fn(usize, usize) -> bool,
    out: &mut Vec<Invalid>,
) {
    let boxes: Vec<Option<Rect<f64>>> = shape.0.iter().map(BoundingRect::bounding_rect).collect();
    for (i, a) in shape.0.iter().enumerate() {
        for (j, b) in shape.0.iter().enumerate().skip(i + 1) {
            if crossed.contains(&(i, j)) || !ring_ok(i, 0) || !ring_ok(j, 0) {
                continue;
            }
            let (Some(ba), Some(bb)) = (boxes[i], boxes[j]) else {
                continue;
            };
            if !boxes_meet(ba, bb) {
                continue;
            }
            let inside = [(a, b), (b, a)]
                .into_iter()
                .any(|(x, y)| first_position(x, y) == Some(CoordPos::Inside));
            if inside {
                out.push(Invalid {
                    message: format!("polygons {i} and {j} overlap: one lies inside the other"),
                    hint: "the parts of a MultiPolygon must not overlap; an island in a lake is fine if the lake is a hole",
                });
            }
        }
    }
}

/// Whether every point lies on the line through the first two distinct ones (exactly, with
/// a robust predicate: a bow-tie has zero signed area but is not a line).
fn all_on_one_line(pts: &[Coord<f64>]) -> bool {
    let Some((&a, rest)) = pts.split_first() else {
        return true;
    };
    let Some(&b) = rest.iter().find(|&&c| c != a) else {
        return true;
    };
    pts.iter()
        .all(|&c| RobustKernel::orient2d(a, b, c) == Orientation::Collinear)
}

/// Where the first point of `a`'s outline that is not on `b`'s boundary lies relative to
/// `b`; `None` if every point is on the boundary.
fn first_position(a: &Polygon<f64>, b: &Polygon<f64>) -> Option<CoordPos> {
    a.exterior()
        .0
        .iter()
        .map(|c| b.coordinate_position(c))
        .find(|pos| *pos != CoordPos::OnBoundary)
}

fn boxes_meet(a: Rect<f64>, b: Rect<f64>) -> bool {
    a.min().x <= b.max().x
        && b.min().x <= a.max().x
        && a.min().y <= b.max().y
        && b.min().y <= a.max().y
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Validation, wkt};

    fn messages(mp: &MultiPolygon<f64>) -> Vec<String> {
        polygon_problems(mp)
            .into_iter()
            .map(|i| i.message)
            .collect()
    }

    /// The checks here and geo's `Validation` agree on these shapes.
    #[test]
    fn agrees_with_geo_validation() {
        let cases: Vec<(MultiPolygon<f64>, bool)> = vec![
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.)))),
                true,
            ),
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.), (1. 1., 2. 1., 2. 2., 1. 1.)))),
                true,
            ),
            // Hole touching the shell at one point: valid.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 1., 4. 4., 0. 4., 0. 0.), (0. 2., 2. 1., 3. 2., 2. 3., 0. 2.)))),
                true,
            ),
            // Bow-tie (zero signed area, but not a line).
            (
                wkt!(MULTIPOLYGON(((0. 0., 2. 2., 2. 0., 0. 2., 0. 0.)))),
                false,
            ),
            // Ring touching itself at a vertex.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 2. 2., 4. 4., 0. 4., 2. 2., 0. 0.)))),
                false,
            ),
            // Hole outside its shell.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.), (5. 5., 6. 5., 6. 6., 5. 5.)))),
                false,
            ),
            // Hole crossing its shell.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.), (3. 1., 5. 1., 5. 2., 3. 1.)))),
                false,
            ),
            // Two parts, one inside the other.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.)), ((1. 1., 2. 1., 2. 2., 1. 1.)))),
                false,
            ),
            // Two parts side by side.
            (
                wkt!(MULTIPOLYGON(((0. 0., 1. 0., 1. 1., 0. 1., 0. 0.)), ((2. 0., 3. 0., 3. 1., 2. 0.)))),
                true,
            ),
            // A spike: the ring goes out and comes back on the same line.
            (
                wkt!(MULTIPOLYGON(((0. 0., 4. 0., 6. 0., 4. 0., 4. 4., 0. 4., 0. 0.)))),
                false,
            ),
        ];
        // Stricter than geo 0.33 on one point: a ring whose points are all on one line has
        // no inside, and geo counts only its distinct points.
        let line = wkt!(MULTIPOLYGON(((0. 0., 1. 1., 2. 2., 0. 0.))));
        assert!(line.is_valid());
        assert_eq!(
            messages(&line),
            ["polygon 0, ring 0 has no area: all its points are on one line"]
        );
        for (shape, valid) in cases {
            assert_eq!(shape.is_valid(), valid, "geo on {shape:?}");
            assert_eq!(
                polygon_problems(&shape).is_empty(),
                valid,
                "{shape:?}: {:?}",
                messages(&shape)
            );
        }
    }

    #[test]
    fn problems_are_named_and_located() {
        let hole_out =
            wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.), (5. 5., 6. 5., 6. 6., 5. 5.))));
        assert_eq!(
            messages(&hole_out),
            ["polygon 0, ring 1 is a hole outside its shell (ring 0)"]
        );
        let nested = wkt!(MULTIPOLYGON(((0. 0., 4. 0., 4. 4., 0. 4., 0. 0.)), ((1. 1., 2. 1., 2. 2., 1. 1.))));
        assert_eq!(
            messages(&nested),
            ["polygons 0 and 1 overlap: one lies inside the other"]
        );
        let crossing = wkt!(MULTIPOLYGON(((0. 0., 2. 0., 2. 2., 0. 2., 0. 0.)), ((1. 1., 3. 1., 3. 3., 1. 3., 1. 1.))));
        let found = messages(&crossing);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0] == "polygons 0 and 1 overlap near [2.0000, 1.0000]"
                || found[0] == "polygons 0 and 1 overlap near [1.0000, 2.0000]",
            "{found:?}"
        );
    }

    #[test]
    fn large_rings_are_checked_quickly() {
        // 200,000 vertices on a circle: quadratic pair tests would take minutes.
        let n = 200_000;
        let ring: Vec<Coord<f64>> = (0..=n)
            .map(|i| {
                let t = std::f64::consts::TAU * f64::from(i % n) / f64::from(n);
                Coord {
                    x: 10.0 * t.cos(),
                    y: 10.0 * t.sin(),
                }
            })
            .collect();
        let shape = MultiPolygon::new(vec![Polygon::new(LineString::new(ring), vec![])]);
        let start = std::time::Instant::now();
        assert!(polygon_problems(&shape).is_empty());
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    }
}
