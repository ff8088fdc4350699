//! Themes, and how a power's colour and a status's style become fills and patterns.

use std::f64::consts::SQRT_2;

use crate::model::{Color, Style};

use super::{Fill, Pattern, Stroke};

/// Why a theme name was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThemeError {
    /// No theme has this name.
    #[error("unknown theme '{0}' (hint: use one of: {names})", names = Theme::NAMES.join(", "))]
    Unknown(String),
}

/// The colours of everything that is not a power's: paper, sea, land, borders, text.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The theme's name, as given to `--theme`.
    pub name: String,
    /// Canvas background around the map.
    pub paper: Color,
    /// Sea.
    pub sea: Color,
    /// Land that no power holds.
    pub land: Color,
    /// Country borders.
    pub border: Color,
    /// Lines between regions.
    pub region_border: Color,
    /// Graticule lines.
    pub graticule: Color,
    /// Main text.
    pub text: Color,
    /// Secondary text (credit, uncontrolled region names).
    pub muted: Color,
    /// Halo behind labels.
    pub halo: Color,
    /// Railways.
    pub railway: Color,
    /// Treaty lines.
    pub treaty: Color,
    /// Replaces the scenario's power colours, in power order, when set.
    pub palette: Option<Vec<Color>>,
    /// How far a home territory's colour is mixed towards the paper (0 = the power's colour).
    pub home_mix: f64,
}

fn c(hex: &str) -> Color {
    Color::parse(hex).unwrap_or(Color::BLACK)
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            name: "default".into(),
            paper: c("#ffffff"),
            sea: c("#dbe7ef"),
            land: c("#f4f1ea"),
            border: c("#9a9186"),
            region_border: c("#ffffff"),
            graticule: c("#c3d3de"),
            text: c("#22262b"),
            muted: c("#6b6f75"),
            halo: c("#ffffff"),
            railway: c("#3b3b3b"),
            treaty: c("#111111"),
            palette: None,
            home_mix: 0.62,
        }
    }
}

impl Theme {
    /// The names `--theme` accepts.
    pub const NAMES: [&'static str; 4] = ["default", "wikimedia", "colorblind", "print"];

    /// The theme with this name.
    ///
    /// - `wikimedia`: the land, sea and border colours of the Wikimedia Commons
    ///   conventions for location maps;
    /// - `colorblind`: powers drawn with the Okabe–Ito palette, told apart under
    ///   protanopia and deuteranopia;
    /// - `print`: greys only; statuses differ by pattern alone.
    pub fn named(name: &str) -> Result<Theme, ThemeError> {
        let base = Theme::default();
        match name {
            "default" => Ok(base),
            "wikimedia" => Ok(Theme {
                name: name.into(),
                sea: c("#c6ecff"),
                land: c("#f6e1b9"),
                border: c("#646464"),
                graticule: c("#a3cfe6"),
                ..base
            }),
            "colorblind" => Ok(Theme {
                name: name.into(),
                palette: Some(vec![
                    c("#d55e00"),
                    c("#0072b2"),
                    c("#009e73"),
                    c("#e69f00"),
                    c("#cc79a7"),
                    c("#56b4e9"),
                ]),
                ..base
            }),
            "print" => Ok(Theme {
                name: name.into(),
                sea: c("#ececec"),
                land: c("#ffffff"),
                border: c("#7a7a7a"),
                graticule: c("#d0d0d0"),
                palette: Some(vec![c("#1a1a1a"), c("#5c5c5c"), c("#8c8c8c"), c("#3a3a3a")]),
                home_mix: 0.8,
                ..base
            }),
            other => Err(ThemeError::Unknown(other.into())),
        }
    }

    /// A power's colour under this theme (`index` is its position in the scenario).
    pub fn power_color(&self, color: Color, index: usize) -> Color {
        match &self.palette {
            Some(p) if !p.is_empty() => p[index % p.len()],
            _ => color,
        }
    }

    /// The fill of a power's home territory.
    pub fn home_fill(&self, color: Color) -> Color {
        color.mix(self.paper, self.home_mix)
    }
}

/// The side of a pattern tile `size` pixels wide at 1600 px, on a map scaled by `s`: a
/// whole number of pixels, at least 2. Tiles are upright and whole (diagonals are drawn
/// corner to corner, not by turning the tile), so resvg repeats the tile's pixels as they
/// are; a turned or fractional tile is resampled for every pixel of the region, which
/// made hatched regions the most expensive part of a map to rasterise.
pub(crate) fn whole_tile(size: f64, s: f64) -> f64 {
    (size * s).round().max(2.0)
}

/// The kind of a fill pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternKind {
    /// Diagonal lines (/) from corner to corner of an upright tile `size` wide, so
    /// `size / √2` apart (a spacing d needs a tile d·√2 wide). The tile is
    /// not turned: with a whole-pixel size a rasteriser repeats its pixels as they are,
    /// where a turned tile is resampled for every pixel of the area.
    Hatch,
    /// Lines in both diagonals (/ and \\), corner to corner of an upright tile, as `Hatch`.
    Crosshatch,
    /// Vertical lines.
    Stripes,
    /// A grid of dots.
    Dots,
}

impl PatternKind {
    /// The tile side (its lines' spacing × √2 for diagonals, or the distance between
    /// dots) and the line weight at 1600 px, a little finer than on the maps: for the
    /// chart's narrower bands.
    pub(crate) fn fine_tile(self) -> (f64, f64) {
        match self {
            PatternKind::Hatch => (8.0 * SQRT_2, 2.2),
            PatternKind::Crosshatch => (9.0 * SQRT_2, 1.6),
            PatternKind::Stripes => (5.5, 2.7),
            PatternKind::Dots => (7.0, 1.7),
        }
    }
}

/// How a status style covers an area, wherever it is drawn (maps, legends, the chart).
/// This table and [`Style`] are all that adding a style takes (and, for a new kind of
/// pattern, how the SVG writer draws its tile).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cover {
    /// A flat colour: the power's, mixed this far towards the paper (0: the colour itself).
    Flat(f64),
    /// A pattern in the power's colour over its colour mixed `background` towards the
    /// paper: lines or dots `spacing` apart and `weight` wide (or in radius) at 1600 px.
    Pattern {
        kind: PatternKind,
        spacing: f64,
        weight: f64,
        background: f64,
    },
    /// Not filled: the area is outlined in the power's colour, `weight` wide at 1600 px.
    Outline { weight: f64 },
}

/// How `style` covers an area.
pub(crate) fn cover(style: Style) -> Cover {
    let pattern = |kind, spacing, weight, background| Cover::Pattern {
        kind,
        spacing,
        weight,
        background,
    };
    match style {
        Style::Solid => Cover::Flat(0.0),
        Style::Tint => Cover::Flat(0.45),
        // Lines 9 and 10 px apart at 1600 px wide, corner to corner of tiles √2 as wide.
        Style::Hatch => pattern(PatternKind::Hatch, 9.0 * SQRT_2, 2.4, 0.78),
        Style::Crosshatch => pattern(PatternKind::Crosshatch, 10.0 * SQRT_2, 1.7, 0.72),
        Style::Stripes => pattern(PatternKind::Stripes, 6.0, 3.0, 0.55),
        Style::Dots => pattern(PatternKind::Dots, 8.0, 1.9, 0.8),
        Style::Outline => Cover::Outline { weight: 3.0 },
    }
}

/// The casing of a held overlay, at scale `s`: a band in its power's colour, wider than a
/// railway's line so that it shows either side of one drawn over it, and wide enough that
/// an overlay narrower than a pixel (a railway zone) is seen.
pub(crate) fn casing(color: Color, s: f64) -> Stroke {
    Stroke {
        color: color.mix(Color::BLACK, 0.1),
        width: 5.5 * s,
        opacity: 0.95,
        dash: Vec::new(),
    }
}

/// The paint of a region under a power (colour `color`) with a status drawn as `style`,
/// at scale `s` (1 at 1600 px wide): its fill, the pattern it needs, and an extra outline.
pub(crate) fn control_paint(
    theme: &Theme,
    id: &str,
    color: Color,
    style: Style,
    s: f64,
) -> (Fill, Option<Pattern>, Option<Stroke>) {
    match cover(style) {
        Cover::Flat(0.0) => (Fill::Color(color, 1.0), None, None),
        Cover::Flat(t) => (Fill::Color(color.mix(theme.paper, t), 1.0), None, None),
        Cover::Pattern {
            kind,
            spacing,
            weight,
            background,
        } => {
            let p = Pattern {
                id: id.to_string(),
                kind,
                size: whole_tile(spacing, s),
                color,
                background: color.mix(theme.paper, background),
                weight: weight * s,
            };
            (Fill::Pattern(id.to_string()), Some(p), None)
        }
        Cover::Outline { weight } => (Fill::None, None, Some(Stroke::solid(color, weight * s))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_name_resolves() {
        for n in Theme::NAMES {
            assert_eq!(Theme::named(n).unwrap().name, n);
        }
        assert!(Theme::named("neon").is_err());
    }

    #[test]
    fn print_theme_is_grey() {
        let t = Theme::named("print").unwrap();
        let red = Color::parse("#c8102e").unwrap();
        let g = t.power_color(red, 0);
        assert!(g.r == g.g && g.g == g.b);
    }

    #[test]
    fn patterns_scale_with_the_map_in_whole_pixels() {
        let t = Theme::default();
        let red = Color::parse("#c8102e").unwrap();
        for style in [Style::Hatch, Style::Crosshatch, Style::Stripes, Style::Dots] {
            let (_, p1, _) = control_paint(&t, "p", red, style, 1.0);
            let (_, p2, _) = control_paint(&t, "p", red, style, 0.5);
            let (a, b) = (p1.unwrap().size, p2.unwrap().size);
            assert!((a - 2.0 * b).abs() <= 1.0, "{style:?}: {a} and {b}");
            assert_eq!(a.fract(), 0.0);
            assert_eq!(b.fract(), 0.0);
        }
    }

    #[test]
    fn an_outline_is_three_pixels_wide_at_1600_px_and_scales_with_the_map() {
        // The cover table: `outline` is not filled, and outlined 3 px wide at 1600 px in
        // the power's colour; a map half as wide (s = 0.5) draws it half as wide.
        let t = Theme::default();
        let red = Color::parse("#c8102e").unwrap();
        for s in [1.0, 0.5, 0.25] {
            let (fill, pattern, stroke) = control_paint(&t, "p", red, Style::Outline, s);
            assert_eq!(fill, Fill::None);
            assert!(pattern.is_none());
            let stroke = stroke.expect("an outline");
            assert_eq!(stroke.color, red);
            assert_eq!(stroke.width, 3.0 * s, "at scale {s}");
        }
    }

    #[test]
    fn each_style_covers_an_area_as_its_name_says() {
        let t = Theme::default();
        let red = Color::parse("#c8102e").unwrap();
        let paint = |style| control_paint(&t, "p", red, style, 1.0);
        assert_eq!(paint(Style::Solid), (Fill::Color(red, 1.0), None, None));
        // A tint is the colour mixed towards the paper: neither the colour nor the paper.
        match paint(Style::Tint) {
            (Fill::Color(c, _), None, None) => assert!(c != red && c != t.paper, "{c}"),
            other => panic!("tint: {other:?}"),
        }
        for (style, kind) in [
            (Style::Hatch, PatternKind::Hatch),
            (Style::Crosshatch, PatternKind::Crosshatch),
            (Style::Stripes, PatternKind::Stripes),
            (Style::Dots, PatternKind::Dots),
        ] {
            let (fill, pattern, stroke) = paint(style);
            let pattern = pattern.expect("a pattern");
            assert_eq!(fill, Fill::Pattern("p".into()), "{style:?}");
            assert_eq!((pattern.kind, pattern.color), (kind, red), "{style:?}");
            assert!(stroke.is_none());
        }
    }

    #[test]
    fn a_palette_gives_the_powers_its_colours_in_power_order() {
        // Okabe & Ito (2008): vermillion, blue, bluish green, orange, reddish purple, sky
        // blue; the seventh power starts the palette again.
        let okabe_ito = [
            "#d55e00", "#0072b2", "#009e73", "#e69f00", "#cc79a7", "#56b4e9", "#d55e00",
        ];
        let own = Color::parse("#c8102e").unwrap();
        let cb = Theme::named("colorblind").unwrap();
        for (index, hex) in okabe_ito.iter().enumerate() {
            assert_eq!(
                cb.power_color(own, index).to_string(),
                *hex,
                "power {index}"
            );
        }
        for name in ["default", "wikimedia"] {
            assert_eq!(Theme::named(name).unwrap().power_color(own, 3), own);
        }
    }
}
