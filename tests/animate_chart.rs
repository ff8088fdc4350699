//! `spheres animate` and `spheres chart` end to end, on the built-in scenario.

mod common;

use std::fs::File;
use std::path::Path;

use common::*;
use geo::{BoundingRect, Contains, Coord};
use spheres::scene::{Options, Prepared, Theme};

/// Frames of an animated GIF, each composited over the ones before (as a viewer shows
/// them), as RGBA; and the canvas size.
fn gif_frames(path: &Path) -> (u32, u32, Vec<Vec<u8>>, Vec<u16>) {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(File::open(path).unwrap()).unwrap();
    let (w, h) = (usize::from(decoder.width()), usize::from(decoder.height()));
    let mut canvas = vec![0u8; w * h * 4];
    let mut frames = Vec::new();
    let mut delays = Vec::new();
    while let Some(f) = decoder.read_next_frame().unwrap() {
        let (fw, left, top) = (
            usize::from(f.width),
            usize::from(f.left),
            usize::from(f.top),
        );
        for (i, px) in f.buffer.chunks_exact(4).enumerate() {
            if px[3] > 0 {
                let at = ((top + i / fw) * w + left + i % fw) * 4;
                canvas[at..at + 4].copy_from_slice(px);
            }
        }
        frames.push(canvas.clone());
        delays.push(f.delay);
    }
    (w as u32, h as u32, frames, delays)
}

/// Frames of an APNG, each blended over the ones before, as RGBA.
fn apng_frames(path: &Path) -> Vec<Vec<u8>> {
    let decoder = png::Decoder::new(std::io::BufReader::new(File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let (w, h) = (reader.info().width as usize, reader.info().height as usize);
    let n = reader.info().animation_control.unwrap().num_frames;
    let mut canvas = vec![0u8; w * h * 4];
    let mut buf = vec![0u8; reader.output_buffer_size().unwrap()];
    let mut frames = Vec::new();
    for _ in 0..n {
        reader.next_frame(&mut buf).unwrap();
        let fc = reader.info().frame_control.unwrap();
        let (fw, fh) = (fc.width as usize, fc.height as usize);
        for y in 0..fh {
            for x in 0..fw {
                let s = (y * fw + x) * 4;
                let t = ((y + fc.y_offset as usize) * w + x + fc.x_offset as usize) * 4;
                if buf[s + 3] == 255 || fc.blend_op == png::BlendOp::Source {
                    canvas[t..t + 4].copy_from_slice(&buf[s..s + 4]);
                } else {
                    assert_eq!(buf[s + 3], 0, "delta frames are opaque or transparent");
                }
            }
        }
        frames.push(canvas.clone());
    }
    frames
}

/// The chunks of a PNG file: type and data.
fn chunks(bytes: &[u8]) -> Vec<([u8; 4], &[u8])> {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let mut out = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = bytes[at + 4..at + 8].try_into().unwrap();
        out.push((kind, &bytes[at + 8..at + 8 + len]));
        at += 12 + len;
    }
    out
}

/// The fraction of the pixels inside Korea (on a map `width` px wide) that are red.
fn korea_red_share(frame: &[u8], width: f64) -> f64 {
    let scenario = spheres::load::built_in().unwrap();
    let prepared = Prepared::new(
        &scenario,
        &Options {
            width,
            theme: Theme::default(),
            ..Options::default()
        },
    )
    .unwrap();
    let w = prepared.size().0.round() as usize;
    let korea = &prepared.region_shapes()[scenario.region_index("korea-south").unwrap()];
    let b = korea.bounding_rect().unwrap();
    let (mut inside, mut red) = (0, 0);
    for y in b.min().y.floor() as usize..b.max().y.ceil() as usize {
        for x in b.min().x.floor() as usize..b.max().x.ceil() as usize {
            let centre = Coord {
                x: x as f64 + 0.5,
                y: y as f64 + 0.5,
            };
            if !korea.contains(&centre) {
                continue;
            }
            inside += 1;
            let p = &frame[(y * w + x) * 4..];
            let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
            if r > g + 60 && r > b + 40 {
                red += 1;
            }
        }
    }
    assert!(inside > 100, "Korea covers {inside} pixels");
    red as f64 / inside as f64
}

#[test]
fn animate_writes_a_gif_and_an_apng_with_one_frame_per_year() {
    let dir = Scratch::new("animate-years");
    let out = spheres(
        &dir.0,
        &[
            "animate", "--from", "1910", "--to", "1912", "--width", "400",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path("output")),
        ["animation.gif", "animation.png"]
    );
    let scenario = spheres::load::built_in().unwrap();
    let prepared = Prepared::new(
        &scenario,
        &Options {
            width: 400.0,
            theme: Theme::default(),
            ..Options::default()
        },
    )
    .unwrap();
    let (pw, ph) = prepared.size();
    let (pw, ph) = (pw.round() as u32, ph.round() as u32);

    let (w, h, frames, delays) = gif_frames(&dir.path("output/animation.gif"));
    assert_eq!((w, h), (pw, ph), "the GIF has the maps' size");
    assert_eq!(frames.len(), 3, "one frame per year");
    assert_eq!(
        delays,
        [90, 90, 270],
        "900 ms a frame, the last held longer"
    );

    let apng = std::fs::read(dir.path("output/animation.png")).unwrap();
    assert_eq!(png_size(&apng), (pw, ph));
    let chunks = chunks(&apng);
    let actl = chunks
        .iter()
        .find(|(k, _)| k == b"acTL")
        .expect("an acTL chunk");
    assert_eq!(
        u32::from_be_bytes(actl.1[0..4].try_into().unwrap()),
        3,
        "num_frames"
    );
    assert_eq!(
        u32::from_be_bytes(actl.1[4..8].try_into().unwrap()),
        0,
        "loops forever"
    );
    let idat = chunks.iter().position(|(k, _)| k == b"IDAT").unwrap();
    let actl_at = chunks.iter().position(|(k, _)| k == b"acTL").unwrap();
    assert!(actl_at < idat, "acTL comes before the image data");
    assert_eq!(
        chunks.iter().filter(|(k, _)| k == b"fcTL").count(),
        3,
        "a frame control per frame"
    );
}

#[test]
fn frames_show_who_holds_korea() {
    let dir = Scratch::new("animate-korea");
    // 1904: before the Treaty of Portsmouth; 1911: Korea annexed by Japan.
    let out = spheres(&dir.0, &["animate", "1904", "1911", "--width", "400"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, _, frames, _) = gif_frames(&dir.path("output/animation.gif"));
    assert_eq!(frames.len(), 2);
    let before = korea_red_share(&frames[0], 400.0);
    let annexed = korea_red_share(&frames[1], 400.0);
    assert!(before < 0.05, "Korea is not red in 1904: {before}");
    assert!(annexed > 0.6, "Korea is Japan's red in 1911: {annexed}");
    let apng = apng_frames(&dir.path("output/animation.png"));
    assert_eq!(apng.len(), 2);
    assert!(korea_red_share(&apng[0], 400.0) < 0.05);
    assert!(korea_red_share(&apng[1], 400.0) > 0.6);
    // The APNG keeps full colour; the GIF's palette stays close to it.
    let close = frames[1]
        .chunks_exact(4)
        .zip(apng[1].chunks_exact(4))
        .filter(|(g, p)| (0..3).all(|c| (i32::from(g[c]) - i32::from(p[c])).abs() <= 24))
        .count();
    assert!(
        close as f64 > 0.98 * (frames[1].len() / 4) as f64,
        "GIF colours are near the true ones: {close}"
    );
}

#[test]
fn by_event_makes_a_frame_after_each_change_of_control() {
    let dir = Scratch::new("animate-events");
    // 1910–1912: the Second Agreement changes nothing on the map; the annexation of
    // Korea, Mongolian independence, the Bogd Khan's enthronement, Barga's union with
    // the Bogd Khanate, the Third Agreement and the Russo-Mongolian Agreement do.
    let out = spheres(
        &dir.0,
        &[
            "animate", "--by", "event", "--from", "1910", "--to", "1912", "--width", "400",
            "--format", "gif", "--delay", "500",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files_in(&dir.path("output")), ["animation.gif"]);
    let (_, _, frames, delays) = gif_frames(&dir.path("output/animation.gif"));
    assert_eq!(frames.len(), 6);
    assert_eq!(delays, [50, 50, 50, 50, 50, 150]);
}

#[test]
fn animations_are_byte_identical_across_runs_and_thread_counts() {
    let dir = Scratch::new("animate-determinism");
    for (out, jobs) in [("a", "1"), ("b", "2"), ("c", "2")] {
        let o = spheres(
            &dir.0,
            &[
                "animate", "1907", "1932", "--width", "300", "--out", out, "--jobs", jobs,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for name in ["animation.gif", "animation.png"] {
        let a = std::fs::read(dir.path(&format!("a/{name}"))).unwrap();
        let b = std::fs::read(dir.path(&format!("b/{name}"))).unwrap();
        let c = std::fs::read(dir.path(&format!("c/{name}"))).unwrap();
        assert!(a == b && b == c, "{name} differs between runs");
    }
}

#[test]
fn bad_animations_fail_and_write_nothing() {
    let dir = Scratch::new("animate-bad");
    let o = spheres(&dir.0, &["animate", "1912", "thrid-agreement"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean 'third-agreement'"),
        "{}",
        stderr(&o)
    );
    // A backwards range is a mistake on the command line: exit code 2, as for a runaway one.
    let o = spheres(&dir.0, &["animate", "--from", "1912", "--to", "1910"]);
    assert_eq!(o.status.code(), Some(2));
    let o = spheres(
        &dir.0,
        &["animate", "--by", "event", "--from", "1800", "--to", "1801"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nothing to animate"), "{}", stderr(&o));
    let o = spheres(&dir.0, &["animate", "--format", "webp"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(dir.files().is_empty(), "{:?}", dir.files());
}

#[test]
fn chart_draws_the_powers_areas_as_svg_and_png() {
    let dir = Scratch::new("chart");
    let out = spheres(
        &dir.0,
        &["chart", "--width", "900", "--height", "1800", "--out", "c"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files_in(&dir.path("c")), ["chart.png", "chart.svg"]);
    let svg = std::fs::read_to_string(dir.path("c/chart.svg")).unwrap();
    let png = std::fs::read(dir.path("c/chart.png")).unwrap();
    assert_eq!(png_size(&png), (900, 1800));
    assert!(svg.contains("viewBox=\"0 0 900 1800\""));
    for words in [
        "Empire of Japan",
        "Russian Empire",
        "Soviet Union from 1922",
        "Area (million km²)",
        "sphere of influence",
        "annexed territory",
        "Third Russo-Japanese Agreement",
        "<title id=\"chart-title\">Area held by each power, 1905–1945</title>",
    ] {
        assert!(svg.contains(words), "the chart says {words:?}");
    }
    assert!(
        svg.contains("<desc id=\"chart-desc\">") && svg.contains("a peak of"),
        "the chart has alt text"
    );
    // The embedded font is named first, with a generic fallback; no bare system font.
    assert!(svg.contains("font-family=\"&apos;DejaVu Sans&apos;"));
    assert!(!svg.contains("font-family=\"sans-serif\""));
    // Statuses keep the maps' patterns, and the powers' colours.
    assert!(svg.contains("<pattern id=\"chart-pattern-0\""));
    assert!(svg.contains("fill=\"url(#chart-pattern-0)\""));
    assert!(svg.contains("#C8102E") && svg.contains("#1F4E9C"));

    // Themes change the powers' colours; the height fits the chart when not given.
    let out = spheres(
        &dir.0,
        &[
            "chart", "--width", "700", "--theme", "print", "--out", "p", "--from", "1930", "--to",
            "1940",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path("p/chart.svg")).unwrap();
    assert!(!svg.contains("#C8102E"), "print is grey");
    assert!(svg.contains("1930–1940"));
    let (w, h) = png_size(&std::fs::read(dir.path("p/chart.png")).unwrap());
    assert_eq!(w, 700);
    assert!(svg.contains(&format!("viewBox=\"0 0 700 {h}\"")));
}

#[test]
fn charts_too_small_for_their_content_say_what_fits() {
    let dir = Scratch::new("chart-small");
    let out = spheres(&dir.0, &["chart", "--height", "300"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("hint: use --height"),
        "{}",
        stderr(&out)
    );
    assert!(dir.files().is_empty());
}
