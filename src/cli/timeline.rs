//! `spheres timeline`: every event in the order it applies, with what it changed, who held
//! every region after it and the area under each power.

use anyhow::Result;
use clap::ValueEnum;
use spheres::language::Language;
use spheres::report::timeline;
use spheres::timeline::History;

use super::{LangArg, ScenarioArg};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// Plain text, one block per event
    Text,
    /// Markdown, one section per event
    Md,
    /// JSON: {"scenario", "events": [{"id", "date", "title", "source", "changes", "control", "area_by_power"}]} (keys in English whatever --lang)
    Json,
    /// CSV, one row per event and region: event_id,date,region,power,status,label,changed,area_km2
    Csv,
}

/// Arguments of `spheres timeline`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "CSV columns: event_id, date, region, then the region's control after the event \
(power, status, label; empty when no power holds it), changed (true when this event changed it) and \
area_km2 (the region's area: sum it over an event's rows with one power for that power's area)."
)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let loaded = a.scenario.load()?;
    let language = a.lang.language();
    // JSON and CSV are data: their names stay the scenario's own.
    let words = matches!(a.format, Format::Text | Format::Md);
    let versions = super::out::translated(&loaded, &[if words { language } else { Language::En }]);
    let scenario = versions[0].scenario.as_ref();
    let history = History::new(scenario);
    let steps = timeline::steps(scenario, &history);
    let text = match a.format {
        Format::Text => timeline::text(language, scenario, &steps),
        Format::Md => timeline::markdown(language, scenario, &steps),
        Format::Json => timeline::json(scenario, &steps),
        Format::Csv => timeline::csv(scenario, &steps),
    };
    super::out::print(&text)
}
