//! Keys of `scenario.toml` that the loader does not read: each one a warning at its
//! `line:column`, with the nearest of the keys accepted at its place as a hint (`colour`
//! → `color`). serde reports the keys it passes over (through `serde_ignored`), the
//! control tables are read by hand and report theirs, and this module locates them all in
//! the spanned document.

use toml::de::{DeTable, DeValue};

use super::scenario::AcceptedKeys;
use super::text;
use crate::problem::{Place, Problem, did_you_mean};

/// One step of the path to a key: a key of a table, or an index in an array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// The path serde_ignored gives, as steps. The private keys through which `toml::Spanned`
/// reads its value are not the user's, so they are left out.
pub(super) fn steps(path: &serde_ignored::Path) -> Vec<Step> {
    let mut out = Vec::new();
    let mut at = path;
    loop {
        at = match at {
            serde_ignored::Path::Root => break,
            serde_ignored::Path::Seq { parent, index } => {
                out.push(Step::Index(*index));
                parent
            }
            serde_ignored::Path::Map { parent, key } => {
                if !key.starts_with("$__serde_spanned_private") {
                    out.push(Step::Key(key.clone()));
                }
                parent
            }
            serde_ignored::Path::Some { parent }
            | serde_ignored::Path::NewtypeStruct { parent }
            | serde_ignored::Path::NewtypeVariant { parent } => parent,
        };
    }
    out.reverse();
    out
}

/// The tables whose keys are ids the user chooses, and the word that stands for them in
/// the names of the tables ([`super::accepted_keys`]): those of `scenario.toml`, and of a
/// translation (`lang/<code>.toml`), whose events and places are tables by id.
const ID_TABLES: [(&str, &str); 6] = [
    ("powers", "ID"),
    ("statuses", "ID"),
    ("regions", "ID"),
    ("events[].control", "REGION"),
    ("events", "ID"),
    ("places", "ID"),
];

/// The name of the table a path leads to, as [`accepted_keys`] names it: `powers.ID`,
/// `events[]`, `events[].control.REGION`; the top level is "".
pub(super) fn table(path: &[Step]) -> String {
    let mut name = String::new();
    for step in path {
        match step {
            Step::Index(_) => name.push_str("[]"),
            Step::Key(k) => {
                let id = ID_TABLES.iter().find(|(t, _)| *t == name).map(|(_, w)| *w);
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(id.unwrap_or(k));
            }
        }
    }
    name
}

/// A path as a message shows it: `powers.blue.colour`, `events[1].sorce`.
fn shown(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&text::shown_key(k));
            }
        }
    }
    out
}

/// A warning for each key at the end of `paths`, located in `text` (the file `name`),
/// whose tables accept the keys of `tables`.
pub(super) fn unknown(
    name: &str,
    text: &str,
    paths: &[Vec<Step>],
    tables: &[AcceptedKeys],
    problems: &mut Vec<Problem>,
) {
    if paths.is_empty() {
        return;
    }
    let doc = DeTable::parse(text).ok();
    for path in paths {
        let Some((Step::Key(key), parent)) = path.split_last() else {
            continue;
        };
        let place = doc
            .as_ref()
            .and_then(|d| locate(d.get_ref(), path))
            .map_or(Place::File, |offset| Place::at_offset(text, offset));
        let table_name = table(parent);
        let accepted = tables
            .iter()
            .find(|t| t.table == table_name)
            .map_or(&[][..], |t| t.keys);
        let hint = match did_you_mean(key, accepted.iter().copied()) {
            Some(m) => format!("did you mean '{m}'?"),
            None if accepted.is_empty() => "spheres does not read it: remove it".to_string(),
            None => format!(
                "spheres does not read it; the keys here are {}",
                accepted.join(", ")
            ),
        };
        // In an event, the event's id says which better than its index.
        let event = match path.as_slice() {
            [Step::Key(events), Step::Index(i), ..] if events == "events" => doc
                .as_ref()
                .and_then(|d| entry(d.get_ref(), "events"))
                .and_then(|v| match v {
                    DeValue::Array(items) => items.get(*i),
                    _ => None,
                })
                .and_then(|e| match e.get_ref() {
                    DeValue::Table(t) => entry(t, "id"),
                    _ => None,
                })
                .and_then(|id| match id {
                    DeValue::String(id) => Some(format!(" in event '{}'", text::shown(id))),
                    _ => None,
                }),
            _ => None,
        };
        let message = format!("unknown key '{}'{}", shown(path), event.unwrap_or_default());
        problems.push(Problem::warning(name, place, message).hint(hint));
    }
}

/// The byte offset of the last key of `path` in the document.
fn locate(doc: &DeTable<'_>, path: &[Step]) -> Option<usize> {
    let (Step::Key(last), parent) = path.split_last()? else {
        return None;
    };
    // `None` stands for the document's own table.
    let mut value: Option<&DeValue<'_>> = None;
    for step in parent {
        value = Some(match (value, step) {
            (None, Step::Key(k)) => entry(doc, k)?,
            (Some(DeValue::Table(t)), Step::Key(k)) => entry(t, k)?,
            (Some(DeValue::Array(items)), Step::Index(i)) => items.get(*i)?.get_ref(),
            _ => return None,
        });
    }
    let table = match value {
        None => doc,
        Some(DeValue::Table(t)) => t,
        Some(_) => return None,
    };
    table
        .iter()
        .find(|(k, _)| k.get_ref() == last)
        .map(|(k, _)| k.span().start)
}

/// The value under key `k` of a table.
fn entry<'d, 'i>(table: &'d DeTable<'i>, k: &str) -> Option<&'d DeValue<'i>> {
    table
        .iter()
        .find(|(key, _)| key.get_ref() == k)
        .map(|(_, v)| v.get_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(steps: &[&str]) -> Vec<Step> {
        steps
            .iter()
            .map(|s| match s.parse() {
                Ok(i) => Step::Index(i),
                Err(_) => Step::Key(s.to_string()),
            })
            .collect()
    }

    #[test]
    fn tables_are_named_with_their_ids_as_words() {
        assert_eq!(table(&path(&[])), "");
        assert_eq!(table(&path(&["powers", "blue"])), "powers.ID");
        assert_eq!(
            table(&path(&["powers", "blue", "names", "0"])),
            "powers.ID.names[]"
        );
        assert_eq!(
            table(&path(&["events", "3", "control", "korea"])),
            "events[].control.REGION"
        );
        assert_eq!(shown(&path(&["events", "3", "sorce"])), "events[3].sorce");
    }

    #[test]
    fn keys_are_found_in_tables_arrays_and_inline_tables() {
        let text =
            "a = 1\n[p.x]\ncolour = 2\n[[e]]\nid = 1\n[[e]]\nsorce = 3\nc = { k = { q = 1 } }\n";
        let doc = DeTable::parse(text).unwrap();
        let at = |steps: &[&str]| locate(doc.get_ref(), &path(steps)).map(|o| &text[o..o + 3]);
        assert_eq!(at(&["p", "x", "colour"]), Some("col"));
        assert_eq!(at(&["e", "1", "sorce"]), Some("sor"));
        assert_eq!(at(&["e", "1", "c", "k", "q"]), Some("q ="));
        assert_eq!(at(&["e", "0", "sorce"]), None);
    }
}
