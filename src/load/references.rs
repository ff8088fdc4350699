//! The checks that need every file loaded: references between the files (events →
//! regions, lines → events, basemap → powers), unique region ids, and regions that
//! overlap. Each problem is located in the file that holds the reference.

use std::collections::{HashMap, HashSet};

use super::{SCENARIO_FILE, Source, scenario};
use crate::model::Scenario;
use crate::problem::{Place, Problem, did_you_mean};

/// What references may name beyond what was loaded.
pub(super) struct Known {
    /// Ids of regions refused for their geometry; `None` if the regions file could not
    /// be read, in which case references to regions are not checked at all.
    pub(super) regions: Option<Vec<String>>,
    /// Every event id written in the scenario, including events refused for their date.
    pub(super) events: Vec<String>,
    /// Where each loaded region is: its file, as shown, and its place in it.
    pub(super) region_places: Vec<(String, Place)>,
}

/// Checks every reference between the files (events → regions, lines → events, basemap
/// → powers) and that region ids are unique; with no other problem, that there is a
/// region at all.
pub(super) fn check_references(
    source: &dyn Source,
    files: &scenario::FileNames,
    s: &Scenario,
    change_places: &[Vec<Place>],
    known: &Known,
    problems: &mut Vec<Problem>,
) {
    duplicate_regions(s, &known.region_places, problems);
    if let Some(dropped) = &known.regions {
        unknown_regions(source, s, change_places, dropped, problems);
    }
    unknown_line_events(source, files, s, known, problems);
    unknown_basemap_powers(source, files, s, problems);
    if s.regions.is_empty() && problems.is_empty() {
        problems.push(
            Problem::new(source.display(files.regions()), Place::File, "no regions")
                .hint("a scenario needs at least one region: a polygon in the regions file, or a [regions.ID] table of countries in scenario.toml"),
        );
    }
}

/// Region ids given to more than one region, at each after the first: two features of
/// the regions file, or a feature and a `[regions.ID]` table of `scenario.toml`.
fn duplicate_regions(s: &Scenario, region_places: &[(String, Place)], problems: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, r) in s.regions.iter().enumerate() {
        if let Some(&first) = seen.get(r.id.as_str()) {
            let (file, place) = &region_places[i];
            let hint = if *file == region_places[first].0 {
                "merge the two features into one MultiPolygon, or give them different ids"
                    .to_string()
            } else {
                format!(
                    "the region is also defined in {} ({}): keep one, or give them different ids",
                    region_places[first].0, region_places[first].1
                )
            };
            problems.push(
                Problem::new(
                    file,
                    place.clone(),
                    format!("duplicate region id '{}'", r.id),
                )
                .hint(hint),
            );
        } else {
            seen.insert(r.id.as_str(), i);
        }
    }
}

/// Regions named by events that are neither loaded nor `dropped` (left out for their
/// geometry). Only called when the regions file was read.
fn unknown_regions(
    source: &dyn Source,
    s: &Scenario,
    change_places: &[Vec<Place>],
    dropped: &[String],
    problems: &mut Vec<Problem>,
) {
    let toml = source.display(SCENARIO_FILE);
    // A set, not a list: a file of a hundred thousand features must not cost 10¹⁰ steps.
    let mut known_regions: HashSet<&str> = HashSet::new();
    // Each id once, in file order, for the hint: a duplicate id is reported on its own.
    let region_ids: Vec<&str> = s
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| known_regions.insert(id))
        .collect();
    for (event, places) in s.events.iter().zip(change_places) {
        for ((region, _), place) in event.changes.iter().zip(places) {
            if !known_regions.contains(region.as_str()) && !dropped.contains(region) {
                let hint = unknown_name_hint(region, &region_ids, "regions");
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
}

/// Treaty lines drawn from an event that does not exist, or kept `until` something that
/// is neither an event nor a date.
fn unknown_line_events(
    source: &dyn Source,
    files: &scenario::FileNames,
    s: &Scenario,
    known: &Known,
    problems: &mut Vec<Problem>,
) {
    let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    let lines_file = source.display(
        files
            .lines
            .as_deref()
            .unwrap_or(super::scenario::FileNames::LINES),
    );
    for (i, l) in s.lines.iter().enumerate() {
        let place = Place::Feature {
            index: i,
            id: Some(l.id.clone()),
        };
        if !known.events.contains(&l.event) {
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
            && !known.events.contains(until)
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
}

/// Basemap areas that name a power the scenario does not define.
fn unknown_basemap_powers(
    source: &dyn Source,
    files: &scenario::FileNames,
    s: &Scenario,
    problems: &mut Vec<Problem>,
) {
    let power_ids: Vec<&str> = s.powers.iter().map(|p| p.id.as_str()).collect();
    let base_file = source.display(
        files
            .basemap
            .as_deref()
            .unwrap_or(super::scenario::FileNames::BASEMAP),
    );
    for (i, b) in s.basemap.iter().enumerate() {
        if let Some(p) = &b.power
            && !power_ids.contains(&p.as_str())
        {
            let hint = unknown_name_hint(p, &power_ids, "powers");
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
}

/// The hint for a `name` that is not among `ids`: the nearest id if one is close, else
/// every known id of that `kind` ("regions", "powers").
fn unknown_name_hint(name: &str, ids: &[&str], kind: &str) -> String {
    did_you_mean(name, ids.iter().copied()).map_or_else(
        || format!("known {kind}: {}", ids.join(", ")),
        |m| format!("did you mean '{m}'?"),
    )
}

/// Warns of each region that no event names: it is never held, so it is drawn as land no
/// power holds on every map, most likely not what was meant (an event's key misspelt as
/// another region's, or a region added and forgotten).
pub(super) fn unmentioned_regions(
    s: &Scenario,
    places: &[(String, Place)],
    named: &[String],
    problems: &mut Vec<Problem>,
) {
    let named: HashSet<&str> = named.iter().map(String::as_str).collect();
    for (r, (file, place)) in s.regions.iter().zip(places) {
        if !named.contains(r.id.as_str()) {
            problems.push(
                Problem::warning(
                    file,
                    place.clone(),
                    format!("no event names region '{}'", r.id),
                )
                .hint(format!(
                    "it is drawn held by no power on every map: name it in an event's [events.control] (e.g. {} = {{ power = \"…\", status = \"…\" }}), or remove it",
                    toml_key(&r.id)
                )),
            );
        }
    }
}

/// A region id as a TOML key: bare if it can be, else quoted.
fn toml_key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare {
        id.to_string()
    } else {
        format!("{:?}", super::text::shown_key(id))
    }
}

/// Reports regions that overlap by more than the tolerance, at both features: ordinary
/// regions with each other, overlays with each other. An overlay is meant to lie over
/// ordinary regions, so those pairs are not compared.
pub(super) fn check_overlaps(
    regions: &[crate::model::Region],
    places: &[(String, Place)],
    valid: &[bool],
    problems: &mut Vec<Problem>,
) {
    for overlays in [false, true] {
        let shapes: Vec<_> = regions
            .iter()
            .zip(valid)
            .map(|(r, ok)| (*ok && r.overlay == overlays).then_some(&r.shape))
            .collect();
        let hint = if overlays {
            "overlays may lie over ordinary regions, not over each other: cut one of the two along their common border (QGIS: Difference)"
        } else {
            "a place belongs to one region: cut one of the two along their common border (QGIS: Difference), or mark the smaller one \"overlay\": true if it is drawn over the other"
        };
        for o in crate::check::overlaps(&shapes) {
            for (this, other) in [(o.a, o.b), (o.b, o.a)] {
                let (file, place) = &places[this];
                problems.push(
                    Problem::new(
                        file,
                        place.clone(),
                        crate::check::describe_overlap(&o, &regions[other].id),
                    )
                    .hint(hint),
                );
            }
        }
    }
}
