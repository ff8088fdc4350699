//! The texts of a scenario (titles, credits, names, labels, event titles, places and
//! sources, GeoJSON names) checked once at load: every character must be one XML 1.0 can
//! hold, and a text drawn on a map has a bounded length.

/// Most characters in a text drawn on a map or listed beside it: a title, a name, a
/// label, an event's title, place or signatory, an id.
///
/// The longest of the built-in scenario is under 100; 500 is a paragraph, far more than a
/// map can show, while a 200,000-character title took 30 s to rasterise.
pub const MAX_CHARS: usize = 500;

/// Most characters in a credit, a note or a source, which may be a sentence or a long
/// address: drawn in small print at most, so allowed four times [`MAX_CHARS`].
pub const MAX_LONG_CHARS: usize = 2_000;

/// The keys whose texts may be [`MAX_LONG_CHARS`] long.
const LONG_KEYS: [&str; 3] = ["credit", "note", "source"];

/// How many characters the text under `key` (the last part of its path) may have.
pub(crate) fn max_chars(key: &str) -> usize {
    if LONG_KEYS.contains(&key) {
        MAX_LONG_CHARS
    } else {
        MAX_CHARS
    }
}

/// Whether XML 1.0 can hold `c` and it is a character meant for text: its `Char`
/// production less the controls other than tab, newline and carriage return, and less
/// the non-characters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE
/// and U+FFFF among them), which XML 1.0 forbids or discourages.
pub(crate) fn is_text_char(c: char) -> bool {
    let n = u32::from(c);
    let control = n < 0x20 && !matches!(c, '\t' | '\n' | '\r');
    let non_character = (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE;
    !(control || non_character)
}

/// What is wrong with the text under the key `path` (e.g. `title`, `events[2].place`,
/// `properties.name`), if anything: a message that shows no character raw, and a hint.
pub(crate) fn problem(path: &str, text: &str, max: usize) -> Option<(String, String)> {
    if let Some((at, c)) = text.chars().enumerate().find(|&(_, c)| !is_text_char(c)) {
        return Some((
            format!(
                "'{path}' holds U+{:04X} at character {}, a character XML 1.0 cannot hold",
                u32::from(c),
                at + 1
            ),
            "remove it: texts may hold any character but control characters other than tab and newline, and the non-characters U+FFFE, U+FFFF and U+FDD0–U+FDEF".into(),
        ));
    }
    let chars = text.chars().count();
    (chars > max).then(|| {
        (
            format!("'{path}' is {chars} characters long; at most {max} are accepted"),
            format!(
                "shorten it: titles, names and labels are at most {MAX_CHARS} characters, credits, notes and sources at most {MAX_LONG_CHARS}"
            ),
        )
    })
}

/// `text` as it may be shown in a message: control and non-characters written as
/// `\u{…}`, so that a NUL or an escape sequence in the input never reaches the terminal.
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_text_char(c) && !c.is_control() {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        }
    }
    out
}

/// A key as a message may name it: as [`shown`], and cut after 60 characters (a key of a
/// megabyte is still one line).
pub(crate) fn shown_key(key: &str) -> String {
    const MAX: usize = 60;
    if key.chars().count() <= MAX {
        shown(key)
    } else {
        format!("{}…", shown(&key.chars().take(MAX).collect::<String>()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_forbidden_characters_are_refused_and_shown_escaped() {
        for c in [
            '\0',
            '\u{1b}',
            '\u{b}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{fdd0}',
            '\u{1fffe}',
        ] {
            assert!(!is_text_char(c), "{c:?}");
        }
        for c in ['\t', '\n', '\r', 'a', 'é', '\u{fffd}', '\u{10000}', '満'] {
            assert!(is_text_char(c), "{c:?}");
        }
        let (message, hint) = problem("title", "ab\u{ffff}", 500).unwrap();
        assert_eq!(
            message,
            "'title' holds U+FFFF at character 3, a character XML 1.0 cannot hold"
        );
        assert!(hint.contains("U+FFFE"));
        assert_eq!(shown("#cc\0\u{1b}[31m"), "#cc\\u{0000}\\u{001B}[31m");
    }

    #[test]
    fn long_texts_are_refused_over_their_limit() {
        assert!(problem("title", &"x".repeat(500), max_chars("title")).is_none());
        let (message, _) = problem("title", &"x".repeat(501), max_chars("title")).unwrap();
        assert_eq!(
            message,
            "'title' is 501 characters long; at most 500 are accepted"
        );
        assert!(problem("credit", &"x".repeat(2000), max_chars("credit")).is_none());
        assert!(problem("credit", &"x".repeat(2001), max_chars("credit")).is_some());
    }
}
