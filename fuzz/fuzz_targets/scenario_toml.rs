//! Fuzzes `scenario.toml`: any bytes as the scenario file, with valid GeoJSON files beside it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spheres::load::Texts;

mod common;

fuzz_target!(|data: &[u8]| {
    let texts = Texts::new()
        .with("scenario.toml", data)
        .with("regions.geojson", common::REGIONS)
        .with("basemap.geojson", common::BASEMAP)
        .with("lines.geojson", common::LINES)
        .with("places.geojson", common::PLACES);
    common::run(&texts);
});
