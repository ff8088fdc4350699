//! `spheres export --all`: the whole timeline as GeoJSON for GIS time sliders, read back
//! as QGIS would (a feature shows at date D when valid_from <= D < valid_to, a null end
//! open) and compared with the one-moment export, and read by GDAL where it is installed.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::data::add_days;
use common::*;
use serde_json::Value;
use spheres::model::Date;
use spheres::report::export;
use spheres::timeline::{History, Moment};

fn export_all(layer: &str) -> Value {
    let dir = Scratch::new(&format!("export-all-{layer}"));
    let out = spheres_ok(&dir.0, &["export", "--all", "--layer", layer]);
    serde_json::from_str(&stdout(&out)).expect("export --all writes JSON")
}

fn features(v: &Value) -> &Vec<Value> {
    v["features"].as_array().expect("features")
}

fn text(v: &Value) -> Option<&str> {
    v.as_str()
}

/// Whether a feature shows at `date` (YYYY-MM-DD) in QGIS's Temporal Controller, with
/// the default "include start, exclude end" and nulls as open ends.
fn shows_at(f: &Value, date: &str) -> bool {
    let p = &f["properties"];
    text(&p["valid_from"]).is_none_or(|from| from <= date)
        && text(&p["valid_to"]).is_none_or(|to| date < to)
}

#[test]
fn the_periods_of_north_korea_have_their_exact_dates() {
    let v = export_all("regions");
    let periods: Vec<[Option<&str>; 6]> = features(&v)
        .iter()
        .map(|f| &f["properties"])
        .filter(|p| p["id"] == "korea-north")
        .map(|p| {
            [
                text(&p["valid_from"]),
                text(&p["valid_to"]),
                text(&p["power"]),
                text(&p["status"]),
                text(&p["label"]),
                text(&p["event"]),
            ]
        })
        .collect();
    assert_eq!(
        periods,
        [
            [None, Some("1905-09-05"), None, None, None, None],
            [
                Some("1905-09-05"),
                Some("1905-11-17"),
                Some("japan"),
                Some("sphere"),
                Some("Korean Empire"),
                Some("portsmouth")
            ],
            [
                Some("1905-11-17"),
                Some("1910-08-29"),
                Some("japan"),
                Some("protectorate"),
                Some("Korean Empire"),
                Some("eulsa-treaty")
            ],
            [
                Some("1910-08-29"),
                Some("1945-08-26"),
                Some("japan"),
                Some("annexed"),
                Some("Chōsen"),
                Some("korea-annexation")
            ],
            [
                Some("1945-08-26"),
                None,
                Some("russia"),
                Some("occupied"),
                Some("Soviet zone (Korea)"),
                Some("pyongyang")
            ],
        ]
    );
    let ids: Vec<&str> = features(&v)
        .iter()
        .filter(|f| f["properties"]["id"] == "korea-north")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "korea-north/1",
            "korea-north/2",
            "korea-north/3",
            "korea-north/4",
            "korea-north/5"
        ]
    );
}

#[test]
fn each_regions_periods_cover_all_time_without_gap_or_overlap() {
    let v = export_all("regions");
    let mut by_region: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for f in features(&v) {
        by_region
            .entry(f["properties"]["id"].as_str().unwrap())
            .or_default()
            .push(&f["properties"]);
    }
    let scenario = spheres::load::built_in().unwrap();
    assert_eq!(by_region.len(), scenario.regions.len(), "every region");
    for (region, periods) in by_region {
        assert_eq!(
            periods[0]["valid_from"],
            Value::Null,
            "{region} from the start"
        );
        assert_eq!(
            periods.last().unwrap()["valid_to"],
            Value::Null,
            "{region} to no end"
        );
        for pair in periods.windows(2) {
            assert_eq!(
                pair[0]["valid_to"], pair[1]["valid_from"],
                "{region}: one period ends the day the next begins"
            );
            // Consecutive periods differ in what the map shows of them.
            let shown = |p: &Value| {
                [
                    "power",
                    "power_name",
                    "status",
                    "label",
                    "control_certainty",
                    "control_note",
                ]
                .map(|k| p[k].clone())
            };
            assert_ne!(shown(pair[0]), shown(pair[1]), "{region}: {pair:?}");
        }
        for p in &periods {
            if let (Some(from), Some(to)) = (text(&p["valid_from"]), text(&p["valid_to"])) {
                assert!(Date::parse(from).is_some() && Date::parse(to).is_some());
                assert!(
                    from < to,
                    "{region}: {from} .. {to} holds for a day at least"
                );
            }
        }
    }
}

#[test]
fn at_any_date_the_periods_shown_are_the_export_of_that_date() {
    let v = export_all("regions");
    let scenario = spheres::load::built_in().unwrap();
    let history = History::new(&scenario);
    // Every day something changes (an event, a power's new name), and the day before.
    let mut days: Vec<Date> = scenario.events.iter().map(|e| e.date).collect();
    days.extend(
        scenario
            .powers
            .iter()
            .flat_map(|p| p.names.iter().map(|n| n.from)),
    );
    let before: Vec<String> = days.iter().map(|d| add_days(&d.to_string(), -1)).collect();
    let mut dates: Vec<String> = days.iter().map(Date::to_string).chain(before).collect();
    dates.sort();
    dates.dedup();
    let keys = [
        "power",
        "power_name",
        "status",
        "status_label",
        "label",
        "control_certainty",
        "control_note",
        "area_km2",
        "certainty",
        "fill",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "geometry",
    ];
    let pick = |f: &Value| -> Vec<Value> {
        keys.iter()
            .map(|k| match *k {
                "geometry" => f["geometry"].clone(),
                k => f["properties"][k].clone(),
            })
            .collect()
    };
    for date in &dates {
        let state = history
            .resolve(&Moment::Date(Date::parse(date).unwrap()))
            .unwrap();
        let moment: Value = serde_json::from_str(&export::geojson(&scenario, &state)).unwrap();
        let shown: Vec<&Value> = features(&v).iter().filter(|f| shows_at(f, date)).collect();
        assert_eq!(
            shown.len(),
            scenario.regions.len(),
            "one period per region at {date}"
        );
        for (period, at) in shown.iter().zip(features(&moment)) {
            assert_eq!(
                period["properties"]["id"], at["id"],
                "region order at {date}"
            );
            assert_eq!(pick(period), pick(at), "{} at {date}", at["id"]);
            // The period began with the event the moment says the control is since,
            // or a later one that confirmed it.
            if let Some(since) = text(&at["properties"]["since"]["date"]) {
                let began = text(&period["properties"]["event_date"]).unwrap();
                assert!(began <= since, "{} at {date}", at["id"]);
            }
        }
    }
}

#[test]
fn every_property_is_a_scalar_in_every_layer() {
    for layer in ["regions", "lines", "places"] {
        let v = export_all(layer);
        assert_eq!(v["type"], "FeatureCollection");
        assert_eq!(v["layer"], layer);
        assert!(!features(&v).is_empty(), "{layer}");
        for f in features(&v) {
            assert_eq!(f["type"], "Feature");
            let properties = f["properties"].as_object().unwrap();
            for key in ["valid_from", "valid_to", "id", "name"] {
                assert!(properties.contains_key(key), "{layer}: {key} in {f}");
            }
            for (key, value) in properties {
                assert!(
                    !value.is_object() && !value.is_array(),
                    "{layer}: {key} is not flat in {}",
                    f["id"]
                );
            }
            let g = &f["geometry"];
            assert!(g["coordinates"].is_array(), "{layer}: {}", f["id"]);
        }
    }
}

#[test]
fn lines_run_from_their_event_to_their_until() {
    let v = export_all("lines");
    let line = |id: &str| {
        let f = features(&v).iter().find(|f| f["id"] == id).unwrap();
        let p = &f["properties"];
        (
            text(&p["valid_from"]).map(str::to_string),
            text(&p["valid_to"]).map(str::to_string),
            text(&p["event"]).map(str::to_string),
        )
    };
    // From the First Agreement (1907-07-30) until the Karakhan Manifesto (1919-07-25).
    assert_eq!(
        line("line-1907-a"),
        (
            Some("1907-07-30".into()),
            Some("1919-07-25".into()),
            Some("first-agreement".into())
        )
    );
    assert_eq!(
        line("line-1912-a").0.as_deref(),
        Some("1912-07-08"),
        "the Third Agreement"
    );
}

#[test]
fn cities_are_one_feature_per_name_and_railways_run_from_their_dates() {
    let v = export_all("places");
    let seoul: Vec<[Option<&str>; 3]> = features(&v)
        .iter()
        .map(|f| &f["properties"])
        .filter(|p| p["id"] == "seoul")
        .map(|p| {
            [
                text(&p["valid_from"]),
                text(&p["valid_to"]),
                text(&p["name"]),
            ]
        })
        .collect();
    assert_eq!(
        seoul,
        [
            [None, Some("1910-10-01"), Some("Seoul")],
            [Some("1910-10-01"), Some("1945-08-15"), Some("Keijō")],
            [Some("1945-08-15"), None, Some("Seoul")],
        ]
    );
    // Every city bears the name the maps give it at any date.
    let scenario = spheres::load::built_in().unwrap();
    for date in [
        "1900-01-01",
        "1910-08-28",
        "1910-08-29",
        "1932-03-01",
        "1945-08-15",
    ] {
        let d = Date::parse(date).unwrap();
        for city in &scenario.cities {
            let shown: Vec<&Value> = features(&v)
                .iter()
                .filter(|f| f["properties"]["id"] == city.id.as_str() && shows_at(f, date))
                .collect();
            assert_eq!(shown.len(), 1, "{} at {date}", city.id);
            assert_eq!(shown[0]["properties"]["name"], city.name_at(d), "{date}");
            assert_eq!(shown[0]["properties"]["kind"], "city");
        }
    }
    for railway in &scenario.railways {
        let f = features(&v)
            .iter()
            .find(|f| f["id"] == railway.id.as_str())
            .unwrap();
        let p = &f["properties"];
        assert_eq!(p["kind"], "railway");
        assert_eq!(
            text(&p["valid_from"]),
            railway.from.map(|d| d.to_string()).as_deref()
        );
        assert_eq!(
            text(&p["valid_to"]),
            railway.until.map(|d| d.to_string()).as_deref()
        );
    }
}

#[test]
fn the_file_is_the_same_on_every_run_and_written_whole() {
    let dir = Scratch::new("export-all-file");
    let first = stdout(&spheres_ok(&dir.0, &["export", "--all"]));
    spheres_ok(&dir.0, &["export", "--all", "--out", "t/all.geojson"]);
    assert_eq!(
        std::fs::read_to_string(dir.path("t/all.geojson")).unwrap(),
        first
    );
    assert_eq!(
        stdout(&spheres_ok(
            &dir.0,
            &["export", "--all", "--layer", "regions"]
        )),
        first
    );
    assert_eq!(dir.files(), ["t"], "no temporary file left");
    assert_eq!(files_in(&dir.path("t")), ["all.geojson"]);
}

#[test]
fn a_moment_and_all_are_one_or_the_other() {
    let dir = Scratch::new("export-all-usage");
    for args in [
        vec!["export", "1912", "--all"],
        vec!["export", "--layer", "lines"],
        vec!["export", "1912", "--layer", "lines"],
        vec!["export", "--all", "--layer", "rivers"],
    ] {
        let out = spheres(&dir.0, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    // A layer asked of one moment says how to ask for it.
    let out = spheres(&dir.0, &["export", "1912", "--layer", "places"]);
    assert!(
        stderr(&out).contains(
            "--layer goes with --all: one moment exports the regions only (hint: spheres export --all --layer places, or spheres export 1912)"
        ),
        "{}",
        stderr(&out)
    );
    assert!(dir.files().is_empty());
}

/// GDAL reads the file as a GIS does: dates as Date fields, and a query at a date gives
/// the one-moment export's holders. Skipped where GDAL is not installed (Debian:
/// gdal-bin), unless `SPHERES_REQUIRE_GDAL=1` is set (`.ci/run` sets it and installs
/// gdal-bin), when it fails.
#[test]
fn gdal_reads_the_periods_as_dates() {
    if Command::new("ogr2ogr").arg("--version").output().is_err() {
        let required =
            std::env::var_os("SPHERES_REQUIRE_GDAL").is_some_and(|v| !v.is_empty() && v != "0");
        assert!(
            !required,
            "SPHERES_REQUIRE_GDAL is set but ogr2ogr is not on PATH (apt-get install gdal-bin)"
        );
        eprintln!("skipped: ogr2ogr (GDAL) is not installed");
        return;
    }
    let dir = Scratch::new("export-all-gdal");
    spheres_ok(&dir.0, &["export", "--all", "--out", "all.geojson"]);
    let info = Command::new("ogrinfo")
        .args(["-ro", "-so", "-al", "all.geojson"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path("all.geojson")).unwrap()).unwrap();
    let count = format!("Feature Count: {}", features(&written).len());
    assert!(info.contains(&count), "{count} in {info}");
    for line in [
        "valid_from: Date",
        "valid_to: Date",
        "event_date: Date",
        "power: String",
        "area_km2: Real",
    ] {
        assert!(info.contains(line), "{line} in {info}");
    }
    let date = "1912-12-31";
    let sql = format!(
        "SELECT id, power, status FROM \"all\" WHERE (valid_from IS NULL OR valid_from <= '{date}') \
         AND (valid_to IS NULL OR valid_to > '{date}')"
    );
    let csv = Command::new("ogr2ogr")
        .args([
            "-f",
            "CSV",
            "/vsistdout/",
            "all.geojson",
            "-dialect",
            "SQLite",
            "-sql",
            &sql,
        ])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert!(
        csv.status.success(),
        "{}",
        String::from_utf8_lossy(&csv.stderr)
    );
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    let read: Vec<String> = csv.lines().skip(1).map(str::to_string).collect();
    let scenario = spheres::load::built_in().unwrap();
    let state = History::new(&scenario)
        .resolve(&Moment::Date(Date::parse(date).unwrap()))
        .unwrap();
    let expected: Vec<String> = scenario
        .regions
        .iter()
        .zip(&state.controls)
        .map(|(r, held)| match held {
            Some(h) => format!("{},{},{}", r.id, h.control.power, h.control.status),
            None => format!("{},,", r.id),
        })
        .collect();
    assert_eq!(read, expected);
}
