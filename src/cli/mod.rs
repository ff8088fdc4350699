//! Command-line arguments (clap derive) and dispatch to one file per subcommand.

mod animate;
mod chart;
mod completions;
mod diff;
mod export;
mod gallery;
mod init;
mod man;
pub mod out;
mod regions;
mod render;
mod timeline;
mod validate;

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use spheres::language::Language;
use spheres::load::{self, BuiltIn, Folder, Loaded};
use spheres::model::Scenario;
use spheres::output::Format;
use spheres::scene::{Options, Theme};
use spheres::timeline::Moment;

/// Draws sphere-of-influence maps from GeoJSON regions and a dated timeline of treaties.
#[derive(Debug, Parser)]
#[command(name = "spheres", version, about, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 done; 1 bad input (a scenario, an event it does not have) \
or output that could not be written; 2 a mistake on the command line."
)]
struct Cli {
    /// Print nothing but what the command is asked for (a report, GeoJSON), errors and
    /// warnings: no list of the files written, no progress bar
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

/// The `spheres` command as clap defines it, for the completion scripts and the manual.
pub fn command() -> clap::Command {
    Cli::command()
}

/// The names of the subcommands, for the tests of what is generated from [`command`].
#[cfg(test)]
fn command_names() -> Vec<String> {
    command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
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
    /// Write the regions at a moment as GeoJSON tagged with their control and colours, or
    /// with --all every period of the timeline (regions, lines or places) with its dates.
    Export(export::Args),
    /// Write an animated GIF and APNG of the maps, stepping through years or events.
    Animate(animate::Args),
    /// Chart the area under each power's control over time, by status, with the events.
    Chart(chart::Args),
    /// Write every year's map, the diff maps between treaties and index.html to browse them.
    Gallery(gallery::Args),
    /// Write a starter scenario into a new folder, commented key by key, to edit.
    Init(init::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell).
    Completions(completions::Args),
    /// Print the manual page (roff), or write a page per command into a folder.
    Man(man::Args),
}

/// Which scenario to use.
#[derive(Debug, clap::Args)]
pub struct ScenarioArg {
    /// A scenario.toml file, or a folder holding one [default: the built-in scenario]
    #[arg(long, value_name = "PATH")]
    pub scenario: Option<PathBuf>,
}

impl ScenarioArg {
    /// Loads the scenario asked for, with its warnings, printing nothing.
    pub fn read(&self) -> Result<Loaded> {
        Ok(match &self.scenario {
            Some(path) => load::with_warnings(&Folder::new(path))?,
            None => load::with_warnings(&BuiltIn)?,
        })
    }

    /// Loads the scenario asked for and prints its warnings on standard error.
    pub fn load(&self) -> Result<Loaded> {
        let loaded = self.read()?;
        out::warn(&loaded.warnings);
        Ok(loaded)
    }
}

/// A range of years, for the commands that step through years (render, animate, chart).
#[derive(Debug, clap::Args)]
pub struct Years {
    /// First year of a range
    #[arg(long, value_name = "YEAR")]
    from: Option<i32>,
    /// Last year of a range
    #[arg(long, value_name = "YEAR")]
    to: Option<i32>,
}

impl Years {
    /// Whether `--from` or `--to` was given.
    fn given(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// The first and last year: the scenario's where not given. A range that ends before
    /// it starts, or that spans more than [`MAX_MOMENTS`] years, is a [`Usage`] error,
    /// found before anything is drawn or allocated.
    pub fn range(&self, scenario: &Scenario) -> Result<(i32, i32)> {
        let from = self.from.unwrap_or(scenario.start);
        let to = self.to.unwrap_or(scenario.end);
        if from > to {
            return Err(Usage(format!("--from {from} is after --to {to}")).into());
        }
        let years = i64::from(to) - i64::from(from) + 1;
        if years > MAX_MOMENTS as i64 {
            let whose = if self.given() {
                "the range"
            } else {
                "the scenario's range (start to end)"
            };
            return Err(Usage(format!(
                "{whose} {from} to {to} is {years} years; a run covers at most {MAX_MOMENTS} \
                 (hint: give --from and --to at most {MAX_MOMENTS} years apart, and run again for the rest)"
            ))
            .into());
        }
        Ok((from, to))
    }
}

/// Most maps, frames or chart years one run draws, counted after duplicates are removed.
///
/// A map takes about a second and a few MB in memory while it is drawn; 1000 is several
/// times the longest history worth drawing year by year, keeps a run within minutes and its
/// files within a few GB, and a larger request is almost always a typo (`--to 19120`). A
/// fixed number rather than the scenario's start..end widened by a margin, so that the
/// limit reads the same for every scenario.
pub const MAX_MOMENTS: usize = 1000;

/// How many threads `--jobs` may start at most for each core of the machine.
///
/// Drawing is bound by the processor: past a few threads per core a run only gets slower
/// (1000 threads on 2 cores was 25 times slower than 2) and holds a frame buffer per
/// thread, so the limit is 4 × the cores available (e.g. 8 on 2 cores), not a fixed count.
pub const JOBS_PER_CORE: usize = 4;

/// The most threads `--jobs` accepts on this machine: [`JOBS_PER_CORE`] × its cores.
fn max_jobs() -> usize {
    JOBS_PER_CORE * std::thread::available_parallelism().map_or(1, usize::from)
}

/// Parses `--jobs`: from 1 to [`max_jobs`], so that a typo neither starts millions of
/// threads nor means "one per core" in disguise (0). Clap reports a refusal as a usage
/// error (exit code 2) before anything is loaded.
fn jobs(text: &str) -> Result<usize, String> {
    let max = max_jobs();
    let limit = format!(
        "from 1 to {max} ({JOBS_PER_CORE} × the {} cores of this machine); leave --jobs out for one per core",
        max / JOBS_PER_CORE
    );
    match text.trim().parse::<u64>() {
        Ok(n) if n >= 1 && n <= max as u64 => Ok(n as usize),
        _ => Err(limit),
    }
}

/// `--jobs`, for the commands that draw on several threads (render, animate).
#[derive(Debug, clap::Args)]
pub struct Jobs {
    /// Number of maps drawn at once, from 1 to 4 × the cores [default: one per core]
    #[arg(long, short, value_name = "N", value_parser = jobs)]
    jobs: Option<usize>,
}

/// A mistake on the command line found after parsing (a range too long or backwards, a
/// moment that is no year, date or event id, a PNG larger than a PNG can be): `main` exits
/// with code 2 for it, as for clap's own usage errors. What only the input shows wrong
/// (an event the scenario does not have) is not one: it exits with code 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(String);

/// A moment given on the command line: one that is neither a year, a date that exists
/// nor an event id is a [`Usage`] error. (Whether the scenario has the event is known only
/// when it is resolved, and is an input error.)
pub fn moment(text: &str) -> Result<Moment> {
    Moment::parse(text).map_err(|e| Usage(e.to_string()).into())
}

/// The moments a command draws (render, animate): years, dates or event ids, and a range
/// of years.
#[derive(Debug, clap::Args)]
pub struct Moments {
    /// Years (1912), dates (1912-07-08) or event ids (third-agreement)
    #[arg(value_name = "YEAR|DATE|EVENT")]
    moments: Vec<String>,
    #[command(flatten)]
    years: Years,
}

impl Moments {
    /// The moments given, in order, then those `stepped` lists for the range of years when
    /// one is given or no moment is (every year, or every event that changes the map).
    /// A moment asked for twice (`1916 1916`, or `1916 --from 1916`) is kept once, where it
    /// first appears, so that each map is drawn and written once.
    pub fn list(
        &self,
        scenario: &Scenario,
        stepped: impl FnOnce(i32, i32) -> Vec<Moment>,
    ) -> Result<Vec<Moment>> {
        let mut seen = HashSet::new();
        let mut moments: Vec<Moment> = Vec::new();
        for m in &self.moments {
            let m = moment(m)?;
            if seen.insert(m.clone()) {
                moments.push(m);
            }
        }
        if self.years.given() || moments.is_empty() {
            let (from, to) = self.years.range(scenario)?;
            for m in stepped(from, to) {
                if seen.insert(m.clone()) {
                    moments.push(m);
                }
            }
        }
        if moments.len() > MAX_MOMENTS {
            return Err(Usage(format!(
                "{} moments asked for; a run draws at most {MAX_MOMENTS} \
                 (hint: split the moments over several runs)",
                moments.len()
            ))
            .into());
        }
        Ok(moments)
    }
}

/// The colour theme, for every command that draws.
#[derive(Debug, clap::Args)]
pub struct ThemeArg {
    /// Colour theme
    #[arg(long, default_value = "default",
          value_parser = PossibleValuesParser::new(Theme::NAMES).try_map(|name| Theme::named(&name)))]
    theme: Theme,
}

impl ThemeArg {
    /// The theme named (clap has refused any other name, as a usage error).
    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }
}

/// The `--lang` values of one language: `en`, `ja`, `ko`, `ru`, `zh`.
fn language_codes() -> [&'static str; 5] {
    Language::ALL.map(Language::code)
}

/// `--lang` of the commands that write in one language (animate, chart, gallery,
/// timeline).
#[derive(Debug, clap::Args)]
pub struct LangArg {
    /// Language of the words the tool writes (legend, dates, captions, alt text, reports)
    #[arg(long = "lang", value_name = "CODE", default_value = "en",
          value_parser = PossibleValuesParser::new(language_codes()).try_map(|c| c.parse::<Language>()))]
    lang: Language,
}

impl LangArg {
    /// The language asked for.
    pub fn language(&self) -> Language {
        self.lang
    }
}

/// What `--lang` asks of the commands that draw maps (render, diff): one language, or
/// `all` of them in one SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Languages {
    /// One language.
    One(Language),
    /// Every language, in one SVG whose texts switch by the reader's language.
    All,
}

impl Languages {
    /// The languages, as the library takes them: the one, or every language, English
    /// first.
    pub fn list(self) -> Vec<Language> {
        match self {
            Languages::One(l) => vec![l],
            Languages::All => Language::ALL.to_vec(),
        }
    }
}

/// The parser of [`Languages`]: a language's code, or `all`.
fn languages() -> impl TypedValueParser<Value = Languages> {
    let mut values = language_codes().to_vec();
    values.push("all");
    PossibleValuesParser::new(values).try_map(|code| match code.as_str() {
        "all" => Ok(Languages::All),
        code => code.parse::<Language>().map(Languages::One),
    })
}

/// Parses `--scale`: a finite number from 0.25 to 8. Clap reports a refusal as a usage
/// error (exit code 2) before anything is loaded.
fn scale(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && (0.25..=8.0).contains(&s) => Ok(s),
        _ => Err("use a value from 0.25 to 8, e.g. 2 for high-DPI".into()),
    }
}

/// How maps are drawn, for the commands that draw them as SVG and PNG (render, diff).
#[derive(Debug, clap::Args)]
pub struct MapArgs {
    /// Map width in pixels [default: the scenario's]
    #[arg(long, value_parser = clap::value_parser!(u32).range(200..=8000))]
    width: Option<u32>,
    /// PNG pixel density, from 0.25 to 8: 2 doubles the PNG's pixel size for high-DPI screens
    #[arg(long, default_value_t = 1.0, value_parser = scale)]
    scale: f64,
    #[command(flatten)]
    theme: ThemeArg,
    /// Language of the words the map writes (legend, dates, subtitle, alt text); all: every
    /// language in one SVG
    #[arg(long = "lang", value_name = "CODE", default_value = "en", value_parser = languages())]
    lang: Languages,
}

impl MapArgs {
    /// The theme and the PNG scale. When a PNG is written (`png`), a `--width` that the
    /// scale makes wider than a PNG can be is a [`Usage`] error, found before anything
    /// is loaded. (The scenario's own width at that scale is checked as the map is drawn.)
    pub fn checked(&self, png: bool) -> Result<(Theme, f64)> {
        if let Some(width) = self.width.filter(|_| png) {
            let pixels = (f64::from(width) * self.scale).round();
            if pixels > spheres::render::png::MAX_SIDE {
                return Err(Usage(format!(
                    "--width {width} at --scale {} makes a PNG {pixels} pixels wide; the widest is {} \
                     (hint: use a smaller --width or --scale)",
                    self.scale,
                    spheres::render::png::MAX_SIDE
                ))
                .into());
            }
        }
        Ok((self.theme.theme(), self.scale))
    }

    /// The drawing options for `scenario` (its own width unless `--width` is given), in
    /// the first language asked for.
    pub fn options(&self, theme: Theme, scenario: &Scenario) -> Options {
        Options {
            width: f64::from(self.width.unwrap_or(scenario.map.width)),
            theme,
            scale_bar: true,
            language: self.lang.list()[0],
        }
    }

    /// What `--lang` asks for.
    pub fn languages(&self) -> Languages {
        self.lang
    }
}

/// A bar counting `len` `unit`s on standard error when that is a terminal; hidden
/// otherwise (and with `--quiet`), so that logs and pipes get only the summary line.
pub fn progress(len: u64, unit: &str) -> ProgressBar {
    if out::quiet() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(&format!("{{bar:40}} {{pos}}/{{len}} {unit} {{elapsed}}"))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Runs `work` on `jobs` threads (`--jobs`, already checked by its parser; one per core if
/// not given) with a progress bar of `len` `unit`s, which `work` advances by calling the
/// function it is given.
pub fn with_progress<T: Send>(
    len: usize,
    unit: &str,
    jobs: Option<&Jobs>,
    work: impl FnOnce(&(dyn Fn() + Sync)) -> T + Send,
) -> Result<T> {
    let bar = progress(len as u64, unit);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.and_then(|j| j.jobs).unwrap_or(0))
        .build()?;
    let done = pool.install(|| work(&|| bar.inc(1)));
    bar.finish_and_clear();
    Ok(done)
}

/// `--format` of a command that writes either of two formats or both: the formats named
/// (`svg`, `png`, `both`).
#[derive(Debug, Clone)]
pub struct Formats(pub Vec<Format>);

/// The parser of [`Formats`] for the formats `a` and `b`.
pub fn either_or_both(a: Format, b: Format) -> impl TypedValueParser<Value = Formats> {
    PossibleValuesParser::new([a.name(), b.name(), "both"]).map(move |name| {
        Formats(match name.as_str() {
            n if n == a.name() => vec![a],
            n if n == b.name() => vec![b],
            _ => vec![a, b],
        })
    })
}

/// Parses the command line and runs the command.
pub fn run() -> Result<()> {
    let cli = Cli::parse();
    out::set_quiet(cli.quiet);
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
        Command::Init(a) => init::run(&a),
        Command::Completions(a) => completions::run(&a),
        Command::Man(a) => man::run(&a),
    }
}
