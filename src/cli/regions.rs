//! `spheres regions`: the regions with their geodesic areas.

use anyhow::Result;
use clap::ValueEnum;
use spheres::report::regions;

use super::ScenarioArg;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Arguments of `spheres regions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let scenario = a.scenario.load()?.scenario;
    let text = match a.format {
        Format::Json => regions::json(&scenario),
        Format::Text => regions::text(&scenario),
    };
    super::out::print(&text)
}
