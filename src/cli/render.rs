//! `spheres render`: maps for years, dates or events.

use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;
use spheres::output::{self, Format, Job};
use spheres::timeline::{History, Moment};

use super::{MapArgs, Moments, ScenarioArg, on_threads, progress};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Formats {
    Svg,
    Png,
    Both,
}

/// Arguments of `spheres render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    moments: Moments,
    /// Which files to write
    #[arg(long, value_enum, default_value = "both")]
    format: Formats,
    /// Folder for the maps
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    #[command(flatten)]
    map: MapArgs,
    /// Number of maps rendered at once [default: one per core]
    #[arg(long, short)]
    jobs: Option<usize>,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let (theme, scale) = a.map.checked()?;
    let scenario = a.scenario.load()?;
    let moments = a.moments.list(&scenario, |from, to| {
        (from..=to).map(Moment::Year).collect()
    })?;
    let job = Job {
        moments,
        options: a.map.options(theme, &scenario),
        scale,
        formats: match a.format {
            Formats::Svg => vec![Format::Svg],
            Formats::Png => vec![Format::Png],
            Formats::Both => vec![Format::Svg, Format::Png],
        },
        out: a.out.clone(),
    };
    let bar = progress(job.moments.len() as u64, "maps");
    let history = History::new(&scenario);
    let written = on_threads(a.jobs, || {
        output::render_all(&history, &job, &|| bar.inc(1))
    })??;
    bar.finish_and_clear();
    println!("wrote {} files to {}", written.len(), job.out.display());
    Ok(())
}
