//! `spheres validate`: load a scenario and report every problem, grouped by file.
//!
//! Problems go to stderr (they are diagnostics, as a compiler's are), each on one line that
//! starts with the file and the place, so editors can jump to it; the exit code is 1. A
//! scenario without problems gets a one-line summary on stdout and exit code 0.

use anyhow::{Result, bail};
use spheres::load::LoadError;

use super::ScenarioArg;
use super::out::count;

/// Arguments of `spheres validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    match a.scenario.load() {
        Ok(s) => super::out::say(&format!(
            "ok: {}, {}, {}, {}; no problems found\n",
            count(s.regions.len(), "region", "regions"),
            count(s.events.len(), "event", "events"),
            count(s.powers.len(), "power", "powers"),
            count(s.statuses.len(), "status", "statuses"),
        )),
        Err(e) => match e.downcast_ref::<LoadError>() {
            Some(load) => {
                let problems = load.problems();
                let mut files: Vec<&str> = Vec::new();
                for p in problems {
                    if !files.contains(&p.file.as_str()) {
                        files.push(&p.file);
                    }
                }
                // The loader sorts problems by file and place; group them under each file.
                for file in &files {
                    super::out::eprint(&format!("{file}:\n"));
                    for p in problems.iter().filter(|p| p.file == *file) {
                        super::out::eprint(&format!("  {p}\n"));
                    }
                }
                bail!(
                    "{} found in {}",
                    count(problems.len(), "problem", "problems"),
                    count(files.len(), "file", "files"),
                )
            }
            None => Err(e),
        },
    }
}
