//! One benchmark per stage of the pipeline, on the built-in scenario at 1600 px:
//! load → resolve → project (prepare) → build the scene → write SVG → rasterise → encode PNG,
//! the whole batch of the default run (every year, SVG and PNG) in one process, and the
//! deflate back ends and levels that PNG encoding was chosen from.
//!
//! Run with `cargo bench --bench pipeline`; whole-process timings against the peer tools
//! are made by `tools/bench/run.py` and recorded in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use rayon::prelude::*;
use spheres::model::Scenario;
use spheres::render::{png, svg};
use spheres::scene::{self, Options, Prepared};
use spheres::timeline::{self, Moment, State};

fn stages(c: &mut Criterion) {
    let scenario = spheres::load::built_in().expect("the built-in scenario loads");
    let options = Options::default();
    let state = timeline::resolve(&scenario, &Moment::Year(1912)).unwrap();
    let prepared = Prepared::new(&scenario, &options).unwrap();
    let map = scene::build(&scenario, &prepared, &state);
    let text = svg::write(&map);
    let pixmap = png::pixels(&text, 1.0).unwrap();

    let mut g = c.benchmark_group("stage");
    g.sample_size(20);
    g.bench_function("load", |b| b.iter(|| spheres::load::built_in().unwrap()));
    g.bench_function("resolve", |b| {
        b.iter(|| timeline::resolve(black_box(&scenario), &Moment::Year(1912)).unwrap())
    });
    g.bench_function("project", |b| {
        b.iter(|| Prepared::new(black_box(&scenario), &options).unwrap())
    });
    g.bench_function("scene", |b| {
        b.iter(|| scene::build(black_box(&scenario), &prepared, &state))
    });
    g.bench_function("svg", |b| b.iter(|| svg::write(black_box(&map))));
    // The whole SVG in one pass, as for a single map.
    g.bench_function("rasterise", |b| {
        b.iter(|| png::pixels(black_box(&text), 1.0).unwrap())
    });
    // In a batch: the shared layers and the middle of this map already drawn (the map of
    // the year before has the same holdings), only the dated top layers drawn.
    let raster = png::Rasterizer::new(1.0);
    let year_before = timeline::resolve(&scenario, &Moment::Year(1913)).unwrap();
    raster
        .pixels(&scene::build(&scenario, &prepared, &year_before))
        .unwrap();
    g.bench_function("rasterise-in-batch", |b| {
        b.iter(|| raster.pixels(black_box(&map)).unwrap())
    });
    // A single image: every band compressed.
    g.bench_function("encode", |b| {
        b.iter(|| png::encode(black_box(&pixmap)).unwrap())
    });
    g.finish();
}

/// The default run without the file system: every year of the built-in scenario at
/// 1600 px, in parallel as `spheres render` does, SVG and PNG or SVG only.
fn batch(c: &mut Criterion) {
    let scenario = spheres::load::built_in().expect("the built-in scenario loads");
    let states: Vec<State> = (scenario.start..=scenario.end)
        .map(|y| timeline::resolve(&scenario, &Moment::Year(y)).unwrap())
        .collect();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.bench_function("default-run-svg-png", |b| {
        b.iter(|| run(&scenario, &states, true))
    });
    g.bench_function("default-run-svg", |b| {
        b.iter(|| run(&scenario, &states, false))
    });
    g.finish();
}

fn run(scenario: &Scenario, states: &[State], with_png: bool) -> usize {
    let prepared = Prepared::new(scenario, &Options::default()).unwrap();
    let raster = png::Rasterizer::new(1.0);
    states
        .par_iter()
        .map(|state| {
            let map = scene::build(scenario, &prepared, state);
            let text = svg::write(&map);
            let png = if with_png {
                raster.png(&map).unwrap().len()
            } else {
                0
            };
            text.len() + png
        })
        .sum()
}

/// The choice of deflate back end and level for PNG data (see `LEVEL` in
/// src/render/png.rs): the unfiltered RGB rows of three maps of the default run (a
/// hatched one, a flat one and one in between), compressed whole by zlib-rs (flate2's
/// back end here) and by miniz_oxide (flate2's default), at levels 1, 3 and 6. The
/// compressed sizes are printed once per case, as they are the other half of the choice.
fn deflate_levels(c: &mut Criterion) {
    use std::io::Write;
    let scenario = spheres::load::built_in().expect("the built-in scenario loads");
    let prepared = Prepared::new(&scenario, &Options::default()).unwrap();
    let mut g = c.benchmark_group("deflate");
    g.sample_size(10);
    for year in [1912, 1932, 1905] {
        let state = timeline::resolve(&scenario, &Moment::Year(year)).unwrap();
        let text = svg::write(&scene::build(&scenario, &prepared, &state));
        let pixmap = png::pixels(&text, 1.0).unwrap();
        // PNG rows as the encoder makes them: filter byte 0, then RGB.
        let row = pixmap.width() as usize * 4;
        let mut rows = Vec::new();
        for src in pixmap.data().chunks_exact(row) {
            rows.push(0u8);
            for p in src.chunks_exact(4) {
                rows.extend_from_slice(&p[..3]);
            }
        }
        for level in [1u8, 3, 6] {
            let zlib_rs = |data: &[u8]| {
                let mut e = flate2::write::ZlibEncoder::new(
                    Vec::new(),
                    flate2::Compression::new(u32::from(level)),
                );
                e.write_all(data).unwrap();
                e.finish().unwrap()
            };
            let miniz = |data: &[u8]| miniz_oxide::deflate::compress_to_vec_zlib(data, level);
            eprintln!(
                "deflate {year} level {level}: zlib-rs {} bytes, miniz_oxide {} bytes (of {} bytes of rows)",
                zlib_rs(&rows).len(),
                miniz(&rows).len(),
                rows.len()
            );
            g.bench_function(format!("zlib-rs/{year}/level-{level}"), |b| {
                b.iter(|| zlib_rs(black_box(&rows)))
            });
            g.bench_function(format!("miniz_oxide/{year}/level-{level}"), |b| {
                b.iter(|| miniz(black_box(&rows)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, stages, batch, deflate_levels);
criterion_main!(benches);
