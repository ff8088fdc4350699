//! Maps on disk: the maps of a run of moments, each with its `maps.json` entry, and the
//! map of the changes between two moments; each map with its Wikimedia Commons page
//! (`1912.wikitext` beside `1912.svg`).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{
    Format, LeftOut, OutputError, Rendered, Transaction, Written, check_formats, diff_stem,
    file_stem, manifest,
};
use crate::language::Language;
use crate::model::Scenario;
use crate::render::{png, svg};
use crate::report::commons::{self, Description};
use crate::scene::{self, Options, Prepared};
use crate::timeline::{History, Moment, State};

/// What a map is drawn as.
const MAP_FORMATS: [Format; 2] = [Format::Svg, Format::Png];

/// What to render and where.
#[derive(Debug, Clone)]
pub struct Job {
    /// The moments, one map each.
    pub moments: Vec<Moment>,
    /// Map size and theme.
    pub options: Options,
    /// PNG pixel density (2 for high-DPI).
    pub scale: f64,
    /// Which files: SVG, PNG or both.
    pub formats: Vec<Format>,
    /// The folder to write into (created if missing).
    pub out: PathBuf,
}

/// Renders every moment of the job, in parallel, with `maps.json`; `progress` is called
/// once per map done. Returns the maps written, sorted by path, and the cities they had
/// no room for.
///
/// Every moment is resolved before anything is written, so a bad moment writes nothing.
/// The files go through one [`Transaction`], so a run that fails (a PNG too large, a full
/// disk, a folder that cannot be written) leaves neither a map nor a temporary file
/// behind, and removes the output folder again if it made it.
pub fn render_all(
    history: &History,
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Rendered, OutputError> {
    let run = Run::new(history, job)?;
    let mut tx = Transaction::in_folder(&job.out)?;
    let staged = run.stage(&tx, progress)?;
    tx.keep_manifest(history.scenario());
    let mut files = tx.commit()?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Rendered {
        files,
        left_out: staged.left_out,
    })
}

/// The maps of a job, ready to draw: the moments resolved and the map frame prepared, so
/// that whatever can go wrong with them does before a file is written.
pub(crate) struct Run<'a> {
    scenario: &'a Scenario,
    job: &'a Job,
    /// One per moment of the job.
    pub(crate) states: Vec<State>,
    /// What the maps share.
    pub(crate) prepared: Prepared,
}

impl<'a> Run<'a> {
    pub(crate) fn new(history: &History<'a>, job: &'a Job) -> Result<Run<'a>, OutputError> {
        check_formats("maps", &job.formats, &MAP_FORMATS)?;
        let states = job
            .moments
            .iter()
            .map(|m| history.resolve(m))
            .collect::<Result<_, _>>()?;
        Ok(Run {
            scenario: history.scenario(),
            job,
            states,
            prepared: Prepared::new(history.scenario(), &job.options)?,
        })
    }

    /// Draws every map, in parallel, and stages its files in `tx`; returns them sorted by
    /// path, with the cities the maps had no room for.
    pub(crate) fn stage(
        &self,
        tx: &Transaction,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Rendered, OutputError> {
        let (job, scenario) = (self.job, self.scenario);
        // Draws once what the maps share, and gives each map the PNG of its SVG.
        let raster = png::Rasterizer::new(job.scale);
        // Each map's file stem; a page names the other maps of the run by their SVG (or,
        // without one, their PNG).
        let stems: Vec<String> = self.states.iter().map(|s| file_stem(&s.moment)).collect();
        let ext = if job.formats.contains(&Format::Svg) {
            Format::Svg
        } else {
            Format::Png
        };
        // Each map's files, and the cities it had no room for.
        type Drawn = (Vec<Written>, Vec<usize>);
        let results: Vec<Result<Drawn, OutputError>> = self
            .states
            .par_iter()
            .enumerate()
            .map(|(i, state)| {
                let map = scene::build(scenario, &self.prepared, state);
                let stem = &stems[i];
                let (w, h) = (map.width.round(), map.height.round());
                let page = commons::file_name(stem);
                let mut files = Vec::new();
                if job.formats.contains(&Format::Png) {
                    let name = format!("{stem}.png");
                    let path = job.out.join(&name);
                    let bytes = raster.png(&map).map_err(|source| OutputError::Png {
                        path: path.clone(),
                        source,
                    })?;
                    let size = (
                        (w * job.scale).round() as u32,
                        (h * job.scale).round() as u32,
                    );
                    let mut entry = manifest::entry(scenario, state, &map.desc, &name, "png", size);
                    entry.commons = Some(page.clone());
                    files.push((path, Some(entry), bytes));
                }
                if job.formats.contains(&Format::Svg) {
                    let name = format!("{stem}.svg");
                    let size = (w as u32, h as u32);
                    let mut entry = manifest::entry(scenario, state, &map.desc, &name, "svg", size);
                    entry.commons = Some(page.clone());
                    files.push((
                        job.out.join(name),
                        Some(entry),
                        svg::write(&map).into_bytes(),
                    ));
                }
                let others: Vec<String> = (stems.iter().enumerate())
                    .filter(|&(j, _)| j != i)
                    .map(|(_, other)| format!("{other}.{ext}"))
                    .collect();
                let text = commons_page(scenario, &map, &state.applied_events(scenario), &others);
                files.push((job.out.join(&page), None, text.into_bytes()));
                let mut written = Vec::with_capacity(files.len());
                for (path, entry, bytes) in files {
                    let file = Written { path, entry };
                    tx.stage(file.clone(), &bytes)?;
                    written.push(file);
                }
                progress();
                Ok((written, map.left_out))
            })
            .collect();
        // The first failure in the order of the moments, whichever thread met it first.
        let mut all = Vec::new();
        let mut left_out = Vec::new();
        for (r, state) in results.into_iter().zip(&self.states) {
            let (written, left) = r?;
            all.extend(written);
            left_out.push((file_stem(&state.moment), left));
        }
        all.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Rendered {
            files: all,
            left_out: LeftOut::gather(left_out),
        })
    }
}

/// A map's Wikimedia Commons page, in English for now: its title and alt text, its
/// credit, and the sources of `events`; `others` names the other maps of its run.
fn commons_page(
    scenario: &Scenario,
    map: &scene::Scene,
    events: &[usize],
    others: &[String],
) -> String {
    let credit = scene::credit(scenario);
    let description = Description {
        title: map.title.clone(),
        alt: map.desc.clone(),
    };
    commons::page(
        &commons::Map {
            scenario,
            credit: &credit,
            events,
            others,
        },
        &[(Language::En, description)],
    )
}

/// A diff map, drawn: its files and what a page showing it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffMap {
    /// The files (PNG first, then SVG, then the Commons page), with their bytes.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// The map's pixel size (at scale 1).
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// Its alt text (the `<desc>` of its SVG).
    pub alt: String,
    /// The cities it had no room for (indices in `Scenario::cities`).
    pub left_out: Vec<usize>,
}

impl DiffMap {
    /// Draws the map of the changes from `a` to `b`, as `diff-A-B.png` and/or `.svg` in
    /// `out`, with its Commons page `diff-A-B.wikitext`; the PNG is rasterised here, so a
    /// failure comes before anything is written.
    pub fn draw(
        scenario: &Scenario,
        prepared: &Prepared,
        (a, b): (&State, &State),
        scale: f64,
        formats: &[Format],
        out: &Path,
    ) -> Result<DiffMap, OutputError> {
        check_formats("diff maps", formats, &MAP_FORMATS)?;
        let map = scene::build_diff(scenario, prepared, a, b);
        let text = svg::write(&map);
        let stem = diff_stem(&a.moment, &b.moment);
        let page = commons_page(scenario, &map, &scene::cited_between(scenario, a, b), &[]);
        let mut files = Vec::new();
        if formats.contains(&Format::Png) {
            let path = out.join(format!("{stem}.png"));
            let bytes = png::rasterize(&text, scale).map_err(|source| OutputError::Png {
                path: path.clone(),
                source,
            })?;
            files.push((path, bytes));
        }
        if formats.contains(&Format::Svg) {
            files.push((out.join(format!("{stem}.svg")), text.into_bytes()));
        }
        files.push((out.join(commons::file_name(&stem)), page.into_bytes()));
        Ok(DiffMap {
            files,
            width: map.width.round() as u32,
            height: map.height.round() as u32,
            alt: map.desc,
            left_out: map.left_out,
        })
    }

    /// Stages its files in `tx`; returns their paths, in the order of [`DiffMap::files`].
    pub fn stage(&self, tx: &Transaction) -> Result<Vec<PathBuf>, OutputError> {
        self.files
            .iter()
            .map(|(path, bytes)| {
                tx.stage(Written::file(path.clone()), bytes)?;
                Ok(path.clone())
            })
            .collect()
    }
}

/// Draws the map of the changes from `a` to `b` and writes it into `out` (created if
/// missing) as `diff-A-B.svg` and/or `.png`, with its Commons page; returns the files
/// written, PNG first, and the cities the map had no room for.
pub fn write_diff(
    scenario: &Scenario,
    (a, b): (&State, &State),
    options: &Options,
    scale: f64,
    formats: &[Format],
    out: &Path,
) -> Result<Rendered, OutputError> {
    let prepared = Prepared::new(scenario, options)?;
    let map = DiffMap::draw(scenario, &prepared, (a, b), scale, formats, out)?;
    let tx = Transaction::in_folder(out)?;
    let paths = map.stage(&tx)?;
    tx.commit()?;
    let stem = diff_stem(&a.moment, &b.moment);
    Ok(Rendered {
        files: paths.into_iter().map(Written::file).collect(),
        left_out: LeftOut::gather([(stem, map.left_out)]),
    })
}
