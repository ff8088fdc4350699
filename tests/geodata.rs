//! The built-in geodata and timeline: valid shapes, plausible areas, lines that meet the
//! regions they divide, and a timeline where every event is sourced and every region used.

use geo::orient::{Direction, Orient};
use geo::{
    BooleanOps, BoundingRect, Closest, ClosestPoint, Distance, GeodesicArea, Haversine,
    MultiLineString, Point, Validation,
};
use spheres::load;
use spheres::measure::region_areas;
use spheres::model::Scenario;

fn scenario() -> Scenario {
    load::built_in().unwrap_or_else(|e| panic!("{e}"))
}

fn area_of(s: &Scenario, id: &str) -> f64 {
    let i = s.region_index(id).unwrap_or_else(|| panic!("region {id}"));
    region_areas(s)[i]
}

#[test]
fn the_contract_regions_exist() {
    let s = scenario();
    for id in [
        "korea-north",
        "korea-south",
        "south-manchuria",
        "liaoxi",
        "heilongjiang",
        "north-kirin",
        "hulunbuir",
        "east-inner-mongolia",
        "west-inner-mongolia",
        "outer-mongolia",
        "kwantung",
        "karafuto",
        "tuva",
        "north-sakhalin",
        "rehe",
    ] {
        assert!(s.region_index(id).is_some(), "missing region {id}");
    }
}

#[test]
fn every_region_is_valid() {
    let s = scenario();
    for r in &s.regions {
        let problems = r.shape.validation_errors();
        assert!(problems.is_empty(), "{}: {problems:?}", r.id);
    }
}

#[test]
fn no_two_regions_overlap_by_more_than_a_square_kilometre() {
    // Overlays (railway zones, a city in a lease) lie over the ordinary regions by design;
    // ordinary regions must not overlap each other, nor overlays each other.
    let s = scenario();
    for (i, a) in s.regions.iter().enumerate() {
        for b in s.regions[i + 1..].iter().filter(|b| b.overlay == a.overlay) {
            let (ba, bb) = (
                a.shape.bounding_rect().unwrap(),
                b.shape.bounding_rect().unwrap(),
            );
            let apart = ba.max().x < bb.min().x
                || bb.max().x < ba.min().x
                || ba.max().y < bb.min().y
                || bb.max().y < ba.min().y;
            if apart {
                continue;
            }
            let overlap: f64 = a
                .shape
                .intersection(&b.shape)
                .orient(Direction::Default)
                .0
                .iter()
                .map(small_area_km2)
                .sum();
            assert!(
                overlap <= 1.0,
                "{} and {} overlap by {overlap:.2} km²",
                a.id,
                b.id
            );
        }
    }
}

/// The area of a polygon known to be small. A sliver from a boolean operation can be
/// degenerate (no clear winding), and the geodesic area of a ring taken the wrong way round
/// is the rest of the globe; that case is folded back.
fn small_area_km2(p: &geo::Polygon<f64>) -> f64 {
    const EARTH_KM2: f64 = 510_065_621.7;
    let a = p.geodesic_area_signed().abs() / 1e6;
    if a > EARTH_KM2 / 2.0 {
        EARTH_KM2 - a
    } else {
        a
    }
}

#[test]
fn areas_match_the_references() {
    let s = scenario();
    for (id, reference) in [
        ("outer-mongolia", 1_564_116.0),
        ("kwantung", 3_462.0),
        ("karafuto", 36_090.0),
    ] {
        let a = area_of(&s, id);
        let off = (a - reference) / reference;
        assert!(
            off.abs() <= 0.05,
            "{id}: {a:.0} km² is {:.1} % from {reference}",
            off * 100.0
        );
    }
    // Korea is drawn in two halves, cut at the 38th parallel.
    let korea = area_of(&s, "korea-north") + area_of(&s, "korea-south");
    assert!(
        ((korea - 220_847.0) / 220_847.0).abs() <= 0.05,
        "Korea: {korea:.0} km²"
    );
    // The South Manchuria Railway zone: about 250 km² of land (see geodata/README.md).
    let smr = area_of(&s, "smr-zone");
    assert!(
        ((smr - 250.0) / 250.0).abs() <= 0.05,
        "SMR zone: {smr:.0} km²"
    );
    let manchuria = [
        "heilongjiang",
        "north-kirin",
        "hulunbuir",
        "south-manchuria",
        "liaoxi",
    ]
    .iter()
    .map(|id| area_of(&s, id))
    .sum::<f64>();
    assert!(
        (900_000.0..=1_050_000.0).contains(&manchuria),
        "North + South Manchuria: {manchuria:.0} km²"
    );
}

#[test]
fn treaty_lines_end_on_region_boundaries() {
    let s = scenario();
    let borders: Vec<MultiLineString<f64>> = s
        .regions
        .iter()
        .map(|r| {
            MultiLineString::new(
                r.shape
                    .0
                    .iter()
                    .flat_map(|p| {
                        std::iter::once(p.exterior().clone()).chain(p.interiors().iter().cloned())
                    })
                    .collect(),
            )
        })
        .collect();
    for line in &s.lines {
        for part in &line.path.0 {
            for end in [part.0[0], part.0[part.0.len() - 1]] {
                let end = Point::from(end);
                let nearest_km = borders
                    .iter()
                    .filter_map(|b| match b.closest_point(&end) {
                        Closest::Intersection(p) | Closest::SinglePoint(p) => {
                            Some(Haversine.distance(end, p) / 1000.0)
                        }
                        Closest::Indeterminate => None,
                    })
                    .fold(f64::INFINITY, f64::min);
                assert!(
                    nearest_km <= 5.0,
                    "{}: end {:?} is {nearest_km:.1} km from any region boundary",
                    line.id,
                    end
                );
            }
        }
    }
}

#[test]
fn every_event_cites_a_source_and_names_real_regions() {
    let s = scenario();
    let mut named = vec![false; s.regions.len()];
    for e in &s.events {
        // A page, or a published text cited by author, title and year.
        let citation = e.source.contains(", ") && e.source.contains("19") && e.source.len() >= 40;
        assert!(
            e.source.starts_with("https://") || citation,
            "{} has no source: {}",
            e.id,
            e.source
        );
        for (region, _) in &e.changes {
            let i = s
                .region_index(region)
                .unwrap_or_else(|| panic!("{} names unknown region {region}", e.id));
            named[i] = true;
        }
    }
    for (r, used) in s.regions.iter().zip(named) {
        assert!(used, "region {} is named by no event", r.id);
    }
}

#[test]
fn the_corrections_are_applied() {
    let s = scenario();
    let pact = s
        .events
        .iter()
        .find(|e| e.title.contains("Neutrality Pact"))
        .expect("the Neutrality Pact is in the timeline");
    assert_eq!(pact.date.to_string(), "1941-04-13");
    assert_eq!(pact.place.as_deref(), Some("Moscow"));
    let first = s.event("first-agreement").unwrap();
    assert_eq!(first.date.to_string(), "1907-07-30");
    assert_eq!(first.place.as_deref(), Some("St Petersburg"));
    let annexation = s.event("korea-annexation").unwrap();
    assert_eq!(annexation.date.to_string(), "1910-08-29");
}
