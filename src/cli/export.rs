//! `spheres export`: the regions at a moment as GeoJSON, tagged with their control; with
//! `--all`, every region's control periods (or the lines, or the places) with their dates.

use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;
use spheres::output::write_atomic;
use spheres::report::{export, export_all};
use spheres::timeline::{self, History};

use super::{ScenarioArg, moment};

/// What `export --all` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Layer {
    /// Every region once per period of unchanged control
    Regions,
    /// The treaty lines, each from its event to its `until`
    Lines,
    /// The cities, once per name they bear, and the railways, from `from` to `until`
    Places,
}

/// Arguments of `spheres export`: a moment, or `--all`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["moment", "all"])))]
#[command(
    after_help = "At a moment, each feature has: id, name, power, power_name, status, status_label, \
label, since {event, date} (null when no power holds the region), area_km2, certainty, source (where the boundary comes from), and \
simplestyle fill, fill-opacity, stroke, stroke-width, stroke-opacity, so GitHub and geojson.io \
show the map's colours.\n\nWith --all, each feature also has valid_from and valid_to \
(YYYY-MM-DD; valid_to is the first day it no longer holds; null is an open end), which QGIS's \
Temporal Controller reads as its start and end fields, and flat properties only: event, \
event_date and event_title in place of since."
)]
pub struct Args {
    /// A year (1912), a date (1912-07-08) or an event id (third-agreement)
    #[arg(value_name = "YEAR|DATE|EVENT")]
    moment: Option<String>,
    /// Every period of the whole timeline, each feature with valid_from and valid_to,
    /// instead of one moment
    #[arg(long)]
    all: bool,
    /// What --all writes: regions (the default), the treaty lines, or the places
    #[arg(long, value_enum, value_name = "LAYER")]
    layer: Option<Layer>,
    /// The GeoJSON file to write (its folder is made if missing); standard output when
    /// absent or `-`
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    // Checked before the scenario is read, so that a mistake on the command line is one
    // whatever the scenario.
    if let (Some(m), Some(layer)) = (&a.moment, a.layer) {
        let layer = layer
            .to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string());
        return Err(super::Usage(format!(
            "--layer goes with --all: one moment exports the regions only (hint: spheres export --all --layer {layer}, or spheres export {m})"
        ))
        .into());
    }
    let at = a.moment.as_deref().map(moment).transpose()?;
    let scenario = a.scenario.load()?.scenario;
    let text = match at {
        Some(at) => export::geojson(&scenario, &timeline::resolve(&scenario, &at)?),
        None => match a.layer.unwrap_or(Layer::Regions) {
            Layer::Regions => export_all::regions(&History::new(&scenario)),
            Layer::Lines => export_all::lines(&scenario),
            Layer::Places => export_all::places(&scenario),
        },
    };
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
