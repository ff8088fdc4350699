//! `spheres render`: maps for years, dates or events.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::ValueEnum;
use spheres::output::{self, Format, Job};
use spheres::timeline::{History, Moment};

use super::{MapArgs, ScenarioArg, on_threads, progress};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Formats {
    Svg,
    Png,
    Both,
}

/// Arguments of `spheres render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Years (1912), dates (1912-07-08) or event ids (third-agreement)
    #[arg(value_name = "YEAR|DATE|EVENT")]
    moments: Vec<String>,
    /// First year of a range
    #[arg(long, value_name = "YEAR")]
    from: Option<i32>,
    /// Last year of a range
    #[arg(long, value_name = "YEAR")]
    to: Option<i32>,
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
    let mut moments: Vec<Moment> = a
        .moments
        .iter()
        .map(|m| Moment::parse(m))
        .collect::<Result<_, _>>()?;
    if a.from.is_some() || a.to.is_some() || moments.is_empty() {
        let from = a.from.unwrap_or(scenario.start);
        let to = a.to.unwrap_or(scenario.end);
        if from > to {
            bail!("--from {from} is after --to {to}");
        }
        moments.extend((from..=to).map(Moment::Year));
    }
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
