//! The chrome of a map: the paper, the sea with its graticule, the land, the frame line,
//! the title and subtitle, and the credit. Every map kind draws these the same way; only
//! the land's fill (full or faded home territory) and the words differ.

use geo::{Coord, Rect};

use super::base::WorldBase;
use super::text;
use super::{Fill, Geometry, Item, Layer, Prepared, Purpose, Shape, Stroke, Text, Theme};
use crate::language::Language;
use crate::messages::{self as m, say};
use crate::model::{Color, Event, Scenario};

/// The credit's font size at 1600 px.
pub(super) const CREDIT_SIZE: f64 = 11.0;
/// The credit's line spacing at 1600 px.
const CREDIT_LEADING: f64 = 14.0;
/// The smallest text drawn, in pixels: below this, small maps become unreadable.
const MIN_TEXT: f64 = 9.0;
/// Baselines of the title and the subtitle at 1600 px.
const TITLE_Y: f64 = 36.0;
const SUBTITLE_Y: f64 = 63.0;
/// Font sizes of the title and the subtitle at 1600 px.
pub(super) const TITLE_SIZE: f64 = 25.0;
pub(super) const SUBTITLE_SIZE: f64 = 17.0;

/// A font size at text scale `ts`, never below [`MIN_TEXT`].
pub(super) fn legible(size: f64, ts: f64) -> f64 {
    (size * ts).max(MIN_TEXT)
}

/// The distance between credit lines at text scale `ts`.
pub(super) fn credit_leading(ts: f64) -> f64 {
    legible(CREDIT_SIZE, ts) * CREDIT_LEADING / CREDIT_SIZE
}

/// The paper under everything, `width` × `height` pixels.
pub(super) fn paper(theme: &Theme, width: f64, height: f64) -> Layer {
    Layer::new(
        "paper",
        Purpose::Shared,
        vec![Item::Shape(Shape {
            id: None,
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at: Coord { x: 0.0, y: 0.0 },
                size: Coord {
                    x: width,
                    y: height,
                },
            },
            fill: Fill::Color(theme.paper, 1.0),
            stroke: None,
        })],
    )
}

/// The sea filling the map frame, and the graticule over it.
pub(super) fn sea(p: &Prepared) -> Layer {
    let theme = p.theme();
    let items = vec![
        Item::Shape(Shape {
            id: Some("sea-area".into()),
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at: p.frame.min(),
                size: p.frame.max() - p.frame.min(),
            },
            fill: Fill::Color(theme.sea, 1.0),
            stroke: None,
        }),
        lines_item("graticule", None, None, &p.graticule, {
            Stroke::solid(theme.graticule, 0.7 * p.s)
        }),
    ];
    Layer::new("sea", Purpose::Shared, items)
}

/// The basemap's land: neutral, and each power's home territory in `home(power)`.
/// Returns the layer and the powers whose home territory it shows, in basemap order.
pub(super) fn land<'s>(
    scenario: &'s Scenario,
    p: &Prepared,
    home: impl Fn(&str) -> Color,
) -> (Layer, Vec<&'s str>) {
    let theme = p.theme();
    let mut items = Vec::new();
    if let Some(world) = &p.world {
        items.extend(world_items(theme, p.language(), p.s, world));
    }
    let mut homes: Vec<&str> = Vec::new();
    for (b, shape) in scenario.basemap.iter().zip(&p.basemap) {
        if shape.0.is_empty() {
            continue;
        }
        let (fill, class) = match &b.power {
            Some(pid) => {
                if !homes.contains(&pid.as_str()) {
                    homes.push(pid);
                }
                (home(pid), format!("land home {pid}"))
            }
            None => (theme.land, "land".into()),
        };
        items.push(Item::Shape(Shape {
            id: Some(format!("land-{}", b.id)),
            class: Some(class),
            title: b.name.clone(),
            geometry: Geometry::Area(shape.clone()),
            fill: Fill::Color(fill, 1.0),
            stroke: Some(Stroke::solid(theme.border, 0.7 * p.s)),
        }));
    }
    (Layer::new("land", Purpose::Shared, items), homes)
}

/// The built-in world under the scenario's own basemap: the land, the modern borders
/// as a thin light line (context, not history: lighter and thinner than the coasts, and
/// unlike the white borders between regions), then the coasts. The land is one shape,
/// stroked in its own colour so that no hairline of sea shows between two countries.
fn world_items(theme: &Theme, language: Language, s: f64, world: &WorldBase) -> Vec<Item> {
    vec![
        Item::Shape(Shape {
            id: Some("world-land".into()),
            class: Some("land world".into()),
            title: None,
            geometry: Geometry::Area(world.land.clone()),
            fill: Fill::Color(theme.land, 1.0),
            stroke: Some(Stroke::solid(theme.land, 0.6 * s)),
        }),
        lines_item(
            "modern-borders",
            Some("modern-borders".into()),
            Some(say(language, &m::MODERN_BORDERS, [])),
            &world.borders,
            Stroke::solid(theme.land.mix(theme.border, 0.5), 0.6 * s),
        ),
        lines_item(
            "coast",
            Some("coasts".into()),
            None,
            &world.coasts,
            Stroke::solid(theme.border, 0.7 * s),
        ),
    ]
}

/// The line around the map frame.
/// A framed box on the map that things are read from (the legend, the scale bar): paper
/// almost opaque, a thin border `border` pixels wide.
pub(super) fn panel(
    id: &str,
    at: Coord<f64>,
    size: Coord<f64>,
    theme: &Theme,
    border: f64,
) -> Item {
    Item::Shape(Shape {
        id: Some(id.into()),
        class: None,
        title: None,
        geometry: Geometry::Rect { at, size },
        fill: Fill::Color(theme.paper, 0.92),
        stroke: Some(Stroke::solid(theme.border, border)),
    })
}

pub(super) fn frame(p: &Prepared) -> Layer {
    Layer::new(
        "frame",
        Purpose::Own,
        vec![Item::Shape(Shape {
            id: Some("frame-line".into()),
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at: p.frame.min(),
                size: p.frame.max() - p.frame.min(),
            },
            fill: Fill::None,
            stroke: Some(Stroke::solid(p.theme().border, 1.0 * p.s)),
        })],
    )
}

/// The title over the map, starting at `x`, `size` pixels high.
pub(super) fn title(p: &Prepared, x: f64, words: String, size: f64) -> Item {
    heading(p, TITLE_Y, x, words, size, true, "title")
}

/// The subtitle under the title, starting at `x`, `size` pixels high.
pub(super) fn subtitle(p: &Prepared, x: f64, words: String, size: f64) -> Item {
    heading(p, SUBTITLE_Y, x, words, size, false, "subtitle")
}

/// A line over the map, its baseline `y` pixels down at 1600 px.
fn heading(
    p: &Prepared,
    y: f64,
    x: f64,
    words: String,
    size: f64,
    bold: bool,
    class: &str,
) -> Item {
    let at = Coord { x, y: y * p.ts };
    Item::Text(Text::plain(at, words, size, bold, p.theme().text, class))
}

/// A line of the credit, its baseline at `at`; `continues` for every line after the first.
pub(super) fn credit(
    theme: &Theme,
    at: Coord<f64>,
    words: String,
    size: f64,
    continues: bool,
) -> Item {
    Item::Text(Text::plain(at, words, size, false, theme.muted, "credit").continuing(continues))
}

/// The credit lines of a year map: the scenario's credit and the latest event's source,
/// wrapped to `max_width`.
pub(super) fn credit_lines(
    scenario: &Scenario,
    language: Language,
    last: Option<&Event>,
    max_width: f64,
    ts: f64,
) -> Vec<String> {
    let mut words = super::credit(language, scenario);
    if let Some(e) = last {
        words.push_str(&say(language, &m::SENTENCE_SEPARATOR, []));
        words.push_str(&say(
            language,
            &m::CREDIT_LATEST,
            [&readable_url(&e.source)],
        ));
    }
    text::wrap(&words, legible(CREDIT_SIZE, ts), false, max_width)
}

/// The credit of a year map, its `lines` in the footer under the map (and legend band).
pub(super) fn credit_footer(p: &Prepared, lines: Vec<String>) -> Vec<Item> {
    let size = legible(CREDIT_SIZE, p.ts);
    lines
        .into_iter()
        .enumerate()
        .map(|(k, line)| {
            let at = Coord {
                x: p.margin,
                y: p.height - p.footer + (k as f64 + 1.0) * credit_leading(p.ts),
            };
            credit(p.theme(), at, line, size, k > 0)
        })
        .collect()
}

/// An open or closed set of lines as a stroked, unfilled shape.
pub(super) fn lines_item(
    class: &str,
    id: Option<String>,
    title: Option<String>,
    ml: &geo::MultiLineString<f64>,
    stroke: Stroke,
) -> Item {
    Item::Shape(Shape {
        id,
        class: Some(class.into()),
        title,
        geometry: Geometry::Lines(ml.clone()),
        fill: Fill::None,
        stroke: Some(stroke),
    })
}

/// `r` made smaller by `by` on every side.
pub(super) fn shrink(r: Rect<f64>, by: f64) -> Rect<f64> {
    Rect::new(
        r.min() + Coord { x: by, y: by },
        r.max() - Coord { x: by, y: by },
    )
}

/// A URL as a reader would write it: percent-escapes decoded when they spell UTF-8 text
/// ("Japan%E2%80%93Russia" → "Japan–Russia").
pub(crate) fn readable_url(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) if !s.chars().any(|c| c.is_control() || c == ' ') => s,
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_read_as_text() {
        assert_eq!(
            readable_url("https://en.wikipedia.org/wiki/Japan%E2%80%93Russia_Secret_Agreements"),
            "https://en.wikipedia.org/wiki/Japan–Russia_Secret_Agreements"
        );
        assert_eq!(
            readable_url("https://x.org/a%20b"),
            "https://x.org/a%20b",
            "spaces stay escaped"
        );
        assert_eq!(
            readable_url("https://x.org/%FF"),
            "https://x.org/%FF",
            "not UTF-8: unchanged"
        );
    }

    #[test]
    fn text_is_never_below_the_minimum() {
        assert_eq!(legible(11.0, 1.0), 11.0);
        assert_eq!(legible(11.0, 0.5), MIN_TEXT);
    }
}
