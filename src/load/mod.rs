//! Reading a scenario: `scenario.toml` and its GeoJSON files, from disk or built in.
//!
//! [`load`] reads every file, converts it to the [`model`](crate::model) types, and checks
//! every reference between files (events → regions, powers and statuses; lines → events;
//! basemap → powers). It reports all problems it finds, each located, rather than the
//! first one.
//!
//! [`with_warnings`] does the same and also returns the warnings: what does not stop a map
//! but is most likely a mistake (a key the loader does not know, a region no event names, a
//! region or a place outside the map's frame, coordinates that look swapped). [`load`] is
//! for callers that only want the scenario; the command line uses [`with_warnings`] and
//! prints them. The keys and properties the loader accepts are listed by
//! [`accepted_keys`] and [`accepted_properties`].

mod countries;
mod features;
mod frame;
mod keys;
mod lang;
mod references;
mod scenario;
#[cfg(test)]
mod schema;
mod text;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::Scenario;
use crate::problem::{Place, Problem};
pub use features::{Kind, PERIOD_NAME_KEYS, accepted_properties};
pub use lang::{accepted_keys as accepted_translation_keys, file_name as translation_file};
use references::{Known, check_overlaps, check_references, unmentioned_regions};
pub use scenario::{AcceptedKeys, accepted_keys};
pub use text::{MAX_CHARS, MAX_LONG_CHARS};

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The files have problems; every one found is listed, located, with the warnings
    /// found beside them ([`Problem::is_warning`]), sorted by file and place.
    #[error("{}", describe(.0))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The problems found, errors and warnings, sorted by file and place.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(p) => p,
        }
    }

    /// The errors only: what stopped the scenario from loading.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems().iter().filter(|p| !p.is_warning())
    }
}

/// "2 problems in the scenario:", or "1 problem and 1 warning in the scenario:", then
/// each problem on its own line.
fn describe(problems: &[Problem]) -> String {
    let warnings = problems.iter().filter(|p| p.is_warning()).count();
    let errors = problems.len() - warnings;
    let mut head = count(errors, "problem", "problems");
    if warnings > 0 {
        head.push_str(&format!(" and {}", count(warnings, "warning", "warnings")));
    }
    let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    format!("{head} in the scenario:\n{}", list.join("\n"))
}

/// "1 warning", "2 warnings".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A scenario that loaded, with the warnings found in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The scenario.
    pub scenario: Scenario,
    /// What does not stop a map but is most likely a mistake, sorted by file and place.
    pub warnings: Vec<Problem>,
    /// The places file as the user would name it, and each city's feature in it (in the
    /// order of `scenario.cities`), to locate what is found about a city later (a city a
    /// map leaves out).
    places_file: String,
    city_places: Vec<Place>,
    /// Each language's translation file as the user would name it, whether or not there
    /// is one.
    translation_files: Vec<(crate::language::Language, String)>,
}

impl Loaded {
    /// A warning located at the feature of city `i` (an index in `scenario.cities`).
    pub fn city_warning(&self, i: usize, message: impl Into<String>) -> Problem {
        let place = self.city_places.get(i).cloned().unwrap_or(Place::File);
        Problem::warning(&self.places_file, place, message)
    }

    /// The translation file of `language` as the user would name it
    /// (`my-map/lang/ja.toml`), whether or not there is one.
    pub fn translation_file(&self, language: crate::language::Language) -> String {
        self.translation_files
            .iter()
            .find(|(l, _)| *l == language)
            .map_or_else(|| lang::file_name(language), |(_, f)| f.clone())
    }
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
    /// Whether there is a file `name`: an optional file the scenario does not name (the
    /// default `basemap.geojson`, `lines.geojson`, `places.geojson`) is read only if there
    /// is. A source that cannot tell says there is, so the file is required.
    fn exists(&self, name: &str) -> bool {
        let _ = name;
        true
    }
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
    fn exists(&self, name: &str) -> bool {
        // Anything at the path (a folder too) is read, so that it is reported.
        std::fs::symlink_metadata(self.dir.join(name)).is_ok()
    }

    fn read(&self, name: &str) -> Result<String, Problem> {
        let name = if name == SCENARIO_FILE {
            &self.toml
        } else {
            name
        };
        let path = self.dir.join(name);
        let shown = path.display().to_string();
        let meta = std::fs::metadata(&path).map_err(|e| {
            Problem::new(&shown, Place::File, format!("cannot read: {e}")).hint(
                if name == self.toml {
                    "check the path: give --scenario a scenario.toml file or a folder that holds one"
                } else {
                    "check the path; GeoJSON files are looked up next to the scenario file"
                },
            )
        })?;
        if meta.is_dir() {
            return Err(Problem::new(&shown, Place::File, "is a folder, not a file")
                .hint("name the file, e.g. regions.geojson"));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(&shown, meta.len()));
        }
        // Read at most one byte past the limit: a device or a file that grows while it is
        // read (its size said nothing) is still refused rather than read without end.
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| Problem::new(&shown, Place::File, format!("cannot read: {e}")))?;
        decode(&shown, bytes)
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

/// Checks the size of a file's bytes and decodes them as UTF-8, locating the first bad byte.
fn decode(shown: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(shown, bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let good = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let place = Place::at_offset(&good, valid);
        let binary = e.as_bytes().iter().take(4096).any(|&b| b == 0);
        let message = if binary {
            "the file is binary, not UTF-8 text"
        } else {
            "the file is not UTF-8 text"
        };
        Problem::new(shown, place, message)
            .hint("save it as UTF-8; GeoJSON and TOML files must be UTF-8")
    })
}

/// The file is over [`MAX_FILE_BYTES`]. Simplifying is the remedy for geometry; a
/// scenario file of that size is not a scenario file at all.
fn too_large(shown: &str, bytes: u64) -> Problem {
    let geometry = shown.ends_with(".geojson") || shown.ends_with(".json");
    Problem::new(
        shown,
        Place::File,
        format!(
            "the file is {} MB; at most {} MB is accepted",
            bytes.div_ceil(1_000_000),
            MAX_FILE_BYTES / 1_000_000
        ),
    )
    .hint(if geometry {
        "simplify the geometry first (e.g. mapshaper -simplify 10%)"
    } else {
        "a scenario file is a few kB of text: check that this is the scenario file meant"
    })
}

/// A scenario held in memory: file names and their contents. For tests, fuzzing, and
/// programs that write scenarios without touching the disk.
///
/// The scenario file is named `scenario.toml`; the others are named as the scenario
/// refers to them (by default `regions.geojson`, `basemap.geojson`, …).
///
/// ```
/// use spheres::load::{self, Texts};
/// let texts = Texts::new().with("scenario.toml", "id = ");
/// let err = load::load(&texts).unwrap_err();
/// assert!(err.to_string().contains("scenario.toml:1:"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Texts {
    files: Vec<(String, Vec<u8>)>,
}

impl Texts {
    /// No files yet.
    pub fn new() -> Texts {
        Texts::default()
    }

    /// Adds (or replaces) a file.
    pub fn with(mut self, name: impl Into<String>, contents: impl Into<Vec<u8>>) -> Texts {
        let name = name.into();
        self.files.retain(|(n, _)| *n != name);
        self.files.push((name, contents.into()));
        self
    }
}

impl Source for Texts {
    fn exists(&self, name: &str) -> bool {
        self.files.iter().any(|(n, _)| n == name)
    }

    fn read(&self, name: &str) -> Result<String, Problem> {
        match self.files.iter().find(|(n, _)| n == name) {
            Some((_, bytes)) => decode(name, bytes.clone()),
            None => Err(Problem::new(name, Place::File, "no such file")
                .hint("the scenario names a file that was not given")),
        }
    }

    fn display(&self, name: &str) -> String {
        name.to_string()
    }
}

/// Loads a scenario from in-memory files, given as (name, text) pairs.
///
/// ```
/// let err = spheres::load::from_texts(&[("scenario.toml", "")]).unwrap_err();
/// assert_eq!(err.problems()[0].to_string(),
///     "scenario.toml: the scenario file is empty (hint: a scenario needs id, title, start, end, [map], [powers.*], [statuses.*] and [[events]])");
/// ```
pub fn from_texts(files: &[(&str, &str)]) -> Result<Scenario, LoadError> {
    let texts = files.iter().fold(Texts::new(), |t, (name, text)| {
        t.with(*name, text.as_bytes())
    });
    load(&texts)
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
    (
        "lang/ja.toml",
        include_str!("../../geodata/japan-russia/lang/ja.toml"),
    ),
    (
        "lang/ko.toml",
        include_str!("../../geodata/japan-russia/lang/ko.toml"),
    ),
    (
        "lang/ru.toml",
        include_str!("../../geodata/japan-russia/lang/ru.toml"),
    ),
    (
        "lang/zh.toml",
        include_str!("../../geodata/japan-russia/lang/zh.toml"),
    ),
];

impl Source for BuiltIn {
    fn exists(&self, name: &str) -> bool {
        BUILT_IN.iter().any(|(n, _)| *n == name)
    }

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

/// Loads a scenario from its files, checking every reference between them. A scenario
/// with warnings loads; [`with_warnings`] returns them too.
pub fn load(source: &dyn Source) -> Result<Scenario, LoadError> {
    with_warnings(source).map(|loaded| loaded.scenario)
}

/// Loads a scenario from its files, as [`load`], with the warnings found in it. An
/// invalid scenario's [`LoadError`] lists its warnings beside its errors.
pub fn with_warnings(source: &dyn Source) -> Result<Loaded, LoadError> {
    let mut problems = Vec::new();
    let Some(file) = read_scenario_file(source, &mut problems) else {
        report_default_layers(source, &mut problems);
        return Err(invalid(problems));
    };
    let mut read_problems = Vec::new();
    let layers = read_layers(
        source,
        &file.files,
        !file.regions.is_empty() || !file.dropped_regions.is_empty(),
        &mut problems,
        &mut read_problems,
    );
    problems.append(&mut read_problems);
    let mut assembled = assemble(source, file, layers);
    check_references(
        source,
        &assembled.files,
        &assembled.scenario,
        &assembled.change_places,
        &assembled.known,
        &mut problems,
    );
    check_overlaps(
        &assembled.scenario.regions,
        &assembled.known.region_places,
        &assembled.valid,
        &mut problems,
    );
    unmentioned_regions(
        &assembled.scenario,
        &assembled.known.region_places,
        &assembled.named_regions,
        &mut problems,
    );
    frame::check(source, &assembled, &mut problems);
    assembled.scenario.translations = lang::read_all(source, &assembled.scenario, &mut problems);
    if problems.iter().any(|p| !p.is_warning()) {
        return Err(invalid(problems));
    }
    let places_file = source.display(
        assembled
            .files
            .places
            .as_deref()
            .unwrap_or(scenario::FileNames::PLACES),
    );
    let translation_files = crate::language::Language::ALL
        .into_iter()
        .map(|l| (l, source.display(&lang::file_name(l))))
        .collect();
    Ok(Loaded {
        scenario: assembled.scenario,
        warnings: sorted(problems),
        places_file,
        city_places: assembled.city_places,
        translation_files,
    })
}

/// Reads and parses `scenario.toml`. `None` when it cannot be read or used, with the
/// reasons pushed to `problems`.
fn read_scenario_file(
    source: &dyn Source,
    problems: &mut Vec<Problem>,
) -> Option<scenario::ScenarioFile> {
    let toml_name = source.display(SCENARIO_FILE);
    match source.read(SCENARIO_FILE) {
        Ok(text) => scenario::parse(&toml_name, &text, problems),
        Err(p) => {
            problems.push(p);
            None
        }
    }
}

/// Without a usable scenario file the references cannot be checked, but the GeoJSON
/// files it would most likely name (the default names) can: their problems are reported
/// too, so one run lists everything. Files that cannot be read are passed over in
/// silence, since the scenario may well name others.
fn report_default_layers(source: &dyn Source, problems: &mut Vec<Problem>) {
    let mut ignored = Vec::new();
    let _ = read_layers(
        source,
        &scenario::FileNames::default(),
        false,
        problems,
        &mut ignored,
    );
}

/// The scenario put together from its files, with what the checks that follow it need:
/// where each reference was written, and what was left out but still counts as known.
struct Assembled {
    scenario: Scenario,
    files: scenario::FileNames,
    /// For each event and change, where the change is written.
    change_places: Vec<Vec<Place>>,
    known: Known,
    /// Per region: its geometry passed the validity checks (only those are compared for
    /// overlaps).
    valid: Vec<bool>,
    /// Where `[map] bbox` is written.
    bbox_place: Place,
    /// Where each line, city and railway is in its file (in the order of the scenario's).
    line_places: Vec<Place>,
    city_places: Vec<Place>,
    railway_places: Vec<Place>,
    /// Every region an event names in its controls, valid or not.
    named_regions: Vec<String>,
}

/// Puts the scenario file's contents and the GeoJSON layers together into a [`Scenario`]:
/// the regions of the regions file first, then those of `scenario.toml`; the basemap
/// file's areas, then the powers' home territory made of countries.
fn assemble(source: &dyn Source, file: scenario::ScenarioFile, layers: Layers) -> Assembled {
    let Layers {
        mut regions,
        mut region_places,
        mut valid,
        regions_read,
        mut dropped_regions,
        mut basemap,
        basemap_read,
        lines,
        cities,
        railways,
    } = layers;
    let toml = source.display(SCENARIO_FILE);
    for (region, place) in file.regions {
        regions.push(region);
        region_places.push((toml.clone(), place));
        valid.push(true);
    }
    dropped_regions.extend(file.dropped_regions);
    basemap.extend(file.homes);
    let mut map = file.map;
    map.world = file.world.unwrap_or(!basemap_read);
    let (lines, line_places) = lines.into_iter().unzip();
    let (cities, city_places) = cities.into_iter().unzip();
    let (railways, railway_places) = railways.into_iter().unzip();
    let scenario = Scenario {
        id: file.id,
        title: file.title,
        titles: file.titles,
        credit: file.credit,
        license: file.license,
        author: file.author,
        commons_categories: file.commons_categories,
        start: file.start,
        end: file.end,
        map,
        powers: file.powers,
        statuses: file.statuses,
        events: file.events,
        regions,
        basemap,
        lines,
        cities,
        railways,
        translations: Vec::new(),
    };
    let known = Known {
        // A region whose geometry was refused, or an event whose date was, still exists
        // as far as references go: one mistake gives one problem, not one per mention.
        regions: regions_read.then_some(dropped_regions),
        events: file.event_ids,
        region_places,
    };
    Assembled {
        scenario,
        bbox_place: file.bbox_place,
        files: file.files,
        change_places: file.change_places,
        known,
        valid,
        line_places,
        city_places,
        railway_places,
        named_regions: file.named_regions,
    }
}

fn invalid(problems: Vec<Problem>) -> LoadError {
    LoadError::Invalid(sorted(problems))
}

/// By file and place; the same problem found twice once.
fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| a.file.cmp(&b.file).then(a.place.cmp(&b.place)));
    problems.dedup();
    problems
}

/// The GeoJSON layers as read, with what the reference checks need to know about them.
#[derive(Default)]
struct Layers {
    regions: Vec<crate::model::Region>,
    /// Where each region is: its file, as shown, and its place in it.
    region_places: Vec<(String, Place)>,
    /// Per region: its geometry passed the validity checks.
    valid: Vec<bool>,
    /// The regions file was read and parsed (else region references are not checked).
    regions_read: bool,
    /// Ids of regions left out because of their geometry.
    dropped_regions: Vec<String>,
    basemap: Vec<crate::model::BaseArea>,
    /// A basemap file was read (then the world is not drawn unless asked for).
    basemap_read: bool,
    /// Each line, city and railway with its place in its file.
    lines: Vec<(crate::model::TreatyLine, Place)>,
    cities: Vec<(crate::model::City, Place)>,
    railways: Vec<(crate::model::Railway, Place)>,
}

/// Reads every GeoJSON file named; problems in their contents go to `problems`, files
/// that cannot be read at all to `unreadable`. One file at a time, each converted before
/// the next is read, so that only one file's parsed GeoJSON is in memory at once. The
/// regions file is optional when `scenario.toml` defines regions (`toml_regions`).
fn read_layers(
    source: &dyn Source,
    files: &scenario::FileNames,
    toml_regions: bool,
    problems: &mut Vec<Problem>,
    unreadable: &mut Vec<Problem>,
) -> Layers {
    let mut layers = Layers::default();
    if toml_regions && files.regions.is_none() && !source.exists(files.regions()) {
        layers.regions_read = true;
    } else if let Some((shown, f)) = read_features(source, files.regions(), problems, unreadable) {
        let (loaded, dropped) = features::FeatureFile {
            name: &shown,
            problems,
        }
        .regions(f);
        for (region, place, ok) in loaded {
            layers.regions.push(region);
            layers.region_places.push((shown.clone(), place));
            layers.valid.push(ok);
        }
        layers.regions_read = true;
        layers.dropped_regions = dropped;
    }
    // A file named in [files] must be there; a default one is read if it is.
    let mut read = |named: &Option<String>, default: &str, problems: &mut Vec<Problem>| {
        let name = named.as_deref().unwrap_or(default);
        if named.is_none() && !source.exists(name) {
            return None;
        }
        read_features(source, name, problems, unreadable)
    };
    if let Some((shown, f)) = read(&files.basemap, scenario::FileNames::BASEMAP, problems) {
        layers.basemap = features::FeatureFile {
            name: &shown,
            problems,
        }
        .basemap(f);
        layers.basemap_read = true;
    }
    if let Some((shown, f)) = read(&files.lines, scenario::FileNames::LINES, problems) {
        layers.lines = features::FeatureFile {
            name: &shown,
            problems,
        }
        .lines(f);
    }
    if let Some((shown, f)) = read(&files.places, scenario::FileNames::PLACES, problems) {
        (layers.cities, layers.railways) = features::FeatureFile {
            name: &shown,
            problems,
        }
        .places(f);
    }
    layers
}

/// Reads and parses one GeoJSON file: its display name and features.
fn read_features(
    source: &dyn Source,
    name: &str,
    problems: &mut Vec<Problem>,
    unreadable: &mut Vec<Problem>,
) -> Option<(String, Vec<geojson::Feature>)> {
    let shown = source.display(name);
    let text = match source.read(name) {
        Ok(t) => t,
        Err(p) => {
            unreadable.push(p);
            return None;
        }
    };
    let features = features::FeatureFile {
        name: &shown,
        problems,
    }
    .parse(&text)?;
    Some((shown, features))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/bad/base")
            .join(name);
        std::fs::read(path).unwrap()
    }

    fn base_texts() -> Texts {
        [
            "scenario.toml",
            "regions.geojson",
            "basemap.geojson",
            "lines.geojson",
            "places.geojson",
        ]
        .into_iter()
        .fold(Texts::new(), |t, n| t.with(n, base(n)))
    }

    #[test]
    fn in_memory_scenarios_load() {
        let s = load(&base_texts()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.regions.len(), 3);
        let missing = Texts::new().with("scenario.toml", base("scenario.toml"));
        let err = load(&missing).unwrap_err();
        assert!(
            err.problems()
                .iter()
                .any(|p| p.to_string().starts_with("regions.geojson: no such file")),
            "{err}"
        );
    }

    #[test]
    fn the_basemap_lines_and_places_are_optional_unless_named() {
        // Only the scenario and its regions: the other layers are empty.
        let two = ["scenario.toml", "regions.geojson"]
            .into_iter()
            .fold(Texts::new(), |t, n| t.with(n, base(n)));
        let s = load(&two).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.regions.len(), 3);
        assert!(s.basemap.is_empty() && s.lines.is_empty());
        assert!(s.cities.is_empty() && s.railways.is_empty());
        // Named in [files], a file must be there.
        let toml = String::from_utf8(base("scenario.toml")).unwrap();
        let named = format!("{toml}\n[files]\nlines = \"treaty-lines.geojson\"\n");
        let named = two.with("scenario.toml", named);
        let err = load(&named).unwrap_err();
        assert!(
            err.problems().iter().any(|p| p
                .to_string()
                .starts_with("treaty-lines.geojson: no such file")),
            "{err}"
        );
    }

    #[test]
    fn a_broken_scenario_file_does_not_hide_the_geojson_problems() {
        let texts = base_texts().with("scenario.toml", "id = \"x").with(
            "lines.geojson",
            "{\"type\": \"FeatureCollection\", \"features\": [,]}",
        );
        let err = load(&texts).unwrap_err();
        let files: Vec<&str> = err.problems().iter().map(|p| p.file.as_str()).collect();
        assert_eq!(files, ["lines.geojson", "scenario.toml"], "{err}");
    }

    #[test]
    fn a_region_named_in_a_control_with_a_mistake_is_still_named() {
        // The islet's one control misspells its status: that is the problem, not that no
        // event names the islet.
        let toml = String::from_utf8(base("scenario.toml")).unwrap().replace(
            "islet = { power = \"blue\", status = \"annexed\" }",
            "islet = { power = \"blue\", staus = \"annexed\" }",
        );
        let err = with_warnings(&base_texts().with("scenario.toml", toml)).unwrap_err();
        let shown: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        assert!(
            shown.iter().any(|p| p.contains("a control needs both")),
            "{shown:?}"
        );
        assert!(
            !shown.iter().any(|p| p.contains("no event names")),
            "{shown:?}"
        );
    }

    #[test]
    fn a_misspelt_required_key_is_named_in_the_hint() {
        let toml =
            String::from_utf8(base("scenario.toml"))
                .unwrap()
                .replacen("color = ", "colour = ", 1);
        let err = load(&base_texts().with("scenario.toml", toml)).unwrap_err();
        let shown = err.problems()[0].to_string();
        assert!(
            shown.contains("missing field `color` (hint: 'colour' at ")
                && shown.ends_with("is not a key spheres reads: did you mean 'color'?)"),
            "{shown}"
        );
    }

    #[test]
    fn one_bad_geometry_is_one_problem() {
        // North's ring is not closed: north is left out, but the events that name it
        // do not add "unknown region" problems of their own.
        let regions = String::from_utf8(base("regions.geojson"))
            .unwrap()
            .replacen("[1, 1.5]]]", "[1, 1.6]]]", 1);
        let err = load(&base_texts().with("regions.geojson", regions)).unwrap_err();
        assert_eq!(err.problems().len(), 1, "{err}");
        assert!(err.problems()[0].message.contains("is not closed"), "{err}");
    }

    #[test]
    fn oversized_texts_are_refused() {
        let big = vec![b' '; MAX_FILE_BYTES as usize + 1];
        let err = load(&base_texts().with("places.geojson", big)).unwrap_err();
        assert_eq!(
            err.problems()[0].to_string(),
            "places.geojson: the file is 68 MB; at most 67 MB is accepted (hint: simplify the geometry first (e.g. mapshaper -simplify 10%))"
        );
        // Simplifying is no remedy for a scenario file.
        let big = vec![b' '; MAX_FILE_BYTES as usize + 1];
        let err = load(&base_texts().with("scenario.toml", big)).unwrap_err();
        assert_eq!(
            err.problems()[0].to_string(),
            "scenario.toml: the file is 68 MB; at most 67 MB is accepted (hint: a scenario file is a few kB of text: check that this is the scenario file meant)"
        );
    }

    #[test]
    fn the_built_in_scenario_loads() {
        let loaded = with_warnings(&BuiltIn).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.warnings, [], "the built-in scenario has no warning");
        let s = loaded.scenario;
        assert_eq!(s.id, "japan-russia");
        for id in [
            "korea-north",
            "korea-south",
            "south-manchuria",
            "heilongjiang",
            "north-kirin",
            "hulunbuir",
            "east-inner-mongolia",
            "west-inner-mongolia",
            "outer-mongolia",
            "kwantung",
            "karafuto",
            "tuva",
        ] {
            assert!(s.region_index(id).is_some(), "missing region {id}");
        }
        // Every event cites a page or a published text.
        assert!(s.events.iter().all(|e| e.source.starts_with("https://")
            || (e.source.contains(", 19") || e.source.contains("(19"))));
    }
}
