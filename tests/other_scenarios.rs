//! Scenarios other than the built-in one render correctly: nothing of its history is
//! hard-coded. tests/scenarios/three-powers is synthetic: three fictional powers, four
//! statuses the built-in scenario does not have, a Lambert azimuthal equal-area projection,
//! a region with a hole, a multipolygon region and events written out of date order.

mod common;

use common::*;

const SCENARIO: &str = "tests/scenarios/three-powers";

fn render(dir: &Scratch, years: &[&str], format: &str) -> std::process::Output {
    let out = dir.path("maps").to_string_lossy().into_owned();
    let mut args = vec!["render"];
    args.extend_from_slice(years);
    args.extend_from_slice(&["--format", format, "--scenario", SCENARIO, "--out", &out]);
    spheres(&root(), &args)
}

#[test]
fn three_powers_render_with_their_own_powers_and_statuses() {
    let dir = Scratch::new("three-powers");
    let out = render(
        &dir,
        &["1899", "1900", "1901", "1902", "1903", "1905"],
        "svg",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = |y: &str| std::fs::read_to_string(dir.path(&format!("maps/{y}.svg"))).unwrap();
    let class = |y: &str, region: &str| class_of(&svg(y), &format!("region-{region}"));

    // Before any event nothing is held.
    for r in [
        "west-march",
        "east-march",
        "south-coast",
        "lake-country",
        "isles",
    ] {
        assert_eq!(
            class("1899", r).as_deref(),
            Some("region none"),
            "{r} in 1899"
        );
    }
    let expect = [
        ("1900", "west-march", "region aurelia mandate"),
        ("1900", "east-march", "region borealis mandate"),
        ("1900", "south-coast", "region none"),
        ("1901", "south-coast", "region aurelia trade-zone"),
        ("1901", "lake-country", "region cyrenia claim"),
        // The condominium act is written after the island cession but dated before it.
        ("1902", "lake-country", "region borealis condominium"),
        ("1902", "isles", "region none"),
        ("1903", "isles", "region cyrenia mandate"),
        ("1905", "east-march", "region none"),
        ("1905", "west-march", "region cyrenia claim"),
        ("1905", "lake-country", "region borealis condominium"),
    ];
    for (year, region, want) in expect {
        assert_eq!(
            class(year, region).as_deref(),
            Some(want),
            "{region} in {year}"
        );
    }

    // The legend names the third power and the statuses in use.
    let y1903 = svg("1903");
    for words in [
        "Aurelia",
        "Borealis",
        "Cyrenia",
        "mandate",
        "condominium",
        "trade zone",
    ] {
        assert!(
            y1903.contains(&format!(">{words}<")),
            "legend lacks {words}"
        );
    }
    assert!(
        y1903.contains("Cyrenian Isles"),
        "the period label of the isles"
    );
    // A power's later name from its date on.
    assert!(svg("1905").contains("Borealian Union"));
    assert!(!svg("1903").contains("Borealian Union"));
    // The treaty line is drawn from its event until the withdrawal.
    assert!(!svg("1901").contains("id=\"line-act-line\""));
    assert!(svg("1902").contains("id=\"line-act-line\""));
    assert!(!svg("1905").contains("id=\"line-act-line\""));
    assert!(y1903.contains("Three fictional powers (synthetic test scenario)"));

    // Nothing of the built-in scenario leaks in.
    for year in ["1899", "1900", "1901", "1902", "1903", "1905"] {
        let text = svg(year);
        for word in [
            "Japan",
            "japan",
            "Russia",
            "russia",
            "Manchuria",
            "Korea",
            "Mongolia",
            "Karafuto",
            "Portsmouth",
            "sphere",
        ] {
            assert!(!text.contains(word), "{year}.svg mentions {word}");
        }
    }
}

#[test]
fn three_powers_render_to_png_too() {
    let dir = Scratch::new("three-powers-png");
    let out = render(&dir, &["1903"], "both");
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files_in(&dir.path("maps"));
    assert!(
        files.starts_with(&["1903.png".to_string(), "1903.svg".to_string()]),
        "{files:?}"
    );
    let (w, h) = png_size(&std::fs::read(dir.path("maps/1903.png")).unwrap());
    assert_eq!(w, 900, "the scenario's width");
    assert!((500..1200).contains(&h), "{h}");
}

#[test]
fn three_powers_validate_cleanly() {
    let out = spheres(&root(), &["validate", "--scenario", SCENARIO]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "ok: 5 regions, 5 events, 3 powers, 4 statuses; no problems found\n"
    );
}
