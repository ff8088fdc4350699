//! The regions at a moment as GeoJSON (RFC 7946), tagged with their control and styled
//! with simplestyle properties so that GitHub and geojson.io show them in the map's
//! colours.
//!
//! Each feature's properties: `id`, `name`, `part_of` (the larger region it is a piece
//! of, or `null`), `overlay` (whether it is drawn over the regions it crosses), `power`,
//! `power_name` (as of the moment), `status`, `status_label`, `label` (the period name),
//! `since` (`{"event", "date"}` of the event that set the control), `control_certainty`
//! (`"low"` for a doubtful control) and `control_note` — all `null` when no power holds
//! the region — then `area_km2` (the whole region's), `counted_km2` (what it counts for
//! at this moment: its area less what held overlays cover of it, nothing for an overlay
//! no power holds; see [`crate::measure::held_areas`]), `certainty` (its boundary's), and
//! `fill`, `fill-opacity`, `stroke`, `stroke-width`,
//! `stroke-opacity`. Coordinates are lon/lat rounded to 5 decimals (about 1 m), exterior
//! rings counter-clockwise. One feature per line, in the scenario's region order.
//!
//! ```
//! use spheres::{load, report::export, timeline::{self, Moment}};
//! let scenario = load::built_in()?;
//! let state = timeline::resolve(&scenario, &Moment::Year(1912))?;
//! let text = export::geojson(&scenario, &state);
//! let v: serde_json::Value = serde_json::from_str(&text)?;
//! assert_eq!(v["type"], "FeatureCollection");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use geo::orient::{Direction, Orient};
use geo::{LineString, MultiPolygon};
use serde::Serialize;

use super::{MomentJson, reported_areas};
use crate::model::{Color, Control, Scenario, Style};
use crate::timeline::State;

/// Fill of regions no power holds.
const NEUTRAL: &str = "#9e9e9e";
/// Outline of regions no power holds.
const NEUTRAL_STROKE: &str = "#616161";

#[derive(Serialize)]
struct Header<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    scenario: &'a str,
    moment: MomentJson,
}

#[derive(Serialize)]
struct Feature {
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    properties: Properties,
    geometry: Option<Geometry>,
}

#[derive(Serialize)]
struct Properties {
    id: String,
    name: String,
    part_of: Option<String>,
    overlay: bool,
    power: Option<String>,
    power_name: Option<String>,
    status: Option<String>,
    status_label: Option<String>,
    label: Option<String>,
    since: Option<Since>,
    control_certainty: Option<&'static str>,
    control_note: Option<String>,
    area_km2: f64,
    counted_km2: f64,
    certainty: &'static str,
    /// Where the region's boundary comes from.
    source: Option<String>,
    #[serde(flatten)]
    look: Look,
}

/// The simplestyle properties of a region under a control (or none): the power's colour,
/// the status's strength as opacity, fainter for a doubtful control, grey when unheld.
#[derive(Serialize)]
pub(super) struct Look {
    fill: String,
    #[serde(rename = "fill-opacity")]
    fill_opacity: f64,
    stroke: String,
    #[serde(rename = "stroke-width")]
    stroke_width: f64,
    #[serde(rename = "stroke-opacity")]
    stroke_opacity: f64,
}

impl Look {
    pub(super) fn of(scenario: &Scenario, control: Option<&Control>) -> Look {
        let color = control
            .and_then(|c| scenario.power(&c.power))
            .map(|p| p.color);
        let style = control
            .and_then(|c| scenario.status(&c.status))
            .map_or(Style::Solid, |s| s.style);
        Look {
            fill: color.map_or(NEUTRAL.to_string(), |c| c.to_string()),
            // A doubtful control reads fainter, as on the maps.
            fill_opacity: match control {
                Some(c) if c.doubtful() => style.strength() / 2.0,
                Some(_) => style.strength(),
                None => 0.2,
            },
            stroke: color.map_or(NEUTRAL_STROKE.to_string(), |c: Color| {
                c.mix(Color::BLACK, 0.25).to_string()
            }),
            stroke_width: if control.is_some() { 1.5 } else { 1.0 },
            stroke_opacity: if control.is_some() { 0.9 } else { 0.6 },
        }
    }
}

#[derive(Serialize)]
struct Since {
    event: String,
    date: String,
}

pub(super) type Ring = Vec<[f64; 2]>;

#[derive(Serialize)]
#[serde(tag = "type", content = "coordinates")]
pub(super) enum Geometry {
    Polygon(Vec<Ring>),
    MultiPolygon(Vec<Vec<Ring>>),
}

/// The GeoJSON text of the regions at a state, with a final newline.
pub fn geojson(scenario: &Scenario, state: &State) -> String {
    let areas = reported_areas(scenario);
    let covered = crate::measure::Covered::of(scenario).rounded();
    let counted = crate::measure::held_areas(&areas, &covered, state);
    let header = Header {
        kind: "FeatureCollection",
        scenario: &scenario.id,
        moment: MomentJson::of(scenario, state),
    };
    // The header's closing brace is replaced by the features array, so that each
    // feature sits on a line of its own.
    let head = serde_json::to_string(&header).unwrap_or_default();
    let mut out = head.strip_suffix('}').unwrap_or(&head).to_string();
    out.push_str(",\"features\":[\n");
    let features: Vec<String> = scenario
        .regions
        .iter()
        .zip(&state.controls)
        .zip(areas.iter().zip(&counted))
        .map(|((r, held), (&area_km2, &counted_km2))| {
            let control = held.as_ref().map(|h| &h.control);
            let power = control.and_then(|c| scenario.power(&c.power));
            let status = control.and_then(|c| scenario.status(&c.status));
            let look = Look::of(scenario, control);
            let properties = Properties {
                id: r.id.clone(),
                name: r.name.clone(),
                part_of: r.part_of.clone(),
                overlay: r.overlay,
                power: control.map(|c| c.power.clone()),
                power_name: power.map(|p| p.name_at(state.date).to_string()),
                status: control.map(|c| c.status.clone()),
                status_label: status.map(|s| s.label.clone()),
                label: control.and_then(|c| c.label.clone()),
                since: held.as_ref().map(|h| {
                    let e = &scenario.events[h.since];
                    Since {
                        event: e.id.clone(),
                        date: e.date.to_string(),
                    }
                }),
                control_certainty: control.map(|c| c.certainty.as_str()),
                control_note: control.and_then(|c| c.note.clone()),
                area_km2,
                counted_km2,
                certainty: r.certainty.as_str(),
                source: r.source.clone(),
                look,
            };
            let feature = Feature {
                kind: "Feature",
                id: r.id.clone(),
                properties,
                geometry: geometry(&r.shape),
            };
            serde_json::to_string(&feature).unwrap_or_default()
        })
        .collect();
    out.push_str(&features.join(",\n"));
    out.push_str("\n]}\n");
    out
}

/// A coordinate rounded to 5 decimals, never "-0".
pub(super) fn round5(v: f64) -> f64 {
    (v * 1e5).round() / 1e5 + 0.0
}

/// A ring rounded, without repeated points, closed; `None` when too little is left.
fn ring(line: &LineString<f64>) -> Option<Ring> {
    let mut pts: Ring = line.0.iter().map(|c| [round5(c.x), round5(c.y)]).collect();
    pts.dedup();
    if pts.first() != pts.last() {
        let first = *pts.first()?;
        pts.push(first);
    }
    (pts.len() >= 4).then_some(pts)
}

/// A region's shape rounded, exterior rings counter-clockwise; `None` when nothing is left.
pub(super) fn geometry(shape: &MultiPolygon<f64>) -> Option<Geometry> {
    let oriented = shape.orient(Direction::Default);
    let mut polygons: Vec<Vec<Ring>> = oriented
        .0
        .iter()
        .filter_map(|p| {
            let exterior = ring(p.exterior())?;
            Some(
                std::iter::once(exterior)
                    .chain(p.interiors().iter().filter_map(ring))
                    .collect(),
            )
        })
        .collect();
    match polygons.len() {
        0 => None,
        1 => polygons.pop().map(Geometry::Polygon),
        _ => Some(Geometry::MultiPolygon(polygons)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Moment, resolve, tests::scenario};
    use geo::Polygon;

    #[test]
    fn features_carry_control_and_style() {
        let mut s = scenario();
        // A clockwise square, which must come out counter-clockwise.
        s.regions[0].shape = MultiPolygon::new(vec![Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (0.0, 1.000004),
                (1.0, 1.0),
                (1.0, 0.0),
                (0.0, 0.0),
            ]),
            vec![],
        )]);
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        let text = geojson(&s, &st);
        assert_eq!(text.lines().count(), 1 + 2 + 1, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v["moment"],
            serde_json::json!({"query": "1902", "date": "1902-12-31", "event": "early"})
        );
        let x = &v["features"][0];
        assert_eq!(x["id"], "x");
        assert_eq!(x["properties"]["power"], "a");
        assert_eq!(x["properties"]["power_name"], "A");
        assert_eq!(x["properties"]["status_label"], "sphere");
        assert_eq!(
            x["properties"]["since"],
            serde_json::json!({"event": "early", "date": "1901-06-01"})
        );
        assert_eq!(x["properties"]["fill"], "#000000");
        assert_eq!(x["properties"]["fill-opacity"], 0.3);
        assert_eq!(x["geometry"]["type"], "Polygon");
        assert_eq!(
            x["geometry"]["coordinates"][0],
            serde_json::json!([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])
        );
        let y = &v["features"][1];
        assert_eq!(y["properties"]["power"], serde_json::Value::Null);
        assert_eq!(y["properties"]["since"], serde_json::Value::Null);
        assert_eq!(y["properties"]["fill"], NEUTRAL);
        assert_eq!(y["geometry"], serde_json::Value::Null, "an empty shape");
    }
}
