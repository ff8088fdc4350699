//! The scenario's own data, read at test time, so that expected values come from the files a
//! historian edits and not from the program's output: powers and their colours, statuses
//! and their styles, events in the order they apply, and a reference replay of the
//! timeline (DESIGN.md, "Time": every event dated on or before D, in date order, file order
//! breaking ties).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// A colour as written in the files and the SVG (`#rrggbb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// This colour mixed with `other`, `t = 1` giving `other` (rounded per channel).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    pub fn parse(hex: &str) -> Rgb {
        let h = hex
            .strip_prefix('#')
            .filter(|h| h.len() == 6)
            .unwrap_or_else(|| panic!("a #rrggbb colour: {hex}"));
        let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap();
        Rgb(c(0), c(2), c(4))
    }

    pub fn channels(self) -> [f64; 3] {
        [self.0, self.1, self.2].map(f64::from)
    }

    pub fn is_grey(self) -> bool {
        self.0 == self.1 && self.1 == self.2
    }

    /// Where this colour lies on the straight line from `a` to `b` (0 at `a`, 1 at `b`),
    /// if it lies on it within rounding (one unit per channel).
    pub fn between(self, a: Rgb, b: Rgb) -> Option<f64> {
        let (s, a, b) = (self.channels(), a.channels(), b.channels());
        let num: f64 = (0..3).map(|k| (s[k] - a[k]) * (b[k] - a[k])).sum();
        let den: f64 = (0..3).map(|k| (b[k] - a[k]).powi(2)).sum();
        let t = if den == 0.0 { 0.0 } else { num / den };
        let on = (0..3).all(|k| (a[k] + (b[k] - a[k]) * t - s[k]).abs() <= 1.0);
        (on && (-0.01..=1.01).contains(&t)).then_some(t)
    }
}

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// A name that holds from a date (inclusive) until a date (exclusive).
#[derive(Debug, Clone)]
pub struct PeriodName {
    pub from: String,
    pub until: Option<String>,
    pub name: String,
}

/// The name in force on `date`: the last period covering it, else `default`.
pub fn name_at<'a>(default: &'a str, names: &'a [PeriodName], date: &str) -> &'a str {
    names
        .iter()
        .rev()
        .find(|n| n.from.as_str() <= date && n.until.as_deref().is_none_or(|u| date < u))
        .map_or(default, |n| n.name.as_str())
}

fn period_names(v: Option<&toml::Value>) -> Vec<PeriodName> {
    v.and_then(toml::Value::as_array)
        .map(|a| {
            a.iter()
                .map(|n| PeriodName {
                    from: str_of(&n["from"]),
                    until: n.get("until").map(str_of),
                    name: str_of(&n["name"]),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn str_of(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        // An unquoted TOML date.
        toml::Value::Datetime(d) => d.to_string(),
        other => panic!("a string: {other}"),
    }
}

#[derive(Debug, Clone)]
pub struct Power {
    pub id: String,
    pub name: String,
    pub color: Rgb,
    pub names: Vec<PeriodName>,
}

#[derive(Debug, Clone)]
pub struct Status {
    pub id: String,
    pub label: String,
    pub style: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    pub power: String,
    pub status: String,
    pub label: Option<String>,
    /// `certainty = "low"`: the control is doubtful.
    pub doubtful: bool,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub title: String,
    /// In file order: a region and its new control (`None` clears it).
    pub changes: Vec<(String, Option<Control>)>,
}

/// A scenario folder's files, as data.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub dir: PathBuf,
    pub powers: Vec<Power>,
    pub statuses: Vec<Status>,
    pub events: Vec<Event>,
    /// Region ids and names, in file order.
    pub regions: Vec<(String, String)>,
    /// Region ids whose boundary certainty is low.
    pub uncertain_regions: Vec<String>,
    /// Region ids of the overlays (drawn over the regions they cross).
    pub overlays: Vec<String>,
}

/// The built-in scenario's folder.
pub fn builtin_dir() -> PathBuf {
    super::root().join("geodata/japan-russia")
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The features of a GeoJSON file of the folder (none if the file is absent).
pub fn features(dir: &Path, file: &str) -> Vec<Value> {
    let path = dir.join(file);
    if !path.exists() {
        return Vec::new();
    }
    read_json(&path)["features"].as_array().unwrap().clone()
}

/// A feature's id (feature id or `properties.id`).
pub fn feature_id(f: &Value) -> String {
    f["id"]
        .as_str()
        .or_else(|| f["properties"]["id"].as_str())
        .unwrap_or_else(|| panic!("a feature with an id: {f}"))
        .to_string()
}

impl Scenario {
    pub fn builtin() -> Scenario {
        Scenario::read(&builtin_dir())
    }

    pub fn read(dir: &Path) -> Scenario {
        let path = dir.join("scenario.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        // Tables keep the file's order (toml's preserve_order): powers and statuses are
        // listed, and coloured by the palettes, in that order.
        let powers = doc["powers"]
            .as_table()
            .unwrap()
            .iter()
            .map(|(id, p)| Power {
                id: id.clone(),
                name: str_of(&p["name"]),
                color: Rgb::parse(&str_of(&p["color"])),
                names: period_names(p.get("names")),
            })
            .collect();
        let statuses = doc["statuses"]
            .as_table()
            .unwrap()
            .iter()
            .map(|(id, s)| Status {
                id: id.clone(),
                label: str_of(&s["label"]),
                style: str_of(&s["style"]),
            })
            .collect();
        let events = doc["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| Event {
                id: str_of(&e["id"]),
                date: str_of(&e["date"]),
                title: str_of(&e["title"]),
                changes: e
                    .get("control")
                    .and_then(toml::Value::as_table)
                    .map(|c| {
                        c.iter()
                            .map(|(region, v)| {
                                let control = v.as_table().map(|v| Control {
                                    power: str_of(&v["power"]),
                                    status: str_of(&v["status"]),
                                    label: v.get("label").map(str_of),
                                    doubtful: v.get("certainty").map(str_of).as_deref()
                                        == Some("low"),
                                });
                                (region.clone(), control)
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        let region_features = features(dir, "regions.geojson");
        Scenario {
            dir: dir.to_path_buf(),
            powers,
            statuses,
            events,
            regions: region_features
                .iter()
                .map(|f| {
                    let name = f["properties"]["name"].as_str().unwrap().to_string();
                    (feature_id(f), name)
                })
                .collect(),
            uncertain_regions: region_features
                .iter()
                .filter(|f| f["properties"]["certainty"] == "low")
                .map(feature_id)
                .collect(),
            overlays: region_features
                .iter()
                .filter(|f| f["properties"]["overlay"] == true)
                .map(feature_id)
                .collect(),
        }
    }

    pub fn power(&self, id: &str) -> &Power {
        self.powers
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no power {id}"))
    }

    pub fn power_index(&self, id: &str) -> usize {
        self.powers.iter().position(|p| p.id == id).unwrap()
    }

    pub fn status(&self, id: &str) -> &Status {
        self.statuses
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no status {id}"))
    }

    pub fn event(&self, id: &str) -> &Event {
        self.events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no event {id}"))
    }

    /// The events in the order they apply: by date, file order breaking ties.
    pub fn ordered(&self) -> Vec<&Event> {
        let mut v: Vec<&Event> = self.events.iter().collect();
        v.sort_by(|a, b| a.date.cmp(&b.date)); // stable
        v
    }

    /// Who holds each region at the end of `date`, and the last event applied.
    pub fn state_at(&self, date: &str) -> (BTreeMap<String, Control>, Option<&Event>) {
        let mut held = BTreeMap::new();
        let mut last = None;
        for e in self.ordered() {
            if e.date.as_str() > date {
                break;
            }
            for (region, c) in &e.changes {
                match c {
                    Some(c) => held.insert(region.clone(), c.clone()),
                    None => held.remove(region),
                };
            }
            last = Some(e);
        }
        (held, last)
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// An ISO date `n` days later (earlier if negative).
pub fn add_days(date: &str, n: i64) -> String {
    let p: Vec<i64> = date.split('-').map(|x| x.parse().unwrap()).collect();
    let (y, m, d) = civil(days(p[0], p[1], p[2]) + n);
    format!("{y:04}-{m:02}-{d:02}")
}

/// "8 July 1912", as maps write a date.
pub fn long_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let p: Vec<usize> = date.split('-').map(|x| x.parse().unwrap()).collect();
    format!("{} {} {}", p[2], MONTHS[p[1] - 1], p[0])
}

/// The regions of the scenario in `dir` that lie in a power's home territory (tested at a
/// point inside each, against the basemap areas the files mark with a `power`): unheld, a
/// map leaves them to the home territory under them.
pub fn home_regions(dir: &Path) -> std::collections::BTreeSet<String> {
    use geo::{Contains, InteriorPoint};
    let s = spheres::load::load(&spheres::load::Folder::new(dir)).expect("the scenario loads");
    s.regions
        .iter()
        .filter(|r| {
            r.shape.interior_point().is_some_and(|p| {
                s.basemap
                    .iter()
                    .any(|b| b.power.is_some() && b.shape.contains(&p))
            })
        })
        .map(|r| r.id.clone())
        .collect()
}
