//! `spheres diff`, `spheres timeline` and `spheres export` end to end, on the built-in
//! scenario.
//!
//! Golden outputs live in tests/golden/diff/ and are regenerated only on request:
//! `SPHERES_UPDATE_GOLDEN=1 cargo test --test diff`, then read the diff before committing.
//! A mismatch writes the new output under the target folder and names it in the failure.
//! The goldens pin the exact text; the other tests check what must hold whatever the data
//! (the history, and totals that add up), so they keep their meaning when the geodata is
//! rebuilt and the goldens are regenerated.

mod common;

use common::*;
use serde_json::Value;

fn update() -> bool {
    std::env::var_os("SPHERES_UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

/// Compares `actual` with tests/golden/diff/`name`, or rewrites it when asked to.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden/diff").join(name);
    if update() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        eprintln!("golden file rewritten: {}", path.display());
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing (SPHERES_UPDATE_GOLDEN=1 makes it)",
            path.display()
        )
    });
    if want != actual {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-diff");
        std::fs::create_dir_all(&dir).unwrap();
        let got = dir.join(name);
        std::fs::write(&got, actual).unwrap();
        panic!(
            "output differs from {}; the new output is in {} (SPHERES_UPDATE_GOLDEN=1 to accept it)",
            path.display(),
            got.display()
        );
    }
}

/// Runs `spheres` in a scratch folder and returns its standard output, asserting success.
fn run(name: &str, args: &[&str]) -> String {
    let dir = Scratch::new(name);
    let out = spheres(&dir.0, args);
    assert!(
        out.status.success(),
        "spheres {}: {}",
        args.join(" "),
        stderr(&out)
    );
    assert!(
        dir.files().is_empty(),
        "nothing written to disk: {:?}",
        dir.files()
    );
    stdout(&out)
}

fn json(name: &str, args: &[&str]) -> Value {
    let text = run(name, args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn change<'v>(diff: &'v Value, region: &str) -> Option<&'v Value> {
    diff["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["region"] == region)
}

fn event_ids(change: &Value) -> Vec<&str> {
    ids(&change["events"])
}

#[test]
fn diff_outputs_match_their_golden_files() {
    golden(
        "diff-1909-1912.txt",
        &run("golden-text", &["diff", "1909", "1912"]),
    );
    golden(
        "diff-1909-1912.md",
        &run("golden-md", &["diff", "1909", "1912", "--format", "md"]),
    );
    golden(
        "diff-1909-1912.json",
        &run("golden-json", &["diff", "1909", "1912", "--format", "json"]),
    );
    golden(
        "diff-1916-1932.txt",
        &run("golden-text-2", &["diff", "1916", "1932"]),
    );
}

#[test]
fn timeline_outputs_match_their_golden_files() {
    for (format, ext) in [
        ("csv", "csv"),
        ("json", "json"),
        ("text", "txt"),
        ("md", "md"),
    ] {
        golden(
            &format!("timeline.{ext}"),
            &run(
                &format!("golden-timeline-{format}"),
                &["timeline", "--format", format],
            ),
        );
    }
}

#[test]
fn export_matches_its_golden_file() {
    // The geometry is large and follows the geodata; the golden keeps what the export says
    // about each region, and the kind and size of its geometry.
    let v = json("golden-export", &["export", "1912"]);
    let mut trimmed = serde_json::Map::new();
    trimmed.insert("moment".into(), v["moment"].clone());
    let features: Vec<Value> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let g = &f["geometry"];
            serde_json::json!({
                "id": f["id"],
                "properties": f["properties"],
                "geometry": g["type"],
            })
        })
        .collect();
    trimmed.insert("features".into(), Value::Array(features));
    golden(
        "export-1912.properties.json",
        &(serde_json::to_string_pretty(&Value::Object(trimmed)).unwrap() + "\n"),
    );
}

#[test]
fn the_third_agreement_divides_inner_mongolia() {
    let d = json(
        "third",
        &["diff", "1909", "third-agreement", "--format", "json"],
    );
    assert_eq!(d["from"]["query"], "1909");
    assert_eq!(d["from"]["date"], "1909-12-31");
    assert_eq!(d["to"]["date"], "1912-07-08");
    assert_eq!(d["to"]["event"], "third-agreement");
    for (region, power) in [
        ("east-inner-mongolia", "japan"),
        ("west-inner-mongolia", "russia"),
    ] {
        let c = change(&d, region).unwrap_or_else(|| panic!("{region} changed: {d}"));
        assert_eq!(c["before"], Value::Null, "{region}");
        assert_eq!(c["after"]["power"], power, "{region}");
        assert_eq!(c["after"]["status"], "sphere", "{region}");
        assert_eq!(event_ids(c), ["third-agreement"], "{region}");
        let e = &c["events"][0];
        assert_eq!(e["date"], "1912-07-08");
        assert_eq!(e["title"], "Third Russo-Japanese Agreement");
        // The secret convention, cited to its published text.
        assert!(e["source"].as_str().unwrap().contains("Price"));
        assert!(c["area_km2"].as_f64().unwrap() > 1000.0);
    }
    // Regions in the scenario's order; a control's label only when it has one.
    let order: Vec<&str> = d["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["region"].as_str().unwrap())
        .collect();
    let korea = order.iter().position(|r| *r == "korea-north").unwrap();
    let east = order
        .iter()
        .position(|r| *r == "east-inner-mongolia")
        .unwrap();
    assert!(korea < east, "{order:?}");
    assert_eq!(
        change(&d, "korea-north").unwrap()["after"]["label"],
        "Chōsen"
    );
    // Hulunbuir joined the Bogd Khanate: before, a doubtful part of the sphere with no
    // period name; after, certain and named.
    let barga = change(&d, "hulunbuir").unwrap();
    let (hb, ha) = (&barga["before"], &barga["after"]);
    assert!(hb.get("label").is_none(), "no label key when unset: {hb}");
    assert_eq!(hb["certainty"], "low", "{hb}");
    assert!(
        ha.get("certainty").is_none(),
        "no certainty key when certain: {ha}"
    );
    let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 4);
}

#[test]
fn korea_is_annexed_between_1909_and_1911() {
    let d = json("korea", &["diff", "1909", "1911", "--format", "json"]);
    let k = change(&d, "korea-north").expect("korea changed");
    assert_eq!(k["before"]["power"], "japan");
    assert_eq!(k["before"]["status"], "protectorate");
    assert_eq!(k["after"]["power"], "japan");
    assert_eq!(k["after"]["status"], "annexed");
    assert_eq!(event_ids(k), ["korea-annexation"]);
    assert!(
        change(&d, "east-inner-mongolia").is_none(),
        "not yet in 1911"
    );
    let text = run("korea-text", &["diff", "1909", "1911"]);
    assert!(
        text.contains("Korea north of the 38th parallel (")
            && text
                .contains("protectorate (as Korean Empire) → Empire of Japan, annexed territory"),
        "{text}"
    );
}

/// The area each region counts for at a moment and its power, from `spheres export`.
fn holdings(name: &str, moment: &str) -> Vec<(String, Option<String>, f64)> {
    let v = json(name, &["export", moment]);
    v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = &f["properties"];
            (
                p["id"].as_str().unwrap().to_string(),
                p["power"].as_str().map(str::to_string),
                p["counted_km2"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn areas_by_power_are_the_sums_of_the_regions() {
    for (a, b) in [("1909", "1912"), ("1916", "1932"), ("1905", "1945")] {
        let d = json(&format!("areas-{a}"), &["diff", a, b, "--format", "json"]);
        let before = holdings(&format!("areas-{a}-a"), a);
        let after = holdings(&format!("areas-{a}-b"), b);
        let by_power = d["area_by_power"].as_object().unwrap();
        assert_eq!(
            by_power.keys().collect::<Vec<_>>(),
            ["japan", "russia", "usa"],
            "powers in the scenario's order"
        );
        let changed: Vec<&str> = d["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["region"].as_str().unwrap())
            .collect();
        for (power, v) in by_power {
            let sum = |h: &[(String, Option<String>, f64)]| -> f64 {
                h.iter()
                    .filter(|(_, p, _)| p.as_deref() == Some(power))
                    .map(|(_, _, km2)| km2)
                    .sum()
            };
            let (want_b, want_a) = (sum(&before), sum(&after));
            let (got_b, got_a) = (
                v["before_km2"].as_f64().unwrap(),
                v["after_km2"].as_f64().unwrap(),
            );
            assert!(
                (got_b - want_b).abs() < 0.01,
                "{a}: {power} {got_b} ≠ {want_b}"
            );
            assert!(
                (got_a - want_a).abs() < 0.01,
                "{b}: {power} {got_a} ≠ {want_a}"
            );
            // What changed accounts for the whole difference: the regions that changed
            // hands, and the regions under overlays that did (a held railway zone takes
            // its area from the region under it).
            let overlay_changed = changed
                .iter()
                .any(|r| r.ends_with("-zone") || *r == "dairen");
            let mut moved = 0.0;
            for ((id, pb, kb), (_, pa, ka)) in before.iter().zip(&after) {
                let term = if pa.as_deref() == Some(power) {
                    *ka
                } else {
                    0.0
                } - if pb.as_deref() == Some(power) {
                    *kb
                } else {
                    0.0
                };
                if term.abs() > 0.01 && !changed.contains(&id.as_str()) {
                    assert!(overlay_changed, "{a}→{b}: {id} moved {term} unchanged");
                    assert!((ka - kb).abs() > 0.01, "{a}→{b}: {id} held the same area");
                }
                moved += term;
            }
            assert!(
                (got_a - got_b - moved).abs() < 0.01,
                "{a}→{b}: {power} moved {moved}, totals {got_b} → {got_a}"
            );
        }
    }
}

#[test]
fn the_other_way_round_is_the_mirror_image() {
    for (a, b) in [
        ("1909", "1912"),
        ("1916", "1932"),
        ("1907-07-29", "mukden-incident"),
    ] {
        let ab = json("mirror-ab", &["diff", a, b, "--format", "json"]);
        let ba = json("mirror-ba", &["diff", b, a, "--format", "json"]);
        for side in ["from", "to"] {
            for d in [&ab, &ba] {
                assert!(d[side]["date"].is_string(), "{side} has a date: {d}");
            }
        }
        assert_eq!(ab["from"], ba["to"]);
        assert_eq!(ab["to"], ba["from"]);
        let (x, y) = (
            ab["changes"].as_array().unwrap(),
            ba["changes"].as_array().unwrap(),
        );
        assert!(!x.is_empty(), "{a}→{b} has changes");
        assert_eq!(x.len(), y.len());
        for (p, q) in x.iter().zip(y) {
            // Every field is there (a missing one reads as null, and null equals null).
            for c in [p, q] {
                let keys: Vec<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
                for k in ["region", "name", "before", "after", "area_km2", "events"] {
                    assert!(keys.contains(&k), "{a}↔{b}: a change has '{k}': {c}");
                }
                assert!(c["region"].is_string(), "{c}");
                assert!(c["area_km2"].as_f64().is_some_and(|v| v > 0.0), "{c}");
                assert!(!(c["before"].is_null() && c["after"].is_null()), "{c}");
                let events = c["events"]
                    .as_array()
                    .unwrap_or_else(|| panic!("events listed: {c}"));
                assert!(
                    !events.is_empty(),
                    "a change names the events that made it: {c}"
                );
                assert!(events.iter().all(|e| e["id"].is_string()), "{c}");
            }
            assert_eq!(p["region"], q["region"]);
            assert_eq!(p["before"], q["after"]);
            assert_eq!(p["after"], q["before"]);
            assert_eq!(p["events"], q["events"]);
            assert_eq!(p["area_km2"], q["area_km2"]);
        }
        let powers = ab["area_by_power"].as_object().unwrap();
        assert!(!powers.is_empty(), "{a}→{b}: areas by power");
        for (power, v) in powers {
            let w = &ba["area_by_power"][power];
            for side in [v, w] {
                for k in ["before_km2", "after_km2"] {
                    assert!(
                        side[k].as_f64().is_some(),
                        "{a}↔{b}: {power} has {k}: {side}"
                    );
                }
            }
            assert_eq!(v["before_km2"], w["after_km2"]);
            assert_eq!(v["after_km2"], w["before_km2"]);
        }
    }
}

#[test]
fn a_moment_compared_with_itself_has_no_changes() {
    for m in ["1905", "1912", "third-agreement", "1945-09-02"] {
        let d = json("self", &["diff", m, m, "--format", "json"]);
        assert_eq!(d["changes"], Value::Array(vec![]), "{m}");
        let text = run("self-text", &["diff", m, m]);
        assert!(text.contains("No changes."), "{text}");
    }
}

#[test]
fn events_are_cut_exactly_at_an_event_and_a_date() {
    // The day before the Third Agreement to just after it: its changes and nothing else.
    let d = json(
        "cut",
        &["diff", "1912-07-07", "third-agreement", "--format", "json"],
    );
    assert_eq!(d["from"]["event"], "barga-revolt");
    let changes = d["changes"].as_array().unwrap();
    assert!(changes.len() >= 2);
    for c in changes {
        assert_eq!(event_ids(c), ["third-agreement"], "{c}");
    }
    let none = json(
        "cut-none",
        &["diff", "third-agreement", "1912-07-08", "--format", "json"],
    );
    assert_eq!(none["changes"], Value::Array(vec![]));
}

#[test]
fn text_and_markdown_read_as_prose() {
    let text = run("prose-text", &["diff", "1909", "1912"]);
    assert!(
        text.starts_with("From 31 December 1909 (latest event: Jiandao (Gando) Convention, 4 September 1909) to 31 December 1912 (latest event: Russo-Mongolian Agreement, 3 November 1912):\n"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("  Eastern Inner Mongolia (")
                && l.contains("none → Empire of Japan, sphere of influence")
                && l.ends_with("— Third Russo-Japanese Agreement, 8 July 1912")),
        "{text}"
    );
    assert!(text.contains("\nArea held: Empire of Japan "), "{text}");
    let md = run("prose-md", &["diff", "1909", "1912", "--format", "md"]);
    assert!(md.contains(
        "| Region | Before | After | Area (km²) | Events |\n| --- | --- | --- | ---: | --- |\n"
    ));
    // A source that is a page is linked; a published text is cited as it is.
    assert!(md.contains("[Annexation of Korea](https://"), "{md}");
    assert!(md.contains("Third Russo-Japanese Agreement"), "{md}");
    let rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
        .count();
    let d = json("prose-json", &["diff", "1909", "1912", "--format", "json"]);
    assert_eq!(rows, 1 + d["changes"].as_array().unwrap().len());
    assert!(md.contains("Between 31 December 1909 and 31 December 1912, "));
    // Power names as of each date.
    let later = run("names", &["diff", "1916", "1932"]);
    assert!(later.contains("Russian Empire / Soviet Union "), "{later}");
}

#[test]
fn the_diff_map_is_written_with_its_name_and_ids() {
    let dir = Scratch::new("diff-map");
    let out = spheres(
        &dir.0,
        &["diff", "1909", "1912", "--format", "svg", "--width", "800"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(dir.files(), ["output"]);
    assert_eq!(
        files_in(&dir.path("output")),
        ["diff-1909-1912.svg", "diff-1909-1912.wikitext"]
    );
    let svg = std::fs::read_to_string(dir.path("output/diff-1909-1912.svg")).unwrap();
    assert!(svg.contains("viewBox=\"0 0 800 "));
    assert!(svg.contains("<title id=\"map-title\">"));
    assert!(svg.contains("1909 → 1912</title>"));
    assert_eq!(
        class_of(&svg, "region-east-inner-mongolia").as_deref(),
        Some("region changed gained")
    );
    assert_eq!(
        class_of(&svg, "region-west-inner-mongolia").as_deref(),
        Some("region changed gained")
    );
    assert_eq!(
        class_of(&svg, "region-korea-north").as_deref(),
        Some("region changed status-changed")
    );
    assert_eq!(
        class_of(&svg, "region-south-manchuria").as_deref(),
        Some("region unchanged japan")
    );
    for id in [
        "regions-changed",
        "regions-unchanged",
        "legend",
        "caption",
        "header",
    ] {
        assert!(svg.contains(&format!("<g id=\"{id}\">")), "layer {id}");
    }
    assert!(svg.contains("gained by Empire of Japan"));
    assert!(svg.contains("8 July 1912 — Third Russo-Japanese Agreement"));
    // The same map again, byte for byte.
    let again = spheres(
        &dir.0,
        &[
            "diff", "1909", "1912", "--format", "svg", "--width", "800", "--out", "again",
        ],
    );
    assert!(again.status.success());
    assert_eq!(
        std::fs::read(dir.path("again/diff-1909-1912.svg")).unwrap(),
        svg.as_bytes()
    );
}

#[test]
fn the_diff_map_renders_as_png() {
    let dir = Scratch::new("diff-png");
    let out = spheres(
        &dir.0,
        &[
            "diff",
            "third-agreement",
            "1932-03-01",
            "--format",
            "png",
            "--width",
            "500",
            "--scale",
            "2",
            "--out",
            "maps",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("maps")),
        [
            "diff-third-agreement-1932-03-01.png",
            "diff-third-agreement-1932-03-01.wikitext"
        ]
    );
    let png = std::fs::read(dir.path("maps/diff-third-agreement-1932-03-01.png")).unwrap();
    assert_eq!(png_size(&png).0, 1000);
}

#[test]
fn bad_moments_exit_1_and_usage_errors_exit_2() {
    let dir = Scratch::new("diff-errors");
    let out = spheres(
        &dir.0,
        &["diff", "1912", "thrid-agreement", "--format", "svg"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "no event 'thrid-agreement' in the timeline (hint: did you mean 'third-agreement'?)"
        ),
        "{}",
        stderr(&out)
    );
    let out = spheres(&dir.0, &["diff", "1912-02-30", "1912"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'1912-02-30' is not a year, a date or an event id"));
    let out = spheres(&dir.0, &["export", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    for args in [
        &["diff", "1912"][..],
        &["diff", "1909", "1912", "--format", "gif"],
        &["timeline", "--format", "xml"],
        &["export"],
    ] {
        assert_eq!(spheres(&dir.0, args).status.code(), Some(2), "{args:?}");
    }
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());
}

/// The fields of a CSV line (RFC 4180: a field with a comma or a quote is quoted, and a
/// quote inside is doubled).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let (mut quoted, mut chars) = (false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn the_timeline_csv_agrees_with_its_json() {
    let csv = run("timeline-csv", &["timeline", "--format", "csv"]);
    let v = json("timeline-json", &["timeline", "--format", "json"]);
    let events = v["events"].as_array().unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("event_id,date,region,power,status,label,changed,area_km2")
    );
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    let regions = events[0]["control"].as_object().unwrap().len();
    assert_eq!(rows.len(), events.len() * regions);
    // Events in the order they apply: dates never go back.
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    for (k, e) in events.iter().enumerate() {
        let block = &rows[k * regions..(k + 1) * regions];
        let changed: Vec<&str> = e["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["region"].as_str().unwrap())
            .collect();
        for row in block {
            assert_eq!(row[0], e["id"].as_str().unwrap());
            let control = &e["control"][row[2].as_str()];
            assert_eq!(row[3], control["power"].as_str().unwrap_or(""));
            assert_eq!(row[5], control["label"].as_str().unwrap_or(""));
            assert_eq!(
                row[6] == "true",
                changed.contains(&row[2].as_str()),
                "{row:?}"
            );
        }
        for (power, km2) in e["area_by_power"].as_object().unwrap() {
            let sum: f64 = block
                .iter()
                .filter(|r| r[3] == power.as_str())
                .map(|r| r[7].parse::<f64>().unwrap())
                .sum();
            assert!(
                (sum - km2.as_f64().unwrap()).abs() < 0.01,
                "{}: {power}",
                e["id"]
            );
        }
    }
    let third = events
        .iter()
        .find(|e| e["id"] == "third-agreement")
        .unwrap();
    assert_eq!(third["control"]["east-inner-mongolia"]["power"], "japan");
    assert_eq!(third["control"]["west-inner-mongolia"]["power"], "russia");
}

#[test]
fn export_writes_tagged_geojson() {
    let dir = Scratch::new("export");
    let out = spheres(&dir.0, &["export", "1912", "--out", "spheres-1912.geojson"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(dir.files(), ["spheres-1912.geojson"]);
    let text = std::fs::read_to_string(dir.path("spheres-1912.geojson")).unwrap();
    assert_eq!(
        text,
        run("export-stdout", &["export", "1912", "--out", "-"])
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    let find = |id: &str| features.iter().find(|f| f["id"] == id).unwrap();
    let east = &find("east-inner-mongolia")["properties"];
    assert_eq!(east["power"], "japan");
    assert_eq!(east["power_name"], "Empire of Japan");
    assert_eq!(east["status"], "sphere");
    assert_eq!(east["status_label"], "sphere of influence");
    assert_eq!(
        east["since"],
        serde_json::json!({"event": "third-agreement", "date": "1912-07-08"})
    );
    assert_eq!(east["fill"], "#c8102e");
    assert!(
        east["fill-opacity"].as_f64().unwrap()
            < find("korea-north")["properties"]["fill-opacity"]
                .as_f64()
                .unwrap()
    );
    let outer = &v["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "north-sakhalin")
        .unwrap()["properties"];
    assert_eq!(outer["power"], Value::Null);
    assert_eq!(outer["since"], Value::Null);
    for f in features {
        for key in ["fill", "fill-opacity", "stroke", "stroke-width"] {
            assert!(!f["properties"][key].is_null(), "{key} in {}", f["id"]);
        }
    }
    // Coordinates have at most 5 decimals.
    let digits = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|n| n.split_once('.'))
        .map(|(_, frac)| frac.len())
        .max()
        .unwrap();
    assert!(digits <= 5, "{digits} decimals");
    // Power names as of the date.
    let later = json("export-1932", &["export", "1932"]);
    let om = later["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "outer-mongolia")
        .unwrap();
    assert_eq!(om["properties"]["power_name"], "Soviet Union");
}
