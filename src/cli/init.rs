//! `spheres init DIR`: write a starter scenario to edit.

use std::path::PathBuf;

use anyhow::Result;
use spheres::output::starter;

/// Arguments of `spheres init`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The starter validates and renders as written: spheres validate --scenario DIR, \
then spheres render --scenario DIR. Its comments say what each key does; docs/scenario.md documents them all."
)]
pub struct Args {
    /// The folder to write into (made if missing); no file in it is replaced
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub fn run(a: &Args) -> Result<()> {
    let written = starter::write(&a.dir)?;
    super::out::say_wrote(&a.dir, &written, Some("a starter scenario"))
}
