//! Warnings: what does not stop a map but is most likely a mistake. Each is printed located
//! by every command that loads the scenario, `--quiet` or not; `validate --strict` counts
//! them as errors. A city a map has no room for is found as the maps are drawn, and said
//! once per city whatever the number of maps. (The bad-input corpus, tests/bad/, has a
//! case for each warning found at load.)

mod common;

use std::path::Path;

use common::*;

/// A copy of the corpus's base scenario in a scratch folder, with `edits` (file, from, to)
/// made to it.
fn base_with(name: &str, edits: &[(&str, &str, &str)]) -> Scratch {
    let dir = Scratch::new(name);
    copy_folder(&root().join("tests/bad/base"), &dir.0);
    for (file, from, to) in edits {
        let path = dir.path(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }
    dir
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// The lines of standard error that are warnings.
fn warnings(out: &std::process::Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| l.contains("warning: "))
        .map(str::to_string)
        .collect()
}

/// Twin towns: two rank-1 cities at one point, so that the second's dot has no room on any
/// map; and the capital where the region's name would go, drawn before it.
const TWINS: &str = r#"{"type": "Feature", "id": "capital", "properties": {"id": "capital", "kind": "city", "name": "Capital", "rank": 1}, "geometry": {"type": "Point", "coordinates": [2, 2]}},
{"type": "Feature", "id": "twin-a", "properties": {"kind": "city", "name": "Twin A", "rank": 1}, "geometry": {"type": "Point", "coordinates": [2.2, 1.0]}},
{"type": "Feature", "id": "twin-b", "properties": {"kind": "city", "name": "Twin B", "rank": 1}, "geometry": {"type": "Point", "coordinates": [2.2, 1.0]}}"#;

fn twins() -> Scratch {
    base_with(
        "warn-twins",
        &[(
            "places.geojson",
            r#"{"type": "Feature", "id": "capital", "properties": {"id": "capital", "kind": "city", "name": "Capital", "rank": 1}, "geometry": {"type": "Point", "coordinates": [2, 2]}}"#,
            TWINS,
        )],
    )
}

const TWIN_B: &str =
    "spheres: warning: ./places.geojson: feature 'twin-b' (#2): city 'Twin B' is left out of";
const RANK_1_HINT: &str = "(hint: a rank-1 city gives way only to another rank-1 city close by, the legend, the scale bar and the frame's edge: draw the map wider (--width))";

#[test]
fn a_city_left_out_of_many_maps_is_one_warning_listing_them() {
    let dir = twins();
    let out = spheres(
        &dir.0,
        &[
            "render",
            "--format",
            "svg",
            "--scenario",
            ".",
            "--out",
            "maps",
            "-q",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        warnings(&out),
        [format!(
            "{TWIN_B} 3 maps for lack of room: 1900–1902 {RANK_1_HINT}"
        )]
    );
    // The maps say the same: Twin A and the capital are drawn, Twin B is not.
    let svg = std::fs::read_to_string(dir.path("maps/1901.svg")).unwrap();
    assert!(svg.contains("id=\"city-twin-a\""));
    assert!(!svg.contains("id=\"city-twin-b\""));
    assert!(svg.contains("id=\"city-capital\""));

    let diff = spheres(
        &dir.0,
        &[
            "diff",
            "1900",
            "1902",
            "--format",
            "svg",
            "--scenario",
            ".",
            "--out",
            "maps",
        ],
    );
    assert!(diff.status.success(), "{}", stderr(&diff));
    assert_eq!(
        warnings(&diff),
        [format!(
            "{TWIN_B} 1 map for lack of room: diff-1900-1902 {RANK_1_HINT}"
        )]
    );

    let gallery = spheres(
        &dir.0,
        &["gallery", "--scenario", ".", "--out", "site", "-q"],
    );
    assert!(gallery.status.success(), "{}", stderr(&gallery));
    assert_eq!(
        warnings(&gallery),
        [format!(
            "{TWIN_B} 4 maps for lack of room: 1900–1902, diff-treaty-annexation {RANK_1_HINT}"
        )]
    );

    let animate = spheres(
        &dir.0,
        &[
            "animate",
            "--format",
            "gif",
            "--scenario",
            ".",
            "--out",
            "anim",
            "-q",
        ],
    );
    assert!(animate.status.success(), "{}", stderr(&animate));
    assert_eq!(
        warnings(&animate),
        [format!(
            "{TWIN_B} 3 maps for lack of room: 1900–1902 {RANK_1_HINT}"
        )]
    );
}

#[test]
fn a_major_city_is_drawn_where_a_region_would_have_put_its_name() {
    // The capital lies at the visual centre of the region 'north', where the region's
    // long name would go (at 200 px every place for it covers the capital); the name gives
    // way to the city, on every map and at any width.
    let dir = base_with(
        "warn-capital",
        &[(
            "regions.geojson",
            "\"name\": \"North\"",
            "\"name\": \"Northern Protectorate\"",
        )],
    );
    for width in ["200", "400", "1600"] {
        let out_dir = format!("w{width}");
        let out = spheres(
            &dir.0,
            &[
                "render",
                "--format",
                "svg",
                "--width",
                width,
                "--scenario",
                ".",
                "--out",
                &out_dir,
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(warnings(&out), Vec::<String>::new(), "at {width} px");
        for year in 1900..=1902 {
            let svg = std::fs::read_to_string(dir.path(&format!("{out_dir}/{year}.svg"))).unwrap();
            assert!(svg.contains("id=\"city-capital\""), "{year} at {width} px");
            assert!(svg.contains(">Capital</text>"), "{year} at {width} px");
        }
    }
}

#[test]
fn warnings_are_printed_by_every_command_that_loads_the_scenario_quiet_or_not() {
    let dir = base_with(
        "warn-commands",
        &[(
            "scenario.toml",
            "style = \"hatch\"",
            "style = \"hatch\"\nstlye = \"solid\"",
        )],
    );
    let warning = "spheres: warning: ./scenario.toml:23:1: unknown key 'statuses.sphere.stlye' (hint: did you mean 'style'?)";
    for args in [
        &["timeline", "--scenario", "."][..],
        &["regions", "--scenario", "."],
        &["export", "1901", "--scenario", "."],
        &["diff", "1900", "1901", "--scenario", "."],
        &["chart", "--scenario", ".", "--out", "chart", "-q"],
        &[
            "render",
            "1901",
            "--scenario",
            ".",
            "--out",
            "maps",
            "--quiet",
        ],
    ] {
        let out = spheres(&dir.0, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(warnings(&out), [warning], "{args:?}");
        assert!(
            !stdout(&out).contains("warning"),
            "{args:?}: warnings go to standard error"
        );
    }
}

#[test]
fn errors_and_warnings_are_listed_together() {
    let dir = base_with(
        "warn-and-error",
        &[
            (
                "scenario.toml",
                "color = \"#0000cc\"",
                "color = \"#0000cc\"\ncolour = \"blue\"",
            ),
            (
                "scenario.toml",
                "power = \"red\", status = \"sphere\"",
                "power = \"rde\", status = \"sphere\"",
            ),
        ],
    );
    for strict in [false, true] {
        let mut args = vec!["validate", "--scenario", "."];
        if strict {
            args.push("--strict");
        }
        let out = spheres(&dir.0, &args);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            stderr(&out).lines().collect::<Vec<_>>(),
            [
                "./scenario.toml:",
                "  warning: ./scenario.toml:19:1: unknown key 'powers.blue.colour' (hint: did you mean 'color'?)",
                "  ./scenario.toml:35:9: unknown power 'rde' (hint: did you mean 'red'?)",
                "spheres: error: 1 problem and 1 warning found in 1 file",
            ]
        );
    }
    let out = spheres(
        &dir.0,
        &["render", "1901", "--scenario", ".", "--out", "maps"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "spheres: error: 1 problem and 1 warning in the scenario:\n  \
         warning: ./scenario.toml:19:1: unknown key 'powers.blue.colour' (hint: did you mean 'color'?)\n  \
         ./scenario.toml:35:9: unknown power 'rde' (hint: did you mean 'red'?)\n"
    );
    assert!(!dir.path("maps").exists());
}

#[test]
fn a_bbox_written_south_west_north_east_is_one_warning_at_the_bbox() {
    let dir = Scratch::new("warn-bbox");
    copy_folder(&root().join("tests/scenarios/three-powers"), &dir.0);
    let path = dir.path("scenario.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let right = "bbox = [5.0, 40.0, 25.0, 52.0]";
    assert!(text.contains(right));
    std::fs::write(&path, text.replace(right, "bbox = [40.0, 5.0, 52.0, 25.0]")).unwrap();
    let out = spheres(&dir.0, &["validate", "--scenario", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        warnings(&out),
        [
            "  warning: ./scenario.toml:11:8: 5 of the 5 regions lie outside the bbox [40, 5, 52, 25], and all would lie inside it read as [south, west, north, east] (hint: bbox is [west, south, east, north] in degrees: write bbox = [5, 40, 25, 52])"
        ]
    );
    assert_eq!(
        stdout(&out),
        "ok: 5 regions, 5 events, 3 powers, 4 statuses; 1 warning\n"
    );
}
