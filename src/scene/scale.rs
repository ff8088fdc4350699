//! The scale bar: a bar in kilometres, true along the parallel its title names ("Scale
//! along 44°N"), drawn only where the map's scale varies less than [`MAX_VARIATION`]
//! across the frame, so that one bar is nearly true of the whole map. It sits where it
//! hides the least of the map, off the legend.

use geo::Coord;

use super::chrome::{legible, panel};
use super::text::{CAP_HEIGHT, DESCENT, width};
use super::{Anchor, Fill, Geometry, Item, Prepared, Shape, Stroke, Text, Theme};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::project::{LocalScale, Projector};
use crate::words;

/// The most the scale may vary across the frame (largest over smallest, less one) for a
/// scale bar to be drawn.
pub(super) const MAX_VARIATION: f64 = 0.10;

/// The longest the bar may be, in pixels at 1600 px.
const LONGEST: f64 = 150.0;
const PAD: f64 = 7.0;
const BAR_H: f64 = 5.0;
const TITLE: f64 = 11.0;
const LABEL: f64 = 10.0;

/// The scale a bar shows for maps of this projection, if its scale varies less than
/// [`MAX_VARIATION`] across the frame.
pub(super) fn measure(projector: &Projector) -> Option<LocalScale> {
    let variation = projector.scale_variation()?;
    if variation < MAX_VARIATION {
        projector.local_scale()
    } else {
        None
    }
}

/// A scale bar laid out: its size, and what it draws relative to its top-left corner.
pub(super) struct ScaleBar {
    pub size: Coord<f64>,
    title: String,
    /// Kilometres the whole bar stands for, and in how many parts it is drawn.
    km: f64,
    parts: usize,
    /// The language its numbers and words are written in.
    language: Language,
    /// The number of kilometres at its end, and that number with its unit ("1,000 km").
    last: String,
    end_label: String,
    /// The bar's length in pixels, and where it starts in the box.
    length: f64,
    start: f64,
    ts: f64,
}

/// The longest round length (1, 2 or 5 × a power of ten) of at most `km`, and the parts
/// it is drawn in.
fn round_length(km: f64) -> Option<(f64, usize)> {
    if !(km.is_finite() && km >= 1.0) {
        return None;
    }
    let mag = 10f64.powf(km.log10().floor());
    let lead = [5.0, 2.0, 1.0].into_iter().find(|m| m * mag <= km)?;
    let parts = if lead == 5.0 { 5 } else { 4 };
    Some((lead * mag, parts))
}

/// Degrees to a tenth, without a needless ".0", with the language's decimal mark.
fn degrees(language: Language, v: f64) -> String {
    let v = (v.abs() * 10.0).round() / 10.0;
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        words::decimal(language, &format!("{v:.1}"))
    }
}

/// "44°N", "12°S", "44.5°N"; "北緯44°" in Japanese.
fn latitude(language: Language, lat: f64) -> String {
    let hemisphere = if lat < 0.0 { "south" } else { "north" };
    say(
        language,
        &m::LATITUDE,
        [&degrees(language, lat), &hemisphere],
    )
}

/// "116.5°E", "3°W".
fn longitude(language: Language, lon: f64) -> String {
    let lon = (lon + 540.0).rem_euclid(360.0) - 180.0;
    let hemisphere = if lon < 0.0 { "west" } else { "east" };
    say(
        language,
        &m::LONGITUDE,
        [&degrees(language, lon), &hemisphere],
    )
}

/// The bar of a map, if it has one.
pub(super) fn bar(p: &Prepared) -> Option<ScaleBar> {
    let scale = p.scale?;
    let ts = p.ts;
    let (km, parts) = round_length(LONGEST * ts * scale.km_per_px)?;
    let length = km / scale.km_per_px;
    let language = p.language();
    let title = if scale.along_parallel {
        say(language, &m::SCALE_ALONG, [&latitude(language, scale.lat)])
    } else {
        say(
            language,
            &m::SCALE_AT,
            [
                &latitude(language, scale.lat),
                &longitude(language, scale.lon),
            ],
        )
    };
    let label = legible(LABEL, ts);
    let zero = width("0", label, false, 0.0);
    let last = words::number(language, km);
    // The length's number is centred on the bar's end, its unit after it.
    let end_label = say(language, &m::SCALE_KM, [&last]);
    let tail = width(&end_label, label, false, 0.0) - width(&last, label, false, 0.0) / 2.0;
    let start = PAD * ts + zero / 2.0;
    let title_w = width(&title, legible(TITLE, ts), false, 0.0);
    let w = (start + length + tail + PAD * ts).max(title_w + 2.0 * PAD * ts);
    let h = PAD * ts
        + CAP_HEIGHT * legible(TITLE, ts)
        + 5.0 * ts
        + BAR_H * ts
        + 3.0 * ts
        + (CAP_HEIGHT + DESCENT) * label
        + PAD * ts;
    Some(ScaleBar {
        size: Coord {
            x: w.ceil(),
            y: h.ceil(),
        },
        title,
        km,
        parts,
        language,
        last,
        end_label,
        length,
        start,
        ts,
    })
}

impl ScaleBar {
    /// The bar's items with its box's top-left corner at `at`.
    pub fn items(&self, at: Coord<f64>, theme: &Theme) -> Vec<Item> {
        let ts = self.ts;
        let mut items = vec![panel("scale-box", at, self.size, theme, 0.8 * ts)];
        let title_size = legible(TITLE, ts);
        let baseline = at.y + PAD * ts + CAP_HEIGHT * title_size;
        items.push(Item::Text(Text::plain(
            Coord {
                x: at.x + PAD * ts,
                y: baseline,
            },
            self.title.clone(),
            title_size,
            false,
            theme.text,
            "scale-title",
        )));
        let top = baseline + 5.0 * ts;
        let x0 = at.x + self.start;
        let part = self.length / self.parts as f64;
        for k in 0..self.parts {
            items.push(Item::Shape(Shape {
                id: None,
                class: Some("scale-bar".into()),
                title: None,
                geometry: Geometry::Rect {
                    at: Coord {
                        x: x0 + k as f64 * part,
                        y: top,
                    },
                    size: Coord {
                        x: part,
                        y: BAR_H * ts,
                    },
                },
                fill: Fill::Color(
                    if k.is_multiple_of(2) {
                        theme.text
                    } else {
                        theme.paper
                    },
                    1.0,
                ),
                stroke: Some(Stroke::solid(theme.text, 0.7 * ts)),
            }));
        }
        let label = legible(LABEL, ts);
        let y = top + BAR_H * ts + 3.0 * ts + CAP_HEIGHT * label;
        let mut ticks = vec![(0.0, "0".to_string())];
        if self.parts.is_multiple_of(2) {
            ticks.push((
                self.length / 2.0,
                words::number(self.language, self.km / 2.0),
            ));
        }
        let number = width(&self.last, label, false, 0.0);
        for (dx, words) in ticks {
            let mut t = Text::plain(
                Coord { x: x0 + dx, y },
                words,
                label,
                false,
                theme.text,
                "scale-label",
            );
            t.anchor = Anchor::Middle;
            items.push(Item::Text(t));
        }
        items.push(Item::Text(Text::plain(
            Coord {
                x: x0 + self.length - number / 2.0,
                y,
            },
            self.end_label.clone(),
            label,
            false,
            theme.text,
            "scale-label",
        )));
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MapSpec;
    use crate::scene::base::built_in_at;
    use crate::scene::{Options, Scene, build};
    use crate::timeline::{Moment, resolve};

    fn texts(scene: &Scene, layer: &str) -> Vec<String> {
        scene
            .layers
            .iter()
            .filter(|l| l.id == layer)
            .flat_map(|l| &l.items)
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn lengths_are_round_and_latitudes_read_as_on_a_map() {
        assert_eq!(round_length(548.0), Some((500.0, 5)));
        assert_eq!(round_length(499.0), Some((200.0, 4)));
        assert_eq!(round_length(1000.0), Some((1000.0, 4)));
        assert_eq!(round_length(0.5), None);
        let en = Language::En;
        assert_eq!(latitude(en, 45.0), "45°N");
        assert_eq!(latitude(en, -12.0), "12°S");
        assert_eq!(latitude(en, 44.46), "44.5°N");
        assert_eq!(longitude(en, 116.5), "116.5°E");
        assert_eq!(longitude(en, 190.0), "170°W");
        assert_eq!(longitude(en, -3.0), "3°W");
        assert_eq!(latitude(Language::Ja, 44.46), "北緯44.5°");
        assert_eq!(latitude(Language::Ru, 44.46), "44,5° с. ш.");
        assert_eq!(longitude(Language::Ko, -3.0), "서경 3°");
        assert_eq!(longitude(Language::Zh, 116.5), "东经116.5°");
    }

    #[test]
    fn the_bar_is_true_along_the_parallel_its_title_names() {
        use geo::{Distance, Geodesic, Point};
        // The built-in Lambert conformal conic varies by about 5 % across its frame:
        // under the limit, so its maps carry a bar.
        let (scenario, p) = built_in_at(1600.0);
        let projector = Projector::new(&scenario.map, 1600.0).unwrap();
        let v = projector.scale_variation().unwrap();
        assert!(v > 0.03 && v < MAX_VARIATION, "{v}");
        let bar = bar(&p).expect("a bar");
        assert_eq!(bar.title, "Scale along 45°N");
        // Two points on 45°N the bar's length apart on the canvas are the bar's
        // kilometres apart on the ellipsoid.
        let scale = p.scale.unwrap();
        let a = projector.pixel(scale.lon, 45.0).unwrap();
        let b = projector
            .lonlat(Coord {
                x: a.x + bar.length,
                y: a.y,
            })
            .unwrap();
        // The canvas's horizontal leaves the parallel a little: follow the parallel.
        let on = Point::new(b.0, 45.0);
        let along = Geodesic.distance(Point::new(scale.lon, 45.0), on) / 1000.0;
        let drawn = projector.pixel(b.0, 45.0).unwrap().x - a.x;
        let km = along * bar.length / drawn;
        assert!(
            (km / bar.km - 1.0).abs() < 0.01,
            "{km} km for a bar of {}",
            bar.km
        );
    }

    #[test]
    fn a_frame_whose_scale_varies_much_has_no_bar() {
        // Mercator from the equator to 70°N: the scale varies threefold.
        let map = MapSpec {
            bbox: [100.0, 0.0, 150.0, 70.0],
            projection: "+proj=merc +datum=WGS84".into(),
            width: 1000,
            crosses_antimeridian: false,
            world: false,
        };
        let projector = Projector::new(&map, 1000.0).unwrap();
        assert!(projector.scale_variation().unwrap() > 1.0);
        assert_eq!(measure(&projector), None);
        // A small frame in an equal-area azimuthal projection: nearly constant.
        let map = MapSpec {
            bbox: [5.0, 40.0, 25.0, 52.0],
            projection: "+proj=laea +lat_0=46 +lon_0=15 +datum=WGS84".into(),
            width: 900,
            crosses_antimeridian: false,
            world: false,
        };
        let projector = Projector::new(&map, 900.0).unwrap();
        assert!(projector.scale_variation().unwrap() < 0.01);
        assert!(measure(&projector).is_some());
    }

    #[test]
    fn the_bar_is_on_every_year_map_unless_left_out_and_off_the_legend_and_labels() {
        use crate::scene::labels::{overlaps, text_box};
        for width in [800.0, 1600.0] {
            let (scenario, p) = built_in_at(width);
            for year in [1905, 1912, 1932, 1945] {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let scene = build(&scenario, &p, &state);
                let words = texts(&scene, "scale-bar");
                assert_eq!(words[0], "Scale along 45°N", "{year} at {width}");
                assert!(words.last().unwrap().ends_with(" km"), "{words:?}");
                let boxed = scene
                    .layers
                    .iter()
                    .find(|l| l.id == "scale-bar")
                    .and_then(|l| match &l.items[0] {
                        Item::Shape(Shape {
                            geometry: Geometry::Rect { at, size },
                            ..
                        }) => Some(geo::Rect::new(*at, *at + *size)),
                        _ => None,
                    })
                    .expect("the bar's box");
                let f = p.frame();
                assert!(boxed.min().x >= f.min().x && boxed.max().x <= f.max().x);
                assert!(boxed.min().y >= f.min().y && boxed.max().y <= f.max().y);
                for layer in scene
                    .layers
                    .iter()
                    .filter(|l| l.id == "legend" || l.id == "labels")
                {
                    for item in &layer.items {
                        let b = match item {
                            Item::Text(t) => text_box(t, 0.0),
                            Item::Shape(Shape {
                                geometry: Geometry::Rect { at, size },
                                ..
                            }) => geo::Rect::new(*at, *at + *size),
                            _ => continue,
                        };
                        assert!(
                            !overlaps(&b, &boxed),
                            "{year} at {width}: under {}",
                            layer.id
                        );
                    }
                }
            }
        }
        let options = Options {
            width: 800.0,
            scale_bar: false,
            ..Options::default()
        };
        let scenario = crate::load::built_in().unwrap();
        let p = Prepared::new(&scenario, &options).unwrap();
        let state = resolve(&scenario, &Moment::Year(1912)).unwrap();
        assert!(texts(&build(&scenario, &p, &state), "scale-bar").is_empty());
    }
}
