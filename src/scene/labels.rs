//! Label placement: every label gets a box, and a box is placed only where it overlaps
//! no other label, no legend and stays inside the frame. A label that does not fit is
//! left out rather than overlapped.
//!
//! Labels are placed greedily in priority order (region names first, then cities by
//! rank, then context names), each trying a few candidate positions.

use geo::{BoundingRect, Coord, MultiPolygon, Polygon, Rect};

use super::locate::Located;
use super::text::{self, CAP_HEIGHT, DESCENT, width};
use super::{Anchor, Text};
use crate::model::Color;

/// The boxes already taken on the canvas, and the area labels must stay in.
#[derive(Debug, Clone)]
pub(crate) struct Placer {
    frame: Rect<f64>,
    taken: Vec<Rect<f64>>,
}

impl Placer {
    /// Labels must stay inside `frame` and off every box in `obstacles`.
    pub fn new(frame: Rect<f64>, obstacles: Vec<Rect<f64>>) -> Placer {
        Placer {
            frame,
            taken: obstacles,
        }
    }

    /// Whether a box is free and inside the frame.
    pub fn fits(&self, r: &Rect<f64>) -> bool {
        let f = &self.frame;
        r.min().x >= f.min().x
            && r.min().y >= f.min().y
            && r.max().x <= f.max().x
            && r.max().y <= f.max().y
            && !self.taken.iter().any(|t| overlaps(t, r))
    }

    /// Marks a box as taken.
    pub fn take(&mut self, r: Rect<f64>) {
        self.taken.push(r);
    }

    /// Places the first of `candidates` (each a set of lines with their boxes) that fits.
    pub fn place_first(&mut self, candidates: Vec<Vec<Text>>, pad: f64) -> Option<Vec<Text>> {
        for lines in candidates {
            let boxes: Vec<Rect<f64>> = lines.iter().map(|t| text_box(t, pad)).collect();
            if boxes.iter().all(|b| self.fits(b)) {
                self.taken.extend(boxes);
                return Some(lines);
            }
        }
        None
    }
}

/// Two boxes share some area (touching edges do not count).
pub(crate) fn overlaps(a: &Rect<f64>, b: &Rect<f64>) -> bool {
    a.min().x < b.max().x && b.min().x < a.max().x && a.min().y < b.max().y && b.min().y < a.max().y
}

/// The box a text covers, grown by `pad` on every side (room for its halo).
pub(crate) fn text_box(t: &Text, pad: f64) -> Rect<f64> {
    let w = width(&t.text, t.size, t.bold, t.spacing);
    let x0 = match t.anchor {
        Anchor::Start => t.at.x,
        Anchor::Middle => t.at.x - w / 2.0,
        Anchor::End => t.at.x - w,
    };
    Rect::new(
        Coord {
            x: x0 - pad,
            y: t.at.y - CAP_HEIGHT * t.size - pad,
        },
        Coord {
            x: x0 + w + pad,
            y: t.at.y + DESCENT * t.size + pad,
        },
    )
}

/// The look of a label, without its position and words.
#[derive(Debug, Clone)]
pub(crate) struct Look {
    pub size: f64,
    pub bold: bool,
    pub italic: bool,
    pub color: Color,
    pub halo: Option<(Color, f64)>,
    pub spacing: f64,
    pub class: &'static str,
}

impl Look {
    pub fn text(&self, at: Coord<f64>, anchor: Anchor, words: &str) -> Text {
        Text {
            at,
            text: words.to_string(),
            size: self.size,
            bold: self.bold,
            italic: self.italic,
            anchor,
            color: self.color,
            halo: self.halo,
            spacing: self.spacing,
            class: Some(self.class.to_string()),
            continues: false,
        }
    }

    /// Lines of text centred on `centre` (the middle of the block of lines).
    pub fn block(&self, centre: Coord<f64>, lines: &[String]) -> Vec<Text> {
        let leading = self.size * 1.15;
        let n = lines.len() as f64;
        // The baseline of the first line, so that the cap-height block is centred.
        let first = centre.y - (n - 1.0) * leading / 2.0 + CAP_HEIGHT * self.size / 2.0;
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                self.text(
                    Coord {
                        x: centre.x,
                        y: first + i as f64 * leading,
                    },
                    Anchor::Middle,
                    l,
                )
                .continuing(i > 0)
            })
            .collect()
    }
}

/// The box a dot of radius `r` at `at` keeps free of labels (a pixel of clearance).
pub(crate) fn dot_box(at: Coord<f64>, r: f64) -> Rect<f64> {
    // Nearly the square inside the dot's circle rather than the one round it: two towns
    // a few pixels apart (Port Arthur and Dairen) both get their dot, while labels, padded
    // when placed, still keep off the dots.
    let d = Coord {
        x: r * 0.75 + 0.5,
        y: r * 0.75 + 0.5,
    };
    Rect::new(at - d, at + d)
}

/// Where the name of a point (a city) may go, best first: right of it, left, above,
/// below, then the two upper diagonals; `gap` pixels from the point, `ts` the text scale.
pub(crate) fn point_label_candidates(
    look: &Look,
    at: Coord<f64>,
    gap: f64,
    ts: f64,
    name: &str,
) -> Vec<Vec<Text>> {
    let cap = look.size * 0.36;
    let place = |x: f64, y: f64, anchor: Anchor| vec![look.text(Coord { x, y }, anchor, name)];
    vec![
        place(at.x + gap, at.y + cap, Anchor::Start),
        place(at.x - gap, at.y + cap, Anchor::End),
        place(at.x, at.y - gap - 1.0 * ts, Anchor::Middle),
        place(at.x, at.y + gap + look.size * 0.75, Anchor::Middle),
        place(at.x + gap * 0.8, at.y - gap * 0.8, Anchor::Start),
        place(at.x - gap * 0.8, at.y - gap * 0.8, Anchor::End),
    ]
}

/// Splits a name into one or two lines: two when it is long and has a space, or a place
/// between Chinese or Japanese characters where a line may break.
pub(crate) fn wrap(name: &str, look: &Look, max_width: f64) -> Vec<Vec<String>> {
    let one = vec![name.to_string()];
    let mut options = vec![one];
    // The split that makes the longer line shortest.
    let best = text::two_lines(name)
        .into_iter()
        .map(|(a, b)| {
            let w = width(&a, look.size, look.bold, look.spacing).max(width(
                &b,
                look.size,
                look.bold,
                look.spacing,
            ));
            (w, vec![a, b])
        })
        .min_by(|x, y| x.0.total_cmp(&y.0));
    if let Some((_, two)) = best {
        if width(name, look.size, look.bold, look.spacing) > max_width {
            options.insert(0, two);
        } else {
            options.push(two);
        }
    }
    options
}

/// The point of a polygon set farthest from its edges (its visual centre), taken on the
/// largest polygon, and the largest polygon itself.
pub(crate) fn visual_centre(area: &MultiPolygon<f64>) -> Option<(Coord<f64>, Polygon<f64>)> {
    use geo::Area;
    let largest = area
        .0
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?
        .clone();
    let tolerance = largest
        .bounding_rect()
        .map_or(1.0, |b| (b.width().min(b.height()) / 50.0).max(0.5));
    let p = polylabel::polylabel(&largest, &tolerance).ok()?;
    Some((p.0, largest))
}

/// Where an area's label may sit, relative to its visual centre (× text scale), best
/// first.
pub(crate) const OFFSETS: [(f64, f64); 11] = [
    (0.0, 0.0),
    (0.0, -14.0),
    (0.0, 14.0),
    (-20.0, 0.0),
    (20.0, 0.0),
    (0.0, -28.0),
    (0.0, 28.0),
    (-24.0, -20.0),
    (24.0, -20.0),
    (-24.0, 20.0),
    (24.0, 20.0),
];

/// The blocks `make(at)` for each of [`OFFSETS`] around `centre` that lie inside `area`.
pub(crate) fn candidates_inside(
    area: &Located,
    centre: Coord<f64>,
    ts: f64,
    make: impl Fn(Coord<f64>) -> Vec<Text>,
) -> Vec<Vec<Text>> {
    OFFSETS
        .iter()
        .map(|(dx, dy)| {
            make(Coord {
                x: centre.x + dx * ts,
                y: centre.y + dy * ts,
            })
        })
        .filter(|block| inside(area, block, 0.0))
        .collect()
}

/// An area's name in each of its `wrapped` forms at each of [`OFFSETS`] around `centre`,
/// where it lies inside `area`.
pub(crate) fn blocks_inside(
    area: &Located,
    centre: Coord<f64>,
    ts: f64,
    wrapped: &[Vec<String>],
    look: &Look,
) -> Vec<Vec<Text>> {
    wrapped
        .iter()
        .flat_map(|lines| candidates_inside(area, centre, ts, |at| look.block(at, lines)))
        .collect()
}

/// Whether a text block lies inside an area (its box corners and edge midpoints).
pub(crate) fn inside(area: &Located, lines: &[Text], pad: f64) -> bool {
    block_within(|c| area.contains(c), lines, pad)
}

/// Whether every point of a text block that [`inside`] tests passes `contains`.
pub(crate) fn within(contains: impl Fn(Coord<f64>) -> bool, lines: &[Text], pad: f64) -> bool {
    block_within(contains, lines, pad)
}

fn block_within(contains: impl Fn(Coord<f64>) -> bool, lines: &[Text], pad: f64) -> bool {
    // The middle of each line and its top and bottom must be inside; the ends of a word may
    // overhang the edge a little (a sixth of its length each side), as area names on
    // hand-made maps do, so that narrow areas such as peninsulas can still be named.
    lines.iter().all(|t| {
        let b = text_box(t, pad);
        let (x0, y0, x1, y1) = (b.min().x, b.min().y, b.max().x, b.max().y);
        let (xm, ym) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        let inset = (x1 - x0) * 0.16;
        [
            (x0 + inset, y0),
            (x1 - inset, y0),
            (x0 + inset, y1),
            (x1 - inset, y1),
            (xm, y0),
            (xm, y1),
            (x0 + inset, ym),
            (x1 - inset, ym),
        ]
        .iter()
        .all(|&(x, y)| contains(Coord { x, y }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look() -> Look {
        Look {
            size: 12.0,
            bold: false,
            italic: false,
            color: Color::BLACK,
            halo: None,
            spacing: 0.0,
            class: "t",
        }
    }

    #[test]
    fn a_taken_box_blocks_overlapping_labels() {
        let frame = Rect::new((0.0, 0.0), (200.0, 200.0));
        let mut placer = Placer::new(frame, vec![]);
        let a = look().text(Coord { x: 100.0, y: 100.0 }, Anchor::Middle, "Harbin");
        assert!(placer.place_first(vec![vec![a.clone()]], 1.0).is_some());
        let b = look().text(Coord { x: 104.0, y: 104.0 }, Anchor::Middle, "Harbin");
        let c = look().text(Coord { x: 100.0, y: 140.0 }, Anchor::Middle, "Kirin");
        let placed = placer
            .place_first(vec![vec![b], vec![c.clone()]], 1.0)
            .unwrap();
        assert_eq!(placed, vec![c], "the second candidate is used");
        let outside = look().text(Coord { x: 195.0, y: 20.0 }, Anchor::Start, "Far");
        assert!(
            placer.place_first(vec![vec![outside]], 1.0).is_none(),
            "labels stay in the frame"
        );
    }

    #[test]
    fn long_names_wrap_onto_two_balanced_lines() {
        let options = wrap("Eastern Inner Mongolia", &look(), 60.0);
        assert_eq!(
            options[0],
            vec!["Eastern Inner".to_string(), "Mongolia".to_string()]
        );
        assert_eq!(wrap("Korea", &look(), 60.0).len(), 1);
    }

    #[test]
    fn the_visual_centre_of_a_square_is_its_middle() {
        let sq = MultiPolygon::new(vec![Polygon::new(
            geo::LineString::from(vec![
                (0.0, 0.0),
                (100.0, 0.0),
                (100.0, 100.0),
                (0.0, 100.0),
                (0.0, 0.0),
            ]),
            vec![],
        )]);
        let (c, _) = visual_centre(&sq).unwrap();
        assert!(
            (c.x - 50.0).abs() < 3.0 && (c.y - 50.0).abs() < 3.0,
            "{c:?}"
        );
    }
}
