//! One benchmark per stage of the pipeline, on the built-in scenario at 1600 px:
//! load → resolve → project (prepare) → build the scene → write SVG → rasterise → encode PNG.
//!
//! Run with `cargo bench --bench pipeline`; whole-process timings against the peer tools
//! are in `tools/bench/run.sh` and BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use spheres::render::{png, svg};
use spheres::scene::{self, Options, Prepared};
use spheres::timeline::{self, Moment};

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
    g.bench_function("rasterise", |b| {
        b.iter(|| png::pixels(black_box(&text), 1.0).unwrap())
    });
    g.bench_function("encode", |b| {
        b.iter(|| png::encode(black_box(&pixmap)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
