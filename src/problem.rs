//! A located problem in an input file: what every loader and check reports.
//!
//! Each problem names the file, the place in it (a `line:column`, or a feature's id or
//! index), what is wrong, and where possible a hint. They are collected rather than thrown
//! one at a time, so that `spheres validate` can list them all at once.
//!
//! A problem is an error (the scenario cannot be drawn) or a warning: something that does
//! not stop a map but is most likely a mistake (a key the loader does not know, a region no
//! event names, coordinates that look swapped). Warnings print as errors do, after
//! `warning: `.

use std::fmt;

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The file as a whole (missing, unreadable, empty).
    File,
    /// A position in a text file, both 1-based.
    Text {
        /// Line, from 1.
        line: usize,
        /// Column in characters, from 1.
        column: usize,
    },
    /// A GeoJSON feature, by index in the collection and id if it has one.
    Feature {
        /// Position in the `features` array, from 0.
        index: usize,
        /// Its id, if it has one.
        id: Option<String>,
    },
}

impl Place {
    /// The `line:column` of a byte offset in `text`.
    pub fn at_offset(text: &str, offset: usize) -> Place {
        let offset = offset.min(text.len());
        let mut line = 1;
        let mut line_start = 0;
        for (i, b) in text.bytes().enumerate().take(offset) {
            if b == b'\n' {
                line += 1;
                line_start = i + 1;
            }
        }
        let column = text
            .get(line_start..offset)
            .map_or(offset - line_start, |s| s.chars().count())
            + 1;
        Place::Text { line, column }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => Ok(()),
            Place::Text { line, column } => write!(f, "{line}:{column}"),
            Place::Feature {
                index,
                id: Some(id),
            } => write!(f, "feature '{id}' (#{index})"),
            Place::Feature { index, id: None } => write!(f, "feature #{index}"),
        }
    }
}

/// Whether a problem stops the scenario from loading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The scenario cannot be used.
    #[default]
    Error,
    /// The scenario loads and draws, but this is most likely a mistake
    /// (`spheres validate --strict` counts it as an error).
    Warning,
}

/// One thing wrong with an input, located.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file, as the user would name it.
    pub file: String,
    /// Where in the file.
    pub place: Place,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// An error or a warning.
    pub severity: Severity,
}

impl Problem {
    /// An error without a hint.
    pub fn new(file: impl Into<String>, place: Place, message: impl Into<String>) -> Problem {
        Problem {
            file: file.into(),
            place,
            message: message.into(),
            hint: None,
            severity: Severity::Error,
        }
    }

    /// A warning without a hint.
    pub fn warning(file: impl Into<String>, place: Place, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::new(file, place, message)
        }
    }

    /// Whether it is a warning rather than an error.
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_warning() {
            f.write_str("warning: ")?;
        }
        match &self.place {
            Place::File => write!(f, "{}: {}", self.file, self.message)?,
            Place::Text { .. } => write!(f, "{}:{}: {}", self.file, self.place, self.message)?,
            Place::Feature { .. } => write!(f, "{}: {}: {}", self.file, self.place, self.message)?,
        }
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Suggests the closest of `known` to a mistyped `word`, for "did you mean" hints.
///
/// ```
/// use spheres::problem::did_you_mean;
/// assert_eq!(did_you_mean("korae", ["korea", "kwantung"]), Some("korea".to_string()));
/// assert_eq!(did_you_mean("zzz", ["korea"]), None);
/// ```
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    known
        .into_iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min()
        .map(|(_, k)| k.to_string())
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours all cost 1, so "korae" is one step from "korea".
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbé = x\n";
        assert_eq!(
            Place::at_offset(text, 0),
            Place::Text { line: 1, column: 1 }
        );
        // 'x' is the 6th character of line 2 even though 'é' takes two bytes.
        assert_eq!(
            Place::at_offset(text, 12),
            Place::Text { line: 2, column: 6 }
        );
    }

    #[test]
    fn problems_print_file_place_and_hint() {
        let p = Problem::new(
            "scenario.toml",
            Place::Text { line: 3, column: 7 },
            "unknown region 'korae'",
        )
        .hint("did you mean 'korea'?");
        assert_eq!(
            p.to_string(),
            "scenario.toml:3:7: unknown region 'korae' (hint: did you mean 'korea'?)"
        );
        let f = Problem::new(
            "regions.geojson",
            Place::Feature {
                index: 2,
                id: Some("korea".into()),
            },
            "ring not closed",
        );
        assert_eq!(
            f.to_string(),
            "regions.geojson: feature 'korea' (#2): ring not closed"
        );
        let w = Problem::warning(
            "s.toml",
            Place::Text { line: 1, column: 1 },
            "unknown key 'x'",
        );
        assert_eq!(w.to_string(), "warning: s.toml:1:1: unknown key 'x'");
    }

    #[test]
    fn swaps_count_as_one_edit() {
        assert_eq!(edit_distance("korae", "korea"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
