//! Prose shared by the maps' alt text and captions, the reports and the gallery: lists,
//! names, moments, controls and changes in words, in the language asked for. One place,
//! so that a map and the report beside it say the same thing the same way.
//!
//! The words are the message files' (`crate::messages`); what is here is how they are put
//! together: how a list is joined, where a gloss goes, which sentence says which moment.

use crate::diff::{Change, ChangeKind};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::{Control, Date, Scenario};
use crate::timeline::{Moment, State};

/// Joins words as the language lists them: "A, B and C" in English, "A、B、C" in
/// Japanese, "A、B和C" in Chinese, "A, B, C" in Korean, "A, B и C" in Russian.
pub fn join(language: Language, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let init = init.join(&say(language, &m::LIST_SEPARATOR, []));
            say(language, &m::LIST_LAST, [&init, last])
        }
    }
}

/// Parts of a list that have commas of their own, one after the other: "A: x, y; B: z".
pub fn parts(language: Language, parts: &[String]) -> String {
    parts.join(&say(language, &m::PARTS_SEPARATOR, []))
}

/// Sentences one after the other, each with its full stop: "A. B." in English, "A。B。"
/// in Japanese and Chinese. A sentence that ends with the full stop already (one that
/// ends with an abbreviation, like a Russian date's "г.") gets no second one.
pub fn sentences(language: Language, sentences: &[String]) -> String {
    let stop = say(language, &m::SENTENCE, [&""]);
    let ended: Vec<String> = sentences
        .iter()
        .map(|s| {
            if !stop.is_empty() && s.ends_with(&stop) {
                s.clone()
            } else {
                say(language, &m::SENTENCE, [s])
            }
        })
        .collect();
    ended.join(&say(language, &m::SENTENCE_SEPARATOR, []))
}

/// A year said alone: "1912", "1912年", "1912년", "1912 г.".
pub fn year(language: Language, year: i32) -> String {
    say(language, &m::YEAR, [&year])
}

/// A whole number with its groups of digits separated as the language does: "1,000",
/// "1 000" (with a no-break space) in Russian.
pub fn number(language: Language, v: f64) -> String {
    let grouped = crate::measure::thousands(v);
    match say(language, &m::GROUP_SEPARATOR, []) {
        sep if sep == "," => grouped,
        sep => grouped.replace(',', &sep),
    }
}

/// A number written with a decimal point ("44.5") with the language's decimal mark.
pub fn decimal(language: Language, text: &str) -> String {
    match say(language, &m::DECIMAL_MARK, []) {
        mark if mark == "." => text.to_string(),
        mark => text.replace('.', &mark),
    }
}

/// An area in km², its number grouped: "1,000 km²", "1 000 км²".
pub fn area(language: Language, km2: f64) -> String {
    say(language, &m::AREA, [&number(language, km2)])
}

/// A title inside a sentence: in English, "The spheres…" becomes "the spheres…" and
/// "Japanese and Russian spheres…" stays; the other languages have no articles to lower.
pub fn lower_first(language: Language, title: &str) -> String {
    if language != Language::En {
        return title.to_string();
    }
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

/// The gloss of a name, split off: "Jehol (Rehe)" → ("Jehol", "Rehe"), and with
/// full-width brackets "熱河（承徳）" → ("熱河", "承徳").
fn split_gloss(name: &str) -> Option<(&str, &str)> {
    [(" (", ')'), ("（", '）')]
        .into_iter()
        .find_map(|(open, close)| {
            let head_end = name.find(open).filter(|&i| i > 0)?;
            let inner = name.strip_suffix(close)?.get(head_end + open.len()..)?;
            Some((&name[..head_end], inner))
        })
}

/// A region's name without its bracketed gloss: "Jehol (Rehe)" → "Jehol", "熱河（承徳）"
/// → "熱河".
pub fn short_name(name: &str) -> &str {
    [" (", "（"]
        .into_iter()
        .filter_map(|open| name.find(open).filter(|&i| i > 0))
        .min()
        .map_or(name, |i| &name[..i])
}

/// Whether a period name only repeats the region's name: "Karafuto" for "Karafuto (South
/// Sakhalin)".
pub fn names_itself(region: &str, label: &str) -> bool {
    region == label
        || region
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(" (") || rest.starts_with('（'))
}

/// A name with a gloss in the language's brackets: "Korea (as Chōsen)", "朝鮮（…）".
pub fn bracket(language: Language, name: &str, gloss: &str) -> String {
    say(language, &m::BRACKET, [&name, &gloss])
}

/// A name with a gloss in brackets, merged into the name's own brackets if it has some:
/// "Korea (as Chōsen)", "Tannu Uriankhai (Tuva; as Uryankhay Krai)".
pub fn with_gloss(language: Language, name: &str, gloss: &str) -> String {
    match split_gloss(name) {
        Some((head, own)) => {
            let both = say(language, &m::GLOSS_MORE, [&own, &gloss]);
            bracket(language, head, &both)
        }
        None => bracket(language, name, gloss),
    }
}

/// A period name as a gloss: "as Chōsen".
pub fn gloss_as(language: Language, name: &str) -> String {
    say(language, &m::GLOSS_AS, [&name])
}

/// A moment in a report: its date and the event it reflects, e.g.
/// "31 December 1912 (latest event: Third Russo-Japanese Agreement, 8 July 1912)".
pub fn moment_words(language: Language, scenario: &Scenario, state: &State) -> String {
    let date = state.date.long_in(language);
    match (state.last(scenario), &state.moment) {
        (Some(e), Moment::Event(_)) => say(language, &m::MOMENT_EVENT, [&date, &e.title]),
        (Some(e), _) if e.date == state.date => say(language, &m::MOMENT_EVENT, [&date, &e.title]),
        (Some(e), _) => say(
            language,
            &m::MOMENT_LATEST,
            [&date, &e.title, &e.date.long_in(language)],
        ),
        (None, _) => say(language, &m::MOMENT_BEFORE, [&date]),
    }
}

/// A moment as a title names it: the year, the date, or the event's title.
pub fn moment_name(language: Language, scenario: &Scenario, state: &State) -> String {
    match &state.moment {
        Moment::Year(y) => year(language, *y),
        Moment::Date(d) => d.long_in(language),
        Moment::Event(_) => state
            .last(scenario)
            .map_or_else(|| state.moment.to_string(), |e| e.title.clone()),
    }
}

/// A moment as a date, with the event's title for an event: "31 December 1909", or
/// "8 July 1912 (Third Russo-Japanese Agreement)".
pub fn moment_date(language: Language, scenario: &Scenario, state: &State) -> String {
    let date = state.date.long_in(language);
    match (&state.moment, state.last(scenario)) {
        (Moment::Event(_), Some(e)) => say(language, &m::MOMENT_EVENT, [&date, &e.title]),
        _ => date,
    }
}

/// An event and its date: "Third Russo-Japanese Agreement (8 July 1912)".
pub fn event_dated(language: Language, title: &str, date: Date) -> String {
    say(language, &m::EVENT_DATED, [&title, &date.long_in(language)])
}

/// A date and the event of that day: "8 July 1912 — Third Russo-Japanese Agreement".
pub fn dated_event(language: Language, date: Date, title: &str) -> String {
    say(language, &m::DATED_EVENT, [&date.long_in(language), &title])
}

/// A control of the region named `region` in words, with the power's name as of `date`:
/// "Empire of Japan, annexed territory (as Chōsen)", or "none". A period name that is the
/// region's own name is not repeated.
pub fn control_words(
    language: Language,
    scenario: &Scenario,
    control: Option<&Control>,
    date: Date,
    region: &str,
) -> String {
    let Some(c) = control else {
        return say(language, &m::NONE, []);
    };
    let power = scenario.power_name(&c.power, date);
    let words = say(language, &m::CONTROL, [&power, &status_label(scenario, c)]);
    match &c.label {
        Some(l) if !names_itself(region, l) => bracket(language, &words, &gloss_as(language, l)),
        _ => words,
    }
}

/// A control's status as its label says it ("sphere of influence"); the status id when
/// the scenario does not know it.
pub fn status_label<'s>(scenario: &'s Scenario, control: &'s Control) -> &'s str {
    scenario.status_label(&control.status)
}

/// The status part of a control of the region named `region`: "annexed territory, as
/// Chōsen", or "none".
pub fn status_words(
    language: Language,
    scenario: &Scenario,
    control: Option<&Control>,
    region: &str,
) -> String {
    let Some(c) = control else {
        return say(language, &m::NONE, []);
    };
    let status = status_label(scenario, c);
    match &c.label {
        Some(l) if !names_itself(region, l) => say(language, &m::STATUS_AS, [&status, l]),
        _ => status.to_string(),
    }
}

/// A region and what became of it: "Korea: protectorate → annexed territory".
pub fn change_of(language: Language, region: &str, before: &str, after: &str) -> String {
    say(language, &m::CHANGE_OF, [&region, &before, &after])
}

/// What became of a region, as a map's label says it: "protectorate → annexed territory",
/// or for a new period name only, "Mongolia → Mongolian People's Republic".
pub fn change_words(language: Language, scenario: &Scenario, c: &Change) -> String {
    let status = |control: Option<&Control>| {
        control.map_or_else(
            || say(language, &m::NONE, []),
            |c| status_label(scenario, c).to_string(),
        )
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

    const EN: Language = Language::En;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn joins_read_as_prose() {
        let s = |v: &[&str]| join(EN, &strings(v));
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["A"]), "A");
        assert_eq!(s(&["A", "B"]), "A and B");
        assert_eq!(s(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn each_language_lists_in_its_own_way() {
        let three = strings(&["A", "B", "C"]);
        let two = strings(&["A", "B"]);
        for (language, want_three, want_two) in [
            (Language::Ja, "A、B、C", "A、B"),
            (Language::Zh, "A、B和C", "A和B"),
            (Language::Ko, "A, B, C", "A, B"),
            (Language::Ru, "A, B и C", "A и B"),
        ] {
            assert_eq!(join(language, &three), want_three, "{language}");
            assert_eq!(join(language, &two), want_two, "{language}");
        }
    }

    #[test]
    fn sentences_end_once() {
        let s = strings(&["A", "B"]);
        assert_eq!(sentences(EN, &s), "A. B.");
        assert_eq!(sentences(Language::Ja, &s), "A。B。");
        assert_eq!(sentences(Language::Zh, &s), "A。B。");
        assert_eq!(
            sentences(Language::Ru, &strings(&["На 31 декабря 1912 г.", "Б"])),
            "На 31 декабря 1912 г. Б."
        );
    }

    #[test]
    fn years_and_numbers_are_written_as_the_language_writes_them() {
        assert_eq!(year(EN, 1912), "1912");
        assert_eq!(year(Language::Ja, 1912), "1912年");
        assert_eq!(year(Language::Zh, 1912), "1912年");
        assert_eq!(year(Language::Ko, 1912), "1912년");
        assert_eq!(year(Language::Ru, 1912), "1912 г.");
        assert_eq!(number(EN, 1_564_116.4), "1,564,116");
        assert_eq!(number(Language::Ja, 1_564_116.4), "1,564,116");
        assert_eq!(number(Language::Ru, 1_564_116.4), "1\u{a0}564\u{a0}116");
        assert_eq!(area(Language::Ru, 3462.0), "3\u{a0}462 км²");
        assert_eq!(decimal(Language::Ru, "44.5"), "44,5");
        assert_eq!(decimal(EN, "44.5"), "44.5");
    }

    #[test]
    fn titles_lose_only_a_leading_english_article_capital() {
        assert_eq!(lower_first(EN, "The spheres"), "the spheres");
        assert_eq!(lower_first(EN, "An atlas"), "an atlas");
        assert_eq!(lower_first(EN, "Japanese spheres"), "Japanese spheres");
        assert_eq!(lower_first(Language::Ru, "The spheres"), "The spheres");
    }

    #[test]
    fn names_lose_their_gloss() {
        assert_eq!(short_name("Jehol (Rehe)"), "Jehol");
        assert_eq!(short_name("Korea"), "Korea");
        assert_eq!(short_name(" (x)"), " (x)");
        assert_eq!(short_name("熱河（承徳）"), "熱河");
        assert_eq!(short_name("（x）"), "（x）");
        assert!(names_itself("樺太（南サハリン）", "樺太"));
    }

    #[test]
    fn glosses_go_in_the_languages_brackets() {
        assert_eq!(
            with_gloss(Language::Ja, "朝鮮", "京城を含む"),
            "朝鮮（京城を含む）"
        );
        assert_eq!(
            with_gloss(Language::Ja, "熱河（承徳）", "X"),
            "熱河（承徳、X）"
        );
        assert_eq!(
            with_gloss(Language::Zh, "热河（承德）", "X"),
            "热河（承德；X）"
        );
        assert_eq!(with_gloss(Language::Ko, "조선", "X"), "조선(X)");
        assert_eq!(
            with_gloss(Language::Ru, "Урянхай (Тува)", "X"),
            "Урянхай (Тува; X)"
        );
    }

    #[test]
    fn moments_read_as_words() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1902)).unwrap();
        assert_eq!(
            moment_words(EN, &s, &st),
            "31 December 1902 (latest event: early, 1 June 1901)"
        );
        assert_eq!(moment_name(EN, &s, &st), "1902");
        assert_eq!(moment_date(EN, &s, &st), "31 December 1902");
        assert_eq!(
            moment_words(Language::Ja, &s, &st),
            "1902年12月31日（直近の出来事：early、1901年6月1日）"
        );
        assert_eq!(moment_name(Language::Ko, &s, &st), "1902년");
        let st = resolve(&s, &Moment::Event("tie-1".into())).unwrap();
        assert_eq!(moment_words(EN, &s, &st), "3 March 1903 (tie-1)");
        assert_eq!(moment_name(EN, &s, &st), "tie-1");
        assert_eq!(moment_date(EN, &s, &st), "3 March 1903 (tie-1)");
        assert_eq!(
            moment_date(Language::Ru, &s, &st),
            "3 марта 1903 г. (tie-1)"
        );
        let st = resolve(&s, &Moment::Year(1900)).unwrap();
        assert!(moment_words(EN, &s, &st).contains("before the first event"));
    }

    #[test]
    fn controls_read_as_words() {
        let s = scenario();
        let d = Date::end_of_year(1900);
        let mut c = Control::new("a", "s");
        assert_eq!(control_words(EN, &s, Some(&c), d, "X"), "A, sphere");
        assert_eq!(status_words(EN, &s, Some(&c), "X"), "sphere");
        c.label = Some("Ay".into());
        assert_eq!(control_words(EN, &s, Some(&c), d, "X"), "A, sphere (as Ay)");
        assert_eq!(status_words(EN, &s, Some(&c), "X"), "sphere, as Ay");
        assert_eq!(control_words(EN, &s, Some(&c), d, "Ay"), "A, sphere");
        assert_eq!(control_words(EN, &s, None, d, "X"), "none");
        assert_eq!(status_words(EN, &s, None, "X"), "none");
        assert_eq!(
            control_words(Language::Ja, &s, Some(&c), d, "X"),
            "Aのsphere（Ayとして）"
        );
        assert_eq!(control_words(Language::Zh, &s, None, d, "X"), "无");
        assert!(names_itself("Karafuto (South Sakhalin)", "Karafuto"));
        assert!(!names_itself("Korea", "Chōsen"));
        assert_eq!(with_gloss(EN, "Korea", "as Chōsen"), "Korea (as Chōsen)");
        assert_eq!(
            with_gloss(EN, "Tannu Uriankhai (Tuva)", "as Uryankhay Krai"),
            "Tannu Uriankhai (Tuva; as Uryankhay Krai)"
        );
    }
}
