//! Fuzzes the GeoJSON readers: the first byte picks the file (regions, basemap, lines or
//! places) that the rest replaces, beside a valid scenario.toml and valid other files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spheres::load::Texts;

mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let mut files = [
        ("regions.geojson", common::REGIONS.as_bytes()),
        ("basemap.geojson", common::BASEMAP.as_bytes()),
        ("lines.geojson", common::LINES.as_bytes()),
        ("places.geojson", common::PLACES.as_bytes()),
    ];
    files[usize::from(which % 4)].1 = text;
    let texts = files.into_iter().fold(
        Texts::new().with("scenario.toml", common::SCENARIO),
        |t, (name, bytes)| t.with(name, bytes),
    );
    common::run(&texts);
});
