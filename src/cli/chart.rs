//! `spheres chart`: the area under each power's control over time, as SVG and PNG.

use std::path::PathBuf;

use anyhow::{Result, bail};
use spheres::output::chart;
use spheres::render::chart::Options;
use spheres::scene::Theme;
use spheres::timeline::History;

use super::ScenarioArg;

/// Arguments of `spheres chart`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// First year [default: the scenario's]
    #[arg(long, value_name = "YEAR")]
    from: Option<i32>,
    /// Last year [default: the scenario's]
    #[arg(long, value_name = "YEAR")]
    to: Option<i32>,
    /// Folder for chart.svg and chart.png
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    /// Chart width in pixels
    #[arg(long, default_value_t = 1200, value_parser = clap::value_parser!(u32).range(400..=8000))]
    width: u32,
    /// Chart height in pixels [default: what the panels and the key of events need, about
    /// 900 at 1200 wide]
    #[arg(long, value_parser = clap::value_parser!(u32).range(200..=8000))]
    height: Option<u32>,
    /// Colour theme: default, wikimedia, colorblind or print
    #[arg(long, default_value = "default")]
    theme: String,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let theme = Theme::named(&a.theme)?;
    let scenario = a.scenario.load()?;
    let from = a.from.unwrap_or(scenario.start);
    let to = a.to.unwrap_or(scenario.end);
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    let options = Options {
        width: a.width,
        height: a.height,
        theme,
    };
    for path in chart::write(&History::new(&scenario), from, to, &options, &a.out)? {
        println!("wrote {}", path.display());
    }
    Ok(())
}
