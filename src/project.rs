//! From lon/lat degrees to map pixels: the scenario's proj4 projection, fitted to the canvas.
//!
//! Every geometry goes through the same steps, once per run (not once per year):
//! 1. clip to a lon/lat window around the map's bbox, so that polygons crossing the
//!    antimeridian (Russia) or reaching the poles never reach the projection;
//! 2. densify, so that long straight edges along parallels and meridians bend as the
//!    projection bends them;
//! 3. project and scale to pixels;
//! 4. clip to the map frame and simplify to the output resolution.

use geo::line_measures::Densify;
use geo::{
    BooleanOps, BoundingRect, Coord, Euclidean, LineString, MultiLineString, MultiPolygon, Point,
    Polygon, Rect, Simplify, Translate,
};
use proj4rs::Proj;
use std::borrow::Cow;

use crate::clip::Kept;
use crate::model::MapSpec;

/// The largest side of a map in pixels: the rasteriser's PNG limit. The loader refuses a
/// scenario whose map would be larger, so `validate` and `render` refuse the same.
pub const MAX_SIDE: f64 = 16_384.0;

/// Largest step, in degrees, between vertices before projecting.
const DENSIFY_DEGREES: f64 = 0.25;
/// Vertices closer than this (pixels) to the simplified outline are dropped.
const SIMPLIFY_PX: f64 = 0.25;

/// Why a projection could not be set up.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProjectError {
    /// proj4rs does not accept the string, or it is no map projection.
    #[error(
        "projection '{projection}' is not a usable proj4 string: {reason} (hint: {HINT_PROJECTION})"
    )]
    BadProjection {
        /// The proj4 string.
        projection: String,
        /// What proj4rs said.
        reason: String,
    },
    /// An EPSG code the table does not have.
    #[error("projection '{code}' is not in the EPSG table (hint: {HINT_CODE})")]
    UnknownCode {
        /// The code as written, e.g. `EPSG:99999`.
        code: String,
    },
    /// An EPSG code whose definition cannot draw a map: geocentric, a projection proj4rs
    /// does not have, or a datum that needs a shift grid.
    #[error(
        "projection '{code}' ({definition}) cannot draw a map: {reason} (hint: {HINT_UNUSABLE})"
    )]
    UnusableCode {
        /// The code as written.
        code: String,
        /// Its proj4 definition in the table.
        definition: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// The bbox does not project to an area (e.g. it lies outside the projection's domain).
    #[error("the map bbox {bbox:?} cannot be drawn with projection '{projection}': {reason}")]
    BadFrame {
        /// The bbox.
        bbox: [f64; 4],
        /// The projection as written.
        projection: String,
        /// What went wrong.
        reason: String,
    },
}

const HINT_PROJECTION: &str = "write an EPSG code such as \"EPSG:3035\" or a proj4 string such as \"+proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=122 +datum=WGS84\"; README.md lists the projections that work";
const HINT_CODE: &str = "check the number (epsg.io shows each code's definition), or write the projection as a proj4 string";
const HINT_UNUSABLE: &str = "choose a projected CRS such as EPSG:3035 or EPSG:32651 (or EPSG:4326 for plate carrée), or write its proj4 string with +towgs84=… in place of a grid";

impl ProjectError {
    /// What to do about it, for a problem located in the scenario file.
    pub fn hint(&self) -> &'static str {
        match self {
            ProjectError::BadProjection { .. } => HINT_PROJECTION,
            ProjectError::UnknownCode { .. } => HINT_CODE,
            ProjectError::UnusableCode { .. } => HINT_UNUSABLE,
            ProjectError::BadFrame { .. } => {
                "choose a projection whose domain holds the whole [map] bbox, e.g. one centred on it"
            }
        }
    }

    /// What is wrong, without the hint.
    pub fn message(&self) -> String {
        let text = self.to_string();
        let hint = format!(" (hint: {})", self.hint());
        text.strip_suffix(&hint).unwrap_or(&text).to_string()
    }
}

/// The proj4 definition of a projection as a scenario writes it: an EPSG code
/// (`EPSG:3035`, in any case) from the EPSG table of `crs-definitions`, anything else
/// read as a proj4 string. An axis order (`+axis=wsu`) is dropped: a map is drawn east
/// to the right and north up, whatever order a CRS gives its coordinates in.
pub fn definition(projection: &str) -> Result<String, ProjectError> {
    let proj4 = epsg(projection)?.unwrap_or(projection);
    Ok(proj4
        .split_whitespace()
        .filter(|p| !p.starts_with("+axis="))
        .collect::<Vec<_>>()
        .join(" "))
}

/// The table's proj4 definition if `projection` is written as an EPSG code, `None` if it
/// is not written as one.
fn epsg(projection: &str) -> Result<Option<&'static str>, ProjectError> {
    let written = projection.trim();
    let Some((authority, number)) = written.split_once(':') else {
        return Ok(None);
    };
    if !authority.trim().eq_ignore_ascii_case("epsg") {
        return Ok(None);
    }
    let unknown = || ProjectError::UnknownCode {
        code: written.to_string(),
    };
    let number = number.trim();
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(unknown());
    }
    let code: u16 = number.parse().map_err(|_| unknown())?;
    Ok(Some(
        crs_definitions::from_code(code).ok_or_else(unknown)?.proj4,
    ))
}

/// Why a projection written without `+proj=` names none, in the words of what it looks
/// like.
fn missing_proj(projection: &str, is_code: bool) -> String {
    let written = projection.trim();
    if is_code {
        "the table gives no proj4 definition for it".into()
    } else if !written.is_empty() && written.bytes().all(|b| b.is_ascii_digit()) {
        format!("a number alone names no projection: write an EPSG code as \"EPSG:{written}\"")
    } else if written.contains("+init=") {
        "+init= reads PROJ's own files, which spheres does not have: write the code as \"EPSG:NNNN\"".into()
    } else if let Some((authority, _)) = written.split_once(':') {
        format!(
            "only EPSG codes are looked up: write the {authority} projection as its proj4 string"
        )
    } else {
        "it names no projection (+proj=…)".into()
    }
}

/// The projection proj4rs sets up for what a scenario writes, if it can draw a map: it
/// projects lon/lat to a plane and back (the scale bar and the checks go back).
pub fn setup(projection: &str) -> Result<Proj, ProjectError> {
    let is_code = epsg(projection)?.is_some();
    let proj4 = definition(projection)?;
    let fail = |reason: String| {
        if is_code {
            ProjectError::UnusableCode {
                code: projection.trim().to_string(),
                definition: proj4.clone(),
                reason,
            }
        } else {
            ProjectError::BadProjection {
                projection: projection.to_string(),
                reason,
            }
        }
    };
    let name = proj4
        .split_whitespace()
        .find_map(|p| p.strip_prefix("+proj="))
        .unwrap_or("");
    let proj = Proj::from_proj_string(&proj4).map_err(|e| {
        fail(match e {
            proj4rs::errors::Error::ProjectionNotFound => {
                format!("proj4rs has no '+proj={name}' projection")
            }
            proj4rs::errors::Error::MissingProjectionError => missing_proj(projection, is_code),
            proj4rs::errors::Error::NadGridNotAvailable => {
                "its datum needs a shift grid (+nadgrids, or +datum=NAD27), which spheres does not have".into()
            }
            other => other.to_string(),
        })
    })?;
    if proj.is_geocent() {
        return Err(fail(
            "it is a geocentric (x, y, z) system, not a map projection".into(),
        ));
    }
    if !proj.has_forward() || !proj.has_inverse() {
        return Err(fail(format!(
            "proj4rs cannot compute '+proj={name}' both ways"
        )));
    }
    Ok(proj)
}

/// A graticule line: its value in degrees and its course in canvas pixels.
pub type GraticuleLine = (f64, MultiLineString<f64>);

/// The map's scale at one place: see [`Projector::local_scale`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocalScale {
    /// Kilometres per canvas pixel, across the canvas.
    pub km_per_px: f64,
    /// Where: the frame's centre meridian and a whole degree of latitude (the centre's own
    /// latitude if that parallel misses the frame).
    pub lon: f64,
    pub lat: f64,
    /// The scale is the same wherever the parallel `lat` runs in the frame.
    pub along_parallel: bool,
}

/// A fitted projection: lon/lat in, pixels out.
#[derive(Debug)]
pub struct Projector {
    proj: Proj,
    lonlat: Proj,
    /// The lon/lat window kept before projecting.
    window: Rect<f64>,
    /// Some of the window's edge is drawn inside the frame (a map round a pole whose
    /// window is cut along a meridian): a shape cut to the window shows the cut there.
    window_in_frame: bool,
    /// The bbox crosses the antimeridian: western-hemisphere longitudes are shifted by 360°.
    wraps: bool,
    /// Projected x of the frame's left edge and y of its top edge (metres).
    min_x: f64,
    max_y: f64,
    /// Pixels per projected metre.
    k: f64,
    /// Pixel position of the frame's top-left corner on the canvas.
    origin: Coord<f64>,
    /// Frame size in pixels.
    size: Coord<f64>,
}

impl Projector {
    /// Fits the map's bbox to `width` pixels; the frame's height follows the projection.
    pub fn new(map: &MapSpec, width: f64) -> Result<Projector, ProjectError> {
        let proj = setup(&map.projection)?;
        let lonlat =
            Proj::from_proj_string("+proj=longlat +datum=WGS84 +no_defs").map_err(|e| {
                ProjectError::BadProjection {
                    projection: map.projection.clone(),
                    reason: e.to_string(),
                }
            })?;
        let [west, south, mut east, north] = map.bbox;
        let frame_error = |reason: &str| ProjectError::BadFrame {
            bbox: map.bbox,
            projection: map.projection.clone(),
            reason: reason.into(),
        };
        let wraps = map.crosses_antimeridian;
        if wraps != (west > east) {
            return Err(frame_error(if wraps {
                "it is said to cross the antimeridian, but its west edge lies west of its east edge"
            } else {
                "its west edge lies east of its east edge, and it is not said to cross the antimeridian"
            }));
        }
        if wraps {
            east += 360.0;
        }
        let mut p = Projector {
            proj,
            lonlat,
            window: Rect::new((0.0, 0.0), (0.0, 0.0)),
            window_in_frame: false,
            wraps,
            min_x: 0.0,
            max_y: 0.0,
            k: 1.0,
            origin: Coord { x: 0.0, y: 0.0 },
            size: Coord { x: width, y: 0.0 },
        };
        // The frame is the rectangle around the projected bbox outline.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        let steps = 64;
        for i in 0..=steps {
            let t = f64::from(i) / f64::from(steps);
            for (lon, lat) in [
                (west + (east - west) * t, south),
                (west + (east - west) * t, north),
                (west, south + (north - south) * t),
                (east, south + (north - south) * t),
            ] {
                if let Some((x, y)) = p.forward(lon, lat) {
                    xs.push(x);
                    ys.push(y);
                }
            }
        }
        if xs.len() < 4 {
            return Err(frame_error("its corners do not project"));
        }
        let min_x = xs.iter().copied().fold(f64::INFINITY, f64::min);
        let max_x = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min_y = ys.iter().copied().fold(f64::INFINITY, f64::min);
        let max_y = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (w, h) = (max_x - min_x, max_y - min_y);
        if !(w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite()) {
            return Err(frame_error("it projects to an empty area"));
        }
        if h / w > 8.0 || w / h > 8.0 {
            return Err(frame_error(
                "the frame would be more than 8 times wider than high, or the reverse",
            ));
        }
        p.min_x = min_x;
        p.max_y = max_y;
        p.k = width / w;
        p.size.y = (h * p.k).round();
        p.window = p.window(west, south, east, north);
        p.window_in_frame = p.window_in_frame();
        Ok(p)
    }

    /// Whether some of the window's edge, followed every quarter degree, is drawn inside
    /// the frame.
    fn window_in_frame(&self) -> bool {
        let (w, f) = (self.window, self.frame());
        let steps = |from: f64, to: f64| {
            let n = ((to - from) / DENSIFY_DEGREES).ceil().max(1.0) as usize;
            (0..=n).map(move |i| from + (to - from) * i as f64 / n as f64)
        };
        let (lo, hi) = (w.min(), w.max());
        steps(lo.x, hi.x)
            .flat_map(|x| [(x, lo.y), (x, hi.y)])
            .chain(steps(lo.y, hi.y).flat_map(|y| [(lo.x, y), (hi.x, y)]))
            .filter_map(|(lon, lat)| self.pixel(lon, lat))
            .any(|c| c.x > f.min().x && c.x < f.max().x && c.y > f.min().y && c.y < f.max().y)
    }

    /// The lon/lat window kept before projecting: the bbox with a margin, since the
    /// frame's corners lie outside it for conic and azimuthal projections, and as far as
    /// the frame's edges reach; at most 360° wide, so that no place is drawn twice; up to
    /// a pole only where the projection draws the pole (not Mercator's).
    fn window(&self, west: f64, south: f64, east: f64, north: f64) -> Rect<f64> {
        let (mx, my) = ((east - west) * 0.35 + 2.0, (north - south) * 0.35 + 2.0);
        let centre = (west + east) / 2.0;
        let (mut lo, mut hi) = (west - mx, east + mx);
        let (mut bottom, mut top) = (south - my, north + my);
        let f = self.frame();
        for i in 0..=32 {
            let t = f64::from(i) / 32.0;
            let (x, y) = (f.min().x + f.width() * t, f.min().y + f.height() * t);
            for c in [
                Coord { x, y: f.min().y },
                Coord { x, y: f.max().y },
                Coord { x: f.min().x, y },
                Coord { x: f.max().x, y },
            ] {
                if let Some((lon, lat)) = self.lonlat(c) {
                    // The same meridian's longitude nearest the frame's centre.
                    let lon = lon + 360.0 * ((centre - lon) / 360.0).round();
                    lo = lo.min(lon - 1.0);
                    hi = hi.max(lon + 1.0);
                    bottom = bottom.min(lat - 1.0);
                    top = top.max(lat + 1.0);
                }
            }
        }
        if hi - lo > 360.0 {
            (lo, hi) = (centre - 180.0, centre + 180.0);
        }
        let pole = |lat: f64| {
            if self.forward(0.0, lat).is_some() {
                lat
            } else {
                lat.signum() * 89.0
            }
        };
        Rect::new((lo, bottom.max(pole(-90.0))), (hi, top.min(pole(90.0))))
    }

    /// Moves the frame's top-left corner to `origin` on the canvas.
    pub fn with_origin(mut self, origin: Coord<f64>) -> Projector {
        self.origin = origin;
        self
    }

    /// The frame as a rectangle on the canvas.
    pub fn frame(&self) -> Rect<f64> {
        Rect::new(self.origin, self.origin + self.size)
    }

    /// Projected metres for lon/lat degrees, if the point is in the projection's domain.
    fn forward(&self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        let mut pt = (lon.to_radians(), lat.to_radians(), 0.0);
        proj4rs::transform::transform(&self.lonlat, &self.proj, &mut pt).ok()?;
        (pt.0.is_finite() && pt.1.is_finite()).then_some((pt.0, pt.1))
    }

    /// The canvas pixel of a lon/lat position (not clipped to the frame).
    pub fn pixel(&self, lon: f64, lat: f64) -> Option<Coord<f64>> {
        let lon = if self.wraps && lon < 0.0 {
            lon + 360.0
        } else {
            lon
        };
        let (x, y) = self.forward(lon, lat)?;
        Some(Coord {
            x: self.origin.x + (x - self.min_x) * self.k,
            y: self.origin.y + (self.max_y - y) * self.k,
        })
    }

    /// The canvas pixel of a point, if it lies inside the frame.
    pub fn point(&self, p: Point<f64>) -> Option<Coord<f64>> {
        let c = self.pixel(p.x(), p.y())?;
        let f = self.frame();
        (c.x >= f.min().x && c.x <= f.max().x && c.y >= f.min().y && c.y <= f.max().y).then_some(c)
    }

    /// The lon/lat degrees of a canvas pixel, if it is in the projection's domain.
    pub fn lonlat(&self, c: Coord<f64>) -> Option<(f64, f64)> {
        let x = self.min_x + (c.x - self.origin.x) / self.k;
        let y = self.max_y - (c.y - self.origin.y) / self.k;
        let mut pt = (x, y, 0.0);
        proj4rs::transform::transform(&self.proj, &self.lonlat, &mut pt).ok()?;
        let (lon, lat) = (pt.0.to_degrees(), pt.1.to_degrees());
        (lon.is_finite() && lat.is_finite() && lat.abs() <= 90.0).then_some((lon, lat))
    }

    /// Kilometres per canvas pixel at pixel `c`, across (x) and down (y) the canvas:
    /// geodesic (WGS84) lengths of short steps either side of it.
    pub fn km_per_px(&self, c: Coord<f64>) -> Option<(f64, f64)> {
        use geo::{Distance, Geodesic};
        let step = 10.0;
        let at = |dx: f64, dy: f64| {
            self.lonlat(Coord {
                x: c.x + dx,
                y: c.y + dy,
            })
            .map(|(lon, lat)| Point::new(lon, lat))
        };
        let (w, e) = (at(-step, 0.0)?, at(step, 0.0)?);
        let (n, s) = (at(0.0, -step)?, at(0.0, step)?);
        let km = |a: Point<f64>, b: Point<f64>| Geodesic.distance(a, b) / 1000.0 / (2.0 * step);
        let (x, y) = (km(w, e), km(n, s));
        (x.is_finite() && y.is_finite() && x > 0.0 && y > 0.0).then_some((x, y))
    }

    /// How the map's scale varies across the frame: the largest scale over the smallest,
    /// less one (0.1: ten per cent), across and down the canvas at the frame's corners,
    /// the middles of its edges and its centre; `None` where one of them does not
    /// project back (the frame reaches outside the projection's domain).
    pub fn scale_variation(&self) -> Option<f64> {
        let f = self.frame();
        let (min, max) = (f.min(), f.max());
        // A few pixels in, so that every step stays inside the frame.
        let inset = 12.0;
        let xs = [min.x + inset, (min.x + max.x) / 2.0, max.x - inset];
        let ys = [min.y + inset, (min.y + max.y) / 2.0, max.y - inset];
        let mut scales = Vec::new();
        for x in xs {
            for y in ys {
                let (a, b) = self.km_per_px(Coord { x, y })?;
                scales.extend([a, b]);
            }
        }
        let lo = scales.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = scales.iter().copied().fold(0.0, f64::max);
        Some(hi / lo - 1.0)
    }

    /// The scale of the map along the whole degree of latitude nearest the frame's centre
    /// (where that parallel crosses the frame's middle column), for a scale bar: the
    /// kilometres a pixel across the canvas covers there, and whether the scale is the
    /// same (within 1 %) wherever that parallel runs in the frame, as it is in conic,
    /// cylindrical and azimuthal projections of normal aspect.
    pub fn local_scale(&self) -> Option<LocalScale> {
        let f = self.frame();
        let centre = (f.min() + f.max()) / 2.0;
        let (lon, lat) = self.lonlat(centre)?;
        // A frame round a pole has no parallel across its middle to measure along.
        if lat.abs() > 89.0 {
            return None;
        }
        let inside = |c: Coord<f64>| {
            c.x >= f.min().x && c.x <= f.max().x && c.y >= f.min().y && c.y <= f.max().y
        };
        let (lat, at) = match self.pixel(lon, lat.round()) {
            Some(c) if inside(c) => (lat.round(), c),
            _ => (lat, centre),
        };
        let km_per_px = self.km_per_px(at)?.0;
        // Along the parallel from the frame's left edge to its right, where it is inside.
        let west = self
            .lonlat(Coord {
                x: f.min().x,
                y: at.y,
            })?
            .0;
        let east = self
            .lonlat(Coord {
                x: f.max().x,
                y: at.y,
            })?
            .0;
        let along_parallel = (0..=8).all(|k| {
            let lon = west + (east - west) * f64::from(k) / 8.0;
            match self.pixel(lon, lat) {
                Some(c) if inside(c) => self
                    .km_per_px(c)
                    .is_some_and(|(x, _)| (x / km_per_px - 1.0).abs() < 0.01),
                _ => true,
            }
        });
        Some(LocalScale {
            km_per_px,
            lon,
            lat,
            along_parallel,
        })
    }

    /// The polygons placed in the window: the whole set when it lies in it, else each
    /// polygon that reaches the window, moved by a whole turn where that brings it in
    /// (land west of the antimeridian on a map of the Pacific, Chukotka on a map of Russia).
    fn place<'a>(&self, mp: &'a MultiPolygon<f64>) -> Cow<'a, MultiPolygon<f64>> {
        if rect_contains(&self.window, mp) {
            return Cow::Borrowed(mp);
        }
        let mut turns: Vec<(usize, f64)> = Vec::new();
        for (i, poly) in mp.0.iter().enumerate() {
            if let Some(b) = poly.bounding_rect() {
                turns.extend(
                    TURNS
                        .into_iter()
                        .filter(|&t| overlaps(&self.window, &b, t))
                        .map(|t| (i, t)),
                );
            }
        }
        if turns.is_empty() {
            return Cow::Owned(MultiPolygon::new(Vec::new()));
        }
        // Nothing to move: the set as it is (the clip drops what lies outside).
        if turns.iter().all(|&(_, t)| t == 0.0) {
            return Cow::Borrowed(mp);
        }
        Cow::Owned(MultiPolygon::new(
            turns
                .into_iter()
                .map(|(i, t)| mp.0[i].translate(t, 0.0))
                .collect(),
        ))
    }

    /// Projects polygons to canvas pixels, clipped to the frame and simplified: exact
    /// outlines, to be drawn with a border.
    pub fn polygons(&self, mp: &MultiPolygon<f64>) -> MultiPolygon<f64> {
        self.polygons_cut(mp, Cut::Outline)
    }

    /// Projects the built-in world's land to canvas pixels, clipped to the frame and
    /// simplified, as [`Projector::polygons`] does but cut to the window and the frame by
    /// [`crate::clip::polygons`], in a small part of the time: the same area, but where a
    /// shape leaves the frame and comes back, its outline runs out and back along the
    /// frame's edge. It is to be filled, and stroked only in its fill's colour (the frame
    /// line covers such a stroke). Where the window's edge is drawn inside the frame (round
    /// a pole), the shapes cut there are cut to the frame by the boolean operation, which
    /// leaves no such span on the map.
    pub fn basemap_land(&self, mp: &MultiPolygon<f64>) -> MultiPolygon<f64> {
        self.polygons_cut(mp, Cut::Fill)
    }

    fn polygons_cut(&self, mp: &MultiPolygon<f64>, how: Cut) -> MultiPolygon<f64> {
        // Each step's input is dropped as soon as the next exists, and nothing is copied
        // that needs no change: a region of a million vertices stays within the memory
        // budget (see tests/limits.rs).
        let shifted = self.place(mp);
        if shifted.0.is_empty() {
            return MultiPolygon::new(Vec::new());
        }
        // Whether the rectangle cut left spans along the window's edge that the frame
        // does not cut away.
        let mut spans = false;
        let clipped = match how {
            _ if rect_contains(&self.window, &shifted) => shifted,
            Cut::Outline => Cow::Owned(shifted.intersection(&self.window.to_polygon())),
            Cut::Fill => match crate::clip::polygons(&self.window, &shifted) {
                Kept::All => shifted,
                Kept::Some { shape, cut } => {
                    spans = cut && self.window_in_frame;
                    Cow::Owned(shape)
                }
            },
        };
        let dense = Euclidean.densify(clipped.as_ref(), DENSIFY_DEGREES);
        drop(clipped);
        let projected = MultiPolygon::new(
            dense
                .0
                .iter()
                .filter_map(|poly| {
                    let ext = self.ring(poly.exterior())?;
                    let holes = poly
                        .interiors()
                        .iter()
                        .filter_map(|r| self.ring(r))
                        .collect();
                    Some(Polygon::new(ext, holes))
                })
                .collect(),
        );
        drop(dense);
        let frame = self.frame();
        let inside = match how {
            _ if !spans && rect_contains(&frame, &projected) => projected,
            // The boolean operation removes the spans (see `clip::polygons`).
            _ if spans => projected.intersection(&frame.to_polygon()),
            Cut::Outline => projected.intersection(&frame.to_polygon()),
            Cut::Fill => match crate::clip::polygons(&frame, &projected) {
                Kept::All => projected,
                Kept::Some { shape, .. } => shape,
            },
        };
        let simple = inside.simplify(SIMPLIFY_PX);
        // Drop specks smaller than a pixel: they cannot be seen and only add bytes.
        MultiPolygon::new(
            simple
                .0
                .into_iter()
                .filter(|p| {
                    use geo::Area;
                    p.exterior().0.len() >= 4 && p.unsigned_area() >= 0.5
                })
                .collect(),
        )
    }

    fn ring(&self, ring: &LineString<f64>) -> Option<LineString<f64>> {
        let coords: Vec<Coord<f64>> = ring.0.iter().filter_map(|c| self.pixel(c.x, c.y)).collect();
        (coords.len() >= 4).then(|| LineString::new(coords))
    }

    /// Projects lines to canvas pixels, clipped to the frame and simplified.
    ///
    /// Clipped by geo's boolean operations, which snap vertices to a grid and may split a
    /// line where it meets itself: the scenario's own lines, railways and the graticule
    /// are drawn as they always were (the built-in scenario's maps are kept
    /// byte-identical). The built-in world's coasts and borders, a hundred times more
    /// vertices, take [`Projector::basemap_lines`].
    pub fn lines(&self, ml: &MultiLineString<f64>) -> MultiLineString<f64> {
        self.lines_cut_by(ml, |rect, lines| rect.to_polygon().clip(lines, false))
    }

    /// Projects the built-in world's coasts and borders to canvas pixels, clipped to the
    /// frame and simplified, as [`Projector::lines`] does but cut exactly to the window
    /// and the frame segment by segment ([`crate::clip::lines`]), in a small part of the
    /// time.
    pub fn basemap_lines(&self, ml: &MultiLineString<f64>) -> MultiLineString<f64> {
        self.lines_cut_by(ml, crate::clip::lines)
    }

    fn lines_cut_by(
        &self,
        ml: &MultiLineString<f64>,
        cut: impl Fn(&Rect<f64>, &MultiLineString<f64>) -> MultiLineString<f64>,
    ) -> MultiLineString<f64> {
        // A line is one course: where it jumps across the antimeridian (from 179° to
        // −179°), it goes on past 180° instead, then is placed in the window whole.
        let unwrapped = ml.0.iter().map(|l| {
            let mut turn = 0.0;
            let mut last: Option<f64> = None;
            LineString::new(
                l.0.iter()
                    .map(|c| {
                        if let Some(prev) = last {
                            if c.x - prev > 180.0 {
                                turn -= 360.0;
                            } else if prev - c.x > 180.0 {
                                turn += 360.0;
                            }
                        }
                        last = Some(c.x);
                        Coord {
                            x: c.x + turn,
                            y: c.y,
                        }
                    })
                    .collect(),
            )
        });
        let mut placed = Vec::new();
        for l in unwrapped {
            let Some(b) = l.bounding_rect() else {
                continue;
            };
            for turn in TURNS {
                if overlaps(&self.window, &b, turn) {
                    placed.push(l.translate(turn, 0.0));
                }
            }
        }
        let clipped = cut(&self.window, &MultiLineString::new(placed));
        let dense = Euclidean.densify(&clipped, DENSIFY_DEGREES);
        let projected = MultiLineString::new(
            dense
                .0
                .iter()
                .map(|l| LineString::new(l.0.iter().filter_map(|c| self.pixel(c.x, c.y)).collect()))
                .filter(|l| l.0.len() >= 2)
                .collect(),
        );
        let inside = cut(&self.frame(), &projected);
        MultiLineString::new(
            inside
                .simplify(SIMPLIFY_PX)
                .0
                .into_iter()
                .filter(|l| l.0.len() >= 2)
                .collect(),
        )
    }

    /// The graticule: meridians and parallels every `step` degrees across the window,
    /// as canvas pixel lines clipped to the frame, each with its value in degrees.
    pub fn graticule(&self, step: f64) -> (Vec<GraticuleLine>, Vec<GraticuleLine>) {
        let w = self.window;
        let first = |lo: f64| (lo / step).ceil() * step;
        let mut meridians = Vec::new();
        let mut lon = first(w.min().x);
        while lon <= w.max().x {
            let line = LineString::from(vec![
                (lon, w.min().y.max(-80.0)),
                (lon, w.max().y.min(80.0)),
            ]);
            meridians.push((lon, self.lines(&MultiLineString::new(vec![line]))));
            lon += step;
        }
        let mut parallels = Vec::new();
        let mut lat = first(w.min().y.max(-80.0));
        while lat <= w.max().y.min(80.0) {
            // In steps of under 180° when longer, so that it reads as one course (see
            // `lines`).
            let steps = if w.max().x - w.min().x > 180.0 {
                4.0
            } else {
                1.0
            };
            let line = LineString::from(
                (0..=steps as usize)
                    .map(|k| {
                        let t = k as f64 / steps;
                        (w.min().x + (w.max().x - w.min().x) * t, lat)
                    })
                    .collect::<Vec<_>>(),
            );
            parallels.push((lat, self.lines(&MultiLineString::new(vec![line]))));
            lat += step;
        }
        (meridians, parallels)
    }
}

/// How projected polygons are cut to the window and the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// Exactly, by geo's boolean operations: outlines that may be drawn.
    Outline,
    /// By the rectangle alone (see [`Projector::basemap_land`]): areas to fill.
    Fill,
}

/// The moves by a whole turn that may bring a shape into the window, which is at most
/// 360° wide and lies within 540° of the prime meridian.
const TURNS: [f64; 3] = [0.0, 360.0, -360.0];

/// Whether `b` moved east by `turn` degrees overlaps the window `w`.
fn overlaps(w: &Rect<f64>, b: &Rect<f64>, turn: f64) -> bool {
    b.min().x + turn <= w.max().x
        && b.max().x + turn >= w.min().x
        && b.min().y <= w.max().y
        && b.max().y >= w.min().y
}

fn rect_contains(rect: &Rect<f64>, mp: &MultiPolygon<f64>) -> bool {
    use geo::BoundingRect;
    mp.bounding_rect().is_none_or(|b| {
        b.min().x >= rect.min().x
            && b.min().y >= rect.min().y
            && b.max().x <= rect.max().x
            && b.max().y <= rect.max().y
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Area, BoundingRect};

    fn map() -> MapSpec {
        MapSpec {
            bbox: [104.0, 33.0, 146.0, 54.0],
            projection: "+proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=122 +datum=WGS84".into(),
            width: 1600,
            crosses_antimeridian: false,
            world: false,
        }
    }

    #[test]
    fn the_bbox_fills_the_frame_width() {
        let p = Projector::new(&map(), 1600.0).unwrap();
        assert_eq!(p.frame().width(), 1600.0);
        assert!(
            p.frame().height() > 800.0 && p.frame().height() < 1400.0,
            "{:?}",
            p.frame()
        );
        // The centre meridian is vertical: two points on it share x.
        let a = p.pixel(122.0, 40.0).unwrap();
        let b = p.pixel(122.0, 50.0).unwrap();
        assert!((a.x - b.x).abs() < 1e-6);
        assert!(b.y < a.y, "north is up");
    }

    #[test]
    fn polygons_across_the_antimeridian_are_clipped_away() {
        let p = Projector::new(&map(), 1000.0).unwrap();
        // A polygon at the far side of the globe and one straddling the frame's east edge.
        let far = Polygon::new(
            LineString::from(vec![
                (-179.0, 60.0),
                (-170.0, 60.0),
                (-170.0, 65.0),
                (-179.0, 65.0),
                (-179.0, 60.0),
            ]),
            vec![],
        );
        let edge = Polygon::new(
            LineString::from(vec![
                (140.0, 40.0),
                (170.0, 40.0),
                (170.0, 45.0),
                (140.0, 45.0),
                (140.0, 40.0),
            ]),
            vec![],
        );
        let out = p.polygons(&MultiPolygon::new(vec![far, edge]));
        assert_eq!(out.0.len(), 1);
        let b = out.bounding_rect().unwrap();
        assert!(
            b.max().x <= 1000.0 + 1e-3,
            "clipped to the frame (i_overlay rounds slightly)"
        );
        assert!(out.unsigned_area() > 0.0);
    }

    #[test]
    fn land_cut_where_the_window_edge_crosses_the_map_leaves_no_line_over_the_sea() {
        // Round the North Pole, all the way round from 10°E: the window is cut along that
        // meridian, which runs from the pole to the frame's edge across the map.
        let polar = MapSpec {
            bbox: [10.0, 58.0, 9.99, 90.0],
            projection: "+proj=laea +lat_0=90 +lon_0=-30 +datum=WGS84".into(),
            width: 800,
            crosses_antimeridian: true,
            world: false,
        };
        let p = Projector::new(&polar, 800.0).unwrap();
        assert!(p.window_in_frame, "{:?}", p.window);
        assert!(!Projector::new(&map(), 800.0).unwrap().window_in_frame);
        // Land across that meridian: two arms reaching east over it from a base west of
        // it, a bay between them. Cut to the window by the rectangle alone, the piece east
        // of the cut would join its two arms along the meridian, over the bay.
        let u = Polygon::new(
            LineString::from(vec![
                (0.0, 70.0),
                (20.0, 70.0),
                (20.0, 71.0),
                (5.0, 71.0),
                (5.0, 74.0),
                (20.0, 74.0),
                (20.0, 75.0),
                (0.0, 75.0),
                (0.0, 70.0),
            ]),
            vec![],
        );
        let u = MultiPolygon::new(vec![u]);
        let (filled, outlined) = (p.basemap_land(&u), p.polygons(&u));
        assert!((filled.unsigned_area() / outlined.unsigned_area() - 1.0).abs() < 1e-3);
        // No edge passes over the middle of the bay's mouth on the meridian.
        use geo::{Distance, Euclidean};
        let mouth = Point::from(p.pixel(p.window.min().x, 72.5).unwrap());
        let nearest = filled
            .0
            .iter()
            .flat_map(|poly| poly.exterior().lines())
            .map(|l| Euclidean.distance(&l, &mouth))
            .fold(f64::INFINITY, f64::min);
        assert!(nearest > 5.0, "an edge {nearest} px from the bay's mouth");
    }

    #[test]
    fn long_parallels_become_curves() {
        let p = Projector::new(&map(), 1000.0).unwrap();
        let line = LineString::from(vec![(110.0, 45.0), (134.0, 45.0)]);
        let out = p.lines(&MultiLineString::new(vec![line]));
        assert!(
            out.0[0].0.len() > 10,
            "densified and still curved after simplifying"
        );
        let mid = out.0[0].0[out.0[0].0.len() / 2];
        let end = out.0[0].0[0];
        assert!(
            mid.y > end.y + 5.0,
            "parallels are arcs around the pole: the ends rise"
        );
    }

    #[test]
    fn pixels_go_back_to_where_they_came_from_and_measure_the_scale() {
        let p = Projector::new(&map(), 1600.0).unwrap();
        let c = p.pixel(122.0, 45.0).unwrap();
        let (lon, lat) = p.lonlat(c).unwrap();
        assert!(
            (lon - 122.0).abs() < 1e-6 && (lat - 45.0).abs() < 1e-6,
            "{lon} {lat}"
        );
        // A conformal projection: the same scale across and down.
        let (x, y) = p.km_per_px(c).unwrap();
        assert!((x / y - 1.0).abs() < 0.01, "{x} {y}");
        // Between the standard parallels of a Lambert conformal conic the scale is a few
        // per cent smaller than on them.
        let on = p.km_per_px(p.pixel(122.0, 35.0).unwrap()).unwrap().0;
        assert!(x > on && x / on < 1.05, "{x} {on}");
        let v = p.scale_variation().unwrap();
        assert!(v > 0.0 && v < 0.1, "{v}");
        // The frame's centre is near 44°N: the scale along that parallel, the same all
        // along it, as a conic projection has it.
        let l = p.local_scale().unwrap();
        assert_eq!(l.lat.fract(), 0.0);
        assert!(l.along_parallel);
        let on = p.km_per_px(p.pixel(l.lon, l.lat).unwrap()).unwrap().0;
        assert_eq!(l.km_per_px, on);
    }

    #[test]
    fn epsg_codes_are_looked_up_in_any_case() {
        let laea = definition("EPSG:3035").unwrap();
        assert!(
            laea.starts_with("+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000"),
            "{laea}"
        );
        assert_eq!(definition(" epsg:3035 ").unwrap(), laea);
        assert_eq!(
            definition("+proj=merc +datum=WGS84").unwrap(),
            "+proj=merc +datum=WGS84"
        );
        // A code draws exactly what its proj4 definition draws.
        let europe = |projection: &str| MapSpec {
            bbox: [-10.0, 35.0, 30.0, 60.0],
            projection: projection.into(),
            width: 800,
            crosses_antimeridian: false,
            world: false,
        };
        let by_code = Projector::new(&europe("EPSG:3035"), 800.0).unwrap();
        let by_text = Projector::new(&europe(&laea), 800.0).unwrap();
        assert_eq!(by_code.frame(), by_text.frame());
        assert_eq!(by_code.pixel(2.35, 48.86), by_text.pixel(2.35, 48.86));
        // Centred on 10°E: that meridian is vertical, and the map is symmetric about it.
        let x = |lon, lat| by_code.pixel(lon, lat).unwrap().x;
        assert!((x(10.0, 36.0) - x(10.0, 59.0)).abs() < 1e-6);
        assert!(((x(10.0, 50.0) - x(0.0, 50.0)) - (x(20.0, 50.0) - x(10.0, 50.0))).abs() < 1e-6);
        assert!(x(0.0, 50.0) < x(20.0, 50.0), "east is right");
    }

    #[test]
    fn maps_are_north_up_whatever_the_axis_order() {
        // South African Lo19: westing and southing (+axis=wsu).
        assert!(
            crs_definitions::from_code(2048)
                .unwrap()
                .proj4
                .contains("+axis=wsu")
        );
        assert!(!definition("EPSG:2048").unwrap().contains("+axis"));
        let lo19 = MapSpec {
            bbox: [17.0, -35.0, 21.0, -28.0],
            projection: "EPSG:2048".into(),
            width: 400,
            crosses_antimeridian: false,
            world: false,
        };
        let p = Projector::new(&lo19, 400.0).unwrap();
        let (south, north) = (p.pixel(19.0, -34.0).unwrap(), p.pixel(19.0, -29.0).unwrap());
        assert!(north.y < south.y, "north is up");
        assert!(p.pixel(18.0, -31.0).unwrap().x < p.pixel(20.0, -31.0).unwrap().x);
    }

    #[test]
    fn codes_that_cannot_draw_a_map_are_refused_with_their_reason() {
        for unknown in ["EPSG:99999", "EPSG:1", "EPSG:", "EPSG:abc", "epsg:-3035"] {
            assert!(
                matches!(setup(unknown), Err(ProjectError::UnknownCode { .. })),
                "{unknown}"
            );
        }
        let reason = |code: &str| match setup(code) {
            Err(ProjectError::UnusableCode { reason, .. }) => reason,
            other => panic!("{code}: {other:?}"),
        };
        assert_eq!(
            reason("EPSG:4978"),
            "it is a geocentric (x, y, z) system, not a map projection"
        );
        assert!(reason("EPSG:4267").contains("shift grid"), "NAD27");
        assert_eq!(
            reason("EPSG:27200"),
            "proj4rs has no '+proj=nzmg' projection"
        );
        let e = setup("3035").unwrap_err();
        assert!(e.message().contains("\"EPSG:3035\""), "{e}");
        assert!(!e.message().contains("hint"), "{e}");
        assert!(e.to_string().ends_with(&format!("(hint: {})", e.hint())));
        assert!(matches!(
            setup("+proj=geocent +datum=WGS84"),
            Err(ProjectError::BadProjection { .. })
        ));
    }

    #[test]
    fn bad_projections_are_refused() {
        let mut m = map();
        m.projection = "+proj=nonsense".into();
        assert!(matches!(
            Projector::new(&m, 800.0),
            Err(ProjectError::BadProjection { .. })
        ));
    }
}
