//! The chart of the area under each power's control over time, drawn with plotters.
//!
//! One panel per power, on a shared time axis and a shared area scale, so the panels
//! compare directly. In each panel the area is stacked by status, strongest control
//! (the scenario's first status) at the bottom, in shades of the power's colour; the area
//! is a step function that changes only on the dates of events. Every event of the range
//! is marked by a vertical line and a numbered marker, and listed in a key below; events
//! that changed nothing on the map are drawn hollow and dashed.
//!
//! plotters draws SVG; the PNG is that SVG rasterised by resvg with the embedded font, so
//! the two agree. plotters measures text with the same embedded DejaVu Sans (through
//! `ab_glyph`), never with system fonts.
//!
//! Here: the data ([`areas`]), the SVG ([`svg()`]) with its title and alt text. Where
//! things go is `layout`'s, the drawing `draw`'s, and the paints of the bands `paint`'s.

use std::sync::OnceLock;

use plotters::style::{FontStyle, register_font};

use crate::language::Language;
use crate::measure;
use crate::messages::{self as m, say};
use crate::model::{Date, Scenario};
use crate::render::svg;
use crate::scene::Theme;
use crate::scene::text;
use crate::timeline::{History, State};
use crate::words;

mod draw;
mod layout;
mod paint;

use draw::draw;
use layout::Layout;
use paint::Patterns;

/// The chart's size and colours.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels; `None` gives the chart the height it needs for panels of a
    /// comfortable size.
    pub height: Option<u32>,
    /// The colour theme (the powers' colours go through [`Theme::power_color`]).
    pub theme: Theme,
    /// The language of the chart's words (title, axes, key, alt text), which its font list
    /// is for ([`text::font_family`]); the scenario's names come already in it.
    pub language: Language,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1200,
            height: None,
            theme: Theme::default(),
            language: Language::En,
        }
    }
}

/// Why a chart could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The embedded font could not be given to plotters (a corrupt build).
    #[error("the embedded font could not be loaded for the chart")]
    Font,
    /// The chart does not fit in the size asked for.
    #[error(
        "a {width}×{height} chart is too small for {panels} panels and {events} events (hint: use --height {needed} or more)"
    )]
    TooSmall {
        /// Width asked for.
        width: u32,
        /// Height asked for.
        height: u32,
        /// Panels (powers) to draw.
        panels: usize,
        /// Events to list.
        events: usize,
        /// The least height that fits.
        needed: u32,
    },
    /// plotters failed to draw.
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
}

/// The area one power holds over time, by status.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The power's index in the scenario.
    pub power: usize,
    /// The statuses it holds at some time in the range (indices, scenario order).
    pub statuses: Vec<usize>,
    /// For each step of [`Areas::steps`], the area in km² under each of `statuses`.
    pub values: Vec<Vec<f64>>,
}

impl Series {
    /// The total area at each step, in km².
    pub fn totals(&self) -> Vec<f64> {
        self.values.iter().map(|v| v.iter().sum()).collect()
    }
}

/// The area under each power's control from the start of `from` to the end of `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Areas {
    /// First year.
    pub from: i32,
    /// Last year.
    pub to: i32,
    /// The first day of each step: 1 January of `from`, then each date on which events
    /// took effect. A step lasts until the next one, the last until the end of `to`.
    pub steps: Vec<Date>,
    /// One series per power, in the scenario's order.
    pub series: Vec<Series>,
}

/// Measures the area each power holds, by status, at every change from `from` to `to`.
///
/// Areas are the geodesic areas of the whole regions (see [`measure::region_areas`]):
/// a sphere of influence counts with the full area of the region it covers. A held
/// overlay (a railway zone) counts for its holder and is taken from the region under it
/// (see [`measure::held_areas`]), so no place counts twice. A doubtful control (faded on
/// the maps: a claim, or troops along a railway) is not counted.
pub fn areas(history: &History, from: i32, to: i32) -> Areas {
    let scenario = history.scenario();
    let region_km2 = measure::region_areas(scenario);
    let covered = measure::Covered::of(scenario);
    let mut steps = vec![Date {
        year: from,
        month: 1,
        day: 1,
    }];
    let mut states = vec![history.on(Date::end_of_year(from - 1))];
    let mut dates: Vec<Date> = scenario
        .events
        .iter()
        .map(|e| e.date)
        .filter(|d| (from..=to).contains(&d.year))
        .collect();
    dates.sort();
    dates.dedup();
    for d in dates {
        steps.push(d);
        states.push(history.on(d));
    }
    let series = scenario
        .powers
        .iter()
        .enumerate()
        .map(|(pi, power)| {
            let per_status = |st: &State, si: usize| -> f64 {
                let sid = &scenario.statuses[si].id;
                st.controls
                    .iter()
                    .zip(measure::held_areas(&region_km2, &covered, st))
                    .filter(|(c, _)| {
                        c.as_ref().is_some_and(|h| {
                            h.control.power == power.id
                                && &h.control.status == sid
                                && !h.control.doubtful()
                        })
                    })
                    .map(|(_, a)| a)
                    .sum()
            };
            let statuses: Vec<usize> = (0..scenario.statuses.len())
                .filter(|&si| states.iter().any(|st| per_status(st, si) > 0.0))
                .collect();
            let values = states
                .iter()
                .map(|st| statuses.iter().map(|&si| per_status(st, si)).collect())
                .collect();
            Series {
                power: pi,
                statuses,
                values,
            }
        })
        .collect();
    Areas {
        from,
        to,
        steps,
        series,
    }
}

/// A date as a fractional year: 1 January 1912 is 1912.0.
pub fn decimal_year(d: Date) -> f64 {
    let leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    let before: u32 = (1..d.month)
        .map(|m| match m {
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 31,
        })
        .sum();
    let days = if leap { 366.0 } else { 365.0 };
    f64::from(d.year) + f64::from(before + u32::from(d.day) - 1) / days
}

/// The SVG text of the chart for years `from` to `to`.
pub fn svg(history: &History, from: i32, to: i32, options: &Options) -> Result<String, ChartError> {
    register_fonts()?;
    let scenario = history.scenario();
    let data = areas(history, from, to);
    let layout = Layout::new(history, &data, options)?;
    let mut buf = String::new();
    let mut patterns = Patterns::default();
    draw(scenario, &data, options, &layout, &mut patterns, &mut buf).map_err(ChartError::Draw)?;
    let language = options.language;
    Ok(patterns.apply(add_title(
        &buf,
        &title(language, &data),
        &describe(language, scenario, &data),
    )))
}

/// Gives plotters the embedded font under each name the SVG may ask for (the family list
/// of each language, ending in a generic family), so it measures text as resvg and
/// browsers draw it. plotters measures with one font per name: DejaVu Sans, whose widths
/// are those of the Latin letters and digits of the axes; it measures nothing the chart
/// places by its words' widths (those are [`text::width`]'s).
fn register_fonts() -> Result<(), ChartError> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        Language::ALL.iter().all(|&l| {
            let family = text::font_family(l);
            register_font(family, FontStyle::Normal, text::regular_bytes()).is_ok()
                && register_font(family, FontStyle::Bold, text::bold_bytes()).is_ok()
        })
    });
    if ok { Ok(()) } else { Err(ChartError::Font) }
}

/// The chart's title.
fn title(language: Language, data: &Areas) -> String {
    say(language, &m::CHART_TITLE, [&data.from, &data.to])
}

/// Puts the title and a description (the alt text) into plotters' SVG, which has none.
fn add_title(svg_text: &str, title: &str, desc: &str) -> String {
    let open = "xmlns=\"http://www.w3.org/2000/svg\">";
    match svg_text.find(open) {
        Some(i) => {
            let at = i + open.len();
            format!(
                "{} role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n<title id=\"chart-title\">{}</title>\n<desc id=\"chart-desc\">{}</desc>{}",
                &svg_text[..at - 1],
                svg::escape(title),
                svg::escape(desc),
                &svg_text[at..]
            )
        }
        None => svg_text.to_string(),
    }
}

/// What the chart shows, in words: for each power, where it starts, its peak and where it
/// ends.
fn describe(language: Language, scenario: &Scenario, data: &Areas) -> String {
    let km2 = |v: f64| words::area(language, v);
    let mut parts = vec![say(language, &m::CHART_DESC_INTRO, [&data.from, &data.to])];
    for s in &data.series {
        let totals = s.totals();
        let power = &scenario.powers[s.power];
        if totals.iter().all(|t| *t <= 0.0) {
            parts.push(say(language, &m::CHART_DESC_NOTHING, [&power.name]));
            continue;
        }
        let (peak_i, peak) =
            totals.iter().enumerate().fold(
                (0, 0.0),
                |best, (i, &t)| if t > best.1 { (i, t) } else { best },
            );
        let first = totals.first().copied().unwrap_or(0.0);
        let last = totals.last().copied().unwrap_or(0.0);
        parts.push(say(
            language,
            &m::CHART_DESC_POWER,
            [
                &power.name,
                &km2(first),
                &data.from,
                &km2(peak),
                &data.steps[peak_i].long_in(language),
                &km2(last),
                &data.to,
            ],
        ));
    }
    words::sentences(language, &parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::scenario;
    use geo::{LineString, MultiPolygon, Polygon};

    fn square(x: f64) -> MultiPolygon<f64> {
        MultiPolygon::new(vec![Polygon::new(
            LineString::from(vec![
                (x, 0.0),
                (x + 1.0, 0.0),
                (x + 1.0, 1.0),
                (x, 1.0),
                (x, 0.0),
            ]),
            vec![],
        )])
    }

    #[test]
    fn areas_step_at_event_dates() {
        let mut s = scenario();
        s.regions[0].shape = square(0.0);
        s.regions[1].shape = square(10.0);
        let a = areas(&History::new(&s), 1900, 1910);
        let dates: Vec<String> = a.steps.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            dates,
            ["1900-01-01", "1901-06-01", "1903-03-03", "1905-01-01"]
        );
        let japan = &a.series[0];
        assert_eq!(japan.statuses, [0]);
        let t = japan.totals();
        assert_eq!(t[0], 0.0);
        assert!(t[1] > 12_000.0, "x held from 1901: {t:?}");
        assert_eq!(t[2], t[1], "tie-2 hands y to b on the same day as tie-1");
        assert_eq!(t[3], 0.0, "x cleared in 1905");
        assert!(a.series[1].totals()[2] > 12_000.0);
    }

    #[test]
    fn decimal_years_count_days() {
        assert_eq!(decimal_year(Date::parse("1912-01-01").unwrap()), 1912.0);
        let mid = decimal_year(Date::parse("1911-07-02").unwrap());
        assert!((mid - 1911.4986).abs() < 1e-3, "{mid}");
    }

    #[test]
    fn the_svg_names_the_powers_and_has_alt_text() {
        let mut s = scenario();
        s.regions[0].shape = square(0.0);
        s.regions[1].shape = square(10.0);
        let history = History::new(&s);
        let svg = svg(&history, 1900, 1910, &Options::default()).unwrap();
        assert!(
            svg.contains("<title id=\"chart-title\">Area held by each power, 1900–1910</title>")
        );
        assert!(svg.contains("<desc id=\"chart-desc\">Step chart"));
        assert!(
            svg.contains(">\nA\n<") || svg.contains(">A<"),
            "power A is named"
        );
        assert!(svg.contains("thousand km²"));
        assert!(
            !svg.contains("font-family=\"sans-serif\""),
            "the embedded font is named"
        );
        assert!(matches!(
            super::svg(
                &history,
                1900,
                1910,
                &Options {
                    height: Some(300),
                    ..Options::default()
                }
            ),
            Err(ChartError::TooSmall { .. })
        ));
    }

    #[test]
    fn chart_texts_wrap_rather_than_being_cut() {
        // The built-in scenario's long names: the Provisional Government's, statuses such
        // as "military occupation", event titles; at the chart's narrowest widths too.
        let s = crate::load::built_in().unwrap();
        let history = History::new(&s);
        for width in [500, 700, 1200] {
            let options = Options {
                width,
                ..Options::default()
            };
            let svg = svg(&history, s.start, s.end, &options).unwrap();
            assert!(!svg.contains('…'), "{width}: a text is cut");
            for words in ["Russia (Provisional", "from 1917", "military occupation"] {
                assert!(svg.contains(words), "{width}: '{words}' is missing");
            }
        }
    }
}
