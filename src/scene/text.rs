//! The embedded fonts and the width of text set in them.
//!
//! Labels are placed before anything is rendered, so the scene must know how wide each
//! label will be. Both the measuring here and the rasteriser use the same embedded fonts,
//! so the widths agree (up to kerning, which the placement pads for): DejaVu Sans for
//! every character it has (Latin, Greek, Cyrillic and more), and for the characters of
//! Japanese, Korean and Chinese texts that it lacks, Noto Sans CJK, subset to those
//! characters by `tools/fonts/build.py` (`geodata/fonts/`). A character is drawn in
//! DejaVu Sans when DejaVu Sans has it, else in the language's CJK face, as the family
//! list [`font_family`] writes into the SVG asks.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ttf_parser::Face;

use crate::language::Language;

mod breaks;

/// The family name the SVG asks for, with generic fallbacks for browsers without it.
pub const FONT_FAMILY: &str = "'DejaVu Sans', 'Verdana', 'Bitstream Vera Sans', sans-serif";

/// The `font-family` of a map in `language`: DejaVu Sans first, so that Latin letters and
/// digits are DejaVu's in every language; for Japanese, Korean and Chinese the
/// language's Noto Sans CJK face next, for the characters DejaVu Sans lacks (kana and
/// kanji, hangul, hanzi, CJK punctuation). The three CJK faces draw many shared
/// characters differently (直, 骨, 次…), so each language names its own.
///
/// ```
/// use spheres::language::Language;
/// use spheres::scene::text::{FONT_FAMILY, font_family};
/// assert_eq!(font_family(Language::En), FONT_FAMILY);
/// assert!(font_family(Language::Zh).contains("'Noto Sans CJK SC'"));
/// ```
pub fn font_family(language: Language) -> &'static str {
    match language {
        Language::En | Language::Ru => FONT_FAMILY,
        Language::Ja => {
            "'DejaVu Sans', 'Noto Sans CJK JP', 'Verdana', 'Bitstream Vera Sans', sans-serif"
        }
        Language::Ko => {
            "'DejaVu Sans', 'Noto Sans CJK KR', 'Verdana', 'Bitstream Vera Sans', sans-serif"
        }
        Language::Zh => {
            "'DejaVu Sans', 'Noto Sans CJK SC', 'Verdana', 'Bitstream Vera Sans', sans-serif"
        }
    }
}

/// The regular weight's font file (DejaVu Sans).
pub fn regular_bytes() -> &'static [u8] {
    dejavu::sans::regular()
}

/// The bold weight's font file (DejaVu Sans).
pub fn bold_bytes() -> &'static [u8] {
    dejavu::sans::bold()
}

/// The oblique style's font file (DejaVu Sans).
pub fn oblique_bytes() -> &'static [u8] {
    dejavu::sans::oblique()
}

/// An embedded Noto Sans CJK family: the characters DejaVu Sans lacks in one language's
/// texts (its translations and messages), in a regular and a bold face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CjkFont {
    /// The language whose texts it holds the characters of.
    pub language: Language,
    /// Its family name, as its faces' name tables and [`font_family`] write it.
    pub family: &'static str,
    /// The regular face's font file (OpenType with CFF outlines).
    pub regular: &'static [u8],
    /// The bold face's font file.
    pub bold: &'static [u8],
}

/// The embedded CJK families, made by `tools/fonts/build.py` (see `geodata/fonts/README.md`).
pub const CJK_FONTS: [CjkFont; 3] = [
    CjkFont {
        language: Language::Ja,
        family: "Noto Sans CJK JP",
        regular: include_bytes!("../../geodata/fonts/NotoSansCJKjp-Regular.otf"),
        bold: include_bytes!("../../geodata/fonts/NotoSansCJKjp-Bold.otf"),
    },
    CjkFont {
        language: Language::Ko,
        family: "Noto Sans CJK KR",
        regular: include_bytes!("../../geodata/fonts/NotoSansCJKkr-Regular.otf"),
        bold: include_bytes!("../../geodata/fonts/NotoSansCJKkr-Bold.otf"),
    },
    CjkFont {
        language: Language::Zh,
        family: "Noto Sans CJK SC",
        regular: include_bytes!("../../geodata/fonts/NotoSansCJKsc-Regular.otf"),
        bold: include_bytes!("../../geodata/fonts/NotoSansCJKsc-Bold.otf"),
    },
];

/// The embedded CJK family of `language`, if it has one.
pub fn cjk_font(language: Language) -> Option<&'static CjkFont> {
    CJK_FONTS.iter().find(|f| f.language == language)
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

/// The CJK faces of a weight, parsed once, in [`CJK_FONTS`]'s order.
fn cjk_faces(bold: bool) -> &'static [(Language, Face<'static>)] {
    static REGULAR: OnceLock<Vec<(Language, Face<'static>)>> = OnceLock::new();
    static BOLD: OnceLock<Vec<(Language, Face<'static>)>> = OnceLock::new();
    let cell = if bold { &BOLD } else { &REGULAR };
    cell.get_or_init(|| {
        CJK_FONTS
            .iter()
            .filter_map(|f| {
                let bytes = if bold { f.bold } else { f.regular };
                Some((f.language, Face::parse(bytes, 0).ok()?))
            })
            .collect()
    })
}

fn cjk_face(language: Language, bold: bool) -> Option<&'static Face<'static>> {
    cjk_faces(bold)
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, f)| f)
}

/// The advance of a character in the CJK faces, in ems.
fn cjk_advance(c: char, bold: bool) -> Option<f64> {
    let table = cjk_advances(bold);
    let i = table.binary_search_by_key(&c, |&(k, _)| k).ok()?;
    Some(table[i].1)
}

/// The advance of every character of the CJK faces of a weight, in ems, in code point
/// order, looked up once: a Japanese map measures its labels' kanji as often as an
/// English one its letters. The first face that has a character gives it, whatever the
/// language, since the faces agree on the advances of the characters they share (a test
/// checks it, and so does the builder).
fn cjk_advances(bold: bool) -> &'static [(char, f64)] {
    static REGULAR: OnceLock<Vec<(char, f64)>> = OnceLock::new();
    static BOLD: OnceLock<Vec<(char, f64)>> = OnceLock::new();
    let cell = if bold { &BOLD } else { &REGULAR };
    cell.get_or_init(|| {
        let mut all = std::collections::BTreeMap::new();
        for (_, face) in cjk_faces(bold) {
            let upem = f64::from(face.units_per_em());
            for sub in face.tables().cmap.iter().flat_map(|c| c.subtables) {
                if !sub.is_unicode() {
                    continue;
                }
                sub.codepoints(|u| {
                    let advance = char::from_u32(u).and_then(|c| {
                        let a = face.glyph_hor_advance(sub.glyph_index(u)?)?;
                        Some((c, f64::from(a) / upem))
                    });
                    if let Some((c, ems)) = advance {
                        all.entry(c).or_insert(ems);
                    }
                });
            }
        }
        all.into_iter().collect()
    })
}

/// The code points whose advances are kept in a table: Latin, with its accents and the
/// punctuation labels use, Greek and Cyrillic (a Russian map's labels measure as fast as
/// an English one's: looked up in the font, a Cyrillic letter took 40 times as long).
/// CJK characters have their own table ([`cjk_advances`]); others are looked up in the
/// font each time.
const TABLED: usize = 0x530;

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

/// The advance width of `text` at `size` pixels, plus `spacing` between letters: each
/// character in DejaVu Sans if it has it, else in the CJK face that has it. In a text
/// with CJK characters the spaces are the CJK face's (narrower than DejaVu Sans's), as
/// the rasteriser draws them (see `render::png`'s fonts) and as librsvg draws a space
/// between two CJK characters.
pub fn width(text: &str, size: f64, bold: bool, spacing: f64) -> f64 {
    let (Some(face), Some(table)) = (face(bold), advances(bold)) else {
        // The font is compiled in, so this only guards against a corrupt build.
        return text.chars().count() as f64 * size * 0.6;
    };
    let upem = f64::from(face.units_per_em());
    let fallback = face.glyph_hor_advance(ttf_parser::GlyphId(0)).unwrap_or(0);
    let mut units = 0u64;
    // Kept apart so that text DejaVu Sans draws whole measures as it always did.
    let mut cjk_ems = 0.0;
    let mut cjk = false;
    let mut spaces = 0u64;
    let mut n = 0usize;
    for c in text.chars() {
        n += 1;
        spaces += u64::from(c == ' ');
        // The CJK faces hold only characters DejaVu Sans lacks (and the space, which is
        // in the table), so the order of the lookups does not change what is measured.
        let advance = match table.get(c as usize) {
            Some(&a) => a,
            None => match cjk_advance(c, bold) {
                Some(ems) => {
                    cjk = true;
                    cjk_ems += ems;
                    0
                }
                None => face
                    .glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .unwrap_or(fallback),
            },
        };
        units += u64::from(advance);
    }
    if cjk
        && spaces > 0
        && let (Some(&dejavu), Some(ems)) = (table.get(usize::from(b' ')), cjk_advance(' ', bold))
    {
        units -= spaces * u64::from(dejavu);
        cjk_ems += spaces as f64 * ems;
    }
    units as f64 / upem * size + cjk_ems * size + spacing * n.saturating_sub(1) as f64
}

/// Greedy word wrap by measured width: lines at most `max_width` pixels wide at `size`,
/// except that a word longer than a line gets a line of its own. Lines break at spaces,
/// and in Chinese and Japanese text also between characters where Unicode line breaking
/// allows it (never before 」）、。). A no-break space holds its neighbours together
/// ("1 565 181", "1912 г." in Russian).
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let words = text
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty());
    for word in words {
        for (i, piece) in breaks::pieces(word).into_iter().enumerate() {
            let tried = match (line.is_empty(), i) {
                (true, _) => piece.to_string(),
                (false, 0) => format!("{line} {piece}"),
                (false, _) => format!("{line}{piece}"),
            };
            if !line.is_empty() && width(&tried, size, bold, 0.0) > max_width {
                lines.push(std::mem::take(&mut line));
                line = piece.to_string();
            } else {
                line = tried;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The ways to cut `text` in two lines: at each space (the space dropped), then between
/// the characters of Chinese and Japanese words where a line may break (see [`wrap`]).
pub(crate) fn two_lines(text: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<(String, String)> = (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .collect();
    let mut at = 0;
    for word in &words {
        let pieces = breaks::pieces(word);
        let mut cut = at;
        for piece in &pieces[..pieces.len() - 1] {
            cut += piece.len();
            out.push((text[..cut].to_string(), text[cut..].to_string()));
        }
        at += word.len() + 1;
    }
    out
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

/// The characters of `text` that the embedded fonts cannot draw in `language`, in either
/// weight: those neither DejaVu Sans nor the language's CJK face has (control characters
/// aside), each once, in code point order. Empty for every text of the translations and
/// messages the fonts were built from; a character a new translation brings in shows
/// here until `tools/fonts/build.py` is run again.
///
/// ```
/// use spheres::language::Language;
/// use spheres::scene::text::missing_glyphs;
/// assert!(missing_glyphs("Корея, 1912", Language::Ru).is_empty());
/// assert_eq!(missing_glyphs("朝鮮 Korea", Language::En), ['朝', '鮮']);
/// ```
pub fn missing_glyphs(text: &str, language: Language) -> Vec<char> {
    let has = |c: char, bold: bool| {
        face(bold).is_some_and(|f| f.glyph_index(c).is_some())
            || cjk_face(language, bold).is_some_and(|f| f.glyph_index(c).is_some())
    };
    let drawn = |c: char| has(c, false) && has(c, true);
    text.chars()
        .filter(|&c| !c.is_control() && !drawn(c))
        .collect::<BTreeSet<char>>()
        .into_iter()
        .collect()
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
    fn cjk_characters_are_measured_in_their_face() {
        // Noto Sans CJK's ideographs, kana and CJK punctuation are one em wide, its hangul
        // 0.92 em; Latin and digits stay DejaVu's.
        assert_eq!(width("朝鮮", 10.0, false, 0.0), 20.0);
        assert_eq!(width("满洲国", 10.0, true, 0.0), 30.0);
        assert_eq!(width("（）、。", 10.0, false, 0.0), 40.0);
        assert!((width("조선", 10.0, false, 0.0) - 18.4).abs() < 1e-9);
        // A space in a text with CJK characters is the CJK face's: 0.224 em.
        assert!((width("조선 경성", 10.0, false, 0.0) - 4.0 * 9.2 - 2.24).abs() < 1e-9);
        let dejavu_space = width(" ", 10.0, false, 0.0);
        assert!((dejavu_space - 10.0 * 651.0 / 2048.0).abs() < 1e-9);
        let year = width("1912", 12.0, true, 0.0);
        assert!((width("1912年", 12.0, true, 0.0) - year - 12.0).abs() < 1e-9);
        assert!((width("1912年", 12.0, true, 1.0) - year - 12.0 - 4.0).abs() < 1e-9);
    }

    /// The characters a face maps, by its cmap.
    fn characters(face: &Face) -> BTreeSet<char> {
        let mut out = BTreeSet::new();
        for sub in face.tables().cmap.iter().flat_map(|c| c.subtables) {
            if sub.is_unicode() {
                sub.codepoints(|u| out.extend(char::from_u32(u)));
            }
        }
        out
    }

    #[test]
    fn the_cjk_faces_agree_on_the_advances_of_the_characters_they_share() {
        for bold in [false, true] {
            let faces = cjk_faces(bold);
            assert_eq!(faces.len(), 3, "every embedded CJK face parses");
            let mut shared = 0;
            for (i, (la, a)) in faces.iter().enumerate() {
                for (lb, b) in &faces[i + 1..] {
                    for c in characters(a).intersection(&characters(b)) {
                        let advance = |f: &Face| f.glyph_hor_advance(f.glyph_index(*c).unwrap());
                        assert_eq!(advance(a), advance(b), "{c} in {la} and {lb}");
                        shared += 1;
                    }
                }
            }
            assert!(shared >= 10, "年月日 and punctuation at least: {shared}");
        }
    }

    #[test]
    fn the_cjk_faces_hold_only_what_dejavu_lacks() {
        // The SVG names DejaVu Sans first and the rasteriser takes the CJK face first:
        // both give each character the same face only while no character is in both
        // (but the space, which follows the character before it).
        for bold in [false, true] {
            let mut dejavu = characters(face(bold).unwrap());
            dejavu.remove(&' ');
            for (language, cjk) in cjk_faces(bold) {
                assert!(characters(cjk).contains(&' '), "{language}");
                let both: Vec<char> = characters(cjk).intersection(&dejavu).copied().collect();
                assert!(both.is_empty(), "{language} (bold: {bold}): {both:?}");
            }
        }
    }

    #[test]
    fn the_same_characters_look_different_in_japanese_and_chinese() {
        // 直 has its own form in each face: the glyphs' outlines differ.
        let bbox = |l| {
            let f = cjk_face(l, false).unwrap();
            f.glyph_bounding_box(f.glyph_index('直').unwrap()).unwrap()
        };
        assert_ne!(bbox(Language::Ja), bbox(Language::Zh));
    }

    #[test]
    fn each_language_names_its_own_face_after_dejavu() {
        for l in Language::ALL {
            let family = font_family(l);
            assert!(family.starts_with("'DejaVu Sans', "), "{family}");
            assert!(family.ends_with(", sans-serif"), "{family}");
            match cjk_font(l) {
                Some(f) => assert!(family.contains(&format!("'{}'", f.family)), "{family}"),
                None => assert_eq!(family, FONT_FAMILY),
            }
        }
    }

    #[test]
    fn missing_glyphs_lists_what_no_face_of_the_language_has() {
        assert!(missing_glyphs("1912年12月31日", Language::Ja).is_empty());
        assert!(missing_glyphs("1912년 12월 31일", Language::Ko).is_empty());
        // Hangul is in the Korean face only; a control character is never drawn.
        assert_eq!(missing_glyphs("경성\n경성", Language::Ja), ['경', '성']);
        assert_eq!(missing_glyphs("Харбин\t朝", Language::Ru), ['朝']);
        // 満 is Japanese; the Chinese face has 满.
        assert_eq!(missing_glyphs("满洲 満洲", Language::Zh), ['満']);
    }

    /// Every translation and message file, with its language: `geodata/*/lang/<code>.toml`,
    /// `src/messages/<code>.ftl`, and the builder's `tools/fonts/extra-<code>.txt` (its
    /// comment lines aside).
    /// Every string of a TOML value, one after the other.
    fn collect_strings(value: &toml::Value, out: &mut String) {
        match value {
            toml::Value::String(s) => out.push_str(s),
            toml::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
            toml::Value::Table(t) => t.values().for_each(|v| collect_strings(v, out)),
            _ => {}
        }
    }

    fn texts() -> Vec<(String, Language, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let list = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
            let mut v: Vec<_> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            v.sort();
            v
        };
        for scenario in list(&root.join("geodata")) {
            files.extend(list(&scenario.join("lang")));
        }
        files.extend(list(&root.join("src/messages")));
        files.extend(list(&root.join("tools/fonts")));
        let mut out = Vec::new();
        for path in files {
            let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else {
                continue;
            };
            let (stem, ext) = (stem.to_string_lossy(), ext.to_string_lossy());
            let code = match ext.as_ref() {
                "toml" | "ftl" => stem.as_ref(),
                "txt" => match stem.strip_prefix("extra-") {
                    Some(code) => code,
                    None => continue,
                },
                _ => continue,
            };
            let name = path.strip_prefix(root).unwrap().display().to_string();
            let language: Language = code
                .parse()
                .unwrap_or_else(|e| panic!("{name}: {e}, by its file name"));
            let text = std::fs::read_to_string(&path).unwrap();
            // What is drawn: a translation's strings, a message file's or a list's lines
            // but their comments.
            let text = match ext.as_ref() {
                "toml" => {
                    let value: toml::Value =
                        toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                    let mut strings = String::new();
                    collect_strings(&value, &mut strings);
                    strings
                }
                _ => text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .collect(),
            };
            out.push((name, language, text));
        }
        out
    }

    #[test]
    fn every_character_of_the_translations_and_messages_has_a_glyph() {
        let texts = texts();
        for code in ["ja", "ko", "zh"] {
            let extra = format!("tools/fonts/extra-{code}.txt");
            assert!(texts.iter().any(|(name, ..)| *name == extra), "{extra}");
        }
        let mut problems = Vec::new();
        for (name, language, text) in &texts {
            let missing = missing_glyphs(text, *language);
            if !missing.is_empty() {
                let listed: Vec<String> = missing
                    .iter()
                    .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                    .collect();
                problems.push(format!("{name}: {}", listed.join(" ")));
            }
        }
        assert!(
            problems.is_empty(),
            "no embedded font has these characters:\n{}\n(hint: rebuild the fonts with \
             tools/fonts/build.py, as geodata/fonts/README.md says)",
            problems.join("\n")
        );
    }

    #[test]
    fn a_no_break_space_is_not_a_break() {
        let lines = wrap("площадь 1\u{a0}565\u{a0}181 км²", 11.0, false, 40.0);
        assert!(
            lines.contains(&"1\u{a0}565\u{a0}181".to_string()),
            "{lines:?}"
        );
    }

    #[test]
    fn cjk_text_wraps_between_characters_and_english_at_spaces() {
        let lines = wrap(
            "満洲国と関東州（ロシア租借地）の境界、1905年",
            12.0,
            false,
            70.0,
        );
        assert!(lines.len() > 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| width(l, 12.0, false, 0.0) <= 70.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.concat(),
            "満洲国と関東州（ロシア租借地）の境界、1905年"
        );
        // No line starts with closing punctuation, none ends with an opening bracket.
        for l in &lines {
            assert!(!l.starts_with(['）', '、', '。']), "{lines:?}");
            assert!(!l.ends_with('（'), "{lines:?}");
        }
        // Words of Latin letters and spaces between scripts are kept as they are.
        assert_eq!(
            wrap("Natural Earth 京城 朝鮮", 12.0, false, 1000.0),
            ["Natural Earth 京城 朝鮮"]
        );
        assert_eq!(
            wrap("조선 경성 조선", 12.0, false, 40.0),
            ["조선", "경성", "조선"]
        );
    }

    #[test]
    fn names_cut_in_two_at_spaces_then_between_cjk_characters() {
        let cuts = |s| two_lines(s);
        assert_eq!(
            cuts("Inner Mongolia east"),
            [
                ("Inner".to_string(), "Mongolia east".to_string()),
                ("Inner Mongolia".to_string(), "east".to_string())
            ]
        );
        assert!(cuts("Korea").is_empty());
        let pairs: Vec<String> = cuts("関東州（租借地）")
            .into_iter()
            .map(|(a, b)| format!("{a}|{b}"))
            .collect();
        assert_eq!(
            pairs,
            [
                "関|東州（租借地）",
                "関東|州（租借地）",
                "関東州|（租借地）",
                "関東州（租|借地）",
                "関東州（租借|地）"
            ]
        );
    }

    #[test]
    fn a_word_longer_than_the_line_gets_a_line_of_its_own() {
        let lines = wrap("a incomprehensibilities b", 11.0, false, 40.0);
        assert_eq!(lines, ["a", "incomprehensibilities", "b"]);
        assert!(wrap("", 11.0, false, 40.0).is_empty());
    }
}
