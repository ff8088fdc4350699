//! Command-line arguments (clap derive) and dispatch to one file per subcommand.

mod animate;
mod chart;
mod diff;
mod export;
mod gallery;
mod out;
mod regions;
mod render;
mod timeline;
mod validate;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};
use spheres::load::{self, Folder};
use spheres::model::Scenario;

/// Draws sphere-of-influence maps from GeoJSON regions and a dated timeline of treaties.
#[derive(Debug, Parser)]
#[command(name = "spheres", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Draw maps (SVG and PNG) for years, dates or events; with none, every year of the scenario.
    Render(render::Args),
    /// List the regions with their geodesic areas.
    Regions(regions::Args),
    /// Check a scenario and report every problem at once.
    Validate(validate::Args),
    /// Compare two moments: what changed, as text, Markdown, JSON or a map.
    Diff(diff::Args),
    /// List every event with what it changed, who held each region after it and the areas.
    Timeline(timeline::Args),
    /// Write the regions at a moment as GeoJSON tagged with their control and colours.
    Export(export::Args),
    /// Write an animated GIF and APNG of the maps, stepping through years or events.
    Animate(animate::Args),
    /// Chart the area under each power's control over time, by status, with the events.
    Chart(chart::Args),
    /// Write every year's map, the diff maps between treaties and index.html to browse them.
    Gallery(gallery::Args),
}

/// Which scenario to use.
#[derive(Debug, clap::Args)]
pub struct ScenarioArg {
    /// A scenario.toml file, or a folder holding one [default: the built-in scenario]
    #[arg(long, value_name = "PATH")]
    pub scenario: Option<PathBuf>,
}

impl ScenarioArg {
    /// Loads the scenario asked for.
    pub fn load(&self) -> Result<Scenario> {
        Ok(match &self.scenario {
            Some(path) => load::load(&Folder::new(path))?,
            None => load::built_in()?,
        })
    }
}

/// Parses the command line and runs the command.
pub fn run() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Render(a) => render::run(&a),
        Command::Regions(a) => regions::run(&a),
        Command::Validate(a) => validate::run(&a),
        Command::Diff(a) => diff::run(&a),
        Command::Timeline(a) => timeline::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Animate(a) => animate::run(&a),
        Command::Chart(a) => chart::run(&a),
        Command::Gallery(a) => gallery::run(&a),
    }
}
