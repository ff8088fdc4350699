//! The gallery: every year's map, the maps of what changed between consecutive treaties,
//! and `index.html`, one self-contained page that shows them.
//!
//! The page works from the folder it is written to, with no network: its CSS and script
//! are inline, it names no web font, and every map is a file beside it. It has a year
//! slider (with previous and next buttons) that switches the map shown; without script it
//! lists every map instead. Each map comes with its caption, alt text, sources and the
//! `<figure>` snippet of `maps.json`, which a Copy button puts on the clipboard.
//!
//! The page is deterministic: the same scenario and options give byte-identical HTML.
//! Drawing the maps is this module's; writing the page's HTML is `page`'s.
//!
//! ```no_run
//! use spheres::{History, Options, gallery, load};
//! let scenario = load::built_in()?;
//! let job = gallery::Job { options: Options::default(), out: "output".into() };
//! let written = gallery::write(&History::new(&scenario), &job, &|| {})?;
//! println!("{}", written.page.display());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diff;
use crate::output::maps::{DiffMap, Run};
use crate::output::{self, Format, LeftOut, OutputError, Transaction, Written};
use crate::scene::Options;
use crate::timeline::{History, Moment};

mod page;

use page::{Comparison, YearMap, html};

/// The stem of the page's name: `index.html`, or in another language than English
/// `index.ja.html` (see [`output::file_name`]), so that galleries in several languages can
/// share a folder as their maps do.
pub const PAGE_STEM: &str = "index";

/// What to draw and where.
#[derive(Debug, Clone)]
pub struct Job {
    /// Map size, theme and language, for the year maps, the diff maps and the page alike.
    pub options: Options,
    /// The folder to write into (created if missing).
    pub out: PathBuf,
}

/// What a gallery run wrote.
#[derive(Debug, Clone)]
pub struct Gallery {
    /// The year maps (PNG and SVG), sorted by path, as [`output::render_all`] gives them.
    pub maps: Vec<Written>,
    /// The diff maps, PNG then SVG for each comparison, in the order of [`steps`].
    pub diffs: Vec<PathBuf>,
    /// The page.
    pub page: PathBuf,
    /// The cities the year maps and the diff maps had no room for.
    pub left_out: Vec<LeftOut>,
}

/// One comparison the gallery draws: the map just after one event against the map just
/// after a later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The earlier event's index in `Scenario::events`.
    pub from: usize,
    /// The later event's index.
    pub to: usize,
}

/// The comparisons between consecutive treaties (events marked `treaty = true`), in date
/// order, leaving out those where nothing on the map differs. A scenario that marks no
/// treaty is stepped through by the events that change control instead.
///
/// ```
/// use spheres::{gallery, load, timeline::History};
/// let scenario = load::built_in()?;
/// let steps = gallery::steps(&History::new(&scenario));
/// let first = steps[0];
/// assert_eq!(scenario.events[first.from].id, "cer-contract");
/// assert_eq!(scenario.events[first.to].id, "liaodong-lease");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn steps(history: &History) -> Vec<Step> {
    let scenario = history.scenario();
    let mut anchors: Vec<usize> = history
        .steps()
        .iter()
        .map(|s| s.event)
        .filter(|&i| scenario.events[i].treaty)
        .collect();
    if anchors.is_empty() {
        anchors = history
            .steps()
            .iter()
            .filter(|s| s.changes_map())
            .map(|s| s.event)
            .collect();
    }
    anchors
        .windows(2)
        .filter(|w| !history.after(w[0]).same_control(history.after(w[1])))
        .map(|w| Step {
            from: w[0],
            to: w[1],
        })
        .collect()
}

/// Draws every year of the scenario (SVG and PNG, with `maps.json`), the diff map of each
/// of [`steps`], and `index.html`, into `job.out`, all or nothing. `progress` is called
/// once per map done.
pub fn write(
    history: &History,
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Gallery, OutputError> {
    let scenario = history.scenario();
    let years: Vec<i32> = (scenario.start..=scenario.end).collect();
    let maps_job = output::Job {
        moments: years.iter().copied().map(Moment::Year).collect(),
        options: job.options.clone(),
        languages: vec![job.options.language],
        scale: 1.0,
        formats: vec![Format::Svg, Format::Png],
        out: job.out.clone(),
    };
    let run = Run::new(&[history], &maps_job)?;
    let mut tx = Transaction::in_folder(&job.out)?;
    let staged = run.stage(&tx, progress)?;
    let maps = staged.files;
    let year_maps = year_maps(history, &years, &run, &maps);
    let drawn = diff_maps(history, &run, &tx, &job.out, progress)?;
    let left_out = gather_left_out(&staged.left_out, &drawn);
    let (comparisons, diff_paths): (Vec<Comparison>, Vec<Vec<PathBuf>>) =
        drawn.into_iter().map(|d| (d.comparison, d.paths)).unzip();

    let language = job.options.language;
    let page = job.out.join(output::file_name(PAGE_STEM, language, "html"));
    let text = html(language, scenario, &year_maps, &comparisons);
    tx.stage(Written::file(page.clone()), text.as_bytes())?;
    tx.keep_manifest(scenario);
    tx.commit()?;
    Ok(Gallery {
        maps,
        diffs: diff_paths.into_iter().flatten().collect(),
        page,
        left_out,
    })
}

/// The cities left out of the year maps (`years`, as the run gathered them) and of the
/// diff maps, city by city, the year maps first.
fn gather_left_out(years: &[LeftOut], diffs: &[DrawnDiff]) -> Vec<LeftOut> {
    let year_maps = years
        .iter()
        .flat_map(|l| l.maps.iter().map(|m| (m.clone(), vec![l.city])));
    let diff_maps = diffs.iter().map(|d| (d.stem.clone(), d.left_out.clone()));
    LeftOut::gather(year_maps.chain(diff_maps))
}

/// A diff map drawn and staged.
struct DrawnDiff {
    /// What the page says of it.
    comparison: Comparison,
    /// Its files, PNG first.
    paths: Vec<PathBuf>,
    /// Its files' stem: `diff-A-B`.
    stem: String,
    /// The cities it had no room for.
    left_out: Vec<usize>,
}

/// Each year's map for the page: its state and events, and the manifest entries of the
/// files `maps` (what the run staged) holds for it.
fn year_maps(history: &History, years: &[i32], run: &Run, maps: &[Written]) -> Vec<YearMap> {
    years
        .iter()
        .zip(run.states())
        .map(|(&year, state)| {
            let entry = |format: &str| {
                maps.iter()
                    .filter_map(|w| w.entry.as_ref())
                    .find(|e| e.moment == state.moment.to_string() && e.format == format)
                    .cloned()
            };
            YearMap {
                year,
                events: history
                    .steps()
                    .iter()
                    .filter(|s| s.state.date.year == year)
                    .map(|s| s.event)
                    .collect(),
                state: state.clone(),
                svg: entry("svg"),
                png: entry("png"),
            }
        })
        .collect()
}

/// Draws and stages the diff map (PNG and SVG) of each of [`steps`], in parallel: what
/// the page says of each, the paths staged, and the cities the map had no room for.
fn diff_maps(
    history: &History,
    run: &Run,
    tx: &Transaction,
    out: &Path,
    progress: &(dyn Fn() + Sync),
) -> Result<Vec<DrawnDiff>, OutputError> {
    let scenario = history.scenario();
    steps(history)
        .par_iter()
        .map(|step| {
            let (a, b) = (history.after(step.from), history.after(step.to));
            // The page needs the map's size and alt text: they come with the drawing.
            let map = DiffMap::draw(
                scenario,
                &run.versions[0].prepared,
                (a, b),
                1.0,
                &[Format::Png, Format::Svg],
                out,
            )?;
            let paths = map.stage(tx)?;
            let stem = output::diff_stem(&a.moment, &b.moment);
            let language = run.versions[0].language;
            progress();
            Ok(DrawnDiff {
                comparison: Comparison {
                    step: *step,
                    changes: diff::diff(scenario, a, b, &[]),
                    between: diff::events_between(scenario, a, b),
                    svg: output::file_name(&stem, language, "svg"),
                    png: output::file_name(&stem, language, "png"),
                    stem: stem.clone(),
                    width: map.width,
                    height: map.height,
                    alt: map.alt,
                    a: a.clone(),
                    b: b.clone(),
                },
                paths,
                stem,
                left_out: map.left_out,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scenario;
    use crate::timeline::tests::scenario;

    fn ids(s: &Scenario, steps: &[Step]) -> Vec<(String, String)> {
        steps
            .iter()
            .map(|st| (s.events[st.from].id.clone(), s.events[st.to].id.clone()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.into(), b.into())
    }

    #[test]
    fn without_treaties_the_events_that_change_control_are_stepped_through() {
        let s = scenario();
        // Date order: early, tie-1, tie-2 (same day, file order), late; each changes control.
        assert_eq!(
            ids(&s, &steps(&History::new(&s))),
            [
                pair("early", "tie-1"),
                pair("tie-1", "tie-2"),
                pair("tie-2", "late")
            ]
        );
    }

    #[test]
    fn treaties_are_paired_in_date_order_skipping_pairs_with_no_change() {
        let mut s = scenario();
        let mut noop = s.events[1].clone();
        noop.id = "noop".into();
        noop.date = crate::model::Date::parse("1902-01-01").unwrap();
        noop.changes.clear();
        s.events.push(noop);
        for e in &mut s.events {
            e.treaty = matches!(e.id.as_str(), "early" | "noop" | "tie-1" | "late");
        }
        // early → noop changes nothing on the map and is left out; noop → tie-1 compares
        // from the state the skipped pair ended in, so nothing is lost.
        assert_eq!(
            ids(&s, &steps(&History::new(&s))),
            [pair("noop", "tie-1"), pair("tie-1", "late")]
        );
    }
}
