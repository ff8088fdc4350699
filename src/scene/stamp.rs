//! Animation frames: year maps with a large date stamp, so the date can be read at a
//! glance while the animation plays. The stamp stays in one place for the whole
//! animation, in the corner of the map frame where it hides the least of what any frame
//! holds.

use geo::{Coord, Rect};
use rayon::prelude::*;

use super::labels::{overlaps, text_box};
use super::spot::{cheapest, samples};
use super::text::{CAP_HEIGHT, DESCENT, width};
use super::{Anchor, Geometry, Item, Layer, Prepared, Purpose, Scene, Text, build};
use crate::language::Language;
use crate::model::Scenario;
use crate::timeline::{Moment, State};

/// The size of the day-and-month line over the year, relative to the year.
const SMALL: f64 = 0.42;

/// The frames of an animation through `states`: each the year map of its state with the
/// date stamp on top, the stamp in the same place on every frame.
pub fn frames(scenario: &Scenario, p: &Prepared, states: &[State]) -> Vec<Scene> {
    let mut scenes: Vec<Scene> = states.par_iter().map(|s| build(scenario, p, s)).collect();
    let stamp = Stamp::place(p, states, &scenes);
    for (scene, state) in scenes.iter_mut().zip(states) {
        scene.layers.push(stamp.layer(p, state));
    }
    scenes
}

/// Where the stamp goes and how large it is.
struct Stamp {
    at: Coord<f64>,
    anchor: Anchor,
    size: f64,
}

impl Stamp {
    /// Sizes the stamp for the map and puts it in the frame corner (or edge middle) that
    /// hides the least over all frames: never on a legend, seldom on a held region.
    fn place(p: &Prepared, states: &[State], scenes: &[Scene]) -> Stamp {
        let ts = p.ts;
        let size = (50.0 * ts).round();
        let widest = states
            .iter()
            .map(|s| stamp_text(p.language(), s))
            .map(|(big, small)| {
                let small_w = small.map_or(0.0, |t| width(&t, size * SMALL, true, 0.0));
                width(&big, size, true, 0.0).max(small_w)
            })
            .fold(0.0, f64::max);
        let has_small = states
            .iter()
            .any(|s| stamp_text(p.language(), s).1.is_some());
        let up = CAP_HEIGHT * size + if has_small { size * SMALL * 1.25 } else { 0.0 };
        let down = DESCENT * size * 0.5;
        let m = 14.0 * ts;
        let (left, right) = (p.frame.min().x + m, p.frame.max().x - m);
        let (top, bottom) = (p.frame.min().y + m + up, p.frame.max().y - m - down);
        let mid = (p.frame.min().x + p.frame.max().x) / 2.0;
        // Corners first (the top right preferred on ties), then the middles of the edges.
        let spots = [
            (Coord { x: right, y: top }, Anchor::End),
            (Coord { x: left, y: top }, Anchor::Start),
            (
                Coord {
                    x: right,
                    y: bottom,
                },
                Anchor::End,
            ),
            (Coord { x: left, y: bottom }, Anchor::Start),
            (Coord { x: mid, y: top }, Anchor::Middle),
            (Coord { x: mid, y: bottom }, Anchor::Middle),
        ];
        let boxed = |at: Coord<f64>, anchor: Anchor| {
            let x0 = match anchor {
                Anchor::Start => at.x,
                Anchor::Middle => at.x - widest / 2.0,
                Anchor::End => at.x - widest,
            };
            let pad = 6.0 * ts;
            Rect::new(
                Coord {
                    x: x0 - pad,
                    y: at.y - up - pad,
                },
                Coord {
                    x: x0 + widest + pad,
                    y: at.y + down + pad,
                },
            )
        };
        let cost = hidden(p, states, scenes);
        let (at, anchor) = cheapest(spots, |&(at, anchor)| cost(&boxed(at, anchor)));
        Stamp { at, anchor, size }
    }

    /// The stamp of one frame, as a layer on top of the map.
    fn layer(&self, p: &Prepared, state: &State) -> Layer {
        let theme = p.theme();
        let (big, small) = stamp_text(p.language(), state);
        let text = |at, text, size| {
            Item::Text(Text {
                at,
                text,
                size,
                bold: true,
                italic: false,
                anchor: self.anchor,
                color: theme.text,
                halo: Some((theme.halo, (size * 0.18).max(2.0))),
                spacing: 0.0,
                class: Some("date-stamp".into()),
                continues: false,
            })
        };
        let mut items = Vec::new();
        if let Some(small) = small {
            let y = self.at.y - CAP_HEIGHT * self.size - self.size * SMALL * 0.45;
            items.push(text(Coord { x: self.at.x, y }, small, self.size * SMALL));
        }
        items.push(text(self.at, big, self.size));
        Layer::new("date-stamp", Purpose::Dated, items)
    }
}

/// What a box would hide over all frames: the legend never (a prohibitive cost), labels
/// and city dots much, and each region by the number of frames that hold it.
fn hidden<'a>(
    p: &'a Prepared,
    states: &[State],
    scenes: &[Scene],
) -> impl Fn(&Rect<f64>) -> f64 + 'a {
    let mut held_frames = vec![0usize; p.regions.len()];
    for s in states {
        for (n, c) in held_frames.iter_mut().zip(&s.controls) {
            *n += usize::from(c.is_some());
        }
    }
    let obstacles: Vec<(Rect<f64>, f64)> = scenes
        .iter()
        .flat_map(|scene| scene.layers.iter())
        .flat_map(|layer| {
            let weight = match layer.id.as_str() {
                "legend" | "scale-bar" => 1e6,
                "labels" | "cities" => 30.0,
                _ => 0.0,
            };
            let boxes: Vec<Rect<f64>> = if weight > 0.0 {
                layer.items.iter().filter_map(item_box).collect()
            } else {
                Vec::new()
            };
            // The legend counts as one box, however many items draw it; so does the bar.
            let boxes = if layer.id == "legend" || layer.id == "scale-bar" {
                boxes.into_iter().reduce(union).into_iter().collect()
            } else {
                boxes
            };
            boxes.into_iter().map(move |b| (b, weight))
        })
        .collect();
    move |rect: &Rect<f64>| {
        let mut total: f64 = obstacles
            .iter()
            .filter(|(b, _)| overlaps(b, rect))
            .map(|(_, w)| w)
            .sum();
        let near: Vec<usize> = (0..p.located_regions.len())
            .filter(|&i| {
                held_frames[i] > 0
                    && p.located_regions[i]
                        .bbox()
                        .is_some_and(|b| overlaps(&b, rect))
            })
            .collect();
        let size = Coord {
            x: rect.width(),
            y: rect.height(),
        };
        for pt in samples(rect.min(), size, 6.0 * p.ts.max(0.5)) {
            for &r in &near {
                if p.located_regions[r].contains(pt) {
                    total += held_frames[r] as f64;
                }
            }
        }
        total
    }
}

/// The stamp's words: the year in figures (read at a glance in any language), and for a
/// date or an event the day and month above it, in the map's language.
fn stamp_text(language: Language, state: &State) -> (String, Option<String>) {
    let year = state.date.year.to_string();
    match state.moment {
        Moment::Year(_) => (year, None),
        Moment::Date(_) | Moment::Event(_) => (year, Some(state.date.day_month_in(language))),
    }
}

fn union(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        Coord {
            x: a.min().x.min(b.min().x),
            y: a.min().y.min(b.min().y),
        },
        Coord {
            x: a.max().x.max(b.max().x),
            y: a.max().y.max(b.max().y),
        },
    )
}

/// The box an item of the legend, label or city layers covers on the canvas.
fn item_box(item: &Item) -> Option<Rect<f64>> {
    use geo::BoundingRect;
    match item {
        Item::Text(t) => Some(text_box(t, 0.0)),
        Item::Shape(s) => match &s.geometry {
            Geometry::Area(mp) => mp.bounding_rect(),
            Geometry::Lines(ml) => ml.bounding_rect(),
            // Outlines of regions are not among the obstacles.
            Geometry::Outline(_) => None,
            Geometry::Rect { at, size } => Some(Rect::new(*at, *at + *size)),
            Geometry::Circle { at, r } => Some(Rect::new(
                *at - Coord { x: *r, y: *r },
                *at + Coord { x: *r, y: *r },
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::timeline::resolve;

    #[test]
    fn stamps_name_the_year_and_for_events_the_day() {
        let s = crate::load::built_in().unwrap();
        let st = resolve(&s, &Moment::Year(1912)).unwrap();
        assert_eq!(stamp_text(Language::En, &st), ("1912".into(), None));
        let st = resolve(&s, &Moment::Event("third-agreement".into())).unwrap();
        assert_eq!(
            stamp_text(Language::En, &st),
            ("1912".into(), Some("8 July".into()))
        );
        assert_eq!(
            stamp_text(Language::Ja, &st),
            ("1912".into(), Some("7月8日".into()))
        );
        assert_eq!(
            stamp_text(Language::Ru, &st),
            ("1912".into(), Some("8 июля".into()))
        );
    }

    #[test]
    fn the_stamp_is_in_the_same_place_on_every_frame_and_off_the_legend() {
        let (s, p) = built_in_at(700.0);
        let states: Vec<State> = [1905, 1912, 1932]
            .iter()
            .map(|&y| resolve(&s, &Moment::Year(y)).unwrap())
            .collect();
        let scenes = frames(&s, &p, &states);
        let stamps: Vec<&Layer> = scenes.iter().map(|sc| sc.layers.last().unwrap()).collect();
        assert!(stamps.iter().all(|l| l.id == "date-stamp"));
        let at = |l: &Layer| match &l.items[0] {
            Item::Text(t) => (t.at, t.text.clone()),
            Item::Shape(_) => panic!("a text"),
        };
        assert_eq!(at(stamps[0]).0, at(stamps[2]).0);
        assert_eq!(at(stamps[1]).1, "1912");
        for sc in &scenes {
            let legend = sc.layers.iter().find(|l| l.id == "legend").unwrap();
            let stamp = sc.layers.last().unwrap();
            for a in legend.items.iter().filter_map(item_box) {
                for b in stamp.items.iter().filter_map(item_box) {
                    assert!(!overlaps(&a, &b), "the stamp covers the legend");
                }
            }
        }
    }
}
