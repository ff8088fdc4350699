//! The built-in history, fact by fact, through the public output: `spheres export` at a
//! date, and who holds the region (or the railway zone) that contains a town there. Each
//! fact is checked on both sides of its date where the date is what the fact is about.
//! The facts and their sources are in geodata/README.md and the scenario's events.

mod common;

use common::*;
use serde_json::Value;

/// The features of `spheres export DATE`.
fn export(date: &str) -> Vec<Value> {
    let dir = Scratch::new(&format!("history-{date}"));
    let out = spheres_ok(&dir.0, &["export", date]);
    let v: Value = serde_json::from_str(&stdout(&out)).expect("export writes JSON");
    v["features"].as_array().expect("features").clone()
}

/// Whether (x, y) lies inside the ring (even–odd rule).
fn in_ring(ring: &[Value], x: f64, y: f64) -> bool {
    let pts: Vec<(f64, f64)> = ring
        .iter()
        .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
        .collect();
    let mut inside = false;
    for k in 0..pts.len().saturating_sub(1) {
        let ((x1, y1), (x2, y2)) = (pts[k], pts[k + 1]);
        if (y1 > y) != (y2 > y) && x < x1 + (y - y1) / (y2 - y1) * (x2 - x1) {
            inside = !inside;
        }
    }
    inside
}

/// Whether a feature's geometry contains the point.
fn contains(f: &Value, lon: f64, lat: f64) -> bool {
    let g = &f["geometry"];
    let polygons: Vec<&Value> = match g["type"].as_str() {
        Some("Polygon") => vec![&g["coordinates"]],
        Some("MultiPolygon") => g["coordinates"].as_array().unwrap().iter().collect(),
        _ => vec![],
    };
    polygons.into_iter().any(|poly| {
        let rings = poly.as_array().unwrap();
        let mut n = 0;
        for r in rings {
            if in_ring(r.as_array().unwrap(), lon, lat) {
                n += 1;
            }
        }
        n % 2 == 1
    })
}

/// Who holds a place at a date: the properties of the region (`overlay` false) or of the
/// railway zone or city (`overlay` true) that contains it.
struct Holder {
    region: String,
    power: Option<String>,
    power_name: Option<String>,
    status: Option<String>,
    label: Option<String>,
    doubtful: bool,
}

fn holder(features: &[Value], lon: f64, lat: f64, overlay: bool) -> Holder {
    let hits: Vec<&Value> = features
        .iter()
        .filter(|f| f["properties"]["overlay"].as_bool() == Some(overlay))
        .filter(|f| contains(f, lon, lat))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "exactly one {} contains {lon}, {lat}: {:?}",
        if overlay { "overlay" } else { "region" },
        hits.iter().map(|f| &f["id"]).collect::<Vec<_>>()
    );
    let p = &hits[0]["properties"];
    let text = |k: &str| p[k].as_str().map(str::to_string);
    Holder {
        region: text("id").unwrap(),
        power: text("power"),
        power_name: text("power_name"),
        status: text("status"),
        label: text("label"),
        doubtful: p["control_certainty"] == "low",
    }
}

fn region_at(date: &str, lon: f64, lat: f64) -> Holder {
    holder(&export(date), lon, lat, false)
}

fn zone_at(date: &str, lon: f64, lat: f64) -> Holder {
    holder(&export(date), lon, lat, true)
}

/// (power, status) of a holder, for short assertions.
fn held(h: &Holder) -> (Option<&str>, Option<&str>) {
    (h.power.as_deref(), h.status.as_deref())
}

const HARBIN: (f64, f64) = (126.65, 45.75);
const TSITSIHAR: (f64, f64) = (123.962, 47.339);
const CHINCHOW: (f64, f64) = (121.13, 41.10);
const HAILAR: (f64, f64) = (119.7, 49.2);
const MUKDEN: (f64, f64) = (123.433, 41.792);
const SEOUL: (f64, f64) = (126.978, 37.566);
const PYONGYANG: (f64, f64) = (125.75, 39.03);
const VLADIVOSTOK: (f64, f64) = (131.874, 43.106);
const CHITA: (f64, f64) = (113.5, 52.03);
const URGA: (f64, f64) = (106.883, 47.908);
const PORT_ARTHUR: (f64, f64) = (121.267, 38.8);
const DAIREN: (f64, f64) = (121.602, 38.912);
const DONGSHENG: (f64, f64) = (109.98, 39.82);

#[test]
fn manchuria_1931_1932_was_occupied_step_by_step() {
    // 31 December 1931: South Manchuria and Tsitsihar taken; Harbin and Chinchow not yet.
    let end_1931 = export("1931-12-31");
    let at = |(lon, lat): (f64, f64)| holder(&end_1931, lon, lat, false);
    assert_eq!(held(&at(MUKDEN)), (Some("japan"), Some("occupied")));
    let tsitsihar = at(TSITSIHAR);
    assert_eq!(held(&tsitsihar), (Some("japan"), Some("occupied")));
    assert!(
        tsitsihar.doubtful,
        "only the city and the railway were held"
    );
    assert_eq!(
        held(&at(HARBIN)),
        (None, None),
        "Harbin fell on 5 February 1932"
    );
    assert_eq!(
        held(&at(CHINCHOW)),
        (Some("japan"), Some("sphere")),
        "Chinchow fell on 3 January 1932, and lay in the Japanese sphere before"
    );
    assert_eq!(held(&at(HAILAR)), (None, None));
    // The days themselves.
    assert_eq!(
        held(&region_at("1932-01-02", CHINCHOW.0, CHINCHOW.1)).1,
        Some("sphere")
    );
    assert_eq!(
        held(&region_at("1932-01-03", CHINCHOW.0, CHINCHOW.1)),
        (Some("japan"), Some("occupied"))
    );
    assert_eq!(held(&region_at("1932-02-04", HARBIN.0, HARBIN.1)).0, None);
    assert_eq!(
        held(&region_at("1932-02-05", HARBIN.0, HARBIN.1)),
        (Some("japan"), Some("occupied"))
    );
    // 31 December 1932: all of it Manchukuo, Hulunbuir retaken after Su Bingwen's rising.
    let end_1932 = export("1932-12-31");
    for place in [HARBIN, TSITSIHAR, CHINCHOW, MUKDEN, HAILAR] {
        let h = holder(&end_1932, place.0, place.1, false);
        assert_eq!(held(&h), (Some("japan"), Some("puppet")), "{}", h.region);
        assert_eq!(h.label.as_deref(), Some("Manchukuo"), "{}", h.region);
        assert!(!h.doubtful, "{}", h.region);
    }
    assert_eq!(
        held(&region_at("1932-10-31", HAILAR.0, HAILAR.1)),
        (None, None),
        "Su Bingwen held Hailar from 27 September to early December 1932"
    );
}

#[test]
fn the_railway_zones_change_hands_on_their_own() {
    // The CER zone: Russian, Chinese-guarded, Japanese troops 1918–1922, Chinese, then
    // joint Sino-Soviet management (also inside Manchukuo), sold in 1935.
    let cer = |date: &str| zone_at(date, HARBIN.0, HARBIN.1);
    assert_eq!(cer("1910-12-31").region, "cer-zone");
    assert_eq!(
        held(&cer("1910-12-31")),
        (Some("russia"), Some("railway-zone"))
    );
    assert_eq!(held(&cer("1923-12-31")), (None, None));
    assert_eq!(held(&cer("1924-09-20")), (Some("russia"), Some("joint")));
    assert_eq!(
        held(&cer("1929-08-01")),
        (None, None),
        "seized 10 July 1929"
    );
    assert_eq!(
        held(&cer("1930-12-31")),
        (Some("russia"), Some("joint")),
        "restored by the Khabarovsk Protocol"
    );
    let in_manchukuo = cer("1933-12-31");
    assert_eq!(held(&in_manchukuo), (Some("russia"), Some("joint")));
    assert_eq!(in_manchukuo.power_name.as_deref(), Some("Soviet Union"));
    assert_eq!(held(&cer("1935-03-22")), (Some("russia"), Some("joint")));
    let sold = cer("1936-12-31");
    assert_eq!(held(&sold), (Some("japan"), Some("puppet")));
    assert_eq!(sold.label.as_deref(), Some("Manchukuo"));
    // The SMR zone at Mukden: Japanese from Portsmouth, Manchukuo's from 1 December 1937.
    let smr = |date: &str| zone_at(date, MUKDEN.0, MUKDEN.1);
    assert_eq!(smr("1906-12-31").region, "smr-zone");
    assert_eq!(
        held(&smr("1906-12-31")),
        (Some("japan"), Some("railway-zone"))
    );
    assert_eq!(
        held(&smr("1937-11-30")),
        (Some("japan"), Some("railway-zone"))
    );
    assert_eq!(held(&smr("1937-12-01")), (Some("japan"), Some("puppet")));
}

#[test]
fn the_intervention_and_the_far_eastern_republic() {
    let vladivostok = |date: &str| region_at(date, VLADIVOSTOK.0, VLADIVOSTOK.1);
    assert_eq!(held(&vladivostok("1918-08-10")), (None, None));
    let occupied = vladivostok("1918-12-31");
    assert_eq!(occupied.region, "south-ussuri");
    assert_eq!(held(&occupied), (Some("japan"), Some("occupied")));
    assert!(
        occupied.doubtful,
        "towns and railways were held, not the province"
    );
    assert_eq!(
        held(&vladivostok("1922-10-24")),
        (Some("japan"), Some("occupied"))
    );
    let fer = vladivostok("1922-10-25");
    assert_eq!(held(&fer), (Some("russia"), Some("buffer")));
    assert_eq!(fer.label.as_deref(), Some("Far Eastern Republic"));
    assert_eq!(
        held(&vladivostok("1922-12-31")),
        (None, None),
        "Soviet home territory after 15 November 1922"
    );
    let chita = |date: &str| region_at(date, CHITA.0, CHITA.1);
    assert_eq!(
        held(&chita("1918-12-31")),
        (Some("japan"), Some("occupied"))
    );
    assert_eq!(held(&chita("1920-12-31")), (Some("russia"), Some("buffer")));
    // Japanese troops along the CER during the intervention, drawn as doubtful.
    let cer = zone_at("1919-12-31", HARBIN.0, HARBIN.1);
    assert_eq!(held(&cer), (Some("japan"), Some("occupied")));
    assert!(cer.doubtful);
    assert_eq!(
        held(&zone_at("1922-09-26", HARBIN.0, HARBIN.1)),
        (None, None)
    );
}

#[test]
fn korea_in_1945_is_divided_between_two_powers() {
    let end = export("1945-12-31");
    let north = holder(&end, PYONGYANG.0, PYONGYANG.1, false);
    let south = holder(&end, SEOUL.0, SEOUL.1, false);
    assert_eq!(held(&north), (Some("russia"), Some("occupied")));
    assert_eq!(held(&south), (Some("usa"), Some("occupied")));
    assert_eq!(south.power_name.as_deref(), Some("United States"));
    // Japanese until the Americans landed on 8 September; the north from 26 August.
    assert_eq!(
        held(&region_at("1945-09-07", SEOUL.0, SEOUL.1)),
        (Some("japan"), Some("annexed"))
    );
    assert_eq!(
        held(&region_at("1945-08-25", PYONGYANG.0, PYONGYANG.1)),
        (Some("japan"), Some("annexed"))
    );
    // The title says that a third power is on the map.
    let dir = Scratch::new("history-1945-title");
    spheres_ok(&dir.0, &["render", "1945", "--format", "svg", "--out", "."]);
    let svg = std::fs::read_to_string(dir.0.join("1945.svg")).unwrap();
    let title = svg
        .split("<title")
        .nth(1)
        .and_then(|t| t.split('>').nth(1))
        .and_then(|t| t.split('<').next())
        .unwrap();
    assert!(title.contains("American"), "{title}");
}

#[test]
fn port_arthur_dairen_and_south_sakhalin_in_1945() {
    let end = export("1945-12-31");
    let base = holder(&end, PORT_ARTHUR.0, PORT_ARTHUR.1, false);
    assert_eq!(base.region, "kwantung");
    assert_eq!(held(&base), (Some("russia"), Some("naval-base")));
    let dairen = holder(&end, DAIREN.0, DAIREN.1, true);
    assert_eq!(dairen.region, "dairen");
    assert!(
        dairen
            .label
            .as_deref()
            .is_some_and(|l| l.contains("free port")),
        "{:?}",
        dairen.label
    );
    let sakhalin = holder(&end, 142.7, 47.0, false);
    assert_eq!(held(&sakhalin), (Some("russia"), Some("occupied")));
    assert_eq!(sakhalin.label.as_deref(), Some("South Sakhalin"));
    // Japanese until the Soviet landings of 22 August.
    assert_eq!(
        held(&region_at("1945-08-21", PORT_ARTHUR.0, PORT_ARTHUR.1)),
        (Some("japan"), Some("leased"))
    );
}

#[test]
fn mongolia_becomes_a_protectorate_only_in_november_1912() {
    let urga = |date: &str| region_at(date, URGA.0, URGA.1);
    let independent = urga("1912-06-30");
    assert_eq!(held(&independent), (Some("russia"), Some("sphere")));
    assert_eq!(independent.label.as_deref(), Some("Bogd Khanate"));
    assert_eq!(held(&urga("1912-11-02")), (Some("russia"), Some("sphere")));
    assert_eq!(
        held(&urga("1912-12-31")),
        (Some("russia"), Some("protectorate"))
    );
    assert_eq!(held(&urga("1911-11-30")), (Some("russia"), Some("sphere")));
    // Barga joined the Bogd Khanate in January 1912; special district 1915–1920.
    let hailar = |date: &str| region_at(date, HAILAR.0, HAILAR.1);
    let barga = hailar("1912-06-30");
    assert!(
        barga.label.as_deref().is_some_and(|l| l.contains("Bogd")),
        "{:?}",
        barga.label
    );
    // With the Bogd Khanate, a protectorate, until 1915; then a special district under
    // Chinese sovereignty in the Russian sphere.
    assert_eq!(
        held(&hailar("1914-12-31")),
        (Some("russia"), Some("protectorate"))
    );
    let district = hailar("1916-12-31");
    assert_eq!(held(&district), (Some("russia"), Some("sphere")));
    assert_eq!(
        district.label.as_deref(),
        Some("Hulunbuir special district")
    );
    assert_eq!(held(&hailar("1920-12-31")), (None, None));
}

#[test]
fn doubtful_divisions_are_drawn_as_doubtful() {
    // West of 122°E the 1907 line stopped: Hulunbuir is a doubtful part of the Russian
    // sphere until 1912, certain after; Harbin's region is certain from 1907.
    let hulunbuir = region_at("1910-12-31", HAILAR.0, HAILAR.1);
    assert_eq!(held(&hulunbuir), (Some("russia"), Some("sphere")));
    assert!(hulunbuir.doubtful);
    assert!(!region_at("1910-12-31", HARBIN.0, HARBIN.1).doubtful);
    // Alxa in the 1912 Russian sphere, the Ordos under Mengjiang: doubtful.
    let alxa = region_at("1913-12-31", 101.0, 41.0);
    assert_eq!(alxa.region, "alxa");
    assert_eq!(held(&alxa), (Some("russia"), Some("sphere")));
    assert!(alxa.doubtful);
    let ordos = region_at("1938-12-31", DONGSHENG.0, DONGSHENG.1);
    assert_eq!(ordos.region, "ordos");
    assert_eq!(held(&ordos), (Some("japan"), Some("puppet")));
    assert!(ordos.doubtful);
    // Hohhot, which Mengjiang did hold, is certain.
    assert!(!region_at("1938-12-31", 111.75, 40.84).doubtful);
}

#[test]
fn russia_is_named_as_it_was_at_each_date() {
    let name = |date: &str| region_at(date, URGA.0, URGA.1).power_name;
    assert_eq!(name("1916-12-31").as_deref(), Some("Russian Empire"));
    assert_eq!(
        name("1917-06-30").as_deref(),
        Some("Russia (Provisional Government)")
    );
    assert_eq!(
        name("1917-10-01").as_deref(),
        Some("Russian Republic (Provisional Government)")
    );
    // East of the Urals the White governments held the land until Kolchak's fall.
    assert_eq!(
        name("1918-12-31").as_deref(),
        Some("Russia (Soviet and White governments)")
    );
    assert_eq!(name("1921-12-31").as_deref(), Some("Soviet Russia"));
}

#[test]
fn the_secret_conventions_are_cited_to_their_published_texts() {
    let dir = Scratch::new("history-sources");
    let out = spheres_ok(&dir.0, &["timeline", "--format", "json"]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let events = v["events"].as_array().unwrap();
    let source = |id: &str| {
        events
            .iter()
            .find(|e| e["id"] == id)
            .and_then(|e| e["source"].as_str())
            .unwrap_or_else(|| panic!("event {id} has a source"))
            .to_string()
    };
    for id in [
        "first-agreement",
        "second-agreement",
        "third-agreement",
        "fourth-agreement",
    ] {
        let s = source(id);
        assert!(s.contains("Price") && s.contains("MacMurray"), "{id}: {s}");
    }
    // The public conventions are not the texts of the spheres.
    for e in events {
        let s = e["source"].as_str().unwrap_or_default();
        for public in ["frus1907p2/d182", "frus1910/d922", "frus1916/d515"] {
            assert!(!s.contains(public), "{}: {s}", e["id"]);
        }
        assert!(
            !s.ends_with("Japan%E2%80%93Russia_Secret_Agreements")
                && !s.ends_with("Japan–Russia_Secret_Agreements"),
            "{} rests on the seed article",
            e["id"]
        );
    }
}

#[test]
fn port_arthur_is_named_on_every_map() {
    let dir = Scratch::new("history-port-arthur");
    for width in ["1600", "800"] {
        let out = dir.0.join(width);
        spheres_ok(
            &dir.0,
            &[
                "render",
                "--format",
                "svg",
                "--width",
                width,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        for year in 1905..=1945 {
            let svg = std::fs::read_to_string(out.join(format!("{year}.svg"))).unwrap();
            let named = svg
                .split("class=\"city-label")
                .skip(1)
                .any(|t| t.split('<').next().unwrap_or("").contains(">Port Arthur"));
            assert!(named, "{year} at {width} px: Port Arthur is not labelled");
        }
    }
}
