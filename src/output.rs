//! Writing maps to files: many moments in parallel, each file written atomically.
//!
//! A file is written under a temporary name in its folder and renamed into place, so an
//! interrupted or failed run never leaves a truncated map behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

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
    std::fs::create_dir_all(&job.out).map_err(|source| OutputError::Io {
        path: job.out.clone(),
        source,
    })?;
    let results: Vec<Result<Vec<Written>, OutputError>> = states
        .par_iter()
        .map(|state| {
            let map = scene::build(scenario, &prepared, state);
            let text = svg::write(&map);
            let stem = file_stem(&state.moment);
            let mut written = Vec::new();
            if job.formats.png() {
                let path = job.out.join(format!("{stem}.png"));
                let bytes =
                    png::rasterize(&text, job.scale).map_err(|source| OutputError::Png {
                        path: path.clone(),
                        source,
                    })?;
                write_atomic(&path, &bytes)?;
                written.push(Written {
                    path,
                    moment: state.moment.clone(),
                });
            }
            if job.formats.svg() {
                let path = job.out.join(format!("{stem}.svg"));
                write_atomic(&path, text.as_bytes())?;
                written.push(Written {
                    path,
                    moment: state.moment.clone(),
                });
            }
            progress();
            Ok(written)
        })
        .collect();
    let mut all = Vec::new();
    for r in results {
        all.extend(r?);
    }
    all.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(all)
}

/// Writes a file under a temporary name in the same folder, then renames it into place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let io = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
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
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
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
