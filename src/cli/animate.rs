//! `spheres animate`: an animated GIF and APNG stepping through years or events.

use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;
use spheres::output::Format;
use spheres::output::animation::{self, Job};
use spheres::render::animate::DEFAULT_DELAY_MS;
use spheres::scene::Options;
use spheres::timeline::{History, Moment};

use super::out::{count, say_wrote, warn_left_out};
use super::{
    Formats, Jobs, LangArg, Moments, ScenarioArg, ThemeArg, either_or_both, with_progress,
};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum By {
    /// One frame per year (as of 31 December)
    Year,
    /// One frame just after each event that changes control
    Event,
}

/// Arguments of `spheres animate`.
#[derive(Debug, clap::Args)]
#[command(mut_arg("moments", |a| a.help(
    "Frames, in order: years (1912), dates (1912-07-08) or event ids (third-agreement) \
     [default: every year, or every event with --by event]"
)))]
pub struct Args {
    #[command(flatten)]
    moments: Moments,
    /// Step a range by year, or by the events that change control
    #[arg(long, value_enum, default_value = "year")]
    by: By,
    /// Which files to write: animation.gif, animation.png (APNG) or both (animation.ja.gif
    /// with --lang ja)
    #[arg(long, default_value = "both", value_parser = either_or_both(Format::Gif, Format::Apng))]
    format: Formats,
    /// Folder for the animation
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    /// Frame width in pixels
    #[arg(long, default_value_t = 800, value_parser = clap::value_parser!(u32).range(200..=4000))]
    width: u32,
    /// Time each frame is shown, in milliseconds (the last frame is held three times as long)
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_DELAY_MS,
          value_parser = clap::value_parser!(u32).range(20..=20_000))]
    delay: u32,
    /// Leave out the scale bar (drawn where the map's scale varies under 10 % across it)
    #[arg(long)]
    no_scale_bar: bool,
    #[command(flatten)]
    theme: ThemeArg,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    jobs: Jobs,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let theme = a.theme.theme();
    let loaded = a.scenario.load()?;
    let versions = super::out::translated(&loaded, &[a.lang.language()]);
    let history = History::new(&versions[0].scenario);
    let moments = a.moments.list(&loaded.scenario, |from, to| match a.by {
        By::Year => (from..=to).map(Moment::Year).collect(),
        By::Event => history.event_moments(from, to),
    })?;
    let job = Job {
        moments,
        options: Options {
            width: f64::from(a.width),
            theme,
            scale_bar: !a.no_scale_bar,
            language: a.lang.language(),
        },
        delay_ms: a.delay,
        formats: a.format.0.clone(),
        out: a.out.clone(),
    };
    let written = with_progress(job.moments.len(), "frames", Some(&a.jobs), |tick| {
        animation::write(&history, &job, tick)
    })??;
    warn_left_out(&loaded, &written.left_out);
    let frames = count(job.moments.len(), "frame", "frames");
    say_wrote(&job.out, &written.paths(), Some(&frames))
}
