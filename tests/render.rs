//! `spheres render` end to end, on the built-in scenario.

mod common;

use common::*;

#[test]
fn render_without_arguments_writes_every_year() {
    let dir = Scratch::new("all-years");
    let out = spheres(&dir.0, &["render", "--width", "600"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files_in(&dir.path("output"));
    for year in 1905..=1945 {
        assert!(files.contains(&format!("{year}.svg")), "{year}.svg missing");
        assert!(files.contains(&format!("{year}.png")), "{year}.png missing");
        assert!(
            files.contains(&format!("{year}.wikitext")),
            "{year}.wikitext missing"
        );
    }
    assert!(
        files.contains(&"maps.json".to_string()),
        "the manifest is written"
    );
    assert_eq!(files.len(), 124, "{files:?}");
    assert!(
        !stderr(&out).contains('█'),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn scale_two_doubles_the_png() {
    let dir = Scratch::new("scale");
    let one = spheres(
        &dir.0,
        &[
            "render", "1912", "--format", "png", "--width", "500", "--out", "a",
        ],
    );
    assert!(one.status.success(), "{}", stderr(&one));
    let two = spheres(
        &dir.0,
        &[
            "render", "1912", "--format", "png", "--width", "500", "--scale", "2", "--out", "b",
        ],
    );
    assert!(two.status.success(), "{}", stderr(&two));
    let (w1, h1) = png_size(&std::fs::read(dir.path("a/1912.png")).unwrap());
    let (w2, h2) = png_size(&std::fs::read(dir.path("b/1912.png")).unwrap());
    assert_eq!(w1, 500);
    assert_eq!((w2, h2), (2 * w1, 2 * h1));
    assert_eq!(dir.files(), ["a", "b"], "--format png writes no SVG");
    assert_eq!(
        files_in(&dir.path("a")),
        ["1912.png", "1912.wikitext", "maps.json"]
    );
}

#[test]
fn the_maps_show_the_agreements() {
    let dir = Scratch::new("history");
    let out = spheres(
        &dir.0,
        &[
            "render", "1909", "1911", "1912", "--format", "svg", "--width", "600",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = |y: &str| std::fs::read_to_string(dir.path(&format!("output/{y}.svg"))).unwrap();
    let (y1909, y1911, y1912) = (svg("1909"), svg("1911"), svg("1912"));
    assert_eq!(
        class_of(&y1912, "region-east-inner-mongolia").as_deref(),
        Some("region japan sphere")
    );
    assert_eq!(
        class_of(&y1912, "region-west-inner-mongolia").as_deref(),
        Some("region russia sphere")
    );
    assert_eq!(
        class_of(&y1909, "region-east-inner-mongolia").as_deref(),
        Some("region none")
    );
    assert_eq!(
        class_of(&y1909, "region-west-inner-mongolia").as_deref(),
        Some("region none")
    );
    assert_eq!(
        class_of(&y1911, "region-korea-north").as_deref(),
        Some("region japan annexed")
    );
    assert!(
        y1912.contains("31 December 1912 — after the Russo-Mongolian Agreement of 3 November 1912")
    );
    // The 1912 line is drawn from the Third Agreement on, not before.
    assert!(y1912.contains("id=\"line-line-1912"));
    assert!(!y1909.contains("id=\"line-line-1912"));
}

#[test]
fn events_and_dates_are_moments_too() {
    let dir = Scratch::new("moments");
    let out = spheres(
        &dir.0,
        &[
            "render",
            "third-agreement",
            "1910-08-29",
            "--format",
            "svg",
            "--width",
            "400",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("output")),
        [
            "1910-08-29.svg",
            "1910-08-29.wikitext",
            "maps.json",
            "third-agreement.svg",
            "third-agreement.wikitext"
        ]
    );
    let annexed = std::fs::read_to_string(dir.path("output/1910-08-29.svg")).unwrap();
    assert_eq!(
        class_of(&annexed, "region-korea-south").as_deref(),
        Some("region japan annexed")
    );
    let day_before = spheres(
        &dir.0,
        &["render", "1910-08-28", "--format", "svg", "--width", "400"],
    );
    assert!(day_before.status.success());
    let before = std::fs::read_to_string(dir.path("output/1910-08-28.svg")).unwrap();
    assert_eq!(
        class_of(&before, "region-korea-south").as_deref(),
        Some("region japan protectorate")
    );
}

#[test]
fn output_is_byte_identical_across_runs_and_thread_counts() {
    let dir = Scratch::new("determinism");
    for (out, jobs) in [("a", "1"), ("b", "2"), ("c", "2")] {
        let o = spheres(
            &dir.0,
            &[
                "render", "1907", "1932", "--width", "500", "--out", out, "--jobs", jobs,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for name in ["1907.svg", "1907.png", "1932.svg", "1932.png"] {
        let a = std::fs::read(dir.path(&format!("a/{name}"))).unwrap();
        let b = std::fs::read(dir.path(&format!("b/{name}"))).unwrap();
        let c = std::fs::read(dir.path(&format!("c/{name}"))).unwrap();
        assert!(a == b && b == c, "{name} differs between runs");
    }
}

#[test]
fn bad_moments_fail_and_write_nothing() {
    let dir = Scratch::new("bad-moment");
    let out = spheres(&dir.0, &["render", "1912", "thrid-agreement"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "no event 'thrid-agreement' in the timeline (hint: did you mean 'third-agreement'?)"
        ),
        "{}",
        stderr(&out)
    );
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());
    // Not a moment at all: a mistake on the command line, whatever the scenario.
    let out = spheres(&dir.0, &["render", "1912-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'1912-02-30' is not a year, a date or an event id"));
}

#[test]
fn usage_errors_exit_2() {
    let dir = Scratch::new("usage");
    assert_eq!(
        spheres(&dir.0, &["render", "--nope"]).status.code(),
        Some(2)
    );
    assert_eq!(
        spheres(&dir.0, &["render", "--format", "gif"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(spheres(&dir.0, &["frobnicate"]).status.code(), Some(2));
    assert!(dir.files().is_empty());
}

#[test]
fn unknown_themes_are_refused_with_the_list() {
    let dir = Scratch::new("theme");
    let out = spheres(&dir.0, &["render", "1912", "--theme", "neon"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("[possible values: default, wikimedia, colorblind, print]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_manifest_describes_every_file_and_keeps_earlier_runs() {
    let dir = Scratch::new("manifest");
    let first = spheres(
        &dir.0,
        &["render", "1911", "--format", "png", "--width", "400"],
    );
    assert!(first.status.success(), "{}", stderr(&first));
    let second = spheres(&dir.0, &["render", "1912", "--width", "400"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path("output/maps.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["scenario"], "japan-russia");
    let maps = manifest["maps"].as_array().unwrap();
    let files: Vec<&str> = maps.iter().map(|m| m["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["1911.png", "1912.png", "1912.svg"]);
    let m1912 = &maps[1];
    assert_eq!(m1912["date"], "1912-12-31");
    assert_eq!(m1912["event"], "russo-mongolian-agreement");
    assert_eq!(m1912["width"], 400);
    assert!(
        m1912["caption"].as_str().unwrap().ends_with(
            "31 December 1912 — after the Russo-Mongolian Agreement of 3 November 1912."
        )
    );
    let alt = m1912["alt"].as_str().unwrap();
    assert!(alt.contains("Eastern Inner Mongolia"), "{alt}");
    assert!(alt.contains("Korea (as Chōsen)"), "{alt}");
    let sources: Vec<&str> = m1912["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["event"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"third-agreement") && sources.contains(&"korea-annexation"),
        "{sources:?}"
    );
    let html = m1912["html"].as_str().unwrap();
    assert!(
        html.starts_with("<figure class=\"spheres-map\">") && html.contains("src=\"1912.png\"")
    );
    // The SVG's <desc> is the same alt text.
    let svg = std::fs::read_to_string(dir.path("output/1912.svg")).unwrap();
    assert!(svg.contains(&format!(
        "<desc id=\"map-desc\">{}</desc>",
        alt.replace('\'', "&apos;")
    )));
}

#[test]
fn a_scale_bar_is_drawn_where_the_scale_varies_little_unless_left_out() {
    // The built-in conic frame varies by about 5 % across, the three-powers azimuthal
    // one by under 1 %: both carry a bar, true along the parallel it names.
    let dir = Scratch::new("scale-bar");
    let three = root().join("tests/scenarios/three-powers");
    let three = three.to_string_lossy();
    let runs: [(&str, Vec<&str>, Option<&str>); 3] = [
        ("on", vec![], Some("Scale along 45°N")),
        ("off", vec!["--no-scale-bar"], None),
        (
            "three",
            vec!["--scenario", &three],
            Some("Scale along 46°N"),
        ),
    ];
    for (out, extra, title) in runs {
        let mut args = vec!["render", "1902", "--format", "svg", "--out", out];
        if out != "three" {
            args[1] = "1912";
        }
        args.extend(extra);
        spheres_ok(&dir.0, &args);
        let name = if out == "three" {
            "1902.svg"
        } else {
            "1912.svg"
        };
        let text = std::fs::read_to_string(dir.path(out).join(name)).unwrap();
        match title {
            Some(t) => {
                assert!(text.contains(&format!(">{t}</text>")), "{out}: no '{t}'");
                assert!(
                    text.contains(" km</text>"),
                    "{out}: the bar counts kilometres"
                );
            }
            None => assert!(
                text.contains("<g id=\"scale-bar\"/>") && !text.contains("Scale along"),
                "{out}: the bar is left out"
            ),
        }
    }
    let gif = spheres(
        &dir.0,
        &[
            "animate",
            "--from",
            "1912",
            "--to",
            "1913",
            "--format",
            "gif",
            "--width",
            "400",
            "--no-scale-bar",
            "--out",
            "anim",
        ],
    );
    assert!(gif.status.success(), "{}", stderr(&gif));
}
