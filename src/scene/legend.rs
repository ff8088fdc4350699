//! The legend: one row per thing on this map (and only those), laid out either in a box
//! on the map (one column) or in a band under it (blocks side by side, for narrow maps
//! where a box would hide too much of the map).

use geo::{Coord, LineString, MultiLineString};

use super::chrome::panel;
use super::text::{CAP_HEIGHT, width, wrap};
use super::{Fill, Geometry, Item, Shape, Stroke, Text, Theme};

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

/// A row laid out: where it is in the legend, and its words' lines.
#[derive(Debug, Clone)]
struct Placed {
    at: Coord<f64>,
    row: Row,
    lines: Vec<String>,
}

/// A laid-out legend: its rows with their offsets, and its size, at scale `s`.
#[derive(Debug, Clone)]
pub(crate) struct Legend {
    rows: Vec<Placed>,
    s: f64,
    boxed: bool,
    pub size: Coord<f64>,
}

const PAD: f64 = 12.0;
const ROW: f64 = 21.0;
const SWATCH_W: f64 = 28.0;
const SWATCH_H: f64 = 15.0;
const GAP: f64 = 9.0;
const FONT: f64 = 13.0;
const HEADING: f64 = 13.5;
const BLOCK_GAP: f64 = 30.0;
/// Between blocks one under the other in a box.
const STACK_GAP: f64 = 8.0;
/// The widest a row's words may be before they wrap onto another line.
const WORDS_MAX: f64 = 220.0;
/// The distance between the lines of a wrapped row.
const LINE: f64 = 15.5;

/// A row's words as lines no wider than [`WORDS_MAX`] (a single word longer than that
/// keeps its own line).
fn lines(r: &Row, s: f64) -> Vec<String> {
    let (size, bold) = font(r);
    let lines = wrap(&r.words, size * s, bold, WORDS_MAX * s);
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

/// A row's font size at 1600 px and weight.
fn font(r: &Row) -> (f64, bool) {
    match r.swatch {
        Swatch::Heading => (HEADING, true),
        _ => (FONT, false),
    }
}

/// The width of a row whose words are set in `lines`.
fn row_width(r: &Row, lines: &[String], s: f64) -> f64 {
    let (size, bold) = font(r);
    let words = lines
        .iter()
        .map(|l| width(l, size * s, bold, 0.0))
        .fold(0.0, f64::max);
    match r.swatch {
        Swatch::Heading => words,
        _ => (SWATCH_W + GAP) * s + words,
    }
}

/// The height a row of `n` lines takes, the gap under it included.
fn row_height(n: usize, s: f64) -> f64 {
    (ROW + n.saturating_sub(1) as f64 * LINE) * s
}

/// A block's rows with their lines, offsets from the block's top, width and height.
fn block(rows: Vec<Row>, s: f64) -> (Vec<Placed>, f64, f64) {
    let mut y = 0.0;
    let mut w = 0.0_f64;
    let placed = rows
        .into_iter()
        .map(|row| {
            let lines = lines(&row, s);
            w = w.max(row_width(&row, &lines, s));
            let at = Coord { x: 0.0, y };
            y += row_height(lines.len(), s);
            Placed { at, row, lines }
        })
        .collect();
    (placed, w, y)
}

impl Legend {
    /// One column of rows in a box.
    pub fn new(rows: Vec<Row>, s: f64) -> Legend {
        Legend::boxed(vec![rows], s)
    }

    /// One column in a box: the blocks one under the other, a little apart, so that the
    /// rows of lines and symbols after the last power are not read as that power's.
    pub fn boxed(blocks: Vec<Vec<Row>>, s: f64) -> Legend {
        let mut placed = Vec::new();
        let (mut text_w, mut h) = (0.0_f64, 0.0_f64);
        for rows in blocks.into_iter().filter(|b| !b.is_empty()) {
            if h > 0.0 {
                h += STACK_GAP * s;
            }
            let (rows, w, block_h) = block(rows, s);
            placed.extend(rows.into_iter().map(|p| Placed {
                at: p.at
                    + Coord {
                        x: PAD * s,
                        y: PAD * s + h,
                    },
                ..p
            }));
            text_w = text_w.max(w);
            h += block_h;
        }
        Legend {
            rows: placed,
            s,
            boxed: true,
            size: Coord {
                x: (text_w + 2.0 * PAD * s).ceil(),
                y: (h + 2.0 * PAD * s - 4.0 * s).ceil(),
            },
        }
    }

    /// Blocks side by side across `max_width`, wrapping to a new line of blocks when full.
    pub fn band(blocks: Vec<Vec<Row>>, s: f64, max_width: f64) -> Legend {
        let mut placed = Vec::new();
        let (mut x, mut y, mut line_h, mut widest) = (0.0_f64, 0.0_f64, 0.0_f64, 0.0_f64);
        for rows in blocks.into_iter().filter(|b| !b.is_empty()) {
            let (rows, w, h) = block(rows, s);
            if x > 0.0 && x + w > max_width {
                x = 0.0;
                y += line_h + 8.0 * s;
                line_h = 0.0;
            }
            let origin = Coord { x, y };
            placed.extend(rows.into_iter().map(|p| Placed {
                at: p.at + origin,
                ..p
            }));
            widest = widest.max(x + w);
            line_h = line_h.max(h);
            x += w + BLOCK_GAP * s;
        }
        Legend {
            rows: placed,
            s,
            boxed: false,
            size: Coord {
                x: widest.ceil(),
                y: (y + line_h - 4.0 * s).max(0.0).ceil(),
            },
        }
    }

    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The legend's items with its top-left corner at `at`.
    pub fn items(&self, at: Coord<f64>, theme: &Theme) -> Vec<Item> {
        let s = self.s;
        // A row's words, one text per wrapped line (the later lines marked as continued).
        let text_lines = |x: f64, first: f64, lines: &[String], size: f64, bold: bool| {
            let class = if bold {
                "legend-heading"
            } else {
                "legend-label"
            };
            lines
                .iter()
                .enumerate()
                .map(move |(i, line)| {
                    Item::Text(
                        Text::plain(
                            Coord {
                                x,
                                y: first + i as f64 * LINE * s,
                            },
                            line.clone(),
                            size,
                            bold,
                            theme.text,
                            if i == 0 {
                                class
                            } else if bold {
                                "legend-heading continued"
                            } else {
                                "legend-label continued"
                            },
                        )
                        .continuing(i > 0),
                    )
                })
                .collect::<Vec<_>>()
        };
        let mut items = Vec::new();
        if self.boxed {
            items.push(panel("legend-box", at, self.size, theme, 0.8 * s));
        }
        for Placed {
            at: offset,
            row,
            lines,
        } in &self.rows
        {
            let top = at.y + offset.y;
            let mid = top + SWATCH_H * s / 2.0;
            let x = at.x + offset.x;
            let text_x = x + (SWATCH_W + GAP) * s;
            let baseline = |size: f64| mid + CAP_HEIGHT * size / 2.0;
            match &row.swatch {
                Swatch::Heading => {
                    items.extend(text_lines(
                        x,
                        baseline(HEADING * s),
                        lines,
                        HEADING * s,
                        true,
                    ));
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
            items.extend(text_lines(
                text_x,
                baseline(FONT * s),
                lines,
                FONT * s,
                false,
            ));
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

    fn row(w: &str) -> Row {
        Row {
            swatch: Swatch::Area {
                fill: Fill::Color(Color::BLACK, 1.0),
                stroke: None,
            },
            words: w.into(),
        }
    }

    #[test]
    fn the_box_grows_with_rows_and_words() {
        let small = Legend::boxed(vec![vec![row("a")]], 1.0);
        let big = Legend::boxed(
            vec![vec![row("a")], vec![row("a much longer legend entry")]],
            1.0,
        );
        assert!(big.size.x > small.size.x);
        // A second block: its row and the gap between blocks.
        assert!((big.size.y - small.size.y - ROW - STACK_GAP).abs() <= 1.0);
        let half = Legend::boxed(
            vec![vec![row("a")], vec![row("a much longer legend entry")]],
            0.5,
        );
        assert!((half.size.x - big.size.x / 2.0).abs() <= 1.0);
    }

    #[test]
    fn a_band_puts_blocks_side_by_side_and_wraps() {
        let blocks = || {
            vec![
                vec![row("first block"), row("two")],
                vec![row("second block")],
                vec![row("third block")],
            ]
        };
        let wide = Legend::band(blocks(), 1.0, 2000.0);
        assert!(
            (wide.size.y - (2.0 * ROW - 4.0)).abs() <= 1.0,
            "one line of blocks: {:?}",
            wide.size
        );
        let narrow = Legend::band(blocks(), 1.0, 150.0);
        assert!(
            narrow.size.y > 3.0 * ROW,
            "wrapped onto three lines: {:?}",
            narrow.size
        );
        assert!(narrow.size.x <= 150.0);
    }

    #[test]
    fn long_words_wrap_onto_more_lines_and_the_legend_grows_to_hold_them() {
        let long = "Russian Republic (Provisional Government), a name longer than a row";
        let one = Legend::boxed(vec![vec![row("short")]], 1.0);
        let two = Legend::boxed(vec![vec![row(long)]], 1.0);
        assert!(two.size.x <= (WORDS_MAX + SWATCH_W + GAP + 2.0 * PAD).ceil());
        assert!(two.size.y > one.size.y, "{:?} {:?}", one.size, two.size);
        let texts: Vec<String> = two
            .items(Coord { x: 0.0, y: 0.0 }, &Theme::default())
            .into_iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.text),
                _ => None,
            })
            .collect();
        assert!(texts.len() >= 2, "{texts:?}");
        assert_eq!(texts.join(" "), long, "every word, in order, none cut");
        for (size, legend) in [
            (1.0, &two),
            (0.5, &Legend::band(vec![vec![row(long)]], 0.5, 800.0)),
        ] {
            assert!(
                legend.size.x
                    <= ((WORDS_MAX + SWATCH_W + GAP) * size + 2.0 * PAD * size).ceil() + 1.0
            );
        }
    }
}
