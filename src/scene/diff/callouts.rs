//! The diff map's region names: each changed region with its name and "before → after",
//! inside it where it fits, else beside it with a leader; unchanged regions named in muted
//! italics where there is room.

use geo::{BoundingRect, Coord, LineString, MultiLineString, Rect};

use super::super::labels::{Look, Placer, blocks_inside, candidates_inside, text_box, wrap};
use super::super::locate::Located;
use super::super::text::CAP_HEIGHT;
use super::super::{Anchor, Fill, Geometry, Item, Prepared, Shape, Stroke, Text};
use crate::model::Color;
use crate::words::short_name;

/// A changed group to name: its regions and its name.
pub(super) struct Callout<'a> {
    pub members: &'a [usize],
    pub name: &'a str,
}

/// Per region: whether a label of another region may not cover it.
pub(super) struct Taken {
    /// Changed, or held at either moment: avoided if at all possible.
    pub held: Vec<bool>,
    /// Changed: never covered.
    pub changed: Vec<bool>,
}

/// Lines of text (each with its own look) stacked and centred on `centre`.
fn stack(centre: Coord<f64>, lines: &[(&Look, &str)]) -> Vec<Text> {
    let heights: Vec<f64> = lines.iter().map(|(l, _)| l.size * 1.18).collect();
    let total: f64 = heights.iter().sum();
    let mut top = centre.y - total / 2.0;
    let mut out = Vec::new();
    for ((look, words), h) in lines.iter().zip(&heights) {
        let baseline = top + h / 2.0 + CAP_HEIGHT * look.size / 2.0;
        out.push(look.text(
            Coord {
                x: centre.x,
                y: baseline,
            },
            Anchor::Middle,
            words,
        ));
        top += h;
    }
    out
}

/// Labels a changed region with its name and `detail` ("before → after") in `ink`:
/// inside it if it fits, else the name alone inside, else both beside it.
pub(super) fn label_changed(
    p: &Prepared,
    c: &Callout,
    detail: &str,
    ink: Color,
    taken: &Taken,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let area = p.union(c.members);
    let Some((centre, poly, located_poly)) = &area.centre else {
        return;
    };
    let span = poly.bounding_rect().map_or(0.0, |r| r.width());
    let name = short_name(c.name).to_uppercase();
    let inside = |candidates: Vec<Vec<Text>>, pad: f64, placer: &mut Placer| {
        placer.place_first(candidates, pad)
    };
    let ts = p.ts;
    for size in [15.0, 13.0, 11.5, 10.0] {
        let candidates = with_change(p, &name, detail, ink, size, span, |make| {
            candidates_inside(located_poly, *centre, ts, make)
        });
        if let Some(lines) = inside(candidates, 2.0 * ts, placer) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
    // The name alone inside, smaller: the fill and the legend still say the change.
    for size in [13.0, 11.5, 10.0, 9.0] {
        let look = Look {
            size: size * ts,
            bold: true,
            italic: false,
            color: ink,
            halo: Some((p.theme().halo, 3.0 * ts)),
            spacing: 0.04 * size * ts,
            class: "region-label changed",
        };
        let wrapped = wrap(&name, &look, span * 0.85);
        let candidates = blocks_inside(located_poly, *centre, ts, &wrapped, &look);
        if let Some(lines) = inside(candidates, 1.5 * ts, placer) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
    beside(p, c, detail, ink, *centre, taken, placer, out);
}

/// The blocks of a changed region's name (wrapped to its width) over its change, in one
/// line or two ("before →" / "after"), at font size `size` (× text scale), each made into
/// candidates by `place`.
fn with_change(
    p: &Prepared,
    name: &str,
    detail: &str,
    ink: Color,
    size: f64,
    span: f64,
    place: impl Fn(&dyn Fn(Coord<f64>) -> Vec<Text>) -> Vec<Vec<Text>>,
) -> Vec<Vec<Text>> {
    let (ts, theme) = (p.ts, p.theme());
    let (before, after) = match detail.split_once(" → ") {
        Some((x, y)) => (format!("{x} →"), y.to_string()),
        None => (detail.to_string(), String::new()),
    };
    let name_look = Look {
        size: size * ts,
        bold: true,
        italic: false,
        color: ink,
        halo: Some((theme.halo, 3.2 * ts)),
        spacing: 0.06 * size * ts,
        class: "region-label changed",
    };
    let detail_look = Look {
        size: (size - 2.0).max(9.5) * ts,
        bold: false,
        italic: false,
        color: theme.text,
        halo: Some((theme.halo, 3.0 * ts)),
        spacing: 0.0,
        class: "change-label",
    };
    let mut candidates = Vec::new();
    for name_lines in wrap(name, &name_look, span * 0.85) {
        let with = |extra: &[&str]| -> Vec<(&Look, String)> {
            name_lines
                .iter()
                .map(|l| (&name_look, l.clone()))
                .chain(extra.iter().map(|e| (&detail_look, e.to_string())))
                .collect()
        };
        let variants = [with(&[detail]), with(&[before.as_str(), after.as_str()])];
        for lines in &variants {
            let refs: Vec<(&Look, &str)> = lines.iter().map(|(l, w)| (*l, w.as_str())).collect();
            candidates.extend(place(&|at| stack(at, &refs)));
        }
    }
    candidates
}

/// A changed region too small for even its name: the name and the change beside it,
/// near and on open sea or unheld land if possible, then near over an unchanged region,
/// then the same farther away, never over another changed region; with a leader from the
/// label to the region when the label is not beside it.
#[allow(clippy::too_many_arguments)]
fn beside(
    p: &Prepared,
    c: &Callout,
    detail: &str,
    ink: Color,
    centre: Coord<f64>,
    taken: &Taken,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let ts = p.ts;
    let area = p.union(c.members);
    let Some(b) = area.shape.bbox() else {
        return;
    };
    let candidates = beside_candidates(p, b, short_name(c.name), detail, ink);
    let own = &area.shape;
    // Whether a block covers a region other than this one that `counts`.
    let covers = |block: &Vec<Text>, counts: &[bool]| {
        block.iter().any(|t| {
            let r = text_box(t, 0.0);
            (0..=4).any(|i| {
                (0..=2).any(|j| {
                    let pt = Coord {
                        x: r.min().x + r.width() * f64::from(i) / 4.0,
                        y: r.min().y + r.height() * f64::from(j) / 2.0,
                    };
                    !own.contains(pt)
                        && p.located_regions
                            .iter()
                            .enumerate()
                            .any(|(k, shape)| counts.get(k) == Some(&true) && shape.contains(pt))
                })
            })
        })
    };
    let tier = |near: bool, strict: bool| -> Vec<Vec<Text>> {
        candidates
            .iter()
            .filter(|(n, b)| {
                *n == near && !covers(b, if strict { &taken.held } else { &taken.changed })
            })
            .map(|(_, b)| b.clone())
            .collect()
    };
    let mut placed = None;
    for (near, strict) in [(true, true), (true, false), (false, true), (false, false)] {
        placed = placer.place_first(tier(near, strict), 2.0 * ts);
        if placed.is_some() {
            break;
        }
    }
    let Some(lines) = placed else {
        return;
    };
    leader(p, own, centre, &lines, out);
    out.extend(lines.into_iter().map(Item::Text));
}

/// A leader from a label's `lines` to the region's `centre`, when the label does not
/// touch the region (`own`).
fn leader(p: &Prepared, own: &Located, centre: Coord<f64>, lines: &[Text], out: &mut Vec<Item>) {
    let (ts, theme) = (p.ts, p.theme());
    let boxes: Vec<Rect<f64>> = lines.iter().map(|t| text_box(t, 1.0 * ts)).collect();
    let end = boxes
        .iter()
        .map(|r| Coord {
            x: centre.x.clamp(r.min().x, r.max().x),
            y: centre.y.clamp(r.min().y, r.max().y),
        })
        .min_by(|x, y| {
            let d = |q: &Coord<f64>| (q.x - centre.x).hypot(q.y - centre.y);
            d(x).total_cmp(&d(y))
        });
    let Some(end) = end else { return };
    if own.contains(end) {
        return;
    }
    out.push(Item::Shape(Shape {
        id: None,
        class: Some("leader".into()),
        title: None,
        geometry: Geometry::Lines(MultiLineString::new(vec![LineString::from(vec![
            centre, end,
        ])])),
        fill: Fill::None,
        stroke: Some(Stroke {
            color: theme.text,
            width: 1.0 * ts,
            opacity: 0.8,
            dash: Vec::new(),
        }),
    }));
    out.push(Item::Shape(Shape {
        id: None,
        class: Some("leader-end".into()),
        title: None,
        geometry: Geometry::Circle {
            at: centre,
            r: 2.2 * ts,
        },
        fill: Fill::Color(theme.text, 1.0),
        stroke: Some(Stroke::solid(theme.halo, 1.0 * ts)),
    }));
}

/// Places beside the box `b` of a region for its `name` over its `detail`, nearest first,
/// each marked near (within 60 px at 1600 px) or not: right and left at three heights,
/// below and above, then off the corners.
fn beside_candidates(
    p: &Prepared,
    b: Rect<f64>,
    name: &str,
    detail: &str,
    ink: Color,
) -> Vec<(bool, Vec<Text>)> {
    let (ts, theme) = (p.ts, p.theme());
    let look = Look {
        size: 11.5 * ts,
        bold: true,
        italic: false,
        color: ink,
        halo: Some((theme.halo, 3.0 * ts)),
        spacing: 0.0,
        class: "region-label changed outside",
    };
    let small = Look {
        size: 10.5 * ts,
        bold: false,
        color: theme.text,
        class: "change-label outside",
        ..look.clone()
    };
    let pair = |x: f64, y: f64, anchor: Anchor| {
        vec![
            look.text(Coord { x, y: y - 1.0 * ts }, anchor, name),
            small.text(
                Coord {
                    x,
                    y: y + 12.0 * ts,
                },
                anchor,
                detail,
            ),
        ]
    };
    let mut candidates = Vec::new();
    let cx = (b.min().x + b.max().x) / 2.0;
    for far in [6.0, 30.0, 60.0, 100.0, 150.0] {
        let gap = far * ts;
        let near = far <= 60.0;
        for t in [0.5, 0.25, 0.75] {
            let y = b.min().y + (b.max().y - b.min().y) * t;
            for (x, anchor) in [
                (b.max().x + gap, Anchor::Start),
                (b.min().x - gap, Anchor::End),
            ] {
                candidates.push((near, pair(x, y, anchor)));
            }
        }
        for y in [b.max().y + gap + 14.0 * ts, b.min().y - gap - 14.0 * ts] {
            candidates.push((
                near,
                stack(Coord { x: cx, y }, &[(&look, name), (&small, detail)]),
            ));
        }
        // Diagonally off the corners.
        for (x, anchor) in [
            (b.max().x + gap * 0.7, Anchor::Start),
            (b.min().x - gap * 0.7, Anchor::End),
        ] {
            for y in [b.min().y - gap * 0.7, b.max().y + gap * 0.7 + 14.0 * ts] {
                candidates.push((near, pair(x, y, anchor)));
            }
        }
    }
    candidates
}

/// Labels an unchanged region with its name, muted, only where there is room.
pub(super) fn label_unchanged(
    p: &Prepared,
    members: &[usize],
    name: &str,
    placer: &mut Placer,
    out: &mut Vec<Item>,
) {
    let area = p.union(members);
    let Some((centre, poly, located_poly)) = &area.centre else {
        return;
    };
    let ts = p.ts;
    let span = poly.bounding_rect().map_or(0.0, |r| r.width());
    let name = short_name(name).to_uppercase();
    for size in [12.0, 10.5] {
        let look = Look {
            size: size * ts,
            bold: false,
            italic: p.italic(true),
            color: p.theme().muted,
            halo: Some((p.theme().halo, 2.6 * ts)),
            spacing: 0.08 * size * ts,
            class: "region-label unchanged",
        };
        let wrapped = wrap(&name, &look, span * 0.8);
        let candidates = blocks_inside(located_poly, *centre, ts, &wrapped, &look);
        if let Some(lines) = placer.place_first(candidates, 2.0 * ts) {
            out.extend(lines.into_iter().map(Item::Text));
            return;
        }
    }
}
