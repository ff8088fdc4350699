//! Where everything of the chart goes: sizes and places in pixels, worked out before
//! anything is drawn (so a chart that cannot fit is refused with the height it needs);
//! the panels' shared scales, the outline of a step function, and the spreading of event
//! markers that would overlap.

use crate::model::Scenario;
use crate::scene::text::wrap;
use crate::timeline::History;

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
    pub(super) key_cols: usize,
    pub(super) key_col_w: f64,
    pub(super) key_row: f64,
    /// Powers drawn (indices into the scenario), one panel each.
    pub(super) panels: Vec<usize>,
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
        let key = Key::new(w, margin, k, marks.len());
        let credit = wrap(&credit_text(scenario), 10.5 * k, false, w - 2.0 * margin);
        let footer = 8.0 * k + 14.0 * k * credit.len() as f64;
        let fixed = plot_top + x_axis + 14.0 * k + key.height + footer + margin;
        let n = panels.len().max(1) as f64;
        let min_plot = min_plot(scenario, data, &panels, k, gap);
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
            key_cols: key.cols,
            key_col_w: key.col_w,
            key_row: key.row,
            panels,
            marks,
        })
    }
}

/// The event key's grid: columns of at least 360 px (at k = 1) across the chart.
struct Key {
    cols: usize,
    col_w: f64,
    row: f64,
    /// Its height, heading included (none without events).
    height: f64,
}

impl Key {
    fn new(w: f64, margin: f64, k: f64, events: usize) -> Key {
        let row = (16.0 * k).round();
        let cols = (((w - 2.0 * margin) / (360.0 * k)).floor() as usize).max(1);
        let col_w = (w - 2.0 * margin) / cols as f64;
        let rows = events.div_ceil(cols);
        let height = if events == 0 {
            0.0
        } else {
            22.0 * k + rows as f64 * row
        };
        Key {
            cols,
            col_w,
            row,
            height,
        }
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
fn min_plot(scenario: &Scenario, data: &Areas, panels: &[usize], k: f64, gap: f64) -> f64 {
    let legend_h = panels
        .iter()
        .map(|&p| {
            let names = 1 + later_names(scenario, p, data).len();
            let rows = data.series.get(p).map_or(1, |s| s.statuses.len().max(1));
            17.0 * k * names as f64 + 6.0 * k + 18.0 * k * rows as f64
        })
        .fold(0.0, f64::max);
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
fn credit_text(scenario: &Scenario) -> String {
    format!(
        "Areas: whole regions, geodesic (WGS84); a sphere of influence counts with the full area of its region, a railway zone with its own; doubtful control (faded on the maps) is not counted. {}",
        scenario.credit
    )
}

/// The line under the title: the scenario, and how to read the chart.
fn subtitle_text(scenario: &Scenario) -> String {
    format!(
        "{}. Geodesic area of the regions each power held, by status; numbered marks are the events listed below.",
        scenario.title
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
    pub(super) unit_name: &'static str,
    pub(super) ymax: f64,
    pub(super) ystep: f64,
    pub(super) y_ticks: usize,
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) x_ticks: usize,
    pub(super) step_x: Vec<f64>,
}

impl Scales {
    pub(super) fn new(data: &Areas) -> Scales {
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
    fn nice_bounds_are_round() {
        assert_eq!(nice(3.1), (4.0, 1.0));
        assert_eq!(nice(2.3), (2.5, 0.5));
        assert_eq!(nice(0.9), (1.0, 0.2));
        assert_eq!(nice(0.0), (1.0, 0.25));
    }
}
