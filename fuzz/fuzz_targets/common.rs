//! Shared by the targets: a small valid scenario to put the fuzzed file into, and what to
//! do with a scenario that loads.

use spheres::load::{self, Texts};
use spheres::{render, scene, timeline};

#[allow(dead_code)] // only the GeoJSON target keeps the scenario as it is
pub const SCENARIO: &str = include_str!("../../tests/scenarios/three-powers/scenario.toml");
pub const REGIONS: &str = include_str!("../../tests/scenarios/three-powers/regions.geojson");
pub const BASEMAP: &str = include_str!("../../tests/scenarios/three-powers/basemap.geojson");
pub const LINES: &str = include_str!("../../tests/scenarios/three-powers/lines.geojson");
pub const PLACES: &str = include_str!("../../tests/scenarios/three-powers/places.geojson");

/// Loads the files; if they load, resolves every year and draws one small map, so that
/// what the loader accepts is also known not to crash the later stages.
pub fn run(texts: &Texts) {
    let Ok(scenario) = load::load(texts) else {
        return;
    };
    let options = scene::Options {
        width: 200.0,
        ..scene::Options::default()
    };
    let Ok(prepared) = scene::Prepared::new(&scenario, &options) else {
        return;
    };
    let years = scenario.start..=scenario.end.min(scenario.start.saturating_add(3));
    for year in years {
        if let Ok(state) = timeline::resolve(&scenario, &timeline::Moment::Year(year)) {
            let map = scene::build(&scenario, &prepared, &state);
            let _ = render::svg::write(&map);
        }
    }
}
