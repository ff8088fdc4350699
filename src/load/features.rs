//! GeoJSON files → model layers (regions, basemap, treaty lines, cities, railways).
//!
//! The `geojson` crate parses the text (serde_json locates syntax errors by line:column);
//! this module then checks each feature's geometry and properties and converts it,
//! naming the feature by id and index in every problem. A property the loader does not
//! read is a warning ([`accepted_properties`] lists those it reads).

use geo::Winding;
use geo::{Coord, LineString, MultiLineString, MultiPolygon, Point, Polygon};
use geojson::{Feature, FeatureCollection, GeometryValue, JsonObject, JsonValue, Position};
use indexmap::IndexMap;

use crate::check;
use crate::model::{BaseArea, Certainty, City, Date, PeriodName, Railway, Region, TreatyLine};
use crate::problem::{Place, Problem, did_you_mean};

use super::text;

/// What a GeoJSON feature stands for, which says what properties it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A feature of the regions file.
    Region,
    /// A feature of the basemap file: a country, or a power's home territory.
    Basemap,
    /// A feature of the treaty-lines file.
    Line,
    /// A city of the places file (`"kind": "city"`, or no kind).
    City,
    /// A railway of the places file (`"kind": "railway"`).
    Railway,
}

impl Kind {
    /// Every kind, in the order of the files.
    pub const ALL: [Kind; 5] = [
        Kind::Region,
        Kind::Basemap,
        Kind::Line,
        Kind::City,
        Kind::Railway,
    ];

    /// The word for one feature of the kind.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Region => "region",
            Kind::Basemap => "basemap area",
            Kind::Line => "treaty line",
            Kind::City => "city",
            Kind::Railway => "railway",
        }
    }
}

/// The properties the loader reads from a feature of `kind` (with `properties.id`, which
/// stands for the feature's `id`); any other property is a warning. `source` and `note`
/// are accepted on every feature and not drawn: they say where the data comes from.
///
/// ```
/// use spheres::load::{Kind, accepted_properties};
/// assert!(accepted_properties(Kind::Region).contains(&"part_of"));
/// assert!(!accepted_properties(Kind::Basemap).contains(&"rank"));
/// ```
pub fn accepted_properties(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Region => &[
            "id",
            "name",
            "part_of",
            "overlay",
            "certainty",
            "source",
            "note",
        ],
        Kind::Basemap => &["id", "name", "power", "source", "note"],
        Kind::Line => &[
            "id",
            "name",
            "event",
            "until",
            "certainty",
            "source",
            "note",
        ],
        Kind::City => &["id", "kind", "name", "rank", "names", "source", "note"],
        Kind::Railway => &[
            "id", "kind", "name", "names", "from", "until", "source", "note",
        ],
    }
}

/// The places file read: each city and railway with its place in the file.
pub(crate) type Places = (Vec<(City, Place)>, Vec<(Railway, Place)>);

/// The keys of an entry of a city's or a railway's `names` list.
pub const PERIOD_NAME_KEYS: [&str; 3] = ["from", "until", "name"];

/// One GeoJSON file being read: its display name and the problems found so far.
pub(crate) struct FeatureFile<'a> {
    pub name: &'a str,
    pub problems: &'a mut Vec<Problem>,
}

impl FeatureFile<'_> {
    /// Parses the text as a FeatureCollection; on failure records the located problem.
    pub fn parse(&mut self, text: &str) -> Option<Vec<Feature>> {
        if text.trim().is_empty() {
            self.problems.push(
                Problem::new(self.name, Place::File, "the file is empty")
                    .hint("a GeoJSON file holds one FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": []}"),
            );
            return None;
        }
        match serde_json::from_str::<FeatureCollection>(text) {
            Ok(fc) => {
                for (index, f) in fc.features.iter().enumerate() {
                    if let Some(id) = feature_id(f) {
                        self.text(&feature_place(index, f), "id", &id, "id");
                    }
                }
                Some(fc.features)
            }
            Err(e) => {
                let place = if e.line() > 0 {
                    Place::Text {
                        line: e.line(),
                        column: e.column(),
                    }
                } else {
                    Place::File
                };
                let message = without_type_names(&strip_position(&e.to_string()));
                let hint = if message.contains("recursion limit") {
                    "the value is nested too deeply: GeoJSON needs at most a few levels of [ ] and { }"
                } else {
                    "check the JSON syntax and that every feature has \"type\", \"geometry\" and \"properties\""
                };
                self.problems.push(
                    Problem::new(
                        self.name,
                        place,
                        format!("not a GeoJSON FeatureCollection: {message}"),
                    )
                    .hint(hint),
                );
                None
            }
        }
    }

    fn problem(&mut self, place: &Place, message: impl Into<String>, hint: Option<&str>) {
        let mut p = Problem::new(self.name, place.clone(), message);
        if let Some(h) = hint {
            p = p.hint(h);
        }
        self.problems.push(p);
    }

    /// Reads the regions file: each region with its place in the file and whether its
    /// geometry is valid.
    /// Also returns the ids of regions left out because their geometry could not be read.
    pub fn regions(&mut self, features: Vec<Feature>) -> (Vec<(Region, Place, bool)>, Vec<String>) {
        self.unknown_properties(&features, |_| Some(Kind::Region));
        let mut out = Vec::new();
        let mut dropped = Vec::new();
        for (index, mut f) in features.into_iter().enumerate() {
            let place = feature_place(index, &f);
            let Some(id) = feature_id(&f) else {
                self.problem(
                    &place,
                    "region has no id",
                    Some("give it \"id\" or properties.id, e.g. \"korea\""),
                );
                continue;
            };
            let name = self
                .string(&place, &f, "name")
                .unwrap_or_else(|| id.clone());
            let part_of = self.string(&place, &f, "part_of");
            let overlay = self.flag(&place, &f, "overlay");
            let certainty = self.certainty(&place, &f);
            let source = self.string(&place, &f, "source");
            let before = self.problems.len();
            if let Some(shape) = self.polygons(&place, &mut f) {
                let valid = self.problems.len() == before;
                out.push((
                    Region {
                        id,
                        name,
                        part_of,
                        overlay,
                        certainty,
                        source,
                        shape,
                    },
                    place,
                    valid,
                ));
            } else {
                dropped.push(id);
            }
        }
        (out, dropped)
    }

    /// Reads the basemap file.
    pub fn basemap(&mut self, features: Vec<Feature>) -> Vec<BaseArea> {
        self.unknown_properties(&features, |_| Some(Kind::Basemap));
        let mut out = Vec::new();
        for (index, mut f) in features.into_iter().enumerate() {
            let place = feature_place(index, &f);
            let id = feature_id(&f).unwrap_or_else(|| format!("base-{index}"));
            let name = self.string(&place, &f, "name");
            let power = self.string(&place, &f, "power");
            if let Some(shape) = self.polygons(&place, &mut f) {
                out.push(BaseArea {
                    id,
                    name,
                    power,
                    shape,
                });
            }
        }
        out
    }

    /// Reads the treaty-lines file: each line with its place in the file.
    pub fn lines(&mut self, features: Vec<Feature>) -> Vec<(TreatyLine, Place)> {
        self.unknown_properties(&features, |_| Some(Kind::Line));
        let mut out = Vec::new();
        for (index, mut f) in features.into_iter().enumerate() {
            let place = feature_place(index, &f);
            let id = feature_id(&f).unwrap_or_else(|| format!("line-{index}"));
            let Some(event) = self.string(&place, &f, "event") else {
                self.problem(
                    &place,
                    "treaty line has no 'event'",
                    Some(
                        "set properties.event to the id of the event from which the line is drawn",
                    ),
                );
                continue;
            };
            let name = self
                .string(&place, &f, "name")
                .unwrap_or_else(|| id.clone());
            let until = self.string(&place, &f, "until");
            let certainty = self.certainty(&place, &f);
            if let Some(path) = self.lines_of(&place, &mut f) {
                out.push((
                    TreatyLine {
                        id,
                        name,
                        event,
                        until,
                        certainty,
                        path,
                    },
                    place,
                ));
            }
        }
        out
    }

    /// Reads the places file: cities (points) and railways (lines), each with its place
    /// in the file.
    pub fn places(&mut self, features: Vec<Feature>) -> Places {
        self.unknown_properties(&features, |f| match property(f, "kind") {
            None | Some(JsonValue::Null) => Some(Kind::City),
            Some(JsonValue::String(k)) if k == "city" => Some(Kind::City),
            Some(JsonValue::String(k)) if k == "railway" => Some(Kind::Railway),
            Some(_) => None,
        });
        let mut cities = Vec::new();
        let mut railways = Vec::new();
        for (index, mut f) in features.into_iter().enumerate() {
            let place = feature_place(index, &f);
            let id = feature_id(&f).unwrap_or_else(|| format!("place-{index}"));
            let kind = self.string(&place, &f, "kind");
            let Some(name) = self.string(&place, &f, "name") else {
                self.problem(&place, "place has no 'name'", None);
                continue;
            };
            match kind.as_deref() {
                Some("railway") => {
                    let names = self.period_names(&place, &f);
                    let from = self.date(&place, &f, "from");
                    let until = self.date(&place, &f, "until");
                    let Some(lines) = self.lines_of(&place, &mut f) else {
                        continue;
                    };
                    for (k, path) in lines.0.into_iter().enumerate() {
                        let railway = Railway {
                            id: if k == 0 {
                                id.clone()
                            } else {
                                format!("{id}-{k}")
                            },
                            feature: id.clone(),
                            name: name.clone(),
                            names: names.clone(),
                            from,
                            until,
                            path,
                        };
                        railways.push((railway, place.clone()));
                    }
                }
                Some("city") | None => {
                    let rank = match property(&f, "rank") {
                        None => 2,
                        Some(JsonValue::Number(n)) => match n.as_u64() {
                            Some(r @ 1..=9) => r as u8,
                            _ => {
                                self.problem(
                                    &place,
                                    format!("rank {n} is not a whole number from 1 to 9"),
                                    Some("1 is the most important city"),
                                );
                                continue;
                            }
                        },
                        Some(other) => {
                            self.problem(
                                &place,
                                format!("rank should be a number, found {other}"),
                                None,
                            );
                            continue;
                        }
                    };
                    let names = self.period_names(&place, &f);
                    let Some(at) = self.point(&place, &mut f) else {
                        continue;
                    };
                    cities.push((
                        City {
                            id,
                            name,
                            rank,
                            names,
                            at,
                        },
                        place,
                    ));
                }
                Some(other) => self.problem(
                    &place,
                    format!("unknown kind '{other}'"),
                    Some("places are \"city\" (Point) or \"railway\" (LineString)"),
                ),
            }
        }
        (cities, railways)
    }

    /// Warns of every property of `features` that a feature of its kind (`kind`; `None`:
    /// not known, reported elsewhere) does not have: each property once per file, at the
    /// first feature that has it, with how many others do, so that a file of a hundred
    /// countries with fifty properties each is fifty warnings, not five thousand.
    fn unknown_properties(
        &mut self,
        features: &[Feature],
        kind: impl Fn(&Feature) -> Option<Kind>,
    ) {
        // (kind, property) → (the first feature's place, how many features have it), in
        // the order first met.
        let mut found: IndexMap<(Kind, &str), (Place, usize)> = IndexMap::new();
        for (index, f) in features.iter().enumerate() {
            let (Some(kind), Some(props)) = (kind(f), properties(f)) else {
                continue;
            };
            let accepted = accepted_properties(kind);
            for key in props.keys().filter(|k| !accepted.contains(&k.as_str())) {
                found
                    .entry((kind, key))
                    .or_insert_with(|| (feature_place(index, f), 0))
                    .1 += 1;
            }
        }
        for ((kind, key), (place, n)) in found {
            let accepted = accepted_properties(kind);
            let mut message = format!(
                "unknown property '{}' of a {}",
                text::shown_key(key),
                kind.word()
            );
            match n {
                1 => {}
                2 => message.push_str(", here and on 1 other feature"),
                _ => message.push_str(&format!(", here and on {} other features", n - 1)),
            }
            let hint = did_you_mean(key, accepted.iter().copied()).map_or_else(
                || {
                    format!(
                        "spheres reads only these properties of a {}: {}",
                        kind.word(),
                        accepted.join(", ")
                    )
                },
                |m| format!("did you mean '{m}'?"),
            );
            self.problems
                .push(Problem::warning(self.name, place, message).hint(hint));
        }
    }

    /// A true/false property; absent means false.
    fn flag(&mut self, place: &Place, f: &Feature, key: &str) -> bool {
        match property(f, key) {
            None | Some(JsonValue::Null) => false,
            Some(JsonValue::Bool(b)) => *b,
            Some(other) => {
                self.problem(
                    place,
                    format!("property '{key}' should be true or false, found {other}"),
                    Some("write \"overlay\": true for a region drawn over the regions it crosses"),
                );
                false
            }
        }
    }

    fn string(&mut self, place: &Place, f: &Feature, key: &str) -> Option<String> {
        match property(f, key)? {
            JsonValue::String(s) => {
                self.text(place, &format!("properties.{key}"), s, key);
                Some(s.clone())
            }
            JsonValue::Null => None,
            other => {
                self.problem(
                    place,
                    format!("property '{key}' should be a string, found {other}"),
                    None,
                );
                None
            }
        }
    }

    /// Records a problem if the text under `path` holds a character XML cannot hold or is
    /// longer than its key allows.
    fn text(&mut self, place: &Place, path: &str, text: &str, key: &str) {
        if let Some((message, hint)) = text::problem(path, text, text::max_chars(key)) {
            self.problem(place, message, Some(&hint));
        }
    }

    fn certainty(&mut self, place: &Place, f: &Feature) -> Certainty {
        let Some(word) = self.string(place, f, "certainty") else {
            return Certainty::default();
        };
        Certainty::parse(&word).unwrap_or_else(|| {
            self.problem(
                place,
                format!("unknown certainty '{word}'"),
                Some("use \"high\", \"medium\" or \"low\""),
            );
            Certainty::default()
        })
    }

    fn date(&mut self, place: &Place, f: &Feature, key: &str) -> Option<Date> {
        let text = self.string(place, f, key)?;
        let date = Date::parse(&text);
        if date.is_none() {
            self.problem(
                place,
                format!("'{key}' is not a date: '{text}'"),
                Some("write dates as YYYY-MM-DD, e.g. 1912-07-08"),
            );
        }
        date
    }

    fn period_names(&mut self, place: &Place, f: &Feature) -> Vec<PeriodName> {
        let Some(value) = property(f, "names") else {
            return Vec::new();
        };
        let hint = Some(
            "names is a list of {\"from\": \"YYYY-MM-DD\", \"until\": \"YYYY-MM-DD\", \"name\": \"…\"}",
        );
        let JsonValue::Array(items) = value else {
            self.problem(place, "'names' should be a list", hint);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, item) in items.iter().enumerate() {
            if let JsonValue::Object(keys) = item {
                for key in keys
                    .keys()
                    .filter(|k| !PERIOD_NAME_KEYS.contains(&k.as_str()))
                {
                    let hint = did_you_mean(key, PERIOD_NAME_KEYS).map_or_else(
                        || "an entry of names has from, until and name".to_string(),
                        |m| format!("did you mean '{m}'?"),
                    );
                    self.problems.push(
                        Problem::warning(
                            self.name,
                            place.clone(),
                            format!("unknown key '{}' in names[{k}]", text::shown_key(key)),
                        )
                        .hint(hint),
                    );
                }
            }
            let get = |key: &str| item.get(key).and_then(JsonValue::as_str);
            let from = get("from").and_then(Date::parse);
            let until = get("until").map(Date::parse);
            if let Some(name) = get("name") {
                self.text(place, &format!("properties.names[{k}].name"), name, "name");
            }
            match (from, until, get("name")) {
                (Some(from), None, Some(name)) => out.push(PeriodName {
                    from,
                    until: None,
                    name: name.to_string(),
                }),
                (Some(from), Some(Some(until)), Some(name)) if until > from => {
                    out.push(PeriodName {
                        from,
                        until: Some(until),
                        name: name.to_string(),
                    })
                }
                _ => self.problem(
                    place,
                    format!("names[{k}] needs a 'from' date, a 'name', and an optional later 'until' date"),
                    hint,
                ),
            }
        }
        out
    }

    /// Takes the geometry out of the feature, so that its positions are freed as soon as
    /// they are converted.
    fn geometry(&mut self, place: &Place, f: &mut Feature) -> Option<GeometryValue> {
        match f.geometry.take() {
            Some(g) => Some(g.value),
            None => {
                self.problem(place, "feature has no geometry", None);
                None
            }
        }
    }

    fn polygons(&mut self, place: &Place, f: &mut Feature) -> Option<MultiPolygon<f64>> {
        let polys: Vec<Vec<Vec<Position>>> = match self.geometry(place, f)? {
            GeometryValue::Polygon { coordinates } => vec![coordinates],
            GeometryValue::MultiPolygon { coordinates } => coordinates,
            other => {
                self.problem(
                    place,
                    format!("expected a Polygon or MultiPolygon, found a {}", other.type_name()),
                    Some("areas must be polygons; points and lines belong in places.geojson or lines.geojson"),
                );
                return None;
            }
        };
        let mut out = Vec::with_capacity(polys.len());
        for (p, rings) in polys.into_iter().enumerate() {
            if rings.is_empty() {
                self.problem(place, format!("polygon {p} has no rings"), None);
                return None;
            }
            let mut converted = Vec::with_capacity(rings.len());
            for (r, ring) in rings.into_iter().enumerate() {
                let what = format!("polygon {p}, ring {r}");
                let coords = self.positions(place, &what, &ring)?;
                drop(ring);
                if coords.len() < 4 {
                    self.problem(
                        place,
                        format!(
                            "{what} has {} positions; a ring needs at least 4",
                            coords.len()
                        ),
                        Some("a ring is closed: its last position repeats its first"),
                    );
                    return None;
                }
                if coords.first() != coords.last() {
                    self.problem(
                        place,
                        format!(
                            "{what} is not closed: it starts at {} and ends at {}",
                            show(coords[0]),
                            show(coords[coords.len() - 1])
                        ),
                        Some("repeat the first position at the end of the ring (RFC 7946 §3.1.6)"),
                    );
                    return None;
                }
                converted.push(LineString::new(coords));
            }
            let exterior = converted.remove(0);
            out.push(Polygon::new(exterior, converted));
        }
        // Both windings are accepted; RFC 7946 order (exterior counter-clockwise) is what
        // geodesic area and the renderer's even-odd fill expect.
        let mut shape = MultiPolygon::new(out);
        orient_in_place(&mut shape);
        for invalid in check::polygon_problems(&shape) {
            self.problem(place, invalid.message, Some(invalid.hint));
        }
        Some(shape)
    }

    fn lines_of(&mut self, place: &Place, f: &mut Feature) -> Option<MultiLineString<f64>> {
        let lines: Vec<Vec<Position>> = match self.geometry(place, f)? {
            GeometryValue::LineString { coordinates } => vec![coordinates],
            GeometryValue::MultiLineString { coordinates } => coordinates,
            other => {
                self.problem(
                    place,
                    format!(
                        "expected a LineString or MultiLineString, found a {}",
                        other.type_name()
                    ),
                    None,
                );
                return None;
            }
        };
        let mut out = Vec::with_capacity(lines.len());
        for (k, line) in lines.into_iter().enumerate() {
            let coords = self.positions(place, &format!("line {k}"), &line)?;
            if coords.len() < 2 {
                self.problem(place, format!("line {k} has fewer than 2 positions"), None);
                return None;
            }
            out.push(LineString::new(coords));
        }
        Some(MultiLineString::new(out))
    }

    fn point(&mut self, place: &Place, f: &mut Feature) -> Option<Point<f64>> {
        match self.geometry(place, f)? {
            GeometryValue::Point { coordinates } => {
                let c = self.positions(place, "point", std::slice::from_ref(&coordinates))?;
                Some(Point::from(c[0]))
            }
            other => {
                self.problem(
                    place,
                    format!("expected a Point, found a {}", other.type_name()),
                    Some("cities are Points; railways need \"kind\": \"railway\""),
                );
                None
            }
        }
    }

    fn positions(
        &mut self,
        place: &Place,
        what: &str,
        positions: &[Position],
    ) -> Option<Vec<Coord<f64>>> {
        let mut out = Vec::with_capacity(positions.len());
        for (i, p) in positions.iter().enumerate() {
            let (x, y) = match p.as_slice() {
                [x, y, ..] => (*x, *y),
                short => {
                    self.problem(
                        place,
                        format!(
                            "{what}, position {i} has {} number{}; a position is [longitude, latitude]",
                            short.len(),
                            if short.len() == 1 { "" } else { "s" }
                        ),
                        Some("write each position as [longitude, latitude], e.g. [126.9, 37.5]"),
                    );
                    return None;
                }
            };
            if !(x.is_finite() && y.is_finite()) {
                self.problem(
                    place,
                    format!("{what}, position {i} is not a finite number"),
                    None,
                );
                return None;
            }
            if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
                self.problem(
                    place,
                    format!("{what}, position {i} ({}) is outside longitude −180…180 / latitude −90…90", show(Coord { x, y })),
                    Some("GeoJSON positions are [longitude, latitude] in degrees (WGS84); check the order and the projection"),
                );
                return None;
            }
            out.push(Coord { x, y });
        }
        Some(out)
    }
}

/// Puts rings in RFC 7946 order (exterior counter-clockwise, holes clockwise) without
/// copying them, as `Orient::orient` would.
fn orient_in_place(shape: &mut MultiPolygon<f64>) {
    for polygon in &mut shape.0 {
        polygon.exterior_mut(|ring| {
            if ring.is_cw() {
                ring.0.reverse();
            }
        });
        polygon.interiors_mut(|holes| {
            for ring in holes {
                if ring.is_ccw() {
                    ring.0.reverse();
                }
            }
        });
    }
}

fn show(c: Coord<f64>) -> String {
    format!("[{}, {}]", c.x, c.y)
}

fn properties(f: &Feature) -> Option<&JsonObject> {
    f.properties.as_ref()
}

fn property<'f>(f: &'f Feature, key: &str) -> Option<&'f JsonValue> {
    properties(f)?.get(key)
}

/// A feature's id: the GeoJSON `id`, else `properties.id`.
fn feature_id(f: &Feature) -> Option<String> {
    match &f.id {
        Some(geojson::feature::Id::String(s)) => Some(s.clone()),
        Some(geojson::feature::Id::Number(n)) => Some(n.to_string()),
        None => match property(f, "id") {
            Some(JsonValue::String(s)) => Some(s.clone()),
            Some(JsonValue::Number(n)) => Some(n.to_string()),
            _ => None,
        },
    }
}

/// Where a feature is, by index and id; the id as it may be shown in a message (a control
/// character in it escaped, never echoed raw).
fn feature_place(index: usize, f: &Feature) -> Place {
    Place::Feature {
        index,
        id: feature_id(f).map(|id| text::shown(&id)),
    }
}

/// serde names the Rust type it expected ("expected struct
/// DeserializeFeatureCollectionHelper"): the user wrote JSON, so say "a JSON object".
fn without_type_names(message: &str) -> String {
    let Some(at) = message.find("expected struct ") else {
        return message.to_string();
    };
    let name_start = at + "expected struct ".len();
    let name_end = message[name_start..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(message.len(), |n| name_start + n);
    format!(
        "{}expected a JSON object{}",
        &message[..at],
        &message[name_end..]
    )
}

/// serde_json appends " at line L column C"; the place is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::GeodesicArea;

    fn read_regions(text: &str) -> (Vec<Region>, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut file = FeatureFile {
            name: "regions.geojson",
            problems: &mut problems,
        };
        let regions = match file.parse(text) {
            Some(features) => file
                .regions(features)
                .0
                .into_iter()
                .map(|(r, _, _)| r)
                .collect(),
            None => Vec::new(),
        };
        (regions, problems)
    }

    #[test]
    fn clockwise_rings_are_normalised() {
        // A 1°×1° square written clockwise, as Natural Earth TopoJSON does.
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"sq",
            "properties":{"name":"Square"},"geometry":{"type":"Polygon","coordinates":
            [[[120,40],[120,41],[121,41],[121,40],[120,40]]]}}]}"#;
        let (regions, problems) = read_regions(text);
        assert!(problems.is_empty(), "{problems:?}");
        let area = regions[0].shape.geodesic_area_signed() / 1e6;
        // 1° of latitude × 1° of longitude at 40.5°N is about 9,400 km².
        assert!((9_300.0..9_500.0).contains(&area), "{area}");
    }

    #[test]
    fn unclosed_rings_are_located() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"id":"korea"},"geometry":{"type":"Polygon","coordinates":
            [[[120,40],[120,41],[121,41],[121,40]]]}}]}"#;
        let (_, problems) = read_regions(text);
        assert_eq!(problems.len(), 1);
        let text = problems[0].to_string();
        assert!(
            text.starts_with(
                "regions.geojson: feature 'korea' (#0): polygon 0, ring 0 is not closed"
            ),
            "{text}"
        );
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let (_, problems) = read_regions("{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
        assert_eq!(
            problems[0].place,
            Place::Text {
                line: 2,
                column: 15
            }
        );
    }

    #[test]
    fn points_are_not_regions() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"x",
            "properties":{},"geometry":{"type":"Point","coordinates":[120,40]}}]}"#;
        let (_, problems) = read_regions(text);
        assert!(
            problems[0]
                .message
                .contains("expected a Polygon or MultiPolygon, found a Point")
        );
    }

    #[test]
    fn out_of_range_coordinates_are_refused() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"x",
            "properties":{},"geometry":{"type":"Polygon","coordinates":
            [[[40,120],[41,120],[41,121],[40,120]]]}}]}"#;
        let (_, problems) = read_regions(text);
        assert!(
            problems[0].message.contains("outside longitude"),
            "{problems:?}"
        );
    }
}
