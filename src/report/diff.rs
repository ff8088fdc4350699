//! What changed between two moments, as text to paste into an article, as a Markdown
//! table, and as JSON for other tools.
//!
//! The JSON is a contract:
//!
//! ```json
//! {"from": {"query": "1909", "date": "1909-12-31", "event": "first-agreement"},
//!  "to":   {"query": "1912", "date": "1912-12-31", "event": "third-agreement"},
//!  "changes": [{"region": "east-inner-mongolia", "name": "Eastern Inner Mongolia",
//!               "before": null, "after": {"power": "japan", "status": "sphere"},
//!               "area_km2": 56675.3,
//!               "events": [{"id": "third-agreement", "date": "1912-07-08",
//!                           "title": "…", "source": "https://…"}]}],
//!  "area_by_power": {"japan": {"before_km2": 3422.1, "after_km2": 383000.0}}}
//! ```
//!
//! Regions come in the scenario's order, powers in the scenario's order; `label` appears
//! in a control only when it has one; areas are in km² to 0.1, and each power's area is
//! the sum of the areas of the regions it holds.

use indexmap::IndexMap;
use serde::Serialize;

use super::{ControlJson, EventJson, MomentJson, markdown, reported_areas, round1, thousands};
use crate::diff::{self, Change, ChangeKind, PowerArea};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::{Control, Scenario};
use crate::timeline::State;
use crate::words::{
    area, change_of, control_words, event_dated, join, moment_words, number, parts, sentences,
    status_words, with_gloss,
};

/// The comparison of two moments, ready to be written out.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    scenario: &'a Scenario,
    a: &'a State,
    b: &'a State,
    /// The regions that changed, in the scenario's order (areas rounded to 0.1 km²).
    pub changes: Vec<Change>,
    /// The events between the two moments, in the order they apply.
    pub between: Vec<usize>,
    /// The area of each power at both moments, in the scenario's order.
    pub areas: Vec<PowerArea>,
    /// The language of the text and Markdown (English unless [`Report::in_language`]).
    language: Language,
}

#[derive(Serialize)]
struct DiffJson {
    from: MomentJson,
    to: MomentJson,
    changes: Vec<ChangeJson>,
    area_by_power: IndexMap<String, AreaJson>,
}

#[derive(Serialize)]
struct ChangeJson {
    region: String,
    name: String,
    before: Option<ControlJson>,
    after: Option<ControlJson>,
    area_km2: f64,
    events: Vec<EventJson>,
}

#[derive(Serialize)]
struct AreaJson {
    before_km2: f64,
    after_km2: f64,
}

impl<'a> Report<'a> {
    /// Compares `a` (before) with `b` (after); `b` may be the earlier of the two.
    pub fn new(scenario: &'a Scenario, a: &'a State, b: &'a State) -> Report<'a> {
        let areas = reported_areas(scenario);
        let covered = crate::measure::Covered::of(scenario).rounded();
        let mut by_power = diff::area_by_power(scenario, &areas, &covered, a, b);
        for p in &mut by_power {
            p.before_km2 = round1(p.before_km2);
            p.after_km2 = round1(p.after_km2);
        }
        Report {
            scenario,
            a,
            b,
            changes: diff::diff(scenario, a, b, &areas),
            between: diff::events_between(scenario, a, b),
            areas: by_power,
            language: Language::En,
        }
    }

    /// The same report, its text and Markdown in `language` (the JSON is data, the same
    /// in every language).
    pub fn in_language(self, language: Language) -> Report<'a> {
        Report { language, ..self }
    }

    /// The JSON contract, pretty-printed, with a final newline.
    pub fn json(&self) -> String {
        let s = self.scenario;
        let doc = DiffJson {
            from: MomentJson::of(s, self.a),
            to: MomentJson::of(s, self.b),
            changes: self
                .changes
                .iter()
                .map(|c| ChangeJson {
                    region: c.id.clone(),
                    name: c.name.clone(),
                    before: c.before.as_ref().map(ControlJson::from),
                    after: c.after.as_ref().map(ControlJson::from),
                    area_km2: c.area_km2,
                    events: c.events.iter().map(|&e| EventJson::of(s, e)).collect(),
                })
                .collect(),
            area_by_power: self
                .areas
                .iter()
                .map(|p| {
                    (
                        p.power.clone(),
                        AreaJson {
                            before_km2: p.before_km2,
                            after_km2: p.after_km2,
                        },
                    )
                })
                .collect(),
        };
        // Plain structs and maps with string keys always serialise.
        let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
        out.push('\n');
        out
    }

    /// Plain text for an article: a heading line, one line per changed region with the
    /// events that changed it, and the area each power held at both moments.
    ///
    /// ```text
    /// From 31 December 1909 (latest event: …) to 31 December 1912 (latest event: …):
    ///   Eastern Inner Mongolia (56,675 km²): none → Empire of Japan, sphere of influence — Third Russo-Japanese Agreement, 8 July 1912
    /// Area held: Empire of Japan 223,237 → 543,650 km² (+320,413); …
    /// ```
    pub fn text(&self) -> String {
        let (s, language) = (self.scenario, self.language);
        let mut out = say(
            language,
            &m::REPORT_FROM_TO,
            [
                &moment_words(language, s, self.a),
                &moment_words(language, s, self.b),
            ],
        );
        out.push('\n');
        if self.changes.is_empty() {
            out.push_str(&format!("  {}\n", say(language, &m::REPORT_NO_CHANGES, [])));
        }
        for c in &self.changes {
            let events: Vec<String> = c
                .events
                .iter()
                .map(|&e| {
                    let e = &s.events[e];
                    say(
                        language,
                        &m::REPORT_EVENT,
                        [&e.title, &e.date.long_in(language)],
                    )
                })
                .collect();
            let change = change_of(
                language,
                &name_with_area(language, &c.name, c.area_km2),
                &control_words(language, s, c.before.as_ref(), self.a.date, &c.name),
                &control_words(language, s, c.after.as_ref(), self.b.date, &c.name),
            );
            let line = if events.is_empty() {
                change
            } else {
                say(
                    language,
                    &m::REPORT_CHANGE_EVENTS,
                    [&change, &parts(language, &events)],
                )
            };
            out.push_str(&format!("  {line}\n"));
        }
        let held: Vec<String> = self
            .areas
            .iter()
            .filter(|p| p.before_km2 != 0.0 || p.after_km2 != 0.0)
            .map(|p| {
                let after = area(language, p.after_km2);
                let held = if unchanged(p) {
                    say(language, &m::REPORT_AREA_UNCHANGED, [&after])
                } else {
                    let before = number(language, p.before_km2);
                    match signed_difference(language, p) {
                        Some(d) => say(language, &m::REPORT_AREA_CHANGED_BY, [&before, &after, &d]),
                        None => say(language, &m::REPORT_AREA_CHANGED, [&before, &after]),
                    }
                };
                say(
                    language,
                    &m::REPORT_POWER_AREA,
                    [&self.power_names(&p.power), &held],
                )
            })
            .collect();
        if !held.is_empty() {
            out.push_str(&say(
                language,
                &m::REPORT_AREA_HELD,
                [&parts(language, &held)],
            ));
            out.push('\n');
        }
        out
    }

    /// Markdown: a bold heading, a table (Region | Before | After | Area (km²) | Events)
    /// with the events linked to their sources, and a paragraph that sums it up.
    pub fn markdown(&self) -> String {
        let (s, language) = (self.scenario, self.language);
        let (from, to) = (
            moment_words(language, s, self.a),
            moment_words(language, s, self.b),
        );
        let heading = say(
            language,
            &m::REPORT_MD_HEADING,
            [&markdown::escape(&from), &markdown::escape(&to)],
        );
        let mut out = format!("**{heading}**\n\n");
        if !self.changes.is_empty() {
            let columns = [
                &m::COLUMN_REGION,
                &m::COLUMN_BEFORE,
                &m::COLUMN_AFTER,
                &m::COLUMN_AREA,
                &m::COLUMN_EVENTS,
            ]
            .map(|c| markdown::escape(&say(language, c, [])));
            out.push_str(&format!("| {} |\n", columns.join(" | ")));
            out.push_str("| --- | --- | --- | ---: | --- |\n");
            for c in &self.changes {
                let events: Vec<String> = c
                    .events
                    .iter()
                    .map(|&e| {
                        let e = &s.events[e];
                        let title = markdown::escape(&e.title);
                        let linked = markdown::link(&title, &e.source).unwrap_or(title);
                        event_dated(language, &linked, e.date)
                    })
                    .collect();
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    markdown::escape(&c.name),
                    markdown::escape(&control_words(
                        language,
                        s,
                        c.before.as_ref(),
                        self.a.date,
                        &c.name
                    )),
                    markdown::escape(&control_words(
                        language,
                        s,
                        c.after.as_ref(),
                        self.b.date,
                        &c.name
                    )),
                    number(language, c.area_km2),
                    parts(language, &events)
                ));
            }
            out.push('\n');
        }
        out.push_str(&markdown::escape(&self.summary()));
        out.push('\n');
        out
    }

    /// A short paragraph: per power, what it gained, lost and changed, and its area.
    fn summary(&self) -> String {
        let (s, language) = (self.scenario, self.language);
        let (a_date, b_date) = (self.a.date.long_in(language), self.b.date.long_in(language));
        if self.changes.is_empty() {
            let none = say(language, &m::SUMMARY_NONE, [&a_date, &b_date]);
            return sentences(language, &[none]);
        }
        let name_at = |id: &str, state: &State| s.power_name(id, state.date).to_string();
        let mut text = vec![say(
            language,
            &m::SUMMARY_INTRO,
            [&a_date, &b_date, &self.changes.len()],
        )];
        for p in &self.areas {
            let power = |c: &Option<Control>| c.as_ref().map(|c| c.power.clone());
            let mine = Some(p.power.clone());
            let mut gained = Vec::new();
            let mut lost = Vec::new();
            let mut changed = Vec::new();
            for c in &self.changes {
                let (before, after) = (power(&c.before), power(&c.after));
                if after == mine && before != mine {
                    gained.push(match &before {
                        Some(q) => with_gloss(
                            language,
                            &c.name,
                            &say(language, &m::GLOSS_FROM, [&name_at(q, self.a)]),
                        ),
                        None => c.name.clone(),
                    });
                } else if before == mine && after != mine {
                    lost.push(match &after {
                        Some(q) => with_gloss(
                            language,
                            &c.name,
                            &say(language, &m::GLOSS_TO, [&name_at(q, self.b)]),
                        ),
                        None => c.name.clone(),
                    });
                } else if before == mine && c.kind != ChangeKind::Gained {
                    changed.push(with_gloss(
                        language,
                        &c.name,
                        &format!(
                            "{} → {}",
                            status_words(language, s, c.before.as_ref(), &c.name),
                            status_words(language, s, c.after.as_ref(), &c.name)
                        ),
                    ));
                }
            }
            let mut clauses = Vec::new();
            for (regions, message) in [
                (gained, &m::SUMMARY_GAINED),
                (lost, &m::SUMMARY_LOST),
                (changed, &m::SUMMARY_CHANGED),
            ] {
                if !regions.is_empty() {
                    clauses.push(say(language, message, [&join(language, &regions)]));
                }
            }
            if clauses.is_empty() {
                continue;
            }
            let area = if unchanged(p) {
                say(
                    language,
                    &m::SUMMARY_AREA_UNCHANGED,
                    [&area(language, p.after_km2)],
                )
            } else {
                say(
                    language,
                    &m::SUMMARY_AREA_WENT,
                    [
                        &number(language, p.before_km2),
                        &area(language, p.after_km2),
                    ],
                )
            };
            text.push(say(
                language,
                &m::SUMMARY_POWER,
                [
                    &self.power_names(&p.power),
                    &parts(language, &clauses),
                    &area,
                ],
            ));
        }
        sentences(language, &text)
    }

    /// A power's name at both moments, "Russian Empire / Soviet Union" when it changed.
    fn power_names(&self, id: &str) -> String {
        match self.scenario.power(id) {
            Some(p) => {
                let (x, y) = (p.name_at(self.a.date), p.name_at(self.b.date));
                if x == y {
                    x.to_string()
                } else {
                    format!("{x} / {y}")
                }
            }
            None => id.to_string(),
        }
    }
}

/// "Korea (219,815 km²)"; a name with its own gloss gets "Jehol (Rehe; 194,348 km²)".
fn name_with_area(language: Language, name: &str, km2: f64) -> String {
    with_gloss(language, name, &area(language, km2))
}

/// Whether a power's area reads the same at both moments, as the reports round it.
fn unchanged(p: &PowerArea) -> bool {
    thousands(p.before_km2) == thousands(p.after_km2)
}

/// The difference in a power's area, signed ("+320,413", "−1,200"), unless it rounds to
/// nothing.
fn signed_difference(language: Language, p: &PowerArea) -> Option<String> {
    let d = p.after_km2 - p.before_km2;
    if d.round() == 0.0 {
        None
    } else if d > 0.0 {
        Some(format!("+{}", number(language, d)))
    } else {
        Some(format!("−{}", number(language, -d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Moment, resolve, tests::scenario};

    #[test]
    fn text_lists_changes_and_areas() {
        let s = scenario();
        let a = resolve(&s, &Moment::Year(1900)).unwrap();
        let b = resolve(&s, &Moment::Year(1902)).unwrap();
        let r = Report::new(&s, &a, &b);
        let text = r.text();
        assert!(
            text.starts_with("From 31 December 1900 (before the first event of the timeline) to 31 December 1902 (latest event: early, 1 June 1901):\n"),
            "{text}"
        );
        assert!(
            text.contains("  X (0 km²): none → A, sphere — early, 1 June 1901\n"),
            "{text}"
        );
        let same = Report::new(&s, &a, &a);
        assert!(same.text().contains("No changes."));
        assert!(same.markdown().contains("No region changed"));
        assert!(!same.markdown().contains('|'));
    }

    #[test]
    fn markdown_has_a_table_and_a_summary() {
        let s = scenario();
        let a = resolve(&s, &Moment::Year(1902)).unwrap();
        let b = resolve(&s, &Moment::Year(1906)).unwrap();
        let md = Report::new(&s, &a, &b).markdown();
        assert!(md.contains("| Region | Before | After | Area (km²) | Events |"));
        assert!(
            md.contains(
                "| X | A, sphere | none | 0 | [late](https://example.org) (1 January 1905) |"
            ),
            "{md}"
        );
        assert!(md.contains("A lost X"), "{md}");
        assert!(md.contains("B gained Y"), "{md}");
    }

    #[test]
    fn the_report_is_written_in_its_language() {
        let s = scenario();
        let a = resolve(&s, &Moment::Year(1902)).unwrap();
        let b = resolve(&s, &Moment::Year(1906)).unwrap();
        let r = Report::new(&s, &a, &b).in_language(Language::Ru);
        let text = r.text();
        assert!(
            text.starts_with(
                "С 31 декабря 1902 г. (последнее событие: early, 1 июня 1901 г.) по 31 декабря 1906 г. (последнее событие: late, 1 января 1905 г.):\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  X (0 км²): A, sphere → нет — late, 1 января 1905 г.\n"),
            "{text}"
        );
        let md = r.markdown();
        assert!(
            md.contains("| Регион | До | После | Площадь (км²) | События |"),
            "{md}"
        );
        assert!(md.contains("изменились 2 региона."), "{md}");
        assert!(md.contains("A: утрачено — X"), "{md}");
        let ja = Report::new(&s, &a, &b).in_language(Language::Ja).markdown();
        assert!(
            ja.contains("| 地域 | 変化前 | 変化後 | 面積（km²） | 出来事 |"),
            "{ja}"
        );
        assert!(ja.contains("Aは"), "{ja}");
        assert!(ja.trim_end().ends_with('。'), "{ja}");
        let same = Report::new(&s, &a, &a).in_language(Language::Zh);
        assert!(same.text().contains("  无变化。\n"), "{}", same.text());
        // The JSON is data: the same in every language.
        assert_eq!(r.json(), Report::new(&s, &a, &b).json());
    }

    #[test]
    fn json_follows_the_contract() {
        let s = scenario();
        let a = resolve(&s, &Moment::Year(1900)).unwrap();
        let b = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        let v: serde_json::Value = serde_json::from_str(&Report::new(&s, &a, &b).json()).unwrap();
        assert_eq!(v["from"]["event"], serde_json::Value::Null);
        assert_eq!(v["to"]["query"], "tie-1");
        assert_eq!(v["to"]["event"], "tie-1");
        assert_eq!(v["changes"][1]["region"], "y");
        assert_eq!(v["changes"][1]["before"], serde_json::Value::Null);
        assert_eq!(
            v["changes"][1]["after"],
            serde_json::json!({"power": "a", "status": "s"})
        );
        assert_eq!(v["changes"][1]["events"][0]["id"], "tie-1");
        let keys: Vec<&String> = v["area_by_power"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["a", "b"]);
    }

    #[test]
    fn an_area_the_same_after_rounding_is_unchanged_not_gone_from_a_to_itself() {
        // From 1909 to 1910 Japan annexed Korea: a change of status, not of area.
        let s = crate::load::built_in().unwrap();
        for y in s.start..s.end {
            let a = resolve(&s, &Moment::Year(y)).unwrap();
            let b = resolve(&s, &Moment::Year(y + 1)).unwrap();
            let r = Report::new(&s, &a, &b);
            let (text, md) = (r.text(), r.markdown());
            for p in &r.areas {
                let same = format!(
                    "{} → {} km²",
                    thousands(p.before_km2),
                    thousands(p.before_km2)
                );
                let went = format!(
                    "from {} to {} km²",
                    thousands(p.before_km2),
                    thousands(p.before_km2)
                );
                assert!(!text.contains(&same), "{y}: {text}");
                assert!(!md.contains(&went), "{y}: {md}");
            }
        }
        let a = resolve(&s, &Moment::Year(1909)).unwrap();
        let b = resolve(&s, &Moment::Year(1910)).unwrap();
        let r = Report::new(&s, &a, &b);
        assert!(
            r.markdown()
                .contains("the area it held was unchanged at 533,877 km²"),
            "{}",
            r.markdown()
        );
        assert!(
            r.text()
                .contains("Empire of Japan unchanged at 533,877 km²"),
            "{}",
            r.text()
        );
    }

    #[test]
    fn glossed_names_keep_one_pair_of_brackets() {
        let en = Language::En;
        assert_eq!(
            name_with_area(en, "Jehol (Rehe)", 194_348.2),
            "Jehol (Rehe; 194,348 km²)"
        );
        assert_eq!(
            name_with_area(en, "Korea", 219_815.0),
            "Korea (219,815 km²)"
        );
        assert_eq!(
            name_with_area(Language::Ja, "熱河（承徳）", 194_348.2),
            "熱河（承徳、194,348 km²）"
        );
    }
}
