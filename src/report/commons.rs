//! A Wikimedia Commons file description page for a map: the wikitext an uploader pastes
//! into the page of the file, with `{{Information}}` (the description in each language
//! given, the sources, the author), the licence tag and the categories.
//!
//! What it writes, and why (the conventions are Commons' own: Template:Information,
//! Commons:Copyright tags, Commons:Categories):
//!
//! - **date**: `{{Information}}`'s `date` is the day the file was made, not the day it
//!   shows nor the day of upload. spheres writes the same page on any day, so it leaves
//!   the field to the uploader, with a comment; the time the map shows is in the
//!   description (and in the SVG's `dc:coverage`).
//! - **source**: that the map was made with spheres from the scenario, the credit line
//!   (where the shapes come from), then every event applied by the map's date with its
//!   source, a web address as a link.
//! - **licence**: the tag of the scenario's SPDX licence ([`crate::license`]); a licence
//!   Commons refuses or spheres knows no tag for is a comment saying so (the loader warns).
//! - **categories**: those the scenario names (`commons_categories`); spheres infers none,
//!   since a category it cannot check may not exist, and a map made today is not one of
//!   "1912 maps" (maps made in 1912).
//!
//! Scenario text can hold anything: every character wikitext would read as markup (`|`,
//! `{`, `}`, `[`, `]`, `<`, `>`, `&`, and `''`, `~~~`, `__` runs) is written as a
//! character reference, so that a title cannot end a template, open a link or a tag,
//! turn bold, sign the page or call a magic word. Web addresses are percent-encoded
//! where they would break a link.

use crate::language::Language;
use crate::model::Scenario;

/// The file name ending of a page: `1912.wikitext` beside `1912.svg`.
pub const EXTENSION: &str = "wikitext";

/// The name of the page of the map whose files are `stem.svg` and `stem.png`.
pub fn file_name(stem: &str) -> String {
    format!("{stem}.{EXTENSION}")
}

/// The words of a map in one language: its title (with the date and the event it shows)
/// and its alt text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    /// The title, e.g. "Japanese and Russian spheres … — 31 December 1912 — after …".
    pub title: String,
    /// The alt text: what the map shows, in sentences.
    pub alt: String,
}

/// What a page says of a map beyond its descriptions.
#[derive(Debug, Clone, Copy)]
pub struct Map<'a> {
    /// The scenario it was made from.
    pub scenario: &'a Scenario,
    /// Its credit line (where its shapes come from), as drawn on it.
    pub credit: &'a str,
    /// The events it cites (indices into `Scenario::events`, in the order applied): every
    /// event applied by its date ([`crate::timeline::State::applied_events`]).
    pub events: &'a [usize],
    /// The file names of the other maps of the same run, for `other versions`.
    pub others: &'a [String],
}

/// The page: `descriptions` gives the map's words in each language, in the order the
/// page lists them.
pub fn page(map: &Map, descriptions: &[(Language, Description)]) -> String {
    let s = map.scenario;
    let mut out = String::from("=={{int:filedesc}}==\n{{Information\n|description=");
    for (language, d) in descriptions {
        // The title and the alt text as two sentences of the language ("…. …", "…。…").
        let words = crate::words::sentences(
            *language,
            &[d.title.trim().to_string(), d.alt.trim().to_string()],
        );
        out.push_str(&format!("{{{{{}|1={}}}}}", language.code(), text(&words)));
    }
    out.push_str("\n|date=<!-- the day the file was made (YYYY-MM-DD): spheres writes the same page on any day, so it leaves this to you; the time the map shows is in the description -->\n");
    out.push_str("|source=\n");
    out.push_str(&format!(
        "* Made with spheres from the scenario “{}” ({})\n",
        text(&s.title),
        text(&s.id)
    ));
    if !map.credit.trim().is_empty() {
        out.push_str(&format!("* {}\n", text(map.credit.trim())));
    }
    if !map.events.is_empty() {
        out.push_str("* The events it shows, with their sources:\n");
    }
    for e in map.events.iter().filter_map(|&i| s.events.get(i)) {
        let source = e.source.trim();
        let line = match url(source) {
            Some(u) => format!("[{u} {}]", text(&e.title)),
            None => format!("{}: {}", text(&e.title), text(source)),
        };
        out.push_str(&format!("** {} – {line}\n", e.date));
    }
    out.push_str("|author=");
    match &s.author {
        Some(a) => out.push_str(&text(a.trim())),
        None => out.push_str(
            "<!-- the scenario names no author: write who made its data (key author in scenario.toml) -->",
        ),
    }
    out.push_str("\n|permission=\n|other versions=");
    if !map.others.is_empty() {
        out.push_str(&format!(
            "<!-- the other maps of this run, as spheres named them: {}; link them as [[File:…]] once uploaded -->",
            map.others
                .iter()
                .map(|o| text(o))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out.push_str("\n}}\n\n=={{int:license-header}}==\n");
    out.push_str(&license(s));
    out.push_str("\n\n");
    if s.commons_categories.is_empty() {
        out.push_str("<!-- categories: spheres infers none (a category it cannot check may not exist on Commons); name them in commons_categories in scenario.toml, or add them here -->\n");
    }
    for c in &s.commons_categories {
        out.push_str(&format!("[[Category:{}]]\n", text(c)));
    }
    out
}

/// The licence section's body: the licence tags, one a line, or a comment saying why
/// there is none.
fn license(s: &Scenario) -> String {
    let Some(l) = &s.license else {
        return "<!-- the scenario names no licence (key license in scenario.toml): write the licence tag here -->".into();
    };
    match l.commons_tags() {
        Ok(tags) => tags
            .iter()
            .map(|t| format!("{{{{{t}}}}}"))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(why) => format!(
            "<!-- the licence {}: {why}; write the licence tag here (Commons:Copyright tags) -->",
            comment(l.expression())
        ),
    }
}

/// `s` as wikitext that shows it literally, on one line (see the module's notes).
pub fn text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        // A character that is markup only where it repeats: '' (emphasis), ~~~ (a
        // signature), __ (a magic word).
        let doubled = |c: char| (i > 0 && chars[i - 1] == c) || chars.get(i + 1) == Some(&c);
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '{' | '}' | '[' | ']' => out.push_str(&format!("&#{};", u32::from(c))),
            '\'' | '~' | '_' if doubled(c) => out.push_str(&format!("&#{};", u32::from(c))),
            // The first or last quote could make one run with the page's own quotes.
            '\'' if i == 0 || i + 1 == chars.len() => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` inside an HTML comment: `--` (which could end it, as `-->`) is broken up.
fn comment(s: &str) -> String {
    s.replace("--", "- -").replace(['\n', '\r'], " ")
}

/// A source that is a web address (`http://` or `https://`, no space in it), as the
/// address of an external link: the characters that would end or break the link
/// (`]`, `[`, `<`, `>`, `"`, `|`, `{`, `}`, `'`, `~`) percent-encoded.
fn url(source: &str) -> Option<String> {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    if !web || source.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    for c in source.chars() {
        if "[]<>\"|{}'~".contains(c) {
            out.push_str(&format!("%{:02X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::License;
    use crate::timeline::tests::scenario;

    #[test]
    fn markup_in_scenario_text_is_shown_not_read() {
        assert_eq!(text("Plain words, it's fine"), "Plain words, it's fine");
        assert_eq!(
            text("A|B}}[[C]]{{D"),
            "A&#124;B&#125;&#125;&#91;&#91;C&#93;&#93;&#123;&#123;D"
        );
        assert_eq!(
            text("'''bold''' ~~~~ __TOC__ <nowiki> & =\nx"),
            "&#39;&#39;&#39;bold&#39;&#39;&#39; &#126;&#126;&#126;&#126; &#95;&#95;TOC&#95;&#95; &lt;nowiki&gt; &amp; = x"
        );
        assert_eq!(text("'quoted'"), "&#39;quoted&#39;");
        assert_eq!(text("one_two ~x"), "one_two ~x");
    }

    #[test]
    fn web_addresses_are_links_that_stay_whole() {
        assert_eq!(
            url("https://en.wikipedia.org/wiki/Treaty_of_Kyakhta_(1915)").as_deref(),
            Some("https://en.wikipedia.org/wiki/Treaty_of_Kyakhta_(1915)")
        );
        assert_eq!(
            url("https://x.org/a]b|c'~").as_deref(),
            Some("https://x.org/a%5Db%7Cc%27%7E")
        );
        assert_eq!(url("MacMurray, Treaties (1921)"), None);
        assert_eq!(url("javascript:alert(1)"), None);
        assert_eq!(url("https://x.org/a b"), None);
    }

    fn page_of(s: &Scenario) -> String {
        let d = Description {
            title: "T — 31 December 1904".into(),
            alt: "Map of T.".into(),
        };
        page(
            &Map {
                scenario: s,
                credit: "Shapes: mine",
                events: &[1, 3],
                others: &["1905.svg".to_string()],
            },
            &[(Language::En, d)],
        )
    }

    #[test]
    fn the_page_is_information_licence_and_categories() {
        let mut s = scenario();
        s.license = Some(License::parse("CC-BY-SA-4.0").unwrap());
        s.author = Some("A. Mapmaker".into());
        s.commons_categories = vec!["Maps of X".into()];
        s.events[1].source = "https://example.org/early".into();
        s.events[3].source = "A book (1903), p. 4".into();
        let e = |i: usize| (s.events[i].date, s.events[i].title.clone());
        let ((d1, t1), (d3, t3)) = (e(1), e(3));
        assert_eq!(
            page_of(&s),
            format!(
                "=={{{{int:filedesc}}}}==
{{{{Information
|description={{{{en|1=T — 31 December 1904. Map of T.}}}}
|date=<!-- the day the file was made (YYYY-MM-DD): spheres writes the same page on any day, so it leaves this to you; the time the map shows is in the description -->
|source=
* Made with spheres from the scenario “T” (t)
* Shapes: mine
* The events it shows, with their sources:
** {d1} – [https://example.org/early {t1}]
** {d3} – {t3}: A book (1903), p. 4
|author=A. Mapmaker
|permission=
|other versions=<!-- the other maps of this run, as spheres named them: 1905.svg; link them as [[File:…]] once uploaded -->
}}}}

=={{{{int:license-header}}}}==
{{{{cc-by-sa-4.0}}}}

[[Category:Maps of X]]
"
            )
        );
    }

    #[test]
    fn a_licence_without_a_tag_is_a_comment() {
        let mut s = scenario();
        let section = |s: &Scenario| {
            let p = page_of(s);
            p[p.find("=={{int:license-header}}==\n").unwrap()..]
                .lines()
                .nth(1)
                .unwrap()
                .to_string()
        };
        assert!(section(&s).starts_with("<!-- the scenario names no licence"));
        s.license = Some(License::parse("CC-BY-4.0 OR CC0-1.0").unwrap());
        assert_eq!(section(&s), "{{cc-by-4.0}}");
        assert!(page_of(&s).contains("{{cc-by-4.0}}\n{{cc-zero}}\n\n"));
        s.license = Some(License::parse("CC-BY-NC-4.0").unwrap());
        assert_eq!(
            section(&s),
            "<!-- the licence CC-BY-NC-4.0: CC-BY-NC-4.0 is a NonCommercial or NoDerivatives licence, which Wikimedia Commons does not accept; write the licence tag here (Commons:Copyright tags) -->"
        );
        // No author and no category: comments, not guesses.
        let p = page_of(&s);
        assert!(p.contains("|author=<!-- the scenario names no author"));
        assert!(p.ends_with("add them here -->\n"), "{p}");
    }
}
