//! Reports for people and tools: what changed between two moments ([`diff`]), the whole
//! timeline event by event ([`timeline`]), the regions as tagged GeoJSON ([`export`]), and
//! the regions with their areas ([`regions`]).
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

pub mod diff;
pub mod export;
pub mod regions;
pub mod timeline;

use serde::Serialize;

use crate::measure;
use crate::model::{Control, Date, Scenario};
use crate::timeline::{Moment, State};

/// Rounds to 0.1 (km² in every report).
pub fn round1(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    // No "-0.0" in output.
    r + 0.0
}

/// The regions' areas in km², rounded to 0.1 km², in the scenario's order.
pub fn region_areas(scenario: &Scenario) -> Vec<f64> {
    measure::region_areas(scenario)
        .into_iter()
        .map(round1)
        .collect()
}

pub use crate::measure::thousands;

/// Joins words as English prose: "A", "A and B", "A, B and C".
pub(crate) fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "Japanese and Russian spheres…" stays; "The spheres…" becomes "the spheres…".
pub(crate) fn lower_first(title: &str) -> String {
    match title.split_once(' ') {
        Some(("The" | "A" | "An", _)) => {
            let mut chars = title.chars();
            chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default()
        }
        _ => title.to_string(),
    }
}

/// A moment in words: its date and the event it reflects, e.g.
/// "31 December 1912 (latest event: Third Russo-Japanese Agreement, 8 July 1912)".
pub fn moment_words(scenario: &Scenario, state: &State) -> String {
    let date = state.date.long();
    match (state.last(scenario), &state.moment) {
        (Some(e), Moment::Event(_)) => format!("{date} ({})", e.title),
        (Some(e), _) if e.date == state.date => format!("{date} ({})", e.title),
        (Some(e), _) => format!("{date} (latest event: {}, {})", e.title, e.date.long()),
        (None, _) => format!("{date} (before the first event of the timeline)"),
    }
}

/// A control of the region named `region` in words, with the power's name as of `date`:
/// "Empire of Japan, annexed territory (as Chōsen)", or "none". A period name that is the
/// region's own name is not repeated.
pub fn control_words(
    scenario: &Scenario,
    control: Option<&Control>,
    date: Date,
    region: &str,
) -> String {
    let Some(c) = control else {
        return "none".into();
    };
    let power = scenario
        .power(&c.power)
        .map_or(c.power.as_str(), |p| p.name_at(date));
    let status = scenario
        .status(&c.status)
        .map_or(c.status.as_str(), |s| s.label.as_str());
    match &c.label {
        Some(l) if !names_itself(region, l) => format!("{power}, {status} (as {l})"),
        _ => format!("{power}, {status}"),
    }
}

/// Whether a period name only repeats the region's name: "Karafuto" for "Karafuto (South
/// Sakhalin)".
pub(crate) fn names_itself(region: &str, label: &str) -> bool {
    region == label
        || region
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(" ("))
}

/// A name with a gloss in brackets, merged into the name's own brackets if it has some:
/// "Korea (as Chōsen)", "Tannu Uriankhai (Tuva; as Uryankhay Krai)".
pub(crate) fn with_gloss(name: &str, gloss: &str) -> String {
    match name.strip_suffix(')') {
        Some(head) if head.contains(" (") => format!("{head}; {gloss})"),
        _ => format!("{name} ({gloss})"),
    }
}

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

/// A control as data: `{"power", "status"}`, with `"label"` only when it has one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControlJson {
    /// The power's id.
    pub power: String,
    /// The status's id.
    pub status: String,
    /// The period name, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl From<&Control> for ControlJson {
    fn from(c: &Control) -> ControlJson {
        ControlJson {
            power: c.power.clone(),
            status: c.status.clone(),
            label: c.label.clone(),
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
    #[test]
    fn joins_read_as_prose() {
        let s = |v: &[&str]| join(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&["A"]), "A");
        assert_eq!(s(&["A", "B"]), "A and B");
        assert_eq!(s(&["A", "B", "C"]), "A, B and C");
    }

    use super::*;
    use crate::timeline::{resolve, tests::scenario};

    #[test]
    fn rounding_keeps_one_decimal_and_no_negative_zero() {
        assert_eq!(round1(56_675.349), 56_675.3);
        assert_eq!(round1(-0.01).to_string(), "0");
        assert_eq!(thousands(999.5), "1,000");
    }

    #[test]
    fn moments_read_as_words() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(
            moment_words(&s, &st),
            "31 December 1902 (latest event: early, 1 June 1901)"
        );
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(moment_words(&s, &st), "3 March 1903 (tie-1)");
        let st = resolve(&s, &Moment::Year(1900)).unwrap();
        assert!(moment_words(&s, &st).contains("before the first event"));
        assert_eq!(
            serde_json::to_string(&MomentJson::of(&s, &st)).unwrap(),
            r#"{"query":"1900","date":"1900-12-31","event":null}"#
        );
    }

    #[test]
    fn controls_read_as_words_and_data() {
        let s = scenario();
        let d = Date::end_of_year(1900);
        let mut c = Control {
            power: "a".into(),
            status: "s".into(),
            label: None,
        };
        assert_eq!(control_words(&s, Some(&c), d, "X"), "A, sphere");
        assert_eq!(
            serde_json::to_string(&ControlJson::from(&c)).unwrap(),
            r#"{"power":"a","status":"s"}"#
        );
        c.label = Some("Ay".into());
        assert_eq!(control_words(&s, Some(&c), d, "X"), "A, sphere (as Ay)");
        assert_eq!(control_words(&s, Some(&c), d, "Ay"), "A, sphere");
        assert_eq!(control_words(&s, None, d, "X"), "none");
        assert!(names_itself("Karafuto (South Sakhalin)", "Karafuto"));
        assert!(!names_itself("Korea", "Chōsen"));
        assert_eq!(with_gloss("Korea", "as Chōsen"), "Korea (as Chōsen)");
        assert_eq!(
            with_gloss("Tannu Uriankhai (Tuva)", "as Uryankhay Krai"),
            "Tannu Uriankhai (Tuva; as Uryankhay Krai)"
        );
    }
}
