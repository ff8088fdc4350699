//! `spheres render`: maps for years, dates or events.

use std::path::PathBuf;

use anyhow::Result;
use spheres::output::{self, Format, Job};
use spheres::timeline::{History, Moment};

use super::out::{maps_as, say_wrote, warn_left_out};
use super::{Formats, Jobs, MapArgs, Moments, ScenarioArg, either_or_both, with_progress};

/// Arguments of `spheres render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    moments: Moments,
    /// Which files to write
    #[arg(long, default_value = "both", value_parser = either_or_both(Format::Svg, Format::Png))]
    format: Formats,
    /// Folder for the maps
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    #[command(flatten)]
    map: MapArgs,
    /// Leave out the scale bar (drawn where the map's scale varies under 10 % across it)
    #[arg(long)]
    no_scale_bar: bool,
    #[command(flatten)]
    jobs: Jobs,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let (theme, scale) = a.map.checked(a.format.0.contains(&Format::Png))?;
    let loaded = a.scenario.load()?;
    let scenario = &loaded.scenario;
    let moments = a
        .moments
        .list(scenario, |from, to| (from..=to).map(Moment::Year).collect())?;
    let job = Job {
        moments,
        options: spheres::Options {
            scale_bar: !a.no_scale_bar,
            ..a.map.options(theme, scenario)
        },
        languages: a.map.languages().list(),
        scale,
        formats: a.format.0.clone(),
        out: a.out.clone(),
    };
    let versions = super::out::translated(&loaded, &job.languages);
    let histories: Vec<History> = versions.iter().map(|t| History::new(&t.scenario)).collect();
    let histories: Vec<&History> = histories.iter().collect();
    let rendered = with_progress(job.moments.len(), "maps", Some(&a.jobs), |tick| {
        output::render_all(&histories, &job, tick)
    })??;
    warn_left_out(&loaded, &rendered.left_out);
    let mut files: Vec<PathBuf> = rendered.paths();
    files.push(job.out.join(output::manifest::FILE_NAME));
    let detail = maps_as(job.moments.len(), &job.formats);
    say_wrote(&job.out, &files, Some(&detail))
}
