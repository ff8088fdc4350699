//! `spheres validate`: load a scenario and report every problem, grouped by file.
//!
//! Problems go to stderr (they are diagnostics, as a compiler's are), each on one line that
//! starts with the file and the place, so editors can jump to it; the exit code is 1.
//! Warnings are listed the same way after `warning: `; alone they leave the exit code 0
//! (the summary on stdout counts them), unless `--strict` counts them as errors. A
//! scenario without problems gets a one-line summary on stdout and exit code 0.

use anyhow::{Result, bail};
use spheres::load::LoadError;
use spheres::problem::Problem;

use super::ScenarioArg;
use super::out::count;

/// Arguments of `spheres validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Count warnings as errors: exit with status 1 if there is any
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let loaded = match a.scenario.read() {
        Ok(loaded) => loaded,
        Err(e) => match e.downcast_ref::<LoadError>() {
            Some(load) => {
                let problems = load.problems();
                let files = list(problems);
                bail!(
                    "{} found in {}",
                    tally(problems),
                    count(files, "file", "files")
                )
            }
            None => return Err(e),
        },
    };
    let s = &loaded.scenario;
    let mut summary = format!(
        "{}, {}, {}, {}",
        count(s.regions.len(), "region", "regions"),
        count(s.events.len(), "event", "events"),
        count(s.powers.len(), "power", "powers"),
        count(s.statuses.len(), "status", "statuses"),
    );
    if !s.translations.is_empty() {
        let codes: Vec<&str> = s.translations.iter().map(|t| t.language.code()).collect();
        summary.push_str(&format!(", translated into {}", codes.join(", ")));
    }
    let mut warnings = loaded.warnings.clone();
    warnings.extend(spheres::translate::incomplete(&loaded));
    let warnings = &warnings;
    if warnings.is_empty() {
        return super::out::say(&format!("ok: {summary}; no problems found\n"));
    }
    let files = list(warnings);
    if a.strict {
        bail!(
            "{} found in {}, and --strict counts warnings as errors",
            tally(warnings),
            count(files, "file", "files")
        );
    }
    super::out::say(&format!("ok: {summary}; {}\n", tally(warnings)))
}

/// Lists `problems` on standard error under the file each is in (the loader sorts them by
/// file and place); returns how many files there are.
fn list(problems: &[Problem]) -> usize {
    let mut files: Vec<&str> = Vec::new();
    for p in problems {
        if !files.contains(&p.file.as_str()) {
            files.push(&p.file);
        }
    }
    for file in &files {
        super::out::eprint(&format!("{file}:\n"));
        for p in problems.iter().filter(|p| p.file == *file) {
            super::out::eprint(&format!("  {p}\n"));
        }
    }
    files.len()
}

/// "2 problems", "1 warning", "1 problem and 2 warnings".
fn tally(problems: &[Problem]) -> String {
    let warnings = problems.iter().filter(|p| p.is_warning()).count();
    let errors = problems.len() - warnings;
    match (errors, warnings) {
        (_, 0) => count(errors, "problem", "problems"),
        (0, _) => count(warnings, "warning", "warnings"),
        _ => format!(
            "{} and {}",
            count(errors, "problem", "problems"),
            count(warnings, "warning", "warnings")
        ),
    }
}
