//! `spheres init`: a starter scenario written into a new folder.
//!
//! The starter is a real, small scenario (two powers, three regions made from country
//! codes, events with sources, treaty lines, places) whose comments say what each key
//! does, so that a new user edits a scenario that already validates and renders rather
//! than starting from an empty file. Its files live in `geodata/starter/` and are compiled
//! in; the JSON Schema of `scenario.toml` goes beside them, for editors.

use std::path::{Path, PathBuf};

use super::{OutputError, Transaction, Written};

/// The starter's files: name and contents.
pub const FILES: [(&str, &str); 4] = [
    (
        "scenario.toml",
        include_str!("../../geodata/starter/scenario.toml"),
    ),
    (
        "lines.geojson",
        include_str!("../../geodata/starter/lines.geojson"),
    ),
    (
        "places.geojson",
        include_str!("../../geodata/starter/places.geojson"),
    ),
    (SCHEMA_FILE, include_str!("../../docs/scenario.schema.json")),
];

/// The schema's name in the starter folder, as `scenario.toml`'s first line names it.
pub const SCHEMA_FILE: &str = "scenario.schema.json";

/// Writes the starter scenario into `dir` (made if missing), all files or none.
///
/// Nothing is replaced: if `dir` holds a file of the starter's names already, nothing is
/// written and the error names it.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, OutputError> {
    for (name, _) in FILES {
        let path = dir.join(name);
        if std::fs::symlink_metadata(&path).is_ok() {
            return Err(OutputError::Exists { path });
        }
    }
    let tx = Transaction::in_folder(dir)?;
    for (name, text) in FILES {
        tx.stage(Written::file(dir.join(name)), text.as_bytes())?;
    }
    Ok(tx.commit()?.into_iter().map(|w| w.path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_loads_without_a_problem() {
        let files: Vec<(&str, &str)> = FILES.to_vec();
        let scenario = crate::load::from_texts(&files).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(scenario.powers.len(), 2);
        assert_eq!(scenario.regions.len(), 3);
        assert!(scenario.events.iter().all(|e| !e.source.is_empty()));
        assert!(!scenario.lines.is_empty() && !scenario.cities.is_empty());
    }

    #[test]
    fn the_scenario_names_its_schema_first() {
        let toml = FILES[0].1;
        assert_eq!(
            toml.lines().next(),
            Some(format!("#:schema ./{SCHEMA_FILE}").as_str())
        );
    }
}
