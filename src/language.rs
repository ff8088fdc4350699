//! The languages spheres writes its maps in.
//!
//! A map's words come from two places: the scenario's names (in `scenario.toml` and the
//! GeoJSON files, in English, with translations in `lang/<code>.toml` beside them) and the
//! words the tool itself writes (legend headings, dates, alt text, captions), from the
//! message files of each [`Language`]. English is the fallback for a missing name.

use std::fmt;
use std::str::FromStr;

/// A language the tool has messages for.
///
/// ```
/// use spheres::language::Language;
/// assert_eq!("ja".parse::<Language>(), Ok(Language::Ja));
/// assert_eq!(Language::Ru.code(), "ru");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Language {
    /// English: the language of the scenario files, and the fallback.
    #[default]
    En,
    /// Japanese.
    Ja,
    /// Korean.
    Ko,
    /// Russian.
    Ru,
    /// Chinese, in simplified characters.
    Zh,
}

impl Language {
    /// Every language, English first: the order of `--lang all`'s variants.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Ja,
        Language::Ko,
        Language::Ru,
        Language::Zh,
    ];

    /// The BCP 47 code: the `--lang` value, the translation file's name
    /// (`lang/ja.toml`) and the SVG's `systemLanguage` and `xml:lang`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ja => "ja",
            Language::Ko => "ko",
            Language::Ru => "ru",
            Language::Zh => "zh",
        }
    }

    /// The language's name in English, for messages: "Japanese".
    pub fn english_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Ja => "Japanese",
            Language::Ko => "Korean",
            Language::Ru => "Russian",
            Language::Zh => "Chinese",
        }
    }

    /// The language's name in itself, for menus and the gallery.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Ja => "日本語",
            Language::Ko => "한국어",
            Language::Ru => "Русский",
            Language::Zh => "中文",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A code no language of spheres has: the text given, for the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no language '{0}': spheres writes en, ja, ko, ru and zh")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Language, UnknownLanguage> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.to_string(), l.code());
        }
        assert_eq!("ZH".parse::<Language>(), Ok(Language::Zh));
        assert_eq!(
            "fr".parse::<Language>().unwrap_err().to_string(),
            "no language 'fr': spheres writes en, ja, ko, ru and zh"
        );
    }
}
