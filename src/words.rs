//! Prose shared by the maps' alt text and captions, the reports and the gallery: lists,
//! names, moments, controls and changes in words. One place, so that a map and the
//! report beside it say the same thing the same way.

use crate::diff::{Change, ChangeKind};
use crate::model::{Control, Date, Scenario};
use crate::timeline::{Moment, State};

/// Joins words as English prose: "A", "A and B", "A, B and C".
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A title inside a sentence: "The spheres…" becomes "the spheres…"; "Japanese and
/// Russian spheres…" stays.
pub fn lower_first(title: &str) -> String {
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

/// A region's name without its parenthetical gloss: "Jehol (Rehe)" → "Jehol".
pub fn short_name(name: &str) -> &str {
    match gloss_start(name) {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

/// Where a name's gloss in brackets starts: at " (", or at the full-width bracket "（"
/// that Chinese and Japanese names open theirs with, unspaced ("関東州（租借地）").
fn gloss_start(name: &str) -> Option<usize> {
    match (name.find(" ("), name.find('（')) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether a period name only repeats the region's name: "Karafuto" for "Karafuto (South
/// Sakhalin)".
pub fn names_itself(region: &str, label: &str) -> bool {
    region == label
        || region
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(" (") || rest.starts_with('（'))
}

/// A name with a gloss in brackets, merged into the name's own brackets if it has some:
/// "Korea (as Chōsen)", "Tannu Uriankhai (Tuva; as Uryankhay Krai)".
pub fn with_gloss(name: &str, gloss: &str) -> String {
    match name.strip_suffix(')') {
        Some(head) if head.contains(" (") => format!("{head}; {gloss})"),
        _ => format!("{name} ({gloss})"),
    }
}

/// A moment in a report: its date and the event it reflects, e.g.
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

/// A moment as a title names it: the year, the date, or the event's title.
pub fn moment_name(scenario: &Scenario, state: &State) -> String {
    match &state.moment {
        Moment::Year(y) => y.to_string(),
        Moment::Date(d) => d.long(),
        Moment::Event(_) => state
            .last(scenario)
            .map_or_else(|| state.moment.to_string(), |e| e.title.clone()),
    }
}

/// A moment as a date, with the event's title for an event: "31 December 1909", or
/// "8 July 1912 (Third Russo-Japanese Agreement)".
pub fn moment_date(scenario: &Scenario, state: &State) -> String {
    match (&state.moment, state.last(scenario)) {
        (Moment::Event(_), Some(e)) => format!("{} ({})", state.date.long(), e.title),
        _ => state.date.long(),
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
    let power = scenario.power_name(&c.power, date);
    match &c.label {
        Some(l) if !names_itself(region, l) => {
            format!("{power}, {} (as {l})", status_label(scenario, c))
        }
        _ => format!("{power}, {}", status_label(scenario, c)),
    }
}

/// A control's status as its label says it ("sphere of influence"); the status id when
/// the scenario does not know it.
pub fn status_label<'s>(scenario: &'s Scenario, control: &'s Control) -> &'s str {
    scenario.status_label(&control.status)
}

/// The status part of a control of the region named `region`: "annexed territory, as
/// Chōsen", or "none".
pub fn status_words(scenario: &Scenario, control: Option<&Control>, region: &str) -> String {
    let Some(c) = control else {
        return "none".into();
    };
    let status = status_label(scenario, c);
    match &c.label {
        Some(l) if !names_itself(region, l) => format!("{status}, as {l}"),
        _ => status.to_string(),
    }
}

/// What became of a region, as a map's label says it: "protectorate → annexed territory",
/// or for a new period name only, "Mongolia → Mongolian People's Republic".
pub fn change_words(scenario: &Scenario, c: &Change) -> String {
    let status = |control: Option<&Control>| {
        control.map_or("none".to_string(), |c| {
            status_label(scenario, c).to_string()
        })
    };
    match (c.kind, &c.before, &c.after) {
        (ChangeKind::LabelChanged, Some(x), Some(y)) => format!(
            "{} → {}",
            x.label.as_deref().unwrap_or(short_name(&c.name)),
            y.label.as_deref().unwrap_or(short_name(&c.name))
        ),
        _ => format!(
            "{} → {}",
            status(c.before.as_ref()),
            status(c.after.as_ref())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{resolve, tests::scenario};

    #[test]
    fn joins_read_as_prose() {
        let s = |v: &[&str]| join(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["A"]), "A");
        assert_eq!(s(&["A", "B"]), "A and B");
        assert_eq!(s(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn titles_lose_only_a_leading_article_capital() {
        assert_eq!(lower_first("The spheres"), "the spheres");
        assert_eq!(lower_first("Japanese spheres"), "Japanese spheres");
    }

    #[test]
    fn names_lose_their_gloss() {
        assert_eq!(short_name("Jehol (Rehe)"), "Jehol");
        assert_eq!(short_name("Korea"), "Korea");
        assert_eq!(short_name(" (x)"), " (x)");
        assert_eq!(short_name("関東州（ロシア租借地）"), "関東州");
        assert_eq!(short_name("热河（承德）"), "热河");
        assert_eq!(short_name("（x）"), "（x）");
    }

    #[test]
    fn moments_read_as_words() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(
            moment_words(&s, &st),
            "31 December 1902 (latest event: early, 1 June 1901)"
        );
        assert_eq!(moment_name(&s, &st), "1902");
        assert_eq!(moment_date(&s, &st), "31 December 1902");
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(moment_words(&s, &st), "3 March 1903 (tie-1)");
        assert_eq!(moment_name(&s, &st), "tie-1");
        assert_eq!(moment_date(&s, &st), "3 March 1903 (tie-1)");
        let st = resolve(&s, &Moment::Year(1900)).unwrap();
        assert!(moment_words(&s, &st).contains("before the first event"));
    }

    #[test]
    fn controls_read_as_words() {
        let s = scenario();
        let d = Date::end_of_year(1900);
        let mut c = Control::new("a", "s");
        assert_eq!(control_words(&s, Some(&c), d, "X"), "A, sphere");
        assert_eq!(status_words(&s, Some(&c), "X"), "sphere");
        c.label = Some("Ay".into());
        assert_eq!(control_words(&s, Some(&c), d, "X"), "A, sphere (as Ay)");
        assert_eq!(status_words(&s, Some(&c), "X"), "sphere, as Ay");
        assert_eq!(control_words(&s, Some(&c), d, "Ay"), "A, sphere");
        assert_eq!(control_words(&s, None, d, "X"), "none");
        assert_eq!(status_words(&s, None, "X"), "none");
        assert!(names_itself("Karafuto (South Sakhalin)", "Karafuto"));
        assert!(!names_itself("Korea", "Chōsen"));
        assert!(names_itself("樺太（南サハリン）", "樺太"));
        assert!(!names_itself("樺太庁", "樺太"));
        assert_eq!(with_gloss("Korea", "as Chōsen"), "Korea (as Chōsen)");
        assert_eq!(
            with_gloss("Tannu Uriankhai (Tuva)", "as Uryankhay Krai"),
            "Tannu Uriankhai (Tuva; as Uryankhay Krai)"
        );
    }
}
