//! `spheres render`: maps for years, dates or events.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use spheres::output::{self, Formats, Job};
use spheres::scene::{Options, Theme};
use spheres::timeline::Moment;

use super::ScenarioArg;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
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
    format: Format,
    /// Folder for the maps
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    /// Map width in pixels [default: the scenario's]
    #[arg(long, value_parser = clap::value_parser!(u32).range(200..=8000))]
    width: Option<u32>,
    /// PNG pixel density: 2 doubles the PNG's pixel size for high-DPI screens
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// Colour theme: default, wikimedia, colorblind or print
    #[arg(long, default_value = "default")]
    theme: String,
    /// Number of maps rendered at once [default: one per core]
    #[arg(long, short)]
    jobs: Option<usize>,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    if !(a.scale.is_finite() && (0.25..=8.0).contains(&a.scale)) {
        bail!(
            "--scale {} is out of range (hint: use a value from 0.25 to 8, e.g. 2 for high-DPI)",
            a.scale
        );
    }
    let theme = Theme::named(&a.theme)?;
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
        options: Options {
            width: f64::from(a.width.unwrap_or(scenario.map.width)),
            theme,
        },
        scale: a.scale,
        formats: match a.format {
            Format::Svg => Formats::Svg,
            Format::Png => Formats::Png,
            Format::Both => Formats::Both,
        },
        out: a.out.clone(),
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(job.moments.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} maps {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(a.jobs.unwrap_or(0))
        .build()?;
    let written = pool.install(|| output::render_all(&scenario, &job, &|| bar.inc(1)))?;
    bar.finish_and_clear();
    println!("wrote {} files to {}", written.len(), job.out.display());
    Ok(())
}
