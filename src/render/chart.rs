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

use std::f64::consts::SQRT_2;
use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color as _, FontDesc, FontFamily, FontStyle, RGBColor, register_font};

use crate::measure;
use crate::model::{Color, Date, Scenario, Style};
use crate::render::svg;
use crate::scene::text::{self, FONT_FAMILY};
use crate::scene::{Pattern, PatternKind, Theme, whole_tile};
use crate::timeline::{History, State};

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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1200,
            height: None,
            theme: Theme::default(),
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
/// a sphere of influence counts with the full area of the region it covers.
pub fn areas(history: &History, from: i32, to: i32) -> Areas {
    let scenario = history.scenario();
    let region_km2 = measure::region_areas(scenario);
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
                    .zip(&region_km2)
                    .filter(|(c, _)| {
                        c.as_ref().is_some_and(|h| {
                            h.control.power == power.id && &h.control.status == sid
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
    Ok(patterns.apply(add_title(&buf, &title(&data), &describe(scenario, &data))))
}

/// Gives plotters the embedded font under the name the SVG asks for (the family list
/// ending in a generic family), so it measures text as resvg and browsers draw it.
fn register_fonts() -> Result<(), ChartError> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        register_font(FONT_FAMILY, FontStyle::Normal, text::regular_bytes()).is_ok()
            && register_font(FONT_FAMILY, FontStyle::Bold, text::bold_bytes()).is_ok()
    });
    if ok { Ok(()) } else { Err(ChartError::Font) }
}

fn rgb(c: Color) -> RGBColor {
    RGBColor(c.r, c.g, c.b)
}

/// A text style of `px` pixels (plotters writes `font-size` as its size divided by 1.24).
fn font(px: f64, bold: bool, color: Color) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(FONT_FAMILY), px * 1.24, style).color(&rgb(color))
}

/// Short English date: "8 Jul 1912".
fn short_date(d: Date) -> String {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{} {} {}", d.day, M[usize::from(d.month - 1)], d.year)
}

/// The text cut to `max` pixels wide, with an ellipsis if it was cut.
fn fit(text: &str, size: f64, bold: bool, max: f64) -> String {
    if text::width(text, size, bold, 0.0) <= max {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let s: String = chars.iter().collect::<String>().trim_end().to_string() + "…";
        if text::width(&s, size, bold, 0.0) <= max {
            return s;
        }
    }
    String::new()
}

/// Greedy word wrap to `max` pixels.
fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let tried = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text::width(&tried, size, bold, 0.0) > max {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = tried;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// An event marked on the chart.
struct Mark {
    event: usize,
    changed: bool,
    x: f64,
}

/// The unit of the area axis: divisor and name.
fn unit(max_km2: f64) -> (f64, &'static str) {
    if max_km2 >= 1e6 {
        (1e6, "million km²")
    } else if max_km2 >= 1e3 {
        (1e3, "thousand km²")
    } else {
        (1.0, "km²")
    }
}

/// A round upper bound and tick step for values up to `max`.
fn nice(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 0.25);
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

/// Spreads markers wanted at sorted positions `ideal` so that they are at least `gap`
/// apart and within `lo..=hi`, moving them as little as possible.
fn spread(ideal: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
    // Clusters of markers set side by side; each sits where its members want on average.
    struct Cluster {
        n: usize,
        sum: f64,
    }
    let start = |c: &Cluster| {
        let s = c.sum / c.n as f64;
        s.min(hi - (c.n - 1) as f64 * gap).max(lo)
    };
    let mut clusters: Vec<Cluster> = Vec::new();
    for &x in ideal {
        clusters.push(Cluster { n: 1, sum: x });
        while clusters.len() >= 2 {
            let last = &clusters[clusters.len() - 1];
            let prev = &clusters[clusters.len() - 2];
            if start(prev) + prev.n as f64 * gap <= start(last) + 1e-9 {
                break;
            }
            let last = clusters.pop().unwrap_or(Cluster { n: 0, sum: 0.0 });
            if let Some(prev) = clusters.last_mut() {
                prev.sum += last.sum - (last.n * prev.n) as f64 * gap;
                prev.n += last.n;
            }
        }
    }
    clusters
        .iter()
        .flat_map(|c| {
            let s = start(c);
            (0..c.n).map(move |k| s + k as f64 * gap)
        })
        .collect()
}

/// Sizes and places, in pixels.
struct Layout {
    /// The chart's height in pixels.
    height: u32,
    /// Text scale: 1 at 1200 px wide.
    k: f64,
    margin: f64,
    /// Subtitle lines under the title.
    subtitle: Vec<String>,
    /// Source lines at the foot.
    credit: Vec<String>,
    /// Left edge of the panels (their y labels included) and right edge of the plots.
    left: f64,
    right: f64,
    /// The area label column.
    y_label: f64,
    /// Marker row: centre line and radius.
    mark_y: f64,
    mark_r: f64,
    /// Top of the first plot, height of each plot, gap between panels.
    plot_top: f64,
    plot_h: f64,
    gap: f64,
    /// Height of the x axis labels under the last plot.
    x_axis: f64,
    /// Where the event key starts, its columns and their width.
    key_top: f64,
    key_cols: usize,
    key_col_w: f64,
    key_row: f64,
    /// Powers drawn (indices into the scenario), one panel each.
    panels: Vec<usize>,
    marks: Vec<Mark>,
}

impl Layout {
    fn new(history: &History, data: &Areas, options: &Options) -> Result<Layout, ChartError> {
        let scenario = history.scenario();
        let w = f64::from(options.width);
        // Text shrinks slower than the chart, and not below a legible size.
        let k = (w / 1200.0).sqrt().max(0.88);
        let margin = (20.0 * k).round();
        let subtitle = wrap(&subtitle_text(scenario), 13.0 * k, false, w - 2.0 * margin);
        let header = margin + 26.0 * k + 18.0 * k * subtitle.len() as f64 + 12.0 * k;
        let y_label = (64.0 * k).round();
        let legend_w = (180.0 * k).round();
        let left = margin;
        let right = w - margin - legend_w;
        let marks: Vec<Mark> = history
            .steps()
            .iter()
            .filter(|step| (data.from..=data.to).contains(&step.state.date.year))
            .map(|step| Mark {
                event: step.event,
                changed: step.changes_map(),
                x: decimal_year(step.state.date),
            })
            .collect();
        let plot_w = right - left - y_label;
        let n_marks = marks.len().max(1) as f64;
        let mark_r = (8.0 * k)
            .min((plot_w + 40.0 * k) / n_marks / 2.0 - 1.0)
            .max(4.0);
        let mark_y = header + mark_r;
        let plot_top = (header + 2.0 * mark_r + 14.0 * k).round();
        // Powers that hold something in the range; all of them if none does.
        let mut panels: Vec<usize> = data
            .series
            .iter()
            .filter(|s| !s.statuses.is_empty())
            .map(|s| s.power)
            .collect();
        if panels.is_empty() {
            panels = (0..scenario.powers.len()).collect();
        }
        let gap = (22.0 * k).round();
        let x_axis = (30.0 * k).round();
        let key_row = (16.0 * k).round();
        let key_cols = (((w - 2.0 * margin) / (360.0 * k)).floor() as usize).max(1);
        let key_col_w = (w - 2.0 * margin) / key_cols as f64;
        let key_rows = marks.len().div_ceil(key_cols);
        let key_h = if marks.is_empty() {
            0.0
        } else {
            22.0 * k + key_rows as f64 * key_row
        };
        let credit = wrap(&credit_text(scenario), 10.5 * k, false, w - 2.0 * margin);
        let footer = 8.0 * k + 14.0 * k * credit.len() as f64;
        let fixed = plot_top + x_axis + 14.0 * k + key_h + footer + margin;
        let n = panels.len().max(1) as f64;
        // A panel must hold its key on the right, and be tall enough to read.
        let legend_h = panels
            .iter()
            .map(|&p| {
                let names = 1 + later_names(scenario, p, data).len();
                let rows = data.series.get(p).map_or(1, |s| s.statuses.len().max(1));
                17.0 * k * names as f64 + 6.0 * k + 18.0 * k * rows as f64
            })
            .fold(0.0, f64::max);
        let min_plot = (110.0 * k).max(legend_h - gap * 0.5).ceil();
        let needed = |plot: f64| (fixed + gap * (n - 1.0) + plot * n).ceil() as u32;
        let (height, plot_h) = match options.height {
            None => {
                let plot = (220.0 * k).max(min_plot).round();
                (needed(plot), plot)
            }
            Some(h) => {
                let plot = ((f64::from(h) - fixed - gap * (n - 1.0)) / n).floor();
                if plot < min_plot {
                    return Err(ChartError::TooSmall {
                        width: options.width,
                        height: h,
                        panels: panels.len(),
                        events: marks.len(),
                        needed: needed(min_plot),
                    });
                }
                (h, plot)
            }
        };
        let key_top = plot_top + n * plot_h + (n - 1.0) * gap + x_axis + 14.0 * k;
        Ok(Layout {
            height,
            k,
            margin,
            subtitle,
            credit,
            left,
            right,
            y_label,
            mark_y,
            mark_r,
            plot_top,
            plot_h,
            gap,
            x_axis,
            key_top,
            key_cols,
            key_col_w,
            key_row,
            panels,
            marks,
        })
    }
}

fn title(data: &Areas) -> String {
    format!("Area held by each power, {}–{}", data.from, data.to)
}

fn credit_text(scenario: &Scenario) -> String {
    format!(
        "Areas: whole regions, geodesic (WGS84); a sphere of influence counts with the full area of its region. {}",
        scenario.credit
    )
}

fn subtitle_text(scenario: &Scenario) -> String {
    format!(
        "{}. Geodesic area of the regions each power held, by status; numbered marks are the events listed below.",
        scenario.title
    )
}

/// The names a power had over the range, after the first: `(year, name)`.
fn later_names(scenario: &Scenario, power: usize, data: &Areas) -> Vec<(i32, String)> {
    scenario.powers[power]
        .names
        .iter()
        .filter(|n| n.from.year > data.from && n.from.year <= data.to)
        .map(|n| (n.from.year, n.name.clone()))
        .collect()
}

/// How a status band is painted: like the maps, from the power's colour and the status's
/// style (solid, tint, hatch, crosshatch, stripes, dots), so a reader knows the chart's bands from
/// the maps' legend; a style that comes back within one power is drawn darker (lighter
/// for a colour too dark to darken).
#[derive(Debug, Clone, PartialEq)]
enum Paint {
    Flat(Color),
    Pattern {
        kind: PatternKind,
        ink: Color,
        background: Color,
    },
}

fn paints(theme: &Theme, color: Color, styles: &[Style]) -> Vec<Paint> {
    let mut seen: Vec<Style> = Vec::new();
    styles
        .iter()
        .map(|&style| {
            let again = seen.iter().filter(|s| **s == style).count();
            seen.push(style);
            // A dark colour cannot darken further: its repeats lighten instead.
            let ink = if color.luminance() < 0.05 {
                color.mix(theme.paper, 0.3 * again as f64)
            } else {
                color.mix(Color::BLACK, 0.3 * again as f64)
            };
            let light = |t: f64| ink.mix(theme.paper, t);
            let pattern = |kind, t| Paint::Pattern {
                kind,
                ink,
                background: light(t),
            };
            match style {
                Style::Solid => Paint::Flat(ink),
                Style::Tint => Paint::Flat(light(0.45)),
                Style::Hatch => pattern(PatternKind::Hatch, 0.78),
                Style::Crosshatch => pattern(PatternKind::Crosshatch, 0.72),
                Style::Stripes => pattern(PatternKind::Stripes, 0.55),
                Style::Dots => pattern(PatternKind::Dots, 0.8),
                Style::Outline => Paint::Flat(light(0.88)),
            }
        })
        .collect()
}

/// Patterns used by the chart: plotters fills with a placeholder colour, which is then
/// replaced by a reference to an SVG `<pattern>` (plotters has no pattern fills).
#[derive(Default)]
struct Patterns {
    defs: Vec<(String, String)>,
}

impl Patterns {
    /// The colour plotters fills with for this paint.
    fn color(&mut self, paint: &Paint, k: f64) -> RGBColor {
        match paint {
            Paint::Flat(c) => rgb(*c),
            Paint::Pattern {
                kind,
                ink,
                background,
            } => {
                let n = self.defs.len();
                let placeholder = RGBColor(1, 2, 3 + n as u8);
                let id = format!("chart-pattern-{n}");
                // Line spacing (or the distance between dots) and line weight at k = 1:
                // a little finer than on the maps, for the chart's narrower bands.
                let (size, weight) = match kind {
                    PatternKind::Hatch => (whole_tile(8.0 * SQRT_2, k), 2.2 * k),
                    PatternKind::Crosshatch => (whole_tile(9.0 * SQRT_2, k), 1.6 * k),
                    PatternKind::Stripes => (whole_tile(5.5, k), 2.7 * k),
                    PatternKind::Dots => (whole_tile(7.0, k), 1.7 * k),
                };
                let mut def = String::new();
                svg::pattern(
                    &mut def,
                    &Pattern {
                        id,
                        kind: *kind,
                        size,
                        color: *ink,
                        background: *background,
                        weight,
                    },
                );
                let def = def.trim_end().to_string();
                let key = format!("fill=\"#{:02X}{:02X}{:02X}\"", 1, 2, 3 + n as u8);
                self.defs.push((key, def));
                placeholder
            }
        }
    }

    /// Replaces the placeholders in plotters' SVG and adds the patterns' definitions.
    fn apply(&self, svg_text: String) -> String {
        if self.defs.is_empty() {
            return svg_text;
        }
        let mut out = svg_text;
        let mut defs = String::from("<defs>\n");
        for (n, (key, def)) in self.defs.iter().enumerate() {
            out = out.replace(key, &format!("fill=\"url(#chart-pattern-{n})\""));
            defs.push_str(def);
            defs.push('\n');
        }
        defs.push_str("</defs>\n");
        match out.find("</desc>") {
            Some(i) => {
                let at = i + "</desc>".len() + 1;
                format!(
                    "{}{defs}{}",
                    &out[..at.min(out.len())],
                    &out[at.min(out.len())..]
                )
            }
            None => out,
        }
    }
}

fn draw(
    scenario: &Scenario,
    data: &Areas,
    options: &Options,
    lay: &Layout,
    patterns: &mut Patterns,
    buf: &mut String,
) -> Result<(), String> {
    let theme = &options.theme;
    let k = lay.k;
    let e = |e: DrawingAreaErrorKind<std::io::Error>| e.to_string();
    let root = SVGBackend::with_string(buf, (options.width, lay.height)).into_drawing_area();
    root.fill(&rgb(theme.paper)).map_err(e)?;
    let top_left = Pos::new(HPos::Left, VPos::Top);
    let left_mid = Pos::new(HPos::Left, VPos::Center);

    // Title and subtitle.
    let m = lay.margin;
    root.draw(&Text::new(
        title(data),
        (m as i32, m as i32),
        font(20.0 * k, true, theme.text).pos(top_left),
    ))
    .map_err(e)?;
    for (i, line) in lay.subtitle.iter().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            (m as i32, (m + 28.0 * k + 18.0 * k * i as f64) as i32),
            font(13.0 * k, false, theme.muted).pos(top_left),
        ))
        .map_err(e)?;
    }

    let max_km2 = data
        .series
        .iter()
        .flat_map(|s| s.totals())
        .fold(0.0, f64::max);
    let (div, unit_name) = unit(max_km2);
    let (ymax, ystep) = nice(max_km2 / div);
    let y_ticks = (ymax / ystep).round() as usize + 1;
    let (x0, x1) = (f64::from(data.from), f64::from(data.to) + 1.0);
    let span = data.to - data.from + 1;
    let every = [1, 2, 5, 10, 20, 25, 50, 100]
        .into_iter()
        .find(|s| span / s <= 10)
        .unwrap_or(100);
    let x_ticks = (data.from..=data.to + 1)
        .filter(|y| y.rem_euclid(every) == 0)
        .count();
    let step_x: Vec<f64> = data
        .steps
        .iter()
        .map(|d| decimal_year(*d))
        .chain(std::iter::once(x1))
        .collect();

    let grid = theme.graticule.mix(theme.paper, 0.3);
    let mut mark_px: Vec<f64> = Vec::new();
    let last_panel = lay.panels.len().saturating_sub(1);
    for (pi, &power) in lay.panels.iter().enumerate() {
        let top = lay.plot_top + pi as f64 * (lay.plot_h + lay.gap);
        let is_last = pi == last_panel;
        let height = lay.plot_h + if is_last { lay.x_axis } else { 0.0 };
        let area = root.clone().shrink(
            (lay.left as i32, top as i32),
            ((lay.right - lay.left) as u32, height as u32),
        );
        let mut chart = ChartBuilder::on(&area)
            .y_label_area_size(lay.y_label as u32)
            .x_label_area_size(if is_last { lay.x_axis as u32 } else { 0 })
            .build_cartesian_2d(x0..x1, 0.0..ymax)
            .map_err(e)?;
        let decimals = if ystep.fract() == 0.0 {
            0
        } else if (ystep * 10.0).fract() == 0.0 {
            1
        } else {
            2
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(x_ticks)
            .y_labels(y_ticks)
            .y_desc(format!("Area ({unit_name})"))
            .y_label_formatter(&|v| format!("{v:.decimals$}"))
            .x_label_formatter(&|v| format!("{v:.0}"))
            .label_style(font(11.5 * k, false, theme.text))
            .axis_desc_style(font(12.0 * k, false, theme.text))
            .bold_line_style(rgb(grid).stroke_width(1))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(theme.border).stroke_width(1))
            .set_all_tick_mark_size((4.0 * k) as u32)
            .draw()
            .map_err(e)?;

        let series = &data.series[power];
        let color = theme.power_color(scenario.powers[power].color, power);
        let styles: Vec<Style> = series
            .statuses
            .iter()
            .map(|&si| scenario.statuses[si].style)
            .collect();
        let band_colors: Vec<RGBColor> = paints(theme, color, &styles)
            .iter()
            .map(|p| patterns.color(p, k))
            .collect();
        // Bands, bottom up: each between the running total below it and above it.
        let mut below = vec![0.0; data.steps.len()];
        let mut edges: Vec<Vec<(f64, f64)>> = Vec::new();
        for (b, band_color) in band_colors.iter().enumerate() {
            let above: Vec<f64> = below
                .iter()
                .zip(&series.values)
                .map(|(lo, v)| lo + v[b] / div)
                .collect();
            let upper = step_path(&step_x, &above);
            let lower = step_path(&step_x, &below);
            let mut ring = upper.clone();
            ring.extend(lower.into_iter().rev());
            chart
                .draw_series(std::iter::once(Polygon::new(ring, band_color.filled())))
                .map_err(e)?;
            edges.push(upper);
            below = above;
        }
        // A paper-coloured seam between bands, and the total's edge in the power's colour.
        let seams = edges.len().saturating_sub(1);
        for edge in edges.iter().take(seams) {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    edge.clone(),
                    rgb(theme.paper).stroke_width(1),
                )))
                .map_err(e)?;
        }
        if let Some(total) = edges.last() {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    total.clone(),
                    rgb(color.mix(Color::BLACK, 0.25)).stroke_width(2),
                )))
                .map_err(e)?;
        }
        // Event lines over the bands, faint, fainter where nothing changed.
        for mark in &lay.marks {
            let line = vec![(mark.x, 0.0), (mark.x, ymax)];
            let alpha = if mark.changed { 0.32 } else { 0.14 };
            chart
                .draw_series(std::iter::once(PathElement::new(
                    line,
                    rgb(theme.text).mix(alpha).stroke_width(1),
                )))
                .map_err(e)?;
        }
        if pi == 0 {
            mark_px = lay
                .marks
                .iter()
                .map(|mk| f64::from(chart.backend_coord(&(mk.x, 0.0)).0))
                .collect();
        }

        // The panel's key on the right: the power's name(s), then its statuses, top band
        // first so the key reads in the order of the bands.
        let kx = lay.right + 16.0 * k;
        let mut ky = top + 2.0 * k;
        let name_color = color.mix(Color::BLACK, 0.3);
        for line in wrap(
            &scenario.powers[power].name,
            13.0 * k,
            true,
            f64::from(options.width) - kx - lay.margin,
        ) {
            root.draw(&Text::new(
                line,
                (kx as i32, ky as i32),
                font(13.0 * k, true, name_color).pos(top_left),
            ))
            .map_err(e)?;
            ky += 17.0 * k;
        }
        for (year, name) in later_names(scenario, power, data) {
            root.draw(&Text::new(
                fit(
                    &format!("{name} from {year}"),
                    11.0 * k,
                    false,
                    f64::from(options.width) - kx - lay.margin,
                ),
                (kx as i32, ky as i32),
                font(11.0 * k, false, theme.muted).pos(top_left),
            ))
            .map_err(e)?;
            ky += 15.0 * k;
        }
        ky += 6.0 * k;
        let sw = (12.0 * k).round();
        for (b, &si) in series.statuses.iter().enumerate().rev() {
            let swatch = [(kx as i32, ky as i32), ((kx + sw) as i32, (ky + sw) as i32)];
            root.draw(&Rectangle::new(swatch, band_colors[b].filled()))
                .map_err(e)?;
            root.draw(&Rectangle::new(
                swatch,
                rgb(color.mix(theme.paper, 0.3)).stroke_width(1),
            ))
            .map_err(e)?;
            root.draw(&Text::new(
                fit(
                    &scenario.statuses[si].label,
                    11.5 * k,
                    false,
                    f64::from(options.width) - kx - sw - 6.0 * k - lay.margin,
                ),
                ((kx + sw + 6.0 * k) as i32, (ky + sw / 2.0) as i32),
                font(11.5 * k, false, theme.text).pos(left_mid),
            ))
            .map_err(e)?;
            ky += sw + 6.0 * k;
        }
        if series.statuses.is_empty() {
            root.draw(&Text::new(
                "held nothing",
                (kx as i32, ky as i32),
                font(11.5 * k, false, theme.muted).pos(top_left),
            ))
            .map_err(e)?;
        }
    }

    // Numbered markers over the first plot, spread apart, each with a leader to its date.
    let r = lay.mark_r;
    let positions = spread(
        &mark_px,
        2.0 * r + 2.0,
        lay.left + lay.y_label - 8.0 * k,
        lay.right + 8.0 * k,
    );
    for (i, (mark, (&want, &at))) in lay
        .marks
        .iter()
        .zip(mark_px.iter().zip(&positions))
        .enumerate()
    {
        let leader = vec![
            (at as i32, (lay.mark_y + r) as i32),
            (want as i32, (lay.plot_top - 3.0 * k) as i32),
            (want as i32, lay.plot_top as i32),
        ];
        root.draw(&PathElement::new(leader, rgb(theme.muted).stroke_width(1)))
            .map_err(e)?;
        marker(&root, (at, lay.mark_y), r, i + 1, mark.changed, theme).map_err(e)?;
    }

    // The key of events.
    if !lay.marks.is_empty() {
        root.draw(&Text::new(
            "Events",
            (m as i32, lay.key_top as i32),
            font(12.5 * k, true, theme.text).pos(top_left),
        ))
        .map_err(e)?;
        let note_x = m + text::width("Events", 12.5 * k, true, 0.0) + 10.0 * k;
        root.draw(&Text::new(
            "filled: changed who held what; hollow: changed nothing on the map",
            (note_x as i32, (lay.key_top + 1.5 * k) as i32),
            font(11.0 * k, false, theme.muted).pos(top_left),
        ))
        .map_err(e)?;
        let rows = lay.marks.len().div_ceil(lay.key_cols);
        let kr = (lay.key_row / 2.0 - 1.0).min(r);
        for (i, mark) in lay.marks.iter().enumerate() {
            let (col, row) = (i / rows, i % rows);
            let x = m + col as f64 * lay.key_col_w;
            let y = lay.key_top + 22.0 * k + row as f64 * lay.key_row + lay.key_row / 2.0;
            marker(&root, (x + kr, y), kr, i + 1, mark.changed, theme).map_err(e)?;
            let ev = &scenario.events[mark.event];
            let date = short_date(ev.date);
            let tx = x + 2.0 * kr + 6.0 * k;
            let size = 11.0 * k;
            root.draw(&Text::new(
                date.clone(),
                (tx as i32, y as i32),
                font(size, false, theme.muted).pos(left_mid),
            ))
            .map_err(e)?;
            let dx = tx + text::width("28 Sep 1999", size, false, 0.0) + 6.0 * k;
            let room = x + lay.key_col_w - dx - 10.0 * k;
            root.draw(&Text::new(
                fit(&ev.title, size, false, room),
                (dx as i32, y as i32),
                font(size, false, theme.text).pos(left_mid),
            ))
            .map_err(e)?;
        }
    }

    // The source lines.
    let line_h = 14.0 * k;
    let foot = f64::from(lay.height) - m * 0.6 - line_h * (lay.credit.len() as f64 - 1.0);
    for (i, line) in lay.credit.iter().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            (m as i32, (foot + line_h * i as f64) as i32),
            font(10.5 * k, false, theme.muted).pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))
        .map_err(e)?;
    }
    root.present().map_err(e)?;
    Ok(())
}

/// A numbered circle: filled for an event that changed control, hollow otherwise.
fn marker(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    at: (f64, f64),
    r: f64,
    number: usize,
    filled: bool,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let c = (at.0.round() as i32, at.1.round() as i32);
    let ri = r.round() as i32;
    if filled {
        root.draw(&Circle::new(c, ri, rgb(theme.text).filled()))?;
    } else {
        root.draw(&Circle::new(c, ri, rgb(theme.paper).filled()))?;
        root.draw(&Circle::new(c, ri, rgb(theme.text).stroke_width(1)))?;
    }
    let digits = number.to_string();
    let size = if digits.len() > 1 { r * 1.05 } else { r * 1.25 };
    root.draw(&Text::new(
        digits,
        c,
        font(size, true, if filled { theme.paper } else { theme.text })
            .pos(Pos::new(HPos::Center, VPos::Center)),
    ))
}

/// The outline of a step function: flat from each step's start to the next (steps that
/// do not change the value are merged).
fn step_path(xs: &[f64], ys: &[f64]) -> Vec<(f64, f64)> {
    let mut pts: Vec<(f64, f64)> = Vec::with_capacity(ys.len() * 2);
    for (i, &y) in ys.iter().enumerate() {
        match pts.last_mut() {
            Some(last) if last.1 == y => last.0 = xs[i + 1],
            _ => {
                pts.push((xs[i], y));
                pts.push((xs[i + 1], y));
            }
        }
    }
    pts
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

fn km2(v: f64) -> String {
    format!("{} km²", crate::measure::thousands(v))
}

/// What the chart shows, in words: for each power, where it starts, its peak and where it
/// ends.
fn describe(scenario: &Scenario, data: &Areas) -> String {
    let mut parts = vec![format!(
        "Step chart of the area held by each power from {} to {}, by status.",
        data.from, data.to
    )];
    for s in &data.series {
        let totals = s.totals();
        let power = &scenario.powers[s.power];
        if totals.iter().all(|t| *t <= 0.0) {
            parts.push(format!("{} holds nothing.", power.name));
            continue;
        }
        let (peak_i, peak) =
            totals.iter().enumerate().fold(
                (0, 0.0),
                |best, (i, &t)| if t > best.1 { (i, t) } else { best },
            );
        let first = totals.first().copied().unwrap_or(0.0);
        let last = totals.last().copied().unwrap_or(0.0);
        parts.push(format!(
            "{}: {} at the start of {}, a peak of {} from {}, and {} at the end of {}.",
            power.name,
            km2(first),
            data.from,
            km2(peak),
            data.steps[peak_i].long(),
            km2(last),
            data.to
        ));
    }
    parts.join(" ")
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
    fn markers_spread_apart_but_stay_near_their_dates() {
        let p = spread(&[10.0, 10.0, 10.0, 50.0], 10.0, 0.0, 100.0);
        assert_eq!(p, [0.0, 10.0, 20.0, 50.0]);
        let p = spread(&[98.0, 99.0, 100.0], 10.0, 0.0, 100.0);
        assert_eq!(p, [80.0, 90.0, 100.0]);
        let p = spread(&[5.0, 40.0, 41.0, 42.0], 10.0, 0.0, 100.0);
        assert_eq!(p, [5.0, 31.0, 41.0, 51.0]);
    }

    #[test]
    fn decimal_years_count_days() {
        assert_eq!(decimal_year(Date::parse("1912-01-01").unwrap()), 1912.0);
        let mid = decimal_year(Date::parse("1911-07-02").unwrap());
        assert!((mid - 1911.4986).abs() < 1e-3, "{mid}");
    }

    #[test]
    fn nice_bounds_are_round() {
        assert_eq!(nice(3.1), (4.0, 1.0));
        assert_eq!(nice(2.3), (2.5, 0.5));
        assert_eq!(nice(0.9), (1.0, 0.2));
        assert_eq!(nice(0.0), (1.0, 0.25));
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
}
