//! Property tests: splitting conserves area, the timeline does not depend on the order of
//! events in the file, and any valid small scenario renders without panic, deterministically.

use geo::{Area, BooleanOps, Coord, LineString, MultiPolygon, Polygon};
use proptest::prelude::*;
use spheres::load::{self, Texts};
use spheres::model::{
    Certainty, Color, Control, ControlChange, Date, Event, MapSpec, Power, Region, Scenario,
    Status, Style,
};
use spheres::timeline::{self, Moment, State};
use spheres::{render, scene};

// ---------------------------------------------------------------------------------------
// Splitting a region by a line conserves its area.

/// A star-shaped polygon around (cx, cy): radii 5–10 at roughly even angles, with a
/// star-shaped hole of radii 1–2 if `hole` (always inside: see the bounds).
fn star(cx: f64, cy: f64, radii: &[f64], jitter: &[f64], hole: Option<&[f64]>) -> Polygon<f64> {
    let ring = |radii: &[f64], scale: f64| {
        let n = radii.len();
        let mut pts: Vec<Coord<f64>> = radii
            .iter()
            .zip(jitter.iter().cycle())
            .enumerate()
            .map(|(k, (r, j))| {
                // Angles stay in order: each is within 0.4 steps of its even spot.
                let t = std::f64::consts::TAU * (k as f64 + 0.4 * j) / n as f64;
                Coord {
                    x: cx + scale * r * t.cos(),
                    y: cy + scale * r * t.sin(),
                }
            })
            .collect();
        pts.push(pts[0]);
        LineString::new(pts)
    };
    let holes = hole.map(|h| vec![ring(h, 0.2)]).unwrap_or_default();
    Polygon::new(ring(radii, 1.0), holes)
}

/// The half-plane to the left of the line through `p` in direction `angle`, as a polygon
/// far larger than any test shape.
fn half_plane(p: Coord<f64>, angle: f64, left: bool) -> Polygon<f64> {
    let d = Coord {
        x: angle.cos(),
        y: angle.sin(),
    };
    let n = if left {
        Coord { x: -d.y, y: d.x }
    } else {
        Coord { x: d.y, y: -d.x }
    };
    let big = 100.0;
    let a = p - d * big;
    let b = p + d * big;
    Polygon::new(
        LineString::new(vec![a, b, b + n * big, a + n * big, a]),
        vec![],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn splitting_a_region_by_a_line_conserves_its_area(
        cx in -150.0..150.0f64,
        cy in -60.0..60.0f64,
        radii in prop::collection::vec(5.0..10.0f64, 8..40),
        jitter in prop::collection::vec(-1.0..1.0f64, 1..8),
        hole_radii in prop::option::of(prop::collection::vec(5.0..10.0f64, 3..12)),
        through in (-12.0..12.0f64, -12.0..12.0f64),
        angle in 0.0..std::f64::consts::PI,
    ) {
        let shape = MultiPolygon::new(vec![star(cx, cy, &radii, &jitter, hole_radii.as_deref())]);
        let p = Coord { x: cx + through.0, y: cy + through.1 };
        let left = shape.intersection(&half_plane(p, angle, true));
        let right = shape.intersection(&half_plane(p, angle, false));
        let whole = shape.unsigned_area();
        let parts = left.unsigned_area() + right.unsigned_area();
        // i_overlay snaps the operands to an integer grid spanning their bounding box
        // (here about 2 × 100 units), so vertices move by up to ~1e-7 units: a relative
        // error of 1e-6 in the area is rounding, anything more would be lost area.
        prop_assert!(
            (whole - parts).abs() <= 1e-6 * whole,
            "area {whole} split into {} + {}", left.unsigned_area(), right.unsigned_area()
        );
        // And the two halves do not overlap.
        prop_assert!(left.intersection(&right).unsigned_area() <= 1e-6 * whole);
    }
}

// ---------------------------------------------------------------------------------------
// The state at a date does not depend on the order of events in the file.

const POWERS: [&str; 3] = ["p0", "p1", "p2"];
const STATUSES: [&str; 2] = ["s0", "s1"];
const REGIONS: [&str; 4] = ["r0", "r1", "r2", "r3"];

fn date_of(day: u32) -> Date {
    // Day 0 is 1 January 1900; 28-day months keep every date valid.
    Date::new(
        1900 + (day / 336) as i32,
        (1 + (day / 28) % 12) as u8,
        (1 + day % 28) as u8,
    )
    .expect("a valid date")
}

fn timeline_scenario(events: Vec<Event>) -> Scenario {
    Scenario {
        id: "p".into(),
        title: "P".into(),
        titles: Vec::new(),
        credit: String::new(),
        license: None,
        author: None,
        commons_categories: Vec::new(),
        start: 1900,
        end: 1905,
        map: MapSpec {
            bbox: [0.0, 0.0, 1.0, 1.0],
            projection: "+proj=merc".into(),
            width: 400,
            crosses_antimeridian: false,
            world: false,
        },
        powers: POWERS
            .iter()
            .map(|p| Power {
                id: (*p).into(),
                name: p.to_uppercase(),
                color: Color::BLACK,
                names: vec![],
            })
            .collect(),
        statuses: STATUSES
            .iter()
            .map(|s| Status {
                id: (*s).into(),
                label: (*s).into(),
                style: Style::Solid,
            })
            .collect(),
        events,
        regions: REGIONS
            .iter()
            .map(|r| Region {
                id: (*r).into(),
                name: r.to_uppercase(),
                part_of: None,
                overlay: false,
                certainty: Certainty::High,
                source: None,
                shape: MultiPolygon::new(vec![]),
            })
            .collect(),
        basemap: vec![],
        lines: vec![],
        cities: vec![],
        railways: vec![],
        translations: Vec::new(),
    }
}

/// (day, changes as (region, Some((power, status)) or None for "none"))
type RawEvent = (u32, Vec<(usize, Option<(usize, usize)>)>);

fn raw_events(max_day: u32) -> impl Strategy<Value = Vec<RawEvent>> {
    prop::collection::vec(
        (
            0..max_day,
            prop::collection::vec(
                (
                    0..REGIONS.len(),
                    prop::option::of((0..POWERS.len(), 0..STATUSES.len())),
                ),
                1..4,
            ),
        ),
        1..12,
    )
}

fn to_events(raw: &[RawEvent]) -> Vec<Event> {
    raw.iter()
        .enumerate()
        .map(|(k, (day, changes))| Event {
            id: format!("e{k}"),
            date: date_of(*day),
            title: format!("E{k}"),
            place: None,
            signatories: vec![],
            source: "https://example.org".into(),
            note: None,
            treaty: false,
            changes: changes
                .iter()
                .map(|(r, c)| {
                    (
                        REGIONS[*r].to_string(),
                        match c {
                            Some((p, s)) => {
                                ControlChange::Set(Control::new(POWERS[*p], STATUSES[*s]))
                            }
                            None => ControlChange::Clear,
                        },
                    )
                })
                .collect(),
        })
        .collect()
}

/// A state with event indices replaced by event ids, so states of reordered files compare.
fn by_id(s: &Scenario, st: &State) -> (Option<String>, Vec<Option<(Control, String)>>) {
    (
        st.last_event.map(|i| s.events[i].id.clone()),
        st.controls
            .iter()
            .map(|h| {
                h.as_ref()
                    .map(|h| (h.control.clone(), s.events[h.since].id.clone()))
            })
            .collect(),
    )
}

/// Puts the events in `order`, except that events of the same day keep their relative
/// order from the original file (file order breaks same-day ties, by design).
fn reorder_keeping_ties(events: &[Event], order: &[usize]) -> Vec<Event> {
    let mut slots: Vec<usize> = order.to_vec();
    for date in events.iter().map(|e| e.date) {
        let members: Vec<usize> = (0..events.len())
            .filter(|&i| events[i].date == date)
            .collect();
        let mut positions: Vec<usize> = slots
            .iter()
            .enumerate()
            .filter(|(_, i)| members.contains(i))
            .map(|(pos, _)| pos)
            .collect();
        positions.sort_unstable();
        for (pos, member) in positions.into_iter().zip(members) {
            slots[pos] = member;
        }
    }
    slots.into_iter().map(|i| events[i].clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_state_does_not_depend_on_the_order_of_events_in_the_file(
        (raw, order) in raw_events(6 * 336).prop_flat_map(|raw| {
            let n = raw.len();
            (Just(raw), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        }),
        probes in prop::collection::vec(0..6 * 336u32, 1..6),
        distinct_days in any::<bool>(),
    ) {
        let mut raw = raw;
        if distinct_days {
            // Spread the days apart so that no two events share one.
            for (k, e) in raw.iter_mut().enumerate() {
                e.0 = (e.0 / 16) * 16 + k as u32 % 16;
            }
            raw.sort_by_key(|e| e.0);
            raw.dedup_by_key(|e| e.0);
        }
        let events = to_events(&raw);
        let order: Vec<usize> = order.into_iter().filter(|&i| i < events.len()).collect();
        let a = timeline_scenario(events.clone());
        let b = timeline_scenario(if distinct_days {
            order.iter().map(|&i| events[i].clone()).collect()
        } else {
            reorder_keeping_ties(&events, &order)
        });
        let mut moments: Vec<Moment> = probes.iter().map(|&d| Moment::Date(date_of(d))).collect();
        moments.extend((1899..=1906).map(Moment::Year));
        moments.extend(events.iter().map(|e| Moment::Event(e.id.clone())));
        for m in &moments {
            let sa = timeline::resolve(&a, m).expect("resolves");
            let sb = timeline::resolve(&b, m).expect("resolves");
            prop_assert_eq!(by_id(&a, &sa), by_id(&b, &sb), "at {}", m);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Any valid small scenario renders without panic, and the same way twice.

const PROJECTIONS: [&str; 5] = [
    "+proj=merc +datum=WGS84",
    "+proj=laea +lat_0={lat} +lon_0={lon} +datum=WGS84",
    "+proj=lcc +lat_1={lat1} +lat_2={lat2} +lat_0={lat} +lon_0={lon} +datum=WGS84",
    "+proj=longlat +datum=WGS84",
    "+proj=eqc +lon_0={lon} +datum=WGS84",
];

#[derive(Debug, Clone)]
struct Plan {
    west: f64,
    south: f64,
    width_deg: f64,
    height_deg: f64,
    projection: usize,
    columns: usize,
    rows: usize,
    powers: usize,
    styles: Vec<usize>,
    events: Vec<RawEvent>,
    cities: Vec<(f64, f64, u8)>,
    pixels: u32,
}

fn plans() -> impl Strategy<Value = Plan> {
    (
        (-170.0..150.0f64, -70.0..50.0f64, 0.5..20.0f64, 0.5..20.0f64),
        (0..PROJECTIONS.len(), 1..4usize, 1..3usize, 1..4usize),
        prop::collection::vec(0..6usize, 2),
        raw_events(6 * 336),
        prop::collection::vec((0.0..1.0f64, 0.0..1.0f64, 1..4u8), 0..4),
        200..700u32,
    )
        .prop_map(
            |(
                (west, south, width_deg, height_deg),
                (projection, columns, rows, powers),
                styles,
                events,
                cities,
                pixels,
            )| Plan {
                west,
                south,
                width_deg,
                height_deg,
                projection,
                columns,
                rows,
                powers,
                styles,
                events,
                cities,
                pixels,
            },
        )
}

/// Writes the plan as scenario files: a grid of regions filling the inner half of the bbox.
fn texts(plan: &Plan) -> Texts {
    let (w, s) = (plan.west, plan.south);
    let (e, n) = (w + plan.width_deg, (s + plan.height_deg).min(85.0));
    let lat = (s + n) / 2.0;
    let lon = (w + e) / 2.0;
    let projection = PROJECTIONS[plan.projection]
        .replace("{lat}", &format!("{lat:.3}"))
        .replace("{lon}", &format!("{lon:.3}"))
        .replace("{lat1}", &format!("{:.3}", s + (n - s) / 4.0))
        .replace("{lat2}", &format!("{:.3}", n - (n - s) / 4.0));
    let mut toml = format!(
        "id = \"random\"\ntitle = \"Random\"\nstart = 1900\nend = 1905\n\
         [map]\nbbox = [{w}, {s}, {e}, {n}]\nprojection = \"{projection}\"\nwidth = {}\n",
        plan.pixels
    );
    let style_words = ["solid", "tint", "hatch", "crosshatch", "dots", "outline"];
    for p in 0..plan.powers {
        toml += &format!(
            "[powers.p{p}]\nname = \"Power {p}\"\ncolor = \"#{:02x}40{:02x}\"\n",
            60 * p,
            200 - 60 * p
        );
    }
    for (k, st) in plan.styles.iter().enumerate() {
        toml += &format!(
            "[statuses.s{k}]\nlabel = \"status {k}\"\nstyle = \"{}\"\n",
            style_words[*st]
        );
    }
    let cells = plan.columns * plan.rows;
    for (k, (day, changes)) in plan.events.iter().enumerate() {
        toml += &format!(
            "[[events]]\nid = \"e{k}\"\ndate = \"{}\"\ntitle = \"Event {k}\"\nsource = \"https://example.org/{k}\"\n[events.control]\n",
            date_of(*day)
        );
        let mut seen = Vec::new();
        for (r, c) in changes {
            let r = r % cells;
            if seen.contains(&r) {
                continue; // a table cannot name a key twice
            }
            seen.push(r);
            match c {
                Some((p, st)) => {
                    toml += &format!(
                        "c{r} = {{ power = \"p{}\", status = \"s{}\" }}\n",
                        p % plan.powers,
                        st % 2
                    )
                }
                None => toml += &format!("c{r} = \"none\"\n"),
            }
        }
    }
    let (iw, is) = (w + (e - w) / 4.0, s + (n - s) / 4.0);
    let (cw, ch) = (
        (e - w) / 2.0 / plan.columns as f64,
        (n - s) / 2.0 / plan.rows as f64,
    );
    let mut regions = Vec::new();
    for row in 0..plan.rows {
        for col in 0..plan.columns {
            let (x0, y0) = (iw + col as f64 * cw, is + row as f64 * ch);
            let (x1, y1) = (x0 + cw, y0 + ch);
            regions.push(format!(
                r#"{{"type":"Feature","id":"c{}","properties":{{"name":"Cell {}"}},"geometry":{{"type":"Polygon","coordinates":[[[{x0},{y0}],[{x1},{y0}],[{x1},{y1}],[{x0},{y1}],[{x0},{y0}]]]}}}}"#,
                row * plan.columns + col,
                row * plan.columns + col
            ));
        }
    }
    let cities: Vec<String> = plan
        .cities
        .iter()
        .enumerate()
        .map(|(k, (fx, fy, rank))| {
            format!(
                r#"{{"type":"Feature","id":"t{k}","properties":{{"name":"Town {k}","rank":{rank}}},"geometry":{{"type":"Point","coordinates":[{},{}]}}}}"#,
                w + fx * (e - w),
                s + fy * (n - s)
            )
        })
        .collect();
    let fc = |features: &[String]| {
        format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[{}]}}",
            features.join(",")
        )
    };
    let line = format!(
        r#"{{"type":"Feature","id":"l0","properties":{{"name":"Line","event":"e0","certainty":"low"}},"geometry":{{"type":"LineString","coordinates":[[{iw},{is}],[{},{}]]}}}}"#,
        e - (e - w) / 4.0,
        n - (n - s) / 4.0
    );
    Texts::new()
        .with("scenario.toml", toml)
        .with("regions.geojson", fc(&regions))
        .with("basemap.geojson", fc(&[]))
        .with("lines.geojson", fc(&[line]))
        .with("places.geojson", fc(&cities))
}

/// Each case loads, projects and draws a scenario three times over: 48 keep the test to a
/// few seconds in a debug build.
const RENDER_CASES: u32 = 48;

/// A frame the projection cannot draw is refused with an error, never a panic; such a
/// case draws nothing, so it is counted, and the test fails if more than this share of
/// the cases are refused (it would then be checking too few maps).
const MAX_REFUSED_SHARE: f64 = 0.25;

#[test]
fn valid_scenarios_render_without_panic_and_deterministically() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let (drawn, refused) = (AtomicU32::new(0), AtomicU32::new(0));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: RENDER_CASES,
        ..ProptestConfig::default()
    });
    let result = runner.run(&plans(), |plan| {
        let files = texts(&plan);
        let scenario = match load::load(&files) {
            Ok(s) => s,
            // The loader refuses a frame the projection cannot draw (as render would):
            // counted as a refused frame, like one refused by the projection below.
            Err(load::LoadError::Invalid(problems))
                if problems
                    .iter()
                    .filter(|p| !p.is_warning())
                    .all(|p| p.message.contains("cannot be drawn with projection")) =>
            {
                refused.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
            Err(e) => {
                return Err(TestCaseError::fail(format!(
                    "a valid scenario was refused: {e}\n{plan:?}"
                )));
            }
        };
        let options = scene::Options {
            width: f64::from(plan.pixels),
            ..scene::Options::default()
        };
        let first = match scene::Prepared::new(&scenario, &options) {
            Ok(p) => p,
            Err(e) => {
                prop_assert!(!e.to_string().is_empty(), "a refusal says why");
                refused.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
        };
        let second = scene::Prepared::new(&scenario, &options).expect("the same frame again");
        for year in [1899, 1901, 1905] {
            let state = timeline::resolve(&scenario, &Moment::Year(year)).expect("a year resolves");
            let a = render::svg::write(&scene::build(&scenario, &first, &state));
            let b = render::svg::write(&scene::build(&scenario, &second, &state));
            prop_assert!(a == b, "the SVG of {} differs between two builds", year);
            prop_assert!(a.starts_with("<svg") || a.starts_with("<?xml"));
        }
        drawn.fetch_add(1, Ordering::Relaxed);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let (drawn, refused) = (drawn.into_inner(), refused.into_inner());
    eprintln!("{drawn} scenarios drawn, {refused} frames refused by the projection");
    assert!(
        f64::from(refused) <= MAX_REFUSED_SHARE * f64::from(drawn + refused),
        "{refused} of {} cases had their frame refused: too few maps were checked",
        drawn + refused
    );
    assert!(drawn > 0);
}
