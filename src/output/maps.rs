//! Maps on disk: the maps of a run of moments, each with its `maps.json` entry, and the
//! map of the changes between two moments; each map with its Wikimedia Commons page
//! (`1912.wikitext` beside `1912.svg`).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{
    Format, LeftOut, OutputError, Rendered, Transaction, Written, check_formats, diff_stem,
    file_name, file_stem, manifest,
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
    /// Map size, theme and scale bar (their language is the first of `languages`).
    pub options: Options,
    /// The languages of the maps' words (`--lang`), at least one. The maps are drawn in
    /// the first and named by it (`1912.ja.svg`); a list of several (`--lang all`: every
    /// language, English first) is the list the multilingual SVG, one file whose texts
    /// switch by the reader's language, is written in.
    pub languages: Vec<Language>,
    /// PNG pixel density (2 for high-DPI).
    pub scale: f64,
    /// Which files: SVG, PNG or both.
    pub formats: Vec<Format>,
    /// The folder to write into (created if missing).
    pub out: PathBuf,
}

/// Renders every moment of the job, in parallel, with `maps.json`; `progress` is called
/// once per map done. `histories` are the scenario's history in each of `job.languages`,
/// in that order (the scenario translated into each: see [`crate::translate`]). Returns
/// the maps written, sorted by path, and the cities they had no room for.
///
/// In one language, each moment is a map (`1912.svg`, `1912.ja.png`). In several (`--lang
/// all`), each moment is one SVG for every language (`1912.all.svg`: see
/// [`crate::render::multilingual`]) and a PNG per language.
///
/// Every moment is resolved before anything is written, so a bad moment writes nothing.
/// The files go through one [`Transaction`], so a run that fails (a PNG too large, a full
/// disk, a folder that cannot be written) leaves neither a map nor a temporary file
/// behind, and removes the output folder again if it made it.
pub fn render_all(
    histories: &[&History],
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Rendered, OutputError> {
    let run = Run::new(histories, job)?;
    let mut tx = Transaction::in_folder(&job.out)?;
    let staged = run.stage(&tx, progress)?;
    tx.keep_manifest(run.versions[0].scenario);
    let mut files = tx.commit()?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Rendered {
        files,
        left_out: staged.left_out,
    })
}

/// The maps of a job in one language, ready to draw.
pub(crate) struct Version<'a> {
    /// The language of its words.
    pub(crate) language: Language,
    /// The scenario in that language.
    pub(crate) scenario: &'a Scenario,
    /// One per moment of the job.
    pub(crate) states: Vec<State>,
    /// What the maps share.
    pub(crate) prepared: Prepared,
}

/// The maps of a job, ready to draw: the moments resolved and the map frame prepared in
/// each language, so that whatever can go wrong with them does before a file is written.
pub(crate) struct Run<'a> {
    job: &'a Job,
    /// One per language of the job, in its order.
    pub(crate) versions: Vec<Version<'a>>,
}

impl<'a> Run<'a> {
    /// The run of `job` over `histories`, one per language of the job.
    pub(crate) fn new(histories: &[&History<'a>], job: &'a Job) -> Result<Run<'a>, OutputError> {
        check_formats("maps", &job.formats, &MAP_FORMATS)?;
        let mut versions = Vec::new();
        for (&language, history) in job.languages.iter().zip(histories) {
            let states = job
                .moments
                .iter()
                .map(|m| history.resolve(m))
                .collect::<Result<_, _>>()?;
            let options = Options {
                language,
                ..job.options.clone()
            };
            versions.push(Version {
                language,
                scenario: history.scenario(),
                states,
                prepared: Prepared::new(history.scenario(), &options)?,
            });
        }
        if versions.is_empty() {
            return Err(OutputError::NoLanguage);
        }
        // One SVG for several languages has one size: each gets the room under the map
        // that the language needing most needs.
        let (band, footer) = versions
            .iter()
            .map(|v| v.prepared.room_below())
            .fold((0.0, 0.0), |(b, f), (vb, vf)| {
                (f64::max(b, vb), f64::max(f, vf))
            });
        for v in &mut versions {
            v.prepared.make_room_below(band, footer);
        }
        Ok(Run { job, versions })
    }

    /// The language a moment's page and SVG are named by: the run's one, or every
    /// language's ([`ALL`]).
    fn page_language(&self) -> Option<Language> {
        match self.versions.as_slice() {
            [one] => Some(one.language),
            _ => None,
        }
    }

    /// The file of the moment `stem` with extension `ext`: in the one language of the
    /// run, or (several languages) the one for all of them (the SVG, the page) or the
    /// first language's (the PNG).
    fn named(&self, stem: &str, ext: &str) -> String {
        match (self.page_language(), ext) {
            (Some(l), _) => file_name(stem, l, ext),
            (None, "png") => file_name(stem, self.versions[0].language, ext),
            (None, _) => format!("{stem}.{ALL}.{ext}"),
        }
    }

    /// The states of the first language's maps, one per moment.
    pub(crate) fn states(&self) -> &[State] {
        &self.versions[0].states
    }

    /// Draws every map, in parallel, and stages its files in `tx`; returns them sorted by
    /// path, with the cities the maps had no room for.
    pub(crate) fn stage(
        &self,
        tx: &Transaction,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Rendered, OutputError> {
        let job = self.job;
        // Draws once what the maps of a language share, and gives each map the PNG of its
        // SVG.
        let rasters: Vec<png::Rasterizer> = self
            .versions
            .iter()
            .map(|_| png::Rasterizer::new(job.scale))
            .collect();
        // Each map's file stem; a page names the other maps of the run by their SVG (or,
        // without one, their PNG).
        let stems: Vec<String> = self.states().iter().map(|s| file_stem(&s.moment)).collect();
        let ext = if job.formats.contains(&Format::Svg) {
            Format::Svg
        } else {
            Format::Png
        };
        // Each map's files, and the cities it had no room for.
        type Drawn = (Vec<Written>, Vec<usize>);
        let results: Vec<Result<Drawn, OutputError>> = (0..self.states().len())
            .into_par_iter()
            .map(|k| {
                let maps: Vec<scene::Scene> = self
                    .versions
                    .iter()
                    .map(|v| scene::build(v.scenario, &v.prepared, &v.states[k]))
                    .collect();
                let stem = &stems[k];
                // The moment's map in each language of the run.
                let each: Vec<(Language, &scene::Scene)> = self
                    .versions
                    .iter()
                    .zip(&maps)
                    .map(|(v, m)| (v.language, m))
                    .collect();
                // One page for the moment's map: in every language of the run.
                let page = self.named(stem, "wikitext");
                let mut files = Vec::new();
                if job.formats.contains(&Format::Png) {
                    for ((v, map), raster) in self.versions.iter().zip(&maps).zip(&rasters) {
                        let name = file_name(stem, v.language, "png");
                        let path = job.out.join(&name);
                        let bytes = raster.png(map).map_err(|source| OutputError::Png {
                            path: path.clone(),
                            source,
                        })?;
                        let (w, h) = (map.width.round(), map.height.round());
                        let size = (
                            (w * job.scale).round() as u32,
                            (h * job.scale).round() as u32,
                        );
                        let state = &v.states[k];
                        let mut entry = manifest::entry(
                            v.language, v.scenario, state, &map.desc, &name, "png", size,
                        );
                        entry.commons = Some(page.clone());
                        files.push((path, Some(entry), bytes));
                    }
                }
                if job.formats.contains(&Format::Svg) {
                    let v = &self.versions[0];
                    let map = &maps[0];
                    let size = (map.width.round() as u32, map.height.round() as u32);
                    let name = self.named(stem, "svg");
                    let text = if self.versions.len() == 1 {
                        svg::write(map)
                    } else {
                        crate::render::multilingual::write(&each)
                    };
                    let mut entry = manifest::entry(
                        v.language,
                        v.scenario,
                        &v.states[k],
                        &map.desc,
                        &name,
                        "svg",
                        size,
                    );
                    if self.versions.len() > 1 {
                        entry.lang = Some(ALL.into());
                    }
                    entry.commons = Some(page.clone());
                    files.push((job.out.join(name), Some(entry), text.into_bytes()));
                }
                let others: Vec<String> = (stems.iter().enumerate())
                    .filter(|&(j, _)| j != k)
                    .map(|(_, other)| self.named(other, ext.name()))
                    .collect();
                let v = &self.versions[0];
                let events = v.states[k].applied_events(v.scenario);
                let text = commons_page(v.scenario, &each, &events, &others);
                files.push((job.out.join(&page), None, text.into_bytes()));
                let mut written = Vec::with_capacity(files.len());
                for (path, entry, bytes) in files {
                    let file = Written { path, entry };
                    tx.stage(file.clone(), &bytes)?;
                    written.push(file);
                }
                progress();
                let left: Vec<usize> = maps
                    .iter()
                    .flat_map(|m| m.left_out.iter().copied())
                    .collect();
                let mut left = left;
                left.sort_unstable();
                left.dedup();
                Ok((written, left))
            })
            .collect();
        // The first failure in the order of the moments, whichever thread met it first.
        let mut all = Vec::new();
        let mut left_out = Vec::new();
        for (r, state) in results.into_iter().zip(self.states()) {
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

/// What the file name of a map in every language says in place of a language's code
/// (`1912.all.svg`), and its `maps.json` entry's `lang`.
pub const ALL: &str = "all";

/// A map's Wikimedia Commons page: its title and alt text in each language it is drawn
/// in (`maps`, one scene per language), the scenario's credit, and the sources of
/// `events`; `others` names the other maps of its run.
fn commons_page(
    scenario: &Scenario,
    maps: &[(Language, &scene::Scene)],
    events: &[usize],
    others: &[String],
) -> String {
    let language = maps.first().map_or(Language::En, |(l, _)| *l);
    let credit = scene::credit(language, scenario);
    let descriptions: Vec<(Language, Description)> = maps
        .iter()
        .map(|(l, map)| {
            (
                *l,
                Description {
                    title: map.title.clone(),
                    alt: map.desc.clone(),
                },
            )
        })
        .collect();
    commons::page(
        &commons::Map {
            scenario,
            credit: &credit,
            events,
            others,
        },
        &descriptions,
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
    /// `out` (`diff-A-B.ja.svg` in Japanese: see [`file_name`]), with its Commons page
    /// `diff-A-B.wikitext`; the PNG is rasterised here, so a failure comes before anything
    /// is written.
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
        let language = prepared.language();
        let mut files = Vec::new();
        if formats.contains(&Format::Png) {
            let path = out.join(file_name(&stem, language, "png"));
            let bytes = png::rasterize(&text, scale).map_err(|source| OutputError::Png {
                path: path.clone(),
                source,
            })?;
            files.push((path, bytes));
        }
        if formats.contains(&Format::Svg) {
            files.push((
                out.join(file_name(&stem, language, "svg")),
                text.into_bytes(),
            ));
        }
        let page = commons_page(
            scenario,
            &[(language, &map)],
            &scene::cited_between(scenario, a, b),
            &[],
        );
        files.push((
            out.join(file_name(&stem, language, "wikitext")),
            page.into_bytes(),
        ));
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
/// written, PNG first, and the cities the map had no room for. `versions` are the scenario and the two states in
/// each language asked for (see [`crate::translate`]): in one, the map is written in it
/// (`diff-A-B.ja.svg`); in several (`--lang all`, English first), as one SVG for every
/// language (`diff-A-B.all.svg`) and a PNG per language.
pub fn write_diff(
    versions: &[(Language, &Scenario, (&State, &State))],
    options: &Options,
    scale: f64,
    formats: &[Format],
    out: &Path,
) -> Result<Rendered, OutputError> {
    let Some(&(_, _, (a, b))) = versions.first() else {
        return Err(OutputError::NoLanguage);
    };
    let stem = diff_stem(&a.moment, &b.moment);
    let tx = Transaction::in_folder(out)?;
    let mut paths = Vec::new();
    let mut left_out = Vec::new();
    let prepared = |language: Language, scenario: &Scenario| {
        let options = Options {
            language,
            ..options.clone()
        };
        Prepared::new(scenario, &options)
    };
    if let [(language, scenario, states)] = versions {
        let prepared = prepared(*language, scenario)?;
        let map = DiffMap::draw(scenario, &prepared, *states, scale, formats, out)?;
        paths.extend(map.stage(&tx)?);
        left_out.extend(map.left_out);
    } else {
        // Several languages: each one's PNG, and one SVG and one page for all of them.
        check_formats("diff maps", formats, &MAP_FORMATS)?;
        let mut scenes = Vec::new();
        for &(language, scenario, (a, b)) in versions {
            let map = scene::build_diff(scenario, &prepared(language, scenario)?, a, b);
            if formats.contains(&Format::Png) {
                let path = out.join(file_name(&stem, language, "png"));
                let bytes = png::rasterize(&svg::write(&map), scale).map_err(|source| {
                    OutputError::Png {
                        path: path.clone(),
                        source,
                    }
                })?;
                tx.stage(Written::file(path.clone()), &bytes)?;
                paths.push(path);
            }
            left_out.extend(map.left_out.iter().copied());
            scenes.push((language, map));
        }
        let all: Vec<(Language, &scene::Scene)> = scenes.iter().map(|(l, m)| (*l, m)).collect();
        if formats.contains(&Format::Svg) {
            let path = out.join(format!("{stem}.{ALL}.svg"));
            let text = crate::render::multilingual::write(&all);
            tx.stage(Written::file(path.clone()), text.as_bytes())?;
            paths.push(path);
        }
        let (_, scenario, (a, b)) = versions[0];
        let page = commons_page(scenario, &all, &scene::cited_between(scenario, a, b), &[]);
        let path = out.join(format!("{stem}.{ALL}.wikitext"));
        tx.stage(Written::file(path.clone()), page.as_bytes())?;
        paths.push(path);
    }
    tx.commit()?;
    left_out.sort_unstable();
    left_out.dedup();
    Ok(Rendered {
        files: paths.into_iter().map(Written::file).collect(),
        left_out: LeftOut::gather([(stem, left_out)]),
    })
}
