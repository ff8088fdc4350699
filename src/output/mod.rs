//! Writing files: the maps of a run, diff maps, animations, charts and reports, each run
//! all or nothing through one [`Transaction`], and the `maps.json` [`manifest`] of every
//! map written.
//!
//! This is where the pipeline is run for a job (moments resolved, scenes built, drawn by
//! [`crate::render`]) and its files are put on disk. A file is written under a temporary
//! name in its folder and renamed into place only when every file of the run is ready, so
//! an interrupted or failed run never leaves a truncated file, or half of its files,
//! behind.

pub mod animation;
pub mod chart;
mod folder;
pub mod manifest;
pub mod maps;
pub mod starter;
mod transaction;

use std::fmt;
use std::path::PathBuf;

pub use maps::{Job, render_all, write_diff};
pub use transaction::{LOCK_FILE, TEMP_SUFFIX, Transaction, remove_staged_files, write_atomic};

use crate::project::ProjectError;
use crate::render::animate::AnimateError;
use crate::render::chart::ChartError;
use crate::render::png::PngError;
use crate::timeline::{Moment, TimelineError};

/// A kind of image file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// An SVG map or chart.
    Svg,
    /// A PNG map or chart: the SVG rasterised.
    Png,
    /// An animated GIF.
    Gif,
    /// An animated PNG (APNG).
    Apng,
}

impl Format {
    /// The lowercase name: `svg`, `png`, `gif` or `apng` (as `maps.json` writes it).
    pub fn name(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Gif => "gif",
            Format::Apng => "apng",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why files could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A moment could not be resolved.
    #[error(transparent)]
    Moment(#[from] TimelineError),
    /// The map frame could not be set up.
    #[error(transparent)]
    Project(#[from] ProjectError),
    /// Rasterising failed.
    #[error("{path}: {source}")]
    Png {
        /// The file that was being made.
        path: PathBuf,
        /// What went wrong.
        source: PngError,
    },
    /// An animation could not be made.
    #[error(transparent)]
    Animate(#[from] AnimateError),
    /// A chart could not be drawn.
    #[error(transparent)]
    Chart(#[from] ChartError),
    /// A writer was asked for a kind of file it does not make (a library caller's
    /// mistake: the command line never asks for one).
    #[error("{what} cannot be written as {format}")]
    Unsupported {
        /// What was to be written, e.g. "maps".
        what: &'static str,
        /// The format asked for.
        format: Format,
    },
    /// A file of the run has the name of something that is not a regular file (a
    /// device, a pipe, a socket, or a link to one), which is never replaced.
    #[error(
        "{path}: not written: it is a {what}, which spheres never replaces (hint: remove it, or write somewhere else)"
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What is there: "pipe", "character device", "block device", "socket", …
        what: &'static str,
    },
    /// A file that is never replaced is there already (`spheres init` into a folder
    /// that holds a scenario).
    #[error(
        "{path}: not written: the file exists (hint: choose a new folder, or move the file away)"
    )]
    Exists {
        /// The file.
        path: PathBuf,
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

/// A file written (or staged in a [`Transaction`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// Where it is.
    pub path: PathBuf,
    /// Its entry in the folder's `maps.json`, for the maps listed there (the maps of
    /// moments; diff maps, animations, charts and pages are not).
    pub entry: Option<manifest::Entry>,
}

impl Written {
    /// A file with no entry in `maps.json`.
    pub fn file(path: PathBuf) -> Written {
        Written { path, entry: None }
    }
}

/// Fails unless every format of `formats` is one of `allowed`.
fn check_formats(
    what: &'static str,
    formats: &[Format],
    allowed: &[Format],
) -> Result<(), OutputError> {
    match formats.iter().find(|f| !allowed.contains(f)) {
        Some(&format) => Err(OutputError::Unsupported { what, format }),
        None => Ok(()),
    }
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

/// The file stem of the diff map of two moments: `diff-1909-1912`.
pub fn diff_stem(a: &Moment, b: &Moment) -> String {
    format!("diff-{}-{}", file_stem(a), file_stem(b))
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
        assert_eq!(
            diff_stem(&Moment::Year(1909), &Moment::Year(1912)),
            "diff-1909-1912"
        );
    }

    #[test]
    fn writers_refuse_formats_they_do_not_make() {
        let maps = [Format::Svg, Format::Png];
        assert!(check_formats("maps", &maps, &maps).is_ok());
        let err = check_formats("maps", &[Format::Svg, Format::Gif], &maps).unwrap_err();
        assert_eq!(err.to_string(), "maps cannot be written as gif");
    }
}
