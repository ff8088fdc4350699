//! `maps.json`: every map file written, with what an article needs to embed it — title,
//! caption, alt text, credit, sources and a ready `<figure>` snippet.
//!
//! Runs add to the manifest of their folder: entries for the files a run writes are
//! replaced, entries for other files that still exist are kept, and the list is sorted by
//! file name, so the manifest does not depend on the order of runs.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::model::Scenario;
use crate::render::svg::escape;
use crate::scene;
use crate::timeline::State;

/// The manifest's file name.
pub const FILE_NAME: &str = "maps.json";

/// The whole manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The scenario's id.
    pub scenario: String,
    /// The scenario's title.
    pub title: String,
    /// One entry per file, sorted by file name.
    pub maps: Vec<Entry>,
}

/// One map file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The file name, relative to the manifest.
    pub file: String,
    /// `svg` or `png`.
    pub format: String,
    /// The language of the map's words (`ja`, `ko`, `ru`, `zh`); absent for English, so
    /// that English entries read as they always have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The moment as asked for (`1912`, `1912-07-08`, an event id).
    pub moment: String,
    /// The date the map shows, `YYYY-MM-DD`.
    pub date: String,
    /// The id of the latest event applied, if any.
    pub event: Option<String>,
    /// Pixel width of the file.
    pub width: u32,
    /// Pixel height of the file.
    pub height: u32,
    /// The map's title, with its date.
    pub title: String,
    /// A caption for the figure.
    pub caption: String,
    /// Alt text written from the data.
    pub alt: String,
    /// The credit line.
    pub credit: String,
    /// The events the map rests on.
    pub sources: Vec<Source>,
    /// A `<figure>` to paste into an HTML page.
    pub html: String,
    /// The map's Wikimedia Commons file description page, written beside it
    /// (`1912.wikitext`); absent from the entries of older runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commons: Option<String>,
}

/// An event cited by a map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The event's id.
    pub event: String,
    /// Its date.
    pub date: String,
    /// Its title.
    pub title: String,
    /// Where it is documented.
    pub url: String,
}

/// The manifest entry of a map file in `language`; `alt` is the map's alt text (the
/// `desc` of its scene, [`scene::alt_text`]).
pub fn entry(
    language: Language,
    scenario: &Scenario,
    state: &State,
    alt: &str,
    file: &str,
    format: &str,
    size: (u32, u32),
) -> Entry {
    let caption = scene::caption(language, scenario, state);
    let title = scene::map_title(language, scenario, state);
    let credit = scene::credit(language, scenario);
    let sources = scene::sources(scenario, state)
        .into_iter()
        .map(|i| {
            let e = &scenario.events[i];
            Source {
                event: e.id.clone(),
                date: e.date.to_string(),
                title: e.title.clone(),
                url: e.source.clone(),
            }
        })
        .collect();
    let html = format!(
        "<figure class=\"spheres-map\">\n  <img src=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\">\n  <figcaption>{} <small>{}</small></figcaption>\n</figure>",
        escape(file),
        size.0,
        size.1,
        escape(alt),
        escape(&caption),
        escape(&credit)
    );
    Entry {
        file: file.to_string(),
        format: format.to_string(),
        lang: (language != Language::En).then(|| language.code().to_string()),
        moment: state.moment.to_string(),
        date: state.date.to_string(),
        event: state.last(scenario).map(|e| e.id.clone()),
        width: size.0,
        height: size.1,
        title,
        caption,
        alt: alt.to_string(),
        credit,
        sources,
        html,
        commons: None,
    }
}

/// Merges new entries into the manifest already in `dir` (if any, and if of the same
/// scenario), keeping the old entries whose files still exist, and returns the JSON text.
pub fn merged(dir: &Path, scenario: &Scenario, new: Vec<Entry>) -> String {
    let mut maps = new;
    let old = std::fs::read_to_string(dir.join(FILE_NAME))
        .ok()
        .and_then(|text| serde_json::from_str::<Manifest>(&text).ok())
        .filter(|m| m.scenario == scenario.id);
    if let Some(old) = old {
        for e in old.maps {
            let replaced = maps.iter().any(|m| m.file == e.file);
            if !replaced && dir.join(&e.file).is_file() {
                maps.push(e);
            }
        }
    }
    maps.sort_by(|a, b| a.file.cmp(&b.file));
    let manifest = Manifest {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        maps,
    };
    // Serialising plain strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{Moment, resolve, tests::scenario};

    #[test]
    fn entries_carry_caption_alt_sources_and_a_figure() {
        let s = scenario();
        let st = resolve(&s, &Moment::Year(1904)).unwrap();
        let alt = scene::alt_text(Language::En, &s, &scene::HomeTerritory::of(&s), &st);
        let e = entry(Language::En, &s, &st, &alt, "1904.png", "png", (800, 600));
        assert_eq!(
            e.caption,
            "T, 31 December 1904 — after the tie-2 of 3 March 1903."
        );
        assert_eq!(
            e.sources
                .iter()
                .map(|s| s.event.as_str())
                .collect::<Vec<_>>(),
            ["early", "tie-2"]
        );
        assert!(e.html.starts_with("<figure class=\"spheres-map\">\n  <img src=\"1904.png\" width=\"800\" height=\"600\" alt=\"Map of T"));
        assert_eq!(e.event.as_deref(), Some("tie-2"));
    }

    #[test]
    fn merging_keeps_other_files_and_replaces_rewritten_ones() {
        let s = scenario();
        let dir = std::env::temp_dir().join(format!("spheres-manifest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("1901.png"), b"x").unwrap();
        let at = |y| resolve(&s, &Moment::Year(y)).unwrap();
        let first = merged(
            &dir,
            &s,
            vec![
                entry(
                    Language::En,
                    &s,
                    &at(1901),
                    "alt",
                    "1901.png",
                    "png",
                    (1, 1),
                ),
                entry(
                    Language::En,
                    &s,
                    &at(1902),
                    "alt",
                    "1902.png",
                    "png",
                    (1, 1),
                ),
            ],
        );
        std::fs::write(dir.join(FILE_NAME), &first).unwrap();
        // 1902.png was never written to disk, so a later run drops it; 1901.png stays.
        let second: Manifest = serde_json::from_str(&merged(
            &dir,
            &s,
            vec![entry(
                Language::En,
                &s,
                &at(1903),
                "alt",
                "1903.png",
                "png",
                (2, 2),
            )],
        ))
        .unwrap();
        let files: Vec<&str> = second.maps.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(files, ["1901.png", "1903.png"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
