//! Region fills and the borders drawn over them. A map kind says how each region looks
//! (its fill, classes, tooltip and border); this builder makes the shapes, skipping regions
//! that lie outside the frame, and has each border refer to the area it outlines.

use geo::{Coord, LineString, MultiLineString};

use super::{Fill, Geometry, Item, Prepared, Shape, Stroke, Theme};
use crate::model::Scenario;
use crate::timeline::State;

/// How one region is drawn.
pub(super) struct RegionLook {
    /// Classes of the fill, e.g. `region japan sphere`.
    pub class: String,
    /// The tooltip.
    pub title: String,
    /// The inside paint.
    pub fill: Fill,
    /// An outline drawn with the fill (the `outline` status style, an overlay's casing).
    pub stroke: Option<Stroke>,
    /// The border drawn over the fills: its classes and stroke; none for an overlay,
    /// whose casing is its border.
    pub border: Option<(&'static str, Stroke)>,
}

/// Regions a map draws and names as one: the pieces of a larger region held alike (the
/// two halves of Korea under Japan), or regions under one period name (Manchukuo). No
/// border is drawn between them and they share one label.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Group {
    /// The name the map gives them (see [`groups`]).
    pub name: String,
    /// The regions, in the scenario's order.
    pub members: Vec<usize>,
    /// Whether all of them are overlays, drawn over the others.
    pub overlay: bool,
}

/// The regions on the map in groups drawn as one. `key(i)` says how region `i` is drawn
/// (`None`: not at all) and under which period name, if any: regions with equal keys
/// and the same name form a group, in the order of their first region.
///
/// A region's name is its key's period name; else, when another piece of the same larger
/// region (`part_of`) has the same key, the larger region's name (so Heilongjiang and
/// Northern Kirin held alike read "North Manchuria"); else its own. Regions outside the
/// frame are left out.
pub(super) fn groups<K: PartialEq>(
    scenario: &Scenario,
    p: &Prepared,
    key: impl Fn(usize) -> Option<(K, Option<String>)>,
) -> Vec<Group> {
    let drawn: Vec<(usize, (K, Option<String>))> = (0..scenario.regions.len())
        .filter(|&i| !p.regions[i].0.is_empty())
        .filter_map(|i| key(i).map(|k| (i, k)))
        .collect();
    let name = |k: usize| -> String {
        let (i, key) = &drawn[k];
        if let Some(label) = &key.1 {
            return label.clone();
        }
        let r = &scenario.regions[*i];
        if let Some(whole) = &r.part_of {
            let sibling = drawn.iter().enumerate().any(|(k2, (j, key2))| {
                k2 != k && key2 == key && scenario.regions[*j].part_of.as_ref() == Some(whole)
            });
            if sibling {
                return whole.clone();
            }
        }
        r.name.clone()
    };
    let mut out: Vec<Group> = Vec::new();
    let mut keyed: Vec<(usize, usize)> = Vec::new(); // (drawn index of the first member, group)
    for k in 0..drawn.len() {
        let (i, key) = &drawn[k];
        let name = name(k);
        let overlay = scenario.regions[*i].overlay;
        let found = keyed
            .iter()
            .find(|(first, g)| drawn[*first].1 == *key && out[*g].name == name)
            .map(|(_, g)| *g);
        match found {
            Some(g) => {
                out[g].members.push(*i);
                out[g].overlay &= overlay;
            }
            None => {
                keyed.push((k, out.len()));
                out.push(Group {
                    name,
                    members: vec![*i],
                    overlay,
                });
            }
        }
    }
    // Overlays are drawn over the others, whatever the file's order.
    out.sort_by_key(|g| g.overlay);
    out
}

/// What makes regions of a year map look alike: who holds them, how, and how surely.
type Held<'s> = Option<(&'s str, &'s str, bool)>;

/// The groups of a map of one state (the year map, animation frames): regions held alike
/// (and unheld ordinary regions) under the same name. An overlay no power holds is not
/// drawn, nor is an unheld region inside a power's home territory: what lies under them
/// shows.
pub(super) fn held_groups(scenario: &Scenario, p: &Prepared, state: &State) -> Vec<Group> {
    groups(scenario, p, |i| {
        let held: Held = state.controls[i].as_ref().map(|h| {
            let c = &h.control;
            (c.power.as_str(), c.status.as_str(), c.doubtful())
        });
        // Unheld, an overlay shows what lies under it, and a region inside a power's home
        // territory (the Russian Far East between the occupations) shows that territory.
        if held.is_none() && (scenario.regions[i].overlay || p.home.contains(scenario, i)) {
            return None;
        }
        let label = state.controls[i]
            .as_ref()
            .and_then(|h| h.control.label.clone());
        Some((held, label))
    })
}

impl Group {
    /// Whether the group bears the name of a basemap area (pieces of "China" no power
    /// holds): the country's own label and borders already show it, so the map draws
    /// neither a name nor a border for it.
    pub fn is_the_land(&self, scenario: &Scenario) -> bool {
        scenario
            .basemap
            .iter()
            .any(|b| b.name.as_deref() == Some(self.name.as_str()))
    }
}

/// A group drawn: its regions' fills and the borders over them.
pub(super) struct GroupShapes {
    pub members: Vec<usize>,
    pub overlay: bool,
    pub fills: Vec<Item>,
    pub borders: Vec<Item>,
}

/// The fills and borders of the groups, each region drawn as `look(group, index)` says.
/// A group of one region has its border refer to its area; a larger group is bordered
/// only where its outline runs, each stretch in the style of the region it bounds.
pub(super) fn regions(
    scenario: &Scenario,
    p: &Prepared,
    groups: &[Group],
    mut look: impl FnMut(&Group, usize) -> RegionLook,
) -> Vec<GroupShapes> {
    let mut out = Vec::new();
    for g in groups {
        let mut fills = Vec::new();
        // Border strokes of the group, each with the stretches drawn in it.
        let mut strokes: Vec<(&'static str, Stroke, Vec<LineString<f64>>)> = Vec::new();
        let mut single_border = None;
        for &index in &g.members {
            let l = look(g, index);
            let id = format!("region-{}", scenario.regions[index].id);
            if let Some((class, stroke)) = l.border {
                if let [_] = g.members[..] {
                    single_border = Some(Item::Shape(Shape {
                        id: None,
                        class: Some(class.into()),
                        title: None,
                        geometry: Geometry::Outline(id.clone()),
                        fill: Fill::None,
                        stroke: Some(stroke),
                    }));
                } else {
                    let runs = outer_runs(p, &g.members, index);
                    match strokes
                        .iter_mut()
                        .find(|(c, s, _)| *c == class && *s == stroke)
                    {
                        Some(entry) => entry.2.extend(runs),
                        None => strokes.push((class, stroke, runs)),
                    }
                }
            }
            // Two anti-aliased edges laid on each other let the paper show through as a
            // faint seam; a hairline of the fill's own colour closes it. (Outer edges get a
            // border over it; patterns hide the seam in their lines.)
            let stroke = match (&l.stroke, &l.fill) {
                (None, Fill::Color(color, opacity)) if g.members.len() > 1 => Some(Stroke {
                    color: *color,
                    width: SEAM,
                    opacity: *opacity,
                    dash: Vec::new(),
                }),
                _ => l.stroke,
            };
            fills.push(Item::Shape(Shape {
                id: Some(id),
                class: Some(l.class),
                title: Some(l.title),
                geometry: Geometry::Area(p.regions[index].clone()),
                fill: l.fill,
                stroke,
            }));
        }
        let mut borders: Vec<Item> = single_border.into_iter().collect();
        for (class, stroke, runs) in strokes {
            if runs.is_empty() {
                continue;
            }
            borders.push(Item::Shape(Shape {
                id: None,
                class: Some(class.into()),
                title: None,
                geometry: Geometry::Lines(MultiLineString::new(runs)),
                fill: Fill::None,
                stroke: Some(stroke),
            }));
        }
        out.push(GroupShapes {
            members: g.members.clone(),
            overlay: g.overlay,
            fills,
            borders,
        });
    }
    out
}

/// The width of the hairline that closes the seams between the regions of a group
/// (pixels, at any scale: a seam is a pixel's worth of anti-aliasing).
const SEAM: f64 = 1.0;

/// How far either side of an edge the point tests look (pixels): beyond the quarter pixel
/// to which outlines are simplified, so two regions' copies of a shared edge agree.
const SIDE: f64 = 0.75;

/// The stretches of region `index`'s outline that bound its group `members`: edges with
/// no other member on either side, joined into runs.
fn outer_runs(p: &Prepared, members: &[usize], index: usize) -> Vec<LineString<f64>> {
    let others: Vec<&super::locate::Located> = members
        .iter()
        .filter(|&&j| j != index)
        .map(|&j| &p.located_regions[j])
        .collect();
    let shared = |a: Coord<f64>, b: Coord<f64>| {
        let d = b - a;
        let len = d.x.hypot(d.y);
        if len == 0.0 {
            return true;
        }
        let mid = (a + b) / 2.0;
        let n = Coord {
            x: -d.y / len * SIDE,
            y: d.x / len * SIDE,
        };
        others
            .iter()
            .any(|o| o.contains(mid + n) || o.contains(mid - n))
    };
    let mut runs = Vec::new();
    for poly in &p.regions[index].0 {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            let mut run: Vec<Coord<f64>> = Vec::new();
            let mut first_run: Option<Vec<Coord<f64>>> = None;
            let mut starts_outer = false;
            for (k, seg) in ring.lines().enumerate() {
                if shared(seg.start, seg.end) {
                    if run.len() > 1 {
                        if first_run.is_none() && starts_outer {
                            first_run = Some(std::mem::take(&mut run));
                        } else {
                            runs.push(LineString::new(std::mem::take(&mut run)));
                        }
                    }
                    run.clear();
                } else {
                    if k == 0 {
                        starts_outer = true;
                    }
                    if run.is_empty() {
                        run.push(seg.start);
                    }
                    run.push(seg.end);
                }
            }
            // A ring is closed: a run reaching its end goes on into the run it began with.
            match (first_run, run.len() > 1) {
                (Some(first), true) => {
                    run.extend(first.into_iter().skip(1));
                    runs.push(LineString::new(run));
                }
                (Some(first), false) => runs.push(LineString::new(first)),
                (None, true) => runs.push(LineString::new(run)),
                (None, false) => {}
            }
        }
    }
    runs
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::base::built_in_at;
    use crate::timeline::{Moment, resolve};
    use geo::{Euclidean, Length};

    /// The length of the lines of a set of border items, in pixels.
    fn drawn_length(items: &[Item]) -> f64 {
        items
            .iter()
            .map(|i| match i {
                Item::Shape(Shape {
                    geometry: Geometry::Lines(l),
                    ..
                }) => l.0.iter().map(|ls| Euclidean.length(ls)).sum(),
                _ => 0.0,
            })
            .sum()
    }

    #[test]
    fn pieces_held_alike_are_one_group_bordered_along_its_outline_only() {
        // In 1912 both halves of Korea are Japan's, as Chōsen: one group, one name, and
        // no border along the 38th parallel between them.
        let (s, p) = built_in_at(1600.0);
        let state = resolve(&s, &Moment::Year(1912)).unwrap();
        let groups = held_groups(&s, &p, &state);
        let (north, south) = (
            s.region_index("korea-north").unwrap(),
            s.region_index("korea-south").unwrap(),
        );
        let korea = groups
            .iter()
            .find(|g| g.members.contains(&north))
            .expect("Korea is drawn");
        assert_eq!(korea.members, [north, south]);
        assert_eq!(korea.name, "Chōsen");
        let shapes = regions(&s, &p, std::slice::from_ref(korea), |_, _| RegionLook {
            class: String::new(),
            title: String::new(),
            fill: Fill::None,
            stroke: None,
            border: Some(("region-border", border(p.theme(), p.s))),
        });
        let outline = |i: usize| -> f64 {
            p.regions[i]
                .0
                .iter()
                .map(|poly| Euclidean.length(poly.exterior()))
                .sum()
        };
        let drawn = drawn_length(&shapes[0].borders);
        let whole = outline(north) + outline(south);
        // The parallel across the peninsula is some 80 px long at 1600 px, drawn twice in
        // the two outlines and not at all in the group's border.
        assert!(
            drawn > 0.5 * whole && drawn < whole - 100.0,
            "{drawn} of {whole}"
        );
        // Held by two powers (1945), they are two groups again.
        let end = resolve(&s, &Moment::Year(1945)).unwrap();
        let apart = held_groups(&s, &p, &end);
        assert!(apart.iter().any(|g| g.members == [north]));
        assert!(apart.iter().any(|g| g.members == [south]));
    }
}
