//! The base every map of a run is drawn on: what does not depend on the date (layout,
//! projected regions, basemap, lines, cities and graticule, and the indexes that label
//! and legend placement test points against), projected once per run.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use geo::{Area, BooleanOps, Coord, MultiLineString, MultiPolygon, Polygon, Rect};
use rayon::prelude::*;

use super::chrome::{credit_leading, credit_lines};
use super::labels::visual_centre;
use super::locate::Located;
use super::rows::tallest_band;
use super::{HomeTerritory, Options, Theme};
use crate::language::Language;
use crate::model::{Color, Scenario};
use crate::project::{LocalScale, ProjectError, Projector};

/// Maps narrower than this (pixels) put the legend under the map: a box on the map
/// would hide too much of it.
pub const NARROW: f64 = 1200.0;

/// Everything about a map that does not depend on its date, projected once per run.
///
/// The layer builders of the scene read it directly; outside the scene it gives the
/// canvas size, the frame and the projected regions.
#[derive(Debug)]
pub struct Prepared {
    pub(super) options: Options,
    /// Scale of strokes and patterns: 1 at 1600 px wide.
    pub(super) s: f64,
    /// Scale of text: shrinks slower than the map so small maps stay legible.
    pub(super) ts: f64,
    pub(super) width: f64,
    pub(super) height: f64,
    /// Side margin of the title, credit and legend band.
    pub(super) margin: f64,
    /// Height of the credit area under the map (and legend band).
    pub(super) footer: f64,
    /// Narrow maps put the legend in a band under the map instead of a box on it.
    pub(super) narrow: bool,
    pub(super) frame: Rect<f64>,
    pub(super) basemap: Vec<MultiPolygon<f64>>,
    pub(super) regions: Vec<MultiPolygon<f64>>,
    pub(super) base_centres: Vec<Option<Coord<f64>>>,
    pub(super) lines: Vec<MultiLineString<f64>>,
    pub(super) railways: Vec<MultiLineString<f64>>,
    /// Each city's position on the canvas (`None` when outside the frame).
    pub(super) cities: Vec<Option<Coord<f64>>>,
    /// The positions of the major cities (rank 1) inside the frame, which a legend or a
    /// scale bar must not hide: their names give way to no other.
    pub(super) major_cities: Vec<Coord<f64>>,
    pub(super) graticule: MultiLineString<f64>,
    /// The built-in world, when the map is drawn on it.
    pub(super) world: Option<WorldBase>,
    /// Each region and basemap area ready for the many point tests of label and legend
    /// placement.
    pub(super) located_regions: Vec<Located>,
    pub(super) located_basemap: Vec<Located>,
    /// Which power's home territory each region lies in, for the alt text.
    pub(super) home: HomeTerritory,
    /// The projection fitted to the canvas.
    projector: Projector,
    /// The scale a scale bar shows, when one is asked for and the map's scale varies
    /// little enough across the frame for one bar to be true of all of it.
    pub(super) scale: Option<LocalScale>,
    /// What region labels need of each region: computed once per run.
    outlines: Vec<Arc<LabelArea>>,
    /// The same for unions of regions labelled together, made when a map first needs
    /// them and shared by the maps of every later date (keyed by the regions, in order).
    unions: Mutex<HashMap<Vec<usize>, Arc<LabelArea>>>,
    /// What a box of each size would hide at each of its frame spots (`spot.rs`), made
    /// when a map first needs it and shared by the maps of every later date: legends of
    /// the same size recur from year to year, and the scale bar's size never changes.
    under: Mutex<HashMap<BoxKey, Arc<Vec<super::spot::Under>>>>,
}

/// A box's size and sampling step, as bits: the key of [`Prepared::under`].
type BoxKey = (u64, u64, u64);

/// The built-in world projected for a run: the land of every country as one shape,
/// the coasts and the modern borders, in canvas pixels.
#[derive(Debug)]
pub(super) struct WorldBase {
    pub land: MultiPolygon<f64>,
    pub coasts: MultiLineString<f64>,
    pub borders: MultiLineString<f64>,
    /// The land, ready for point tests (the legend avoids hiding it).
    pub located: Located,
}

impl WorldBase {
    fn new(projector: &Projector) -> WorldBase {
        let world = crate::world::world();
        let pieces: Vec<MultiPolygon<f64>> = world
            .countries
            .par_iter()
            .map(|c| projector.basemap_land(&c.shape))
            .collect();
        let land = MultiPolygon::new(pieces.into_iter().flat_map(|mp| mp.0).collect());
        let (coasts, borders) = rayon::join(
            || projector.basemap_lines(&world.coasts),
            || projector.basemap_lines(&world.borders),
        );
        WorldBase {
            located: Located::new(land.clone()),
            land,
            coasts,
            borders,
        }
    }
}

/// An area that gets one label: its shape and size, its visual centre and the polygon
/// that holds it, each ready for point tests.
#[derive(Debug)]
pub(super) struct LabelArea {
    pub area: f64,
    pub shape: Located,
    pub centre: Option<(Coord<f64>, Polygon<f64>, Located)>,
}

impl LabelArea {
    fn new(shape: MultiPolygon<f64>, centre: Option<(Coord<f64>, Polygon<f64>)>) -> LabelArea {
        LabelArea {
            area: shape.unsigned_area(),
            centre: centre.map(|(c, poly)| {
                let located = Located::polygon(poly.clone());
                (c, poly, located)
            }),
            shape: Located::new(shape),
        }
    }
}

/// The heights of what is under the map: the legend band of narrow maps (sized for the
/// tallest legend any date of the scenario needs) and the credit (as many lines as the longest credit of any
/// date needs), so that every map of a scenario has the same size.
fn below_map(
    scenario: &Scenario,
    options: &Options,
    width: f64,
    margin: f64,
    narrow: bool,
) -> (f64, f64) {
    let s = width / 1600.0;
    let ts = s.sqrt();
    let language = options.language;
    let band = if narrow {
        let legend = tallest_band(
            scenario,
            &options.theme,
            language,
            s,
            ts,
            width - 2.0 * margin,
        );
        (legend + 24.0 * ts).ceil()
    } else {
        0.0
    };
    let credit_rows = std::iter::once(None)
        .chain(scenario.events.iter().map(Some))
        .map(|e| credit_lines(scenario, language, e, width - 2.0 * margin, ts).len())
        .max()
        .unwrap_or(1)
        .max(1);
    let footer = (credit_rows as f64 * credit_leading(ts) + 12.0 * ts).round();
    (band, footer)
}

/// Meridians and parallels as one set of lines: every 5 degrees on a map of a region
/// (a frame whose diagonal spans up to 60 degrees of a great circle), every 10 on a map
/// of a continent or an ocean.
fn graticule(projector: &Projector) -> MultiLineString<f64> {
    use geo::{Distance, Geodesic, Point};
    let f = projector.frame();
    let span = match (projector.lonlat(f.min()), projector.lonlat(f.max())) {
        (Some(a), Some(b)) => Geodesic.distance(Point::from(a), Point::from(b)) / 111_195.0,
        _ => 180.0,
    };
    let step = if span <= 60.0 { 5.0 } else { 10.0 };
    let (meridians, parallels) = projector.graticule(step);
    MultiLineString::new(
        meridians
            .into_iter()
            .chain(parallels)
            .flat_map(|(_, l)| l.0)
            .collect(),
    )
}

impl Prepared {
    /// What a box of `size`, weighed every `step` pixels, would hide at each of its frame
    /// spots: `make` computes it the first time a size is asked for.
    pub(super) fn under(
        &self,
        size: Coord<f64>,
        step: f64,
        make: impl FnOnce() -> Vec<super::spot::Under>,
    ) -> Arc<Vec<super::spot::Under>> {
        let key = (size.x.to_bits(), size.y.to_bits(), step.to_bits());
        if let Some(found) = self
            .under
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return Arc::clone(found);
        }
        // Made outside the lock, so that other maps are not held up; two threads that
        // make the same one at once make the same thing.
        let made = Arc::new(make());
        let mut known = self.under.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(known.entry(key).or_insert(made))
    }
}

impl Prepared {
    /// Whether a text that would be italic is set so: not in Chinese, Japanese or Korean,
    /// whose scripts have no italic (their faces have none; librsvg slants them, resvg and
    /// browsers do not, so the map would differ between them).
    pub(super) fn italic(&self, italic: bool) -> bool {
        italic && super::text::cjk_font(self.language()).is_none()
    }

    /// The room under the map: the legend band of a narrow map and the credit's footer,
    /// in pixels.
    pub(crate) fn room_below(&self) -> (f64, f64) {
        (self.height - self.frame.max().y - self.footer, self.footer)
    }

    /// Makes the room under the map `band` and `footer` pixels high (at least what it
    /// needs), so that the maps of one moment in several languages, one SVG, have one
    /// size: the credit and legend of the language that needs the most room decide it.
    pub(crate) fn make_room_below(&mut self, band: f64, footer: f64) {
        let (own_band, own_footer) = self.room_below();
        self.footer = own_footer.max(footer);
        self.height = self.frame.max().y + own_band.max(band) + self.footer;
    }

    /// Projects the scenario's layers for maps `options.width` pixels wide.
    pub fn new(scenario: &Scenario, options: &Options) -> Result<Prepared, ProjectError> {
        let width = options.width.round();
        let s = width / 1600.0;
        let ts = s.sqrt();
        let header = (78.0 * ts).round();
        let margin = (22.0 * ts).round();
        let narrow = width < NARROW;
        let projector =
            Projector::new(&scenario.map, width)?.with_origin(Coord { x: 0.0, y: header });
        let frame = projector.frame();
        let (band, footer) = below_map(scenario, options, width, margin, narrow);
        let height = frame.max().y + band + footer;

        let regions: Vec<MultiPolygon<f64>> = scenario
            .regions
            .par_iter()
            .map(|r| projector.polygons(&r.shape))
            .collect();
        let basemap: Vec<MultiPolygon<f64>> = scenario
            .basemap
            .par_iter()
            .map(|b| projector.polygons(&b.shape))
            .collect();
        let centres: Vec<Option<(Coord<f64>, Polygon<f64>)>> =
            regions.par_iter().map(visual_centre).collect();
        let located_regions = regions
            .par_iter()
            .map(|r| Located::new(r.clone()))
            .collect();
        let located_basemap = basemap
            .par_iter()
            .map(|b| Located::new(b.clone()))
            .collect();
        let outlines = regions
            .par_iter()
            .zip(&centres)
            .map(|(r, c)| Arc::new(LabelArea::new(r.clone(), c.clone())))
            .collect();
        let base_centres = basemap
            .par_iter()
            .map(|b| visual_centre(b).map(|(c, _)| c))
            .collect();
        let lines = scenario
            .lines
            .iter()
            .map(|l| projector.lines(&l.path))
            .collect();
        let railways = scenario
            .railways
            .iter()
            .map(|r| projector.lines(&MultiLineString::new(vec![r.path.clone()])))
            .collect();
        let cities: Vec<Option<Coord<f64>>> = scenario
            .cities
            .iter()
            .map(|c| projector.point(c.at))
            .collect();
        let world = scenario.map.world.then(|| WorldBase::new(&projector));
        let major_cities = scenario
            .cities
            .iter()
            .zip(&cities)
            .filter(|(c, _)| c.rank <= 1)
            .filter_map(|(_, at)| *at)
            .collect();
        let scale = if options.scale_bar {
            super::scale::measure(&projector)
        } else {
            None
        };
        Ok(Prepared {
            options: options.clone(),
            s,
            ts,
            width,
            height,
            margin,
            footer,
            narrow,
            frame,
            basemap,
            regions,
            base_centres,
            lines,
            railways,
            cities,
            major_cities,
            graticule: graticule(&projector),
            world,
            located_regions,
            located_basemap,
            home: HomeTerritory::of(scenario),
            scale,
            projector,
            outlines,
            unions: Mutex::new(HashMap::new()),
            under: Mutex::new(HashMap::new()),
        })
    }

    /// The outline of regions labelled together: the union of their shapes, made once.
    pub(super) fn union(&self, members: &[usize]) -> Arc<LabelArea> {
        if let [i] = members {
            return self.outlines[*i].clone();
        }
        let key = members.to_vec();
        if let Some(o) = self.unions.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return o;
        }
        // Made outside the lock: another thread may make the same one meanwhile, and
        // both are equal, so whichever is kept gives the same maps.
        let shape = members[1..]
            .iter()
            .fold(self.regions[members[0]].clone(), |acc, &i| {
                acc.union(&self.regions[i])
            });
        let centre = visual_centre(&shape);
        let made = Arc::new(LabelArea::new(shape, centre));
        match self.unions.lock() {
            Ok(mut m) => m.entry(key).or_insert(made).clone(),
            Err(_) => made,
        }
    }

    /// Canvas width and height in pixels.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// The projected outline of each region (canvas pixels), in the scenario's order.
    pub fn region_shapes(&self) -> &[MultiPolygon<f64>] {
        &self.regions
    }

    /// The map frame on the canvas.
    pub fn frame(&self) -> Rect<f64> {
        self.frame
    }

    /// Where a place (longitude, latitude in degrees) is drawn on the canvas, in pixels
    /// from its top-left corner; `None` outside the frame.
    pub fn pixel(&self, lon: f64, lat: f64) -> Option<Coord<f64>> {
        self.projector.point(geo::Point::new(lon, lat))
    }

    /// The theme the maps are drawn in.
    pub(super) fn theme(&self) -> &Theme {
        &self.options.theme
    }

    /// The language the maps write their own words in.
    pub fn language(&self) -> Language {
        self.options.language
    }

    /// A power's colour in the theme; a power the scenario does not know (the loader
    /// refuses those) is drawn muted.
    pub(super) fn power_color(&self, scenario: &Scenario, id: &str) -> Color {
        let theme = self.theme();
        scenario.power_index(id).map_or(theme.muted, |i| {
            theme.power_color(scenario.powers[i].color, i)
        })
    }
}

/// The built-in scenario and its base for maps `width` pixels wide, for the tests of
/// the scene's builders.
#[cfg(test)]
pub(super) fn built_in_at(width: f64) -> (Scenario, Prepared) {
    let scenario = crate::load::built_in().expect("the built-in scenario loads");
    let options = Options {
        width,
        ..Options::default()
    };
    let prepared = Prepared::new(&scenario, &options).expect("the built-in frame projects");
    (scenario, prepared)
}
