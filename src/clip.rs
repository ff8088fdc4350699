//! Clipping to an axis-aligned rectangle (a lon/lat window, a map frame, the box two
//! regions share): lines by Liang–Barsky, polygon rings by Sutherland–Hodgman.
//!
//! geo clips only through its general boolean operations (i_overlay), which snap every
//! vertex to an integer grid and sort and split every segment against every other. For a
//! rectangle none of that is needed: each segment is cut against the four sides on its
//! own, in one pass, and what is kept keeps its coordinates exactly. The world's coasts
//! and borders (80,000 vertices, clipped twice per run) and the largest countries took
//! most of a world map's time through i_overlay; here they take a few milliseconds.

use geo::{BoundingRect, Coord, LineString, MultiLineString, MultiPolygon, Polygon, Rect};

/// The parts of `lines` inside `rect` (its edges included), each in its line's order and
/// direction; a line that leaves the rectangle and comes back becomes two lines.
pub(crate) fn lines(rect: &Rect<f64>, lines: &MultiLineString<f64>) -> MultiLineString<f64> {
    let mut out = Vec::new();
    for line in &lines.0 {
        let mut run: Vec<Coord<f64>> = Vec::new();
        for seg in line.0.windows(2) {
            let (a, b) = (seg[0], seg[1]);
            if a == b {
                // A repeated vertex: the run goes on if it is inside.
                if !inside(rect, a) {
                    end(&mut run, &mut out);
                }
                continue;
            }
            let Some((t0, t1)) = segment(rect, a, b) else {
                end(&mut run, &mut out);
                continue;
            };
            let p = if t0 == 0.0 { a } else { at(rect, a, b, t0) };
            let q = if t1 == 1.0 { b } else { at(rect, a, b, t1) };
            if run.last() != Some(&p) {
                end(&mut run, &mut out);
                run.push(p);
            }
            run.push(q);
            if t1 < 1.0 {
                end(&mut run, &mut out);
            }
        }
        end(&mut run, &mut out);
    }
    MultiLineString::new(out)
}

/// Ends the line being gathered, keeping it if it is a line.
fn end(run: &mut Vec<Coord<f64>>, out: &mut Vec<LineString<f64>>) {
    if run.len() >= 2 {
        out.push(LineString::new(std::mem::take(run)));
    } else {
        run.clear();
    }
}

fn inside(rect: &Rect<f64>, c: Coord<f64>) -> bool {
    c.x >= rect.min().x && c.x <= rect.max().x && c.y >= rect.min().y && c.y <= rect.max().y
}

/// Liang–Barsky: the stretch `t0 < t1` of the segment from `a` to `b` (`a + t (b − a)`,
/// `t` in 0..=1) that lies in `rect`, if any longer than a point.
fn segment(rect: &Rect<f64>, a: Coord<f64>, b: Coord<f64>) -> Option<(f64, f64)> {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.x - rect.min().x),
        (dx, rect.max().x - a.x),
        (-dy, a.y - rect.min().y),
        (dy, rect.max().y - a.y),
    ] {
        if p == 0.0 {
            // Parallel to this side: wholly outside it or wholly within.
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    (t0 < t1).then_some((t0, t1))
}

/// The point at `t` along the segment, put exactly on the rectangle where rounding left
/// it a hair outside.
fn at(rect: &Rect<f64>, a: Coord<f64>, b: Coord<f64>, t: f64) -> Coord<f64> {
    Coord {
        x: (a.x + t * (b.x - a.x)).clamp(rect.min().x, rect.max().x),
        y: (a.y + t * (b.y - a.y)).clamp(rect.min().y, rect.max().y),
    }
}

/// What [`polygons`] did to a set of polygons.
#[derive(Debug)]
pub(crate) enum Kept {
    /// Every polygon lies in the rectangle: nothing to do.
    All,
    /// The polygons that reach into it, those across its edge cut to it.
    Some {
        shape: MultiPolygon<f64>,
        /// Some polygon was cut, and may run along the rectangle's edge (see
        /// [`polygons`]).
        cut: bool,
    },
}

/// `mp` kept to `rect`: a polygon wholly inside is kept as it is, one wholly outside
/// dropped, and one across the rectangle's edge cut to it by Sutherland–Hodgman.
///
/// A cut polygon covers exactly the part of the original inside the rectangle (every
/// point keeps its winding number), but where it leaves the rectangle and comes back
/// the two crossings are joined along the rectangle's edge: spans there may run out and
/// back, enclosing nothing. Such shapes may be filled as they are (the spans add no
/// area) or handed to a boolean operation, which removes the spans; they must not be
/// outlined.
pub(crate) fn polygons(rect: &Rect<f64>, mp: &MultiPolygon<f64>) -> Kept {
    let boxes: Vec<Option<Rect<f64>>> = mp.0.iter().map(BoundingRect::bounding_rect).collect();
    if boxes.iter().all(|b| b.is_some_and(|b| within(&b, rect))) {
        return Kept::All;
    }
    let mut cut = false;
    let shape =
        mp.0.iter()
            .zip(boxes)
            .filter_map(|(poly, b)| {
                let b = b?;
                if within(&b, rect) {
                    return Some(poly.clone());
                }
                if !meets(&b, rect) {
                    return None;
                }
                cut = true;
                let exterior = ring(rect, poly.exterior())?;
                let holes = poly
                    .interiors()
                    .iter()
                    .filter_map(|h| ring(rect, h))
                    .collect();
                Some(Polygon::new(exterior, holes))
            })
            .collect();
    Kept::Some {
        shape: MultiPolygon::new(shape),
        cut,
    }
}

/// Whether box `b` lies within `rect` (edges included).
pub(crate) fn within(b: &Rect<f64>, rect: &Rect<f64>) -> bool {
    b.min().x >= rect.min().x
        && b.min().y >= rect.min().y
        && b.max().x <= rect.max().x
        && b.max().y <= rect.max().y
}

/// Whether boxes `a` and `b` share any point.
fn meets(a: &Rect<f64>, b: &Rect<f64>) -> bool {
    a.min().x <= b.max().x
        && a.max().x >= b.min().x
        && a.min().y <= b.max().y
        && a.max().y >= b.min().y
}

/// Sutherland–Hodgman: a closed ring cut to `rect`, one side at a time; `None` if less
/// than a triangle is left.
fn ring(rect: &Rect<f64>, ring: &LineString<f64>) -> Option<LineString<f64>> {
    // The open ring: its last vertex repeats its first.
    let mut points: Vec<Coord<f64>> = ring.0.clone();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    let (lo, hi) = (rect.min(), rect.max());
    // Each side: which coordinate, the bound, and whether inside is above it.
    for (x_axis, bound, above) in [
        (true, lo.x, true),
        (true, hi.x, false),
        (false, lo.y, true),
        (false, hi.y, false),
    ] {
        if points.len() < 3 {
            return None;
        }
        let value = |c: &Coord<f64>| if x_axis { c.x } else { c.y };
        let keep = |c: &Coord<f64>| {
            if above {
                value(c) >= bound
            } else {
                value(c) <= bound
            }
        };
        // The crossing of the side by the edge from a to b (one inside, one outside).
        let cross = |a: &Coord<f64>, b: &Coord<f64>| {
            let t = (bound - value(a)) / (value(b) - value(a));
            if x_axis {
                Coord {
                    x: bound,
                    y: a.y + t * (b.y - a.y),
                }
            } else {
                Coord {
                    x: a.x + t * (b.x - a.x),
                    y: bound,
                }
            }
        };
        let mut next = Vec::with_capacity(points.len() + 4);
        let mut prev = points[points.len() - 1];
        let mut prev_in = keep(&prev);
        for &c in &points {
            let c_in = keep(&c);
            if c_in {
                if !prev_in {
                    next.push(cross(&prev, &c));
                }
                next.push(c);
            } else if prev_in {
                next.push(cross(&prev, &c));
            }
            prev = c;
            prev_in = c_in;
        }
        points = next;
    }
    if points.len() < 3 {
        return None;
    }
    points.push(points[0]);
    Some(LineString::new(points))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Area, BooleanOps, wkt};

    fn square() -> Rect<f64> {
        Rect::new((0.0, 0.0), (10.0, 10.0))
    }

    #[test]
    fn lines_are_cut_where_they_cross_and_split_where_they_leave() {
        let line = wkt!(LINESTRING(-5. 5., 5. 5., 5. 15., 8. 15., 8. 5., 8. 2.));
        let out = lines(&square(), &MultiLineString::new(vec![line]));
        assert_eq!(
            out,
            wkt!(MULTILINESTRING((0. 5., 5. 5., 5. 10.), (8. 10., 8. 5., 8. 2.)))
        );
        // Outside, touching a corner, and along an edge (kept: edges are inside).
        let out = lines(
            &square(),
            &wkt!(MULTILINESTRING((11. 0., 20. 0.), (-1. 11., 1. 9.5, 11. -0.5), (0. 0., 0. 4.))),
        );
        assert_eq!(out.0.len(), 2, "{out:?}");
        assert_eq!(out.0[1], wkt!(LINESTRING(0. 0., 0. 4.)));
        let diagonal = &out.0[0];
        assert_eq!(diagonal.0.len(), 3, "{diagonal:?}");
        assert!(diagonal.0.iter().all(|&c| inside(&square(), c)));
    }

    #[test]
    fn a_ring_cut_covers_what_the_boolean_intersection_covers() {
        // A U whose arms leave the square on the same side: the cut joins them along the
        // edge, enclosing no more than the intersection does. And a square round the
        // square with a hole across its edge.
        let u = wkt!(POLYGON((2. 5., 8. 5., 8. 20., 6. 20., 6. 7., 4. 7., 4. 20., 2. 20., 2. 5.)));
        let holed = wkt!(POLYGON((-3. -3., 13. -3., 13. 13., -3. 13., -3. -3.), (3. 3., 12. 3., 12. 7., 3. 7., 3. 3.)));
        for (shape, area) in [
            (u, 6.0 * 2.0 + 2.0 * (2.0 * 3.0)),
            (holed, 100.0 - 7.0 * 4.0),
        ] {
            let shape = MultiPolygon::new(vec![shape]);
            let Kept::Some { shape: kept, cut } = polygons(&square(), &shape) else {
                panic!("it crosses the edge");
            };
            assert!(cut);
            assert!((kept.unsigned_area() - area).abs() < 1e-9, "{kept:?}");
            let exact = shape.intersection(&square().to_polygon());
            assert!((exact.unsigned_area() - area).abs() < 1e-9);
            // Cleaned by a boolean operation, it is the intersection.
            let cleaned = kept.intersection(&square().to_polygon());
            assert!((cleaned.unsigned_area() - area).abs() < 1e-9);
            assert_eq!(cleaned.0.len(), exact.0.len());
        }
    }

    #[test]
    fn polygons_inside_are_kept_and_outside_dropped() {
        let inside = wkt!(MULTIPOLYGON(((1. 1., 2. 1., 2. 2., 1. 1.))));
        assert!(matches!(polygons(&square(), &inside), Kept::All));
        let outside = wkt!(MULTIPOLYGON(((1. 1., 2. 1., 2. 2., 1. 1.)), ((11. 11., 12. 11., 12. 12., 11. 11.))));
        let Kept::Some { shape, cut } = polygons(&square(), &outside) else {
            panic!("one is outside");
        };
        assert!(!cut, "only left out");
        assert_eq!(shape, inside);
    }
}
