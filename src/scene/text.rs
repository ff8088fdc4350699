//! The embedded font and the width of text set in it.
//!
//! Labels are placed before anything is rendered, so the scene must know how wide each
//! label will be. Both the measuring here and the rasteriser use the same embedded DejaVu
//! Sans, so the widths agree (up to kerning, which the placement pads for).

use std::sync::OnceLock;

use ttf_parser::Face;

/// The family name the SVG asks for, with generic fallbacks for browsers without it.
pub const FONT_FAMILY: &str = "'DejaVu Sans', 'Verdana', 'Bitstream Vera Sans', sans-serif";

/// The regular weight's font file.
pub fn regular_bytes() -> &'static [u8] {
    dejavu::sans::regular()
}

/// The bold weight's font file.
pub fn bold_bytes() -> &'static [u8] {
    dejavu::sans::bold()
}

/// The oblique style's font file.
pub fn oblique_bytes() -> &'static [u8] {
    dejavu::sans::oblique()
}

fn face(bold: bool) -> Option<&'static Face<'static>> {
    static REGULAR: OnceLock<Option<Face<'static>>> = OnceLock::new();
    static BOLD: OnceLock<Option<Face<'static>>> = OnceLock::new();
    let (cell, bytes) = if bold {
        (&BOLD, bold_bytes())
    } else {
        (&REGULAR, regular_bytes())
    };
    cell.get_or_init(|| Face::parse(bytes, 0).ok()).as_ref()
}

/// The code points whose advances are kept in a table: Latin, with its accents and the
/// punctuation labels use. Others are looked up in the font each time.
const TABLED: usize = 0x300;

/// The advance of each tabled code point in font units (the missing glyph's where the
/// font has none), looked up once per weight: label placement measures the same few
/// letters hundreds of thousands of times per run.
fn advances(bold: bool) -> Option<&'static [u16]> {
    static REGULAR: OnceLock<Option<Vec<u16>>> = OnceLock::new();
    static BOLD: OnceLock<Option<Vec<u16>>> = OnceLock::new();
    let cell = if bold { &BOLD } else { &REGULAR };
    cell.get_or_init(|| {
        let face = face(bold)?;
        let fallback = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
        Some(
            (0..TABLED as u32)
                .map(|u| {
                    char::from_u32(u)
                        .and_then(|c| face.glyph_index(c))
                        .and_then(|g| face.glyph_hor_advance(g))
                        .unwrap_or(fallback)
                })
                .collect(),
        )
    })
    .as_deref()
}

/// The advance width of `text` at `size` pixels, plus `spacing` between letters.
pub fn width(text: &str, size: f64, bold: bool, spacing: f64) -> f64 {
    let (Some(face), Some(table)) = (face(bold), advances(bold)) else {
        // The font is compiled in, so this only guards against a corrupt build.
        return text.chars().count() as f64 * size * 0.6;
    };
    let upem = f64::from(face.units_per_em());
    let fallback = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
    let mut units = 0u64;
    let mut n = 0usize;
    for c in text.chars() {
        n += 1;
        let advance = match table.get(c as usize) {
            Some(&a) => a,
            None => face
                .glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .unwrap_or(fallback),
        };
        units += u64::from(advance);
    }
    units as f64 / upem * size + spacing * n.saturating_sub(1) as f64
}

/// Greedy word wrap by measured width: lines at most `max_width` pixels wide at `size`,
/// except that a word longer than a line gets a line of its own.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let tried = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width(&tried, size, bold, 0.0) > max_width {
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

/// The largest font size up to `size` (in hundredths of a pixel) at which `text` fits in
/// `avail` pixels: long titles shrink rather than run off a narrow map.
pub fn fit_size(text: &str, size: f64, bold: bool, avail: f64) -> f64 {
    let w = width(text, size, bold, 0.0);
    if w <= avail || w <= 0.0 {
        size
    } else {
        (size * avail / w * 100.0).floor() / 100.0
    }
}

/// Height above the baseline of capital letters, as a fraction of the font size.
pub const CAP_HEIGHT: f64 = 0.73;
/// Depth below the baseline of descenders, as a fraction of the font size.
pub const DESCENT: f64 = 0.24;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_scales_with_size_and_spacing() {
        let a = width("Manchuria", 10.0, false, 0.0);
        let b = width("Manchuria", 20.0, false, 0.0);
        assert!((b - 2.0 * a).abs() < 1e-9);
        let c = width("Manchuria", 10.0, false, 1.0);
        assert!((c - a - 8.0).abs() < 1e-9);
        assert_eq!(width("", 10.0, false, 3.0), 0.0);
    }

    #[test]
    fn long_titles_shrink_to_fit() {
        let t = "A title far too long for a narrow map, it goes on and on and on";
        let size = fit_size(t, 25.0, true, 300.0);
        assert!(size < 25.0);
        assert!(width(t, size, true, 0.0) <= 300.0 + 1e-6);
        assert_eq!(fit_size("Short", 25.0, true, 300.0), 25.0);
    }

    #[test]
    fn bold_is_wider_and_words_have_their_size() {
        let w = width("Korea", 20.0, false, 0.0);
        assert!(w > 50.0 && w < 70.0);
        assert!(width("Korea", 20.0, true, 0.0) > w);
    }

    #[test]
    fn lines_wrap_to_the_width() {
        let lines = wrap("one two three four five six", 11.0, false, 60.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 11.0, false, 0.0) <= 60.0));
        assert_eq!(lines.join(" "), "one two three four five six");
    }

    #[test]
    fn a_word_longer_than_the_line_gets_a_line_of_its_own() {
        let lines = wrap("a incomprehensibilities b", 11.0, false, 40.0);
        assert_eq!(lines, ["a", "incomprehensibilities", "b"]);
        assert!(wrap("", 11.0, false, 40.0).is_empty());
    }
}
