//! Inputs found by (or written for) the fuzz targets: none may make the program panic.
//! Each goes through the same in-memory loader and drawing as `fuzz/fuzz_targets/*`.

use std::path::Path;

use spheres::load::{self, Texts};
use spheres::{render, scene, timeline};

const BASE: &str = "tests/scenarios/three-powers";
const FILES: [&str; 5] = [
    "scenario.toml",
    "regions.geojson",
    "basemap.geojson",
    "lines.geojson",
    "places.geojson",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The three-powers scenario with `name` replaced by `contents`.
fn texts_with(name: &str, contents: Vec<u8>) -> Texts {
    FILES.iter().fold(Texts::new(), |t, file| {
        if *file == name {
            t.with(*file, contents.clone())
        } else {
            t.with(*file, std::fs::read(root().join(BASE).join(file)).unwrap())
        }
    })
}

/// What the fuzz targets do with their input: load, and if it loads, draw a few years.
fn run(texts: &Texts) -> Result<(), String> {
    let scenario = load::load(texts).map_err(|e| e.to_string())?;
    let options = scene::Options {
        width: 200.0,
        ..scene::Options::default()
    };
    let prepared = scene::Prepared::new(&scenario, &options).map_err(|e| e.to_string())?;
    let years = scenario.start..=scenario.end.min(scenario.start.saturating_add(3));
    for year in years {
        let state = timeline::resolve(&scenario, &timeline::Moment::Year(year))
            .map_err(|e| e.to_string())?;
        let map = scene::build(&scenario, &prepared, &state);
        let _ = render::svg::write(&map);
    }
    Ok(())
}

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("tests/fuzz_regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn scenario_files_that_once_crashed_do_not() {
    let cases = inputs("scenario_toml");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        // Loading may fail, with a message; it must not panic.
        let result = run(&texts_with("scenario.toml", bytes));
        eprintln!("{name}: {result:?}");
    }
}

#[test]
fn geojson_files_that_once_crashed_do_not() {
    let cases = inputs("geojson_features");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        let file = name.split('-').next().unwrap_or_default();
        assert!(
            ["regions", "basemap", "lines", "places"].contains(&file),
            "{name}: name it after the file it replaces"
        );
        let result = run(&texts_with(&format!("{file}.geojson"), bytes));
        eprintln!("{name}: {result:?}");
    }
}

#[test]
fn the_short_positions_are_reported_where_they_are() {
    let bytes =
        std::fs::read(root().join(
            "tests/fuzz_regressions/geojson_features/regions-position-with-one-number.geojson",
        ))
        .unwrap();
    let err = run(&texts_with("regions.geojson", bytes)).unwrap_err();
    assert!(
        err.contains("regions.geojson: feature 'west-march' (#0): polygon 0, ring 0, position 0 has 1 number; a position is [longitude, latitude]"),
        "{err}"
    );
}
