//! Words for a map: its subtitle (the date and the event it reflects), its caption, its
//! alt text and its credit, in the map's language.

use std::sync::OnceLock;

use super::Metadata;
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::Scenario;
use crate::timeline::{Moment, State};
use crate::words::{bracket, gloss_as, join, lower_first, parts, sentences, short_name};

/// The subtitle: the date shown and the latest event it reflects, e.g.
/// "31 December 1912 — after the Third Russo-Japanese Agreement of 8 July 1912".
pub fn subtitle(language: Language, scenario: &Scenario, state: &State) -> String {
    let date = state.date.long_in(language);
    match (state.last(scenario), &state.moment) {
        (Some(e), Moment::Event(_)) => say(language, &m::SUBTITLE_EVENT, [&date, &e.title]),
        (Some(e), _) if e.date == state.date => {
            say(language, &m::SUBTITLE_EVENT, [&date, &e.title])
        }
        (Some(e), _) => say(
            language,
            &m::SUBTITLE_AFTER,
            [&date, &e.title, &e.date.long_in(language)],
        ),
        (None, _) => say(language, &m::SUBTITLE_BEFORE, [&date]),
    }
}

/// A map's whole title, for its SVG `<title>` and its `maps.json` entry: the scenario's
/// title at the map's date and the subtitle.
pub fn map_title(language: Language, scenario: &Scenario, state: &State) -> String {
    say(
        language,
        &m::MAP_TITLE,
        [
            &scenario.title_at(state.date),
            &subtitle(language, scenario, state),
        ],
    )
}

/// The credit of a map: the scenario's own, and when the map is drawn on the built-in
/// world, that its coasts and modern borders are Natural Earth's, shown for orientation.
pub fn credit(language: Language, scenario: &Scenario) -> String {
    if !scenario.map.world {
        return scenario.credit.clone();
    }
    let world = say(language, &m::CREDIT_WORLD, []);
    let own = scenario.credit.trim_end();
    if own.is_empty() {
        world
    } else {
        format!("{own}{}{world}", say(language, &m::SENTENCE_SEPARATOR, []))
    }
}

/// A caption for the map: its title, then the date and event it reflects.
///
/// e.g. "Japanese and Russian spheres of influence in Northeast Asia, 31 December 1912 —
/// after the Third Russo-Japanese Agreement of 8 July 1912."
pub fn caption(language: Language, scenario: &Scenario, state: &State) -> String {
    let words = say(
        language,
        &m::CAPTION,
        [
            &scenario.title_at(state.date),
            &subtitle(language, scenario, state),
        ],
    );
    sentences(language, &[words])
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
pub fn metadata(
    language: Language,
    scenario: &Scenario,
    coverage: String,
    events: &[usize],
) -> Metadata {
    let mut sources: Vec<String> = Vec::new();
    let credit = credit(language, scenario);
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
pub fn alt_text(
    language: Language,
    scenario: &Scenario,
    home_territory: &HomeTerritory,
    state: &State,
) -> String {
    let mut powers = Vec::new();
    for power in &scenario.powers {
        let mut held_as = Vec::new();
        for status in &scenario.statuses {
            let held = pieces_as_wholes(language, scenario, state, &power.id, &status.id);
            if held.is_empty() {
                continue;
            }
            let held: Vec<(&str, Option<&str>)> =
                held.iter().map(|(n, l)| (n.as_str(), *l)).collect();
            let regions = join(language, &name_groups(language, &held));
            held_as.push(say(language, &m::ALT_STATUS, [&status.label, &regions]));
        }
        if !held_as.is_empty() {
            let holdings = parts(language, &held_as);
            powers.push(say(
                language,
                &m::ALT_POWER,
                [&power.name_at(state.date), &holdings],
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
        let name = short_name(&r.name);
        match home_territory.power(scenario, i) {
            Some(p) => home.push(bracket(language, name, p.name_at(state.date))),
            None => free.push(name.to_string()),
        }
    }
    let title = lower_first(language, scenario.title_at(state.date));
    let date = state.date.long_in(language);
    let intro = match state.last(scenario) {
        Some(e) => say(
            language,
            &m::ALT_INTRO_AFTER,
            [&title, &date, &e.title, &e.date.long_in(language)],
        ),
        None => say(language, &m::ALT_INTRO, [&title, &date]),
    };
    let mut text = vec![intro];
    if powers.is_empty() {
        text.push(say(language, &m::ALT_NONE_HELD, []));
    } else {
        text.extend(powers);
        if !home.is_empty() {
            text.push(say(language, &m::ALT_HOME, [&join(language, &home)]));
        }
        if !free.is_empty() {
            text.push(say(language, &m::ALT_FREE, [&join(language, &free)]));
        }
    }
    sentences(language, &text)
}

/// The regions `power` holds with `status`, by name and period name: the pieces of a
/// larger region all held alike are named by it ("Korea", not its two halves), and a
/// doubtful control says so.
fn pieces_as_wholes<'s>(
    language: Language,
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
            name = bracket(language, &name, &say(language, &m::GLOSS_DOUBTFUL, []));
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
fn name_groups(language: Language, held: &[(&str, Option<&str>)]) -> Vec<String> {
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
                let members_words = join(language, &members);
                out.push(match (head, members.len()) {
                    (false, 1) => bracket(language, &members[0], &gloss_as(language, l)),
                    (false, _) => bracket(language, l, &members_words),
                    (true, _) => bracket(
                        language,
                        l,
                        &say(language, &m::GLOSS_INCLUDING, [&members_words]),
                    ),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{resolve, tests::scenario};

    const EN: Language = Language::En;

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
            caption(EN, &s, &st),
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
            name_groups(EN, &held),
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
            subtitle(EN, &s, &st),
            "31 December 1902 — after the early of 1 June 1901"
        );
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(subtitle(EN, &s, &st), "3 March 1903 — tie-1");
        assert_eq!(subtitle(Language::Ru, &s, &st), "3 марта 1903 г. — tie-1");
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(
            subtitle(Language::Ja, &s, &st),
            "1902年12月31日現在（1901年6月1日のearly以後）"
        );
        assert_eq!(
            subtitle(Language::Ru, &s, &st),
            "31 декабря 1902 г. — после события «early» (1 июня 1901 г.)"
        );
    }

    #[test]
    fn alt_text_lists_holdings() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1904)).unwrap();
        assert_eq!(
            alt_text(EN, &s, &HomeTerritory::of(&s), &st),
            "Map of T as of 31 December 1904, after the tie-2 (3 March 1903). A: sphere — X. B: sphere — Y."
        );
        assert_eq!(
            alt_text(Language::Ja, &s, &HomeTerritory::of(&s), &st),
            "1904年12月31日現在（1903年3月3日のtie-2以後）のTの地図。A：sphereはX。B：sphereはY。"
        );
        assert_eq!(
            alt_text(Language::Ru, &s, &HomeTerritory::of(&s), &st),
            "Карта «T» по состоянию на 31 декабря 1904 г., после события «tie-2» (3 марта 1903 г.). A: sphere — X. B: sphere — Y."
        );
    }

    #[test]
    fn captions_end_with_one_full_stop() {
        let s = scenario();
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(
            caption(Language::Ru, &s, &st),
            "T, 3 марта 1903 г. — tie-1."
        );
        let st = resolve(&s, &Moment::Year(1900)).unwrap();
        assert_eq!(
            caption(Language::Ru, &s, &st),
            "T, 31 декабря 1900 г. — до первого события хронологии."
        );
        assert_eq!(
            caption(Language::Zh, &s, &st),
            "T，截至1900年12月31日（年表首个事件之前）。"
        );
    }
}
