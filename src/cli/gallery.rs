//! `spheres gallery`: every year's map, the diff maps between treaties and `index.html`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Result;
use spheres::gallery::{self, Job};
use spheres::scene::Options;
use spheres::timeline::History;

use super::out::{count, say_wrote, warn_left_out};
use super::{LangArg, ScenarioArg, ThemeArg, with_progress};

/// The file name of `path`, for the summary line.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Arguments of `spheres gallery`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Writes YEAR.svg and YEAR.png for every year of the scenario, maps.json, \
diff-A-B.svg and .png for each pair of consecutive treaties (events marked treaty = true; \
without any, consecutive events that change control) whose maps differ, and index.html, a \
self-contained page with a year slider, every caption, alt text and <figure> snippet. \
Open index.html in a browser; it needs no network. With --lang ja the maps, diff maps and \
page are 1912.ja.svg, diff-A-B.ja.svg, index.ja.html: galleries in several languages can \
share a folder."
)]
pub struct Args {
    /// Folder for the maps and the page
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    /// Map width in pixels [default: the scenario's]
    #[arg(long, value_parser = clap::value_parser!(u32).range(200..=8000))]
    width: Option<u32>,
    #[command(flatten)]
    theme: ThemeArg,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    scenario: ScenarioArg,
}

pub fn run(a: &Args) -> Result<()> {
    let theme = a.theme.theme();
    let loaded = a.scenario.load()?;
    let versions = super::out::translated(&loaded, &[a.lang.language()]);
    let scenario = versions[0].scenario.as_ref();
    let history = History::new(scenario);
    let job = Job {
        options: Options {
            width: f64::from(a.width.unwrap_or(scenario.map.width)),
            theme,
            scale_bar: true,
            language: a.lang.language(),
        },
        out: a.out.clone(),
    };
    let maps = (scenario.end - scenario.start + 1).max(0) as usize + gallery::steps(&history).len();
    let written = with_progress(maps, "maps", None, |tick| {
        gallery::write(&history, &job, tick)
    })??;
    warn_left_out(&loaded, &written.left_out);
    let stems = |paths: &mut dyn Iterator<Item = &PathBuf>| {
        paths
            .filter_map(|p| p.file_stem())
            .collect::<HashSet<_>>()
            .len()
    };
    let detail = format!(
        "{} and {} as SVG and PNG, their Commons pages, {} and maps.json",
        count(
            stems(&mut written.maps.iter().map(|w| &w.path)),
            "map",
            "maps"
        ),
        count(stems(&mut written.diffs.iter()), "diff map", "diff maps"),
        file_name(&written.page),
    );
    let mut files: Vec<PathBuf> = written.maps.into_iter().map(|w| w.path).collect();
    files.extend(written.diffs);
    files.push(written.page);
    files.push(a.out.join(spheres::output::manifest::FILE_NAME));
    say_wrote(&a.out, &files, Some(&detail))
}
