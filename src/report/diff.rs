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
use crate::model::{Control, Scenario};
use crate::timeline::State;
use crate::words::{control_words, join, moment_words, status_words, with_gloss};

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
        }
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
        let s = self.scenario;
        let mut out = format!(
            "From {} to {}:\n",
            moment_words(Language::En, s, self.a),
            moment_words(Language::En, s, self.b)
        );
        if self.changes.is_empty() {
            out.push_str("  No changes.\n");
        }
        for c in &self.changes {
            let events: Vec<String> = c
                .events
                .iter()
                .map(|&e| {
                    let e = &s.events[e];
                    format!("{}, {}", e.title, e.date.long())
                })
                .collect();
            out.push_str(&format!(
                "  {}: {} → {}",
                name_with_area(&c.name, c.area_km2),
                control_words(Language::En, s, c.before.as_ref(), self.a.date, &c.name),
                control_words(Language::En, s, c.after.as_ref(), self.b.date, &c.name),
            ));
            if !events.is_empty() {
                out.push_str(&format!(" — {}", events.join("; ")));
            }
            out.push('\n');
        }
        let held: Vec<String> = self
            .areas
            .iter()
            .filter(|p| p.before_km2 != 0.0 || p.after_km2 != 0.0)
            .map(|p| {
                let area = if unchanged(p) {
                    format!("unchanged at {} km²", thousands(p.after_km2))
                } else {
                    format!(
                        "{} → {} km²{}",
                        thousands(p.before_km2),
                        thousands(p.after_km2),
                        signed_difference(p)
                    )
                };
                format!("{} {area}", self.power_names(&p.power))
            })
            .collect();
        if !held.is_empty() {
            out.push_str(&format!("Area held: {}.\n", held.join("; ")));
        }
        out
    }

    /// Markdown: a bold heading, a table (Region | Before | After | Area (km²) | Events)
    /// with the events linked to their sources, and a paragraph that sums it up.
    pub fn markdown(&self) -> String {
        let s = self.scenario;
        let (from, to) = (
            moment_words(Language::En, s, self.a),
            moment_words(Language::En, s, self.b),
        );
        let mut out = format!(
            "**Changes from {} to {}**\n\n",
            markdown::escape(&from),
            markdown::escape(&to)
        );
        if !self.changes.is_empty() {
            out.push_str("| Region | Before | After | Area (km²) | Events |\n");
            out.push_str("| --- | --- | --- | ---: | --- |\n");
            for c in &self.changes {
                let events: Vec<String> = c
                    .events
                    .iter()
                    .map(|&e| {
                        let e = &s.events[e];
                        let title = markdown::escape(&e.title);
                        let linked = markdown::link(&title, &e.source).unwrap_or(title);
                        format!("{linked} ({})", e.date.long())
                    })
                    .collect();
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    markdown::escape(&c.name),
                    markdown::escape(&control_words(
                        Language::En,
                        s,
                        c.before.as_ref(),
                        self.a.date,
                        &c.name
                    )),
                    markdown::escape(&control_words(
                        Language::En,
                        s,
                        c.after.as_ref(),
                        self.b.date,
                        &c.name
                    )),
                    thousands(c.area_km2),
                    events.join("; ")
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
        let s = self.scenario;
        let (a_date, b_date) = (self.a.date.long(), self.b.date.long());
        if self.changes.is_empty() {
            return format!("No region changed between {a_date} and {b_date}.");
        }
        let name_at = |id: &str, state: &State| s.power_name(id, state.date).to_string();
        let n = self.changes.len();
        let mut sentences = vec![format!(
            "Between {a_date} and {b_date}, {n} region{} changed",
            if n == 1 { "" } else { "s" }
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
                            Language::En,
                            &c.name,
                            &format!("from {}", name_at(q, self.a)),
                        ),
                        None => c.name.clone(),
                    });
                } else if before == mine && after != mine {
                    lost.push(match &after {
                        Some(q) => {
                            with_gloss(Language::En, &c.name, &format!("to {}", name_at(q, self.b)))
                        }
                        None => c.name.clone(),
                    });
                } else if before == mine && c.kind != ChangeKind::Gained {
                    changed.push(with_gloss(
                        Language::En,
                        &c.name,
                        &format!(
                            "{} → {}",
                            status_words(Language::En, s, c.before.as_ref(), &c.name),
                            status_words(Language::En, s, c.after.as_ref(), &c.name)
                        ),
                    ));
                }
            }
            let mut clauses = Vec::new();
            if !gained.is_empty() {
                clauses.push(format!("gained {}", join(Language::En, &gained)));
            }
            if !lost.is_empty() {
                clauses.push(format!("lost {}", join(Language::En, &lost)));
            }
            if !changed.is_empty() {
                clauses.push(format!(
                    "changed the status of {}",
                    join(Language::En, &changed)
                ));
            }
            if clauses.is_empty() {
                continue;
            }
            let area = if unchanged(p) {
                format!(
                    "the area it held was unchanged at {} km²",
                    thousands(p.after_km2)
                )
            } else {
                format!(
                    "the area it held went from {} to {} km²",
                    thousands(p.before_km2),
                    thousands(p.after_km2)
                )
            };
            sentences.push(format!(
                "{} {}; {area}",
                self.power_names(&p.power),
                clauses.join("; "),
            ));
        }
        format!("{}.", sentences.join(". "))
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
fn name_with_area(name: &str, km2: f64) -> String {
    with_gloss(Language::En, name, &format!("{} km²", thousands(km2)))
}

/// Whether a power's area reads the same at both moments, as the reports round it.
fn unchanged(p: &PowerArea) -> bool {
    thousands(p.before_km2) == thousands(p.after_km2)
}

fn signed_difference(p: &PowerArea) -> String {
    let d = p.after_km2 - p.before_km2;
    if d.round() == 0.0 {
        String::new()
    } else if d > 0.0 {
        format!(" (+{})", thousands(d))
    } else {
        format!(" (−{})", thousands(-d))
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
        assert_eq!(
            name_with_area("Jehol (Rehe)", 194_348.2),
            "Jehol (Rehe; 194,348 km²)"
        );
        assert_eq!(name_with_area("Korea", 219_815.0), "Korea (219,815 km²)");
    }
}
