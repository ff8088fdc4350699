//! The rasteriser's fonts: the embedded faces only, and which of them draws a character.
//!
//! The SVG asks, for Japanese, Korean and Chinese, for DejaVu Sans first and the
//! language's Noto Sans CJK face next ([`text::font_family`]): a browser or librsvg draws
//! each character in the first family of the list that has it. usvg does not: it takes
//! the first family it has for the whole text and, for a character that face lacks,
//! the first face of its database that has it, of any weight, whatever the list names
//! (its default fallback skips a face only when style, weight and stretch all differ).
//! With three CJK faces holding many of the same characters, that draws Chinese in
//! the Japanese face and bold text in a regular one.
//!
//! So the rasteriser chooses itself ([`resolver`]): a list that names an embedded CJK
//! family takes that face first, in the weight and style asked, and a character it lacks
//! comes from DejaVu Sans of the same weight and slant; never from another language's
//! CJK face (a character the language's face lacks shows as a box, and the coverage test
//! of `scene::text` names it). Since a CJK face holds only characters DejaVu Sans lacks
//! (the builder makes it so, a test checks it), every character gets the face the family
//! list gives it in librsvg: DejaVu Sans's Latin, digits and Cyrillic, the language's
//! kanji, kana, hangul and hanzi.
//!
//! The one exception is the space, which each CJK face also holds. librsvg (Pango 1.50)
//! draws a space between two CJK characters in the CJK face (0.224 em) and one before a
//! digit or a bracket, or after a Latin letter, in DejaVu Sans (0.318 em). Here every
//! space of a text with CJK characters is the CJK face's, and [`text::width`] measures it
//! so: Korean words are spaced as librsvg spaces them, and "1912년 12월" comes out 0.094
//! em per space narrower than in librsvg.
//!
//! One more thing stands in the way: usvg shapes the whole text with the fallback face
//! and takes its glyphs only if it made as many glyphs as the first face did. DejaVu
//! Sans joins fi, fl, ff, ffi and ffl into one glyph each, so "Official 朝鮮" would keep
//! its Latin letters missing. The Latin letters of a CJK text therefore come from a copy
//! of DejaVu Sans whose ligatures are switched off ([`without_ligatures`]); an English or
//! Russian text is drawn with DejaVu Sans as it is.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb::{
    Database, FaceInfo, Family, Language, Query, Source, Stretch, Style, Weight,
};
use resvg::usvg::{self, FontFamily, FontResolver, FontStyle};

use crate::scene::text;

/// The font database: DejaVu Sans and the CJK faces from the binary, and no system
/// fonts, so output does not depend on the machine.
pub(super) fn database() -> Arc<Database> {
    static DB: OnceLock<Arc<Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = Database::new();
        db.load_font_data(text::regular_bytes().to_vec());
        db.load_font_data(text::bold_bytes().to_vec());
        db.load_font_data(text::oblique_bytes().to_vec());
        for font in &text::CJK_FONTS {
            for ids in [font.regular, font.bold].map(|b| db.load_font_source(binary(b))) {
                // CJK faces have no italic. The regular face is also listed as oblique,
                // so that an italic label takes it with the style asked and finds DejaVu
                // Sans Oblique for its Latin letters, as a browser would.
                for id in ids {
                    if let Some(info) = db.face(id).filter(|f| f.weight == Weight::NORMAL) {
                        let mut oblique = info.clone();
                        oblique.style = Style::Oblique;
                        db.push_face_info(oblique);
                    }
                }
            }
        }
        for bytes in [
            text::regular_bytes(),
            text::bold_bytes(),
            text::oblique_bytes(),
        ] {
            for id in db.load_font_source(Source::Binary(Arc::new(without_ligatures(bytes)))) {
                // Under a family name of its own, so that no SVG's list can ask for it.
                if let Some(mut info) = db.face(id).cloned() {
                    db.remove_face(id);
                    info.families = vec![(UNLIGATED.to_string(), Language::English_UnitedStates)];
                    db.push_face_info(info);
                }
            }
        }
        db.set_sans_serif_family("DejaVu Sans");
        db.set_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

fn binary(bytes: &'static [u8]) -> Source {
    Source::Binary(Arc::new(bytes))
}

/// How usvg chooses a face for a text and for the characters that face lacks (see the
/// module's documentation).
pub(super) fn resolver() -> FontResolver<'static> {
    FontResolver {
        select_font: Box::new(|font, db| {
            cjk_first(font, db).or_else(|| (FontResolver::default_font_selector())(font, db))
        }),
        select_fallback: Box::new(|c, used, db| {
            let base = db.face(*used.first()?)?;
            let (style, weight) = (slanted(base.style), base.weight);
            // DejaVu Sans without ligatures for a CJK text, as it is for any other.
            let cjk = family(base) != "DejaVu Sans" && family(base) != UNLIGATED;
            // Faces in the database's order (DejaVu Sans first), those of the base face's
            // style and weight before the others.
            db.faces()
                .enumerate()
                .filter(|(_, f)| !used.contains(&f.id) && (family(f) == UNLIGATED) == cjk)
                .filter(|(_, f)| has_char(db, f.id, c))
                .min_by_key(|(i, f)| (slanted(f.style) != style, f.weight != weight, *i))
                .map(|(_, f)| f.id)
        }),
    }
}

/// The family name of the copies of DejaVu Sans without ligatures.
const UNLIGATED: &str = "DejaVu Sans (without ligatures)";

fn family(face: &FaceInfo) -> &str {
    face.families.first().map_or("", |(name, _)| name.as_str())
}

/// Italic and oblique are one for the choice of a fallback: DejaVu Sans has an oblique
/// face, which a text asking for italic gets.
fn slanted(style: Style) -> bool {
    style != Style::Normal
}

/// A font file whose default ligatures (the `liga` feature of its GSUB table) are
/// switched off: the feature's tag is renamed to `ligz`, which no shaper applies and
/// which sorts where `liga` did (lookups search the feature list by tag). A file
/// without that table or feature is returned as it is.
fn without_ligatures(font: &[u8]) -> Vec<u8> {
    let mut bytes = font.to_vec();
    let u16_at = |b: &[u8], at: usize| {
        b.get(at..at + 2)
            .map(|s| usize::from(u16::from_be_bytes([s[0], s[1]])))
    };
    let u32_at = |b: &[u8], at: usize| {
        b.get(at..at + 4)
            .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
    };
    // The table directory: 12 bytes of header, then 16 bytes per table.
    let gsub = (0..u16_at(&bytes, 4).unwrap_or(0)).find_map(|i| {
        let record = 12 + 16 * i;
        (bytes.get(record..record + 4)? == b"GSUB").then(|| u32_at(&bytes, record + 8))?
    });
    let Some(gsub) = gsub else {
        return bytes;
    };
    let Some(list) = u16_at(&bytes, gsub + 6).map(|o| gsub + o) else {
        return bytes;
    };
    for i in 0..u16_at(&bytes, list).unwrap_or(0) {
        let tag = list + 2 + 6 * i;
        if let Some(t) = bytes.get_mut(tag..tag + 4).filter(|t| *t == b"liga") {
            t.copy_from_slice(b"ligz");
        }
    }
    bytes
}

fn has_char(db: &Database, id: usvg::fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index).is_ok_and(|f| f.glyph_index(c).is_some())
    }) == Some(true)
}

/// The embedded CJK face a family list names, in the weight and style asked.
fn cjk_first(font: &usvg::Font, db: &Database) -> Option<usvg::fontdb::ID> {
    let family = font.families().iter().find_map(|f| match f {
        FontFamily::Named(name) => text::CJK_FONTS
            .iter()
            .find(|c| c.family == name.as_str())
            .map(|c| c.family),
        _ => None,
    })?;
    let style = match font.style() {
        FontStyle::Normal => Style::Normal,
        FontStyle::Italic => Style::Italic,
        FontStyle::Oblique => Style::Oblique,
    };
    db.query(&Query {
        families: &[Family::Name(family)],
        weight: Weight(font.weight()),
        // Every embedded face is of normal width.
        stretch: Stretch::Normal,
        style,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language as Lang;

    /// Each drawn glyph of a one-text SVG: its text, the family, weight and slant of the
    /// face it is drawn from, and whether it is the missing glyph.
    fn drawn(
        family_list: &str,
        attributes: &str,
        content: &str,
    ) -> Vec<(String, String, u16, bool, bool)> {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"50\"><text x=\"5\" y=\"30\" font-size=\"20\" font-family=\"{}\" {attributes}>{content}</text></svg>",
            family_list.replace('\'', "&apos;")
        );
        let options = usvg::Options {
            fontdb: database(),
            font_family: "DejaVu Sans".into(),
            font_resolver: resolver(),
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(&svg, &options).unwrap();
        let mut out = Vec::new();
        for node in tree.root().children() {
            let usvg::Node::Text(text) = node else {
                continue;
            };
            for glyph in text.layouted().iter().flat_map(|s| &s.positioned_glyphs) {
                let face = tree.fontdb().face(glyph.font).unwrap();
                out.push((
                    glyph.text.clone(),
                    family(face).to_string(),
                    face.weight.0,
                    slanted(face.style),
                    glyph.id.0 == 0,
                ));
            }
        }
        out
    }

    fn faces(lang: Lang, attributes: &str, content: &str) -> Vec<(String, String)> {
        drawn(text::font_family(lang), attributes, content)
            .into_iter()
            .map(|(t, f, ..)| (t, f))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn each_character_takes_the_face_the_family_list_gives_it() {
        const LATIN: &str = UNLIGATED;
        assert_eq!(
            faces(Lang::Ja, "", "京城 1912年"),
            pairs(&[
                ("京", "Noto Sans CJK JP"),
                ("城", "Noto Sans CJK JP"),
                // A space after a CJK character is the CJK face's, as in librsvg.
                (" ", "Noto Sans CJK JP"),
                ("1", LATIN),
                ("9", LATIN),
                ("1", LATIN),
                ("2", LATIN),
                ("年", "Noto Sans CJK JP"),
            ])
        );
        // The same characters in the Chinese and the Japanese face, each in its own.
        assert_eq!(
            faces(Lang::Zh, "", "直骨"),
            pairs(&[("直", "Noto Sans CJK SC"), ("骨", "Noto Sans CJK SC")])
        );
        assert_eq!(
            faces(Lang::Ja, "", "直骨"),
            pairs(&[("直", "Noto Sans CJK JP"), ("骨", "Noto Sans CJK JP")])
        );
        assert_eq!(
            faces(Lang::Ko, "", "경성"),
            pairs(&[("경", "Noto Sans CJK KR"), ("성", "Noto Sans CJK KR")])
        );
        // English and Russian as before: DejaVu Sans, ligatures and all.
        assert_eq!(
            faces(Lang::Ru, "", "Official"),
            pairs(&[
                ("O", "DejaVu Sans"),
                ("ffi", "DejaVu Sans"),
                ("c", "DejaVu Sans"),
                ("i", "DejaVu Sans"),
                ("a", "DejaVu Sans"),
                ("l", "DejaVu Sans"),
            ])
        );
    }

    #[test]
    fn latin_letters_joined_by_ligatures_are_drawn_beside_cjk() {
        let glyphs = drawn(text::font_family(Lang::Ja), "", "Official 朝鮮");
        assert!(glyphs.iter().all(|g| !g.4), "{glyphs:?}");
        let text: String = glyphs.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(text, "Official 朝鮮");
        assert_eq!(glyphs.len(), 11, "one glyph per character: {glyphs:?}");
    }

    #[test]
    fn bold_and_italic_keep_their_weight_and_slant_in_both_faces() {
        let bold = drawn(
            text::font_family(Lang::Zh),
            "font-weight=\"bold\"",
            "满洲国 1932",
        );
        assert!(bold.iter().all(|g| g.2 == 700 && !g.4), "{bold:?}");
        let italic = drawn(
            text::font_family(Lang::Ja),
            "font-style=\"italic\"",
            "関東州 Kwantung",
        );
        for (t, family, weight, slant, missing) in &italic {
            assert!(!missing && *weight == 400, "{italic:?}");
            // CJK faces have no italic (they are drawn upright); the Latin letters are
            // DejaVu Sans Oblique's.
            if family == UNLIGATED {
                assert!(slant, "{t}");
            } else {
                assert_eq!(family, "Noto Sans CJK JP");
            }
        }
        let regular = drawn(text::font_family(Lang::Ko), "", "1912년");
        assert!(regular.iter().all(|g| g.2 == 400 && !g.3), "{regular:?}");
    }

    #[test]
    fn ligatures_are_switched_off_in_the_copy_only() {
        let plain = without_ligatures(text::regular_bytes());
        assert_eq!(plain.len(), text::regular_bytes().len());
        let changed: Vec<usize> = (0..plain.len())
            .filter(|&i| plain[i] != text::regular_bytes()[i])
            .collect();
        // Only feature records' tags, one byte each: liga → ligz.
        assert!(!changed.is_empty());
        for i in changed {
            assert_eq!(&plain[i - 3..=i], b"ligz");
            assert_eq!(&text::regular_bytes()[i - 3..=i], b"liga");
        }
        assert_eq!(without_ligatures(b"not a font"), b"not a font");
    }
}
