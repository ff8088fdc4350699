//! What changed between two moments: for each region whose control differs, who held it
//! before and after, and the events in between that touched it.
//!
//! The two moments may be given in either order. The events "in between" are those
//! applied after the earlier moment and up to the later one, so they are the same set
//! whichever way round the comparison is made; A→B and B→A are mirror images of each
//! other (before and after swapped, gains and losses swapped, the same events).
//!
//! ```
//! use spheres::{diff, load, measure, timeline::{self, Moment}};
//! let scenario = load::built_in()?;
//! let areas = measure::region_areas(&scenario);
//! let a = timeline::resolve(&scenario, &Moment::Year(1909))?;
//! let b = timeline::resolve(&scenario, &Moment::Year(1911))?;
//! let changes = diff::diff(&scenario, &a, &b, &areas);
//! let korea = changes.iter().find(|c| c.id == "korea-north").unwrap();
//! assert_eq!(korea.kind, diff::ChangeKind::StatusChanged);
//! assert_eq!(korea.after.as_ref().unwrap().status, "annexed");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::measure;
use crate::model::{Control, Scenario};
use crate::timeline::{State, Step, order};

/// How a region's control differs between the two moments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// No power held it before; one does after.
    Gained,
    /// A power held it before; none does after.
    Lost,
    /// Another power holds it after.
    Transferred,
    /// The same power holds it, with another status (e.g. protectorate → annexed).
    StatusChanged,
    /// Same power and status, under another period name (e.g. "Bogd Khanate" → "Mongolia").
    LabelChanged,
}

impl ChangeKind {
    /// Every kind, in the order maps and legends list them.
    pub const ALL: [ChangeKind; 5] = [
        ChangeKind::Gained,
        ChangeKind::Lost,
        ChangeKind::Transferred,
        ChangeKind::StatusChanged,
        ChangeKind::LabelChanged,
    ];

    /// The kind of change from `before` to `after`, or `None` when they are the same.
    ///
    /// ```
    /// use spheres::diff::ChangeKind;
    /// use spheres::model::Control;
    /// let c = |p: &str, s: &str| Control::new(p, s);
    /// assert_eq!(ChangeKind::between(None, Some(&c("japan", "sphere"))), Some(ChangeKind::Gained));
    /// assert_eq!(
    ///     ChangeKind::between(Some(&c("russia", "sphere")), Some(&c("japan", "sphere"))),
    ///     Some(ChangeKind::Transferred)
    /// );
    /// assert_eq!(ChangeKind::between(Some(&c("japan", "sphere")), Some(&c("japan", "sphere"))), None);
    /// ```
    pub fn between(before: Option<&Control>, after: Option<&Control>) -> Option<ChangeKind> {
        match (before, after) {
            (None, None) => None,
            (None, Some(_)) => Some(ChangeKind::Gained),
            (Some(_), None) => Some(ChangeKind::Lost),
            (Some(b), Some(a)) if b.power != a.power => Some(ChangeKind::Transferred),
            (Some(b), Some(a)) if b.status != a.status => Some(ChangeKind::StatusChanged),
            (Some(b), Some(a)) if b.label != a.label => Some(ChangeKind::LabelChanged),
            _ => None,
        }
    }

    /// The kind seen the other way round in time: a gain is a loss, the rest stay.
    pub fn mirror(self) -> ChangeKind {
        match self {
            ChangeKind::Gained => ChangeKind::Lost,
            ChangeKind::Lost => ChangeKind::Gained,
            other => other,
        }
    }

    /// A stable key, used in SVG classes and ids: `gained`, `lost`, `transferred`,
    /// `status-changed`, `label-changed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Gained => "gained",
            ChangeKind::Lost => "lost",
            ChangeKind::Transferred => "transferred",
            ChangeKind::StatusChanged => "status-changed",
            ChangeKind::LabelChanged => "label-changed",
        }
    }
}

/// One region whose control differs between the two moments.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The region's index in `Scenario::regions`.
    pub region: usize,
    /// The region's id, e.g. `korea`.
    pub id: String,
    /// The region's display name.
    pub name: String,
    /// Its control at the first moment given.
    pub before: Option<Control>,
    /// Its control at the second moment given.
    pub after: Option<Control>,
    /// How the two differ.
    pub kind: ChangeKind,
    /// The region's area in km² (from the `areas` given to [`diff`]).
    pub area_km2: f64,
    /// Indices (in `Scenario::events`) of the events between the two moments that name
    /// this region, in the order they apply.
    pub events: Vec<usize>,
}

/// How many events of the application order a state has applied.
fn cut(order: &[usize], state: &State) -> usize {
    state
        .last_event
        .and_then(|last| order.iter().position(|&i| i == last))
        .map_or(0, |p| p + 1)
}

/// Indices of the events applied after the earlier of the two moments and up to the later
/// one, in the order they apply. The same whichever moment comes first.
pub fn events_between(scenario: &Scenario, a: &State, b: &State) -> Vec<usize> {
    let order = order(&scenario.events);
    let (x, y) = (cut(&order, a), cut(&order, b));
    order[x.min(y)..x.max(y)].to_vec()
}

/// The regions whose power, status or period name differ between `a` (before) and `b`
/// (after), in the scenario's region order. `areas` are the regions' areas in km², as
/// from [`measure::region_areas`].
///
/// `b` may be earlier than `a`; the result is then the mirror image of `diff(b, a)`.
pub fn diff(scenario: &Scenario, a: &State, b: &State, areas: &[f64]) -> Vec<Change> {
    let between = events_between(scenario, a, b);
    (0..scenario.regions.len())
        .filter_map(|i| {
            let before = a.controls.get(i)?.as_ref().map(|h| &h.control);
            let after = b.controls.get(i)?.as_ref().map(|h| &h.control);
            let id = &scenario.regions[i].id;
            let events = between
                .iter()
                .copied()
                .filter(|&e| scenario.events[e].changes.iter().any(|(r, _)| r == id))
                .collect();
            change(scenario, i, before, after, areas, events)
        })
        .collect()
}

/// What one step of the [`History`](crate::timeline::History) changed: the regions of `step.changed`, from `before`
/// (the state just before it, [`History::before`](crate::timeline::History::before); `None` when nothing was held) to the
/// state after it, each through that one event.
pub fn step_changes(
    scenario: &Scenario,
    before: Option<&State>,
    step: &Step,
    areas: &[f64],
) -> Vec<Change> {
    fn held(state: Option<&State>, i: usize) -> Option<&Control> {
        state
            .and_then(|s| s.controls.get(i)?.as_ref())
            .map(|h| &h.control)
    }
    step.changed
        .iter()
        .filter_map(|&i| {
            let (was, is) = (held(before, i), held(Some(&step.state), i));
            change(scenario, i, was, is, areas, vec![step.event])
        })
        .collect()
}

/// The change of region `i` from `before` to `after`, or `None` when they are the same.
fn change(
    scenario: &Scenario,
    i: usize,
    before: Option<&Control>,
    after: Option<&Control>,
    areas: &[f64],
    events: Vec<usize>,
) -> Option<Change> {
    let region = &scenario.regions[i];
    Some(Change {
        region: i,
        id: region.id.clone(),
        name: region.name.clone(),
        kind: ChangeKind::between(before, after)?,
        before: before.cloned(),
        after: after.cloned(),
        area_km2: areas.get(i).copied().unwrap_or(0.0),
        events,
    })
}

/// The area a power holds at both moments.
#[derive(Debug, Clone, PartialEq)]
pub struct PowerArea {
    /// The power's id.
    pub power: String,
    /// km² held at the first moment.
    pub before_km2: f64,
    /// km² held at the second moment.
    pub after_km2: f64,
}

/// The area each power holds before and after, in the scenario's power order: the sums of
/// the areas the regions it holds count for (see [`measure::held_areas`]: an overlay
/// takes what it covers from the regions under it).
pub fn area_by_power(
    scenario: &Scenario,
    areas: &[f64],
    covered: &measure::Covered,
    a: &State,
    b: &State,
) -> Vec<PowerArea> {
    let at =
        |st: &State| measure::power_areas(scenario, &measure::held_areas(areas, covered, st), st);
    at(a)
        .into_iter()
        .zip(at(b))
        .map(|((power, before_km2), (_, after_km2))| PowerArea {
            power,
            before_km2,
            after_km2,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Control, ControlChange};
    use crate::timeline::{Moment, resolve, tests::scenario};

    fn at(s: &Scenario, year: i32) -> State {
        resolve(s, &Moment::Year(year)).unwrap()
    }

    const AREAS: [f64; 2] = [10.0, 20.0];

    #[test]
    fn a_moment_compared_with_itself_has_no_changes() {
        let s = scenario();
        for year in 1900..=1910 {
            let st = at(&s, year);
            assert!(diff(&s, &st, &st, &AREAS).is_empty(), "{year}");
            assert!(events_between(&s, &st, &st).is_empty(), "{year}");
        }
    }

    #[test]
    fn changes_list_the_events_in_between_in_application_order() {
        let s = scenario();
        let (a, b) = (at(&s, 1900), at(&s, 1904));
        // File order is late, early, tie-1, tie-2; application order early, tie-1, tie-2.
        assert_eq!(events_between(&s, &a, &b), vec![1, 2, 3]);
        let changes = diff(&s, &a, &b, &AREAS);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].id, "x");
        assert_eq!(changes[0].kind, ChangeKind::Gained);
        assert_eq!(changes[0].events, vec![1]);
        assert_eq!(changes[0].area_km2, 10.0);
        assert_eq!(changes[1].id, "y");
        assert_eq!(
            changes[1].events,
            vec![2, 3],
            "both same-day events, in file order"
        );
        assert_eq!(changes[1].after.as_ref().unwrap().power, "b");
    }

    #[test]
    fn events_are_cut_at_an_event_moment() {
        let s = scenario();
        let a = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        let b = at(&s, 1904);
        assert_eq!(events_between(&s, &a, &b), vec![3]);
        let changes = diff(&s, &a, &b, &AREAS);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].kind, ChangeKind::Transferred);
        assert_eq!(changes[0].events, vec![3]);
    }

    #[test]
    fn a_region_held_again_at_the_end_is_no_change() {
        let s = scenario();
        // x: held by a from 1901, cleared in 1905. From 1902 to 1906 it is lost, through the
        // clearing event; from 1900 to 1906 nothing (none → none), though events touched it.
        let changes = diff(&s, &at(&s, 1902), &at(&s, 1906), &AREAS);
        let lost = changes.iter().find(|c| c.id == "x").unwrap();
        assert_eq!(lost.kind, ChangeKind::Lost);
        assert_eq!(lost.events, vec![0]);
        let none = diff(&s, &at(&s, 1900), &at(&s, 1906), &AREAS);
        assert!(none.iter().all(|c| c.id != "x"), "{none:?}");
    }

    #[test]
    fn comparing_the_other_way_round_gives_the_mirror_image() {
        let mut s = scenario();
        // Add a status change and a label change, to cover every kind.
        s.statuses.push(crate::model::Status {
            id: "t".into(),
            label: "annexed".into(),
            style: crate::model::Style::Solid,
        });
        let mut relabel = s.events[0].clone();
        relabel.id = "relabel".into();
        relabel.date = crate::model::Date::parse("1908-01-01").unwrap();
        relabel.changes = vec![(
            "y".into(),
            ControlChange::Set(Control {
                label: Some("Why".into()),
                ..Control::new("b", "t")
            }),
        )];
        s.events.push(relabel);
        for y1 in 1900..=1910 {
            for y2 in 1900..=1910 {
                let (a, b) = (at(&s, y1), at(&s, y2));
                let ab = diff(&s, &a, &b, &AREAS);
                let ba = diff(&s, &b, &a, &AREAS);
                assert_eq!(ab.len(), ba.len(), "{y1}→{y2}");
                for (x, y) in ab.iter().zip(&ba) {
                    assert_eq!(x.region, y.region);
                    assert_eq!(x.before, y.after);
                    assert_eq!(x.after, y.before);
                    assert_eq!(x.kind.mirror(), y.kind);
                    assert_eq!(x.events, y.events);
                }
                assert_eq!(
                    events_between(&s, &a, &b),
                    events_between(&s, &b, &a),
                    "{y1}→{y2}"
                );
            }
        }
        let st = diff(&s, &at(&s, 1904), &at(&s, 1909), &AREAS);
        assert_eq!(st.len(), 2);
        assert_eq!(st[1].kind, ChangeKind::StatusChanged);
    }

    #[test]
    fn a_step_changes_what_diffing_the_states_around_it_finds() {
        let s = scenario();
        let history = crate::timeline::History::new(&s);
        let nothing = at(&s, 1900);
        for (k, step) in history.steps().iter().enumerate() {
            let before = history.before(k);
            assert_eq!(
                step_changes(&s, before, step, &AREAS),
                diff(&s, before.unwrap_or(&nothing), &step.state, &AREAS),
                "step {k}"
            );
        }
    }

    #[test]
    fn areas_per_power_are_sums_of_region_areas() {
        let s = scenario();
        let rows = area_by_power(
            &s,
            &AREAS,
            &measure::Covered::default(),
            &at(&s, 1900),
            &at(&s, 1904),
        );
        assert_eq!(
            rows,
            vec![
                PowerArea {
                    power: "a".into(),
                    before_km2: 0.0,
                    after_km2: 10.0
                },
                PowerArea {
                    power: "b".into(),
                    before_km2: 0.0,
                    after_km2: 20.0
                },
            ]
        );
    }

    #[test]
    fn kinds_mirror_and_have_keys() {
        for k in ChangeKind::ALL {
            assert_eq!(k.mirror().mirror(), k);
        }
        assert_eq!(ChangeKind::StatusChanged.as_str(), "status-changed");
    }
}
