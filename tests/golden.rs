//! Golden files: maps as SVG (exact) and PNG (per channel, small tolerance).
//!
//! The references in tests/golden/ are regenerated only on request:
//! `SPHERES_UPDATE_GOLDEN=1 cargo test --test golden`, then look at every PNG before
//! committing it. A failing PNG comparison writes `tests/golden/<name>.diff.png`, with
//! the differing pixels in red over a faded copy of the reference; a failing SVG
//! comparison writes the new file beside the reference as `<name>.actual.svg`.
//!
//! They cover the year map with a legend box (1912 at 800 px is narrow, so it has the
//! legend band; 1600 px is covered by the default run's checks), the legend band at 600 px,
//! the 1932 map in every theme, the diff map, the chart and a frame of an animation.

mod common;

use common::svg;
use common::*;
use resvg::tiny_skia::{Pixmap, PremultipliedColorU8};

fn update() -> bool {
    std::env::var_os("SPHERES_UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

fn golden(name: &str) -> std::path::PathBuf {
    root().join("tests/golden").join(name)
}

/// Runs `spheres` in a scratch folder of its own (named after the arguments, so tests
/// running at once never share one) and returns the files it wrote, by name.
fn run(args: &[&str], files: &[&str]) -> Vec<Vec<u8>> {
    let dir = Scratch::new(&format!("golden-{}", args.join("-").replace('/', "_")));
    let out = spheres(&dir.0, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    files
        .iter()
        .map(|f| std::fs::read(dir.path(f)).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect()
}

/// Largest difference allowed in one channel, out of 255.
const TOLERANCE: u8 = 6;
/// Share of pixels allowed to exceed it (anti-aliasing may differ on edges). It must be
/// well under the share of the map's smallest region, or a region painted wrong would pass:
/// Kwantung covers about 64 px of the 800 × 651 px map (0.012 %), the Kurils 174 px; this
/// allows 26 px there, and the same share at any size since areas scale with the map
/// (checked by `the_tolerance_is_smaller_than_the_smallest_region`).
const MAX_SHARE: f64 = 0.00005;

/// Compares an SVG with `tests/golden/<name>.svg`, byte for byte.
fn same_svg(name: &str, svg: &[u8]) {
    let path = golden(&format!("{name}.svg"));
    if update() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, svg).unwrap();
        eprintln!("golden file rewritten: {}", path.display());
        return;
    }
    let want = std::fs::read(&path).unwrap_or_else(|_| {
        panic!(
            "{} exists (SPHERES_UPDATE_GOLDEN=1 makes it)",
            path.display()
        )
    });
    if svg != want {
        let actual = golden(&format!("{name}.actual.svg"));
        std::fs::write(&actual, svg).unwrap();
        panic!(
            "the SVG differs from {}; the new one is in {}",
            path.display(),
            actual.display()
        );
    }
}

/// Compares a PNG with `tests/golden/<name>.png`, per channel within [`TOLERANCE`].
fn same_png(name: &str, png: &[u8]) {
    let path = golden(&format!("{name}.png"));
    if update() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, png).unwrap();
        eprintln!(
            "golden file rewritten: look at {} before committing",
            path.display()
        );
        return;
    }
    let want = Pixmap::decode_png(&std::fs::read(&path).unwrap_or_else(|_| {
        panic!(
            "{} exists (SPHERES_UPDATE_GOLDEN=1 makes it)",
            path.display()
        )
    }))
    .unwrap();
    let got = Pixmap::decode_png(png).unwrap();
    assert_eq!(
        (got.width(), got.height()),
        (want.width(), want.height()),
        "{name}: PNG size"
    );
    let mut diff = want.clone();
    let mut bad = 0usize;
    for (i, (a, b)) in got.pixels().iter().zip(want.pixels()).enumerate() {
        let d = [
            a.red().abs_diff(b.red()),
            a.green().abs_diff(b.green()),
            a.blue().abs_diff(b.blue()),
            a.alpha().abs_diff(b.alpha()),
        ];
        let over = d.iter().any(|&c| c > TOLERANCE);
        let faded = |c: u8| 200 + c / 5;
        diff.pixels_mut()[i] = if over {
            bad += 1;
            PremultipliedColorU8::from_rgba(255, 0, 0, 255).unwrap()
        } else {
            PremultipliedColorU8::from_rgba(faded(b.red()), faded(b.green()), faded(b.blue()), 255)
                .unwrap()
        };
    }
    let share = bad as f64 / got.pixels().len() as f64;
    if share > MAX_SHARE {
        let out = golden(&format!("{name}.diff.png"));
        diff.save_png(&out).unwrap();
        panic!(
            "{name}: {bad} pixels ({:.3} %) differ by more than {TOLERANCE}; see {}",
            share * 100.0,
            out.display()
        );
    }
}

#[test]
fn the_1912_map_matches_its_golden_files() {
    let f = run(
        &["render", "1912", "--width", "800", "--out", "g"],
        &["g/1912.svg", "g/1912.png"],
    );
    same_svg("1912-800", &f[0]);
    same_png("1912-800", &f[1]);
}

#[test]
fn a_600_px_map_with_its_legend_band_matches_its_golden_files() {
    let f = run(
        &["render", "1912", "--width", "600", "--out", "g"],
        &["g/1912.svg", "g/1912.png"],
    );
    same_svg("1912-600", &f[0]);
    same_png("1912-600", &f[1]);
}

#[test]
fn the_1932_map_in_every_theme_matches_its_golden_files() {
    for theme in ["default", "wikimedia", "colorblind", "print"] {
        let f = run(
            &[
                "render", "1932", "--width", "800", "--theme", theme, "--out", theme,
            ],
            &[&format!("{theme}/1932.svg"), &format!("{theme}/1932.png")],
        );
        same_svg(&format!("1932-800-{theme}"), &f[0]);
        same_png(&format!("1932-800-{theme}"), &f[1]);
    }
}

#[test]
fn the_diff_map_1909_1912_matches_its_golden_files() {
    let svg = run(
        &[
            "diff", "1909", "1912", "--format", "svg", "--width", "800", "--out", "g",
        ],
        &["g/diff-1909-1912.svg"],
    );
    let png = run(
        &[
            "diff", "1909", "1912", "--format", "png", "--width", "800", "--out", "g",
        ],
        &["g/diff-1909-1912.png"],
    );
    same_svg("diff-1909-1912-800", &svg[0]);
    same_png("diff-1909-1912-800", &png[0]);
}

#[test]
fn the_chart_matches_its_golden_file() {
    let f = run(&["chart", "--out", "g"], &["g/chart.svg"]);
    same_svg("chart", &f[0]);
}

/// The first frame of a three-frame APNG: the date stamp's place depends on every frame.
#[test]
fn an_animation_frame_matches_its_golden_file() {
    let f = run(
        &[
            "animate", "1910", "1912", "1932", "--format", "apng", "--width", "500", "--out", "g",
        ],
        &["g/animation.png"],
    );
    same_png("animation-frame-1910-500", &f[0]);
}

/// The PNG tolerance lets through fewer pixels than the smallest region covers, in each
/// golden map (areas measured from the region paths of the golden SVGs).
#[test]
fn the_tolerance_is_smaller_than_the_smallest_region() {
    for name in [
        "1912-800",
        "1912-600",
        "1932-800-default",
        "diff-1909-1912-800",
    ] {
        let text = std::fs::read_to_string(golden(&format!("{name}.svg"))).unwrap();
        let doc = svg::parse(&text);
        let root = doc.root_element();
        let size = |a: &str| root.attribute(a).unwrap().parse::<f64>().unwrap();
        let pixels = size("width") * size("height");
        // An overlay (a railway zone a few metres wide) is seen by its casing, a band
        // pixels wide along its whole outline: thousands of pixels, not its own area.
        let (id, smallest) = svg::regions(&doc)
            .iter()
            .filter(|r| !r.classes.iter().any(|c| c == "overlay"))
            .map(|r| (r.id.clone(), svg::area(&r.d)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap();
        let allowed = MAX_SHARE * pixels;
        eprintln!("{name}: smallest region {id}, {smallest:.0} px; {allowed:.0} px allowed");
        assert!(
            allowed < smallest / 2.0,
            "{name}: {allowed:.0} px may differ, more than half of {id} ({smallest:.0} px)"
        );
    }
}
