//! `spheres regions`: the regions with their geodesic areas.

use anyhow::Result;
use clap::ValueEnum;
use spheres::measure;

use super::ScenarioArg;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Arguments of `spheres regions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let scenario = a.scenario.load()?;
    let areas = measure::region_areas(&scenario);
    match a.format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Row<'a> {
                id: &'a str,
                name: &'a str,
                area_km2: f64,
                certainty: &'a str,
            }
            let rows: Vec<Row> = scenario
                .regions
                .iter()
                .zip(&areas)
                .map(|(r, area)| Row {
                    id: &r.id,
                    name: &r.name,
                    area_km2: (area * 10.0).round() / 10.0,
                    certainty: r.certainty.as_str(),
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&rows)?);
        }
        Format::Text => {
            let id_w = scenario
                .regions
                .iter()
                .map(|r| r.id.len())
                .max()
                .unwrap_or(2)
                .max(2);
            let name_w = scenario
                .regions
                .iter()
                .map(|r| r.name.chars().count())
                .max()
                .unwrap_or(4)
                .max(4);
            println!(
                "{:id_w$}  {:name_w$}  {:>12}  certainty",
                "id", "name", "area km²"
            );
            for (r, area) in scenario.regions.iter().zip(&areas) {
                println!(
                    "{:id_w$}  {:name_w$}  {:>12}  {}",
                    r.id,
                    r.name,
                    measure::thousands(*area),
                    r.certainty.as_str()
                );
            }
            println!(
                "{:id_w$}  {:name_w$}  {:>12}",
                "",
                "total",
                measure::thousands(areas.iter().sum())
            );
        }
    }
    Ok(())
}
