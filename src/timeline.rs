//! Who controls each region at a moment: the timeline applied up to a date or an event.
//!
//! The state as of date D applies every event dated on or before D, in date order, with
//! file order breaking ties. A year Y means "as of 31 December Y"; an event id means "just
//! after that event" (so same-day events later in the file are not yet applied).

use std::fmt;

use crate::model::{Control, ControlChange, Date, Event, Scenario};
use crate::problem::did_you_mean;

/// A moment a user asks for: `1912`, `1912-07-08` or `third-agreement`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Moment {
    /// As of 31 December of the year.
    Year(i32),
    /// As of the end of the day.
    Date(Date),
    /// Just after the event with this id.
    Event(String),
}

impl Moment {
    /// Reads a year (1–4 digits), an ISO date, or else an event id.
    ///
    /// ```
    /// use spheres::timeline::Moment;
    /// assert_eq!(Moment::parse("1912"), Ok(Moment::Year(1912)));
    /// assert!(matches!(Moment::parse("1912-07-08"), Ok(Moment::Date(_))));
    /// assert_eq!(Moment::parse("third-agreement"), Ok(Moment::Event("third-agreement".into())));
    /// assert!(Moment::parse("1912-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Moment, TimelineError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(TimelineError::BadMoment(text.to_string()));
        }
        if t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            let year: i32 = t
                .parse()
                .map_err(|_| TimelineError::BadMoment(text.into()))?;
            return if year >= 1 {
                Ok(Moment::Year(year))
            } else {
                Err(TimelineError::BadMoment(text.into()))
            };
        }
        if t.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            return Date::parse(t)
                .map(Moment::Date)
                .ok_or_else(|| TimelineError::BadMoment(text.into()));
        }
        Ok(Moment::Event(t.to_string()))
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Moment::Year(y) => write!(f, "{y}"),
            Moment::Date(d) => write!(f, "{d}"),
            Moment::Event(e) => write!(f, "{e}"),
        }
    }
}

/// Why a moment could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimelineError {
    /// The text is neither a year, a date that exists, nor an event id.
    #[error(
        "'{0}' is not a year, a date or an event id (hint: write 1912, 1912-07-08 or an event id such as third-agreement)"
    )]
    BadMoment(String),
    /// No event has this id.
    #[error("no event '{id}' in the timeline (hint: {hint})")]
    UnknownEvent {
        /// The id asked for.
        id: String,
        /// A suggestion or the list of ids.
        hint: String,
    },
}

/// A region's control and the event that set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Held {
    /// Who and how.
    pub control: Control,
    /// The index (in `Scenario::events`) of the event that set it.
    pub since: usize,
}

/// The state of every region at a moment.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// What was asked for, as the user wrote it.
    pub moment: Moment,
    /// The date the state holds at.
    pub date: Date,
    /// The index of the last event applied, if any.
    pub last_event: Option<usize>,
    /// Per region (same order as `Scenario::regions`): its control, if any.
    pub controls: Vec<Option<Held>>,
}

impl State {
    /// The last event applied.
    pub fn last<'s>(&self, scenario: &'s Scenario) -> Option<&'s Event> {
        self.last_event.map(|i| &scenario.events[i])
    }

    /// Whether the event with index `event` has been applied in this state.
    pub fn applied(&self, scenario: &Scenario, event: usize) -> bool {
        let Some(last) = self.last_event else {
            return false;
        };
        let order = order(&scenario.events);
        let pos = |i| order.iter().position(|&k| k == i);
        pos(event) <= pos(last)
    }

    /// Whether something given as an event id or a date has happened by this state
    /// (unknown ids count as never).
    pub fn reached(&self, scenario: &Scenario, event_or_date: &str) -> bool {
        match scenario.events.iter().position(|e| e.id == event_or_date) {
            Some(i) => self.applied(scenario, i),
            None => Date::parse(event_or_date).is_some_and(|d| d <= self.date),
        }
    }
}

/// Indices of the events in the order they apply: by date, file order breaking ties.
pub fn order(events: &[Event]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..events.len()).collect();
    idx.sort_by_key(|&i| events[i].date);
    idx
}

/// Resolves a moment to the state of every region.
pub fn resolve(scenario: &Scenario, moment: &Moment) -> Result<State, TimelineError> {
    let order = order(&scenario.events);
    let (date, upto) = match moment {
        Moment::Year(y) => (Date::end_of_year(*y), None),
        Moment::Date(d) => (*d, None),
        Moment::Event(id) => {
            let Some(i) = scenario.events.iter().position(|e| &e.id == id) else {
                let ids = scenario.events.iter().map(|e| e.id.as_str());
                let hint = did_you_mean(id, ids.clone()).map_or_else(
                    || format!("known events: {}", ids.collect::<Vec<_>>().join(", ")),
                    |m| format!("did you mean '{m}'?"),
                );
                return Err(TimelineError::UnknownEvent {
                    id: id.clone(),
                    hint,
                });
            };
            (scenario.events[i].date, Some(i))
        }
    };
    let mut controls: Vec<Option<Held>> = vec![None; scenario.regions.len()];
    let mut last_event = None;
    for &i in &order {
        let event = &scenario.events[i];
        if event.date > date {
            break;
        }
        apply(scenario, event, i, &mut controls);
        last_event = Some(i);
        if upto == Some(i) {
            break;
        }
    }
    Ok(State {
        moment: moment.clone(),
        date,
        last_event,
        controls,
    })
}

fn apply(scenario: &Scenario, event: &Event, index: usize, controls: &mut [Option<Held>]) {
    for (region, change) in &event.changes {
        // Unknown regions were reported by the loader; a scenario built in code may still
        // name one, and then the change has nowhere to go.
        let Some(r) = scenario.region_index(region) else {
            continue;
        };
        controls[r] = match change {
            ControlChange::Set(c) => Some(Held {
                control: c.clone(),
                since: index,
            }),
            ControlChange::Clear => None,
        };
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::*;
    use geo::MultiPolygon;

    fn event(id: &str, date: &str, changes: &[(&str, Option<(&str, &str)>)]) -> Event {
        Event {
            id: id.into(),
            date: Date::parse(date).unwrap(),
            title: id.into(),
            place: None,
            signatories: vec![],
            source: "https://example.org".into(),
            note: None,
            treaty: false,
            changes: changes
                .iter()
                .map(|(r, c)| {
                    (
                        r.to_string(),
                        match c {
                            Some((p, s)) => ControlChange::Set(Control {
                                power: p.to_string(),
                                status: s.to_string(),
                                label: None,
                            }),
                            None => ControlChange::Clear,
                        },
                    )
                })
                .collect(),
        }
    }

    /// A tiny scenario with two regions and events written out of date order.
    pub(crate) fn scenario() -> Scenario {
        let region = |id: &str| Region {
            id: id.into(),
            name: id.to_uppercase(),
            certainty: Certainty::High,
            source: None,
            shape: MultiPolygon::new(vec![]),
        };
        Scenario {
            id: "t".into(),
            title: "T".into(),
            credit: String::new(),
            start: 1900,
            end: 1910,
            map: MapSpec {
                bbox: [0.0, 0.0, 1.0, 1.0],
                projection: "+proj=merc".into(),
                width: 400,
            },
            powers: vec![
                Power {
                    id: "a".into(),
                    name: "A".into(),
                    color: Color::BLACK,
                    names: vec![],
                },
                Power {
                    id: "b".into(),
                    name: "B".into(),
                    color: Color::WHITE,
                    names: vec![],
                },
            ],
            statuses: vec![Status {
                id: "s".into(),
                label: "sphere".into(),
                style: Style::Hatch,
            }],
            events: vec![
                event("late", "1905-01-01", &[("x", None)]),
                event("early", "1901-06-01", &[("x", Some(("a", "s")))]),
                event("tie-1", "1903-03-03", &[("y", Some(("a", "s")))]),
                event("tie-2", "1903-03-03", &[("y", Some(("b", "s")))]),
            ],
            regions: vec![region("x"), region("y")],
            basemap: vec![],
            lines: vec![],
            cities: vec![],
            railways: vec![],
        }
    }

    fn power_of(state: &State, r: usize) -> Option<&str> {
        state.controls[r].as_ref().map(|h| h.control.power.as_str())
    }

    #[test]
    fn events_apply_in_date_order_not_file_order() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(power_of(&st, 0), Some("a"));
        assert_eq!(st.last_event, Some(1));
        let st = resolve(&s, &Moment::Year(1906)).unwrap();
        assert_eq!(power_of(&st, 0), None, "'none' clears the region");
        assert_eq!(st.last_event, Some(0));
    }

    #[test]
    fn before_any_event_nothing_is_held() {
        let st = resolve(&scenario(), &Moment::Year(1900)).unwrap();
        assert!(st.controls.iter().all(Option::is_none));
        assert_eq!(st.last_event, None);
    }

    #[test]
    fn same_day_ties_follow_file_order() {
        let s = scenario();
        let st = resolve(&s, &Moment::Date(Date::parse("1903-03-03").unwrap())).unwrap();
        assert_eq!(power_of(&st, 1), Some("b"));
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(
            power_of(&st, 1),
            Some("a"),
            "as of tie-1, tie-2 is not yet applied"
        );
        assert_eq!(st.controls[1].as_ref().unwrap().since, 2);
    }

    #[test]
    fn the_day_before_an_event_does_not_include_it() {
        let st = resolve(
            &scenario(),
            &Moment::Date(Date::parse("1901-05-31").unwrap()),
        )
        .unwrap();
        assert_eq!(power_of(&st, 0), None);
    }

    #[test]
    fn unknown_events_get_a_suggestion() {
        let err = resolve(&scenario(), &Moment::Event("erly".into())).unwrap_err();
        assert_eq!(
            err.to_string(),
            "no event 'erly' in the timeline (hint: did you mean 'early'?)"
        );
    }
}
