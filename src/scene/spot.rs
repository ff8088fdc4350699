//! The least hidden spot: where in the frame a box (the legend, the date stamp) hides the
//! least of the map. Each candidate spot is weighed by sampling a grid of points over the
//! box, each point costing what it would hide there, through the prepared containment
//! index of the regions and the basemap; the cheapest spot wins, the earlier on ties.

use geo::{Coord, Rect};

use super::Prepared;
use super::labels::overlaps;

/// The first of `spots` whose `cost` is least (a later spot must be cheaper by more than
/// rounding to win).
pub(super) fn cheapest<T: Copy>(spots: impl IntoIterator<Item = T>, cost: impl Fn(&T) -> f64) -> T {
    let mut best = None;
    let mut best_cost = f64::INFINITY;
    for spot in spots {
        let k = cost(&spot);
        if best.is_none() || k < best_cost - 1e-9 {
            best = Some(spot);
            best_cost = k;
        }
    }
    best.expect("at least one spot")
}

/// The points of a grid over the box at `at` of `size`, about `step` pixels apart, edges
/// included, column by column.
pub(super) fn samples(
    at: Coord<f64>,
    size: Coord<f64>,
    step: f64,
) -> impl Iterator<Item = Coord<f64>> {
    let nx = (size.x / step).ceil().max(1.0) as usize;
    let ny = (size.y / step).ceil().max(1.0) as usize;
    (0..=nx).flat_map(move |i| {
        (0..=ny).map(move |j| Coord {
            x: at.x + size.x * i as f64 / nx as f64,
            y: at.y + size.y * j as f64 / ny as f64,
        })
    })
}

/// Top-left corners for a box of `size` in the frame, `margin` in from its edges: the
/// four corners first (bottom left, bottom right, top left, top right), then places a
/// quarter, half and three quarters along the edges.
pub(super) fn frame_spots(p: &Prepared, size: Coord<f64>, margin: f64) -> Vec<Coord<f64>> {
    let (min, max) = (p.frame.min(), p.frame.max());
    let (left, right) = (min.x + margin, max.x - margin - size.x);
    let (top, bottom) = (min.y + margin, max.y - margin - size.y);
    let mut spots = vec![
        Coord { x: left, y: bottom },
        Coord {
            x: right,
            y: bottom,
        },
        Coord { x: left, y: top },
        Coord { x: right, y: top },
    ];
    for t in [0.25, 0.5, 0.75] {
        let x = left + (right - left) * t;
        let y = top + (bottom - top) * t;
        spots.extend([
            Coord { x, y: bottom },
            Coord { x, y: top },
            Coord { x: left, y },
            Coord { x: right, y },
        ]);
    }
    spots
}

/// What hiding a major city (rank 1) costs a box: more than any spot that hides none of
/// them can cost, so that a legend or a scale bar hides one only where every spot would.
const MAJOR_CITY: f64 = 1e7;

/// Where a box of `size` (a legend) hides the least of the map: of [`frame_spots`],
/// sampled `step` pixels apart (at 1600 px), a sample in region `i` costing `region(i)`,
/// on other land 0.3, on open sea nothing; each city inside the box costs `per_city`, a
/// major city (with its name's usual room around it) [`MAJOR_CITY`].
pub(super) fn legend_spot(
    p: &Prepared,
    size: Coord<f64>,
    step: f64,
    per_city: f64,
    region: &dyn Fn(usize) -> f64,
) -> Coord<f64> {
    free_spot(p, size, step, per_city, region, &[])
        .unwrap_or_else(|| frame_spots(p, size, 14.0 * p.s)[0])
}

/// As [`legend_spot`], among the spots where the box overlaps none of `avoid` (a legend
/// already placed); `None` if there is no such spot.
pub(super) fn free_spot(
    p: &Prepared,
    size: Coord<f64>,
    step: f64,
    per_city: f64,
    region: &dyn Fn(usize) -> f64,
    avoid: &[Rect<f64>],
) -> Option<Coord<f64>> {
    let step = step * p.s.max(0.5);
    let all = frame_spots(p, size, 14.0 * p.s);
    let under = p.under(size, step, || {
        all.iter().map(|at| Under::of(p, *at, size, step)).collect()
    });
    let cost = |&(at, under): &(Coord<f64>, &Under)| -> f64 {
        let rect = Rect::new(at, at + size);
        let cities = p
            .cities
            .iter()
            .flatten()
            .filter(|c| geo::Contains::contains(&rect, *c))
            .count();
        // The dot and its name to the right, where it is placed first.
        let room = Coord {
            x: 90.0 * p.ts,
            y: 12.0 * p.ts,
        };
        let majors = p
            .major_cities
            .iter()
            .filter(|&&c| overlaps(&Rect::new(c - room, c + room), &rect))
            .count();
        let hidden: f64 = under
            .regions
            .iter()
            .map(|&(i, n)| region(i) * f64::from(n))
            .sum::<f64>()
            + 0.3 * f64::from(under.land);
        per_city * cities as f64 + MAJOR_CITY * majors as f64 + hidden
    };
    let spots: Vec<(Coord<f64>, &Under)> = all
        .iter()
        .zip(under.iter())
        .filter(|(at, _)| {
            let rect = Rect::new(**at, **at + size);
            !avoid.iter().any(|a| overlaps(a, &rect))
        })
        .map(|(at, u)| (*at, u))
        .collect();
    (!spots.is_empty()).then(|| cheapest(spots, cost).0)
}

/// What a box at a spot would hide: how many of its sample points lie in each region
/// (the first region that holds a point), and how many on other land. It does not
/// depend on the date, so [`Prepared::under`] keeps it for every map of the run whose box
/// has the same size; what hiding a region costs is weighed per map.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Under {
    regions: Vec<(usize, u32)>,
    land: u32,
}

impl Under {
    fn of(p: &Prepared, at: Coord<f64>, size: Coord<f64>, step: f64) -> Under {
        let rect = Rect::new(at, at + size);
        let near = |b: Option<Rect<f64>>| b.is_some_and(|b| overlaps(&b, &rect));
        let regions: Vec<usize> = (0..p.located_regions.len())
            .filter(|&i| near(p.located_regions[i].bbox()))
            .collect();
        let land: Vec<usize> = (0..p.located_basemap.len())
            .filter(|&i| near(p.located_basemap[i].bbox()))
            .collect();
        let world = p
            .world
            .as_ref()
            .map(|w| &w.located)
            .filter(|w| near(w.bbox()));
        let mut under = Under {
            regions: Vec::new(),
            land: 0,
        };
        for pt in samples(at, size, step) {
            match regions.iter().find(|&&i| p.located_regions[i].contains(pt)) {
                Some(&i) => match under.regions.iter_mut().find(|(r, _)| *r == i) {
                    Some((_, n)) => *n += 1,
                    None => under.regions.push((i, 1)),
                },
                None if land.iter().any(|&i| p.located_basemap[i].contains(pt))
                    || world.is_some_and(|w| w.contains(pt)) =>
                {
                    under.land += 1;
                }
                None => {}
            }
        }
        under
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_earliest_of_the_cheapest_wins() {
        assert_eq!(cheapest([3, 1, 2, 1], |&k| f64::from(k)), 1);
        let first = cheapest([(0, 1.0), (1, 1.0 - 1e-12)], |&(_, k)| k);
        assert_eq!(first.0, 0, "a difference within rounding is a tie");
    }

    #[test]
    fn samples_cover_the_box_edges_included() {
        let pts: Vec<Coord<f64>> =
            samples(Coord { x: 10.0, y: 20.0 }, Coord { x: 30.0, y: 8.0 }, 10.0).collect();
        assert_eq!(pts.len(), 4 * 2);
        assert_eq!(pts[0], Coord { x: 10.0, y: 20.0 });
        assert_eq!(pts[pts.len() - 1], Coord { x: 40.0, y: 28.0 });
    }
}
