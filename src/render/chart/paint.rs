//! How the chart's status bands are painted: flat colours and patterns, in the looks of
//! the maps' status styles, and the SVG `<pattern>`s plotters cannot draw itself.

use plotters::style::RGBColor;

use crate::model::{Color, Style};
use crate::render::svg;
use crate::scene::{Cover, Pattern, PatternKind, Theme, cover, whole_tile};

/// A colour as plotters takes it.
pub(super) fn rgb(c: Color) -> RGBColor {
    RGBColor(c.r, c.g, c.b)
}

/// How a status band is painted: like the maps, from the power's colour and the status's
/// style (solid, tint, hatch, crosshatch, stripes, dots), so a reader knows the chart's bands from
/// the maps' legend; a style that comes back within one power is drawn darker (lighter
/// for a colour too dark to darken).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Paint {
    Flat(Color),
    Pattern {
        kind: PatternKind,
        ink: Color,
        background: Color,
    },
}

/// The paint of each band of a power of colour `color` whose statuses have `styles`.
///
/// The look of each style is the maps' ([`cover`]): the same flat mix or pattern over the
/// same background. An outline, which a band cannot be, is a flat fill close to the paper.
pub(super) fn paints(theme: &Theme, color: Color, styles: &[Style]) -> Vec<Paint> {
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
            match cover(style) {
                // Mixing by 0 (solid) leaves the ink as it is.
                Cover::Flat(t) => Paint::Flat(light(t)),
                Cover::Pattern {
                    kind, background, ..
                } => Paint::Pattern {
                    kind,
                    ink,
                    background: light(background),
                },
                Cover::Outline { .. } => Paint::Flat(light(0.88)),
            }
        })
        .collect()
}

/// Patterns used by the chart: plotters fills with a placeholder colour, which is then
/// replaced by a reference to an SVG `<pattern>` (plotters has no pattern fills).
#[derive(Default)]
pub(super) struct Patterns {
    defs: Vec<(String, String)>,
}

impl Patterns {
    /// The colour plotters fills with for this paint.
    pub(super) fn color(&mut self, paint: &Paint, k: f64) -> RGBColor {
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
                let (spacing, weight) = kind.fine_tile();
                let (size, weight) = (whole_tile(spacing, k), weight * k);
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
    pub(super) fn apply(&self, svg_text: String) -> String {
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
