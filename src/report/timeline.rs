//! The whole timeline, event by event: what each event changed, who held every region
//! after it, and the area under each power after it.
//!
//! Formats: text and Markdown for reading, JSON and CSV for tools. The CSV has one row per
//! event and region:
//!
//! ```text
//! event_id,date,region,power,status,label,changed,area_km2
//! portsmouth,1905-09-05,korea-north,japan,sphere,Korea,true,125966.8
//! ```
//!
//! `power`, `status` and `label` are the region's control after the event (empty when no
//! power holds it), `changed` says whether this event changed it, and `area_km2` is the
//! area the region counts for after the event (its own, less what held overlays cover of
//! it; an unheld overlay counts nothing), so the area under a power after an event is the
//! sum of `area_km2` over that event's rows with that power.

use indexmap::IndexMap;
use serde::Serialize;

use unicode_width::UnicodeWidthStr;

use super::{ControlJson, markdown, reported_areas, round1};
use crate::diff::{self, Change};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::Scenario;
use crate::timeline::{History, State};
use crate::words::{
    area, change_of, control_words, dated_event, gloss_as, join, names_itself, parts, with_gloss,
};

/// The state just after one event, with what the report says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'h> {
    /// The event's index in `Scenario::events`.
    pub event: usize,
    /// Every region's control just after it.
    pub state: &'h State,
    /// The regions it changed (compared with just before it).
    pub changes: Vec<Change>,
    /// The area under each power just after it, km², in the scenario's power order.
    pub area_by_power: Vec<(String, f64)>,
    /// The area each region counts for just after it, km² (see
    /// [`crate::measure::held_areas`]): its whole area, less what held overlays cover.
    pub areas: Vec<f64>,
}

/// Every event of the history in the order they apply, with the state after each.
pub fn steps<'h>(scenario: &Scenario, history: &'h History) -> Vec<Step<'h>> {
    let areas = reported_areas(scenario);
    let covered = crate::measure::Covered::of(scenario).rounded();
    history
        .steps()
        .iter()
        .enumerate()
        .map(|(k, step)| {
            let held = crate::measure::held_areas(&areas, &covered, &step.state);
            Step {
                event: step.event,
                state: &step.state,
                changes: diff::step_changes(scenario, history.before(k), step, &areas),
                area_by_power: crate::measure::power_areas(scenario, &held, &step.state)
                    .into_iter()
                    .map(|(p, a)| (p, round1(a)))
                    .collect(),
                areas: held,
            }
        })
        .collect()
}

/// Plain text in `language`: per event its date, title and id, what it changed, who held
/// what after it (grouped by power) and each power's area.
pub fn text(language: Language, scenario: &Scenario, steps: &[Step]) -> String {
    let label = say(language, &m::TIMELINE_CHANGED, []);
    // A label ending in a full-width colon ("変化：") carries its own space.
    let changed = if label.ends_with(|c: char| c.is_ascii()) {
        format!("{label} ")
    } else {
        label
    };
    let indent = " ".repeat(changed.width());
    let mut out = String::new();
    for step in steps {
        let e = &scenario.events[step.event];
        out.push_str(&format!(
            "{} [{}]\n",
            dated_event(language, e.date, &e.title),
            e.id
        ));
        if step.changes.is_empty() {
            out.push_str(&format!("  {}\n", say(language, &m::TIMELINE_NOTHING, [])));
        }
        for (k, c) in step.changes.iter().enumerate() {
            out.push_str(&format!(
                "  {}{}\n",
                if k == 0 { &changed } else { &indent },
                change_of(
                    language,
                    &c.name,
                    &control_words(language, scenario, c.before.as_ref(), e.date, &c.name),
                    &control_words(language, scenario, c.after.as_ref(), e.date, &c.name),
                ),
            ));
        }
        for line in holdings(language, scenario, step) {
            out.push_str(&format!("  {line}\n"));
        }
        out.push('\n');
    }
    out
}

/// Markdown in `language`: a section per event with its source linked, the changes as a
/// list, and who held what after it.
pub fn markdown(language: Language, scenario: &Scenario, steps: &[Step]) -> String {
    let md = markdown::escape;
    let mut out = format!(
        "# {}\n",
        say(language, &m::TIMELINE_HEADING, [&md(&scenario.title)])
    );
    let link_words = say(language, &m::TIMELINE_SOURCE_LINK, []);
    for step in steps {
        let e = &scenario.events[step.event];
        out.push_str(&format!(
            "\n## {}\n\n",
            dated_event(language, e.date, &md(&e.title))
        ));
        // Event ids are plain keys (letters, digits, '-', '_'): safe in a code span.
        let source = match markdown::link(&link_words, &e.source) {
            Some(link) => say(language, &m::TIMELINE_EVENT_SOURCE, [&e.id, &link]),
            None => say(language, &m::TIMELINE_EVENT_CITED, [&e.id, &md(&e.source)]),
        };
        out.push_str(&format!("{source}\n\n"));
        if step.changes.is_empty() {
            out.push_str(&format!(
                "{}\n\n",
                say(language, &m::TIMELINE_NO_CHANGE, [])
            ));
        } else {
            for c in &step.changes {
                out.push_str(&format!(
                    "- {}\n",
                    change_of(
                        language,
                        &md(&c.name),
                        &md(&control_words(
                            language,
                            scenario,
                            c.before.as_ref(),
                            e.date,
                            &c.name
                        )),
                        &md(&control_words(
                            language,
                            scenario,
                            c.after.as_ref(),
                            e.date,
                            &c.name
                        )),
                    )
                ));
            }
            out.push('\n');
        }
        out.push_str(&format!("{}\n\n", say(language, &m::TIMELINE_AFTER, [])));
        for line in holdings(language, scenario, step) {
            out.push_str(&format!("- {}\n", md(&line)));
        }
    }
    out
}

/// Who holds what after a step: one line per power holding anything, then the rest.
fn holdings(language: Language, scenario: &Scenario, step: &Step) -> Vec<String> {
    let date = step.state.date;
    let mut lines = Vec::new();
    for (power, km2) in &step.area_by_power {
        // By status, in the scenario's order: "protectorate: Korea; sphere of influence: …".
        let mut held = Vec::new();
        for status in &scenario.statuses {
            let names: Vec<String> = scenario
                .regions
                .iter()
                .zip(&step.state.controls)
                .filter_map(|(r, h)| {
                    let c = &h.as_ref()?.control;
                    (c.power == *power && c.status == status.id).then(|| match &c.label {
                        Some(l) if !names_itself(&r.name, l) => {
                            with_gloss(language, &r.name, &gloss_as(language, l))
                        }
                        _ => r.name.clone(),
                    })
                })
                .collect();
            if !names.is_empty() {
                held.push(say(
                    language,
                    &m::HOLDING_STATUS,
                    [&status.label, &join(language, &names)],
                ));
            }
        }
        if held.is_empty() {
            continue;
        }
        let name = scenario.power_name(power, date);
        lines.push(say(
            language,
            &m::HOLDING_POWER,
            [&name, &area(language, *km2), &parts(language, &held)],
        ));
    }
    let free: Vec<String> = scenario
        .regions
        .iter()
        .zip(&step.state.controls)
        .filter(|(_, h)| h.is_none())
        .map(|(r, _)| r.name.clone())
        .collect();
    if !free.is_empty() {
        lines.push(say(language, &m::HOLDING_FREE, [&join(language, &free)]));
    }
    lines
}

#[derive(Serialize)]
struct TimelineJson {
    scenario: String,
    events: Vec<StepJson>,
}

#[derive(Serialize)]
struct StepJson {
    id: String,
    date: String,
    title: String,
    source: String,
    changes: Vec<StepChangeJson>,
    control: IndexMap<String, Option<ControlJson>>,
    area_by_power: IndexMap<String, f64>,
}

#[derive(Serialize)]
struct StepChangeJson {
    region: String,
    name: String,
    before: Option<ControlJson>,
    after: Option<ControlJson>,
}

/// JSON: `{"scenario", "events": [{"id", "date", "title", "source", "changes": [{"region",
/// "name", "before", "after"}], "control": {region: null|{"power", "status", "label"?}},
/// "area_by_power": {power: km²}}]}`, events in the order they apply, regions and powers
/// in the scenario's order.
pub fn json(scenario: &Scenario, steps: &[Step]) -> String {
    let doc = TimelineJson {
        scenario: scenario.id.clone(),
        events: steps
            .iter()
            .map(|step| {
                let e = &scenario.events[step.event];
                StepJson {
                    id: e.id.clone(),
                    date: e.date.to_string(),
                    title: e.title.clone(),
                    source: e.source.clone(),
                    changes: step
                        .changes
                        .iter()
                        .map(|c| StepChangeJson {
                            region: c.id.clone(),
                            name: c.name.clone(),
                            before: c.before.as_ref().map(ControlJson::from),
                            after: c.after.as_ref().map(ControlJson::from),
                        })
                        .collect(),
                    control: scenario
                        .regions
                        .iter()
                        .zip(&step.state.controls)
                        .map(|(r, h)| {
                            (
                                r.id.clone(),
                                h.as_ref().map(|h| ControlJson::from(&h.control)),
                            )
                        })
                        .collect(),
                    area_by_power: step.area_by_power.iter().cloned().collect(),
                }
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// CSV (RFC 4180, `\n` line ends): one row per event and region; see the module docs.
pub fn csv(scenario: &Scenario, steps: &[Step]) -> String {
    let mut out = String::from("event_id,date,region,power,status,label,changed,area_km2\n");
    for step in steps {
        let e = &scenario.events[step.event];
        for (i, (r, h)) in scenario
            .regions
            .iter()
            .zip(&step.state.controls)
            .enumerate()
        {
            let c = h.as_ref().map(|h| &h.control);
            let changed = step.changes.iter().any(|ch| ch.region == i);
            let fields = [
                e.id.as_str(),
                &e.date.to_string(),
                r.id.as_str(),
                c.map_or("", |c| c.power.as_str()),
                c.map_or("", |c| c.status.as_str()),
                c.and_then(|c| c.label.as_deref()).unwrap_or(""),
                if changed { "true" } else { "false" },
                &step.areas[i].to_string(),
            ]
            .map(csv_field);
            out.push_str(&fields.join(","));
            out.push('\n');
        }
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::scenario;

    #[test]
    fn steps_follow_the_application_order() {
        let s = scenario();
        let history = History::new(&s);
        let st = steps(&s, &history);
        let ids: Vec<&str> = st.iter().map(|x| s.events[x.event].id.as_str()).collect();
        assert_eq!(ids, ["early", "tie-1", "tie-2", "late"]);
        assert_eq!(st[2].changes.len(), 1);
        assert_eq!(st[2].changes[0].events, vec![3]);
        assert_eq!(st[3].changes[0].after, None, "late clears x");
    }

    #[test]
    fn csv_has_a_row_per_event_and_region() {
        let s = scenario();
        let text = csv(&s, &steps(&s, &History::new(&s)));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + 4 * 2);
        assert_eq!(lines[1], "early,1901-06-01,x,a,s,,true,0");
        assert_eq!(lines[2], "early,1901-06-01,y,,,,false,0");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn text_and_json_say_who_holds_what() {
        let s = scenario();
        let history = History::new(&s);
        let st = steps(&s, &history);
        let text = text(Language::En, &s, &st);
        assert!(
            text.contains(
                "1 June 1901 — early [early]\n  changed: X: none → A, sphere\n  A, 0 km² — sphere: X\n  held by none of them: Y\n"
            ),
            "{text}"
        );
        let v: serde_json::Value = serde_json::from_str(&json(&s, &st)).unwrap();
        assert_eq!(v["events"][0]["control"]["y"], serde_json::Value::Null);
        assert_eq!(v["events"][1]["control"]["y"]["power"], "a");
        assert_eq!(v["events"][1]["area_by_power"]["a"], 0.0);
        assert!(markdown(Language::En, &s, &st).contains("## 3 March 1903 — tie-2"));
    }

    #[test]
    fn the_timeline_is_written_in_its_language() {
        let s = scenario();
        let history = History::new(&s);
        let st = steps(&s, &history);
        let ja = text(Language::Ja, &s, &st);
        assert!(
            ja.starts_with(
                "1901年6月1日：early [early]\n  変化：X：なし → Aのsphere\n  A（0 km²）：sphereはX\n  上記のいずれの国の支配下にもない地域：Y\n"
            ),
            "{ja}"
        );
        let ru = markdown(Language::Ru, &s, &st);
        assert!(ru.starts_with("# T: хронология\n"), "{ru}");
        assert!(
            ru.contains("\n## 1 июня 1901 г. — early\n\nСобытие `early`, [источник]("),
            "{ru}"
        );
        assert!(
            ru.contains("\nПосле него:\n\n- A, 0 км² — sphere: X\n"),
            "{ru}"
        );
    }
}
