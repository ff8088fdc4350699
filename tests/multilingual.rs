//! One SVG for every language (`render --lang all`): each text a `<switch>` of
//! `systemLanguage` variants, as Wikimedia Commons serves one file to every language
//! edition. librsvg (`rsvg-convert`, which Commons renders SVGs with) must draw each
//! language as resvg does.
//!
//! The librsvg comparison needs `rsvg-convert` (Debian `librsvg2-bin`) and the Noto CJK
//! fonts it draws Japanese, Korean and Chinese with (`fonts-noto-cjk`). Without them the
//! test says so and passes, unless `SPHERES_REQUIRE_RSVG=1` is set (CI sets it), when it
//! fails.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;
use spheres::language::Language;

/// RGBA pixels of a PNG file.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgb => buf
            .chunks(3)
            .flat_map(|c| [c[0], c[1], c[2], 255])
            .collect(),
        png::ColorType::Rgba => buf,
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    (info.width, info.height, rgba)
}

/// The mean difference of two images' colour channels, 0 to 255.
fn mean_difference(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len());
    let sum: u64 = a
        .chunks(4)
        .zip(b.chunks(4))
        .map(|(p, q)| (0..3).map(|i| u64::from(p[i].abs_diff(q[i]))).sum::<u64>())
        .sum();
    sum as f64 / (a.len() / 4 * 3) as f64
}

fn rsvg_available() -> bool {
    let rsvg = Command::new("rsvg-convert")
        .arg("--version")
        .output()
        .is_ok();
    let cjk = Command::new("fc-list")
        .arg(":lang=ja")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("Noto Sans CJK"))
        .unwrap_or(false);
    if rsvg && cjk {
        return true;
    }
    let why = "librsvg test skipped: rsvg-convert or the Noto CJK fonts are not installed";
    assert!(std::env::var_os("SPHERES_REQUIRE_RSVG").is_none(), "{why}");
    eprintln!("{why}");
    false
}

fn render_all_languages(dir: &Path) -> String {
    let out = spheres(dir, &["render", "1932", "--lang", "all", "-o", "maps"]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(dir.join("maps/1932.all.svg")).unwrap()
}

#[test]
fn one_svg_holds_every_language_and_resvg_draws_each_as_its_own_map() {
    let dir = Scratch::new("all-languages");
    let svg = render_all_languages(&dir.0);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    // Every switched text has a variant for each other language, and English last as the
    // default; the title too.
    let switches: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("switch"))
        .collect();
    assert!(switches.len() > 20, "{} switches", switches.len());
    let title = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("title"))
        .unwrap();
    let variants: Vec<Option<&str>> = title
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.attribute("systemLanguage"))
        .collect();
    assert_eq!(
        variants,
        [Some("ja"), Some("ko"), Some("ru"), Some("zh"), None],
        "{svg:.0}"
    );
    // Drawn for a reader of each language, it is that language's own map: up to the
    // antialiasing of a few glyphs (a label's lines set as one text of tspans are placed
    // by resvg to within a hundredth of a pixel of the same lines set as texts; measured
    // 0.0002 on average).
    for l in Language::ALL {
        let own = std::fs::read(dir.path(&match l {
            Language::En => "maps/1932.png".to_string(),
            other => format!("maps/1932.{}.png", other.code()),
        }))
        .unwrap();
        let (_, _, own) = decode(&own);
        let drawn = spheres::render::png::pixels_in(&svg, 1.0, l).unwrap();
        let d = mean_difference(drawn.data(), &own);
        assert!(
            d < 0.01,
            "{l}: the multilingual SVG drawn in {l} differs from the {l} map by {d} on average"
        );
    }
}

/// The largest mean channel difference between librsvg's and resvg's drawing of one
/// language (measured: see BENCHMARKS.md, "Maps in every language").
const TOLERANCE: f64 = 2.0;

#[test]
fn librsvg_draws_each_language_as_resvg_does() {
    if !rsvg_available() {
        return;
    }
    let dir = Scratch::new("all-languages-rsvg");
    let svg = render_all_languages(&dir.0);
    let resvg: Vec<(Language, Vec<u8>)> = Language::ALL
        .iter()
        .map(|&l| {
            let p = spheres::render::png::pixels_in(&svg, 1.0, l).unwrap();
            (l, p.data().to_vec())
        })
        .collect();
    for l in Language::ALL {
        let out = Command::new("rsvg-convert")
            .args(["--accept-language", l.code(), "maps/1932.all.svg"])
            .current_dir(&dir.0)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (_, _, rsvg) = decode(&out.stdout);
        let differences: Vec<(Language, f64)> = resvg
            .iter()
            .map(|(k, px)| (*k, mean_difference(&rsvg, px)))
            .collect();
        let own = differences.iter().find(|(k, _)| *k == l).unwrap().1;
        assert!(
            own <= TOLERANCE,
            "{l}: librsvg's drawing differs from resvg's by {own:.2} on average (at most {TOLERANCE}): {differences:?}"
        );
        // And it is the language asked for: nearer to its own resvg drawing than to any
        // other language's.
        for (k, d) in &differences {
            assert!(
                *k == l || own < *d,
                "{l}: librsvg's drawing is as near {k}'s ({d:.2}) as {l}'s ({own:.2})"
            );
        }
    }
}
