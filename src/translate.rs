//! The scenario in one language: its names replaced by a translation's, English where the
//! translation has none.
//!
//! Everything after this step (the timeline, the scene, the reports) reads names from the
//! [`Scenario`] as before, so no later module chooses a name by language: grouping
//! regions by their label, choosing a name by period, joining names into prose all work
//! on the translated names unchanged. The tool's own words are the messages' business.
//!
//! ```
//! use spheres::language::Language;
//! let s = spheres::load::built_in()?;
//! let english = spheres::translate::translate(&s, Language::En);
//! assert!(english.missing.is_empty());
//! assert_eq!(english.scenario.title, s.title);
//! # Ok::<(), spheres::LoadError>(())
//! ```

use std::borrow::Cow;

use indexmap::IndexSet;

use crate::language::Language;
use crate::load::Loaded;
use crate::model::{ControlChange, Names, PeriodName, Scenario, Translation};
use crate::problem::{Place, Problem};

/// A scenario in one language, and what it had to leave in English.
#[derive(Debug, Clone)]
pub struct Translated<'s> {
    /// The scenario with its names in the language (the scenario itself for English).
    pub scenario: Cow<'s, Scenario>,
    /// Each name the translation lacks, as its key in the translation file would be
    /// written (`regions.tuva`, `events.portsmouth.title`, `labels."Chōsen"`), in the
    /// order of the scenario. Notes and signatories are not names and are not listed.
    pub missing: Vec<String>,
}

/// The scenario `s` with its names in `language`: from its translation into that
/// language ([`Scenario::translations`]), or English where the translation has no name
/// (listed in [`Translated::missing`]). English, and a language without a translation
/// file, are the scenario's own names (all listed as missing for the latter).
pub fn translate(s: &Scenario, language: Language) -> Translated<'_> {
    if language == Language::En {
        return Translated {
            scenario: Cow::Borrowed(s),
            missing: Vec::new(),
        };
    }
    let empty = Translation::empty(language);
    let t = s
        .translations
        .iter()
        .find(|t| t.language == language)
        .unwrap_or(&empty);
    let mut out = s.clone();
    let mut missing = Missing::default();
    match &t.title {
        Some(title) => (out.title, out.titles) = named(title),
        None if !s.title.is_empty() => missing.push("title".into()),
        None => {}
    }
    match &t.credit {
        Some(c) => out.credit = c.clone(),
        None if !s.credit.is_empty() => missing.push("credit".into()),
        None => {}
    }
    for p in &mut out.powers {
        match t.powers.get(&p.id) {
            Some(n) => (p.name, p.names) = named(n),
            None => missing.push(format!("powers.{}", p.id)),
        }
    }
    for st in &mut out.statuses {
        match t.statuses.get(&st.id) {
            Some(l) => st.label = l.clone(),
            None => missing.push(format!("statuses.{}", st.id)),
        }
    }
    for r in &mut out.regions {
        match t.regions.get(&r.id) {
            Some(n) => r.name = n.clone(),
            None => missing.push(format!("regions.{}", r.id)),
        }
        if let Some(whole) = &mut r.part_of {
            missing.label(t, whole);
        }
    }
    for c in &mut out.cities {
        match t.places.get(&c.id) {
            Some(n) => (c.name, c.names) = named(n),
            None => missing.push(format!("places.{}", c.id)),
        }
    }
    for r in &mut out.railways {
        match t.places.get(&r.feature) {
            Some(n) => (r.name, r.names) = named(n),
            None => missing.push(format!("places.{}", r.feature)),
        }
    }
    for e in &mut out.events {
        let words = t.events.get(&e.id);
        match words.and_then(|w| w.title.as_ref()) {
            Some(title) => e.title = title.clone(),
            None => missing.push(format!("events.{}.title", e.id)),
        }
        match (words.and_then(|w| w.place.as_ref()), &mut e.place) {
            (Some(p), place) => *place = Some(p.clone()),
            (None, Some(_)) => missing.push(format!("events.{}.place", e.id)),
            (None, None) => {}
        }
        if let Some(note) = words.and_then(|w| w.note.as_ref()) {
            e.note = Some(note.clone());
        }
        if let Some(names) = words.and_then(|w| w.signatories.as_ref()) {
            e.signatories = names.clone();
        }
        for (_, change) in &mut e.changes {
            if let ControlChange::Set(c) = change
                && let Some(label) = &mut c.label
            {
                missing.label(t, label);
            }
        }
    }
    for l in &mut out.lines {
        missing.label(t, &mut l.name);
    }
    for b in &mut out.basemap {
        if let Some(name) = &mut b.name {
            missing.label(t, name);
        }
    }
    Translated {
        scenario: Cow::Owned(out),
        missing: missing.0.into_iter().collect(),
    }
}

/// The warning for a map in `language` that draws the names `missing` (from
/// [`Translated::missing`]) in English: one line that lists them, at the translation
/// file. `None` when nothing fell back.
pub fn fallback_warning(
    loaded: &Loaded,
    language: Language,
    missing: &[String],
) -> Option<Problem> {
    if missing.is_empty() {
        return None;
    }
    let file = loaded.translation_file(language);
    let has_file = loaded
        .scenario
        .translations
        .iter()
        .any(|t| t.language == language);
    let name = language.english_name();
    Some(if has_file {
        let n = missing.len();
        let names = if n == 1 { "name has" } else { "names have" };
        Problem::warning(
            file,
            Place::File,
            format!(
                "{n} {names} no {name} translation and {} drawn in English: {}",
                if n == 1 { "is" } else { "are" },
                missing.join(", ")
            ),
        )
        .hint(format!(
            "add them to {}: docs/scenario.md#langcodetoml-translations",
            crate::load::translation_file(language)
        ))
    } else {
        Problem::warning(
            file,
            Place::File,
            format!("the scenario has no {name} translation: its names are drawn in English"),
        )
        .hint(format!(
            "write {} beside scenario.toml: docs/scenario.md#langcodetoml-translations",
            crate::load::translation_file(language)
        ))
    })
}

/// For each translation file of the scenario, the names it lacks, as a warning
/// (`spheres validate` gives them, so that `--strict` holds translations to completeness).
pub fn incomplete(loaded: &Loaded) -> Vec<Problem> {
    loaded
        .scenario
        .translations
        .iter()
        .filter_map(|t| {
            let missing = translate(&loaded.scenario, t.language).missing;
            fallback_warning(loaded, t.language, &missing)
        })
        .collect()
}

/// A translated name and its periods, as the model keeps them: no periods when the
/// translation gives one name for every date.
fn named(n: &Names) -> (String, Vec<PeriodName>) {
    (n.name.clone(), n.names.clone().unwrap_or_default())
}

/// The keys of the names left in English, each once, in the order met.
#[derive(Default)]
struct Missing(IndexSet<String>);

impl Missing {
    fn push(&mut self, key: String) {
        self.0.insert(key);
    }

    /// Replaces a name without an id by its translation in `[labels]`, or notes it.
    fn label(&mut self, t: &Translation, name: &mut String) {
        match t.labels.get(name.as_str()) {
            Some(l) => *name = l.clone(),
            None => self.push(format!("labels.\"{name}\"")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, EventWords};
    use crate::timeline::tests::scenario;

    #[test]
    fn the_built_in_scenario_has_every_name_in_every_language() {
        let s = crate::load::built_in().unwrap();
        assert_eq!(s.translations.len(), 4);
        for l in Language::ALL {
            let t = translate(&s, l);
            assert!(t.missing.is_empty(), "{l}: {:?}", t.missing);
        }
        let ja = translate(&s, Language::Ja);
        let seoul = ja.scenario.cities.iter().find(|c| c.id == "seoul").unwrap();
        assert_eq!(seoul.name_at(Date::new(1912, 12, 31).unwrap()), "京城");
        assert_eq!(seoul.name_at(Date::new(1910, 9, 30).unwrap()), "漢城");
        let ru = translate(&s, Language::Ru);
        assert_eq!(
            ru.scenario.power_name("russia", Date::end_of_year(1930)),
            "СССР"
        );
    }

    #[test]
    fn names_are_replaced_and_the_rest_listed() {
        let mut s = scenario();
        let mut t = Translation::empty(Language::Ru);
        t.title = Some(Names {
            name: "Сферы".into(),
            names: Some(vec![PeriodName {
                from: Date::new(1903, 1, 1).unwrap(),
                until: None,
                name: "Новые сферы".into(),
            }]),
        });
        let power = s.powers[0].id.clone();
        t.powers.insert(
            power.clone(),
            Names {
                name: "Держава".into(),
                names: None,
            },
        );
        let event = s.events[0].id.clone();
        t.events.insert(
            event.clone(),
            EventWords {
                title: Some("Событие".into()),
                ..EventWords::default()
            },
        );
        s.translations.push(t);
        let ru = translate(&s, Language::Ru);
        assert_eq!(ru.scenario.title_at(Date::end_of_year(1902)), "Сферы");
        assert_eq!(ru.scenario.title_at(Date::end_of_year(1903)), "Новые сферы");
        assert_eq!(ru.scenario.powers[0].name, "Держава");
        assert!(ru.scenario.powers[0].names.is_empty());
        assert_eq!(ru.scenario.events[0].title, "Событие");
        assert!(!ru.missing.contains(&format!("powers.{power}")));
        assert!(ru.missing.contains(&format!("powers.{}", s.powers[1].id)));
        assert!(!ru.missing.contains(&format!("events.{event}.title")));
        assert!(
            ru.missing
                .contains(&format!("events.{}.title", s.events[1].id))
        );
        // English is the scenario itself; a language with no file is all English.
        let en = translate(&s, Language::En);
        assert!(matches!(en.scenario, Cow::Borrowed(_)) && en.missing.is_empty());
        let ja = translate(&s, Language::Ja);
        assert_eq!(ja.scenario.title, s.title);
        assert!(ja.missing.contains(&"title".to_string()));
    }
}
