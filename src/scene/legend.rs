//! The legend: one row per thing on this map (and only those), laid out in a box.

use geo::{Coord, LineString, MultiLineString};

use super::text::{CAP_HEIGHT, width};
use super::{Anchor, Fill, Geometry, Item, Shape, Stroke, Text, Theme};

/// What a legend row shows next to its words.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Swatch {
    /// A heading row: no swatch, bold words.
    Heading,
    /// A filled box.
    Area { fill: Fill, stroke: Option<Stroke> },
    /// A line sample.
    Line(Stroke),
    /// A pair of lines: a casing and a centre (railways).
    Cased(Stroke, Stroke),
}

/// One row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub swatch: Swatch,
    pub words: String,
}

/// A laid-out legend: its rows and its size at scale `s`.
#[derive(Debug, Clone)]
pub(crate) struct Legend {
    rows: Vec<Row>,
    s: f64,
    pub size: Coord<f64>,
}

const PAD: f64 = 12.0;
const ROW: f64 = 21.0;
const SWATCH_W: f64 = 28.0;
const SWATCH_H: f64 = 15.0;
const GAP: f64 = 9.0;
const FONT: f64 = 13.0;
const HEADING: f64 = 13.5;

impl Legend {
    /// Lays out rows at scale `s`.
    pub fn new(rows: Vec<Row>, s: f64) -> Legend {
        let text_w = rows
            .iter()
            .map(|r| match r.swatch {
                Swatch::Heading => width(&r.words, HEADING * s, true, 0.0),
                _ => (SWATCH_W + GAP) * s + width(&r.words, FONT * s, false, 0.0),
            })
            .fold(0.0, f64::max);
        let size = Coord {
            x: (text_w + 2.0 * PAD * s).ceil(),
            y: (rows.len() as f64 * ROW * s + 2.0 * PAD * s - 4.0 * s).ceil(),
        };
        Legend { rows, s, size }
    }

    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The legend's items with its top-left corner at `at`.
    pub fn items(&self, at: Coord<f64>, theme: &Theme) -> Vec<Item> {
        let s = self.s;
        let mut items = vec![Item::Shape(Shape {
            id: Some("legend-box".into()),
            class: None,
            title: None,
            geometry: Geometry::Rect {
                at,
                size: self.size,
            },
            fill: Fill::Color(theme.paper, 0.92),
            stroke: Some(Stroke::solid(theme.border, 0.8 * s)),
        })];
        for (i, row) in self.rows.iter().enumerate() {
            let top = at.y + PAD * s + i as f64 * ROW * s;
            let mid = top + SWATCH_H * s / 2.0;
            let x = at.x + PAD * s;
            let text_x = x + (SWATCH_W + GAP) * s;
            let baseline = |size: f64| mid + CAP_HEIGHT * size / 2.0;
            match &row.swatch {
                Swatch::Heading => {
                    items.push(Item::Text(Text {
                        at: Coord {
                            x,
                            y: baseline(HEADING * s),
                        },
                        text: row.words.clone(),
                        size: HEADING * s,
                        bold: true,
                        italic: false,
                        anchor: Anchor::Start,
                        color: theme.text,
                        halo: None,
                        spacing: 0.0,
                        class: Some("legend-heading".into()),
                    }));
                    continue;
                }
                Swatch::Area { fill, stroke } => items.push(Item::Shape(Shape {
                    id: None,
                    class: Some("legend-swatch".into()),
                    title: None,
                    geometry: Geometry::Rect {
                        at: Coord { x, y: top },
                        size: Coord {
                            x: SWATCH_W * s,
                            y: SWATCH_H * s,
                        },
                    },
                    fill: fill.clone(),
                    stroke: Some(
                        stroke
                            .clone()
                            .unwrap_or_else(|| Stroke::solid(theme.border, 0.6 * s)),
                    ),
                })),
                Swatch::Line(stroke) => items.push(line(x, mid, s, stroke.clone())),
                Swatch::Cased(casing, centre) => {
                    items.push(line(x, mid, s, casing.clone()));
                    items.push(line(x, mid, s, centre.clone()));
                }
            }
            items.push(Item::Text(Text {
                at: Coord {
                    x: text_x,
                    y: baseline(FONT * s),
                },
                text: row.words.clone(),
                size: FONT * s,
                bold: false,
                italic: false,
                anchor: Anchor::Start,
                color: theme.text,
                halo: None,
                spacing: 0.0,
                class: Some("legend-label".into()),
            }));
        }
        items
    }
}

fn line(x: f64, y: f64, s: f64, stroke: Stroke) -> Item {
    Item::Shape(Shape {
        id: None,
        class: Some("legend-swatch".into()),
        title: None,
        geometry: Geometry::Lines(MultiLineString::new(vec![LineString::from(vec![
            (x, y),
            (x + SWATCH_W * s, y),
        ])])),
        fill: Fill::None,
        stroke: Some(stroke),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Color;

    #[test]
    fn the_box_grows_with_rows_and_words() {
        let row = |w: &str| Row {
            swatch: Swatch::Area {
                fill: Fill::Color(Color::BLACK, 1.0),
                stroke: None,
            },
            words: w.into(),
        };
        let small = Legend::new(vec![row("a")], 1.0);
        let big = Legend::new(vec![row("a"), row("a much longer legend entry")], 1.0);
        assert!(big.size.x > small.size.x);
        assert!((big.size.y - small.size.y - ROW).abs() <= 1.0);
        let half = Legend::new(vec![row("a"), row("a much longer legend entry")], 0.5);
        assert!((half.size.x - big.size.x / 2.0).abs() <= 1.0);
    }
}
