//! `spheres diff`: what changed between two moments, as text, Markdown, JSON or a map.

use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;
use spheres::output::{self, Format};
use spheres::report::diff::Report;
use spheres::timeline;

use super::{Languages, MapArgs, ScenarioArg, Usage, moment};
use spheres::language::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Formats {
    /// Plain text to paste into an article (standard output)
    Text,
    /// A Markdown table and a summary paragraph (standard output)
    Md,
    /// JSON for other tools (standard output)
    Json,
    /// A map of the changes, written to --out as diff-A-B.svg
    Svg,
    /// A map of the changes, written to --out as diff-A-B.png
    Png,
}

/// Arguments of `spheres diff`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "A and B are years (1912: as of 31 December), dates (1912-07-08) or event ids \
(third-agreement: just after it). B may be earlier than A. JSON: {\"from\": {\"query\", \"date\", \
\"event\"}, \"to\": {…}, \"changes\": [{\"region\", \"name\", \"before\", \"after\", \"area_km2\", \
\"events\"}], \"area_by_power\": {power: {\"before_km2\", \"after_km2\"}}}."
)]
pub struct Args {
    /// The first moment: a year, a date or an event id
    #[arg(value_name = "A")]
    a: String,
    /// The second moment
    #[arg(value_name = "B")]
    b: String,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: Formats,
    /// Folder for the map (svg, png)
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    #[command(flatten)]
    map: MapArgs,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let (theme, scale) = a.map.checked(a.format == Formats::Png)?;
    let (ma, mb) = (moment(&a.a)?, moment(&a.b)?);
    let language = match (a.map.languages(), a.format) {
        (Languages::One(l), _) => l,
        (Languages::All, Formats::Text | Formats::Md) => {
            return Err(Usage(
                "--lang all writes one map in every language: use it with --format svg or png \
                 (hint: give one language for a text or Markdown report)"
                    .into(),
            )
            .into());
        }
        (Languages::All, _) => Language::En,
    };
    let loaded = a.scenario.load()?;
    // The JSON report is data: its names are the scenario's own, whatever --lang says.
    let languages = match a.format {
        Formats::Json => vec![Language::En],
        _ => a.map.languages().list(),
    };
    let versions = super::out::translated(&loaded, &languages);
    let scenario = versions[0].scenario.as_ref();
    let states = versions
        .iter()
        .map(|t| {
            Ok((
                timeline::resolve(&t.scenario, &ma)?,
                timeline::resolve(&t.scenario, &mb)?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    let (sa, sb) = &states[0];
    let formats = match a.format {
        Formats::Text | Formats::Md | Formats::Json => {
            let report = Report::new(scenario, sa, sb).in_language(language);
            let text = match a.format {
                Formats::Md => report.markdown(),
                Formats::Json => report.json(),
                _ => report.text(),
            };
            return super::out::print(&text);
        }
        Formats::Svg => Format::Svg,
        Formats::Png => Format::Png,
    };
    let options = a.map.options(theme, scenario);
    let maps: Vec<_> = languages
        .iter()
        .zip(&versions)
        .zip(&states)
        .map(|((&l, t), (sa, sb))| (l, t.scenario.as_ref(), (sa, sb)))
        .collect();
    let written = output::write_diff(&maps, &options, scale, &[formats], &a.out)?;
    super::out::warn_left_out(&loaded, &written.left_out);
    super::out::say_wrote(&a.out, &written.paths(), None)
}
