//! Overlaps between regions: pairs of shapes whose intersection is larger than the
//! slivers that digitising one border twice leaves (see the [module](super) notes).

use std::borrow::Cow;

use geo::orient::{Direction, Orient};
use geo::{Area, BooleanOps, BoundingRect, Coord, GeodesicArea, MultiPolygon, Rect};

use super::{boxes_meet, show};
use crate::clip::Kept;

/// How much two regions may overlap before it is reported, in km²: 1 km², or 0.5 % of the
/// smaller region if that is more. Two files that digitise the same border a little
/// differently leave slivers along it, and a longer border leaves more.
pub fn overlap_tolerance_km2(smaller_km2: f64) -> f64 {
    (smaller_km2 * 0.005).max(1.0)
}

/// Two regions that overlap by more than the tolerance.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    /// Index of the first region (in the order given).
    pub a: usize,
    /// Index of the second region.
    pub b: usize,
    /// The overlap's geodesic area in km².
    pub km2: f64,
    /// The smaller region's area in km².
    pub smaller_km2: f64,
    /// A point in the overlap (lon/lat), to find it in an editor.
    pub near: Option<Coord<f64>>,
}

/// Pairs of shapes (regions) that overlap by more than [`overlap_tolerance_km2`].
///
/// Shapes given as `None` (invalid ones, already reported) are skipped. Pairs whose
/// bounding boxes do not meet are never intersected, so the cost grows with the number of
/// neighbours, not the square of the number of regions.
pub fn overlaps(shapes: &[Option<&MultiPolygon<f64>>]) -> Vec<Overlap> {
    let boxes: Vec<Option<Rect<f64>>> = shapes
        .iter()
        .map(|s| s.and_then(BoundingRect::bounding_rect))
        .collect();
    let mut areas: Vec<Option<f64>> = vec![None; shapes.len()];
    let mut out = Vec::new();
    // Sweep over the boxes from west to east: only pairs whose boxes overlap in x are
    // looked at, so ten thousand small regions cost far less than fifty million pairs.
    let mut order: Vec<usize> = (0..shapes.len()).filter(|&i| boxes[i].is_some()).collect();
    order.sort_by(|&i, &j| {
        let x = |k: usize| boxes[k].map_or(f64::INFINITY, |b| b.min().x);
        x(i).total_cmp(&x(j))
    });
    let mut pairs = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let Some(bi) = boxes[i] else { continue };
        for &j in &order[k + 1..] {
            let Some(bj) = boxes[j] else { continue };
            if bj.min().x > bi.max().x {
                break;
            }
            if boxes_meet(bi, bj) {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    // In the order of the file, so that messages come out in a stable order.
    pairs.sort_unstable();
    for (i, j) in pairs {
        let (Some(a), Some(b)) = (shapes[i], shapes[j]) else {
            continue;
        };
        // Only what lies in both boxes can overlap: each shape cut to the box they share
        // first spares the boolean operation the rest of a large region (the Soviet
        // Union against Poland). The cut is exact (see `clip::polygons`).
        let (Some(ba), Some(bb)) = (boxes[i], boxes[j]) else {
            continue;
        };
        let shared = Rect::new(
            (ba.min().x.max(bb.min().x), ba.min().y.max(bb.min().y)),
            (ba.max().x.min(bb.max().x), ba.max().y.min(bb.max().y)),
        );
        let common = within(a, &shared).intersection(within(b, &shared).as_ref());
        let common_km2 = km2(&common);
        if common_km2 <= 1.0 {
            continue;
        }
        let mut area = |k: usize, s: &MultiPolygon<f64>| *areas[k].get_or_insert_with(|| km2(s));
        let smaller_km2 = area(i, a).min(area(j, b));
        if common_km2 > overlap_tolerance_km2(smaller_km2) {
            let near = common
                .0
                .iter()
                .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()))
                .and_then(|p| polylabel::polylabel(p, &0.01).ok())
                .map(|p| p.0);
            out.push(Overlap {
                a: i,
                b: j,
                km2: common_km2,
                smaller_km2,
                near,
            });
        }
    }
    out
}

/// The part of `shape` in `rect`, cut there only if it reaches out of it.
fn within<'a>(shape: &'a MultiPolygon<f64>, rect: &Rect<f64>) -> Cow<'a, MultiPolygon<f64>> {
    match crate::clip::polygons(rect, shape) {
        Kept::All => Cow::Borrowed(shape),
        Kept::Some { shape, .. } => Cow::Owned(shape),
    }
}

/// Geodesic area in km², polygon by polygon.
///
/// Not `geodesic_area_unsigned`: for a sliver a few metres wide, geographiclib can give a
/// tiny area of the wrong sign even for a counter-clockwise ring, and "unsigned" then
/// means the rest of the globe (510 million km²). The regions of a map never cover half
/// the globe, so the magnitude of the signed area is the area.
fn km2(shape: &MultiPolygon<f64>) -> f64 {
    shape
        .0
        .iter()
        .map(|p| p.orient(Direction::Default).geodesic_area_signed().abs())
        .sum::<f64>()
        / 1e6
}

/// An overlap as a message naming the other region, e.g. for the first region's feature.
pub fn describe_overlap(o: &Overlap, other: &str) -> String {
    let near = o
        .near
        .map_or_else(String::new, |c| format!(" near {}", show(c)));
    format!(
        "overlaps region '{other}' by {:.0} km²{near} ({:.1} % of the smaller region)",
        o.km2.max(1.0),
        100.0 * o.km2 / o.smaller_km2.max(f64::MIN_POSITIVE)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::wkt;

    #[test]
    fn overlaps_above_the_tolerance_are_found() {
        // Two 1°×1° squares near the equator (about 12,300 km² each), overlapping by a
        // quarter of a degree, and a third that only shares a border.
        let a = wkt!(MULTIPOLYGON(((0. 0., 1. 0., 1. 1., 0. 1., 0. 0.))));
        let b = wkt!(MULTIPOLYGON(((0.75 0., 1.75 0., 1.75 1., 0.75 1., 0.75 0.))));
        let c = wkt!(MULTIPOLYGON(((0. 1., 1. 1., 1. 2., 0. 2., 0. 1.))));
        let found = overlaps(&[Some(&a), Some(&b), Some(&c)]);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].a, found[0].b), (0, 1));
        assert!(
            (3_000.0..3_200.0).contains(&found[0].km2),
            "{}",
            found[0].km2
        );
        let near = found[0].near.unwrap();
        assert!(near.x > 0.75 && near.x < 1.0, "{near:?}");
        assert!(overlaps(&[Some(&a), None, Some(&c)]).is_empty());
    }
}
