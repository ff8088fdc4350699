//! `spheres init DIR`: a starter scenario that validates and renders as written, and that
//! never replaces a file.

mod common;

use common::*;

const STARTER: [&str; 4] = [
    "lines.geojson",
    "places.geojson",
    "scenario.schema.json",
    "scenario.toml",
];

#[test]
fn the_starter_validates_and_renders_as_written() {
    let dir = Scratch::new("init");
    let out = spheres_ok(&dir.0, &["init", "mine"]);
    assert_eq!(
        stdout(&out),
        "wrote 4 files to mine (a starter scenario)\n",
        "{}",
        stderr(&out)
    );
    assert_eq!(files_in(&dir.path("mine")), STARTER);
    let out = spheres_ok(&dir.0, &["validate", "--scenario", "mine", "--strict"]);
    assert!(
        stdout(&out).starts_with("ok: 3 regions, 4 events, 2 powers"),
        "{}",
        stdout(&out)
    );
    assert_eq!(stderr(&out), "", "no warning on the starter");
    let out = spheres_ok(
        &dir.0,
        &[
            "render",
            "1910",
            "--scenario",
            "mine",
            "--out",
            "maps",
            "--width",
            "800",
        ],
    );
    assert_eq!(stderr(&out), "", "no warning while rendering the starter");
    assert_eq!(
        files_in(&dir.path("maps")),
        ["1910.png", "1910.svg", "1910.wikitext", "maps.json"]
    );
    let svg = std::fs::read_to_string(dir.path("maps/1910.svg")).unwrap();
    for words in ["Northern Persia", "Tehran", "Anglo-Russian Convention"] {
        assert!(svg.contains(words), "{words} on the 1910 map");
    }
}

#[test]
fn init_replaces_no_file() {
    let dir = Scratch::new("init-twice");
    spheres_ok(&dir.0, &["init", "mine"]);
    let toml = dir.path("mine/scenario.toml");
    std::fs::write(&toml, "id = \"edited\"\n").unwrap();
    let out = spheres(&dir.0, &["init", "mine"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("mine/scenario.toml: not written: the file exists"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&toml).unwrap(), "id = \"edited\"\n");
    assert_eq!(files_in(&dir.path("mine")), STARTER);
}

#[test]
fn the_schema_is_json_schema_of_the_scenario() {
    let dir = Scratch::new("init-schema");
    spheres_ok(&dir.0, &["init", "s"]);
    let text = std::fs::read_to_string(dir.path("s/scenario.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
    let top = schema["properties"].as_object().unwrap();
    for key in [
        "id", "title", "start", "end", "map", "powers", "statuses", "events",
    ] {
        assert!(top.contains_key(key), "{key} in the schema");
    }
}
