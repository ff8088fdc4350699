//! Words for a map: its subtitle (the date and the event it reflects) and its alt text.

use std::sync::OnceLock;

use super::Metadata;
use crate::model::Scenario;
use crate::timeline::{Moment, State};
use crate::words::{join, short_name};

/// The subtitle: the date shown and the latest event it reflects, e.g.
/// "31 December 1912 — after the Third Russo-Japanese Agreement of 8 July 1912".
pub fn subtitle(scenario: &Scenario, state: &State) -> String {
    let date = state.date.long();
    match (state.last(scenario), &state.moment) {
        (Some(e), Moment::Event(_)) => format!("{date} — {}", e.title),
        (Some(e), _) if e.date == state.date => format!("{date} — {}", e.title),
        (Some(e), _) => format!("{date} — after the {} of {}", e.title, e.date.long()),
        (None, _) => format!("{date} — before the first event of the timeline"),
    }
}

/// The credit of a map: the scenario's own, and when the map is drawn on the built-in
/// world, that its coasts and modern borders are Natural Earth's, shown for orientation.
pub fn credit(scenario: &Scenario) -> String {
    if !scenario.map.world {
        return scenario.credit.clone();
    }
    let own = scenario.credit.trim_end();
    if own.is_empty() {
        crate::world::CREDIT.to_string()
    } else {
        format!("{own} {}", crate::world::CREDIT)
    }
}

/// A caption for the map: its title, then the date and event it reflects.
///
/// e.g. "Japanese and Russian spheres of influence in Northeast Asia, 31 December 1912 —
/// after the Third Russo-Japanese Agreement of 8 July 1912."
pub fn caption(scenario: &Scenario, state: &State) -> String {
    format!(
        "{}, {}.",
        scenario.title_at(state.date),
        subtitle(scenario, state)
    )
}

/// The events a map rests on, as indices into `Scenario::events`, in date order: each
/// event that set a control still in force, and the latest event applied.
pub fn sources(scenario: &Scenario, state: &State) -> Vec<usize> {
    let mut used: Vec<usize> = state.controls.iter().flatten().map(|h| h.since).collect();
    used.extend(state.last_event);
    used.sort_by_key(|&i| (scenario.events[i].date, i));
    used.dedup();
    used
}

/// The metadata of a map that shows `coverage` (a date or an interval) and cites `events`
/// (indices into `Scenario::events`): every event applied by its date
/// ([`State::applied_events`]), where [`sources`] is the shorter list of the events it
/// rests on, for a caption.
pub fn metadata(scenario: &Scenario, coverage: String, events: &[usize]) -> Metadata {
    let mut sources: Vec<String> = Vec::new();
    let credit = credit(scenario);
    let texts = std::iter::once(credit.trim()).chain(
        events
            .iter()
            .filter_map(|&i| scenario.events.get(i))
            .map(|e| e.source.trim()),
    );
    for text in texts {
        if !text.is_empty() && !sources.iter().any(|s| s == text) {
            sources.push(text.to_string());
        }
    }
    let license = scenario.license.as_ref();
    Metadata {
        coverage,
        sources,
        creator: scenario.author.clone(),
        rights: license.map(|l| l.expression().to_string()),
        licenses: license
            .filter(|l| l.is_choice())
            .map(|l| l.urls())
            .unwrap_or_default(),
    }
}

/// A description of the map written from the data, for the SVG `<desc>` and alt text.
///
/// It says, for each power, which regions it holds and how, and which regions no power
/// holds, e.g. "Empire of Japan: annexed territory — Korea (as Chōsen); sphere of
/// influence — South Manchuria and Eastern Inner Mongolia (including Jehol)."
/// Regions that share a period name are named once, by that name. `home` is
/// [`HomeTerritory::of`] the same scenario (computed once for the maps of a run).
pub fn alt_text(scenario: &Scenario, home_territory: &HomeTerritory, state: &State) -> String {
    let mut sentences = Vec::new();
    for power in &scenario.powers {
        let mut parts = Vec::new();
        for status in &scenario.statuses {
            let held = pieces_as_wholes(scenario, state, &power.id, &status.id);
            if held.is_empty() {
                continue;
            }
            let held: Vec<(&str, Option<&str>)> =
                held.iter().map(|(n, l)| (n.as_str(), *l)).collect();
            parts.push(format!("{} — {}", status.label, join(&name_groups(&held))));
        }
        if !parts.is_empty() {
            sentences.push(format!(
                "{}: {}",
                power.name_at(state.date),
                parts.join("; ")
            ));
        }
    }
    // An unheld region inside a power's home territory (on the basemap) is that power's,
    // not "held by none".
    let mut free: Vec<String> = Vec::new();
    let mut home: Vec<String> = Vec::new();
    for (i, (r, c)) in scenario.regions.iter().zip(&state.controls).enumerate() {
        // An unheld overlay is not on the map: what lies under it is.
        if c.is_some() || r.overlay {
            continue;
        }
        let name = short_name(&r.name).to_string();
        match home_territory.power(scenario, i) {
            Some(p) => home.push(format!("{name} ({})", p.name_at(state.date))),
            None => free.push(name),
        }
    }
    let mut text = format!(
        "Map of {} as of {}",
        scenario.title_at(state.date).to_lowercase_first(),
        state.date.long()
    );
    if let Some(e) = state.last(scenario) {
        text.push_str(&format!(", after the {} ({})", e.title, e.date.long()));
    }
    text.push_str(". ");
    if sentences.is_empty() {
        text.push_str("No power holds any of the regions shown.");
    } else {
        text.push_str(&sentences.join(". "));
        text.push('.');
        if !home.is_empty() {
            text.push_str(&format!(" Home territory: {}.", join(&home)));
        }
        if !free.is_empty() {
            text.push_str(&format!(" Held by none of them: {}.", join(&free)));
        }
    }
    text
}

/// The regions `power` holds with `status`, by name and period name: the pieces of a
/// larger region all held alike are named by it ("Korea", not its two halves), and a
/// doubtful control says so.
fn pieces_as_wholes<'s>(
    scenario: &'s Scenario,
    state: &'s State,
    power: &str,
    status: &str,
) -> Vec<(String, Option<&'s str>)> {
    let held_so = |i: usize| {
        state.controls[i]
            .as_ref()
            .filter(|h| h.control.power == power && h.control.status == status)
            .map(|h| &h.control)
    };
    let mut out: Vec<(String, Option<&str>)> = Vec::new();
    for (i, r) in scenario.regions.iter().enumerate() {
        let Some(c) = held_so(i) else { continue };
        let whole = r.part_of.as_deref().filter(|whole| {
            let pieces: Vec<usize> = (0..scenario.regions.len())
                .filter(|&j| scenario.regions[j].part_of.as_deref() == Some(*whole))
                .collect();
            pieces.len() > 1
                && pieces.iter().all(|&j| {
                    held_so(j).is_some_and(|d| d.label == c.label && d.doubtful() == c.doubtful())
                })
        });
        let mut name = short_name(whole.unwrap_or(&r.name)).to_string();
        if c.doubtful() {
            name = format!("{name} (doubtful)");
        }
        let entry = (name, c.label.as_deref());
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out
}

/// For each region, the power whose home territory (a basemap area with `power`)
/// contains it: a region no power holds there is that power's, not "held by none".
///
/// It depends on the geometry only, so it is found at most once per region and run
/// rather than for every map (on the built-in scenario, finding it for each map was a
/// tenth of the time of a whole run), and only for regions that some map shows unheld:
/// the point inside a region of a million vertices takes a hundred megabytes to find.
#[derive(Debug, Clone, Default)]
pub struct HomeTerritory(Vec<OnceLock<Option<usize>>>);

impl HomeTerritory {
    /// An empty table for the scenario's regions, filled in as maps ask.
    pub fn of(scenario: &Scenario) -> HomeTerritory {
        HomeTerritory(
            (0..scenario.regions.len())
                .map(|_| OnceLock::new())
                .collect(),
        )
    }

    /// Whether the `index`th region lies in a power's home territory.
    pub(super) fn contains(&self, scenario: &Scenario, index: usize) -> bool {
        self.power(scenario, index).is_some()
    }

    /// The home power of the `index`th region, if it lies in one (tested at a point
    /// inside the region).
    fn power<'s>(&self, scenario: &'s Scenario, index: usize) -> Option<&'s crate::model::Power> {
        use geo::coordinate_position::CoordPos;
        use geo::{CoordinatePosition, InteriorPoint};
        let found = self.0.get(index)?.get_or_init(|| {
            let inside = scenario.regions.get(index)?.shape.interior_point()?;
            scenario.basemap.iter().find_map(|b| {
                let power = b.power.as_deref()?;
                (b.shape.coordinate_position(&inside.0) == CoordPos::Inside)
                    .then(|| scenario.power_index(power))
                    .flatten()
            })
        });
        scenario.powers.get((*found)?)
    }
}

/// Names regions held the same way, grouping those that share a period name:
/// `[("Korea", Some("Chōsen")), ("Jehol", Some("Eastern Inner Mongolia")),
/// ("Eastern Inner Mongolia", Some("Eastern Inner Mongolia"))]` →
/// `["Korea (as Chōsen)", "Eastern Inner Mongolia (including Jehol)"]`.
fn name_groups(held: &[(&str, Option<&str>)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut done: Vec<&str> = Vec::new();
    for &(name, label) in held {
        match label {
            None => out.push(name.to_string()),
            Some(l) if l == name && held.iter().all(|&(n, m)| m != Some(l) || n == name) => {
                out.push(name.to_string())
            }
            Some(l) => {
                if done.contains(&l) {
                    continue;
                }
                done.push(l);
                let members: Vec<String> = held
                    .iter()
                    .filter(|&&(n, m)| m == Some(l) && n != l)
                    .map(|&(n, _)| n.to_string())
                    .collect();
                let head = held.iter().any(|&(n, m)| m == Some(l) && n == l);
                out.push(match (head, members.len()) {
                    (false, 1) => format!("{} (as {l})", members[0]),
                    (false, _) => format!("{l} ({})", join(&members)),
                    (true, _) => format!("{l} (including {})", join(&members)),
                });
            }
        }
    }
    out
}

trait LowerFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowerFirst for str {
    /// "Japanese and Russian spheres" stays; "The spheres" becomes "the spheres".
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match chars.next() {
            Some(c)
                if self
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w == "The" || w == "A") =>
            {
                c.to_lowercase().chain(chars).collect()
            }
            _ => self.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{resolve, tests::scenario};

    #[test]
    fn sources_are_the_events_in_force() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1904)).unwrap();
        // x set by 'early' (1), y by 'tie-2' (3), which is also the latest event.
        assert_eq!(sources(&s, &st), vec![1, 3]);
        let st = resolve(&s, &Moment::Year(1906)).unwrap();
        // 'late' cleared x; y still rests on tie-2.
        assert_eq!(sources(&s, &st), vec![3, 0]);
        assert_eq!(
            caption(&s, &st),
            "T, 31 December 1906 — after the late of 1 January 1905."
        );
    }

    #[test]
    fn regions_sharing_a_period_name_are_named_once() {
        let held = [
            ("Korea", Some("Chōsen")),
            ("Jehol", Some("Eastern Inner Mongolia")),
            ("Eastern Inner Mongolia", Some("Eastern Inner Mongolia")),
            ("Chahar", Some("Eastern Inner Mongolia")),
            ("Kwantung", None),
            ("Tuva", Some("Tuva")),
            ("North", Some("Manchukuo")),
            ("South", Some("Manchukuo")),
        ];
        assert_eq!(
            name_groups(&held),
            [
                "Korea (as Chōsen)",
                "Eastern Inner Mongolia (including Jehol and Chahar)",
                "Kwantung",
                "Tuva",
                "Manchukuo (North and South)"
            ]
        );
    }

    #[test]
    fn subtitle_names_the_last_event() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(
            subtitle(&s, &st),
            "31 December 1902 — after the early of 1 June 1901"
        );
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(subtitle(&s, &st), "3 March 1903 — tie-1");
    }

    #[test]
    fn alt_text_lists_holdings() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1904)).unwrap();
        assert_eq!(
            alt_text(&s, &HomeTerritory::of(&s), &st),
            "Map of T as of 31 December 1904, after the tie-2 (3 March 1903). A: sphere — X. B: sphere — Y."
        );
    }
}
