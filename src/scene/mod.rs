//! The scene: everything a map draws, decided before any output is written.
//!
//! A [`Scene`] holds pixel geometry, concrete colours and patterns, placed labels and the
//! laid-out legend. Renderers walk it and decide nothing; so the SVG and the PNG (which is
//! the SVG rasterised) agree by construction.
//!
//! Building is split in two: [`Prepared`] projects everything that does not depend on the
//! date (basemap, regions, lines, cities, graticule, layout) once per run, and a map kind
//! composes the scene of one moment from layers made by one builder per layer kind:
//!
//! - [`chrome`]: paper, sea and graticule, land, the frame line, title, subtitle, credit;
//! - [`areas`]: region fills and the borders drawn over them;
//! - [`lines`]: treaty lines and railways in force;
//! - [`names`]: labels of regions, cities and countries, placed so none overlap;
//! - [`legend`] and [`rows`]: what the legend lists, laid out in a box or a band;
//! - [`scale`]: the scale bar, where the map's scale varies little across the frame;
//! - [`spot`]: the least hidden spot for a box (the legend, the scale bar, the date stamp);
//! - [`stamp`]: the large date stamp of animation frames.
//!
//! The map kinds are short compositions of these: [`build`] (the year map, in `year.rs`),
//! [`build_diff`] (the diff map, in `diff.rs`) and [`frames`] (animation frames).

mod areas;
mod base;
mod chrome;
mod describe;
mod diff;
mod labels;
mod legend;
mod lines;
mod locate;
mod names;
mod rows;
mod scale;
mod spot;
mod stamp;
mod style;
pub mod text;
mod year;

pub use base::Prepared;
pub use describe::{
    HomeTerritory, alt_text, caption, credit, map_title, metadata, sources, subtitle,
};
pub use diff::{build_diff, cited_between};
pub use stamp::frames;
pub(crate) use style::whole_tile;
pub(crate) use style::{Cover, cover};
pub use style::{PatternKind, Theme, ThemeError};
pub use year::build;

use geo::{Coord, MultiLineString, MultiPolygon};

use crate::language::Language;
use crate::model::Color;

/// How a map is drawn: size and colours.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Canvas width in pixels; text, strokes and patterns scale with it.
    pub width: f64,
    /// The colour theme.
    pub theme: Theme,
    /// A scale bar on year maps where the map's scale varies little across the frame
    /// (10 %; see `scene/scale.rs`).
    pub scale_bar: bool,
    /// The language of the words the map writes itself (legend, subtitle, dates, alt
    /// text); the scenario's names come already in it.
    pub language: Language,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 1600.0,
            theme: Theme::default(),
            scale_bar: true,
            language: Language::En,
        }
    }
}

/// A finished map: what the renderers draw, in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Canvas width in pixels.
    pub width: f64,
    /// Canvas height in pixels.
    pub height: f64,
    /// The language of its words, for the SVG's `xml:lang` and the font list
    /// ([`text::font_family`]).
    pub language: Language,
    /// The map's title (the SVG `<title>`).
    pub title: String,
    /// A description of what the map shows (the SVG `<desc>`, the alt text).
    pub desc: String,
    /// Fill patterns used by shapes.
    pub patterns: Vec<Pattern>,
    /// Layers, bottom first.
    pub layers: Vec<Layer>,
    /// The cities (indices in `Scenario::cities`) inside the frame that this map leaves
    /// out for lack of room: no place for the dot and the name was free. Renderers draw
    /// nothing of it; it is for the warning a run gives.
    pub left_out: Vec<usize>,
    /// What the map file says of itself (the SVG's `<metadata>`), for the maps written to
    /// be reused: year and diff maps.
    pub metadata: Option<Metadata>,
}

/// What a map says of itself as a work, beside its title and description: what it shows
/// the state of, where its facts and shapes come from, who made it and under which
/// licence. The SVG writes it as RDF (Dublin Core and Creative Commons' ccREL), which
/// Inkscape and Commons' tools read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metadata {
    /// The time the map shows: a date (`1912-12-31`), or two dates of a diff map as an
    /// ISO 8601 interval (`1909-12-31/1912-12-31`). Not the day the file was made.
    pub coverage: String,
    /// Where its facts and shapes come from, each once: the credit line, then the source
    /// of every event applied by its date, in the order applied.
    pub sources: Vec<String>,
    /// Who made the scenario's data, if it says.
    pub creator: Option<String>,
    /// The licence as an SPDX expression, if the scenario names one.
    pub rights: Option<String>,
    /// The address of each licence offered, when the expression is one licence or a
    /// choice of licences (an RDF `cc:license` each offers the work under that licence).
    pub licenses: Vec<String>,
}

/// A named group of items (an SVG `<g id>`).
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    /// The layer's id, e.g. `regions`.
    pub id: String,
    /// Which maps draw the same layer: a rasteriser keeps the pixels of shared layers.
    pub purpose: Purpose,
    /// Items, bottom first.
    pub items: Vec<Item>,
}

impl Layer {
    /// A layer of `items`.
    pub fn new(id: &str, purpose: Purpose, items: Vec<Item>) -> Layer {
        Layer {
            id: id.into(),
            purpose,
            items,
        }
    }
}

/// What a layer is for, so that renderers of many maps know what the maps share without
/// knowing the layers by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The same on every map of a run (paper, sea, land, the title).
    Shared,
    /// This map's own (regions, labels, legend): shared with maps of the same holdings.
    Own,
    /// Different on (nearly) every date (the subtitle, the credit with the latest event,
    /// the date stamp).
    Dated,
}

/// One thing drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled and/or stroked shape.
    Shape(Shape),
    /// A line of text.
    Text(Text),
}

/// The geometry of a shape, in canvas pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Geometry {
    /// Polygons with holes, filled even-odd.
    Area(MultiPolygon<f64>),
    /// Open lines.
    Lines(MultiLineString<f64>),
    /// The outline of the area shape with this id, drawn over it (a region's border): its
    /// rings as lines. It refers to the area rather than copying it, so the SVG writes a
    /// `<use>` of the area's path.
    Outline(String),
    /// An axis-aligned rectangle: top-left corner and size.
    Rect {
        /// Top-left corner.
        at: Coord<f64>,
        /// Width and height.
        size: Coord<f64>,
    },
    /// A circle.
    Circle {
        /// Centre.
        at: Coord<f64>,
        /// Radius.
        r: f64,
    },
}

/// How a shape's inside is painted.
#[derive(Debug, Clone, PartialEq)]
pub enum Fill {
    /// Not filled.
    None,
    /// A colour with an opacity from 0 to 1.
    Color(Color, f64),
    /// The pattern with this id.
    Pattern(String),
}

/// How a shape's outline is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Color,
    /// Width in pixels.
    pub width: f64,
    /// Opacity, 0 to 1.
    pub opacity: f64,
    /// Dash and gap lengths in pixels; empty for a solid line.
    pub dash: Vec<f64>,
}

impl Stroke {
    /// A solid, opaque stroke.
    pub fn solid(color: Color, width: f64) -> Stroke {
        Stroke {
            color,
            width,
            opacity: 1.0,
            dash: Vec::new(),
        }
    }
}

/// A shape with its identity for the SVG (`id`, `class`, `<title>`).
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Element id, unique in the scene.
    pub id: Option<String>,
    /// Classes, e.g. `region japan sphere`.
    pub class: Option<String>,
    /// A tooltip (the SVG `<title>` child).
    pub title: Option<String>,
    /// The geometry.
    pub geometry: Geometry,
    /// Inside paint.
    pub fill: Fill,
    /// Outline, if any.
    pub stroke: Option<Stroke>,
}

/// Where a text's `x` is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `x` is the left end.
    Start,
    /// `x` is the middle.
    Middle,
    /// `x` is the right end.
    End,
}

/// A line of text, its baseline at `y`.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Position of the anchor on the baseline.
    pub at: Coord<f64>,
    /// The text.
    pub text: String,
    /// Font size in pixels.
    pub size: f64,
    /// Bold weight.
    pub bold: bool,
    /// Italic style.
    pub italic: bool,
    /// Horizontal alignment.
    pub anchor: Anchor,
    /// Colour.
    pub color: Color,
    /// A halo around the letters (colour and width), drawn under them.
    pub halo: Option<(Color, f64)>,
    /// Extra space between letters, in pixels.
    pub spacing: f64,
    /// Class for the SVG.
    pub class: Option<String>,
    /// This line continues the text before it in the layer (a name or a credit set on
    /// several lines): a writer may set them as one `<text>` of `<tspan>` lines.
    pub continues: bool,
}

impl Text {
    /// Upright text starting at `at`, without halo or letter spacing: the title, subtitle,
    /// credit and legend lines, which sit on the paper rather than on the map.
    pub fn plain(
        at: Coord<f64>,
        text: String,
        size: f64,
        bold: bool,
        color: Color,
        class: &str,
    ) -> Text {
        Text {
            at,
            text,
            size,
            bold,
            italic: false,
            anchor: Anchor::Start,
            color,
            halo: None,
            spacing: 0.0,
            class: Some(class.into()),
            continues: false,
        }
    }

    /// The same text, marked as continuing the text before it when `continues`.
    pub fn continuing(mut self, continues: bool) -> Text {
        self.continues = continues;
        self
    }
}

/// A repeating fill, in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Id referenced by `Fill::Pattern`.
    pub id: String,
    /// What is drawn in each tile.
    pub kind: PatternKind,
    /// Tile size.
    pub size: f64,
    /// The lines' or dots' colour.
    pub color: Color,
    /// The tile's background.
    pub background: Color,
    /// Line width, or dot radius.
    pub weight: f64,
}
