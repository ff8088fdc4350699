//! The gallery's page: the HTML of `index.html` from the maps a run drew. Every string
//! from the scenario is escaped, and nothing depends on the time or the folder.

use std::fmt::Write as _;

use crate::diff;
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::Scenario;
use crate::output::manifest::{self, Entry};
use crate::render::svg::escape;
use crate::scene;
use crate::timeline::State;
use crate::words::{change_of, event_dated, parts, sentences};

use super::Step;

const STYLE: &str = include_str!("gallery.css");
const SCRIPT: &str = include_str!("gallery.js");

/// A year's map on the page: its state, the events of its year in the order they apply,
/// and the manifest entries of its two files.
pub(super) struct YearMap {
    pub(super) year: i32,
    pub(super) state: State,
    pub(super) events: Vec<usize>,
    pub(super) svg: Option<Entry>,
    pub(super) png: Option<Entry>,
}

/// A diff map on the page.
pub(super) struct Comparison {
    pub(super) step: Step,
    pub(super) a: State,
    pub(super) b: State,
    pub(super) changes: Vec<diff::Change>,
    pub(super) between: Vec<usize>,
    /// Its files' stem (`diff-A-B`), its anchor on the page.
    pub(super) stem: String,
    pub(super) svg: String,
    pub(super) png: String,
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) alt: String,
}

/// The page in `language`. Every string from the scenario is escaped; nothing depends on
/// the time or the folder it is written to.
pub(super) fn html(
    language: Language,
    scenario: &Scenario,
    years: &[YearMap],
    diffs: &[Comparison],
) -> String {
    let l = language;
    let mut h = String::with_capacity(64 * 1024 + years.len() * 6 * 1024);
    let title = escape(&scenario.title);
    let (first, last) = (
        years.first().map_or(scenario.start, |y| y.year),
        years.last().map_or(scenario.end, |y| y.year),
    );
    let compared = compared(scenario);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{page_title}</title>\n\
<meta name=\"description\" content=\"{desc}\">\n\
<link rel=\"icon\" href=\"data:,\">\n<style>\n{STYLE}</style>\n\
<noscript><style>.maps > .map[hidden] {{ display: grid !important; }}</style></noscript>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#years\">{skip}</a>\n\
<header class=\"masthead\">\n<div class=\"wrap\">\n<p class=\"kicker\">{kicker}</p>\n\
<h1>{title}</h1>\n<p class=\"lede\">{lede}</p>\n\
<nav aria-label=\"{sections}\">\n<ul>\n<li><a href=\"#years\">{by_year}</a></li>\n",
        code = l.code(),
        page_title = say(l, &m::GALLERY_TITLE, [&title]),
        desc = say(
            l,
            &m::GALLERY_DESCRIPTION,
            [
                &escape(&crate::words::lower_first(l, &scenario.title)),
                &first,
                &last
            ]
        ),
        skip = say(l, &m::GALLERY_SKIP, []),
        kicker = say(l, &m::GALLERY_KICKER, []),
        lede = lede(l, years.len(), diffs.len(), first, last, compared),
        sections = say(l, &m::GALLERY_SECTIONS, []),
        by_year = say(l, &m::GALLERY_YEARS, []),
    );
    if !diffs.is_empty() {
        let _ = writeln!(
            h,
            "<li><a href=\"#treaties\">{}</a></li>",
            say(l, &m::GALLERY_BETWEEN, [&compared])
        );
    }
    let _ = write!(
        h,
        "<li><a href=\"{}\">maps.json</a> <span class=\"muted\">{}</span></li>\n</ul>\n</nav>\n</div>\n</header>\n<main>\n",
        manifest::FILE_NAME,
        say(l, &m::GALLERY_MANIFEST_NOTE, []),
    );

    year_section(&mut h, l, scenario, years, first, last);
    if !diffs.is_empty() {
        diff_section(&mut h, l, scenario, diffs);
    }

    let manifest_link = format!("<a href=\"{}\">maps.json</a>", manifest::FILE_NAME);
    let _ = write!(
        h,
        "</main>\n<footer class=\"colophon\">\n<div class=\"wrap\">\n<p>{}</p>\n\
<p>{}</p>\n</div>\n</footer>\n<div class=\"toast\" id=\"toast\" role=\"status\" \
aria-live=\"polite\"></div>\n<script>\n{}</script>\n</body>\n</html>\n",
        escape(&crate::scene::credit(l, scenario)),
        say(l, &m::GALLERY_COLOPHON, [&manifest_link]),
        script(l),
    );
    h
}

/// The page's script, its words in `language`: each `"{{id}}"` of `gallery.js` becomes
/// the message `gallery-id` as a JavaScript string.
fn script(language: Language) -> String {
    [
        ("copied", &m::GALLERY_COPIED),
        ("selected", &m::GALLERY_SELECTED),
        ("copied-toast", &m::GALLERY_COPIED_TOAST),
        ("selected-toast", &m::GALLERY_SELECTED_TOAST),
        ("copy", &m::GALLERY_COPY),
    ]
    .into_iter()
    .fold(SCRIPT.to_string(), |script, (id, message)| {
        script.replace(
            &format!("\"{{{{{id}}}}}\""),
            &js_string(&say(language, message, [])),
        )
    })
}

/// A JavaScript string literal of `text`, in ASCII: quotes, backslashes, control
/// characters and every character beyond ASCII escaped (`\u2318`), as the script's own
/// literals are written.
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for unit in text.encode_utf16() {
        match unit {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(unit as u8)),
            _ => {
                let _ = write!(out, "\\u{unit:04X}");
            }
        }
    }
    out.push('"');
    out
}

/// The opening paragraph: what the page holds.
fn lede(
    language: Language,
    years: usize,
    diffs: usize,
    first: i32,
    last: i32,
    compared: &str,
) -> String {
    let mut text = say(language, &m::GALLERY_LEDE_YEARS, [&years, &first, &last]);
    if diffs > 0 {
        text.push_str(&say(language, &m::GALLERY_LEDE_DIFFS, [&diffs, &compared]));
    }
    text.push_str(&say(
        language,
        &m::GALLERY_LEDE_FILES,
        [&"<code>&lt;figure&gt;</code>"],
    ));
    text
}

/// What the diff maps compare, as the messages select by it: treaties, or without any
/// marked, the events that change control.
fn compared(scenario: &Scenario) -> &'static str {
    if scenario.events.iter().any(|e| e.treaty) {
        "treaties"
    } else {
        "events"
    }
}

/// The year-by-year section: the slider and its buttons (shown by the script), marked at
/// the years of treaties, and an article per year.
fn year_section(
    h: &mut String,
    l: Language,
    scenario: &Scenario,
    years: &[YearMap],
    first: i32,
    last: i32,
) {
    // Tick marks on the slider at the years of treaties.
    let mut ticks: Vec<i32> = scenario
        .events
        .iter()
        .filter(|e| e.treaty && (first..=last).contains(&e.date.year))
        .map(|e| e.date.year)
        .collect();
    ticks.sort_unstable();
    ticks.dedup();
    let space = say(l, &m::SENTENCE_SEPARATOR, []);
    let (list, ticks_hint) = if ticks.is_empty() {
        (String::new(), String::new())
    } else {
        (
            " list=\"treaty-years\"".to_string(),
            format!("{space}{}", say(l, &m::GALLERY_TICKS_HINT, [])),
        )
    };
    let _ = write!(
        h,
        "<section class=\"section\" id=\"years\" aria-labelledby=\"years-heading\">\n\
<div class=\"wrap\">\n<h2 id=\"years-heading\">{heading}</h2>\n\
<p class=\"hint\" id=\"years-hint\">{hint}{space}\
<span class=\"js-only\" hidden>{slider_hint}{ticks_hint}</span></p>\n\
<div class=\"controls\" id=\"controls\" hidden>\n\
<button type=\"button\" class=\"step\" id=\"prev\" aria-controls=\"maps\">\
<span aria-hidden=\"true\">‹</span> {previous}<span class=\"sr\">{previous_sr}</span></button>\n\
<div class=\"slider\">\n<label for=\"year\">{year}</label>\n\
<output id=\"year-now\" for=\"year\">{first}</output>\n\
<input type=\"range\" id=\"year\" min=\"{first}\" max=\"{last}\" step=\"1\" value=\"{first}\" \
aria-controls=\"maps\" aria-describedby=\"years-hint\"{list}>\n\
<span class=\"ends\" aria-hidden=\"true\"><span>{first}</span><span>{last}</span></span>\n\
</div>\n\
<button type=\"button\" class=\"step\" id=\"next\" aria-controls=\"maps\">\
{next}<span class=\"sr\">{next_sr}</span> <span aria-hidden=\"true\">›</span></button>\n\
</div>\n",
        heading = say(l, &m::GALLERY_YEARS, []),
        hint = say(l, &m::GALLERY_YEARS_HINT, []),
        slider_hint = say(l, &m::GALLERY_SLIDER_HINT, []),
        previous = say(l, &m::GALLERY_PREVIOUS, []),
        previous_sr = say(l, &m::GALLERY_PREVIOUS_SR, []),
        year = say(l, &m::GALLERY_YEAR, []),
        next = say(l, &m::GALLERY_NEXT, []),
        next_sr = say(l, &m::GALLERY_NEXT_SR, []),
    );
    if !ticks.is_empty() {
        h.push_str("<datalist id=\"treaty-years\">");
        for y in &ticks {
            let _ = write!(h, "<option value=\"{y}\"></option>");
        }
        h.push_str("</datalist>\n");
    }
    h.push_str("<div class=\"maps\" id=\"maps\">\n");
    for (k, y) in years.iter().enumerate() {
        year_article(h, l, scenario, y, k == 0);
    }
    h.push_str("</div>\n</div>\n</section>\n");
}

/// A year's article: its heading and map, the events of its year, then the rest
/// ([`year_more`]). Only the first year is shown before the script runs.
fn year_article(h: &mut String, l: Language, scenario: &Scenario, y: &YearMap, first: bool) {
    // The SVG is shown (sharp at any size and pixel density); both files are offered.
    let Some(shown) = y.svg.as_ref().or(y.png.as_ref()) else {
        return;
    };
    let subtitle = scene::subtitle(l, scenario, &y.state);
    let id = format!("map-{}", y.year);
    let _ = write!(
        h,
        "<article class=\"map\" id=\"{id}\" data-year=\"{year}\" data-label=\"{label}\" \
aria-labelledby=\"{id}-h\"{hidden}>\n<h3 id=\"{id}-h\"><span class=\"big\">{year}</span> \
<span class=\"sub\">{sub}</span></h3>\n<figure>\n\
<img src=\"{file}\" width=\"{w}\" height=\"{hh}\" alt=\"{alt}\"{lazy}>\n\
<figcaption>{caption} <span class=\"credit\">{credit}</span></figcaption>\n</figure>\n\
<div class=\"side\">\n<div class=\"facts\">\n",
        year = y.year,
        label = escape(&subtitle),
        file = escape(&shown.file),
        w = shown.width,
        hh = shown.height,
        alt = escape(&shown.alt),
        // The script shows one map at a time (hiding them here keeps the page from jumping
        // when it runs); without it, the <noscript> style lists them all.
        hidden = if first { "" } else { " hidden" },
        // The first map is shown at once; the others load when they are shown.
        lazy = if first {
            ""
        } else {
            " loading=\"lazy\" decoding=\"async\""
        },
        caption = escape(&shown.caption),
        credit = escape(&shown.credit),
        sub = escape(&subtitle),
    );

    if y.events.is_empty() {
        let _ = writeln!(
            h,
            "<p class=\"quiet\">{}</p>",
            say(l, &m::GALLERY_NO_EVENT, [&y.year])
        );
    } else {
        let _ = write!(
            h,
            "<h4>{}</h4>\n<ol class=\"events\">\n",
            say(l, &m::GALLERY_EVENTS_IN, [&y.year])
        );
        for &i in &y.events {
            event_item(h, l, scenario, i, None);
        }
        h.push_str("</ol>\n");
    }

    year_more(h, l, y, shown, &id);
}

/// The column under a year's events: links to its files, its alt text and sources, and
/// the `<figure>` snippets of its files (`shown`: the file the page shows; `id`: the
/// article's).
fn year_more(h: &mut String, l: Language, y: &YearMap, shown: &Entry, id: &str) {
    h.push_str("</div>\n<div class=\"more\">\n<p class=\"files\">");
    for e in [&y.svg, &y.png].into_iter().flatten() {
        let _ = write!(
            h,
            "<a class=\"file\" href=\"{f}\">{fmt} <span>{w} × {hh}</span></a>",
            f = escape(&e.file),
            fmt = e.format.to_uppercase(),
            w = e.width,
            hh = e.height,
        );
    }
    h.push_str("</p>\n");

    let _ = write!(
        h,
        "<details>\n<summary>{}</summary>\n<p class=\"alt\">{}</p>\n</details>\n",
        say(l, &m::GALLERY_ALT_TEXT, []),
        escape(&shown.alt)
    );
    if !shown.sources.is_empty() {
        let _ = write!(
            h,
            "<details>\n<summary>{}</summary>\n<ol class=\"sources\">\n",
            say(l, &m::GALLERY_SOURCES, [&shown.sources.len()])
        );
        for s in &shown.sources {
            let date = crate::model::Date::parse(&s.date).map_or(s.date.clone(), |d| d.long_in(l));
            let _ = writeln!(
                h,
                "<li>{}</li>",
                say(
                    l,
                    &m::GALLERY_SOURCE,
                    [&escape(&date), &link(&s.title, &s.url)]
                )
            );
        }
        h.push_str("</ol>\n</details>\n");
    }
    let _ = writeln!(
        h,
        "<details class=\"embed\">\n<summary>{}</summary>",
        say(l, &m::GALLERY_EMBED, [])
    );
    for e in [&y.svg, &y.png].into_iter().flatten() {
        snippet(h, l, &format!("{id}-{}", e.format), &e.format, &e.html);
    }
    h.push_str("</details>\n</div>\n</div>\n</article>\n");
}

/// An event in a list: its date, title (linked to its source) and whether it is a treaty.
/// With `shown`, an event that changed nothing on the map is said to.
fn event_item(
    h: &mut String,
    l: Language,
    scenario: &Scenario,
    i: usize,
    shown: Option<&[diff::Change]>,
) {
    let e = &scenario.events[i];
    let quiet = shown.is_some_and(|changes| !changes.iter().any(|c| c.events.contains(&i)));
    let _ = writeln!(
        h,
        "<li{}><time datetime=\"{}\">{}</time> {}{}{}</li>",
        if quiet { " class=\"quiet\"" } else { "" },
        e.date,
        escape(&e.date.long_in(l)),
        link(&e.title, &e.source),
        if e.treaty {
            format!(
                " <span class=\"tag\">{}</span>",
                say(l, &m::GALLERY_TREATY_TAG, [])
            )
        } else {
            String::new()
        },
        if quiet {
            format!(
                " <span class=\"note\">{}</span>",
                say(l, &m::GALLERY_NO_CHANGE, [])
            )
        } else {
            String::new()
        },
    );
}

/// A link if `url` is a web address, else the text with the citation after it.
fn link(text: &str, url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        format!("<a href=\"{}\">{}</a>", escape(url), escape(text))
    } else if url.trim().is_empty() {
        escape(text)
    } else {
        format!("{} ({})", escape(text), escape(url))
    }
}

/// A read-only copy of a `<figure>` snippet with a Copy button (shown by the script).
fn snippet(h: &mut String, l: Language, id: &str, format: &str, html: &str) {
    // Enough rows for the snippet wrapped at about 48 characters, within reason.
    let rows = html
        .lines()
        .map(|l| l.chars().count() / 48 + 1)
        .sum::<usize>()
        .clamp(4, 12);
    let fmt = format.to_uppercase();
    let _ = write!(
        h,
        "<div class=\"snippet\">\n<div class=\"snippet-head\"><label for=\"{id}\">{fmt} \
<code>&lt;figure&gt;</code></label>\
<button type=\"button\" class=\"copy\" data-copy=\"{id}\" \
aria-label=\"{label}\" hidden>{copy}</button></div>\n\
<textarea id=\"{id}\" rows=\"{rows}\" readonly spellcheck=\"false\">{text}</textarea>\n</div>\n",
        label = say(l, &m::GALLERY_COPY_FIGURE, [&fmt]),
        copy = say(l, &m::GALLERY_COPY, []),
        text = escape(html),
    );
}

/// The section of diff maps: a list of the comparisons, then an article for each.
fn diff_section(h: &mut String, l: Language, scenario: &Scenario, diffs: &[Comparison]) {
    let compared = compared(scenario);
    let _ = write!(
        h,
        "<section class=\"section alt-bg\" id=\"treaties\" aria-labelledby=\"treaties-heading\">\n\
<div class=\"wrap\">\n<h2 id=\"treaties-heading\">{heading}</h2>\n\
<p class=\"hint\">{hint}</p>\n<nav aria-label=\"{comparisons}\">\n<ol class=\"toc\">\n",
        heading = say(l, &m::GALLERY_BETWEEN, [&compared]),
        hint = say(l, &m::GALLERY_DIFFS_HINT, [&compared]),
        comparisons = say(l, &m::GALLERY_COMPARISONS, []),
    );
    for d in diffs {
        let (a, b) = (&scenario.events[d.step.from], &scenario.events[d.step.to]);
        let _ = writeln!(
            h,
            "<li><a href=\"#{}\"><span class=\"when\">{}</span> {} → {}</a></li>",
            d.stem,
            if a.date.year == b.date.year {
                a.date.year.to_string()
            } else {
                format!("{}–{}", a.date.year, b.date.year)
            },
            escape(short_title(&a.title)),
            escape(short_title(&b.title)),
        );
    }
    h.push_str("</ol>\n</nav>\n<div class=\"diffs\">\n");
    for d in diffs {
        diff_article(h, l, scenario, d);
    }
    h.push_str("</div>\n</div>\n</section>\n");
}

/// A title without its parenthetical gloss, for the list of comparisons.
fn short_title(title: &str) -> &str {
    crate::words::short_name(title)
}

/// A diff map's article: the two events compared, the map, what changed and the events
/// in between, then its files, alt text and `<figure>` snippets.
fn diff_article(h: &mut String, l: Language, scenario: &Scenario, d: &Comparison) {
    let (a, b) = (&scenario.events[d.step.from], &scenario.events[d.step.to]);
    let id = &d.stem;
    let events: Vec<String> = d
        .between
        .iter()
        .map(|&i| {
            let e = &scenario.events[i];
            event_dated(l, &e.title, e.date)
        })
        .collect();
    let (ad, bd) = (a.date.long_in(l), b.date.long_in(l));
    let caption = sentences(
        l,
        &[
            say(
                l,
                &m::GALLERY_DIFF_CAPTION,
                [&scenario.title, &a.title, &ad, &b.title, &bd],
            ),
            say(l, &m::DIFF_ALT_EVENTS, [&parts(l, &events)]),
        ],
    );
    let credit = crate::scene::credit(l, scenario);
    let _ = write!(
        h,
        "<article class=\"map diff\" id=\"{id}\" aria-labelledby=\"{id}-h\">\n\
<h3 id=\"{id}-h\"><span class=\"when\">{ad} → {bd}</span> \
<span class=\"big\">{at} → {bt}</span></h3>\n<figure>\n\
<img src=\"{svg}\" width=\"{w}\" height=\"{hh}\" alt=\"{alt}\" loading=\"lazy\" \
decoding=\"async\">\n\
<figcaption>{cap} <span class=\"credit\">{credit}</span></figcaption>\n</figure>\n\
<div class=\"side\">\n<div class=\"facts\">\n",
        svg = escape(&d.svg),
        w = d.width,
        hh = d.height,
        alt = escape(&d.alt),
        cap = escape(&caption),
        credit = escape(&credit),
        ad = escape(&ad),
        bd = escape(&bd),
        at = escape(short_title(&a.title)),
        bt = escape(short_title(&b.title)),
    );
    let _ = write!(
        h,
        "<h4>{}</h4>\n<ul class=\"changes\">\n",
        say(l, &m::GALLERY_WHAT_CHANGED, [])
    );
    for c in &d.changes {
        let _ = writeln!(
            h,
            "<li>{}</li>",
            change_of(
                l,
                &format!("<strong>{}</strong>", escape(&c.name)),
                &escape(&held_words(l, scenario, c.before.as_ref(), &d.a, &c.name)),
                &escape(&held_words(l, scenario, c.after.as_ref(), &d.b, &c.name)),
            )
        );
    }
    let _ = write!(
        h,
        "</ul>\n<h4>{}</h4>\n<ol class=\"events\">\n",
        say(l, &m::GALLERY_EVENTS_BETWEEN, [])
    );
    for &i in &d.between {
        event_item(h, l, scenario, i, Some(&d.changes));
    }
    h.push_str("</ol>\n");
    let _ = write!(
        h,
        "</div>\n<div class=\"more\">\n<p class=\"files\"><a class=\"file\" href=\"{svg}\">SVG <span>{w} × {hh}</span></a>\
<a class=\"file\" href=\"{png}\">PNG <span>{w} × {hh}</span></a></p>\n\
<details>\n<summary>{alt_text}</summary>\n<p class=\"alt\">{alt}</p>\n</details>\n\
<details class=\"embed\">\n<summary>{embed}</summary>\n",
        svg = escape(&d.svg),
        png = escape(&d.png),
        w = d.width,
        hh = d.height,
        alt_text = say(l, &m::GALLERY_ALT_TEXT, []),
        alt = escape(&d.alt),
        embed = say(l, &m::GALLERY_EMBED, []),
    );
    for (format, file) in [("svg", &d.svg), ("png", &d.png)] {
        snippet(
            h,
            l,
            &format!("{id}-{format}"),
            format,
            &figure(file, d.width, d.height, &d.alt, &caption, &credit),
        );
    }
    h.push_str("</details>\n</div>\n</div>\n</article>\n");
}

/// A region's control before or after a change, for the gallery's list of changes:
/// "Empire of Japan, annexed territory (as Chōsen)", or "held by none".
fn held_words(
    l: Language,
    scenario: &Scenario,
    control: Option<&crate::model::Control>,
    state: &State,
    region: &str,
) -> String {
    match control {
        None => say(l, &m::GALLERY_HELD_BY_NONE, []),
        Some(_) => crate::words::control_words(l, scenario, control, state.date, region),
    }
}

/// A `<figure>` snippet in the form of the manifest's (see [`manifest::Entry::html`]).
fn figure(file: &str, width: u32, height: u32, alt: &str, caption: &str, credit: &str) -> String {
    format!(
        "<figure class=\"spheres-map\">\n  <img src=\"{}\" width=\"{width}\" height=\"{height}\" \
         alt=\"{}\">\n  <figcaption>{} <small>{}</small></figcaption>\n</figure>",
        escape(file),
        escape(alt),
        escape(caption),
        escape(credit)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Moment;
    use crate::timeline::tests::scenario;

    fn year_maps(s: &Scenario) -> Vec<YearMap> {
        let home = crate::scene::HomeTerritory::of(s);
        (s.start..=s.end)
            .map(|y| {
                let state = crate::timeline::resolve(s, &Moment::Year(y)).unwrap();
                let alt = crate::scene::alt_text(Language::En, s, &home, &state);
                let e = |ext: &str| {
                    Some(manifest::entry(
                        Language::En,
                        s,
                        &state,
                        &alt,
                        &format!("{y}.{ext}"),
                        ext,
                        (400, 300),
                    ))
                };
                YearMap {
                    year: y,
                    events: vec![],
                    svg: e("svg"),
                    png: e("png"),
                    state,
                }
            })
            .collect()
    }

    #[test]
    fn the_page_escapes_the_scenario_and_shows_one_year_at_a_time() {
        let mut s = scenario();
        s.title = "Spheres <b>&</b> \"lines\"".into();
        let page = html(Language::En, &s, &year_maps(&s), &[]);
        assert!(page.contains("<h1>Spheres &lt;b&gt;&amp;&lt;/b&gt; &quot;lines&quot;</h1>"));
        assert!(!page.contains("<b>&</b>"));
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(page.contains("min=\"1900\" max=\"1910\" step=\"1\" value=\"1900\""));
        assert_eq!(page.matches("<article class=\"map\"").count(), 11);
        // The first year is shown; the script steps through the others.
        assert!(page.contains("id=\"map-1900\" data-year=\"1900\""));
        assert_eq!(page.matches("\" hidden>\n<h3").count(), 10);
        // Snippets are shown as text, not markup.
        assert!(page.contains("&lt;figure class=&quot;spheres-map&quot;&gt;"));
        assert!(!page.contains("<figure class=\"spheres-map\">"));
        // No section for comparisons when there are none.
        assert!(!page.contains("id=\"treaties\""));
        assert_eq!(
            page,
            html(Language::En, &s, &year_maps(&s), &[]),
            "deterministic"
        );
    }

    #[test]
    fn the_page_is_written_in_its_language() {
        let s = scenario();
        let page = html(Language::Ru, &s, &year_maps(&s), &[]);
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
        assert!(page.contains("<a class=\"skip\" href=\"#years\">Перейти к картам</a>"));
        assert!(
            page.contains("<p class=\"lede\">11 карт, по одной на каждый год с 1900 по 1910. ")
        );
        assert!(page.contains("<p class=\"quiet\">В 1900 г. событий нет.</p>"));
        assert!(page.contains("</span> Предыдущий<span class=\"sr\"> год</span></button>"));
        // The script's words, as JavaScript strings in ASCII.
        assert!(page.contains("button.textContent = \"\\u041A\\u043E\\u043F\\u0438\\u0440\\u043E\\u0432\\u0430\\u0442\\u044C\";"));
        assert!(!page.contains("{{"), "every word of the script is replaced");
        let en = html(Language::En, &s, &year_maps(&s), &[]);
        assert!(en.contains("say(ok ? \"Copied to the clipboard\" : \"Selected: press Ctrl+C (\\u2318C on a Mac) to copy\");"));
    }

    #[test]
    fn javascript_strings_are_ascii() {
        assert_eq!(js_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(js_string("⌘ 𝄞"), "\"\\u2318 \\uD834\\uDD1E\"");
    }
}
