//! Areas on the ellipsoid: per region, and per power for a state of the timeline.
//!
//! Areas are geodesic (Karney's algorithm on WGS84, through `geo`), so they do not
//! depend on the map's projection.

use geo::{BooleanOps, BoundingRect, GeodesicArea, MultiPolygon};

use crate::model::Scenario;
use crate::timeline::State;

/// The geodesic area of each region in km², in the scenario's region order.
///
/// Shapes are stored with exterior rings counter-clockwise. The size of the signed area
/// is taken per polygon: the "unsigned" area of a ring whose winding is unclear (a sliver
/// a few metres wide) can come out as the rest of the globe.
pub fn region_areas(scenario: &Scenario) -> Vec<f64> {
    scenario.regions.iter().map(|r| km2(&r.shape)).collect()
}

/// Each region's area rounded to 0.1 km², as every report shows it. Reports round once,
/// per region, before anything is summed, so that every total is exactly the sum of the
/// region areas shown.
pub fn reported_areas(scenario: &Scenario) -> Vec<f64> {
    region_areas(scenario).into_iter().map(round1).collect()
}

/// Rounds to 0.1 (km² in every report), never to "-0".
pub fn round1(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    r + 0.0
}

/// Where the overlays lie: for each overlay (by region index), the ordinary regions it
/// covers and how much of each, in km². Empty for a scenario without overlays.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Covered(Vec<(usize, Vec<(usize, f64)>)>);

impl Covered {
    /// Measures what each overlay of `scenario` covers of each ordinary region.
    pub fn of(scenario: &Scenario) -> Covered {
        let boxes: Vec<_> = scenario
            .regions
            .iter()
            .map(|r| r.shape.bounding_rect())
            .collect();
        let meet = |a: usize, b: usize| match (boxes[a], boxes[b]) {
            (Some(x), Some(y)) => {
                x.min().x <= y.max().x
                    && y.min().x <= x.max().x
                    && x.min().y <= y.max().y
                    && y.min().y <= x.max().y
            }
            _ => false,
        };
        let mut out = Vec::new();
        for (o, overlay) in scenario.regions.iter().enumerate() {
            if !overlay.overlay {
                continue;
            }
            let mut under = Vec::new();
            for (r, region) in scenario.regions.iter().enumerate() {
                if region.overlay || !meet(o, r) {
                    continue;
                }
                let km2 = km2(&overlay.shape.intersection(&region.shape));
                if km2 > 0.0 {
                    under.push((r, km2));
                }
            }
            out.push((o, under));
        }
        Covered(out)
    }

    /// The same with every area rounded as reports show it ([`round1`]), so that what
    /// reports subtract adds up with the region areas they print.
    pub fn rounded(&self) -> Covered {
        Covered(
            self.0
                .iter()
                .map(|(o, under)| (*o, under.iter().map(|&(r, a)| (r, round1(a))).collect()))
                .collect(),
        )
    }
}

fn km2(shape: &MultiPolygon<f64>) -> f64 {
    shape
        .0
        .iter()
        .map(|p| p.geodesic_area_signed().abs())
        .sum::<f64>()
        / 1e6
}

/// The area each region counts for at a state, in km², from the regions' `areas`: an
/// overlay held by a power counts whole and takes what it covers from the regions under
/// it; an overlay no power holds counts nothing, and what lies under it counts as usual.
/// So no place is counted twice, and a railway zone held by one power inside a region
/// held by another counts for the zone's holder.
pub fn held_areas(areas: &[f64], covered: &Covered, state: &State) -> Vec<f64> {
    let held = |i: usize| state.controls.get(i).is_some_and(Option::is_some);
    let mut out = areas.to_vec();
    for (o, under) in &covered.0 {
        if held(*o) {
            for &(r, a) in under {
                if let Some(v) = out.get_mut(r) {
                    *v = round1((*v - a).max(0.0));
                }
            }
        } else if let Some(v) = out.get_mut(*o) {
            *v = 0.0;
        }
    }
    out
}

/// The area held by each power at a state, in km², in the scenario's power order, from
/// the areas the regions count for at that state (see [`held_areas`]).
pub fn power_areas(scenario: &Scenario, areas: &[f64], state: &State) -> Vec<(String, f64)> {
    scenario
        .powers
        .iter()
        .map(|p| {
            let total = state
                .controls
                .iter()
                .zip(areas)
                .filter(|(c, _)| c.as_ref().is_some_and(|h| h.control.power == p.id))
                .map(|(_, a)| a)
                .sum();
            (p.id.clone(), total)
        })
        .collect()
}

/// A whole number with thousands separators: 1234567.8 → "1,234,568".
///
/// ```
/// assert_eq!(spheres::measure::thousands(1_564_116.4), "1,564,116");
/// assert_eq!(spheres::measure::thousands(-3462.0), "-3,462");
/// ```
pub fn thousands(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::thousands(1_564_116.4), "1,564,116");
        assert_eq!(super::thousands(3462.0), "3,462");
        assert_eq!(super::thousands(12.0), "12");
        assert_eq!(super::thousands(999.5), "1,000");
    }

    use super::*;
    use crate::timeline::{Moment, resolve, tests::scenario};
    use geo::{LineString, MultiPolygon, Polygon};

    #[test]
    fn areas_sum_per_power() {
        let mut s = scenario();
        let square = |x: f64| {
            MultiPolygon::new(vec![Polygon::new(
                LineString::from(vec![
                    (x, 0.0),
                    (x + 1.0, 0.0),
                    (x + 1.0, 1.0),
                    (x, 1.0),
                    (x, 0.0),
                ]),
                vec![],
            )])
        };
        s.regions[0].shape = square(0.0);
        s.regions[1].shape = square(10.0);
        let areas = region_areas(&s);
        // 1°×1° at the equator is about 12,300 km² on WGS84.
        assert!((12_200.0..12_400.0).contains(&areas[0]), "{areas:?}");
        let st = resolve(&s, &Moment::Year(1904)).unwrap();
        let by_power = power_areas(&s, &areas, &st);
        assert_eq!(by_power[0].0, "a");
        assert!((by_power[0].1 - areas[0]).abs() < 1e-9);
        assert!((by_power[1].1 - areas[1]).abs() < 1e-9);
    }

    #[test]
    fn a_held_overlay_takes_its_area_from_the_region_under_it() {
        // y, a quarter of x, lies over x: held by another power it counts for that power
        // and x counts for the rest; unheld it counts nothing and x counts whole.
        let mut s = scenario();
        let rect = |x0: f64, y0: f64, side: f64| {
            MultiPolygon::new(vec![Polygon::new(
                LineString::from(vec![
                    (x0, y0),
                    (x0 + side, y0),
                    (x0 + side, y0 + side),
                    (x0, y0 + side),
                    (x0, y0),
                ]),
                vec![],
            )])
        };
        s.regions[0].shape = rect(0.0, 0.0, 1.0);
        s.regions[1].shape = rect(0.25, 0.25, 0.5);
        s.regions[1].overlay = true;
        let areas = region_areas(&s);
        let covered = Covered::of(&s);
        let quarter = areas[1];
        assert!((quarter / areas[0] - 0.25).abs() < 0.001, "{areas:?}");
        // 1904: x held by a, y by b.
        let both = resolve(&s, &Moment::Year(1904)).unwrap();
        let held = held_areas(&areas, &covered, &both);
        assert!((held[0] - (areas[0] - quarter)).abs() < 0.1, "{held:?}");
        assert!((held[1] - quarter).abs() < 1e-9, "{held:?}");
        let by_power = power_areas(&s, &held, &both);
        assert!(
            (by_power[0].1 + by_power[1].1 - areas[0]).abs() < 0.1,
            "no place twice"
        );
        // 1902: y not yet held.
        let one = resolve(&s, &Moment::Year(1902)).unwrap();
        let held = held_areas(&areas, &covered, &one);
        assert_eq!(held[1], 0.0);
        assert!((held[0] - areas[0]).abs() < 1e-9);
        // Without overlays nothing is covered.
        assert_eq!(Covered::of(&scenario()), Covered::default());
    }
}
