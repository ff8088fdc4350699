//! The JSON Schema of `scenario.toml` (`docs/scenario.schema.json`), generated from the
//! types the loader reads the file into, and the check that `docs/scenario.md` documents
//! every key the loader accepts.
//!
//! Both live in tests: the schema is written by `SPHERES_UPDATE_GOLDEN=1 cargo test --lib
//! schema` and checked against the committed file by every other run, so it cannot drift
//! from the loader; nothing of schemars is in the binary. The types below stand for the
//! values the loader reads as raw TOML (dates, controls) or checks after reading (colours,
//! styles), with the words taken from the model, so that the schema lists what the
//! loader takes.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::countries::Side;
use crate::model::{Certainty, Style};

/// Where the schema is committed.
const SCHEMA_PATH: &str = "docs/scenario.schema.json";
/// Where the translation files' schema is committed.
const TRANSLATION_SCHEMA_PATH: &str = "docs/translation.schema.json";

/// A plain id: lowercase letters, digits, '-' and '_'.
pub(super) struct Id;
/// A year, 1 to 9999.
pub(super) struct Year;
/// A day: "YYYY-MM-DD" or a bare TOML date.
pub(super) struct Day;
/// `[west, south, east, north]` in degrees.
pub(super) struct Bbox;
/// `[longitude, latitude]` in degrees.
pub(super) struct Position;
/// A map width in pixels.
pub(super) struct Width;
/// A colour, "#rrggbb" or "#rgb".
pub(super) struct Colour;
/// An ISO 3166-1 alpha-2 or alpha-3 code.
pub(super) struct CountryCode;
/// A status style.
pub(super) struct StyleWord;
/// A certainty.
pub(super) struct CertaintyWord;
/// The side of a cutting line kept.
pub(super) struct SideWord;
/// `[map] basemap`.
pub(super) struct Basemap;
/// A control in `[events.control]`.
pub(super) struct Control;

/// Implements [`JsonSchema`] for a stand-in type with the schema `$body` builds.
macro_rules! stand_in {
    ($ty:ty, $name:literal, $body:expr) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $body
            }
        }
    };
}

stand_in!(
    Id,
    "Id",
    json_schema!({
        "type": "string",
        "pattern": "^[a-z0-9_-]+$",
        "maxLength": super::MAX_CHARS,
    })
);
stand_in!(
    Year,
    "Year",
    json_schema!({
        "type": "integer", "minimum": 1, "maximum": 9999,
    })
);
// No "type": a bare TOML date is no JSON string, and editors differ in what they make of
// it; "pattern" checks the strings only.
stand_in!(
    Day,
    "Day",
    json_schema!({
        "description": "a day, \"YYYY-MM-DD\" or a bare TOML date (1912-07-08)",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    })
);
stand_in!(
    Bbox,
    "Bbox",
    json_schema!({
        "description": "[west, south, east, north] in degrees",
        "type": "array",
        "items": { "type": "number", "minimum": -180, "maximum": 180 },
        "minItems": 4,
        "maxItems": 4,
    })
);
stand_in!(
    Position,
    "Position",
    json_schema!({
        "description": "[longitude, latitude] in degrees",
        "type": "array",
        "items": { "type": "number", "minimum": -180, "maximum": 180 },
        "minItems": 2,
        "maxItems": 2,
    })
);
stand_in!(
    Width,
    "Width",
    json_schema!({
        "type": "integer", "minimum": 100, "maximum": crate::project::MAX_SIDE as i64,
    })
);
stand_in!(
    Colour,
    "Colour",
    json_schema!({
        "type": "string",
        "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
    })
);
stand_in!(
    CountryCode,
    "CountryCode",
    json_schema!({
        "type": "string",
        "pattern": "^[A-Za-z]{2,3}$",
    })
);
stand_in!(StyleWord, "Style", {
    let words: Vec<&str> = Style::ALL.iter().map(|s| s.as_str()).collect();
    json_schema!({ "type": "string", "enum": words })
});
stand_in!(
    CertaintyWord,
    "Certainty",
    json_schema!({
        "type": "string", "enum": certainty_words(),
    })
);
stand_in!(SideWord, "Side", {
    let words: Vec<&str> = Side::WORDS.iter().map(|(w, _)| *w).collect();
    json_schema!({ "type": "string", "enum": words })
});
stand_in!(
    Basemap,
    "Basemap",
    json_schema!({
        "type": "string", "enum": ["world", "none"],
    })
);
stand_in!(Control, "Control", {
    let words = certainty_words();
    json_schema!({
        "description": "REGION = { power = \"…\", status = \"…\" }, or \"none\": no power holds it from this event on",
        "oneOf": [
            { "const": "none" },
            {
                "type": "object",
                "properties": {
                    "power": { "type": "string", "description": "the id of a [powers.ID] table" },
                    "status": { "type": "string", "description": "the id of a [statuses.ID] table" },
                    "label": { "type": "string", "description": "the region's name on the map from this event on" },
                    "certainty": { "type": "string", "enum": words, "description": "\"low\": a doubtful or partial control, drawn faded" },
                    "note": { "type": "string", "description": "why the control is doubtful or partial" },
                },
                "required": ["power", "status"],
                "additionalProperties": false,
            },
        ],
    })
});

/// The words of the certainties, as scenario files write them.
fn certainty_words() -> Vec<&'static str> {
    [Certainty::High, Certainty::Medium, Certainty::Low]
        .iter()
        .map(|c| c.as_str())
        .collect()
}

/// The schema as committed: pretty JSON with a final newline.
fn generated() -> String {
    pretty(&super::scenario::schema())
}

/// The translation files' schema as committed.
fn generated_translation() -> String {
    pretty(&super::lang::schema())
}

fn pretty(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn the_committed_schemas_are_the_ones_the_types_give() {
        for (file, text) in [
            (SCHEMA_PATH, generated()),
            (TRANSLATION_SCHEMA_PATH, generated_translation()),
        ] {
            let path = root().join(file);
            if std::env::var_os("SPHERES_UPDATE_GOLDEN").is_some() {
                std::fs::write(&path, &text).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == text,
                "{file} is not what the loader's types give: regenerate it with SPHERES_UPDATE_GOLDEN=1 cargo test --lib schema"
            );
        }
    }

    #[test]
    fn the_translation_schema_knows_every_key_the_loader_accepts() {
        let schema: serde_json::Value = serde_json::from_str(&generated_translation()).unwrap();
        let defs = &schema["$defs"];
        let object = |table: &str| -> &serde_json::Value {
            match table {
                "" => &schema,
                "titles[]" | "powers.ID.names[]" | "places.ID.names[]" => &defs["RawName"],
                "powers.ID" | "places.ID" => &defs["RawNames"],
                "statuses.ID" => &defs["RawStatusWords"],
                "regions.ID" => &defs["RawRegionName"],
                "events.ID" => &defs["RawEventWords"],
                other => panic!("a table the schema test does not know: {other}"),
            }
        };
        same_keys(&super::super::accepted_translation_keys(), object);
    }

    /// Each table's keys are its object's properties in the schema.
    fn same_keys<'s>(
        tables: &[super::super::AcceptedKeys],
        object: impl Fn(&str) -> &'s serde_json::Value,
    ) {
        for table in tables {
            let properties = object(table.table)["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{} in the schema", table.table));
            let mut in_schema: Vec<&str> = properties.keys().map(String::as_str).collect();
            let mut accepted = table.keys.to_vec();
            in_schema.sort_unstable();
            accepted.sort_unstable();
            assert_eq!(in_schema, accepted, "table '{}'", table.table);
        }
    }

    #[test]
    fn the_schema_knows_every_key_the_loader_accepts() {
        let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
        let defs = &schema["$defs"];
        // A table of accepted_keys → its object in the schema.
        let object = |table: &str| -> &serde_json::Value {
            match table {
                "" => &schema,
                "map" => &defs["RawMap"],
                "files" => &defs["FileNames"],
                "titles[]" | "powers.ID.names[]" => &defs["RawName"],
                "powers.ID" => &defs["RawPower"],
                "statuses.ID" => &defs["RawStatus"],
                "regions.ID" => &defs["RawRegion"],
                "regions.ID.cut" => &defs["RawCut"],
                "events[]" => &defs["RawEvent"],
                "events[].control.REGION" => &defs["Control"]["oneOf"][1],
                other => panic!("a table the schema test does not know: {other}"),
            }
        };
        same_keys(&super::super::accepted_keys(), object);
    }

    /// The part of `doc` under the heading that starts with `heading`, to the next
    /// heading of the same or a higher level.
    fn section<'d>(doc: &'d str, heading: &str) -> &'d str {
        let start = doc
            .find(&format!("\n{heading}"))
            .unwrap_or_else(|| panic!("docs/scenario.md has no heading '{heading}'"));
        let level = heading.chars().take_while(|&c| c == '#').count();
        let rest = &doc[start + 1..];
        let body_start = rest.find('\n').unwrap_or(rest.len());
        let end = rest[body_start..]
            .match_indices("\n#")
            .find(|(i, _)| {
                let line = &rest[body_start + i + 1..];
                let hashes = line.chars().take_while(|&c| c == '#').count();
                hashes <= level && line[hashes..].starts_with(' ')
            })
            .map_or(rest.len(), |(i, _)| body_start + i);
        &rest[..end]
    }

    #[test]
    fn the_reference_documents_every_key_the_loader_accepts() {
        let doc = std::fs::read_to_string(root().join("docs/scenario.md")).unwrap();
        let mut missing = Vec::new();
        let mut check = |heading: &str, what: &str, keys: &[&str]| {
            let text = section(&doc, heading);
            for key in keys {
                if !text.contains(&format!("`{key}`")) {
                    missing.push(format!("{what}: `{key}` (under '{heading}')"));
                }
            }
        };
        for table in super::super::accepted_keys() {
            let heading = match table.table {
                "" | "titles[]" => "## scenario.toml",
                "map" => "## [map]",
                "files" => "## [files]",
                "powers.ID" | "powers.ID.names[]" => "## [powers.ID]",
                "statuses.ID" => "## [statuses.ID]",
                "regions.ID" | "regions.ID.cut" => "## [regions.ID]",
                "events[]" => "## [[events]]",
                "events[].control.REGION" => "### Controls",
                other => panic!("a table the reference test does not know: {other}"),
            };
            check(heading, table.table, table.keys);
        }
        use super::super::{Kind, PERIOD_NAME_KEYS, accepted_properties};
        for kind in Kind::ALL {
            let heading = match kind {
                Kind::Region => "## regions.geojson",
                Kind::Basemap => "## basemap.geojson",
                Kind::Line => "## lines.geojson",
                Kind::City | Kind::Railway => "## places.geojson",
            };
            check(heading, kind.word(), accepted_properties(kind));
        }
        check("## places.geojson", "names[]", &PERIOD_NAME_KEYS);
        for table in super::super::accepted_translation_keys() {
            check("## lang/CODE.toml", table.table, table.keys);
        }
        for style in Style::ALL {
            check("### Styles", "style", &[style.as_str()]);
        }
        assert!(
            missing.is_empty(),
            "docs/scenario.md does not document:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn a_heading_section_ends_at_the_next_heading_of_its_level() {
        let doc = "\n## A\na `x`\n### B\nb `y`\n## C\nc `z`\n";
        assert_eq!(section(doc, "## A"), "## A\na `x`\n### B\nb `y`");
        assert_eq!(section(doc, "### B"), "### B\nb `y`");
        assert!(!section(doc, "## A").contains("`z`"));
    }
}
