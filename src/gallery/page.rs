//! The gallery's page: the HTML of `index.html` from the maps a run drew. Every string
//! from the scenario is escaped, and nothing depends on the time or the folder.

use std::fmt::Write as _;

use crate::diff;
use crate::model::Scenario;
use crate::output::manifest::{self, Entry};
use crate::render::svg::escape;
use crate::scene;
use crate::timeline::State;

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
    pub(super) svg: String,
    pub(super) png: String,
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) alt: String,
}

/// The page. Every string from the scenario is escaped; nothing depends on the time or
/// the folder it is written to.
pub(super) fn html(scenario: &Scenario, years: &[YearMap], diffs: &[Comparison]) -> String {
    let mut h = String::with_capacity(64 * 1024 + years.len() * 6 * 1024);
    let title = escape(&scenario.title);
    let (first, last) = (
        years.first().map_or(scenario.start, |y| y.year),
        years.last().map_or(scenario.end, |y| y.year),
    );
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title} — map gallery</title>\n\
<meta name=\"description\" content=\"{desc}\">\n\
<link rel=\"icon\" href=\"data:,\">\n<style>\n{STYLE}</style>\n\
<noscript><style>.maps > .map[hidden] {{ display: grid !important; }}</style></noscript>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#years\">Skip to the maps</a>\n\
<header class=\"masthead\">\n<div class=\"wrap\">\n<p class=\"kicker\">Map gallery</p>\n\
<h1>{title}</h1>\n<p class=\"lede\">{lede}</p>\n\
<nav aria-label=\"Sections\">\n<ul>\n<li><a href=\"#years\">Year by year</a></li>\n",
        desc = escape(&format!(
            "Maps of {} for every year from {first} to {last}, with their captions, alt text \
             and sources.",
            crate::words::lower_first(&scenario.title)
        )),
        lede = lede(scenario, years.len(), diffs.len(), first, last),
    );
    if !diffs.is_empty() {
        let _ = writeln!(
            h,
            "<li><a href=\"#treaties\">Between {}</a></li>",
            compared(scenario).0
        );
    }
    let _ = write!(
        h,
        "<li><a href=\"{}\">maps.json</a> <span class=\"muted\">(captions, alt text and \
         sources of every file)</span></li>\n</ul>\n</nav>\n</div>\n</header>\n<main>\n",
        manifest::FILE_NAME
    );

    year_section(&mut h, scenario, years, first, last);
    if !diffs.is_empty() {
        diff_section(&mut h, scenario, diffs);
    }

    let _ = write!(
        h,
        "</main>\n<footer class=\"colophon\">\n<div class=\"wrap\">\n<p>{}</p>\n\
<p>Made with spheres. Every map is in this \
folder as SVG and PNG; <a href=\"{}\">maps.json</a> lists them with their captions, alt text \
and sources.</p>\n</div>\n</footer>\n<div class=\"toast\" id=\"toast\" role=\"status\" \
aria-live=\"polite\"></div>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        escape(&crate::scene::credit(scenario)),
        manifest::FILE_NAME
    );
    h
}

/// The opening paragraph: what the page holds.
fn lede(scenario: &Scenario, years: usize, diffs: usize, first: i32, last: i32) -> String {
    let mut text = format!(
        "{years} {}, one for each year from {first} to {last}",
        if years == 1 { "map" } else { "maps" }
    );
    if diffs > 0 {
        let _ = write!(
            text,
            ", and {diffs} {} of what changed between consecutive {}",
            if diffs == 1 { "map" } else { "maps" },
            compared(scenario).0
        );
    }
    text.push_str(
        ". Each map comes as SVG and PNG with its caption, alt text, sources and a \
         <code>&lt;figure&gt;</code> to paste into a page.",
    );
    text
}

/// What the diff maps compare, plural and singular: treaties, or without any marked, the
/// events that change control.
fn compared(scenario: &Scenario) -> (&'static str, &'static str) {
    if scenario.events.iter().any(|e| e.treaty) {
        ("treaties", "treaty")
    } else {
        ("events", "event")
    }
}

/// The year-by-year section: the slider and its buttons (shown by the script), marked at
/// the years of treaties, and an article per year.
fn year_section(h: &mut String, scenario: &Scenario, years: &[YearMap], first: i32, last: i32) {
    // Tick marks on the slider at the years of treaties.
    let mut ticks: Vec<i32> = scenario
        .events
        .iter()
        .filter(|e| e.treaty && (first..=last).contains(&e.date.year))
        .map(|e| e.date.year)
        .collect();
    ticks.sort_unstable();
    ticks.dedup();
    let (list, ticks_hint) = if ticks.is_empty() {
        (String::new(), "")
    } else {
        (
            " list=\"treaty-years\"".to_string(),
            " The marks under the slider are the years of treaties.",
        )
    };
    let _ = write!(
        h,
        "<section class=\"section\" id=\"years\" aria-labelledby=\"years-heading\">\n\
<div class=\"wrap\">\n<h2 id=\"years-heading\">Year by year</h2>\n\
<p class=\"hint\" id=\"years-hint\">Each map shows the state as of 31 December of its year. \
<span class=\"js-only\" hidden>Move the slider, or use the arrow keys on it, to step through \
the years.{ticks_hint}</span></p>\n\
<div class=\"controls\" id=\"controls\" hidden>\n\
<button type=\"button\" class=\"step\" id=\"prev\" aria-controls=\"maps\">\
<span aria-hidden=\"true\">‹</span> Previous<span class=\"sr\"> year</span></button>\n\
<div class=\"slider\">\n<label for=\"year\">Year</label>\n\
<output id=\"year-now\" for=\"year\">{first}</output>\n\
<input type=\"range\" id=\"year\" min=\"{first}\" max=\"{last}\" step=\"1\" value=\"{first}\" \
aria-controls=\"maps\" aria-describedby=\"years-hint\"{list}>\n\
<span class=\"ends\" aria-hidden=\"true\"><span>{first}</span><span>{last}</span></span>\n\
</div>\n\
<button type=\"button\" class=\"step\" id=\"next\" aria-controls=\"maps\">\
Next<span class=\"sr\"> year</span> <span aria-hidden=\"true\">›</span></button>\n\
</div>\n"
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
        year_article(h, scenario, y, k == 0);
    }
    h.push_str("</div>\n</div>\n</section>\n");
}

/// A year's article: its heading and map, the events of its year, then the rest
/// ([`year_more`]). Only the first year is shown before the script runs.
fn year_article(h: &mut String, scenario: &Scenario, y: &YearMap, first: bool) {
    // The SVG is shown (sharp at any size and pixel density); both files are offered.
    let Some(shown) = y.svg.as_ref().or(y.png.as_ref()) else {
        return;
    };
    let subtitle = scene::subtitle(scenario, &y.state);
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
        let _ = writeln!(h, "<p class=\"quiet\">No event in {}.</p>", y.year);
    } else {
        let _ = write!(h, "<h4>Events in {}</h4>\n<ol class=\"events\">\n", y.year);
        for &i in &y.events {
            event_item(h, scenario, i, None);
        }
        h.push_str("</ol>\n");
    }

    year_more(h, y, shown, &id);
}

/// The column under a year's events: links to its files, its alt text and sources, and
/// the `<figure>` snippets of its files (`shown`: the file the page shows; `id`: the
/// article's).
fn year_more(h: &mut String, y: &YearMap, shown: &Entry, id: &str) {
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
        "<details>\n<summary>Alt text</summary>\n<p class=\"alt\">{}</p>\n</details>\n",
        escape(&shown.alt)
    );
    if !shown.sources.is_empty() {
        let _ = write!(
            h,
            "<details>\n<summary>Sources ({})</summary>\n<ol class=\"sources\">\n",
            shown.sources.len()
        );
        for s in &shown.sources {
            let date = crate::model::Date::parse(&s.date).map_or(s.date.clone(), |d| d.long());
            let _ = writeln!(h, "<li>{}: {}</li>", escape(&date), link(&s.title, &s.url));
        }
        h.push_str("</ol>\n</details>\n");
    }
    h.push_str("<details class=\"embed\">\n<summary>Embed this map</summary>\n");
    for e in [&y.svg, &y.png].into_iter().flatten() {
        snippet(h, &format!("{id}-{}", e.format), &e.format, &e.html);
    }
    h.push_str("</details>\n</div>\n</div>\n</article>\n");
}

/// An event in a list: its date, title (linked to its source) and whether it is a treaty.
/// With `shown`, an event that changed nothing on the map is said to.
fn event_item(h: &mut String, scenario: &Scenario, i: usize, shown: Option<&[diff::Change]>) {
    let e = &scenario.events[i];
    let quiet = shown.is_some_and(|changes| !changes.iter().any(|c| c.events.contains(&i)));
    let _ = writeln!(
        h,
        "<li{}><time datetime=\"{}\">{}</time> {}{}{}</li>",
        if quiet { " class=\"quiet\"" } else { "" },
        e.date,
        escape(&e.date.long()),
        link(&e.title, &e.source),
        if e.treaty {
            " <span class=\"tag\">treaty</span>"
        } else {
            ""
        },
        if quiet {
            " <span class=\"note\">(no change on the map)</span>"
        } else {
            ""
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
fn snippet(h: &mut String, id: &str, format: &str, html: &str) {
    // Enough rows for the snippet wrapped at about 48 characters, within reason.
    let rows = html
        .lines()
        .map(|l| l.chars().count() / 48 + 1)
        .sum::<usize>()
        .clamp(4, 12);
    let _ = write!(
        h,
        "<div class=\"snippet\">\n<div class=\"snippet-head\"><label for=\"{id}\">{fmt} \
<code>&lt;figure&gt;</code></label>\
<button type=\"button\" class=\"copy\" data-copy=\"{id}\" \
aria-label=\"Copy the {fmt} figure\" hidden>Copy</button></div>\n\
<textarea id=\"{id}\" rows=\"{rows}\" readonly spellcheck=\"false\">{text}</textarea>\n</div>\n",
        fmt = format.to_uppercase(),
        text = escape(html),
    );
}

/// The section of diff maps: a list of the comparisons, then an article for each.
fn diff_section(h: &mut String, scenario: &Scenario, diffs: &[Comparison]) {
    let (plural, singular) = compared(scenario);
    let _ = write!(
        h,
        "<section class=\"section alt-bg\" id=\"treaties\" aria-labelledby=\"treaties-heading\">\n\
<div class=\"wrap\">\n<h2 id=\"treaties-heading\">Between {plural}</h2>\n\
<p class=\"hint\">Each map compares the state just after one {singular} with the state just \
after the next, and shows only what changed; pairs that changed nothing on the map are left \
out.</p>\n<nav aria-label=\"Comparisons\">\n<ol class=\"toc\">\n",
    );
    for d in diffs {
        let (a, b) = (&scenario.events[d.step.from], &scenario.events[d.step.to]);
        let _ = writeln!(
            h,
            "<li><a href=\"#{}\"><span class=\"when\">{}</span> {} → {}</a></li>",
            diff_id(d),
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
        diff_article(h, scenario, d);
    }
    h.push_str("</div>\n</div>\n</section>\n");
}

/// A diff map's anchor on the page: its file's stem.
fn diff_id(d: &Comparison) -> String {
    d.svg.trim_end_matches(".svg").to_string()
}

/// A title without its parenthetical gloss, for the list of comparisons.
fn short_title(title: &str) -> &str {
    crate::words::short_name(title)
}

/// A diff map's article: the two events compared, the map, what changed and the events
/// in between, then its files, alt text and `<figure>` snippets.
fn diff_article(h: &mut String, scenario: &Scenario, d: &Comparison) {
    let (a, b) = (&scenario.events[d.step.from], &scenario.events[d.step.to]);
    let id = diff_id(d);
    let events: Vec<String> = d
        .between
        .iter()
        .map(|&i| {
            let e = &scenario.events[i];
            format!("{} ({})", e.title, e.date.long())
        })
        .collect();
    let caption = format!(
        "{}: what changed from the {} of {} to the {} of {}. Events in between: {}.",
        scenario.title,
        a.title,
        a.date.long(),
        b.title,
        b.date.long(),
        events.join("; ")
    );
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
        credit = escape(&crate::scene::credit(scenario)),
        ad = escape(&a.date.long()),
        bd = escape(&b.date.long()),
        at = escape(short_title(&a.title)),
        bt = escape(short_title(&b.title)),
    );
    let _ = write!(h, "<h4>What changed</h4>\n<ul class=\"changes\">\n");
    for c in &d.changes {
        let _ = writeln!(
            h,
            "<li><strong>{}</strong>: {} → {}</li>",
            escape(&c.name),
            escape(&held_words(scenario, c.before.as_ref(), &d.a, &c.name)),
            escape(&held_words(scenario, c.after.as_ref(), &d.b, &c.name)),
        );
    }
    h.push_str("</ul>\n<h4>Events in between</h4>\n<ol class=\"events\">\n");
    for &i in &d.between {
        event_item(h, scenario, i, Some(&d.changes));
    }
    h.push_str("</ol>\n");
    let _ = write!(
        h,
        "</div>\n<div class=\"more\">\n<p class=\"files\"><a class=\"file\" href=\"{svg}\">SVG <span>{w} × {hh}</span></a>\
<a class=\"file\" href=\"{png}\">PNG <span>{w} × {hh}</span></a></p>\n\
<details>\n<summary>Alt text</summary>\n<p class=\"alt\">{alt}</p>\n</details>\n\
<details class=\"embed\">\n<summary>Embed this map</summary>\n",
        svg = escape(&d.svg),
        png = escape(&d.png),
        w = d.width,
        hh = d.height,
        alt = escape(&d.alt),
    );
    for (format, file) in [("svg", &d.svg), ("png", &d.png)] {
        snippet(
            h,
            &format!("{id}-{format}"),
            format,
            &figure(
                file,
                d.width,
                d.height,
                &d.alt,
                &caption,
                &crate::scene::credit(scenario),
            ),
        );
    }
    h.push_str("</details>\n</div>\n</div>\n</article>\n");
}

/// A region's control before or after a change, for the gallery's list of changes:
/// "Empire of Japan, annexed territory (as Chōsen)", or "held by none".
fn held_words(
    scenario: &Scenario,
    control: Option<&crate::model::Control>,
    state: &State,
    region: &str,
) -> String {
    match control {
        None => "held by none".into(),
        Some(_) => crate::words::control_words(scenario, control, state.date, region),
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
                let alt = crate::scene::alt_text(s, &home, &state);
                let e = |ext: &str| {
                    Some(manifest::entry(
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
        let page = html(&s, &year_maps(&s), &[]);
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
        assert_eq!(page, html(&s, &year_maps(&s), &[]), "deterministic");
    }
}
