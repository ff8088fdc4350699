//! The whole timeline as GeoJSON for GIS time sliders (`spheres export --all`): every
//! region once per period of unchanged control, or the treaty lines, or the places, each
//! feature with the days it holds for.
//!
//! Every feature has `valid_from` and `valid_to`, ISO dates (`YYYY-MM-DD`): the first day
//! it holds and the first day it no longer holds (the end is exclusive, so one period's
//! `valid_to` is the next one's `valid_from`, as QGIS's Temporal Controller compares them
//! by default and as OpenHistoricalMap's `start_date`/`end_date` follow one another).
//! `null` is an open end: `valid_from` before the first event that touches a region (no
//! power holds it then), `valid_to` when nothing later in the timeline changes it; QGIS
//! shows a feature with a null end at every date after its start. Properties are flat
//! (strings, numbers, booleans, nulls), so every GIS reads them as fields.
//!
//! Regions ([`regions`]): `valid_from`, `valid_to`, `id` (the region's), `name`,
//! `part_of`, `overlay`, `power`, `power_name`, `status`, `status_label`, `label`, `event`
//! (the id of the event that began the period), `event_date`, `event_title`,
//! `control_certainty`, `control_note` (all `null` while no power holds it), `area_km2`,
//! `certainty` (the boundary's) and the simplestyle colours of the one-moment export. A
//! period also ends where the holding power takes a new name (Russian Empire → Soviet
//! Russia), so that `power_name` is right all along; `event` is then still the event that
//! set the control. Each feature's GeoJSON id is the region's id and the period's number
//! from 1 (`korea-north/2`).
//!
//! Treaty lines ([`lines`]): `id`, `name`, `event`, `event_title`, `certainty`, from the
//! event's date to its `until` (an event's date, or the date itself). Places ([`places`]):
//! cities (`kind` "city", `name`, `rank`), one feature per name they bear (Seoul, then
//! Keijō from 1910-08-29, then Seoul again from 1945-08-15), then railways (`kind`
//! "railway", `name`) from `from` to `until`.
//!
//! One feature per line; regions in the scenario's order, each one's periods in time
//! order; lines and places in file order.
//!
//! ```
//! use spheres::{load, report::export_all, timeline::History};
//! let scenario = load::built_in()?;
//! let history = History::new(&scenario);
//! let v: serde_json::Value = serde_json::from_str(&export_all::regions(&history))?;
//! let first = &v["features"][0]["properties"];
//! assert_eq!(first["valid_from"], serde_json::Value::Null);
//! assert_eq!(first["power"], serde_json::Value::Null);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use geo::{LineString, MultiLineString, Point};
use serde::Serialize;

use super::export::{Look, geometry, round5};
use super::reported_areas;
use crate::model::{Date, PeriodName, Scenario};
use crate::timeline::History;

/// Treaty lines and railways, as the default theme draws them.
const TREATY: &str = "#111111";
const RAILWAY: &str = "#3b3b3b";

/// The days a feature holds for: `[from, until)`, `None` an open end.
#[derive(Serialize)]
struct Valid {
    valid_from: Option<String>,
    valid_to: Option<String>,
}

impl Valid {
    fn new(from: Option<Date>, until: Option<Date>) -> Valid {
        Valid {
            valid_from: from.map(|d| d.to_string()),
            valid_to: until.map(|d| d.to_string()),
        }
    }
}

#[derive(Serialize)]
struct Feature<P, G> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    properties: P,
    geometry: Option<G>,
}

#[derive(Serialize)]
struct RegionPeriod<'a> {
    #[serde(flatten)]
    valid: Valid,
    id: &'a str,
    name: &'a str,
    part_of: Option<&'a str>,
    overlay: bool,
    power: Option<&'a str>,
    power_name: Option<&'a str>,
    status: Option<&'a str>,
    status_label: Option<&'a str>,
    label: Option<&'a str>,
    event: Option<&'a str>,
    event_date: Option<String>,
    event_title: Option<&'a str>,
    control_certainty: Option<&'static str>,
    control_note: Option<&'a str>,
    area_km2: f64,
    certainty: &'static str,
    /// Where the region's boundary comes from.
    source: Option<&'a str>,
    #[serde(flatten)]
    look: Look,
}

/// Every region once per period of unchanged control, as a GeoJSON FeatureCollection with
/// a final newline.
pub fn regions(history: &History) -> String {
    let scenario = history.scenario();
    let areas = reported_areas(scenario);
    let mut features = Vec::new();
    for (r, (region, &area_km2)) in scenario.regions.iter().zip(&areas).enumerate() {
        let shape = geometry(&region.shape);
        let mut number = 0;
        for period in history.periods(r) {
            let control = period.control.as_ref();
            let power = control.and_then(|c| scenario.power(&c.power));
            let status = control.and_then(|c| scenario.status(&c.status));
            let event = period.event.map(|e| &scenario.events[e]);
            // The power's names split the period; unheld, it is one piece.
            let pieces = match power {
                Some(p) => named_spans(&p.name, &p.names, period.from, period.until),
                None => vec![(period.from, period.until, "")],
            };
            for (from, until, power_name) in pieces {
                number += 1;
                let properties = RegionPeriod {
                    valid: Valid::new(from, until),
                    id: &region.id,
                    name: &region.name,
                    part_of: region.part_of.as_deref(),
                    overlay: region.overlay,
                    power: control.map(|c| c.power.as_str()),
                    power_name: power.map(|_| power_name),
                    status: control.map(|c| c.status.as_str()),
                    status_label: status.map(|s| s.label.as_str()),
                    label: control.and_then(|c| c.label.as_deref()),
                    event: event.map(|e| e.id.as_str()),
                    event_date: event.map(|e| e.date.to_string()),
                    event_title: event.map(|e| e.title.as_str()),
                    control_certainty: control.map(|c| c.certainty.as_str()),
                    control_note: control.and_then(|c| c.note.as_deref()),
                    area_km2,
                    certainty: region.certainty.as_str(),
                    source: region.source.as_deref(),
                    look: Look::of(scenario, control),
                };
                features.push(json(&Feature {
                    kind: "Feature",
                    id: format!("{}/{number}", region.id),
                    properties,
                    geometry: shape.as_ref(),
                }));
            }
        }
    }
    collection(scenario, "regions", &features)
}

#[derive(Serialize)]
struct LineProperties<'a> {
    #[serde(flatten)]
    valid: Valid,
    id: &'a str,
    name: &'a str,
    event: &'a str,
    event_title: Option<&'a str>,
    certainty: &'static str,
    stroke: &'static str,
    #[serde(rename = "stroke-width")]
    stroke_width: f64,
    #[serde(rename = "stroke-opacity")]
    stroke_opacity: f64,
}

/// The treaty lines, each from its event's date to its `until`, as a GeoJSON
/// FeatureCollection with a final newline.
pub fn lines(scenario: &Scenario) -> String {
    let features: Vec<String> = scenario
        .lines
        .iter()
        .map(|l| {
            let event = scenario.event(&l.event);
            // `until` names an event or is a date; the loader refuses anything else.
            let until = l
                .until
                .as_deref()
                .and_then(|u| scenario.event(u).map(|e| e.date).or_else(|| Date::parse(u)));
            json(&Feature {
                kind: "Feature",
                id: l.id.clone(),
                properties: LineProperties {
                    valid: Valid::new(event.map(|e| e.date), until),
                    id: &l.id,
                    name: &l.name,
                    event: &l.event,
                    event_title: event.map(|e| e.title.as_str()),
                    certainty: l.certainty.as_str(),
                    stroke: TREATY,
                    stroke_width: 2.0,
                    // An uncertain course reads fainter, as its dots do on the maps.
                    stroke_opacity: if l.certainty == crate::model::Certainty::Low {
                        0.5
                    } else {
                        1.0
                    },
                },
                geometry: lines_geometry(&l.path),
            })
        })
        .collect();
    collection(scenario, "lines", &features)
}

#[derive(Serialize)]
struct PlaceProperties<'a> {
    #[serde(flatten)]
    valid: Valid,
    id: &'a str,
    kind: &'static str,
    name: &'a str,
    rank: Option<u8>,
    #[serde(rename = "marker-size", skip_serializing_if = "Option::is_none")]
    marker_size: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stroke: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(tag = "type", content = "coordinates")]
enum PlaceGeometry {
    Point([f64; 2]),
    LineString(Vec<[f64; 2]>),
}

/// The cities, one feature per name they bear, then the railways from their `from` to
/// their `until`, as a GeoJSON FeatureCollection with a final newline.
pub fn places(scenario: &Scenario) -> String {
    let mut features = Vec::new();
    for city in &scenario.cities {
        let spans = named_spans(&city.name, &city.names, None, None);
        let many = spans.len() > 1;
        for (k, (from, until, name)) in spans.into_iter().enumerate() {
            features.push(json(&Feature {
                kind: "Feature",
                id: if many {
                    format!("{}/{}", city.id, k + 1)
                } else {
                    city.id.clone()
                },
                properties: PlaceProperties {
                    valid: Valid::new(from, until),
                    id: &city.id,
                    kind: "city",
                    name,
                    rank: Some(city.rank),
                    marker_size: Some(match city.rank {
                        1 => "large",
                        2 => "medium",
                        _ => "small",
                    }),
                    stroke: None,
                },
                geometry: Some(PlaceGeometry::Point(point(city.at))),
            }));
        }
    }
    for railway in &scenario.railways {
        features.push(json(&Feature {
            kind: "Feature",
            id: railway.id.clone(),
            properties: PlaceProperties {
                valid: Valid::new(railway.from, railway.until),
                id: &railway.id,
                kind: "railway",
                name: &railway.name,
                rank: None,
                marker_size: None,
                stroke: Some(RAILWAY),
            },
            geometry: line(&railway.path).map(PlaceGeometry::LineString),
        }));
    }
    collection(scenario, "places", &features)
}

/// The spans of `[from, until)` (`None`: open) over which a thing bears one name: cut
/// where a period name begins or ends, with neighbours of the same name joined again.
fn named_spans<'a>(
    default: &'a str,
    names: &'a [PeriodName],
    from: Option<Date>,
    until: Option<Date>,
) -> Vec<(Option<Date>, Option<Date>, &'a str)> {
    let inside = |d: &Date| from.is_none_or(|f| f < *d) && until.is_none_or(|u| *d < u);
    let mut cuts: Vec<Date> = names
        .iter()
        .flat_map(|n| std::iter::once(n.from).chain(n.until))
        .filter(inside)
        .collect();
    cuts.sort();
    cuts.dedup();
    // Before every cut of an open start, no period name has begun.
    let name_at = |d: Option<Date>| d.map_or(default, |d| crate::model::name_at(default, names, d));
    let starts = std::iter::once(from).chain(cuts.iter().copied().map(Some));
    let ends = cuts.iter().copied().map(Some).chain(std::iter::once(until));
    let mut spans: Vec<(Option<Date>, Option<Date>, &str)> = Vec::new();
    for (start, end) in starts.zip(ends) {
        let name = name_at(start);
        match spans.last_mut() {
            Some(last) if last.2 == name => last.1 = end,
            _ => spans.push((start, end, name)),
        }
    }
    spans
}

fn point(p: Point<f64>) -> [f64; 2] {
    [round5(p.x()), round5(p.y())]
}

/// A line rounded, without repeated points; `None` when less than two are left.
fn line(l: &LineString<f64>) -> Option<Vec<[f64; 2]>> {
    let mut pts: Vec<[f64; 2]> = l.0.iter().map(|c| [round5(c.x), round5(c.y)]).collect();
    pts.dedup();
    (pts.len() >= 2).then_some(pts)
}

#[derive(Serialize)]
#[serde(tag = "type", content = "coordinates")]
enum LineGeometry {
    LineString(Vec<[f64; 2]>),
    MultiLineString(Vec<Vec<[f64; 2]>>),
}

fn lines_geometry(ml: &MultiLineString<f64>) -> Option<LineGeometry> {
    let mut parts: Vec<Vec<[f64; 2]>> = ml.0.iter().filter_map(line).collect();
    match parts.len() {
        0 => None,
        1 => parts.pop().map(LineGeometry::LineString),
        _ => Some(LineGeometry::MultiLineString(parts)),
    }
}

fn json<T: Serialize>(value: &T) -> String {
    // Plain structs of strings and numbers: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// The features in a FeatureCollection naming the scenario and the layer, one a line.
fn collection(scenario: &Scenario, layer: &str, features: &[String]) -> String {
    #[derive(Serialize)]
    struct Header<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        scenario: &'a str,
        layer: &'a str,
    }
    let head = json(&Header {
        kind: "FeatureCollection",
        scenario: &scenario.id,
        layer,
    });
    let mut out = head.strip_suffix('}').unwrap_or(&head).to_string();
    out.push_str(",\"features\":[\n");
    out.push_str(&features.join(",\n"));
    out.push_str("\n]}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::scenario;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn name(from: &str, until: Option<&str>, name: &str) -> PeriodName {
        PeriodName {
            from: date(from),
            until: until.map(date),
            name: name.into(),
        }
    }

    #[test]
    fn names_cut_a_span_where_they_change_and_only_there() {
        let keijo = [name("1910-08-29", Some("1945-08-15"), "Keijō")];
        assert_eq!(
            named_spans("Seoul", &keijo, None, None),
            [
                (None, Some(date("1910-08-29")), "Seoul"),
                (Some(date("1910-08-29")), Some(date("1945-08-15")), "Keijō"),
                (Some(date("1945-08-15")), None, "Seoul"),
            ]
        );
        // Inside a period only the cuts inside it count; one that renames to the same
        // name cuts nothing.
        let russia = [
            name("1917-03-15", None, "Provisional"),
            name("1917-11-07", None, "Soviet"),
            name("1920-01-04", None, "Soviet"),
        ];
        assert_eq!(
            named_spans(
                "Empire",
                &russia,
                Some(date("1917-06-01")),
                Some(date("1925-01-01"))
            ),
            [
                (
                    Some(date("1917-06-01")),
                    Some(date("1917-11-07")),
                    "Provisional"
                ),
                (Some(date("1917-11-07")), Some(date("1925-01-01")), "Soviet"),
            ]
        );
        assert_eq!(
            named_spans(
                "Empire",
                &russia,
                Some(date("1900-01-01")),
                Some(date("1917-03-15"))
            ),
            [(Some(date("1900-01-01")), Some(date("1917-03-15")), "Empire")]
        );
    }

    #[test]
    fn a_power_renamed_while_it_holds_a_region_splits_its_period() {
        let mut s = scenario();
        s.powers[0].names = vec![name("1903-01-01", None, "A renamed")];
        let v: serde_json::Value = serde_json::from_str(&regions(&History::new(&s))).unwrap();
        let x: Vec<(
            String,
            serde_json::Value,
            serde_json::Value,
            serde_json::Value,
        )> = v["features"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["properties"]["id"] == "x")
            .map(|f| {
                let p = &f["properties"];
                (
                    f["id"].as_str().unwrap().to_string(),
                    p["valid_from"].clone(),
                    p["power_name"].clone(),
                    p["event"].clone(),
                )
            })
            .collect();
        let j = |t: &str| serde_json::Value::String(t.into());
        let null = serde_json::Value::Null;
        assert_eq!(
            x,
            [
                ("x/1".into(), null.clone(), null.clone(), null.clone()),
                ("x/2".into(), j("1901-06-01"), j("A"), j("early")),
                ("x/3".into(), j("1903-01-01"), j("A renamed"), j("early")),
                ("x/4".into(), j("1905-01-01"), null.clone(), j("late")),
            ]
        );
        assert_eq!(v["layer"], "regions");
        assert_eq!(v["scenario"], "t");
    }
}
