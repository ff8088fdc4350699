//! `spheres chart`: the area under each power's control over time, as SVG and PNG.

use std::path::PathBuf;

use anyhow::Result;
use spheres::output::chart;
use spheres::render::chart::Options;
use spheres::timeline::History;

use super::{ScenarioArg, ThemeArg, Years};

/// Arguments of `spheres chart`: a range of years, not moments (the chart is of a period).
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("from", |a| a.help("First year [default: the scenario's]")),
    mut_arg("to", |a| a.help("Last year [default: the scenario's]"))
)]
pub struct Args {
    #[command(flatten)]
    years: Years,
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
    #[command(flatten)]
    theme: ThemeArg,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let theme = a.theme.theme();
    let scenario = a.scenario.load()?.scenario;
    let (from, to) = a.years.range(&scenario)?;
    let options = Options {
        width: a.width,
        height: a.height,
        theme,
        ..Options::default()
    };
    let written = chart::write(&History::new(&scenario), from, to, &options, &a.out)?;
    super::out::say_wrote(&a.out, &written, None)
}
