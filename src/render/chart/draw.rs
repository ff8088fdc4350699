//! Drawing the chart with plotters, part by part and in the order the SVG holds them:
//! title, panels (plot and key), event markers, event key, sources. Every size and place
//! comes from the [`Layout`].

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color as _, FontDesc, FontFamily, FontStyle, RGBColor};

use crate::messages::{self as msg, say};
use crate::model::{Color, Scenario, Style};
use crate::scene::text;
use crate::words;

use super::layout::{
    KEY_INDENT, KEY_LATER, KEY_NAME, KEY_STATUS, KEY_SWATCH, Layout, PanelKey, Scales, key_marker,
    key_size, key_title_x, spread, step_path,
};
use super::paint::{Patterns, paints, rgb};
use super::{Areas, Options, title};

/// An error of plotters', as the chart reports it.
fn failed(e: DrawingAreaErrorKind<std::io::Error>) -> String {
    e.to_string()
}

/// A panel's plot: its area, with plotters' coordinates of years and area.
type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What every part of the drawing needs: the canvas, the data and where things go.
struct Canvas<'a, 'b> {
    root: DrawingArea<SVGBackend<'b>, Shift>,
    scenario: &'a Scenario,
    data: &'a Areas,
    options: &'a Options,
    lay: &'a Layout,
}

/// Draws the chart into `buf` as plotters' SVG; its patterns are left as placeholder
/// colours, recorded in `patterns`.
pub(super) fn draw(
    scenario: &Scenario,
    data: &Areas,
    options: &Options,
    lay: &Layout,
    patterns: &mut Patterns,
    buf: &mut String,
) -> Result<(), String> {
    let root = SVGBackend::with_string(buf, (options.width, lay.height)).into_drawing_area();
    root.fill(&rgb(options.theme.paper)).map_err(failed)?;
    let canvas = Canvas {
        root,
        scenario,
        data,
        options,
        lay,
    };
    canvas.heading()?;
    let scales = Scales::new(options.language, data);
    let mut mark_px: Vec<f64> = Vec::new();
    for (pi, &power) in lay.panels.iter().enumerate() {
        let px = canvas.panel(patterns, &scales, pi, power)?;
        if pi == 0 {
            mark_px = px;
        }
    }
    canvas.markers(&mark_px)?;
    canvas.event_key()?;
    canvas.credit()?;
    canvas.root.present().map_err(failed)?;
    Ok(())
}

impl Canvas<'_, '_> {
    /// The font list of the chart's language.
    fn family(&self) -> &'static str {
        text::font_family(self.options.language)
    }

    /// Draws a text at `at` (pixels), `px` pixels high, placed by `pos`.
    fn text(
        &self,
        text: String,
        at: (f64, f64),
        px: f64,
        bold: bool,
        color: Color,
        pos: Pos,
    ) -> Result<(), String> {
        self.root
            .draw(&Text::new(
                text,
                (at.0 as i32, at.1 as i32),
                font(self.family(), px, bold, color).pos(pos),
            ))
            .map_err(failed)
    }

    /// The title and subtitle.
    fn heading(&self) -> Result<(), String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let m = lay.margin;
        self.text(
            title(self.options.language, self.data),
            (m, m),
            20.0 * k,
            true,
            theme.text,
            TOP_LEFT,
        )?;
        for (i, line) in lay.subtitle.iter().enumerate() {
            let y = m + 28.0 * k + 18.0 * k * i as f64;
            self.text(line.clone(), (m, y), 13.0 * k, false, theme.muted, TOP_LEFT)?;
        }
        Ok(())
    }

    /// One power's panel: its plot (axes, status bands, event lines) and its key on the
    /// right. Returns the x in pixels of each event on the plot, for the markers.
    fn panel(
        &self,
        patterns: &mut Patterns,
        scales: &Scales,
        pi: usize,
        power: usize,
    ) -> Result<Vec<f64>, String> {
        let (lay, theme, scenario) = (self.lay, &self.options.theme, self.scenario);
        let top = lay.plot_top + pi as f64 * (lay.plot_h + lay.gap);
        let is_last = pi == lay.panels.len().saturating_sub(1);
        let height = lay.plot_h + if is_last { lay.x_axis } else { 0.0 };
        let area = self.root.clone().shrink(
            (lay.left as i32, top as i32),
            ((lay.right - lay.left) as u32, height as u32),
        );
        let mut chart = self.plot(&area, scales, is_last)?;

        let series = &self.data.series[power];
        let color = theme.power_color(scenario.powers[power].color, power);
        let styles: Vec<Style> = series
            .statuses
            .iter()
            .map(|&si| scenario.statuses[si].style)
            .collect();
        let band_colors: Vec<RGBColor> = paints(theme, color, &styles)
            .iter()
            .map(|p| patterns.color(p, lay.k))
            .collect();
        let edges = bands(&mut chart, &series.values, &band_colors, scales)?;
        self.lines(&mut chart, &edges, color, scales.ymax)?;
        let mark_px = lay
            .marks
            .iter()
            .map(|mk| f64::from(chart.backend_coord(&(mk.x, 0.0)).0))
            .collect();
        self.panel_key(pi, color, &band_colors, top)?;
        Ok(mark_px)
    }

    /// A panel's plot on `area`, with its axes and grid drawn; the last panel's carries
    /// the years.
    fn plot<'a, 'b>(
        &self,
        area: &'a DrawingArea<SVGBackend<'b>, Shift>,
        scales: &Scales,
        is_last: bool,
    ) -> Result<Plot<'a, 'b>, String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let language = self.options.language;
        let grid = theme.graticule.mix(theme.paper, 0.3);
        let mut chart = ChartBuilder::on(area)
            .y_label_area_size(lay.y_label as u32)
            .x_label_area_size(if is_last { lay.x_axis as u32 } else { 0 })
            .build_cartesian_2d(scales.x0..scales.x1, 0.0..scales.ymax)
            .map_err(failed)?;
        let ystep = scales.ystep;
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
            .x_labels(scales.x_ticks)
            .y_labels(scales.y_ticks)
            .y_desc(say(language, &msg::CHART_AXIS, [&scales.unit_name]))
            .y_label_formatter(&|v| words::decimal(language, &format!("{v:.decimals$}")))
            .x_label_formatter(&|v| format!("{v:.0}"))
            .label_style(font(self.family(), 11.5 * k, false, theme.text))
            .axis_desc_style(font(self.family(), 12.0 * k, false, theme.text))
            .bold_line_style(rgb(grid).stroke_width(1))
            .light_line_style(TRANSPARENT)
            .axis_style(rgb(theme.border).stroke_width(1))
            .set_all_tick_mark_size((4.0 * k) as u32)
            .draw()
            .map_err(failed)?;
        Ok(chart)
    }

    /// Over a panel's bands: a paper-coloured seam between bands, the total's edge in the
    /// power's colour, and the event lines.
    fn lines(
        &self,
        chart: &mut Plot<'_, '_>,
        edges: &[Vec<(f64, f64)>],
        color: Color,
        ymax: f64,
    ) -> Result<(), String> {
        let theme = &self.options.theme;
        let seams = edges.len().saturating_sub(1);
        for edge in edges.iter().take(seams) {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    edge.clone(),
                    rgb(theme.paper).stroke_width(1),
                )))
                .map_err(failed)?;
        }
        if let Some(total) = edges.last() {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    total.clone(),
                    rgb(color.mix(Color::BLACK, 0.25)).stroke_width(2),
                )))
                .map_err(failed)?;
        }
        // Event lines over the bands, faint, fainter where nothing changed.
        for mark in &self.lay.marks {
            let line = vec![(mark.x, 0.0), (mark.x, ymax)];
            let alpha = if mark.changed { 0.32 } else { 0.14 };
            chart
                .draw_series(std::iter::once(PathElement::new(
                    line,
                    rgb(theme.text).mix(alpha).stroke_width(1),
                )))
                .map_err(failed)?;
        }
        Ok(())
    }

    /// The panel's key on the right: the power's name(s), then its statuses, top band
    /// first so the key reads in the order of the bands; every text wrapped by the layout.
    fn panel_key(
        &self,
        pi: usize,
        color: Color,
        band_colors: &[RGBColor],
        top: f64,
    ) -> Result<(), String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let Some(key) = lay.panel_keys.get(pi) else {
            return Ok(());
        };
        let kx = lay.right + 16.0 * k;
        let mut ky = top + 2.0 * k;
        let name_color = color.mix(Color::BLACK, 0.3);
        for line in &key.name {
            let size = KEY_NAME.0 * k;
            self.text(line.clone(), (kx, ky), size, true, name_color, TOP_LEFT)?;
            ky += KEY_NAME.1 * k;
        }
        for lines in &key.later {
            for (i, line) in lines.iter().enumerate() {
                let x = if i == 0 { kx } else { kx + KEY_INDENT * k };
                let size = KEY_LATER.0 * k;
                self.text(line.clone(), (x, ky), size, false, theme.muted, TOP_LEFT)?;
                ky += KEY_LATER.1 * k;
            }
        }
        ky += 6.0 * k;
        let sw = (KEY_SWATCH * k).round();
        for (b, lines) in key.statuses.iter().enumerate().rev() {
            let swatch = [(kx as i32, ky as i32), ((kx + sw) as i32, (ky + sw) as i32)];
            let edge = rgb(color.mix(theme.paper, 0.3)).stroke_width(1);
            let fill = band_colors.get(b).copied().unwrap_or(rgb(color));
            self.root
                .draw(&Rectangle::new(swatch, fill.filled()))
                .map_err(failed)?;
            self.root
                .draw(&Rectangle::new(swatch, edge))
                .map_err(failed)?;
            for (i, line) in lines.iter().enumerate() {
                let at = (
                    kx + sw + 6.0 * k,
                    ky + sw / 2.0 + i as f64 * KEY_STATUS.1 * k,
                );
                let size = KEY_STATUS.0 * k;
                self.text(line.clone(), at, size, false, theme.text, LEFT_MID)?;
            }
            ky += PanelKey::status_row(lines.len(), k);
        }
        if key.statuses.is_empty() {
            let text = say(self.options.language, &msg::CHART_HELD_NOTHING, []);
            let size = KEY_STATUS.0 * k;
            self.text(text, (kx, ky), size, false, theme.muted, TOP_LEFT)?;
        }
        Ok(())
    }

    /// Numbered markers over the first plot, spread apart, each with a leader to its date
    /// (`mark_px`: the x of each event's date on the plot).
    fn markers(&self, mark_px: &[f64]) -> Result<(), String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let r = lay.mark_r;
        let positions = spread(
            mark_px,
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
            self.root
                .draw(&PathElement::new(leader, rgb(theme.muted).stroke_width(1)))
                .map_err(failed)?;
            let number = (i + 1, mark.changed);
            marker(
                &self.root,
                (at, lay.mark_y),
                r,
                number,
                theme,
                self.family(),
            )
            .map_err(failed)?;
        }
        Ok(())
    }

    /// The key of events, in columns: number, date and title of each.
    fn event_key(&self) -> Result<(), String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let language = self.options.language;
        if lay.marks.is_empty() {
            return Ok(());
        }
        let m = lay.margin;
        let heading = say(language, &msg::CHART_EVENTS, []);
        let note_x = m + text::width(&heading, 12.5 * k, true, 0.0) + 10.0 * k;
        self.text(
            heading,
            (m, lay.key_top),
            12.5 * k,
            true,
            theme.text,
            TOP_LEFT,
        )?;
        self.text(
            say(language, &msg::CHART_EVENTS_NOTE, []),
            (note_x, lay.key_top + 1.5 * k),
            11.0 * k,
            false,
            theme.muted,
            TOP_LEFT,
        )?;
        let kr = key_marker(lay.key_row, lay.mark_r);
        let size = key_size(k);
        for (i, (mark, entry)) in lay.marks.iter().zip(&lay.key_entries).enumerate() {
            let x = m + entry.col as f64 * lay.key_col_w;
            let y = lay.key_top + 22.0 * k + entry.row as f64 * lay.key_row + lay.key_row / 2.0;
            let number = (i + 1, mark.changed);
            marker(&self.root, (x + kr, y), kr, number, theme, self.family()).map_err(failed)?;
            let ev = &self.scenario.events[mark.event];
            let tx = x + 2.0 * kr + 6.0 * k;
            self.text(
                ev.date.short_in(language),
                (tx, y),
                size,
                false,
                theme.muted,
                LEFT_MID,
            )?;
            let dx = x + key_title_x(language, k, lay.key_row, lay.mark_r);
            for (l, line) in entry.lines.iter().enumerate() {
                let at = (dx, y + l as f64 * lay.key_row);
                self.text(line.clone(), at, size, false, theme.text, LEFT_MID)?;
            }
        }
        Ok(())
    }

    /// The source lines at the foot.
    fn credit(&self) -> Result<(), String> {
        let (lay, theme, k) = (self.lay, &self.options.theme, self.lay.k);
        let m = lay.margin;
        let line_h = 14.0 * k;
        let foot = f64::from(lay.height) - m * 0.6 - line_h * (lay.credit.len() as f64 - 1.0);
        let bottom_left = Pos::new(HPos::Left, VPos::Bottom);
        for (i, line) in lay.credit.iter().enumerate() {
            let at = (m, foot + line_h * i as f64);
            self.text(line.clone(), at, 10.5 * k, false, theme.muted, bottom_left)?;
        }
        Ok(())
    }
}

/// A panel's status bands, bottom up: each between the running total below it and above
/// it, in its colour. Returns the top edge of each band.
fn bands(
    chart: &mut Plot<'_, '_>,
    values: &[Vec<f64>],
    band_colors: &[RGBColor],
    scales: &Scales,
) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let mut below = vec![0.0; values.len()];
    let mut edges: Vec<Vec<(f64, f64)>> = Vec::new();
    for (b, band_color) in band_colors.iter().enumerate() {
        let above: Vec<f64> = below
            .iter()
            .zip(values)
            .map(|(lo, v)| lo + v[b] / scales.div)
            .collect();
        let upper = step_path(&scales.step_x, &above);
        let lower = step_path(&scales.step_x, &below);
        let mut ring = upper.clone();
        ring.extend(lower.into_iter().rev());
        chart
            .draw_series(std::iter::once(Polygon::new(ring, band_color.filled())))
            .map_err(failed)?;
        edges.push(upper);
        below = above;
    }
    Ok(edges)
}

/// Text hung from its top left corner.
const TOP_LEFT: Pos = Pos {
    h_pos: HPos::Left,
    v_pos: VPos::Top,
};
/// Text starting at its anchor, centred on it vertically.
const LEFT_MID: Pos = Pos {
    h_pos: HPos::Left,
    v_pos: VPos::Center,
};

/// A text style of `px` pixels (plotters writes `font-size` as its size divided by 1.24).
fn font(family: &'static str, px: f64, bold: bool, color: Color) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(family), px * 1.24, style).color(&rgb(color))
}

/// A numbered circle: filled for an event that changed control, hollow otherwise.
fn marker(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    at: (f64, f64),
    r: f64,
    (number, filled): (usize, bool),
    theme: &crate::scene::Theme,
    family: &'static str,
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
        font(
            family,
            size,
            true,
            if filled { theme.paper } else { theme.text },
        )
        .pos(Pos::new(HPos::Center, VPos::Center)),
    ))
}
