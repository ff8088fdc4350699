//! Point-in-area tests for the thousands of samples that legend and label placement take
//! on every map: exact (the same answers as `geo::Contains`), but most of them answered
//! from a grid of cells instead of a walk around every ring.
//!
//! A cell that no edge of the area touches lies wholly inside or wholly outside; which one
//! is asked of `geo` once per connected group of such cells. Points in cells that an edge
//! touches, the thin band along the outline, fall back to `geo`.

use geo::{BoundingRect, Contains, Coord, MultiPolygon, Polygon, Rect};

/// Side of a grid cell, in pixels: small enough that few samples land in the band of
/// cells along the outline, large enough that building the grid stays cheap.
const CELL: f64 = 4.0;
/// Cells are grown by this much (pixels) when testing whether an edge touches them, so
/// that rounding in the test can only mark too many cells, never too few.
const SLACK: f64 = 1e-6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Outside,
    Inside,
    Edge,
}

/// An area prepared for many point-in-area tests (see the tests below for its use).
#[derive(Debug, Clone)]
pub(crate) struct Located {
    area: MultiPolygon<f64>,
    /// Each polygon's bounding box, to skip far polygons in the exact fallback.
    boxes: Vec<Option<Rect<f64>>>,
    bbox: Option<Rect<f64>>,
    origin: Coord<f64>,
    nx: usize,
    ny: usize,
    cells: Vec<Cell>,
}

impl Located {
    /// Prepares `area` (canvas pixels).
    pub fn new(area: MultiPolygon<f64>) -> Located {
        let boxes = area.0.iter().map(|p| p.bounding_rect()).collect();
        let bbox = area.bounding_rect();
        let mut located = Located {
            area,
            boxes,
            bbox,
            origin: Coord { x: 0.0, y: 0.0 },
            nx: 0,
            ny: 0,
            cells: Vec::new(),
        };
        let Some(b) = bbox else { return located };
        if !(b.width().is_finite() && b.height().is_finite()) {
            return located;
        }
        let nx = (b.width() / CELL).floor() as usize + 1;
        let ny = (b.height() / CELL).floor() as usize + 1;
        if nx.saturating_mul(ny) > 4_000_000 {
            // A huge canvas: the exact test alone is slower but needs no memory.
            return located;
        }
        located.origin = b.min();
        located.nx = nx;
        located.ny = ny;
        located.cells = vec![Cell::Outside; nx * ny];
        located.mark_edges();
        located.fill();
        located
    }

    /// Prepares a single polygon.
    pub fn polygon(poly: Polygon<f64>) -> Located {
        Located::new(MultiPolygon::new(vec![poly]))
    }

    /// The area's bounding box.
    pub fn bbox(&self) -> Option<Rect<f64>> {
        self.bbox
    }

    fn cell_rect(&self, i: usize, j: usize) -> Rect<f64> {
        let min = Coord {
            x: self.origin.x + i as f64 * CELL,
            y: self.origin.y + j as f64 * CELL,
        };
        Rect::new(min, min + Coord { x: CELL, y: CELL })
    }

    /// Marks every cell that an edge of any ring touches.
    fn mark_edges(&mut self) {
        let mut marks = Vec::new();
        for poly in &self.area.0 {
            for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
                for line in ring.lines() {
                    let (a, b) = (line.start, line.end);
                    let lo = |v: f64, o: f64| ((v - SLACK - o) / CELL).floor().max(0.0) as usize;
                    let hi = |v: f64, o: f64, n: usize| {
                        (((v + SLACK - o) / CELL).floor().max(0.0) as usize).min(n - 1)
                    };
                    let (i0, i1) = (
                        lo(a.x.min(b.x), self.origin.x),
                        hi(a.x.max(b.x), self.origin.x, self.nx),
                    );
                    let (j0, j1) = (
                        lo(a.y.min(b.y), self.origin.y),
                        hi(a.y.max(b.y), self.origin.y, self.ny),
                    );
                    for j in j0..=j1 {
                        for i in i0..=i1 {
                            if touches(a, b, &self.cell_rect(i, j)) {
                                marks.push(j * self.nx + i);
                            }
                        }
                    }
                }
            }
        }
        for k in marks {
            self.cells[k] = Cell::Edge;
        }
    }

    /// Gives every untouched cell its side: one exact test per connected group of them
    /// (no edge separates two untouched cells that share a side).
    fn fill(&mut self) {
        let mut seen = vec![false; self.cells.len()];
        let mut stack = Vec::new();
        let mut group = Vec::new();
        for start in 0..self.cells.len() {
            if seen[start] || self.cells[start] == Cell::Edge {
                continue;
            }
            let centre = {
                let r = self.cell_rect(start % self.nx, start / self.nx);
                (r.min() + r.max()) / 2.0
            };
            let side = if self.exact(centre) {
                Cell::Inside
            } else {
                Cell::Outside
            };
            seen[start] = true;
            stack.push(start);
            group.clear();
            while let Some(k) = stack.pop() {
                group.push(k);
                let (i, j) = (k % self.nx, k / self.nx);
                let mut visit = |n: usize| {
                    if !seen[n] && self.cells[n] != Cell::Edge {
                        seen[n] = true;
                        stack.push(n);
                    }
                };
                if i > 0 {
                    visit(k - 1);
                }
                if i + 1 < self.nx {
                    visit(k + 1);
                }
                if j > 0 {
                    visit(k - self.nx);
                }
                if j + 1 < self.ny {
                    visit(k + self.nx);
                }
            }
            for &k in &group {
                self.cells[k] = side;
            }
        }
    }

    /// `geo`'s answer, skipping polygons whose box does not hold the point.
    fn exact(&self, c: Coord<f64>) -> bool {
        self.area.0.iter().zip(&self.boxes).any(|(poly, b)| {
            b.is_some_and(|b| {
                c.x >= b.min().x && c.x <= b.max().x && c.y >= b.min().y && c.y <= b.max().y
            }) && poly.contains(&c)
        })
    }

    /// Whether the point lies inside the area (not on its outline), as `geo::Contains`.
    pub fn contains(&self, c: Coord<f64>) -> bool {
        let Some(b) = self.bbox else { return false };
        if !(c.x >= b.min().x && c.x <= b.max().x && c.y >= b.min().y && c.y <= b.max().y) {
            return false;
        }
        if self.cells.is_empty() {
            return self.exact(c);
        }
        let i = (((c.x - self.origin.x) / CELL) as usize).min(self.nx - 1);
        let j = (((c.y - self.origin.y) / CELL) as usize).min(self.ny - 1);
        match self.cells[j * self.nx + i] {
            Cell::Outside => false,
            Cell::Inside => true,
            Cell::Edge => self.exact(c),
        }
    }
}

/// Whether the segment a–b touches the rectangle grown by [`SLACK`].
fn touches(a: Coord<f64>, b: Coord<f64>, r: &Rect<f64>) -> bool {
    let (x0, y0) = (r.min().x - SLACK, r.min().y - SLACK);
    let (x1, y1) = (r.max().x + SLACK, r.max().y + SLACK);
    if a.x.max(b.x) < x0 || a.x.min(b.x) > x1 || a.y.max(b.y) < y0 || a.y.min(b.y) > y1 {
        return false;
    }
    // The bounding boxes overlap: the segment misses the box only if all four corners lie
    // strictly on one side of its line.
    let d = b - a;
    let side = |x: f64, y: f64| d.x * (y - a.y) - d.y * (x - a.x);
    let s = [side(x0, y0), side(x1, y0), side(x0, y1), side(x1, y1)];
    !(s.iter().all(|&v| v > 0.0) || s.iter().all(|&v| v < 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::LineString;

    /// A ring of `n` points on a wobbly circle, with a square hole: curved and straight
    /// edges, in and out of the grid cells at every angle.
    fn shape() -> MultiPolygon<f64> {
        let n = 400;
        let ring: Vec<(f64, f64)> = (0..=n)
            .map(|k| {
                let t = std::f64::consts::TAU * (k % n) as f64 / n as f64;
                let r = 150.0 + 40.0 * (5.0 * t).sin();
                (300.0 + r * t.cos(), 250.0 + r * t.sin())
            })
            .collect();
        let hole = LineString::from(vec![
            (280.0, 230.0),
            (320.0, 230.0),
            (320.0, 270.0),
            (280.0, 270.0),
            (280.0, 230.0),
        ]);
        let island = Polygon::new(
            LineString::from(vec![
                (600.0, 100.0),
                (610.0, 100.0),
                (605.0, 112.0),
                (600.0, 100.0),
            ]),
            vec![],
        );
        MultiPolygon::new(vec![
            Polygon::new(LineString::from(ring), vec![hole]),
            island,
        ])
    }

    #[test]
    fn answers_as_geo_does_everywhere() {
        let area = shape();
        let located = Located::new(area.clone());
        // A fine grid offset from the cells, plus points on cell corners and on the
        // hole's edges, where the grid and the exact test must still agree.
        let mut points = Vec::new();
        for j in 0..560 {
            for i in 0..700 {
                points.push(Coord {
                    x: i as f64 * 0.93 + 0.01,
                    y: j as f64 * 0.91 + 0.02,
                });
            }
        }
        for j in 0..130 {
            for i in 0..160 {
                points.push(Coord {
                    x: 100.0 + i as f64 * CELL,
                    y: 90.0 + j as f64 * CELL,
                });
            }
        }
        points.extend([
            Coord { x: 280.0, y: 250.0 },
            Coord { x: 300.0, y: 230.0 },
            Coord { x: 605.0, y: 100.0 },
        ]);
        for p in points {
            assert_eq!(located.contains(p), area.contains(&p), "{p:?}");
        }
    }

    #[test]
    fn an_empty_area_contains_nothing() {
        let located = Located::new(MultiPolygon::new(vec![]));
        assert!(!located.contains(Coord { x: 0.0, y: 0.0 }));
    }
}
