//! `lang/<code>.toml` → the scenario's names in another language ([`Translation`]).
//!
//! A translation is read after the scenario is put together, since its keys are the
//! scenario's ids (powers, statuses, regions, places, events) and, in `[labels]`, the
//! English text of the names that have no id. What it names that the scenario lacks is a
//! warning with a "did you mean": the name it meant stays in English, and `render --lang`
//! lists it among the names that fell back. A file that is not TOML of this shape, or a
//! period whose date is not a date, is an error, as in `scenario.toml`.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use super::Source;
use super::keys;
use super::scenario::{AcceptedKeys, Checker, RawName};
use crate::language::Language;
use crate::model::{EventWords, Names, Scenario, Translation};
use crate::problem::{Place, Problem, did_you_mean};

/// The file of a language's translation, relative to `scenario.toml`.
pub fn file_name(language: Language) -> String {
    format!("lang/{}.toml", language.code())
}

/// A translation: docs/scenario.md documents every key.
#[derive(Deserialize)]
#[cfg_attr(
    test,
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields, title = "spheres translation lang/<code>.toml")
)]
struct RawTranslation {
    /// The title drawn at the top of every map.
    title: Option<String>,
    /// The title by period (as `titles` of scenario.toml); without it, `title` holds for
    /// every date.
    #[cfg_attr(test, schemars(with = "Option<Vec<RawName>>"))]
    titles: Option<Vec<Spanned<RawName>>>,
    /// The credit line at the foot of every map.
    credit: Option<String>,
    /// Power names by power id: [powers.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawNames>"))]
    powers: IndexMap<String, Spanned<RawNames>>,
    /// Status words by status id: [statuses.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawStatusWords>"))]
    statuses: IndexMap<String, Spanned<RawStatusWords>>,
    /// Region names by region id: [regions.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawRegionName>"))]
    regions: IndexMap<String, Spanned<RawRegionName>>,
    /// City and railway names by feature id of the places file: [places.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawNames>"))]
    places: IndexMap<String, Spanned<RawNames>>,
    /// Event words by event id: [events.ID].
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, RawEventWords>"))]
    events: IndexMap<String, Spanned<RawEventWords>>,
    /// Names without an id, keyed by their exact English text: control labels, part_of
    /// wholes, treaty line names, basemap lands and country names.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "IndexMap<String, String>"))]
    labels: IndexMap<String, Spanned<String>>,
}

/// A power's or a place's name, with its periods.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawNames {
    /// The name; without `names`, for every date.
    name: String,
    /// The name by period, replacing the English periods in this language.
    #[cfg_attr(test, schemars(with = "Option<Vec<RawName>>"))]
    names: Option<Vec<Spanned<RawName>>>,
}

/// A status's words.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawStatusWords {
    /// The words in the legend and captions.
    label: String,
}

/// A region's name.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawRegionName {
    /// Its name on the map.
    name: String,
}

/// An event's words.
#[derive(Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
struct RawEventWords {
    /// Its name in captions, subtitles and the timeline.
    title: Option<String>,
    /// Where it was signed or happened.
    place: Option<String>,
    /// Its note; left out, the English note is kept.
    note: Option<String>,
    /// The signatories' names.
    signatories: Option<Vec<String>>,
}

/// The JSON Schema of a translation file.
#[cfg(test)]
pub(super) fn schema() -> schemars::Schema {
    schemars::schema_for!(RawTranslation)
}

/// Every table of a translation with the keys it accepts, named as
/// [`super::accepted_keys`] names those of `scenario.toml`.
pub fn accepted_keys() -> Vec<AcceptedKeys> {
    use serde_aux::serde_introspection::serde_introspect;
    let table = |table, keys| AcceptedKeys { table, keys };
    vec![
        table("", serde_introspect::<RawTranslation>()),
        table("titles[]", serde_introspect::<RawName>()),
        table("powers.ID", serde_introspect::<RawNames>()),
        table("powers.ID.names[]", serde_introspect::<RawName>()),
        table("statuses.ID", serde_introspect::<RawStatusWords>()),
        table("regions.ID", serde_introspect::<RawRegionName>()),
        table("places.ID", serde_introspect::<RawNames>()),
        table("places.ID.names[]", serde_introspect::<RawName>()),
        table("events.ID", serde_introspect::<RawEventWords>()),
    ]
}

/// The English texts a translation's `[labels]` may translate: every control label,
/// `part_of` whole, treaty line name and basemap or country name of the scenario.
fn label_texts(s: &Scenario) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    for e in &s.events {
        for (_, change) in &e.changes {
            if let crate::model::ControlChange::Set(c) = change
                && let Some(l) = &c.label
            {
                out.insert(l.as_str());
            }
        }
    }
    out.extend(s.regions.iter().filter_map(|r| r.part_of.as_deref()));
    out.extend(s.lines.iter().map(|l| l.name.as_str()));
    out.extend(s.basemap.iter().filter_map(|b| b.name.as_deref()));
    out
}

/// Reads the translation of every language that has a file, checked against the
/// scenario `s`, in the order of [`Language::ALL`].
pub(super) fn read_all(
    source: &dyn Source,
    s: &Scenario,
    problems: &mut Vec<Problem>,
) -> Vec<Translation> {
    let labels = label_texts(s);
    Language::ALL
        .into_iter()
        .filter(|&l| l != Language::En)
        .filter(|&l| source.exists(&file_name(l)))
        .filter_map(|l| {
            let name = file_name(l);
            let shown = source.display(&name);
            match source.read(&name) {
                Ok(text) => read(l, &shown, &text, s, &labels, problems),
                Err(p) => {
                    problems.push(p);
                    None
                }
            }
        })
        .collect()
}

/// Reads one translation; `None` when it is not TOML of a translation's shape.
fn read(
    language: Language,
    name: &str,
    text: &str,
    s: &Scenario,
    labels: &BTreeSet<&str>,
    problems: &mut Vec<Problem>,
) -> Option<Translation> {
    let mut unknown = Vec::new();
    let read = toml::de::Deserializer::parse(text).and_then(|de| {
        serde_ignored::deserialize::<_, _, RawTranslation>(de, |path| {
            unknown.push(keys::steps(&path))
        })
    });
    let raw = match read {
        Ok(raw) => raw,
        Err(e) => {
            let place = e
                .span()
                .map_or(Place::File, |sp| Place::at_offset(text, sp.start));
            problems.push(
                Problem::new(name, place, e.message().trim().to_string())
                    .hint("a translation has the tables of docs/scenario.md#translations"),
            );
            return None;
        }
    };
    let mut check = Checker {
        name,
        text,
        problems,
        unknown_keys: unknown,
    };
    check.texts();
    let title = raw.title.map(|name| Names {
        name,
        names: raw.titles.as_ref().map(|t| check.period_names(t)),
    });
    if title.is_none()
        && let Some(t) = raw.titles.as_ref().and_then(|t| t.first())
    {
        check.warn(
            t.span().start,
            "titles without a title",
            "add title = \"…\": it holds before the first period",
        );
    }
    let mut t = Translation::empty(language);
    t.title = title;
    t.credit = raw.credit;
    let power_ids: Vec<&str> = s.powers.iter().map(|p| p.id.as_str()).collect();
    for (id, n) in &raw.powers {
        if check.known(id, n.span().start, "power", &power_ids) {
            t.powers.insert(id.clone(), check.names(n.get_ref()));
        }
    }
    let status_ids: Vec<&str> = s.statuses.iter().map(|x| x.id.as_str()).collect();
    for (id, w) in &raw.statuses {
        if check.known(id, w.span().start, "status", &status_ids) {
            t.statuses.insert(id.clone(), w.get_ref().label.clone());
        }
    }
    let region_ids: Vec<&str> = s.regions.iter().map(|r| r.id.as_str()).collect();
    for (id, r) in &raw.regions {
        if check.known(id, r.span().start, "region", &region_ids) {
            t.regions.insert(id.clone(), r.get_ref().name.clone());
        }
    }
    let place_ids: Vec<&str> = s
        .cities
        .iter()
        .map(|c| c.id.as_str())
        .chain(s.railways.iter().map(|r| r.id.as_str()))
        .collect();
    for (id, n) in &raw.places {
        if check.known(id, n.span().start, "place", &place_ids) {
            t.places.insert(id.clone(), check.names(n.get_ref()));
        }
    }
    let event_ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    for (id, e) in &raw.events {
        if check.known(id, e.span().start, "event", &event_ids) {
            let e = e.get_ref();
            t.events.insert(
                id.clone(),
                EventWords {
                    title: e.title.clone(),
                    place: e.place.clone(),
                    note: e.note.clone(),
                    signatories: e.signatories.clone(),
                },
            );
        }
    }
    let mut by_text: IndexMap<&str, &str> = IndexMap::new();
    for (english, translated) in &raw.labels {
        // A key has no span of its own here; its value is on the same line.
        let at = translated.span().start;
        if !labels.contains(english.as_str()) {
            let hint = match did_you_mean(english, labels.iter().copied()) {
                Some(m) => format!("did you mean \"{m}\"? The keys of [labels] are English names exactly as the scenario writes them"),
                None => "the keys of [labels] are the scenario's control labels, part_of names, treaty line names and basemap names, in English, exactly as written".into(),
            };
            check.warn_hint(
                at,
                format!("no name \"{english}\" in the scenario to translate"),
                hint,
            );
            continue;
        }
        if let Some(other) = by_text.insert(translated.get_ref().as_str(), english.as_str()) {
            check.warn(
                translated.span().start,
                format!(
                    "\"{other}\" and \"{english}\" are both translated \"{}\": regions held under them would be drawn and named as one",
                    translated.get_ref()
                ),
                "give each English name its own translation",
            );
        }
        t.labels
            .insert(english.clone(), translated.get_ref().clone());
    }
    keys::unknown(
        name,
        text,
        &check.unknown_keys,
        &accepted_keys(),
        check.problems,
    );
    Some(t)
}

impl Checker<'_> {
    /// A name with its periods, the periods' dates checked.
    fn names(&mut self, raw: &RawNames) -> Names {
        Names {
            name: raw.name.clone(),
            names: raw.names.as_ref().map(|n| self.period_names(n)),
        }
    }

    /// Whether `id` is one of the scenario's `ids`; if not, a warning with the nearest.
    fn known(&mut self, id: &str, offset: usize, what: &str, ids: &[&str]) -> bool {
        if ids.contains(&id) {
            return true;
        }
        let hint = match did_you_mean(id, ids.iter().copied()) {
            Some(m) => format!("did you mean '{m}'?"),
            None if ids.len() <= 12 => format!("the scenario's {what} ids are {}", ids.join(", ")),
            None => format!("the keys here are the scenario's {what} ids"),
        };
        self.warn_hint(
            offset,
            format!("the scenario has no {what} '{id}': its translation is not used"),
            hint,
        );
        false
    }

    fn warn(&mut self, offset: usize, message: impl Into<String>, hint: &str) {
        self.warn_hint(offset, message, hint.to_string());
    }

    fn warn_hint(&mut self, offset: usize, message: impl Into<String>, hint: String) {
        self.problems.push(
            Problem::warning(self.name, Place::at_offset(self.text, offset), message).hint(hint),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Texts;

    const SCENARIO: &str = r##"id = "t"
title = "Test"
start = 1900
end = 1910
[map]
bbox = [0.0, 0.0, 10.0, 10.0]
projection = "+proj=merc +datum=WGS84"
basemap = "none"
width = 800
[powers.red]
name = "Red Empire"
color = "#cc0000"
[statuses.sphere]
label = "sphere of influence"
style = "hatch"
[[events]]
id = "pact"
date = "1901-01-01"
title = "Pact of Somewhere"
source = "a book"
[events.control]
north = { power = "red", status = "sphere", label = "Red North" }
"##;

    const REGIONS: &str = r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":"north","properties":{"name":"The North","part_of":"Northland"},"geometry":{"type":"Polygon","coordinates":[[[1,5],[9,5],[9,9],[1,9],[1,5]]]}}]}"#;

    fn load(ja: &str) -> Result<crate::load::Loaded, crate::load::LoadError> {
        let texts = Texts::new()
            .with("scenario.toml", SCENARIO)
            .with("regions.geojson", REGIONS)
            .with("lang/ja.toml", ja);
        crate::load::with_warnings(&texts)
    }

    #[test]
    fn a_translation_is_read_by_ids_and_english_labels() {
        let loaded = load(
            "title = \"試験\"\n[powers.red]\nname = \"赤帝国\"\nnames = [{ from = 1905-01-01, name = \"赤共和国\" }]\n\
             [statuses.sphere]\nlabel = \"勢力圏\"\n[regions.north]\nname = \"北部\"\n\
             [events.pact]\ntitle = \"某所協定\"\n[labels]\n\"Red North\" = \"赤北部\"\n",
        )
        .unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let t = &loaded.scenario.translations;
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].language, Language::Ja);
        assert_eq!(t[0].title.as_ref().unwrap().name, "試験");
        let red = &t[0].powers["red"];
        assert_eq!(red.name, "赤帝国");
        assert_eq!(red.names.as_ref().unwrap()[0].name, "赤共和国");
        assert_eq!(t[0].statuses["sphere"], "勢力圏");
        assert_eq!(t[0].events["pact"].title.as_deref(), Some("某所協定"));
        assert_eq!(t[0].labels["Red North"], "赤北部");
    }

    #[test]
    fn unknown_ids_labels_and_keys_are_located_warnings() {
        let loaded = load(
            "[powers.rde]\nname = \"x\"\n[labels]\n\"Red Nort\" = \"y\"\n[regions.north]\nnmae = \"z\"\nname = \"北\"\n",
        )
        .unwrap();
        let shown: Vec<String> = loaded.warnings.iter().map(|p| p.to_string()).collect();
        let find = |s: &str| {
            shown
                .iter()
                .find(|w| w.contains(s))
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(
            find("no power"),
            "warning: lang/ja.toml:1:1: the scenario has no power 'rde': its translation is not used (hint: did you mean 'red'?)"
        );
        assert!(find("Red Nort").starts_with("warning: lang/ja.toml:4:14: no name \"Red Nort\" in the scenario to translate (hint: did you mean \"Red North\"?"), "{shown:?}");
        assert!(
            find("nmae").starts_with("warning: lang/ja.toml:6:1: unknown key 'regions.north.nmae'"),
            "{shown:?}"
        );
        assert!(find("nmae").contains("did you mean 'name'?"), "{shown:?}");
    }

    #[test]
    fn bad_dates_and_syntax_are_errors() {
        let e =
            load("[powers.red]\nname = \"x\"\nnames = [{ from = \"1905-02-30\", name = \"y\" }]\n")
                .unwrap_err();
        assert!(
            e.to_string()
                .contains("lang/ja.toml:3:19: \"1905-02-30\" is not a date"),
            "{e}"
        );
        let e = load("title = \n").unwrap_err();
        assert!(e.to_string().contains("lang/ja.toml:1:"), "{e}");
    }

    #[test]
    fn one_translation_for_two_labels_is_a_warning() {
        let loaded = load(
            "[labels]\n\"Red North\" = \"北\"\n\"The North\" = \"北\"\n\"Northland\" = \"北\"\n",
        );
        // "The North" is a region name (translated in [regions.north]), not a label.
        let w: Vec<String> = loaded
            .unwrap()
            .warnings
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("no name \"The North\""), "{w:?}");
        assert_eq!(
            w[1],
            "warning: lang/ja.toml:4:15: \"Red North\" and \"Northland\" are both translated \"北\": regions held under them would be drawn and named as one (hint: give each English name its own translation)"
        );
    }
}
