//! Region fills and the borders drawn over them. A map kind says how each region looks
//! (its fill, classes, tooltip and border); this builder makes the shapes, skipping regions
//! that lie outside the frame, and has each border refer to the area it outlines.

use super::{Fill, Geometry, Item, Prepared, Shape, Stroke, Theme};
use crate::model::Scenario;

/// How one region is drawn.
pub(super) struct RegionLook {
    /// Classes of the fill, e.g. `region japan sphere`.
    pub class: String,
    /// The tooltip.
    pub title: String,
    /// The inside paint.
    pub fill: Fill,
    /// An outline drawn with the fill (the `outline` status style).
    pub stroke: Option<Stroke>,
    /// The border drawn over the fills: its classes and stroke.
    pub border: (&'static str, Stroke),
}

/// A region drawn: its index in the scenario, its fill and its border.
pub(super) struct RegionShapes {
    pub index: usize,
    pub fill: Item,
    pub border: Item,
}

/// The fill and border of every region on the map, in the scenario's order, each drawn
/// as `look(index)` says.
pub(super) fn regions(
    scenario: &Scenario,
    p: &Prepared,
    mut look: impl FnMut(usize) -> RegionLook,
) -> Vec<RegionShapes> {
    let mut out = Vec::new();
    for (index, (r, shape)) in scenario.regions.iter().zip(&p.regions).enumerate() {
        if shape.0.is_empty() {
            continue;
        }
        let l = look(index);
        let id = format!("region-{}", r.id);
        let border = Item::Shape(Shape {
            id: None,
            class: Some(l.border.0.into()),
            title: None,
            geometry: Geometry::Outline(id.clone()),
            fill: Fill::None,
            stroke: Some(l.border.1),
        });
        let fill = Item::Shape(Shape {
            id: Some(id),
            class: Some(l.class),
            title: Some(l.title),
            geometry: Geometry::Area(shape.clone()),
            fill: l.fill,
            stroke: l.stroke,
        });
        out.push(RegionShapes {
            index,
            fill,
            border,
        });
    }
    out
}

/// The border of a region whose boundary is well known: one pixel wide at 1600 px
/// (tiny-skia draws strokes up to a pixel as anti-aliased hairlines, which on the maps of
/// a batch took a third less time than a 1.1 px border; BENCHMARKS.md).
pub(super) fn border(theme: &Theme, s: f64) -> Stroke {
    Stroke {
        color: theme.region_border,
        width: 1.0 * s,
        opacity: 0.9,
        dash: Vec::new(),
    }
}

/// The border of a region whose boundary is uncertain: dashed, in the treaty lines' ink.
pub(super) fn uncertain_border(theme: &Theme, s: f64) -> Stroke {
    Stroke {
        color: theme.treaty,
        width: 1.1 * s,
        opacity: 0.8,
        dash: vec![5.0 * s, 3.5 * s],
    }
}
