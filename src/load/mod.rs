//! Reading a scenario: `scenario.toml` and its GeoJSON files, from disk or built in.
//!
//! [`load`] reads every file, converts it to the [`model`](crate::model) types, and checks
//! every reference between files (events → regions, powers and statuses; lines → events;
//! basemap → powers). It reports all problems it finds, each located, rather than the
//! first one.

mod features;
mod scenario;

use std::path::{Path, PathBuf};

use crate::model::Scenario;
use crate::problem::{Place, Problem, did_you_mean};

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The files have problems; every one found is listed, located.
    #[error("{} problem{} in the scenario:\n{}", .0.len(), if .0.len() == 1 { "" } else { "s" }, list(.0))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The problems found.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(p) => p,
        }
    }
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Largest input file accepted. A scenario's files are a few MB; anything much larger
/// would not fit the memory budget once converted, so it is refused up front.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Where a scenario's files come from.
pub trait Source {
    /// Reads the file `name` (relative to the scenario file).
    fn read(&self, name: &str) -> Result<String, Problem>;
    /// How the user would name the file in a message.
    fn display(&self, name: &str) -> String;
}

/// A scenario on disk: a `scenario.toml` file, or a folder that holds one.
#[derive(Debug, Clone)]
pub struct Folder {
    dir: PathBuf,
    toml: String,
}

impl Folder {
    /// Points at a scenario file or a folder with `scenario.toml`.
    pub fn new(path: &Path) -> Folder {
        if path.is_dir() {
            Folder {
                dir: path.to_path_buf(),
                toml: "scenario.toml".into(),
            }
        } else {
            Folder {
                dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
                toml: path.file_name().map_or_else(
                    || "scenario.toml".into(),
                    |n| n.to_string_lossy().into_owned(),
                ),
            }
        }
    }
}

impl Source for Folder {
    fn read(&self, name: &str) -> Result<String, Problem> {
        let name = if name == SCENARIO_FILE {
            &self.toml
        } else {
            name
        };
        let path = self.dir.join(name);
        let shown = path.display().to_string();
        let meta = std::fs::metadata(&path).map_err(|e| {
            Problem::new(&shown, Place::File, format!("cannot read: {e}"))
                .hint("check the path; GeoJSON files are looked up next to the scenario file")
        })?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(Problem::new(
                &shown,
                Place::File,
                format!(
                    "the file is {} MB; at most {} MB is accepted",
                    meta.len() / 1_000_000,
                    MAX_FILE_BYTES / 1_000_000
                ),
            )
            .hint("simplify the geometry first (e.g. mapshaper -simplify 10%)"));
        }
        let bytes = std::fs::read(&path)
            .map_err(|e| Problem::new(&shown, Place::File, format!("cannot read: {e}")))?;
        String::from_utf8(bytes).map_err(|e| {
            let place = Place::at_offset(
                &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
                e.utf8_error().valid_up_to(),
            );
            Problem::new(&shown, place, "the file is not UTF-8 text")
                .hint("save it as UTF-8; GeoJSON and TOML files must be UTF-8")
        })
    }

    fn display(&self, name: &str) -> String {
        let name = if name == SCENARIO_FILE {
            &self.toml
        } else {
            name
        };
        self.dir.join(name).display().to_string()
    }
}

/// The scenario shipped inside the binary, so the tool runs with no files at all.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuiltIn;

const BUILT_IN: &[(&str, &str)] = &[
    (
        SCENARIO_FILE,
        include_str!("../../geodata/japan-russia/scenario.toml"),
    ),
    (
        "regions.geojson",
        include_str!("../../geodata/japan-russia/regions.geojson"),
    ),
    (
        "basemap.geojson",
        include_str!("../../geodata/japan-russia/basemap.geojson"),
    ),
    (
        "lines.geojson",
        include_str!("../../geodata/japan-russia/lines.geojson"),
    ),
    (
        "places.geojson",
        include_str!("../../geodata/japan-russia/places.geojson"),
    ),
];

impl Source for BuiltIn {
    fn read(&self, name: &str) -> Result<String, Problem> {
        BUILT_IN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| (*text).to_string())
            .ok_or_else(|| Problem::new(self.display(name), Place::File, "no such built-in file"))
    }

    fn display(&self, name: &str) -> String {
        format!("(built in) geodata/japan-russia/{name}")
    }
}

const SCENARIO_FILE: &str = "scenario.toml";

/// Loads the built-in scenario.
pub fn built_in() -> Result<Scenario, LoadError> {
    load(&BuiltIn)
}

/// Loads a scenario from its files, checking every reference between them.
pub fn load(source: &dyn Source) -> Result<Scenario, LoadError> {
    let mut problems = Vec::new();
    let toml_name = source.display(SCENARIO_FILE);
    let file = match source.read(SCENARIO_FILE) {
        Ok(text) => scenario::parse(&toml_name, &text, &mut problems),
        Err(p) => {
            problems.push(p);
            None
        }
    };
    let Some(file) = file else {
        return Err(LoadError::Invalid(problems));
    };

    let read =
        |name: &str, problems: &mut Vec<Problem>| -> Option<(String, Vec<geojson::Feature>)> {
            let shown = source.display(name);
            let text = match source.read(name) {
                Ok(t) => t,
                Err(p) => {
                    problems.push(p);
                    return None;
                }
            };
            let mut ff = features::FeatureFile {
                name: &shown,
                problems,
            };
            ff.parse(&text).map(|f| (shown, f))
        };

    let regions = match read(&file.files.regions, &mut problems) {
        Some((shown, f)) => features::FeatureFile {
            name: &shown,
            problems: &mut problems,
        }
        .regions(&f),
        None => Vec::new(),
    };
    let basemap = match file
        .files
        .basemap
        .as_deref()
        .and_then(|n| read(n, &mut problems))
    {
        Some((shown, f)) => features::FeatureFile {
            name: &shown,
            problems: &mut problems,
        }
        .basemap(&f),
        None => Vec::new(),
    };
    let lines = match file
        .files
        .lines
        .as_deref()
        .and_then(|n| read(n, &mut problems))
    {
        Some((shown, f)) => features::FeatureFile {
            name: &shown,
            problems: &mut problems,
        }
        .lines(&f),
        None => Vec::new(),
    };
    let (cities, railways) = match file
        .files
        .places
        .as_deref()
        .and_then(|n| read(n, &mut problems))
    {
        Some((shown, f)) => features::FeatureFile {
            name: &shown,
            problems: &mut problems,
        }
        .places(&f),
        None => (Vec::new(), Vec::new()),
    };

    let scenario = Scenario {
        id: file.id,
        title: file.title,
        credit: file.credit,
        start: file.start,
        end: file.end,
        map: file.map,
        powers: file.powers,
        statuses: file.statuses,
        events: file.events,
        regions,
        basemap,
        lines,
        cities,
        railways,
    };
    check_references(
        source,
        &file.files,
        &scenario,
        &file.change_places,
        &mut problems,
    );
    if problems.is_empty() {
        Ok(scenario)
    } else {
        problems.sort_by(|a, b| a.file.cmp(&b.file).then(a.place.cmp(&b.place)));
        problems.dedup();
        Err(LoadError::Invalid(problems))
    }
}

fn check_references(
    source: &dyn Source,
    files: &scenario::FileNames,
    s: &Scenario,
    change_places: &[Vec<Place>],
    problems: &mut Vec<Problem>,
) {
    let toml = source.display(SCENARIO_FILE);
    let region_ids: Vec<&str> = s.regions.iter().map(|r| r.id.as_str()).collect();
    for (i, r) in s.regions.iter().enumerate() {
        if region_ids[..i].contains(&r.id.as_str()) {
            problems.push(
                Problem::new(
                    source.display(&files.regions),
                    Place::Feature {
                        index: i,
                        id: Some(r.id.clone()),
                    },
                    format!("duplicate region id '{}'", r.id),
                )
                .hint("merge the two features into one MultiPolygon, or give them different ids"),
            );
        }
    }
    for (event, places) in s.events.iter().zip(change_places) {
        for ((region, _), place) in event.changes.iter().zip(places) {
            if !region_ids.contains(&region.as_str()) {
                let hint = did_you_mean(region, region_ids.iter().copied()).map_or_else(
                    || format!("known regions: {}", region_ids.join(", ")),
                    |m| format!("did you mean '{m}'?"),
                );
                problems.push(
                    Problem::new(
                        &toml,
                        place.clone(),
                        format!("event '{}' names unknown region '{region}'", event.id),
                    )
                    .hint(hint),
                );
            }
        }
    }
    let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    let lines_file = source.display(files.lines.as_deref().unwrap_or("lines.geojson"));
    for (i, l) in s.lines.iter().enumerate() {
        let place = Place::Feature {
            index: i,
            id: Some(l.id.clone()),
        };
        if !event_ids.contains(&l.event.as_str()) {
            let hint = did_you_mean(&l.event, event_ids.iter().copied())
                .map(|m| format!("did you mean '{m}'?"));
            let mut p = Problem::new(
                &lines_file,
                place.clone(),
                format!("unknown event '{}'", l.event),
            );
            p.hint = hint.or_else(|| {
                Some("'event' names the event (by id) from which the line is drawn".into())
            });
            problems.push(p);
        }
        if let Some(until) = &l.until
            && !event_ids.contains(&until.as_str())
            && crate::model::Date::parse(until).is_none()
        {
            problems.push(
                Problem::new(
                    &lines_file,
                    place,
                    format!("'until' is neither an event id nor a date: '{until}'"),
                )
                .hint("write an event id or YYYY-MM-DD"),
            );
        }
    }
    let power_ids: Vec<&str> = s.powers.iter().map(|p| p.id.as_str()).collect();
    let base_file = source.display(files.basemap.as_deref().unwrap_or("basemap.geojson"));
    for (i, b) in s.basemap.iter().enumerate() {
        if let Some(p) = &b.power
            && !power_ids.contains(&p.as_str())
        {
            let hint = did_you_mean(p, power_ids.iter().copied()).map_or_else(
                || format!("known powers: {}", power_ids.join(", ")),
                |m| format!("did you mean '{m}'?"),
            );
            problems.push(
                Problem::new(
                    &base_file,
                    Place::Feature {
                        index: i,
                        id: Some(b.id.clone()),
                    },
                    format!("unknown power '{p}'"),
                )
                .hint(hint),
            );
        }
    }
    if s.regions.is_empty() && problems.is_empty() {
        problems.push(
            Problem::new(source.display(&files.regions), Place::File, "no regions")
                .hint("a scenario needs at least one region polygon"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_scenario_loads() {
        let s = built_in().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.id, "japan-russia");
        for id in [
            "korea",
            "south-manchuria",
            "north-manchuria",
            "east-inner-mongolia",
            "west-inner-mongolia",
            "outer-mongolia",
            "kwantung",
            "karafuto",
            "tuva",
        ] {
            assert!(s.region_index(id).is_some(), "missing region {id}");
        }
        assert!(s.events.iter().all(|e| e.source.starts_with("http")));
    }
}
