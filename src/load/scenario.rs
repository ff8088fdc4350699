//! `scenario.toml` → the scenario's metadata, powers, statuses and events.
//!
//! Parsing keeps the byte spans of the values that later references are checked against,
//! so that an unknown power, status or region is reported at its line:column. A key the
//! types below do not have is a warning ([`super::keys`]); [`accepted_keys`] lists those
//! they have.

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use crate::license::License;
use crate::model::{
    BaseArea, Certainty, Color, Control, ControlChange, Date, Event, MapSpec, PeriodName, Power,
    Region, Status, Style,
};
use crate::problem::{Place, Problem, did_you_mean};
use crate::world::{Country, world};

use super::countries::{self, Cut, Side};
use super::keys::{self, Step};
#[cfg(test)]
use super::schema;
use super::text;
use crate::project::Projector;

/// The widest `[map] width`: the largest side of a PNG ([`crate::project::MAX_SIDE`]),
/// so that a scenario `validate` accepts is one `render` can draw.
const MAX_WIDTH: i64 = crate::project::MAX_SIDE as i64;

/// Names of the GeoJSON files, relative to the scenario file.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub(crate) struct FileNames {
    /// The regions file (default "regions.geojson"). Named here, it must exist; not named,
    /// it must exist unless every region is made of countries in [regions.ID].
    #[serde(default)]
    pub regions: Option<String>,
    /// The basemap file (default "basemap.geojson", read if it is there; without one the
    /// built-in world basemap is drawn). Named here, it must exist.
    #[serde(default)]
    pub basemap: Option<String>,
    /// The treaty lines file (default "lines.geojson", read if it is there). Named here,
    /// it must exist.
    #[serde(default)]
    pub lines: Option<String>,
    /// The cities and railways file (default "places.geojson", read if it is there).
    /// Named here, it must exist.
    #[serde(default)]
    pub places: Option<String>,
}

impl FileNames {
    /// The regions file: as named, or the default name.
    pub fn regions(&self) -> &str {
        self.regions.as_deref().unwrap_or(FileNames::REGIONS)
    }
    /// The default name of the regions file.
    pub const REGIONS: &'static str = "regions.geojson";
    /// The default names of the optional files.
    pub const BASEMAP: &'static str = "basemap.geojson";
    pub const LINES: &'static str = "lines.geojson";
    pub const PLACES: &'static str = "places.geojson";
}

/// A scenario: docs/scenario.md documents every key.
#[derive(Deserialize)]
#[cfg_attr(
    test,
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields, title = "spheres scenario.toml")
)]
struct RawScenario {
    /// The scenario's id: lowercase letters, digits, '-' and '_'.
    #[cfg_attr(test, schemars(with = "schema::Id"))]
    id: String,
    /// The title drawn at the top of every map.
    title: String,
    /// The title by period: from each date on, the map title is that name.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<RawName>"))]
    titles: Vec<Spanned<RawName>>,
    /// The credit line at the foot of every map: where the shapes come from.
    #[serde(default)]
    credit: String,
    /// The licence of the maps made from the scenario: an SPDX licence id or expression
    /// (https://spdx.org/licenses/), e.g. "CC-BY-SA-4.0", "CC-BY-4.0" or "CC0-1.0";
    /// written in each SVG's metadata and on each map's Wikimedia Commons page.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    license: Option<Spanned<String>>,
    /// Who made the scenario's data: the author of its maps on their Commons pages and
    /// in their metadata.
    #[serde(default)]
    author: Option<String>,
    /// Wikimedia Commons categories for the maps, without "Category:", written on each
    /// map's Commons page: spheres infers none.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>"))]
    commons_categories: Vec<Spanned<String>>,
    /// The first year `spheres render` draws when given no moment.
    #[cfg_attr(test, schemars(with = "schema::Year"))]
    start: Spanned<i64>,
    /// The last year `spheres render` draws when given no moment.
    #[cfg_attr(test, schemars(with = "schema::Year"))]
    end: Spanned<i64>,
    /// The frame and the projection, shared by every map.
    map: RawMap,
    /// The GeoJSON files, named relative to scenario.toml.
    #[serde(default)]
    files: FileNames,
    /// The powers, in the order of the legend: [powers.ID].
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawPower>"))]
    powers: IndexMap<String, Spanned<RawPower>>,
    /// The kinds of control, in the order of the legend: [statuses.ID].
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawStatus>"))]
    statuses: IndexMap<String, Spanned<RawStatus>>,
    /// Regions made of today's countries by ISO 3166 code: [regions.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawRegion>"))]
    regions: IndexMap<String, Spanned<RawRegion>>,
    /// The timeline: each [[events]] table a treaty or event, with what it changed.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<RawEvent>"))]
    events: Vec<Spanned<RawEvent>>,
}

/// The frame and the projection, shared by every map.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawMap {
    /// The frame, [west, south, east, north] in degrees.
    #[cfg_attr(test, schemars(with = "schema::Bbox"))]
    bbox: Spanned<Vec<f64>>,
    /// A proj4 string ("+proj=lcc +lat_1=35 …") or an EPSG code ("EPSG:3035").
    #[cfg_attr(test, schemars(with = "String"))]
    projection: Spanned<String>,
    /// The map's width in pixels, 100 to 16384.
    #[cfg_attr(test, schemars(with = "schema::Width"))]
    width: Spanned<i64>,
    /// true when the frame crosses the 180° meridian (its west is east of its east).
    #[serde(default)]
    crosses_antimeridian: bool,
    /// "world" (the built-in world basemap, the default without a basemap file) or
    /// "none" (no land drawn).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<schema::Basemap>"))]
    basemap: Option<Spanned<String>>,
    /// Names drawn on countries of the built-in world, by ISO code: { IR = "Persia" }.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, String>"))]
    country_names: IndexMap<String, Spanned<String>>,
}

/// A power that can hold regions: [powers.ID].
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawPower {
    /// The power's name in the legend, captions and alt text.
    name: String,
    /// Its colour, "#rrggbb".
    #[cfg_attr(test, schemars(with = "schema::Colour"))]
    color: Spanned<String>,
    /// The name by period: from each date on, the power is called that name.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<RawName>"))]
    names: Vec<Spanned<RawName>>,
    /// Country codes of the built-in world that are the power's home territory.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<schema::CountryCode>"))]
    home: Vec<Spanned<String>>,
}

/// A region made of built-in countries: `[regions.ID]`.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawRegion {
    /// The region's name on the map.
    name: String,
    /// ISO 3166-1 codes, alpha-2 ("DE") or alpha-3 ("DEU"): the region is their union.
    #[cfg_attr(test, schemars(with = "Vec<schema::CountryCode>"))]
    countries: Vec<Spanned<String>>,
    /// Keep only the part inside this box, [west, south, east, north] in degrees.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<schema::Bbox>"))]
    within: Option<Spanned<Vec<f64>>>,
    /// Keep one side of a line: { line = [[lon, lat], …], keep = "north" }.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<RawCut>"))]
    cut: Option<Spanned<RawCut>>,
    /// The id of the larger region this is a piece of.
    #[serde(default)]
    part_of: Option<String>,
    /// true for a region drawn over the regions it crosses (a railway zone).
    #[serde(default)]
    overlay: bool,
    /// How sure its boundary is: "high" (default), "medium" or "low" (drawn dashed).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<schema::CertaintyWord>"))]
    certainty: Option<Spanned<String>>,
    /// Where its extent comes from.
    #[serde(default)]
    source: Option<String>,
}

/// A line that cuts a region made of countries, and the side kept.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawCut {
    /// The line, [[lon, lat], …]: west to east to keep north or south, north to south to
    /// keep east or west; continued from its ends to the edges of the world.
    #[cfg_attr(test, schemars(with = "Vec<schema::Position>"))]
    line: Spanned<Vec<Spanned<Vec<f64>>>>,
    /// The side kept.
    #[cfg_attr(test, schemars(with = "schema::SideWord"))]
    keep: Spanned<String>,
}

/// A name from a date on.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
pub(super) struct RawName {
    /// The first day the name holds.
    #[cfg_attr(test, schemars(with = "schema::Day"))]
    pub(super) from: Spanned<toml::Value>,
    /// The first day it no longer holds.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<schema::Day>"))]
    pub(super) until: Option<Spanned<toml::Value>>,
    /// The name.
    pub(super) name: String,
}

/// A kind of control: [statuses.ID].
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawStatus {
    /// The words in the legend and captions: "sphere of influence".
    label: String,
    /// How a region under it is drawn in its power's colour.
    #[cfg_attr(test, schemars(with = "schema::StyleWord"))]
    style: Spanned<String>,
}

/// A treaty or event: [[events]].
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawEvent {
    /// The event's id (lowercase letters, digits, '-' and '_'), unique.
    #[cfg_attr(test, schemars(with = "schema::Id"))]
    id: Spanned<String>,
    /// The day it took effect: "YYYY-MM-DD" or a TOML date.
    #[cfg_attr(test, schemars(with = "schema::Day"))]
    date: Spanned<toml::Value>,
    /// Its name in captions, the timeline and the gallery.
    title: String,
    /// Where it was signed or happened.
    #[serde(default)]
    place: Option<String>,
    /// Who signed it.
    #[serde(default)]
    signatories: Vec<String>,
    /// Where the fact comes from: an address or a citation. Required.
    #[serde(default)]
    source: Option<String>,
    /// What the event did, in a sentence or two.
    #[serde(default)]
    note: Option<String>,
    /// true for a treaty or agreement.
    #[serde(default)]
    treaty: bool,
    /// What it changed: REGION = { power = "…", status = "…" } or REGION = "none".
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, schema::Control>"))]
    control: IndexMap<String, Spanned<toml::Value>>,
}

/// The JSON Schema of the file, from the types it is read into (see `load/schema.rs`).
#[cfg(test)]
pub(super) fn schema() -> schemars::Schema {
    schemars::schema_for!(RawScenario)
}

/// The keys of one table of `scenario.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcceptedKeys {
    /// The table, with the ids the user chooses written `ID` (and `REGION`) and arrays
    /// `[]`: "" (the top level), `map`, `files`, `titles[]`, `powers.ID`,
    /// `powers.ID.names[]`, `statuses.ID`, `events[]`, `events[].control.REGION`.
    pub table: &'static str,
    /// The keys it may have; any other is a warning.
    pub keys: &'static [&'static str],
}

/// The keys a control (`[events.control] REGION = { … }`) may have.
pub const CONTROL_KEYS: [&str; 5] = ["power", "status", "label", "certainty", "note"];

/// Every table of `scenario.toml` with the keys it accepts: the one list, read from the
/// types the file is parsed into, that the loader checks keys against.
///
/// ```
/// let keys = spheres::load::accepted_keys();
/// let power = keys.iter().find(|t| t.table == "powers.ID").unwrap();
/// assert_eq!(power.keys, ["name", "color", "names", "home"]);
/// ```
pub fn accepted_keys() -> Vec<AcceptedKeys> {
    use serde_aux::serde_introspection::serde_introspect;
    let table = |table, keys| AcceptedKeys { table, keys };
    vec![
        table("", serde_introspect::<RawScenario>()),
        table("map", serde_introspect::<RawMap>()),
        table("files", serde_introspect::<FileNames>()),
        table("titles[]", serde_introspect::<RawName>()),
        table("powers.ID", serde_introspect::<RawPower>()),
        table("powers.ID.names[]", serde_introspect::<RawName>()),
        table("statuses.ID", serde_introspect::<RawStatus>()),
        table("regions.ID", serde_introspect::<RawRegion>()),
        table("regions.ID.cut", serde_introspect::<RawCut>()),
        table("events[]", serde_introspect::<RawEvent>()),
        table("events[].control.REGION", &CONTROL_KEYS),
    ]
}

/// What `scenario.toml` says, with the places of the references still to be checked
/// against the GeoJSON files.
pub(crate) struct ScenarioFile {
    pub id: String,
    pub title: String,
    pub titles: Vec<PeriodName>,
    pub credit: String,
    pub license: Option<License>,
    pub author: Option<String>,
    pub commons_categories: Vec<String>,
    pub start: i32,
    pub end: i32,
    pub map: MapSpec,
    /// Where `[map] bbox` is written.
    pub bbox_place: Place,
    pub files: FileNames,
    pub powers: Vec<Power>,
    pub statuses: Vec<Status>,
    pub events: Vec<Event>,
    /// The regions made of built-in countries, each with where it is written.
    pub regions: Vec<(Region, Place)>,
    /// Ids of regions written here but refused (an unknown country, an empty shape), so
    /// that the events naming them add no problem of their own.
    pub dropped_regions: Vec<String>,
    /// The powers' home territory made of built-in countries (`home = [...]`).
    pub homes: Vec<BaseArea>,
    /// `[map] basemap`: `Some(true)` for "world", `Some(false)` for "none", `None` when
    /// not said (then the world is drawn if the scenario has no basemap file).
    pub world: Option<bool>,
    /// For each event and change, where the change is written (to locate unknown regions).
    pub change_places: Vec<Vec<Place>>,
    /// Every event id written, including those of events left out for a bad date.
    pub event_ids: Vec<String>,
    /// Every region an event's `[events.control]` names, its control valid or not (a
    /// region named in a control with a mistake is still one an event names).
    pub named_regions: Vec<String>,
}

/// Parses `scenario.toml`. Returns `None` when the file cannot be used at all; every
/// problem found is pushed to `problems`.
pub(crate) fn parse(name: &str, text: &str, problems: &mut Vec<Problem>) -> Option<ScenarioFile> {
    let (raw, unknown_keys) = read_raw(name, text, problems)?;
    let mut check = Checker {
        name,
        text,
        problems,
        unknown_keys,
    };
    check.texts();
    let (start, end) = check.years(&raw.start, &raw.end);
    let map = check.map(&raw.map);
    let world = check.basemap(raw.map.basemap.as_ref());
    let titles = check.period_names(&raw.titles);
    let license = raw.license.as_ref().and_then(|l| check.license(l));
    let commons_categories = check.commons_categories(&raw.commons_categories);
    let powers = check.powers(&raw.powers);
    let mut homes = check.homes(&raw.powers);
    homes.extend(check.country_names(&raw.map.country_names));
    let statuses = check.statuses(&raw.statuses);
    let (regions, dropped_regions) = check.regions(&raw.regions);
    let (events, change_places, event_ids) = check.events(&raw.events, &powers, &statuses);
    let named_regions = raw
        .events
        .iter()
        .flat_map(|e| e.get_ref().control.keys().cloned())
        .collect();
    keys::unknown(
        name,
        text,
        &check.unknown_keys,
        &accepted_keys(),
        check.problems,
    );
    Some(ScenarioFile {
        id: raw.id,
        title: raw.title,
        titles,
        credit: raw.credit,
        license,
        author: raw.author.filter(|a| !a.trim().is_empty()),
        commons_categories,
        start: start.unwrap_or(0),
        end: end.unwrap_or(0),
        map: map?,
        bbox_place: Place::at_offset(text, raw.map.bbox.span().start),
        files: raw.files,
        powers,
        statuses,
        events,
        regions,
        dropped_regions,
        homes,
        world,
        change_places,
        event_ids,
        named_regions,
    })
}

/// The file's TOML read into the raw types, with the path of every key they do not have:
/// `None`, with one located problem, when the file is empty or is not TOML of the
/// scenario's shape (serde stops at the first error).
fn read_raw(
    name: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Option<(RawScenario, Vec<Vec<Step>>)> {
    if text.trim().is_empty() {
        problems.push(
            Problem::new(name, Place::File, "the scenario file is empty")
                .hint("a scenario needs id, title, start, end, [map], [powers.*], [statuses.*] and [[events]]"),
        );
        return None;
    }
    let mut unknown = Vec::new();
    let read = toml::de::Deserializer::parse(text)
        .and_then(|de| serde_ignored::deserialize(de, |path| unknown.push(keys::steps(&path))));
    match read {
        Ok(raw) => Some((raw, unknown)),
        Err(e) => {
            let place = e
                .span()
                .map_or(Place::File, |s| Place::at_offset(text, s.start));
            let hint = misspelt_required_key(text, e.message()).or_else(|| toml_hint(e.message()));
            let mut p = Problem::new(name, place, e.message().trim().to_string());
            if let Some(h) = hint {
                p = p.hint(h);
            }
            problems.push(p);
            None
        }
    }
}

/// The sections of the file, each checked and converted to the model's types. `parse`
/// calls them in the file's usual order (years, map, powers, statuses, events), and that
/// is the order in which their problems are pushed.
impl Checker<'_> {
    /// The start and end years, each if in range; an end before the start is reported.
    fn years(&mut self, start: &Spanned<i64>, end: &Spanned<i64>) -> (Option<i32>, Option<i32>) {
        let (first, last) = (self.year(start, "start"), self.year(end, "end"));
        if let (Some(s), Some(e)) = (first, last)
            && s > e
        {
            self.at(
                end.span().start,
                format!("end year {e} is before start year {s}"),
                None,
            );
        }
        (first, last)
    }

    /// The powers in file order. A bad colour is reported and drawn black, so that the
    /// references to the power are still checked; a scenario with no power is reported.
    fn powers(&mut self, raw: &IndexMap<String, Spanned<RawPower>>) -> Vec<Power> {
        let mut powers = Vec::new();
        for (id, p) in raw {
            let span = p.span();
            let p = p.get_ref();
            let color = self.color(&p.color);
            let names = self.period_names(&p.names);
            self.id(id, span.start, "power");
            powers.push(Power {
                id: id.clone(),
                name: p.name.clone(),
                color: color.unwrap_or(Color::BLACK),
                names,
            });
        }
        if powers.is_empty() {
            self.at(
                0,
                "the scenario defines no powers",
                Some("add a table [powers.NAME] with name and color".into()),
            );
        }
        powers
    }

    /// A power's (or the title's) names by period, sorted by their start; a name whose start is not a date
    /// is reported and left out.
    pub(super) fn period_names(&mut self, raw: &[Spanned<RawName>]) -> Vec<PeriodName> {
        let mut names = Vec::new();
        for n in raw {
            let n_ref = n.get_ref();
            let from = self.date(&n_ref.from);
            let until = n_ref.until.as_ref().and_then(|u| self.date(u));
            if let Some(from) = from {
                names.push(PeriodName {
                    from,
                    until,
                    name: n_ref.name.clone(),
                });
            }
        }
        names.sort_by_key(|n| n.from);
        names
    }

    /// The statuses in file order; an unknown style is reported and drawn solid.
    fn statuses(&mut self, raw: &IndexMap<String, Spanned<RawStatus>>) -> Vec<Status> {
        let mut statuses = Vec::new();
        for (id, s) in raw {
            self.id(id, s.span().start, "status");
            let s = s.get_ref();
            let style = Style::parse(s.style.get_ref()).unwrap_or_else(|| {
                let words: Vec<&str> = Style::ALL.iter().map(|s| s.as_str()).collect();
                self.at(
                    s.style.span().start,
                    format!("unknown style '{}'", s.style.get_ref()),
                    Some(format!("use one of: {}", words.join(", "))),
                );
                Style::Solid
            });
            statuses.push(Status {
                id: id.clone(),
                label: s.label.clone(),
                style,
            });
        }
        statuses
    }

    /// The events in file order, with where each of their changes is written, and every
    /// event id written. An event with a bad date is reported and left out, but its id is
    /// kept, so that the lines drawn from it do not add problems of their own.
    fn events(
        &mut self,
        raw: &[Spanned<RawEvent>],
        powers: &[Power],
        statuses: &[Status],
    ) -> (Vec<Event>, Vec<Vec<Place>>, Vec<String>) {
        let mut events = Vec::new();
        let mut change_places = Vec::new();
        let mut seen_events: Vec<&str> = Vec::new();
        for (index, e) in raw.iter().enumerate() {
            let id = e.get_ref().id.get_ref();
            let id_at = e.get_ref().id.span().start;
            self.id(id, id_at, "event");
            if seen_events.contains(&id.as_str()) {
                self.at(
                    id_at,
                    format!("duplicate event id '{id}'"),
                    Some("event ids must be unique".into()),
                );
            }
            seen_events.push(id);
            if let Some((event, places)) = self.event(index, e, powers, statuses) {
                events.push(event);
                change_places.push(places);
            }
        }
        let event_ids = seen_events.into_iter().map(str::to_string).collect();
        (events, change_places, event_ids)
    }

    /// One event (its id already checked), with where each of its changes is written.
    /// Its source and changes are checked even when its date is bad, in which case it is
    /// `None`.
    fn event(
        &mut self,
        index: usize,
        e: &Spanned<RawEvent>,
        powers: &[Power],
        statuses: &[Status],
    ) -> Option<(Event, Vec<Place>)> {
        let e_span = e.span();
        let e = e.get_ref();
        let id = e.id.get_ref();
        let date = self.date(&e.date);
        let source = match &e.source {
            Some(s) if !s.trim().is_empty() => s.clone(),
            _ => {
                self.at(
                    e_span.start,
                    format!("event '{id}' has no source"),
                    Some("every event cites one: add source = \"https://…\"".into()),
                );
                String::new()
            }
        };
        let mut changes = Vec::new();
        let mut places = Vec::new();
        for (region, value) in &e.control {
            let path = [
                Step::Key("events".into()),
                Step::Index(index),
                Step::Key("control".into()),
                Step::Key(region.clone()),
            ];
            let change = self.control(&path, value, powers, statuses);
            if let Some(change) = change {
                changes.push((region.clone(), change));
                places.push(Place::at_offset(self.text, value.span().start));
            }
        }
        let event = Event {
            id: id.clone(),
            date: date?,
            title: e.title.clone(),
            place: e.place.clone(),
            signatories: e.signatories.clone(),
            source,
            note: e.note.clone(),
            treaty: e.treaty,
            changes,
        };
        Some((event, places))
    }
}

/// What the scenario says of its maps as works: their licence and their categories on
/// Wikimedia Commons.
impl Checker<'_> {
    /// `license`: an SPDX expression. A mistake is an error with the expression most likely
    /// meant; a licence the Commons pages cannot tag is a warning, since those pages are
    /// written for every map.
    fn license(&mut self, raw: &Spanned<String>) -> Option<License> {
        let at = raw.span().start;
        match License::parse(raw.get_ref()) {
            Err(e) => {
                self.at(at, e.to_string(), Some(e.hint()));
                None
            }
            Ok(license) => {
                if let Err(why) = license.commons_tags() {
                    let mut p = Problem::warning(
                        self.name,
                        Place::at_offset(self.text, at),
                        format!(
                            "licence '{}': {why}, so the maps' Commons pages (*.wikitext) name no licence tag",
                            license.expression()
                        ),
                    );
                    p.hint = Some("write the tag on the pages by hand (commons.wikimedia.org/wiki/Commons:Copyright_tags), or choose a licence Commons tags: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 and others".into());
                    self.problems.push(p);
                }
                Some(license)
            }
        }
    }

    /// `commons_categories`: category names as Commons writes them, each once; a name
    /// with a character a page title cannot hold is an error, and a leading `Category:`
    /// is taken off.
    fn commons_categories(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for c in raw {
            let written = c.get_ref().trim();
            let name = written
                .strip_prefix("Category:")
                .or_else(|| written.strip_prefix("category:"))
                .unwrap_or(written)
                .trim();
            // The characters MediaWiki refuses in a title, and controls.
            let bad = name
                .chars()
                .find(|&ch| "#<>[]|{}".contains(ch) || ch.is_control());
            if name.is_empty() || bad.is_some() {
                let what = match bad {
                    Some(ch) => {
                        format!("holds '{}', which a page title cannot", ch.escape_default())
                    }
                    None => "is empty".into(),
                };
                self.at(
                    c.span().start,
                    format!("Commons category '{}' {what}", text::shown(written)),
                    Some("write the category's name as Commons shows it, e.g. \"Maps of the history of Korea\"".into()),
                );
            } else if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }
}

/// What the scenario makes of the built-in world: whether it is drawn, the regions made
/// of its countries, and the powers' home territory.
impl Checker<'_> {
    /// `[map] basemap`: "world" or "none".
    fn basemap(&mut self, raw: Option<&Spanned<String>>) -> Option<bool> {
        let raw = raw?;
        match raw.get_ref().as_str() {
            "world" => Some(true),
            "none" => Some(false),
            other => {
                self.at(
                    raw.span().start,
                    format!("unknown basemap '{}'", text::shown(other)),
                    Some("write basemap = \"world\" (the built-in coasts and modern borders) or \"none\"; a basemap file of the scenario's own goes in [files] basemap".into()),
                );
                None
            }
        }
    }

    /// A `[west, south, east, north]` box in degrees (`what` names the key); reported
    /// and `false` if it is not one. West may lie east of east (checked by the caller).
    fn lonlat_box(&mut self, raw: &Spanned<Vec<f64>>, what: &str) -> bool {
        let b = raw.get_ref();
        let ok = b.len() == 4
            && b.iter().all(|v| v.is_finite())
            && (-180.0..=180.0).contains(&b[0])
            && (-180.0..=180.0).contains(&b[2])
            && (-90.0..=90.0).contains(&b[1])
            && (-90.0..=90.0).contains(&b[3])
            && b[1] < b[3]
            && b[0] != b[2];
        if !ok {
            self.at(
                raw.span().start,
                format!("{what} {b:?} is not [west, south, east, north] in degrees"),
                Some(format!("e.g. {what} = [104.0, 33.0, 146.0, 54.0]: longitudes −180…180, latitudes −90…90, south < north")),
            );
        }
        ok
    }

    /// The built-in countries named by `codes`, each once, in the order written; an
    /// unknown code is reported with the country it most likely meant.
    fn countries(&mut self, codes: &[Spanned<String>]) -> Option<Vec<&'static Country>> {
        let mut found: Vec<&'static Country> = Vec::new();
        let mut ok = true;
        for code in codes {
            match self.country(code.get_ref(), code.span().start) {
                Some(c) => {
                    if !found.iter().any(|f| f.alpha2 == c.alpha2) {
                        found.push(c);
                    }
                }
                None => ok = false,
            }
        }
        ok.then_some(found)
    }

    /// The built-in country of an ISO code; an unknown code is reported at `at` with the
    /// code or name it most resembles.
    fn country(&mut self, word: &str, at: usize) -> Option<&'static Country> {
        let found = world().country(word);
        if found.is_none() {
            let hint = match world().suggest(word) {
                Some(c) => {
                    let code = if word.trim().len() == 3 {
                        &c.alpha3
                    } else {
                        &c.alpha2
                    };
                    format!(
                        "did you mean \"{code}\" ({})? Countries are written as ISO 3166-1 alpha-2 or alpha-3 codes",
                        c.name
                    )
                }
                None => {
                    "write ISO 3166-1 alpha-2 or alpha-3 codes, e.g. \"DE\" or \"DEU\" for Germany"
                        .into()
                }
            };
            self.at(
                at,
                format!("unknown country code '{}'", text::shown(word)),
                Some(hint),
            );
        }
        found
    }

    /// Each power's `home`: its home territory made of built-in countries, drawn in its
    /// colour as a basemap area with `power` is.
    fn homes(&mut self, raw: &IndexMap<String, Spanned<RawPower>>) -> Vec<BaseArea> {
        let mut homes = Vec::new();
        for (id, p) in raw {
            let codes = &p.get_ref().home;
            if codes.is_empty() {
                continue;
            }
            if let Some(found) = self.countries(codes) {
                homes.push(BaseArea {
                    id: format!("home-{id}"),
                    name: None,
                    power: Some(id.clone()),
                    shape: countries::shape(&found, None, None),
                });
            }
        }
        homes
    }

    /// `[map] country_names`: each named country of the built-in world as a basemap area
    /// with that name, so that the map names the neighbours as the scenario's time did
    /// ("Persia") where the world itself draws no names.
    fn country_names(&mut self, raw: &IndexMap<String, Spanned<String>>) -> Vec<BaseArea> {
        let mut named = Vec::new();
        for (code, name) in raw {
            if let Some(c) = self.country(code, name.span().start) {
                named.push(BaseArea {
                    id: format!("country-{}", c.alpha2.to_lowercase()),
                    name: Some(name.get_ref().clone()),
                    power: None,
                    shape: c.shape.clone(),
                });
            }
        }
        named
    }

    /// The regions made of built-in countries, in file order, each with where it is
    /// written; and the ids of those refused.
    fn regions(
        &mut self,
        raw: &IndexMap<String, Spanned<RawRegion>>,
    ) -> (Vec<(Region, Place)>, Vec<String>) {
        let mut regions = Vec::new();
        let mut dropped = Vec::new();
        for (id, r) in raw {
            let at = r.span().start;
            self.id(id, at, "region");
            match self.region(id, r.get_ref(), at) {
                Some(region) => regions.push((region, Place::at_offset(self.text, at))),
                None => dropped.push(id.clone()),
            }
        }
        (regions, dropped)
    }

    /// One `[regions.ID]`, written at `at`: the union of its countries, within its box,
    /// on the kept side of its cut.
    fn region(&mut self, id: &str, r: &RawRegion, at: usize) -> Option<Region> {
        if r.countries.is_empty() {
            self.at(
                at,
                format!("region '{id}' names no countries"),
                Some(
                    "write countries = [\"DE\", \"FRA\", …]: ISO 3166-1 alpha-2 or alpha-3 codes"
                        .into(),
                ),
            );
        }
        let found = self.countries(&r.countries);
        let within = match &r.within {
            Some(w) => {
                if !self.lonlat_box(w, "within") {
                    return None;
                }
                let b = w.get_ref();
                Some([b[0], b[1], b[2], b[3]])
            }
            None => None,
        };
        let cut = match &r.cut {
            Some(c) => Some(self.cut(c)?),
            None => None,
        };
        let certainty = match &r.certainty {
            None => Certainty::High,
            Some(c) => Certainty::parse(c.get_ref()).or_else(|| {
                self.at(
                    c.span().start,
                    format!("unknown certainty '{}'", text::shown(c.get_ref())),
                    Some("use \"high\", \"medium\" or \"low\"".into()),
                );
                None
            })?,
        };
        let found = found.filter(|f| !f.is_empty())?;
        let shape = countries::shape(&found, within, cut.as_ref());
        let codes: Vec<&str> = found.iter().map(|c| c.alpha2.as_str()).collect();
        if shape.0.is_empty() {
            let mut wheres = Vec::new();
            if let Some(w) = within {
                wheres.push(format!("within {w:?}"));
            }
            if let Some(c) = &cut {
                let side = Side::WORDS
                    .iter()
                    .find(|(_, s)| *s == c.keep)
                    .map_or("", |(w, _)| w);
                wheres.push(format!("on the {side} side of the cut"));
            }
            self.at(
                at,
                format!("region '{id}' is empty: nothing of {} lies {}", codes.join(", "), wheres.join(" and ")),
                Some("check the box ([west, south, east, north]) and the line ([lon, lat] points), and that they cross these countries".into()),
            );
            return None;
        }
        let source = r.source.clone().unwrap_or_else(|| {
            let names: Vec<String> = found
                .iter()
                .map(|c| format!("{} ({})", c.name, c.alpha2))
                .collect();
            let mut s = format!(
                "Natural Earth 1:50m countries (public domain): {}",
                names.join(", ")
            );
            if let Some(w) = within {
                s.push_str(&format!("; within {w:?}"));
            }
            if cut.is_some() {
                s.push_str("; cut by a line");
            }
            s
        });
        Some(Region {
            id: id.to_string(),
            name: r.name.clone(),
            part_of: r.part_of.clone(),
            overlay: r.overlay,
            certainty,
            source: Some(source),
            shape,
        })
    }

    /// A region's `cut = { line = [[lon, lat], …], keep = "north" | … }`.
    fn cut(&mut self, raw: &Spanned<RawCut>) -> Option<Cut> {
        let c = raw.get_ref();
        let keep = Side::parse(c.keep.get_ref());
        if keep.is_none() {
            self.at(
                c.keep.span().start,
                format!("unknown side '{}'", text::shown(c.keep.get_ref())),
                Some("keep = \"north\", \"south\", \"east\" or \"west\": the side of the line the region keeps".into()),
            );
        }
        let mut line = Vec::new();
        for p in c.line.get_ref() {
            let v = p.get_ref();
            if v.len() == 2
                && v.iter().all(|x| x.is_finite())
                && (-180.0..=180.0).contains(&v[0])
                && (-90.0..=90.0).contains(&v[1])
            {
                line.push(geo::Coord { x: v[0], y: v[1] });
            } else {
                self.at(
                    p.span().start,
                    format!("{v:?} is not a [lon, lat] point"),
                    Some("write each point of the line as [longitude, latitude] in degrees, e.g. [10.9, 54.0]".into()),
                );
                return None;
            }
        }
        if line.len() < 2 {
            self.at(
                c.line.span().start,
                "a cutting line needs at least two points",
                Some("write line = [[lon, lat], [lon, lat], …] across the countries".into()),
            );
            return None;
        }
        let cut = Cut { line, keep: keep? };
        if !cut.runs_across() {
            let how = if cut.keep.across() {
                "to keep north or south, the line runs west to east: its ends need different longitudes"
            } else {
                "to keep east or west, the line runs north to south: its ends need different latitudes"
            };
            self.at(
                c.line.span().start,
                "the cutting line does not run across the side it keeps",
                Some(how.into()),
            );
            return None;
        }
        Some(cut)
    }
}

/// Every text of the file (values and keys, under any table) checked for characters XML
/// cannot hold and, values only, for their length: the file's shape is checked by serde,
/// so this walk knows no key and misses none.
impl Checker<'_> {
    pub(super) fn texts(&mut self) {
        // The file was read as a scenario already, so it parses; the spanned document
        // gives every value's place.
        let Ok(doc) = toml::de::DeTable::parse(self.text) else {
            return;
        };
        let mut found = Vec::new();
        walk_table(doc.get_ref(), "", &mut found);
        for (offset, message, hint) in found {
            self.at(offset, message, Some(hint));
        }
    }
}

type Found = Vec<(usize, String, String)>;

fn walk_table(table: &toml::de::DeTable<'_>, prefix: &str, found: &mut Found) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{prefix}.{}", key.get_ref())
        };
        if let Some((message, hint)) = text::problem(&text::shown(&path), key.get_ref(), usize::MAX)
        {
            found.push((key.span().start, message.replacen("'", "key '", 1), hint));
        }
        walk_value(value, &path, key.get_ref(), found);
    }
}

fn walk_value(value: &Spanned<toml::de::DeValue<'_>>, path: &str, key: &str, found: &mut Found) {
    match value.get_ref() {
        toml::de::DeValue::String(s) => {
            if let Some((message, hint)) =
                text::problem(&text::shown(path), s, text::max_chars(key))
            {
                found.push((value.span().start, message, hint));
            }
        }
        toml::de::DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_value(item, &format!("{path}[{i}]"), key, found);
            }
        }
        toml::de::DeValue::Table(t) => walk_table(t, path, found),
        _ => {}
    }
}

/// Records problems located by byte offsets in the scenario text (or a translation's).
pub(super) struct Checker<'a> {
    pub(super) name: &'a str,
    pub(super) text: &'a str,
    pub(super) problems: &'a mut Vec<Problem>,
    /// The path of each key the loader does not read, for [`keys::unknown`].
    pub(super) unknown_keys: Vec<Vec<Step>>,
}

impl Checker<'_> {
    pub(super) fn at(&mut self, offset: usize, message: impl Into<String>, hint: Option<String>) {
        let mut p = Problem::new(self.name, Place::at_offset(self.text, offset), message);
        p.hint = hint;
        self.problems.push(p);
    }

    fn id(&mut self, id: &str, offset: usize, what: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !ok {
            self.at(
                offset,
                format!("{what} id '{id}' is not a plain key"),
                Some(
                    "ids use lowercase letters, digits, '-' and '_', e.g. \"south-manchuria\""
                        .into(),
                ),
            );
        }
    }

    fn year(&mut self, y: &Spanned<i64>, what: &str) -> Option<i32> {
        let v = *y.get_ref();
        if (1..=9999).contains(&v) {
            Some(v as i32)
        } else {
            self.at(
                y.span().start,
                format!("{what} year {v} is out of range"),
                Some("years are from 1 to 9999".into()),
            );
            None
        }
    }

    fn color(&mut self, c: &Spanned<String>) -> Option<Color> {
        let parsed = Color::parse(c.get_ref());
        if parsed.is_none() {
            self.at(
                c.span().start,
                format!("'{}' is not a colour", text::shown(c.get_ref())),
                Some("write colours as \"#rrggbb\", e.g. \"#c8102e\"".into()),
            );
        }
        parsed
    }

    pub(super) fn date(&mut self, v: &Spanned<toml::Value>) -> Option<Date> {
        let parsed = match v.get_ref() {
            toml::Value::String(s) => Date::parse(s),
            toml::Value::Datetime(d) => match (d.date, d.time) {
                (Some(date), None) => Date::new(i32::from(date.year), date.month, date.day),
                _ => None,
            },
            _ => None,
        };
        if parsed.is_none() {
            self.at(
                v.span().start,
                format!("{} is not a date", v.get_ref()),
                Some(
                    "write dates as \"YYYY-MM-DD\", e.g. \"1912-07-08\", and check the day exists"
                        .into(),
                ),
            );
        }
        parsed
    }

    fn map(&mut self, m: &RawMap) -> Option<MapSpec> {
        let b = m.bbox.get_ref();
        let mut bbox_ok = self.lonlat_box(&m.bbox, "bbox");
        if bbox_ok && (b[0] > b[2]) != m.crosses_antimeridian {
            bbox_ok = false;
            if m.crosses_antimeridian {
                self.at(
                    m.bbox.span().start,
                    format!("bbox {b:?} does not cross the antimeridian, but crosses_antimeridian = true says it does"),
                    Some("a frame across the antimeridian has its west edge east of its east edge, e.g. bbox = [120.0, -50.0, -110.0, 30.0]; otherwise leave out crosses_antimeridian".into()),
                );
            } else {
                self.at(
                    m.bbox.span().start,
                    format!(
                        "bbox {b:?} has its west edge ({}) east of its east edge ({})",
                        b[0], b[2]
                    ),
                    Some("write [west, south, east, north]; if the frame crosses the antimeridian, set crosses_antimeridian = true".into()),
                );
            }
        }
        let w = *m.width.get_ref();
        let widths = 100..=MAX_WIDTH;
        if !widths.contains(&w) {
            self.at(
                m.width.span().start,
                format!("width {w} is out of range"),
                Some(format!(
                    "set [map] width from 100 to {MAX_WIDTH} pixels, the largest side of a PNG"
                )),
            );
        }
        let projection = m.projection.get_ref().clone();
        if let Err(e) = crate::project::setup(&projection) {
            self.at(
                m.projection.span().start,
                e.message(),
                Some(e.hint().into()),
            );
            return None;
        }
        if !bbox_ok || !widths.contains(&w) {
            return None;
        }
        let spec = MapSpec {
            bbox: [b[0], b[1], b[2], b[3]],
            projection,
            width: w as u32,
            crosses_antimeridian: m.crosses_antimeridian,
            // Decided by the loader, which knows whether there is a basemap file.
            world: false,
        };
        // The preflight `render` does, here so that `validate` says no to what `render`
        // refuses: the frame must project, and its height fit a PNG too.
        match Projector::new(&spec, w as f64) {
            Err(e) => {
                self.at(
                    m.projection.span().start,
                    e.message(),
                    Some(e.hint().into()),
                );
                return None;
            }
            Ok(p) if p.frame().height() > crate::project::MAX_SIDE => {
                self.at(
                    m.width.span().start,
                    format!(
                        "width {w} makes the map {:.0} pixels high, more than the {} a PNG may have",
                        p.frame().height(),
                        crate::project::MAX_SIDE
                    ),
                    Some("set a smaller [map] width".into()),
                );
                return None;
            }
            Ok(_) => {}
        }
        Some(spec)
    }

    /// The control written at `path` (`events[i].control.REGION`).
    fn control(
        &mut self,
        path: &[Step],
        v: &Spanned<toml::Value>,
        powers: &[Power],
        statuses: &[Status],
    ) -> Option<ControlChange> {
        let at = v.span().start;
        let hint = "write region = { power = \"…\", status = \"…\" } or region = \"none\"";
        match v.get_ref() {
            toml::Value::String(s) if s == "none" => Some(ControlChange::Clear),
            toml::Value::Table(t) => {
                let mut ok = true;
                for key in t.keys().filter(|k| !CONTROL_KEYS.contains(&k.as_str())) {
                    let mut path = path.to_vec();
                    path.push(Step::Key(key.clone()));
                    self.unknown_keys.push(path);
                }
                let word = |k: &str| t.get(k).and_then(toml::Value::as_str).map(str::to_string);
                let (Some(power), Some(status)) = (word("power"), word("status")) else {
                    self.at(
                        at,
                        "a control needs both 'power' and 'status'",
                        Some(hint.into()),
                    );
                    return None;
                };
                if !powers.iter().any(|p| p.id == power) {
                    let mut h = did_you_mean(&power, powers.iter().map(|p| p.id.as_str()))
                        .map(|m| format!("did you mean '{m}'?"));
                    if h.is_none() {
                        h = Some(format!(
                            "known powers: {}",
                            list(powers.iter().map(|p| p.id.as_str()))
                        ));
                    }
                    self.at(at, format!("unknown power '{power}'"), h);
                    ok = false;
                }
                if !statuses.iter().any(|s| s.id == status) {
                    let mut h = did_you_mean(&status, statuses.iter().map(|s| s.id.as_str()))
                        .map(|m| format!("did you mean '{m}'?"));
                    if h.is_none() {
                        h = Some(format!(
                            "known statuses: {}",
                            list(statuses.iter().map(|s| s.id.as_str()))
                        ));
                    }
                    self.at(at, format!("unknown status '{status}'"), h);
                    ok = false;
                }
                let label = match t.get("label") {
                    None => None,
                    Some(toml::Value::String(s)) => Some(s.clone()),
                    Some(_) => {
                        self.at(at, "'label' should be a string", None);
                        ok = false;
                        None
                    }
                };
                let mut text = |key: &str| match t.get(key) {
                    None => None,
                    Some(toml::Value::String(s)) => Some(s.clone()),
                    Some(_) => {
                        self.at(at, format!("'{key}' should be a string"), None);
                        ok = false;
                        None
                    }
                };
                let note = text("note");
                let certainty = match text("certainty") {
                    None => Certainty::High,
                    Some(word) => Certainty::parse(&word).unwrap_or_else(|| {
                        self.at(
                            at,
                            format!("unknown certainty '{word}'"),
                            Some("use \"high\", \"medium\" or \"low\"".into()),
                        );
                        ok = false;
                        Certainty::High
                    }),
                };
                ok.then_some(ControlChange::Set(Control {
                    power,
                    status,
                    label,
                    certainty,
                    note,
                }))
            }
            other => {
                self.at(at, format!("{other} is not a control"), Some(hint.into()));
                None
            }
        }
    }
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// For a "missing field `color`" error, the key written in its place, if one is like it
/// (`colour`): serde stops at the missing key, so the unknown one would not be reported.
fn misspelt_required_key(text: &str, message: &str) -> Option<String> {
    let missing = message
        .split('`')
        .nth(1)
        .filter(|_| message.contains("missing field"))?;
    let doc = toml::de::DeTable::parse(text).ok()?;
    let mut written = Vec::new();
    collect_keys(doc.get_ref(), &mut written);
    let (key, at) = written
        .into_iter()
        .find(|(k, _)| k != missing && did_you_mean(k, [missing]).is_some())?;
    let Place::Text { line, column } = Place::at_offset(text, at) else {
        return None;
    };
    Some(format!(
        "'{}' at {line}:{column} is not a key spheres reads: did you mean '{missing}'?",
        text::shown(&key)
    ))
}

/// Every key of a table and the tables under it, with the offset where it is written.
fn collect_keys(table: &toml::de::DeTable<'_>, out: &mut Vec<(String, usize)>) {
    for (key, value) in table {
        out.push((key.get_ref().to_string(), key.span().start));
        match value.get_ref() {
            toml::de::DeValue::Table(t) => collect_keys(t, out),
            toml::de::DeValue::Array(items) => {
                for item in items {
                    if let toml::de::DeValue::Table(t) = item.get_ref() {
                        collect_keys(t, out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn toml_hint(message: &str) -> Option<String> {
    if message.contains("missing field") {
        Some("add the missing key".into())
    } else if message.contains("recursion") {
        Some(
            "the value is nested too deeply: a scenario needs only a few levels of [ ] and { }"
                .into(),
        )
    } else if message.contains("invalid type") {
        Some("check the value's type: text in quotes, numbers without, lists in [ ]".into())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r##"
id = "t"
title = "Test"
start = 1900
end = 1901
[map]
bbox = [0.0, 0.0, 10.0, 10.0]
projection = "+proj=merc +datum=WGS84"
width = 800
[powers.b]
name = "B"
color = "#00f"
[powers.a]
name = "A"
color = "#f00"
[statuses.sphere]
label = "sphere of influence"
style = "hatch"
[[events]]
id = "e1"
date = 1900-05-01
title = "One"
source = "https://example.org/1"
[events.control]
r1 = { power = "a", status = "sphere" }
r2 = "none"
"##;

    #[test]
    fn parses_in_file_order() {
        let mut problems = Vec::new();
        let s = parse("s.toml", MINIMAL, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let ids: Vec<_> = s.powers.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(s.events[0].date, Date::new(1900, 5, 1).unwrap());
        assert_eq!(s.events[0].changes.len(), 2);
        assert_eq!(
            s.events[0].changes[1],
            ("r2".to_string(), ControlChange::Clear)
        );
        assert_eq!(
            s.change_places[0][0],
            Place::Text {
                line: 25,
                column: 6
            }
        );
    }

    #[test]
    fn unknown_power_is_located_with_a_hint() {
        let text = MINIMAL.replace("power = \"a\"", "power = \"aa\"");
        let mut problems = Vec::new();
        parse("s.toml", &text, &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "s.toml:25:6: unknown power 'aa' (hint: did you mean 'a'?)"
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let text = MINIMAL.replace("title = \"Test\"", "title = \"Test");
        let mut problems = Vec::new();
        assert!(parse("s.toml", &text, &mut problems).is_none());
        assert!(
            matches!(problems[0].place, Place::Text { line: 3, .. }),
            "{problems:?}"
        );
    }

    #[test]
    fn every_unknown_key_is_a_located_warning_with_the_keys_of_its_table() {
        let text = MINIMAL
            .replace("start = 1900", "titles = [{ from = 1900-01-01, name = \"T\", nmae = \"x\" }]\nstart = 1900")
            .replace("[powers.b]\nname = \"B\"", "[files]\nplaces = \"p.geojson\"\nbasemaps = \"b.geojson\"\n[powers.b]\nname = \"B\"\nnames = [{ from = 1900-01-01, name = \"B2\", untl = 1901-01-01 }]")
            .replace("style = \"hatch\"", "style = \"hatch\"\ncolor = \"#000\"")
            .replace("r2 = \"none\"", "r2 = \"none\"\nr3 = { power = \"a\", status = \"sphere\", certainity = \"low\" }");
        let mut problems = Vec::new();
        let s = parse("s.toml", &text, &mut problems).expect("unknown keys are no error");
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            shown,
            [
                "warning: s.toml:4:44: unknown key 'titles[0].nmae' (hint: did you mean 'name'?)",
                "warning: s.toml:13:1: unknown key 'files.basemaps' (hint: did you mean 'basemap'?)",
                "warning: s.toml:16:44: unknown key 'powers.b.names[0].untl' (hint: did you mean 'until'?)",
                "warning: s.toml:24:1: unknown key 'statuses.sphere.color' (hint: spheres does not read it; the keys here are label, style)",
                "warning: s.toml:33:40: unknown key 'events[0].control.r3.certainity' in event 'e1' (hint: did you mean 'certainty'?)",
            ]
        );
        // What is known is read as if the unknown keys were not there.
        assert_eq!(s.files.places.as_deref(), Some("p.geojson"));
        assert_eq!(s.events[0].changes.len(), 3);
    }

    #[test]
    fn the_accepted_keys_are_those_of_the_types_read() {
        let tables = accepted_keys();
        let keys = |table: &str| tables.iter().find(|t| t.table == table).unwrap().keys;
        assert_eq!(
            keys(""),
            [
                "id",
                "title",
                "titles",
                "credit",
                "license",
                "author",
                "commons_categories",
                "start",
                "end",
                "map",
                "files",
                "powers",
                "statuses",
                "regions",
                "events"
            ]
        );
        assert_eq!(
            keys("map"),
            [
                "bbox",
                "projection",
                "width",
                "crosses_antimeridian",
                "basemap",
                "country_names"
            ]
        );
        assert_eq!(keys("regions.ID.cut"), ["line", "keep"]);
        assert_eq!(keys("powers.ID.names[]"), ["from", "until", "name"]);
        assert_eq!(keys("events[].control.REGION"), CONTROL_KEYS);
    }

    #[test]
    fn the_licence_is_an_spdx_expression_located_with_the_one_meant() {
        let with = |line: &str| {
            let text = MINIMAL.replace("start = 1900", &format!("{line}\nstart = 1900"));
            let mut problems = Vec::new();
            let s = parse("s.toml", &text, &mut problems).unwrap();
            let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            (s, shown)
        };
        let (s, problems) = with("license = \"CC-BY-SA-4.0\"\nauthor = \"  \"");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            s.license.as_ref().map(|l| l.expression()),
            Some("CC-BY-SA-4.0")
        );
        // A blank author is no author.
        assert_eq!(s.author, None);
        let (s, problems) = with("license = \"CC-BY-SA-4\"");
        assert_eq!(
            problems,
            [
                "s.toml:4:11: unknown licence 'CC-BY-SA-4': not an id of the SPDX licence list (hint: did you mean 'CC-BY-SA-4.0'?)"
            ]
        );
        assert_eq!(s.license, None);
        let (s, problems) = with("license = \"MIT\"");
        assert_eq!(
            problems,
            [
                "warning: s.toml:4:11: licence 'MIT': spheres knows no Wikimedia Commons licence tag for MIT, so the maps' Commons pages (*.wikitext) name no licence tag (hint: write the tag on the pages by hand (commons.wikimedia.org/wiki/Commons:Copyright_tags), or choose a licence Commons tags: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 and others)"
            ]
        );
        assert!(s.license.is_some());
    }

    #[test]
    fn commons_categories_are_titles_each_once() {
        let text = MINIMAL.replace(
            "start = 1900",
            "commons_categories = [\"Category:Maps of X\", \"Maps of X\", \"A [[b]]\", \" \"]\nstart = 1900",
        );
        let mut problems = Vec::new();
        let s = parse("s.toml", &text, &mut problems).unwrap();
        assert_eq!(s.commons_categories, ["Maps of X"]);
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            shown,
            [
                "s.toml:4:58: Commons category 'A [[b]]' holds '[', which a page title cannot (hint: write the category's name as Commons shows it, e.g. \"Maps of the history of Korea\")",
                "s.toml:4:69: Commons category '' is empty (hint: write the category's name as Commons shows it, e.g. \"Maps of the history of Korea\")",
            ]
        );
    }

    #[test]
    fn bad_dates_and_colours_are_all_reported() {
        let text = MINIMAL
            .replace("1900-05-01", "\"1900-02-30\"")
            .replace("#00f", "blue");
        let mut problems = Vec::new();
        parse("s.toml", &text, &mut problems);
        let all: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all.iter().any(|m| m.contains("'blue' is not a colour")));
        assert!(
            all.iter()
                .any(|m| m.contains("\"1900-02-30\" is not a date"))
        );
    }
}
