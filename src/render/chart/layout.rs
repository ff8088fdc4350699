//! Where everything of the chart goes: sizes and places in pixels, worked out before
//! anything is drawn (so a chart that cannot fit is refused with the height it needs);
//! the panels' shared scales, the outline of a step function, and the spreading of event
//! markers that would overlap.

use crate::language::Language;
use crate::messages::{self as m, Message, say};
use crate::model::{Date, Scenario};
use crate::scene::text::{self, wrap};
use crate::timeline::History;
use crate::words;

use super::{Areas, ChartError, Options, decimal_year};

/// An event marked on the chart.
pub(super) struct Mark {
    pub(super) event: usize,
    pub(super) changed: bool,
    pub(super) x: f64,
}

/// Sizes and places, in pixels.
pub(super) struct Layout {
    /// The chart's height in pixels.
    pub(super) height: u32,
    /// Text scale: 1 at 1200 px wide.
    pub(super) k: f64,
    pub(super) margin: f64,
    /// Subtitle lines under the title.
    pub(super) subtitle: Vec<String>,
    /// Source lines at the foot.
    pub(super) credit: Vec<String>,
    /// Left edge of the panels (their y labels included) and right edge of the plots.
    pub(super) left: f64,
    pub(super) right: f64,
    /// The area label column.
    pub(super) y_label: f64,
    /// Marker row: centre line and radius.
    pub(super) mark_y: f64,
    pub(super) mark_r: f64,
    /// Top of the first plot, height of each plot, gap between panels.
    pub(super) plot_top: f64,
    pub(super) plot_h: f64,
    pub(super) gap: f64,
    /// Height of the x axis labels under the last plot.
    pub(super) x_axis: f64,
    /// Where the event key starts, its columns and their width.
    pub(super) key_top: f64,
    pub(super) key_col_w: f64,
    pub(super) key_row: f64,
    /// Each event's place in the key (by mark), with its title's lines.
    pub(super) key_entries: Vec<KeyEntry>,
    /// Powers drawn (indices into the scenario), one panel each.
    pub(super) panels: Vec<usize>,
    /// The key beside each panel, in the order of `panels`.
    pub(super) panel_keys: Vec<PanelKey>,
    pub(super) marks: Vec<Mark>,
}

impl Layout {
    /// The layout of the chart of `data` at the width of `options`, and at its height if
    /// it gives one (an error if the panels would not fit in it).
    pub(super) fn new(
        history: &History,
        data: &Areas,
        options: &Options,
    ) -> Result<Layout, ChartError> {
        let scenario = history.scenario();
        let language = options.language;
        let w = f64::from(options.width);
        // Text shrinks slower than the chart, and not below a legible size.
        let k = (w / 1200.0).sqrt().max(0.88);
        let margin = (20.0 * k).round();
        let subtitle = wrap(
            &subtitle_text(language, scenario),
            13.0 * k,
            false,
            w - 2.0 * margin,
        );
        let header = margin + 26.0 * k + 18.0 * k * subtitle.len() as f64 + 12.0 * k;
        let y_label = (64.0 * k).round();
        let legend_w = (180.0 * k).round();
        let left = margin;
        let right = w - margin - legend_w;
        let marks = marks(history, data);
        let plot_w = right - left - y_label;
        let n_marks = marks.len().max(1) as f64;
        let mark_r = (8.0 * k)
            .min((plot_w + 40.0 * k) / n_marks / 2.0 - 1.0)
            .max(4.0);
        let mark_y = header + mark_r;
        let plot_top = (header + 2.0 * mark_r + 14.0 * k).round();
        let panels = panels(scenario, data);
        let gap = (22.0 * k).round();
        let x_axis = (30.0 * k).round();
        let key = Key::new(language, scenario, &marks, w, margin, k, mark_r);
        let credit = wrap(
            &credit_text(language, scenario),
            10.5 * k,
            false,
            w - 2.0 * margin,
        );
        let footer = 8.0 * k + 14.0 * k * credit.len() as f64;
        let fixed = plot_top + x_axis + 14.0 * k + key.height + footer + margin;
        let n = panels.len().max(1) as f64;
        let room = legend_w - 16.0 * k;
        let panel_keys: Vec<PanelKey> = panels
            .iter()
            .map(|&p| PanelKey::new(language, scenario, data, p, k, room))
            .collect();
        let min_plot = min_plot(&panel_keys, k, gap);
        let (height, plot_h) = heights(options, fixed, gap, k, min_plot, &panels, marks.len())?;
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
            key_col_w: key.col_w,
            key_row: key.row,
            key_entries: key.entries,
            panels,
            panel_keys,
            marks,
        })
    }
}

/// The event key's grid: columns of at least 360 px (at k = 1) across the chart, each
/// event in as many rows as its title's lines (titles wrap rather than being cut).
struct Key {
    col_w: f64,
    row: f64,
    /// Its height, heading included (none without events).
    height: f64,
    entries: Vec<KeyEntry>,
}

/// An event in the key: its column, its first row, and its title's lines.
pub(super) struct KeyEntry {
    pub(super) col: usize,
    pub(super) row: usize,
    pub(super) lines: Vec<String>,
}

/// The font size of the event key's dates and titles at text scale `k`.
pub(super) fn key_size(k: f64) -> f64 {
    11.0 * k
}

/// The radius of an event key's marker: no taller than a row.
pub(super) fn key_marker(row: f64, mark_r: f64) -> f64 {
    (row / 2.0 - 1.0).min(mark_r)
}

/// Where an event's title starts in its key column: after its marker and the widest date.
pub(super) fn key_title_x(language: Language, k: f64, row: f64, mark_r: f64) -> f64 {
    let kr = key_marker(row, mark_r);
    2.0 * kr + 6.0 * k + widest_date(language, key_size(k)) + 6.0 * k
}

/// The width at `size` pixels of a date as wide as any the key shows: in English "28 Sep
/// 1999", the sample the chart has always been laid out by (so English charts stay as
/// they were); in the other languages, whose months are numbers or words of other
/// lengths, the widest of the 28ths of the twelve months of 1999.
fn widest_date(language: Language, size: f64) -> f64 {
    let months = match language {
        Language::En => 9..=9,
        _ => 1..=12,
    };
    months
        .filter_map(|month| Date::new(1999, month, 28))
        .map(|d| text::width(&d.short_in(language), size, false, 0.0))
        .fold(0.0, f64::max)
}

impl Key {
    fn new(
        language: Language,
        scenario: &Scenario,
        marks: &[Mark],
        w: f64,
        margin: f64,
        k: f64,
        mark_r: f64,
    ) -> Key {
        let row = (16.0 * k).round();
        let cols = (((w - 2.0 * margin) / (360.0 * k)).floor() as usize).max(1);
        let col_w = (w - 2.0 * margin) / cols as f64;
        let room = col_w - key_title_x(language, k, row, mark_r) - 10.0 * k;
        let titles: Vec<Vec<String>> = marks
            .iter()
            .map(|m| {
                let lines = wrap(&scenario.events[m.event].title, key_size(k), false, room);
                if lines.is_empty() {
                    vec![String::new()]
                } else {
                    lines
                }
            })
            .collect();
        let (rows, places) = columns(&titles.iter().map(Vec::len).collect::<Vec<_>>(), cols);
        let entries = titles
            .into_iter()
            .zip(places)
            .map(|(lines, (col, row))| KeyEntry { col, row, lines })
            .collect();
        let height = if marks.is_empty() {
            0.0
        } else {
            22.0 * k + rows as f64 * row
        };
        Key {
            col_w,
            row,
            height,
            entries,
        }
    }
}

/// Items of `sizes` rows each, in order, down `cols` columns as evenly as they go: the
/// fewest rows a column needs, and each item's (column, first row). An item is never
/// split between columns.
fn columns(sizes: &[usize], cols: usize) -> (usize, Vec<(usize, usize)>) {
    let total: usize = sizes.iter().sum();
    let tallest = sizes.iter().copied().max().unwrap_or(0);
    let cols = cols.max(1);
    let mut height = total.div_ceil(cols).max(tallest);
    loop {
        let mut places = Vec::with_capacity(sizes.len());
        let (mut col, mut row) = (0, 0);
        for &n in sizes {
            if row > 0 && row + n > height {
                col += 1;
                row = 0;
            }
            places.push((col, row));
            row += n;
        }
        if col < cols || height >= total {
            return (height, places);
        }
        height += 1;
    }
}

/// The key beside a panel: the power's name, its later names, and a row per status, each
/// wrapped to the key's width.
pub(super) struct PanelKey {
    pub(super) name: Vec<String>,
    /// Each later name's lines ("… from 1917"): the lines after the first are indented.
    pub(super) later: Vec<Vec<String>>,
    /// Each status's label lines, in the data's order of statuses.
    pub(super) statuses: Vec<Vec<String>>,
}

/// Sizes of the panel key's texts at k = 1: the power's name, later names and statuses,
/// and their line spacing.
pub(super) const KEY_NAME: (f64, f64) = (13.0, 17.0);
pub(super) const KEY_LATER: (f64, f64) = (11.0, 15.0);
pub(super) const KEY_STATUS: (f64, f64) = (11.5, 14.0);
/// How far a wrapped later name's further lines are indented at k = 1.
pub(super) const KEY_INDENT: f64 = 8.0;
/// The status swatch's side at k = 1.
pub(super) const KEY_SWATCH: f64 = 12.0;

impl PanelKey {
    fn new(
        language: Language,
        scenario: &Scenario,
        data: &Areas,
        power: usize,
        k: f64,
        room: f64,
    ) -> PanelKey {
        let name = wrap(&scenario.powers[power].name, KEY_NAME.0 * k, true, room);
        let later = later_names(scenario, power, data)
            .into_iter()
            .map(|(year, n)| {
                let words = say(language, &m::CHART_LATER_NAME, [&n, &year]);
                wrap(&words, KEY_LATER.0 * k, false, room - KEY_INDENT * k)
            })
            .collect();
        let label_room = room - (KEY_SWATCH + 6.0) * k;
        let statuses = data
            .series
            .get(power)
            .map(|s| {
                s.statuses
                    .iter()
                    .map(|&si| {
                        let label = &scenario.statuses[si].label;
                        wrap(label, KEY_STATUS.0 * k, false, label_room)
                    })
                    .collect()
            })
            .unwrap_or_default();
        PanelKey {
            name,
            later,
            statuses,
        }
    }

    /// The height of a status row of `lines` lines.
    pub(super) fn status_row(lines: usize, k: f64) -> f64 {
        (KEY_SWATCH + 6.0) * k + lines.saturating_sub(1) as f64 * KEY_STATUS.1 * k
    }

    /// The key's height.
    fn height(&self, k: f64) -> f64 {
        let rows: f64 = if self.statuses.is_empty() {
            PanelKey::status_row(1, k)
        } else {
            self.statuses
                .iter()
                .map(|l| PanelKey::status_row(l.len(), k))
                .sum()
        };
        KEY_NAME.1 * k * self.name.len() as f64
            + KEY_LATER.1 * k * self.later.iter().map(Vec::len).sum::<usize>() as f64
            + 6.0 * k
            + rows
    }
}

/// The events of the range, each at its date.
fn marks(history: &History, data: &Areas) -> Vec<Mark> {
    history
        .steps()
        .iter()
        .filter(|step| (data.from..=data.to).contains(&step.state.date.year))
        .map(|step| Mark {
            event: step.event,
            changed: step.changes_map(),
            x: decimal_year(step.state.date),
        })
        .collect()
}

/// Powers that hold something in the range; all of them if none does.
fn panels(scenario: &Scenario, data: &Areas) -> Vec<usize> {
    let panels: Vec<usize> = data
        .series
        .iter()
        .filter(|s| !s.statuses.is_empty())
        .map(|s| s.power)
        .collect();
    if panels.is_empty() {
        (0..scenario.powers.len()).collect()
    } else {
        panels
    }
}

/// The least height of a plot: a panel must hold its key on the right (the power's names
/// and a row per status), and be tall enough to read.
fn min_plot(keys: &[PanelKey], k: f64, gap: f64) -> f64 {
    let legend_h = keys.iter().map(|key| key.height(k)).fold(0.0, f64::max);
    (110.0 * k).max(legend_h - gap * 0.5).ceil()
}

/// The chart's height and each plot's, around `fixed` pixels of everything but the
/// panels: plots of a comfortable size when no height is asked for, else what the asked
/// height leaves them, refused if that is under `min_plot` (with the height that fits).
fn heights(
    options: &Options,
    fixed: f64,
    gap: f64,
    k: f64,
    min_plot: f64,
    panels: &[usize],
    events: usize,
) -> Result<(u32, f64), ChartError> {
    let n = panels.len().max(1) as f64;
    let needed = |plot: f64| (fixed + gap * (n - 1.0) + plot * n).ceil() as u32;
    match options.height {
        None => {
            let plot = (220.0 * k).max(min_plot).round();
            Ok((needed(plot), plot))
        }
        Some(h) => {
            let plot = ((f64::from(h) - fixed - gap * (n - 1.0)) / n).floor();
            if plot < min_plot {
                return Err(ChartError::TooSmall {
                    width: options.width,
                    height: h,
                    panels: panels.len(),
                    events,
                    needed: needed(min_plot),
                });
            }
            Ok((h, plot))
        }
    }
}

/// The source lines at the foot: how areas are measured, and the scenario's credit.
fn credit_text(language: Language, scenario: &Scenario) -> String {
    format!(
        "{}{}{}",
        say(language, &m::CHART_METHOD, []),
        say(language, &m::SENTENCE_SEPARATOR, []),
        scenario.credit
    )
}

/// The line under the title: the scenario, and how to read the chart.
fn subtitle_text(language: Language, scenario: &Scenario) -> String {
    words::sentences(
        language,
        &[scenario.title.clone(), say(language, &m::CHART_READING, [])],
    )
}

/// The names a power had over the range, after the first: `(year, name)`.
pub(super) fn later_names(scenario: &Scenario, power: usize, data: &Areas) -> Vec<(i32, String)> {
    scenario.powers[power]
        .names
        .iter()
        .filter(|n| n.from.year > data.from && n.from.year <= data.to)
        .map(|n| (n.from.year, n.name.clone()))
        .collect()
}

/// The scales the panels share, so they compare directly: the area axis (its unit, top
/// and ticks) and the time axis (its ends, ticks, and the x of each step's start).
pub(super) struct Scales {
    pub(super) div: f64,
    pub(super) unit_name: String,
    pub(super) ymax: f64,
    pub(super) ystep: f64,
    pub(super) y_ticks: usize,
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) x_ticks: usize,
    pub(super) step_x: Vec<f64>,
}

impl Scales {
    pub(super) fn new(language: Language, data: &Areas) -> Scales {
        let max_km2 = data
            .series
            .iter()
            .flat_map(|s| s.totals())
            .fold(0.0, f64::max);
        let (div, unit) = unit(max_km2);
        let unit_name = say(language, unit, []);
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
        Scales {
            div,
            unit_name,
            ymax,
            ystep,
            y_ticks,
            x0,
            x1,
            x_ticks,
            step_x,
        }
    }
}

/// The unit of the area axis: divisor and name.
fn unit(max_km2: f64) -> (f64, &'static Message<0>) {
    if max_km2 >= 1e6 {
        (1e6, &m::CHART_UNIT_MILLION)
    } else if max_km2 >= 1e3 {
        (1e3, &m::CHART_UNIT_THOUSAND)
    } else {
        (1.0, &m::CHART_UNIT_KM2)
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
pub(super) fn spread(ideal: &[f64], gap: f64, lo: f64, hi: f64) -> Vec<f64> {
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

/// The outline of a step function: flat from each step's start to the next (steps that
/// do not change the value are merged).
pub(super) fn step_path(xs: &[f64], ys: &[f64]) -> Vec<(f64, f64)> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn key_columns_are_even_and_keep_each_item_whole() {
        // Ten one-row items in three columns: four rows.
        let (rows, places) = columns(&[1; 10], 3);
        assert_eq!(rows, 4);
        assert_eq!(places[4], (1, 0));
        assert_eq!(places[9], (2, 1));
        // A two-row item that would straddle the foot of a column starts the next one.
        let (rows, places) = columns(&[1, 1, 2, 1], 2);
        assert_eq!(rows, 3);
        assert_eq!(places, [(0, 0), (0, 1), (1, 0), (1, 2)]);
        assert_eq!(columns(&[], 3), (0, vec![]));
    }

    #[test]
    fn nice_bounds_are_round() {
        assert_eq!(nice(3.1), (4.0, 1.0));
        assert_eq!(nice(2.3), (2.5, 0.5));
        assert_eq!(nice(0.9), (1.0, 0.2));
        assert_eq!(nice(0.0), (1.0, 0.25));
    }
}
