//! Reports for people and tools: what changed between two moments ([`diff`]), the whole
//! timeline event by event ([`timeline`]), the regions as tagged GeoJSON at a moment
//! ([`export`]) and over the whole timeline ([`export_all`], with the lines and places), and
//! the regions with their areas ([`regions`]), and a map's Wikimedia Commons file
//! description page ([`commons`]).
//!
//! Each report is plain text, Markdown, CSV or JSON built from the timeline; nothing here
//! draws. Areas are rounded to 0.1 km² once, per region, before anything is summed, so
//! every total in a report is exactly the sum of the region areas it shows.
//!
//! ```
//! use spheres::{load, report, timeline::{self, Moment}};
//! let scenario = load::built_in()?;
//! let a = timeline::resolve(&scenario, &Moment::Year(1909))?;
//! let b = timeline::resolve(&scenario, &Moment::Year(1912))?;
//! let text = report::diff::Report::new(&scenario, &a, &b).text();
//! assert!(text.contains("Eastern Inner Mongolia"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod commons;
pub mod diff;
pub mod export;
pub mod export_all;
mod markdown;
pub mod regions;
pub mod timeline;

use serde::Serialize;

use crate::model::{Control, Scenario};
use crate::timeline::State;

pub use crate::measure::{reported_areas, round1, thousands};

/// A moment as data: `{"query", "date", "event"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MomentJson {
    /// What was asked for: `1912`, `1912-07-08` or an event id.
    pub query: String,
    /// The date the state holds at, `YYYY-MM-DD`.
    pub date: String,
    /// The id of the last event applied, if any.
    pub event: Option<String>,
}

impl MomentJson {
    /// The moment of a state.
    pub fn of(scenario: &Scenario, state: &State) -> MomentJson {
        MomentJson {
            query: state.moment.to_string(),
            date: state.date.to_string(),
            event: state.last(scenario).map(|e| e.id.clone()),
        }
    }
}

/// A control as data: `{"power", "status"}`, with `"label"` only when it has one,
/// `"certainty": "low"` only when the control is doubtful, and `"note"` only when it has
/// one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControlJson {
    /// The power's id.
    pub power: String,
    /// The status's id.
    pub status: String,
    /// The period name, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `"low"` for a doubtful control; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certainty: Option<&'static str>,
    /// Why the control is doubtful, if the scenario says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl From<&Control> for ControlJson {
    fn from(c: &Control) -> ControlJson {
        ControlJson {
            power: c.power.clone(),
            status: c.status.clone(),
            label: c.label.clone(),
            certainty: c.doubtful().then_some("low"),
            note: c.note.clone(),
        }
    }
}

/// An event as data: `{"id", "date", "title", "source"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventJson {
    /// The event's id.
    pub id: String,
    /// Its date, `YYYY-MM-DD`.
    pub date: String,
    /// Its title.
    pub title: String,
    /// Its source (a URL or citation).
    pub source: String,
}

impl EventJson {
    /// The event with index `i` in `Scenario::events`.
    pub fn of(scenario: &Scenario, i: usize) -> EventJson {
        let e = &scenario.events[i];
        EventJson {
            id: e.id.clone(),
            date: e.date.to_string(),
            title: e.title.clone(),
            source: e.source.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Moment, resolve, tests::scenario};

    #[test]
    fn rounding_keeps_one_decimal_and_no_negative_zero() {
        assert_eq!(round1(56_675.349), 56_675.3);
        assert_eq!(round1(-0.01).to_string(), "0");
        assert_eq!(thousands(999.5), "1,000");
    }

    #[test]
    fn moments_and_controls_read_as_data() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1900)).unwrap();
        assert_eq!(
            serde_json::to_string(&MomentJson::of(&s, &st)).unwrap(),
            r#"{"query":"1900","date":"1900-12-31","event":null}"#
        );
        let c = Control::new("a", "s");
        assert_eq!(
            serde_json::to_string(&ControlJson::from(&c)).unwrap(),
            r#"{"power":"a","status":"s"}"#
        );
    }
}
