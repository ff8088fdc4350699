//! Where the features lie against the map's frame: a region, a treaty line, a city or a
//! railway wholly outside the `[map] bbox` is never drawn, and one that would lie inside
//! it with its longitudes and latitudes swapped was most likely written [latitude,
//! longitude]. These are warnings: the scenario still draws. The basemap is not checked:
//! a country outside the frame is the rule, not a mistake.

use geo::{BoundingRect, Rect};

use super::features::Kind;
use super::{Assembled, SCENARIO_FILE, Source, scenario::FileNames};
use crate::problem::{Place, Problem};

/// Warns of every region, line, city and railway outside the frame, and of a bbox that
/// looks written [south, west, north, east].
pub(super) fn check(source: &dyn Source, a: &Assembled, problems: &mut Vec<Problem>) {
    let bbox = Bbox(a.scenario.map.bbox);
    let s = &a.scenario;
    let files = &a.files;
    let lines_file = source.display(files.lines.as_deref().unwrap_or(FileNames::LINES));
    let places_file = source.display(files.places.as_deref().unwrap_or(FileNames::PLACES));
    let regions: Vec<Option<Rect<f64>>> =
        s.regions.iter().map(|r| r.shape.bounding_rect()).collect();
    // Everything the frame should show: regions, lines, cities and railways.
    let everything: Vec<Option<Rect<f64>>> = regions
        .iter()
        .copied()
        .chain(s.lines.iter().map(|l| l.path.bounding_rect()))
        .chain(s.cities.iter().map(|c| Some(c.at.bounding_rect())))
        .chain(s.railways.iter().map(|r| r.path.bounding_rect()))
        .collect();
    let by_regions = bbox_looks_swapped(&bbox, &regions);
    if by_regions || bbox_misses_what_swapped_holds(&bbox, &everything) {
        let [w, s, e, n] = bbox.0;
        let (what, all) = if by_regions {
            ("regions", &regions)
        } else {
            ("regions, lines and places", &everything)
        };
        let outside = all.iter().flatten().filter(|r| !bbox.meets(r)).count();
        let total = all.iter().flatten().count();
        problems.push(
            Problem::warning(
                source.display(SCENARIO_FILE),
                a.bbox_place.clone(),
                format!(
                    "{outside} of the {total} {what} {} outside the bbox {}, and all would lie inside it read as [south, west, north, east]",
                    if outside == 1 { "lies" } else { "lie" },
                    bbox.show()
                ),
            )
            .hint(format!(
                "bbox is [west, south, east, north] in degrees: write bbox = [{s}, {w}, {n}, {e}]"
            )),
        );
        return;
    }
    let features = regions
        .into_iter()
        .zip(&a.known.region_places)
        .map(|(r, (file, place))| (Kind::Region, r, place, file))
        .chain(
            s.lines
                .iter()
                .zip(&a.line_places)
                .map(|(l, place)| (Kind::Line, l.path.bounding_rect(), place, &lines_file)),
        )
        .chain(
            s.cities
                .iter()
                .zip(&a.city_places)
                .map(|(c, place)| (Kind::City, c.at.bounding_rect().into(), place, &places_file)),
        )
        .chain(
            s.railways
                .iter()
                .zip(&a.railway_places)
                .map(|(r, place)| (Kind::Railway, r.path.bounding_rect(), place, &places_file)),
        );
    // A railway of several lines is several railways of one feature: warned of once.
    let mut warned: Vec<(&String, &Place)> = Vec::new();
    for (kind, rect, place, file) in features {
        let Some(rect) = rect else { continue };
        if bbox.meets(&rect) || warned.contains(&(file, place)) {
            continue;
        }
        warned.push((file, place));
        problems.push(outside(&bbox, kind, &rect, file, place));
    }
}

/// The warning for a feature of `kind` whose bounding box `rect` lies outside `bbox`.
fn outside(bbox: &Bbox, kind: Kind, rect: &Rect<f64>, file: &str, place: &Place) -> Problem {
    if bbox.meets(&swapped(rect)) {
        Problem::warning(
            file,
            place.clone(),
            format!(
                "the {} lies outside the map's bbox {}, and inside it with longitude and latitude swapped",
                kind.word(),
                bbox.show()
            ),
        )
        .hint("GeoJSON positions are [longitude, latitude] (RFC 7946): swap the two numbers of every position")
    } else {
        Problem::warning(
            file,
            place.clone(),
            format!(
                "the {} lies wholly outside the map's bbox {}",
                kind.word(),
                bbox.show()
            ),
        )
        .hint("it is not drawn: widen [map] bbox, or check its coordinates (GeoJSON positions are [longitude, latitude])")
    }
}

/// Whether at least half the regions lie outside the bbox and every region meets it read
/// as [south, west, north, east]: then the bbox, not the regions, has its numbers in the
/// wrong order. (A region outside a bbox always lies inside it with its own coordinates
/// swapped if the bbox is the one swapped: which of the two is wrong is told by how many
/// regions are out. One region of many is one feature digitised [latitude, longitude].)
fn bbox_looks_swapped(bbox: &Bbox, regions: &[Option<Rect<f64>>]) -> bool {
    let Some(read_right) = bbox.read_south_first() else {
        return false;
    };
    let rects: Vec<&Rect<f64>> = regions.iter().flatten().collect();
    let outside = rects.iter().filter(|r| !bbox.meets(r)).count();
    outside > 0 && 2 * outside >= rects.len() && rects.iter().all(|r| read_right.meets(r))
}

/// Whether the bbox read as [south, west, north, east] meets every feature while two or
/// more lie wholly outside it as written: one mistake in the bbox explains them all
/// better than as many features written [latitude, longitude] (the cities of Iraq outside
/// a frame of the Levant written [28.5, 31, 41.5, 48.5]).
fn bbox_misses_what_swapped_holds(bbox: &Bbox, features: &[Option<Rect<f64>>]) -> bool {
    let Some(read_right) = bbox.read_south_first() else {
        return false;
    };
    let rects: Vec<&Rect<f64>> = features.iter().flatten().collect();
    let outside = rects.iter().filter(|r| !bbox.meets(r)).count();
    outside >= 2 && rects.iter().all(|r| read_right.meets(r))
}

/// A rectangle with its x and y swapped.
fn swapped(r: &Rect<f64>) -> Rect<f64> {
    Rect::new((r.min().y, r.min().x), (r.max().y, r.max().x))
}

/// The map's `[west, south, east, north]`, west east of east when the frame crosses the
/// antimeridian.
struct Bbox([f64; 4]);

impl Bbox {
    /// The bbox `[w, s, e, n]` read as `[south, west, north, east]`, that is `[s, w, n,
    /// e]`, if that reading is a frame at all.
    fn read_south_first(&self) -> Option<Bbox> {
        let [w, s, e, n] = self.0;
        let valid = (-180.0..=180.0).contains(&s)
            && (-180.0..=180.0).contains(&n)
            && (-90.0..=90.0).contains(&w)
            && (-90.0..=90.0).contains(&e)
            && w < e;
        valid.then_some(Bbox([s, w, n, e]))
    }

    /// Whether a lon/lat rectangle shares a point with the bbox.
    fn meets(&self, r: &Rect<f64>) -> bool {
        let [w, s, e, n] = self.0;
        let (min, max) = (r.min(), r.max());
        let lat = max.y >= s && min.y <= n;
        let lon = if w <= e {
            max.x >= w && min.x <= e
        } else {
            max.x >= w || min.x <= e
        };
        lat && lon
    }

    /// "[86, 31, 147, 56]".
    fn show(&self) -> String {
        let [w, s, e, n] = self.0;
        format!("[{w}, {s}, {e}, {n}]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(w: f64, s: f64, e: f64, n: f64) -> Rect<f64> {
        Rect::new((w, s), (e, n))
    }

    #[test]
    fn cities_outside_a_bbox_written_south_first_blame_the_bbox() {
        // The Levant and Iraq written [south, west, north, east].
        let written = Bbox([28.5, 31.0, 41.5, 48.5]);
        let point = |lon: f64, lat: f64| Some(rect(lon, lat, lon, lat));
        let lebanon = Some(rect(35.1, 33.0, 36.6, 34.7));
        let iraq = Some(rect(38.8, 29.1, 48.5, 37.4));
        let (beirut, baghdad, basra) = (point(35.5, 33.9), point(44.4, 33.3), point(47.8, 30.5));
        assert!(bbox_misses_what_swapped_holds(
            &written,
            &[lebanon, iraq, beirut, baghdad, basra]
        ));
        // One city outside is more likely that city's mistake.
        assert!(!bbox_misses_what_swapped_holds(
            &written,
            &[lebanon, iraq, beirut, baghdad]
        ));
        // Written right, nothing to say.
        let right = Bbox([31.0, 28.5, 48.5, 41.5]);
        assert!(!bbox_misses_what_swapped_holds(
            &right,
            &[lebanon, iraq, beirut, baghdad, basra]
        ));
        // A frame whose swapped reading would not hold everything: Tehran is east of it.
        let tehran = point(51.4, 35.7);
        assert!(!bbox_misses_what_swapped_holds(
            &written,
            &[lebanon, iraq, baghdad, basra, tehran]
        ));
    }

    #[test]
    fn a_rectangle_meets_the_bbox_or_not() {
        let b = Bbox([0.0, 0.0, 4.0, 3.0]);
        assert!(b.meets(&rect(3.0, 2.0, 5.0, 4.0)), "overlapping a corner");
        assert!(b.meets(&rect(4.0, 1.0, 5.0, 2.0)), "touching an edge");
        assert!(!b.meets(&rect(4.1, 1.0, 5.0, 2.0)));
        assert!(!b.meets(&rect(1.0, 3.5, 2.0, 4.0)));
    }

    #[test]
    fn a_bbox_across_the_antimeridian_holds_both_sides() {
        let pacific = Bbox([150.0, -50.0, -120.0, 10.0]);
        assert!(pacific.meets(&rect(170.0, -20.0, 175.0, -15.0)));
        assert!(pacific.meets(&rect(-150.0, -20.0, -140.0, -15.0)));
        assert!(!pacific.meets(&rect(0.0, -20.0, 10.0, -15.0)));
    }

    #[test]
    fn a_bbox_written_south_west_north_east_is_recognised() {
        // The Levant, [west, south, east, north] = [34, 29, 42, 37], written [29, 34, 37, 42]:
        // Palestine lies outside that, Syria's coast inside both.
        let levant = [
            Some(rect(34.5, 31.0, 35.5, 33.0)),
            Some(rect(35.5, 33.0, 40.0, 36.5)),
        ];
        assert!(bbox_looks_swapped(&Bbox([29.0, 34.0, 37.0, 42.0]), &levant));
        assert!(!bbox_looks_swapped(
            &Bbox([34.0, 29.0, 42.0, 37.0]),
            &levant
        ));
        // A region that the bbox read as [south, west, north, east] does not hold either:
        // the regions are wrong, not the bbox.
        let stray = [levant[0], levant[1], Some(rect(10.0, 10.0, 11.0, 11.0))];
        assert!(!bbox_looks_swapped(&Bbox([29.0, 34.0, 37.0, 42.0]), &stray));
        // One region of three outside, inside with its own coordinates swapped: that
        // region is wrong, not the bbox.
        let one_swapped = [
            Some(rect(1.0, 1.5, 3.0, 2.5)),
            Some(rect(1.0, 0.5, 3.0, 1.5)),
            Some(rect(0.5, 3.2, 0.9, 3.6)),
        ];
        assert!(!bbox_looks_swapped(
            &Bbox([0.0, 0.0, 4.0, 3.0]),
            &one_swapped
        ));
    }
}
