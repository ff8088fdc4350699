//! Words for a map: its subtitle (the date and the event it reflects) and its alt text.

use crate::model::Scenario;
use crate::timeline::{Moment, State};

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

/// Joins names as English prose: "A", "A and B", "A, B and C".
pub(crate) fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A description of the map written from the data, for the SVG `<desc>` and alt text.
///
/// It says, for each power, which regions it holds and how, and which regions no power
/// holds, e.g. "As of 31 December 1912, Japan holds Korea (annexed territory) and …".
pub fn alt_text(scenario: &Scenario, state: &State) -> String {
    let mut sentences = Vec::new();
    for power in &scenario.powers {
        let mut parts = Vec::new();
        for status in &scenario.statuses {
            let names: Vec<String> = scenario
                .regions
                .iter()
                .zip(&state.controls)
                .filter_map(|(r, c)| {
                    let h = c.as_ref()?;
                    (h.control.power == power.id && h.control.status == status.id).then(|| match &h
                        .control
                        .label
                    {
                        Some(l) if l != &r.name => format!("{} (as {l})", r.name),
                        _ => r.name.clone(),
                    })
                })
                .collect();
            if !names.is_empty() {
                parts.push(format!(
                    "{} as {}",
                    join(&names),
                    with_article(&status.label)
                ));
            }
        }
        if !parts.is_empty() {
            sentences.push(format!(
                "{} holds {}",
                power.name_at(state.date),
                join(&parts)
            ));
        }
    }
    let free: Vec<String> = scenario
        .regions
        .iter()
        .zip(&state.controls)
        .filter(|(_, c)| c.is_none())
        .map(|(r, _)| r.name.clone())
        .collect();
    let mut text = format!(
        "Map of {} as of {}",
        scenario.title.to_lowercase_first(),
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
        if !free.is_empty() {
            text.push_str(&format!(" Not held by any of them: {}.", join(&free)));
        }
    }
    text
}

fn with_article(label: &str) -> String {
    let first = label.chars().next().unwrap_or('x').to_ascii_lowercase();
    let article = if "aeiou".contains(first) { "an" } else { "a" };
    format!("{article} {label}")
}

trait LowerFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowerFirst for String {
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
            _ => self.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{resolve, tests::scenario};

    #[test]
    fn joins_read_as_prose() {
        let s = |v: &[&str]| join(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&["A"]), "A");
        assert_eq!(s(&["A", "B"]), "A and B");
        assert_eq!(s(&["A", "B", "C"]), "A, B and C");
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
            alt_text(&s, &st),
            "Map of T as of 31 December 1904, after the tie-2 (3 March 1903). A holds X as a sphere. B holds Y as a sphere."
        );
    }
}
