//! The regions of a scenario with their geodesic areas: a text table to read, JSON for
//! tools.
//!
//! ```
//! use spheres::{load, report};
//! let scenario = load::built_in()?;
//! let table = report::regions::text(&scenario);
//! assert!(table.starts_with("id "));
//! assert!(table.lines().any(|l| l.starts_with("korea-north ")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::Serialize;

use crate::measure::{self, thousands};
use crate::model::Scenario;

/// A table: id, name, area in km² (with thousands separated) and certainty per region,
/// in the scenario's order, then the total area.
pub fn text(scenario: &Scenario) -> String {
    let areas = measure::region_areas(scenario);
    let regions = &scenario.regions;
    let id_w = regions.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let name_w = regions
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "{:id_w$}  {:name_w$}  {:>12}  certainty\n",
        "id", "name", "area km²"
    );
    for (r, area) in regions.iter().zip(&areas) {
        out.push_str(&format!(
            "{:id_w$}  {:name_w$}  {:>12}  {}\n",
            r.id,
            r.name,
            thousands(*area),
            r.certainty.as_str()
        ));
    }
    out.push_str(&format!(
        "{:id_w$}  {:name_w$}  {:>12}\n",
        "",
        "total",
        thousands(areas.iter().sum())
    ));
    out
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    area_km2: f64,
    certainty: &'a str,
}

/// JSON: `[{"id", "name", "area_km2", "certainty"}]`, in the scenario's order, areas
/// rounded to 0.1 km².
pub fn json(scenario: &Scenario) -> String {
    let areas = measure::region_areas(scenario);
    let rows: Vec<Row> = scenario
        .regions
        .iter()
        .zip(&areas)
        .map(|(r, area)| Row {
            id: &r.id,
            name: &r.name,
            area_km2: (area * 10.0).round() / 10.0,
            certainty: r.certainty.as_str(),
        })
        .collect();
    // Serialising plain strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&rows).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::tests::scenario;

    #[test]
    fn the_table_has_a_row_per_region_and_a_total() {
        let s = scenario();
        let table = text(&s);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 1 + 2 + 1);
        assert_eq!(lines[0], "id  name      area km²  certainty");
        assert_eq!(lines[1], "x   X                0  high");
        assert!(lines[3].starts_with("    total"), "{table}");
    }

    #[test]
    fn json_lists_the_regions_in_order() {
        let v: serde_json::Value = serde_json::from_str(&json(&scenario())).unwrap();
        assert_eq!(v[1]["id"], "y");
        assert_eq!(v[1]["certainty"], "high");
        assert_eq!(v[1]["area_km2"], 0.0);
    }
}
