//! The built-in world: Natural Earth's countries (1:50m, public domain) with their ISO
//! 3166-1 codes, the coasts, and the land borders between countries, compiled into the
//! binary and decoded on first use.
//!
//! A scenario without a basemap of its own is drawn on it (the coasts, and the modern
//! borders faintly, for orientation), and a scenario may make regions of its countries by
//! code (`[regions.ID] countries = ["DE", "FRA"]`). The data is made by
//! `tools/geodata/world.mjs`; `geodata/world/README.md` describes it and its format.
//!
//! ```
//! let germany = spheres::world::world().country("DEU").unwrap();
//! assert_eq!((germany.alpha2.as_str(), germany.numeric), ("DE", 276));
//! assert!(spheres::world::world().country("de").is_some(), "codes in any case");
//! ```

use std::sync::OnceLock;

use geo::{BoundingRect, Coord, LineString, MultiLineString, MultiPolygon, Polygon, Rect};

/// The data, as `tools/geodata/world.mjs` writes it.
const DATA: &[u8] = include_bytes!("../geodata/world/countries.bin");

/// Coordinates are stored as whole multiples of this, in degrees.
const STEP: f64 = 1e-4;

/// A country (or territory) of ISO 3166-1, as Natural Earth draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// The alpha-2 code, e.g. `DE`; empty for the one piece of land without a code (the
    /// Siachen Glacier, disputed between India and Pakistan).
    pub alpha2: String,
    /// The alpha-3 code, e.g. `DEU`; empty where `alpha2` is.
    pub alpha3: String,
    /// The numeric code, e.g. 276; 0 where `alpha2` is empty.
    pub numeric: u16,
    /// The English short name ISO 3166 gives, e.g. "Germany".
    pub name: String,
    /// Other English names it goes by ("UK", "Great Britain"), Natural Earth's among them.
    pub aliases: Vec<String>,
    /// Its shape in lon/lat degrees, cut at the antimeridian, exteriors counter-clockwise.
    pub shape: MultiPolygon<f64>,
    /// The bounding box of `shape`.
    pub bounds: Option<Rect<f64>>,
}

/// The countries, the coasts and the borders between countries.
#[derive(Debug)]
pub struct World {
    /// Sorted by alpha-2 code; the land without a code comes last.
    pub countries: Vec<Country>,
    /// Where land meets sea (lon/lat degrees, cut at the antimeridian).
    pub coasts: MultiLineString<f64>,
    /// Where two countries meet on land.
    pub borders: MultiLineString<f64>,
}

/// The built-in world, decoded the first time it is asked for.
pub fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    // The data is compiled in and checked by the tests below: it cannot be missing or
    // malformed in a binary that passed them.
    WORLD.get_or_init(|| decode(DATA).expect("the built-in world data decodes"))
}

impl World {
    /// The country with this alpha-2 or alpha-3 code, in any case.
    pub fn country(&self, code: &str) -> Option<&Country> {
        let code = code.to_ascii_uppercase();
        match code.len() {
            2 => self.countries.iter().find(|c| c.alpha2 == code),
            3 => self.countries.iter().find(|c| c.alpha3 == code),
            _ => None,
        }
    }

    /// The country a mistaken code most likely meant: one whose code is a letter away
    /// (`"DDE"` → Germany), or whose name or alias it is, or begins with (`"Germany"`,
    /// `"UK"`, `"Russia"`).
    pub fn suggest(&self, word: &str) -> Option<&Country> {
        let coded = || self.countries.iter().filter(|c| !c.alpha2.is_empty());
        let lower = word.trim().to_lowercase();
        let named = |c: &&Country| {
            std::iter::once(&c.name)
                .chain(&c.aliases)
                .any(|n| n.to_lowercase() == lower)
        };
        if let Some(c) = coded().find(named) {
            return Some(c);
        }
        if lower.chars().count() >= 4
            && let Some(c) = coded().find(|c| {
                std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .any(|n| n.to_lowercase().starts_with(&lower))
            })
        {
            return Some(c);
        }
        let upper = word.trim().to_ascii_uppercase();
        let codes = coded().flat_map(|c| [c.alpha2.as_str(), c.alpha3.as_str()]);
        let near = crate::problem::did_you_mean(&upper, codes)?;
        self.country(&near)
    }
}

/// Reads the format `tools/geodata/world.mjs` writes (see `geodata/world/README.md`);
/// `None` if the bytes are not that.
fn decode(bytes: &[u8]) -> Option<World> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != b"SPHW" || r.take(1)? != [1] {
        return None;
    }
    let count = r.varint()?;
    let mut countries = Vec::new();
    for _ in 0..count {
        let alpha2 = r.code(2)?;
        let alpha3 = r.code(3)?;
        let numeric = u16::try_from(r.varint()?).ok()?;
        let name = r.text()?;
        let aliases = (0..r.varint()?)
            .map(|_| r.text())
            .collect::<Option<Vec<_>>>()?;
        let polygons = (0..r.varint()?)
            .map(|_| {
                let mut rings = (0..r.varint()?)
                    .map(|_| r.points().map(closed))
                    .collect::<Option<Vec<_>>>()?
                    .into_iter();
                Some(Polygon::new(rings.next()?, rings.collect()))
            })
            .collect::<Option<Vec<_>>>()?;
        let shape = MultiPolygon::new(polygons);
        countries.push(Country {
            alpha2,
            alpha3,
            numeric,
            name,
            aliases,
            bounds: shape.bounding_rect(),
            shape,
        });
    }
    let coasts = r.lines()?;
    let borders = r.lines()?;
    (r.at == bytes.len()).then_some(World {
        countries,
        coasts,
        borders,
    })
}

fn closed(mut ring: LineString<f64>) -> LineString<f64> {
    ring.close();
    ring
}

/// A cursor over the bytes: LEB128 varints, zigzag deltas, fixed-width ASCII codes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(out)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn signed(&mut self) -> Option<i64> {
        let z = self.varint()?;
        Some(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    fn code(&mut self, n: usize) -> Option<String> {
        let raw = self.take(n)?;
        let code: String = raw
            .iter()
            .take_while(|&&b| b != 0)
            .map(|&b| char::from(b))
            .collect();
        code.chars().all(|c| c.is_ascii_uppercase()).then_some(code)
    }

    fn text(&mut self) -> Option<String> {
        let n = usize::try_from(self.varint()?).ok()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn points(&mut self) -> Option<LineString<f64>> {
        let n = usize::try_from(self.varint()?).ok()?;
        let (mut x, mut y) = (0i64, 0i64);
        let mut coords = Vec::with_capacity(n.min(self.bytes.len()));
        for _ in 0..n {
            x += self.signed()?;
            y += self.signed()?;
            coords.push(Coord {
                x: x as f64 * STEP,
                y: y as f64 * STEP,
            });
        }
        Some(LineString::new(coords))
    }

    fn lines(&mut self) -> Option<MultiLineString<f64>> {
        let n = self.varint()?;
        (0..n)
            .map(|_| self.points())
            .collect::<Option<Vec<_>>>()
            .map(MultiLineString::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::GeodesicArea;

    fn geodesic_area_km2(mp: &MultiPolygon<f64>) -> f64 {
        mp.0.iter()
            .map(|p| p.geodesic_area_signed().abs())
            .sum::<f64>()
            / 1e6
    }

    /// The reference areas of `geodata/world/countries.tsv`'s neighbours in the
    /// literature, for a check that the shapes are whole and the right way round.
    #[test]
    fn the_world_decodes_whole_with_codes_names_and_areas() {
        let w = world();
        assert_eq!(w.countries.len(), 239);
        assert!(w.coasts.0.len() > 1000 && w.borders.0.len() > 100);
        let codes: Vec<&str> = w.countries.iter().map(|c| c.alpha2.as_str()).collect();
        let mut sorted = codes[..codes.len() - 1].to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, codes[..codes.len() - 1], "sorted by code");
        assert_eq!(codes.last(), Some(&""), "the uncoded land last");
        // Areas within 2 % of the published land areas (CIA World Factbook, total area;
        // Natural Earth at 1:50m leaves out small islands and lakes count as land).
        for (code, km2) in [
            ("DE", 357_022.0),
            ("PL", 312_685.0),
            ("EG", 1_001_450.0),
            ("AR", 2_780_400.0),
            ("RU", 17_098_242.0),
        ] {
            let c = w.country(code).unwrap();
            let a = geodesic_area_km2(&c.shape);
            assert!((a / km2 - 1.0).abs() < 0.02, "{code}: {a:.0} km² for {km2}");
        }
    }

    #[test]
    fn russia_and_fiji_are_cut_at_the_antimeridian_and_antarctica_reaches_the_pole() {
        let w = world();
        for code in ["RU", "FJ", "US", "AQ"] {
            let c = w.country(code).unwrap();
            for p in &c.shape.0 {
                let b = p.bounding_rect().unwrap();
                assert!(b.min().x >= -180.0 && b.max().x <= 180.0, "{code}: {b:?}");
                // No piece runs across the antimeridian the long way round.
                if code != "AQ" {
                    assert!(b.width() < 180.0, "{code}: {b:?}");
                }
            }
        }
        let ru = w.country("RUS").unwrap();
        assert!(
            ru.shape
                .0
                .iter()
                .any(|p| p.bounding_rect().unwrap().min().x < -170.0)
        );
        let aq = w.country("AQ").unwrap().bounds.unwrap();
        assert!(aq.min().y <= -89.99 && aq.width() == 360.0, "{aq:?}");
        // No coast runs along the antimeridian or the pole: those close shapes only.
        for l in &w.coasts.0 {
            for seg in l.lines() {
                assert!(!(seg.start.x.abs() == 180.0 && seg.start.x == seg.end.x));
                assert!(!(seg.start.y < -89.99 && seg.end.y < -89.99));
            }
        }
    }

    #[test]
    fn holes_lie_in_their_outlines_and_outlines_in_no_other_of_their_country() {
        use geo::coordinate_position::{CoordPos, CoordinatePosition};
        use geo::{Contains, Point};
        let w = world();
        for c in &w.countries {
            let outlines: Vec<Polygon<f64>> = c
                .shape
                .0
                .iter()
                .map(|p| Polygon::new(p.exterior().clone(), vec![]))
                .collect();
            for (k, p) in c.shape.0.iter().enumerate() {
                for hole in p.interiors() {
                    assert!(
                        hole.0
                            .iter()
                            .all(|v| outlines[k].coordinate_position(v) != CoordPos::Outside),
                        "{}: a hole outside its outline",
                        c.alpha2
                    );
                }
                for (o, other) in outlines.iter().enumerate() {
                    let inside = p
                        .exterior()
                        .0
                        .iter()
                        .find(|v| other.coordinate_position(*v) != CoordPos::OnBoundary);
                    assert!(
                        o == k || !inside.is_some_and(|v| other.contains(v)),
                        "{}: an outline inside another",
                        c.alpha2
                    );
                }
            }
        }
        // Lesotho is a hole in South Africa, which counts it no more.
        let za = w.country("ZA").unwrap();
        assert!(!za.shape.contains(&Point::new(28.2, -29.6)));
        let a = geodesic_area_km2(&za.shape);
        assert!((a / 1_221_037.0 - 1.0).abs() < 0.01, "{a}");
    }

    #[test]
    fn features_without_an_iso_code_are_merged_split_or_coded() {
        let w = world();
        assert!(
            w.country("SO")
                .unwrap()
                .aliases
                .contains(&"Somaliland".into())
        );
        assert!(
            w.country("CY")
                .unwrap()
                .aliases
                .contains(&"N. Cyprus".into())
        );
        assert_eq!(w.country("XK").unwrap().alpha3, "XKK");
        let cx = w.country("CX").unwrap().bounds.unwrap();
        let cc = w.country("CC").unwrap().bounds.unwrap();
        assert!(cx.min().x > 100.0 && cc.max().x < 100.0);
    }

    #[test]
    fn mistaken_codes_get_a_suggestion() {
        let w = world();
        let code = |word: &str| w.suggest(word).map(|c| c.alpha2.clone());
        assert_eq!(code("Germany").as_deref(), Some("DE"));
        assert_eq!(code("russia").as_deref(), Some("RU"));
        assert_eq!(code("UK").as_deref(), Some("GB"));
        assert_eq!(code("DDE").as_deref(), Some("DE"));
        assert_eq!(code("Czech").as_deref(), Some("CZ"));
        assert!(w.suggest("QQQQQQQ").is_none());
        assert!(w.country("ZZ").is_none() && w.country("").is_none());
    }

    #[test]
    fn truncated_or_foreign_bytes_are_refused() {
        assert!(decode(&DATA[..DATA.len() - 1]).is_none());
        assert!(decode(b"GIF89a").is_none());
        let mut more = DATA.to_vec();
        more.push(0);
        assert!(decode(&more).is_none());
    }
}
