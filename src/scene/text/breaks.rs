//! Where a line may break inside a word of Chinese or Japanese text.
//!
//! Chinese and Japanese are written without spaces, and a line may break between almost
//! any two characters: not before closing brackets and punctuation (」）、。), small kana
//! or the prolonged sound mark, and not after opening brackets (「（). Unicode line
//! breaking (UAX #14, the `unicode-linebreak` crate) knows these rules. Only the breaks
//! it allows after a Chinese or Japanese character are taken: Latin words, numbers and
//! hyphenated names keep breaking at spaces only (so English wraps as it always did, and
//! "1912年" keeps its year: "1912年|12月|31日"), and Korean, written with spaces between
//! words, breaks at its spaces, as Korean map labels do.

use unicode_linebreak::{BreakOpportunity, linebreaks};

/// The pieces of `word` (text without spaces) between which a line may break: the whole
/// word when it has no such place.
pub(crate) fn pieces(word: &str) -> Vec<&str> {
    if !word.chars().any(ideographic) {
        return vec![word];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (at, kind) in linebreaks(word) {
        if kind != BreakOpportunity::Allowed || at == 0 || at >= word.len() {
            continue;
        }
        if word[..at].chars().next_back().is_some_and(ideographic) {
            out.push(&word[start..at]);
            start = at;
        }
    }
    out.push(&word[start..]);
    out
}

/// Whether a character belongs to Chinese or Japanese text: Han characters, kana, CJK
/// punctuation and the full-width forms (（）, ～). Hangul is not among them.
pub(crate) fn ideographic(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2E80..=0x2FDF // CJK and Kangxi radicals
            | 0x3000..=0x303F // CJK symbols and punctuation: 、。「」〜
            | 0x3040..=0x30FF // hiragana, katakana
            | 0x31C0..=0x31FF // CJK strokes, katakana phonetic extensions
            | 0x3400..=0x4DBF // CJK extension A
            | 0x4E00..=0x9FFF // CJK unified ideographs
            | 0xF900..=0xFAFF // CJK compatibility ideographs
            | 0xFE30..=0xFE4F // CJK compatibility forms
            | 0xFF00..=0xFF9F // full-width forms, half-width katakana
            | 0xFFE0..=0xFFEF // full-width signs
            | 0x20000..=0x3FFFF // CJK extensions B to H
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_japanese_break_between_characters() {
        assert_eq!(pieces("朝鲜"), ["朝", "鲜"]);
        assert_eq!(pieces("ロシア帝国"), ["ロ", "シ", "ア", "帝", "国"]);
    }

    #[test]
    fn never_before_closing_punctuation_nor_after_opening() {
        assert_eq!(
            pieces("関東州（租借地）、京城。"),
            ["関", "東", "州", "（租", "借", "地）、", "京", "城。"]
        );
        assert_eq!(pieces("「満洲国」"), ["「満", "洲", "国」"]);
        // Small kana and the prolonged sound mark stay with the character before.
        assert_eq!(pieces("ハルビンーッ"), ["ハ", "ル", "ビ", "ンーッ"]);
    }

    #[test]
    fn latin_numbers_and_hangul_keep_their_words() {
        assert_eq!(pieces("Port-Arthur"), ["Port-Arthur"]);
        assert_eq!(pieces("Sofia満洲"), ["Sofia満", "洲"]);
        assert_eq!(pieces("1912年12月31日"), ["1912年", "12月", "31日"]);
        assert_eq!(pieces("경성부"), ["경성부"]);
        assert_eq!(pieces("Харбин"), ["Харбин"]);
        assert_eq!(pieces(""), [""]);
    }
}
