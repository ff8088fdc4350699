//! `spheres validate`: load a scenario and report every problem, grouped by file.

use anyhow::{Result, bail};
use spheres::load::LoadError;

use super::ScenarioArg;

/// Arguments of `spheres validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    match a.scenario.load() {
        Ok(s) => {
            println!(
                "ok: {} regions, {} events, {} powers, {} statuses",
                s.regions.len(),
                s.events.len(),
                s.powers.len(),
                s.statuses.len()
            );
            Ok(())
        }
        Err(e) => match e.downcast_ref::<LoadError>() {
            Some(load) => {
                let problems = load.problems();
                let mut file = "";
                for p in problems {
                    if p.file != file {
                        file = &p.file;
                        println!("{file}:");
                    }
                    println!("  {p}");
                }
                bail!(
                    "{} problem{} found",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                )
            }
            None => Err(e),
        },
    }
}
