//! Golden files: the 1912 map as SVG (exact) and PNG (per channel, small tolerance).
//!
//! The references in tests/golden/ are regenerated only on request:
//! `SPHERES_UPDATE_GOLDEN=1 cargo test --test golden`, then look at the PNG before
//! committing it. A failing PNG comparison writes `tests/golden/<name>.diff.png`, with
//! the differing pixels in red over a faded copy of the reference.

mod common;

use common::*;
use resvg::tiny_skia::{Pixmap, PremultipliedColorU8};

fn update() -> bool {
    std::env::var_os("SPHERES_UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

fn golden(name: &str) -> std::path::PathBuf {
    root().join("tests/golden").join(name)
}

fn render_1912() -> (Vec<u8>, Vec<u8>) {
    let dir = Scratch::new("golden");
    let out = spheres(&dir.0, &["render", "1912", "--width", "800", "--out", "g"]);
    assert!(out.status.success(), "{}", stderr(&out));
    (
        std::fs::read(dir.path("g/1912.svg")).unwrap(),
        std::fs::read(dir.path("g/1912.png")).unwrap(),
    )
}

/// Largest difference allowed in one channel, out of 255.
const TOLERANCE: u8 = 6;
/// Share of pixels allowed to exceed it (anti-aliasing may differ on edges).
const MAX_SHARE: f64 = 0.001;

#[test]
fn the_1912_map_matches_its_golden_files() {
    let (svg, png) = render_1912();
    let svg_path = golden("1912-800.svg");
    let png_path = golden("1912-800.png");
    if update() {
        std::fs::create_dir_all(svg_path.parent().unwrap()).unwrap();
        std::fs::write(&svg_path, &svg).unwrap();
        std::fs::write(&png_path, &png).unwrap();
        eprintln!(
            "golden files rewritten: look at {} before committing",
            png_path.display()
        );
        return;
    }
    let want_svg =
        std::fs::read(&svg_path).expect("golden SVG exists (SPHERES_UPDATE_GOLDEN=1 makes it)");
    if svg != want_svg {
        std::fs::write(golden("1912-800.actual.svg"), &svg).unwrap();
        panic!(
            "the SVG differs from {}; the new one is in tests/golden/1912-800.actual.svg",
            svg_path.display()
        );
    }
    let want = Pixmap::decode_png(&std::fs::read(&png_path).unwrap()).unwrap();
    let got = Pixmap::decode_png(&png).unwrap();
    assert_eq!(
        (got.width(), got.height()),
        (want.width(), want.height()),
        "PNG size"
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
        diff.save_png(golden("1912-800.diff.png")).unwrap();
        panic!(
            "{bad} pixels ({:.3} %) differ by more than {TOLERANCE}; see tests/golden/1912-800.diff.png",
            share * 100.0
        );
    }
}
