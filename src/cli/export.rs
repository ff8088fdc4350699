//! `spheres export`: the regions at a moment as GeoJSON, tagged with their control.

use std::path::PathBuf;

use anyhow::Result;
use spheres::output::write_atomic;
use spheres::report::export;
use spheres::timeline::{self, Moment};

use super::ScenarioArg;

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
    /// The GeoJSON file to write; standard output when absent or `-`
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let scenario = a.scenario.load()?;
    let state = timeline::resolve(&scenario, &Moment::parse(&a.moment)?)?;
    let text = export::geojson(&scenario, &state);
    match &a.out {
        Some(path) if path.as_os_str() != "-" => write_atomic(path, text.as_bytes())?,
        _ => super::out::print(&text)?,
    }
    Ok(())
}
