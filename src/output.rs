//! Writing maps to files: many moments in parallel, each file written atomically.
//!
//! A file is written under a temporary name in its folder and renamed into place, so an
//! interrupted or failed run never leaves a truncated map behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::manifest;
use crate::model::Scenario;
use crate::render::{png, svg};
use crate::scene::{self, Options, Prepared};
use crate::timeline::{self, Moment, State, TimelineError};

/// Which files to write for each map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    /// SVG only.
    Svg,
    /// PNG only.
    Png,
    /// Both.
    Both,
}

impl Formats {
    fn svg(self) -> bool {
        matches!(self, Formats::Svg | Formats::Both)
    }
    fn png(self) -> bool {
        matches!(self, Formats::Png | Formats::Both)
    }
}

/// Why maps could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A moment could not be resolved.
    #[error(transparent)]
    Moment(#[from] TimelineError),
    /// The map frame could not be set up.
    #[error(transparent)]
    Project(#[from] crate::project::ProjectError),
    /// Rasterising failed.
    #[error("{path}: {source}")]
    Png {
        /// The file that was being made.
        path: PathBuf,
        /// What went wrong.
        source: png::PngError,
    },
    /// The file system refused.
    #[error("{path}: cannot write: {source} (hint: check that the folder exists and is writable)")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A file written, with what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// Where it is.
    pub path: PathBuf,
    /// What it shows.
    pub moment: Moment,
    /// Its entry in the folder's `maps.json`.
    pub entry: crate::manifest::Entry,
}

/// What to render and where.
#[derive(Debug, Clone)]
pub struct Job {
    /// The moments, one map each.
    pub moments: Vec<Moment>,
    /// Map size and theme.
    pub options: Options,
    /// PNG pixel density (2 for high-DPI).
    pub scale: f64,
    /// Which files.
    pub formats: Formats,
    /// The folder to write into (created if missing).
    pub out: PathBuf,
}

/// The file stem for a moment: `1912`, `1912-07-08` or the event id.
pub fn file_stem(moment: &Moment) -> String {
    moment
        .to_string()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Renders every moment of the job, in parallel; `progress` is called once per map done.
///
/// Every moment is resolved before anything is written, so a bad moment writes nothing.
/// Every file is first written under a temporary name; only when all of them are written
/// are they renamed into place, so a run that fails (a PNG too large, a full disk, a
/// folder that cannot be written) leaves neither a map nor a temporary file behind, and
/// removes the output folder again if it made it.
pub fn render_all(
    scenario: &Scenario,
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Vec<Written>, OutputError> {
    let states: Vec<State> = job
        .moments
        .iter()
        .map(|m| timeline::resolve(scenario, m))
        .collect::<Result<_, _>>()?;
    let prepared = Prepared::new(scenario, &job.options)?;
    // Draws once what the maps share, and gives each map the PNG of its SVG.
    let raster = png::Rasterizer::new(job.scale);
    let made_folder = !job.out.exists();
    std::fs::create_dir_all(&job.out).map_err(|source| OutputError::Io {
        path: job.out.clone(),
        source,
    })?;
    let results: Vec<Result<Vec<(Staged, Written)>, Failed>> = states
        .par_iter()
        .map(|state| {
            let map = scene::build(scenario, &prepared, state);
            let text = svg::write(&map);
            let stem = file_stem(&state.moment);
            let mut staged: Vec<(Staged, Written)> = Vec::new();
            let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
            let (w, h) = (map.width.round(), map.height.round());
            let mut entries = Vec::new();
            if job.formats.png() {
                let path = job.out.join(format!("{stem}.png"));
                match raster.png(&map) {
                    Ok(bytes) => files.push((path, bytes)),
                    Err(source) => return Err((Vec::new(), OutputError::Png { path, source })),
                }
                let size = (
                    (w * job.scale).round() as u32,
                    (h * job.scale).round() as u32,
                );
                entries.push(manifest::entry(
                    scenario,
                    state,
                    &map.desc,
                    &format!("{stem}.png"),
                    "png",
                    size,
                ));
            }
            if job.formats.svg() {
                files.push((job.out.join(format!("{stem}.svg")), text.into_bytes()));
                entries.push(manifest::entry(
                    scenario,
                    state,
                    &map.desc,
                    &format!("{stem}.svg"),
                    "svg",
                    (w as u32, h as u32),
                ));
            }
            for ((path, bytes), entry) in files.into_iter().zip(entries) {
                match stage(&path, &bytes) {
                    Ok(tmp) => staged.push((
                        tmp,
                        Written {
                            path,
                            moment: state.moment.clone(),
                            entry,
                        },
                    )),
                    Err(e) => {
                        return Err((staged.into_iter().map(|(t, _)| t).collect(), e));
                    }
                }
            }
            progress();
            Ok(staged)
        })
        .collect();

    let mut ready = Vec::new();
    let mut failure = None;
    let mut leftovers = Vec::new();
    for r in results {
        match r {
            Ok(files) => ready.extend(files),
            Err((staged, e)) => {
                leftovers.extend(staged);
                failure.get_or_insert(e);
            }
        }
    }
    let fail = |e: OutputError, ready: Vec<(Staged, Written)>, leftovers: Vec<Staged>| {
        for tmp in leftovers
            .into_iter()
            .chain(ready.into_iter().map(|(t, _)| t))
        {
            tmp.discard();
        }
        if made_folder {
            // Only if empty: a folder that has anything else in it is not ours to remove.
            let _ = std::fs::remove_dir(&job.out);
        }
        Err(e)
    };
    if failure.is_none() {
        // Renaming over a folder fails: find that before any file is renamed into place.
        failure = ready
            .iter()
            .find(|(_, w)| w.path.is_dir())
            .map(|(_, w)| OutputError::Io {
                path: w.path.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "a folder has the name of the map",
                ),
            });
    }
    if let Some(e) = failure {
        return fail(e, ready, leftovers);
    }
    let mut all = Vec::with_capacity(ready.len());
    let mut pending = ready.into_iter();
    while let Some((tmp, written)) = pending.next() {
        if let Err(e) = tmp.commit(&written.path) {
            return fail(e, pending.collect(), Vec::new());
        }
        all.push(written);
    }
    all.sort_by(|a, b| a.path.cmp(&b.path));
    let entries = all.iter().map(|w| w.entry.clone()).collect();
    write_atomic(
        &job.out.join(manifest::FILE_NAME),
        manifest::merged(&job.out, scenario, entries).as_bytes(),
    )?;
    Ok(all)
}

/// The file stem of the diff map of two moments: `diff-1909-1912`.
pub fn diff_stem(a: &Moment, b: &Moment) -> String {
    format!("diff-{}-{}", file_stem(a), file_stem(b))
}

/// Draws the map of the changes from `a` to `b` and writes it into `out` (created if
/// missing) as `diff-A-B.svg` and/or `.png`; returns the paths written, PNG first.
pub fn write_diff(
    scenario: &Scenario,
    a: &State,
    b: &State,
    options: &Options,
    scale: f64,
    formats: Formats,
    out: &Path,
) -> Result<Vec<PathBuf>, OutputError> {
    let prepared = Prepared::new(scenario, options)?;
    let map = scene::build_diff(scenario, &prepared, a, b);
    let text = svg::write(&map);
    let stem = diff_stem(&a.moment, &b.moment);
    let png_path = out.join(format!("{stem}.png"));
    // Rasterise before touching the disk, so a failure writes nothing.
    let png_bytes = if formats.png() {
        Some(
            png::rasterize(&text, scale).map_err(|source| OutputError::Png {
                path: png_path.clone(),
                source,
            })?,
        )
    } else {
        None
    };
    std::fs::create_dir_all(out).map_err(|source| OutputError::Io {
        path: out.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    if let Some(bytes) = png_bytes {
        write_atomic(&png_path, &bytes)?;
        written.push(png_path);
    }
    if formats.svg() {
        let path = out.join(format!("{stem}.svg"));
        write_atomic(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// Writes a file under a temporary name in the same folder, then renames it into place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    stage(path, bytes)?.commit(path)
}

/// A map that failed: the error, and the files it had staged before it did.
type Failed = (Vec<Staged>, OutputError);

/// A file written under a temporary name beside its final one, not yet renamed into place.
#[derive(Debug)]
#[must_use = "a staged file is committed or discarded"]
struct Staged(PathBuf);

impl Staged {
    /// Renames it into place (an atomic replace on the same file system).
    fn commit(self, path: &Path) -> Result<(), OutputError> {
        std::fs::rename(&self.0, path).map_err(|source| {
            self.discard();
            OutputError::Io {
                path: path.to_path_buf(),
                source,
            }
        })
    }

    /// Removes it.
    fn discard(self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Writes `bytes` to a hidden temporary file next to `path`, synced to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, OutputError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    match result {
        Ok(()) => Ok(Staged(tmp)),
        Err(source) => {
            let _ = std::fs::remove_file(&tmp);
            Err(OutputError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_file_names() {
        assert_eq!(file_stem(&Moment::Year(1912)), "1912");
        assert_eq!(
            file_stem(&Moment::Event("third-agreement".into())),
            "third-agreement"
        );
        assert_eq!(file_stem(&Moment::Event("../x y".into())), "___x_y");
    }

    #[test]
    fn atomic_writes_leave_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("spheres-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        write_atomic(&path, b"hello").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"hello");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        let missing = dir.join("no-such-folder").join("b.txt");
        assert!(write_atomic(&missing, b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
