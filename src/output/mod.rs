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

use crate::language::Language;
use crate::load::Loaded;
use crate::model::Scenario;
use crate::problem::Problem;
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
    /// A job asked for maps in no language (a library caller's mistake: the command line
    /// always asks for one).
    #[error("no language to draw the maps in")]
    NoLanguage,
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

/// What a run drew: its files, and the cities its maps had no room for.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The files, sorted by path.
    pub files: Vec<Written>,
    /// The cities left out of some of the maps, in the scenario's order.
    pub left_out: Vec<LeftOut>,
}

impl Rendered {
    /// The paths of the files.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|w| w.path.clone()).collect()
    }
}

/// A city that maps of a run had no room for: no place for its dot and its name was free
/// of the names placed before it (a rank-1 city gives way to no other name, only to
/// another rank-1 city close by, the legend, the scale bar and the edge of the frame).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// Its index in `Scenario::cities`.
    pub city: usize,
    /// The maps that leave it out, named as their files are (`1912`, `diff-1909-1912`),
    /// in the run's order.
    pub maps: Vec<String>,
}

impl LeftOut {
    /// City by city (in the scenario's order), the maps that left it out: `maps` gives
    /// each map's name and the cities it left out, in the run's order.
    pub fn gather(maps: impl IntoIterator<Item = (String, Vec<usize>)>) -> Vec<LeftOut> {
        let mut all: Vec<LeftOut> = Vec::new();
        for (map, cities) in maps {
            for city in cities {
                match all.iter_mut().find(|l| l.city == city) {
                    Some(l) => l.maps.push(map.clone()),
                    None => all.push(LeftOut {
                        city,
                        maps: vec![map.clone()],
                    }),
                }
            }
        }
        all.sort_by_key(|l| l.city);
        all
    }

    /// The warning, located at the city's feature in the places file: one per city
    /// however many maps leave it out, those maps listed with runs of years as ranges.
    ///
    /// `city 'Tsitsihar' is left out of 26 maps for lack of room: 1905–1920, 1925`
    pub fn warning(&self, loaded: &Loaded) -> Problem {
        let s: &Scenario = &loaded.scenario;
        let Some(city) = s.cities.get(self.city) else {
            return loaded.city_warning(self.city, "a city is left out for lack of room");
        };
        let n = self.maps.len();
        let message = format!(
            "city '{}' is left out of {n} map{} for lack of room: {}",
            city.name,
            if n == 1 { "" } else { "s" },
            spans(&self.maps)
        );
        let hint = if city.rank <= 1 {
            "a rank-1 city gives way only to another rank-1 city close by, the legend, the scale bar and the frame's edge: draw the map wider (--width)"
        } else {
            "names of rank 1 are placed before all others: give it \"rank\": 1, or draw the map wider (--width)"
        };
        let mut p = loaded.city_warning(self.city, message);
        p.hint = Some(hint.into());
        p
    }
}

/// The names of maps, with each run of three or more consecutive years written as a
/// range: "1905–1920, 1925, third-agreement".
fn spans(maps: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut run: Vec<(i64, &str)> = Vec::new();
    let flush = |run: &mut Vec<(i64, &str)>, parts: &mut Vec<String>| {
        if run.len() >= 3 {
            parts.push(format!("{}–{}", run[0].1, run[run.len() - 1].1));
        } else {
            parts.extend(run.iter().map(|(_, m)| m.to_string()));
        }
        run.clear();
    };
    for m in maps {
        let year = m
            .parse::<i64>()
            .ok()
            .filter(|_| m.bytes().all(|b| b.is_ascii_digit()));
        match year {
            Some(y) if run.last().is_some_and(|&(last, _)| y == last + 1) => run.push((y, m)),
            Some(y) => {
                flush(&mut run, &mut parts);
                run.push((y, m));
            }
            None => {
                flush(&mut run, &mut parts);
                parts.push(m.clone());
            }
        }
    }
    flush(&mut run, &mut parts);
    parts.join(", ")
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

/// The name of a file of `stem` in `language` with the extension `ext`: `1912.svg` in
/// English, `1912.ja.svg` in Japanese, so that runs in several languages can share a
/// folder (and its `maps.json`) without one replacing another's files.
pub fn file_name(stem: &str, language: Language, ext: &str) -> String {
    match language {
        Language::En => format!("{stem}.{ext}"),
        other => format!("{stem}.{}.{ext}", other.code()),
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
        assert_eq!(
            diff_stem(&Moment::Year(1909), &Moment::Year(1912)),
            "diff-1909-1912"
        );
    }

    #[test]
    fn files_in_another_language_than_english_carry_its_code() {
        assert_eq!(file_name("1912", Language::En, "svg"), "1912.svg");
        assert_eq!(file_name("1912", Language::Ja, "svg"), "1912.ja.svg");
        assert_eq!(
            file_name("diff-1909-1912", Language::Ru, "png"),
            "diff-1909-1912.ru.png"
        );
        assert_eq!(
            file_name("animation", Language::Zh, "gif"),
            "animation.zh.gif"
        );
    }

    #[test]
    fn left_out_cities_are_gathered_city_by_city_with_years_as_ranges() {
        let maps = [
            ("1905".to_string(), vec![3, 1]),
            ("1906".to_string(), vec![1]),
            ("1907".to_string(), vec![1]),
            ("1909".to_string(), vec![1]),
            ("diff-1905-1909".to_string(), vec![1]),
        ];
        let all = LeftOut::gather(maps);
        assert_eq!(
            all,
            [
                LeftOut {
                    city: 1,
                    maps: ["1905", "1906", "1907", "1909", "diff-1905-1909"]
                        .map(String::from)
                        .to_vec()
                },
                LeftOut {
                    city: 3,
                    maps: vec!["1905".into()]
                },
            ]
        );
        assert_eq!(spans(&all[0].maps), "1905–1907, 1909, diff-1905-1909");
        assert_eq!(spans(&["1905".into(), "1906".into()]), "1905, 1906");
    }

    #[test]
    fn writers_refuse_formats_they_do_not_make() {
        let maps = [Format::Svg, Format::Png];
        assert!(check_formats("maps", &maps, &maps).is_ok());
        let err = check_formats("maps", &[Format::Svg, Format::Gif], &maps).unwrap_err();
        assert_eq!(err.to_string(), "maps cannot be written as gif");
    }
}
