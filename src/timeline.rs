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
    /// The text is neither a year, a date that exists, nor an event id. The hint names
    /// no event: the text is read before any scenario, and an id of the built-in one would
    /// mislead the user of another.
    #[error(
        "'{0}' is not a year, a date or an event id (hint: write a year such as 1912, a date such as 1912-07-08, or the id of one of the scenario's events: `spheres timeline` shows each in [brackets])"
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
        let (Some(last), Some(e)) = (self.last_event, scenario.events.get(event)) else {
            return false;
        };
        // Events apply in the order of (date, file position): no need to sort them.
        (e.date, event) <= (scenario.events[last].date, last)
    }

    /// The events applied in this state, as indices into `Scenario::events`, in the
    /// order they applied: the first ones in the order events apply, up to the last.
    pub fn applied_events(&self, scenario: &Scenario) -> Vec<usize> {
        order(&scenario.events)
            .into_iter()
            .filter(|&i| self.applied(scenario, i))
            .collect()
    }

    /// Whether something given as an event id or a date has happened by this state
    /// (unknown ids count as never).
    pub fn reached(&self, scenario: &Scenario, event_or_date: &str) -> bool {
        match scenario.events.iter().position(|e| e.id == event_or_date) {
            Some(i) => self.applied(scenario, i),
            None => Date::parse(event_or_date).is_some_and(|d| d <= self.date),
        }
    }

    /// Whether every region has the same control (power, status and period name) in both
    /// states, that is whether their maps show the same holdings.
    pub fn same_control(&self, other: &State) -> bool {
        self.controls.len() == other.controls.len()
            && self
                .controls
                .iter()
                .zip(&other.controls)
                .all(|(a, b)| control(a) == control(b))
    }
}

fn control(held: &Option<Held>) -> Option<&Control> {
    held.as_ref().map(|h| &h.control)
}

/// Indices of the events in the order they apply: by date, file order breaking ties.
///
/// [`History`] sorts them once for a run; this is for what needs the order alone.
pub(crate) fn order(events: &[Event]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..events.len()).collect();
    idx.sort_by_key(|&i| events[i].date);
    idx
}

/// One event of the history: the event, the state just after it, and what it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The event's index in `Scenario::events`.
    pub event: usize,
    /// Every region's control just after it (what resolving the event's id gives).
    pub state: State,
    /// The regions (indices in `Scenario::regions`) whose control it changed: their power,
    /// status or period name differs from just before it.
    pub changed: Vec<usize>,
}

impl Step {
    /// Whether the event changed anything on the map; one that only renames a power, or
    /// confirms what already held, changes nothing.
    pub fn changes_map(&self) -> bool {
        !self.changed.is_empty()
    }
}

/// A span of days over which a region's control stays the same (power, status, period
/// name, certainty and note): what a GIS time slider shows for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// The control, `None` while no power holds the region.
    pub control: Option<Control>,
    /// The index (in `Scenario::events`) of the event that began it; `None` for the time
    /// before any event touched the region.
    pub event: Option<usize>,
    /// Its first day; `None` for the time before any event touched the region.
    pub from: Option<Date>,
    /// The first day of the next period (the end is exclusive); `None` when nothing
    /// later in the timeline changes the region.
    pub until: Option<Date>,
}

/// The whole timeline, event by event in the order they apply, computed in one pass.
///
/// Every state the program needs is one of these steps (or the empty state before them),
/// so a run that draws or reports many moments computes the timeline once and looks
/// moments up in it.
///
/// ```
/// use spheres::{load, timeline::{History, Moment}};
/// let scenario = load::built_in()?;
/// let history = History::new(&scenario);
/// let first = &history.steps()[0];
/// assert_eq!(scenario.events[first.event].id, "cer-contract");
/// assert!(first.changes_map());
/// let state = history.resolve(&Moment::Year(1912))?;
/// assert_eq!(state.last(&scenario).unwrap().id, "russo-mongolian-agreement");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct History<'s> {
    scenario: &'s Scenario,
    steps: Vec<Step>,
    /// For each event (by index in `Scenario::events`), its position in `steps`.
    rank: Vec<usize>,
}

impl<'s> History<'s> {
    /// Applies every event of the scenario in turn, keeping the state after each.
    pub fn new(scenario: &'s Scenario) -> History<'s> {
        let mut controls: Vec<Option<Held>> = vec![None; scenario.regions.len()];
        let mut steps = Vec::with_capacity(scenario.events.len());
        let mut rank = vec![0; scenario.events.len()];
        for i in order(&scenario.events) {
            let event = &scenario.events[i];
            let before = controls.clone();
            apply(scenario, event, i, &mut controls);
            let changed = (0..controls.len())
                .filter(|&r| control(&before[r]) != control(&controls[r]))
                .collect();
            rank[i] = steps.len();
            steps.push(Step {
                event: i,
                state: State {
                    moment: Moment::Event(event.id.clone()),
                    date: event.date,
                    last_event: Some(i),
                    controls: controls.clone(),
                },
                changed,
            });
        }
        History {
            scenario,
            steps,
            rank,
        }
    }

    /// The scenario this is the history of.
    pub fn scenario(&self) -> &'s Scenario {
        self.scenario
    }

    /// The steps, one per event, in the order the events apply.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The state just after the event with this index in `Scenario::events` (which must
    /// be one of the scenario's: an index out of range panics).
    pub fn after(&self, event: usize) -> &State {
        &self.steps[self.rank[event]].state
    }

    /// The state just before the step at position `step` of [`History::steps`]: the
    /// previous step's, or `None` before the first (when nothing is held).
    pub fn before(&self, step: usize) -> Option<&State> {
        step.checked_sub(1).map(|k| &self.steps[k].state)
    }

    /// The state as of the end of a day.
    pub fn on(&self, date: Date) -> State {
        self.state(Moment::Date(date), date)
    }

    /// Resolves a moment to the state of every region.
    pub fn resolve(&self, moment: &Moment) -> Result<State, TimelineError> {
        match moment {
            Moment::Year(y) => Ok(self.state(moment.clone(), Date::end_of_year(*y))),
            Moment::Date(d) => Ok(self.state(moment.clone(), *d)),
            Moment::Event(id) => {
                let events = &self.scenario.events;
                let Some(i) = events.iter().position(|e| &e.id == id) else {
                    let ids = events.iter().map(|e| e.id.as_str());
                    let hint = did_you_mean(id, ids.clone()).map_or_else(
                        || format!("known events: {}", ids.collect::<Vec<_>>().join(", ")),
                        |m| format!("did you mean '{m}'?"),
                    );
                    return Err(TimelineError::UnknownEvent {
                        id: id.clone(),
                        hint,
                    });
                };
                Ok(State {
                    moment: moment.clone(),
                    ..self.after(i).clone()
                })
            }
        }
    }

    /// The periods of one region's control (index in `Scenario::regions`), in order: they
    /// follow one another without gap or overlap, from the beginning of time (unheld until
    /// the first event that touches the region) to no end. Changes of one day are one
    /// change: a control that an event of the same day replaces held for no whole day and
    /// has no period of its own, as a map of that day does not show it.
    pub fn periods(&self, region: usize) -> Vec<Period> {
        let mut periods = vec![Period {
            control: None,
            event: None,
            from: None,
            until: None,
        }];
        for step in self.steps.iter().filter(|s| s.changed.contains(&region)) {
            let date = step.state.date;
            let control = control(&step.state.controls[region]).cloned();
            if periods.last().is_some_and(|p| p.from == Some(date)) {
                periods.pop();
                // The day's changes undid each other: the period before goes on.
                if let Some(before) = periods.last_mut().filter(|p| p.control == control) {
                    before.until = None;
                    continue;
                }
            }
            if let Some(last) = periods.last_mut() {
                last.until = Some(date);
            }
            periods.push(Period {
                control,
                event: Some(step.event),
                from: Some(date),
                until: None,
            });
        }
        periods
    }

    /// The frames of `animate --by event`: the moment just after each event from year
    /// `from` to `to` that changes the map, in the order they apply.
    pub fn event_moments(&self, from: i32, to: i32) -> Vec<Moment> {
        self.steps
            .iter()
            .filter(|s| s.changes_map() && (from..=to).contains(&s.state.date.year))
            .map(|s| s.state.moment.clone())
            .collect()
    }

    /// The state as of the end of `date`, for `moment`: every event dated on or before it.
    fn state(&self, moment: Moment, date: Date) -> State {
        let applied = self.steps.partition_point(|s| s.state.date <= date);
        match applied.checked_sub(1).map(|k| &self.steps[k].state) {
            Some(last) => State {
                moment,
                date,
                last_event: last.last_event,
                controls: last.controls.clone(),
            },
            None => State {
                moment,
                date,
                last_event: None,
                controls: vec![None; self.scenario.regions.len()],
            },
        }
    }
}

/// Resolves a moment to the state of every region.
///
/// To resolve many moments of one scenario, make its [`History`] once and resolve them
/// there.
pub fn resolve(scenario: &Scenario, moment: &Moment) -> Result<State, TimelineError> {
    History::new(scenario).resolve(moment)
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
                            Some((p, s)) => ControlChange::Set(Control::new(*p, *s)),
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
            part_of: None,
            overlay: false,
            certainty: Certainty::High,
            source: None,
            shape: MultiPolygon::new(vec![]),
        };
        Scenario {
            id: "t".into(),
            title: "T".into(),
            titles: Vec::new(),
            credit: String::new(),
            license: None,
            author: None,
            commons_categories: Vec::new(),
            start: 1900,
            end: 1910,
            map: MapSpec {
                bbox: [0.0, 0.0, 1.0, 1.0],
                projection: "+proj=merc".into(),
                width: 400,
                crosses_antimeridian: false,
                world: false,
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
            translations: Vec::new(),
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
    fn the_history_holds_the_state_after_each_event_and_what_it_changed() {
        let s = scenario();
        let history = History::new(&s);
        let steps: Vec<(&str, &[usize])> = history
            .steps()
            .iter()
            .map(|st| (s.events[st.event].id.as_str(), st.changed.as_slice()))
            .collect();
        // Application order: early (1901), tie-1, tie-2 (1903, file order), late (1905).
        assert_eq!(
            steps,
            [
                ("early", &[0][..]),
                ("tie-1", &[1]),
                ("tie-2", &[1]),
                ("late", &[0])
            ]
        );
        for st in history.steps() {
            let id = Moment::Event(s.events[st.event].id.clone());
            assert_eq!(resolve(&s, &id).unwrap(), st.state);
            assert_eq!(history.after(st.event), &st.state);
        }
        assert_eq!(history.before(0), None);
        assert_eq!(history.before(1), Some(&history.steps()[0].state));
        assert_eq!(
            history.event_moments(1902, 1904),
            [Moment::Event("tie-1".into()), Moment::Event("tie-2".into())]
        );
    }

    #[test]
    fn periods_follow_each_other_and_same_day_changes_count_once() {
        let s = scenario();
        let history = History::new(&s);
        let d = |t: &str| Date::parse(t);
        let span = |p: &Period| {
            (
                p.control.as_ref().map(|c| c.power.clone()),
                p.event.map(|e| s.events[e].id.as_str()),
                p.from,
                p.until,
            )
        };
        let x: Vec<_> = history.periods(0).iter().map(span).collect();
        assert_eq!(
            x,
            [
                (None, None, None, d("1901-06-01")),
                (
                    Some("a".into()),
                    Some("early"),
                    d("1901-06-01"),
                    d("1905-01-01")
                ),
                (None, Some("late"), d("1905-01-01"), None),
            ]
        );
        // tie-1 gives y to a and tie-2 to b on the same day: a holds it for no whole day.
        let y: Vec<_> = history.periods(1).iter().map(span).collect();
        assert_eq!(
            y,
            [
                (None, None, None, d("1903-03-03")),
                (Some("b".into()), Some("tie-2"), d("1903-03-03"), None),
            ]
        );
        // An event that hands y back the same day: y's first period goes on.
        let mut s = scenario();
        s.events[3].changes[0].1 = ControlChange::Clear;
        let history = History::new(&s);
        assert_eq!(history.periods(1).len(), 1, "{:?}", history.periods(1));
        assert_eq!(history.periods(1)[0].until, None);
    }

    #[test]
    fn an_event_that_confirms_what_holds_changes_nothing_on_the_map() {
        let mut s = scenario();
        s.events[0].changes = s.events[1].changes.clone();
        s.events[0].date = Date::parse("1902-01-01").unwrap();
        let history = History::new(&s);
        let second = &history.steps()[1];
        assert_eq!((second.event, second.changes_map()), (0, false));
        assert!(second.state.same_control(&history.steps()[0].state));
        assert!(!second.state.same_control(&history.steps()[2].state));
        assert!(
            history
                .event_moments(1900, 1910)
                .iter()
                .all(|m| m.to_string() != "late")
        );
    }

    #[test]
    fn events_are_applied_by_date_then_file_order() {
        let s = scenario();
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        let applied: Vec<bool> = (0..4).map(|i| st.applied(&s, i)).collect();
        // late (1905), early (1901), tie-1, tie-2 (both 1903).
        assert_eq!(applied, [false, true, true, false]);
        assert!(st.reached(&s, "early") && !st.reached(&s, "tie-2"));
        assert!(st.reached(&s, "1903-03-03") && !st.reached(&s, "1903-03-04"));
        assert!(!st.reached(&s, "no-such-event") && !st.applied(&s, 99));
        assert_eq!(
            History::new(&s)
                .on(Date::parse("1903-03-03").unwrap())
                .last_event,
            Some(3)
        );
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
