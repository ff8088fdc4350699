//! `spheres regions`: the regions and their geodesic areas, as text and JSON.

mod common;

use common::*;

#[test]
fn regions_json_lists_ids_names_areas_and_certainty() {
    let dir = Scratch::new("regions-json");
    let out = spheres(&dir.0, &["regions", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = rows.as_array().unwrap();
    let half = |id: &str| rows.iter().find(|r| r["id"] == id).expect("listed");
    let korea = half("korea-north");
    assert_eq!(korea["name"], "Korea north of the 38th parallel");
    let area =
        korea["area_km2"].as_f64().unwrap() + half("korea-south")["area_km2"].as_f64().unwrap();
    assert!(
        (220_847.0 * 0.95..220_847.0 * 1.05).contains(&area),
        "{area}"
    );
    assert!(["high", "medium", "low"].contains(&korea["certainty"].as_str().unwrap()));
    for r in rows {
        let mut keys: Vec<&String> = r.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(
            keys,
            ["area_km2", "certainty", "id", "name"],
            "exactly the contract's keys"
        );
    }
    // The keys come in the contract's order: id, name, area_km2, certainty.
    let (i, n, a, c) = (
        text.find("\"id\"").unwrap(),
        text.find("\"name\"").unwrap(),
        text.find("\"area_km2\"").unwrap(),
        text.find("\"certainty\"").unwrap(),
    );
    assert!(i < n && n < a && a < c);
}

#[test]
fn regions_text_is_a_table_with_a_total() {
    let dir = Scratch::new("regions-text");
    let out = spheres(&dir.0, &["regions"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("id") && first.contains("area km²") && first.ends_with("certainty"),
        "{first}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("kwantung ") && l.contains("Kwantung"))
    );
    assert!(text.lines().last().unwrap().contains("total"));
}
