//! `spheres export`: the regions at a moment as GeoJSON, tagged with their control.

use std::path::PathBuf;

use anyhow::Result;
use spheres::output::write_atomic;
use spheres::report::export;
use spheres::timeline;

use super::{ScenarioArg, moment};

/// Arguments of `spheres export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each feature has: id, name, power, power_name, status, status_label, label, \
since {event, date} (null when no power holds the region), area_km2, certainty, and simplestyle \
fill, fill-opacity, stroke, stroke-width, stroke-opacity, so GitHub and geojson.io show the map's colours."
)]
pub struct Args {
    /// A year (1912), a date (1912-07-08) or an event id (third-agreement)
    #[arg(value_name = "YEAR|DATE|EVENT")]
    moment: String,
    /// The GeoJSON file to write (its folder is made if missing); standard output when
    /// absent or `-`
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let scenario = a.scenario.load()?.scenario;
    let state = timeline::resolve(&scenario, &moment(&a.moment)?)?;
    let text = export::geojson(&scenario, &state);
    match &a.out {
        Some(path) if path.as_os_str() != "-" => {
            write_atomic(path, text.as_bytes())?;
            // Written into a pipe or a device (`--out /dev/stdout`), the GeoJSON is a
            // stream that a word after it would spoil: only a file is reported.
            if std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
                let folder = path.parent().unwrap_or(path);
                super::out::say_wrote(folder, std::slice::from_ref(path), None)?;
            }
            Ok(())
        }
        _ => super::out::print(&text),
    }
}
