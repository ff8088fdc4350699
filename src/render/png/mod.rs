//! Rasterises SVG text to PNG with resvg, using the embedded fonts only.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::language::Language;
use crate::render::svg;
use crate::scene::{Layer, Pattern, Purpose, Scene};

mod encode;
mod fonts;

pub use encode::encode;
use encode::{Bands, encode_with};

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// resvg could not read the SVG (a bug if the SVG came from this crate).
    #[error("the SVG could not be read: {0}")]
    Svg(#[from] usvg::Error),
    /// The requested image is empty or too large to allocate.
    #[error("cannot make a {width}×{height} image (hint: use a smaller --width or --scale)")]
    Size {
        /// Pixel width asked for.
        width: f64,
        /// Pixel height asked for.
        height: f64,
    },
    /// Encoding failed.
    #[error("PNG encoding failed: {0}")]
    Encode(String),
}

/// Largest side of a PNG, in pixels (the canvas limit the projection checks maps against).
pub use crate::project::MAX_SIDE;

/// Rasterises SVG text at `scale` (2 for high-DPI) and encodes it as PNG.
pub fn rasterize(svg: &str, scale: f64) -> Result<Vec<u8>, PngError> {
    encode(&pixels(svg, scale)?)
}

/// Rasterises SVG text at `scale` to an RGBA pixmap (premultiplied alpha).
pub fn pixels(svg: &str, scale: f64) -> Result<tiny_skia::Pixmap, PngError> {
    draw(svg, scale, None, Language::En)
}

/// Draws SVG text at `scale` for a reader of `language`: where the document offers
/// texts in several languages (`<switch>` of `systemLanguage` variants, as
/// [`crate::render::multilingual`] writes), the one in that language, else the default.
pub fn pixels_in(svg: &str, scale: f64, language: Language) -> Result<tiny_skia::Pixmap, PngError> {
    draw(svg, scale, None, language)
}

/// Draws SVG text at `scale`, over a copy of `under` if given (which must have the
/// document's pixel size), or on a transparent canvas.
fn draw(
    svg: &str,
    scale: f64,
    under: Option<&tiny_skia::Pixmap>,
    language: Language,
) -> Result<tiny_skia::Pixmap, PngError> {
    let options = usvg::Options {
        fontdb: fonts::database(),
        font_family: "DejaVu Sans".into(),
        languages: vec![language.code().to_string()],
        font_resolver: fonts::resolver(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size();
    let (w, h) = (
        (f64::from(size.width()) * scale).round(),
        (f64::from(size.height()) * scale).round(),
    );
    let too_big = || PngError::Size {
        width: w,
        height: h,
    };
    if !(w >= 1.0 && h >= 1.0 && w <= MAX_SIDE && h <= MAX_SIDE) {
        return Err(too_big());
    }
    let mut pixmap = match under {
        Some(p) if (p.width(), p.height()) == (w as u32, h as u32) => p.clone(),
        Some(_) => return Err(too_big()),
        None => tiny_skia::Pixmap::new(w as u32, h as u32).ok_or_else(too_big)?,
    };
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale as f32, scale as f32),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// How many drawings of the middle layers are kept: maps are rendered in date order by
/// each thread, so dates that share them follow each other.
const KEEP: usize = 2;
/// Bytes of pixels kept with their compressed PNG rows: two maps' worth at 1600 px.
const BAND_BUDGET: usize = 12 << 20;

/// Rasterises the maps of one run, drawing what they share only once.
///
/// A map is drawn in three parts, each the SVG document of some of its layers
/// ([`svg::write_part`]): the bottom layers that every map shares ([`Purpose::Shared`]),
/// the middle ones, and the dated top ones ([`Purpose::Dated`]), each part drawn over a
/// copy of the pixels of the parts below. resvg draws each
/// element straight over the pixels below it (plain groups get no layer of their own),
/// so the parts give the pixels of the whole SVG drawn at once, bit for bit (a test
/// checks this): the PNG is still the rendering of the SVG written. The pixels of the
/// lower parts are kept, keyed by their SVG text, and reused by every later map whose
/// lower parts are the same text. A scene with no shared layer at the bottom is simply
/// drawn whole, and one with no dated layer on top in two parts.
#[derive(Debug)]
pub struct Rasterizer {
    scale: f64,
    base: Mutex<Vec<Kept>>,
    middle: Mutex<Vec<Kept>>,
    bands: Bands,
}

/// Pixels drawn from some SVG text (`None` if drawing failed), made once by the first
/// thread that needs them while any other waits.
type Drawn = Arc<OnceLock<Option<Arc<tiny_skia::Pixmap>>>>;

#[derive(Debug)]
struct Kept {
    part: Part,
    /// The pixels the part was drawn over (kept alive, so never mistaken for others).
    under: Option<Arc<tiny_skia::Pixmap>>,
    drawn: Drawn,
}

impl Rasterizer {
    /// A rasteriser for maps drawn at `scale` (2 for high-DPI).
    pub fn new(scale: f64) -> Rasterizer {
        Rasterizer {
            scale,
            base: Mutex::new(Vec::new()),
            middle: Mutex::new(Vec::new()),
            bands: Bands::new(BAND_BUDGET),
        }
    }

    /// The map as a PNG: the same bytes as [`rasterize`] of [`svg::write`] of it.
    pub fn png(&self, scene: &Scene) -> Result<Vec<u8>, PngError> {
        encode_with(&self.pixels(scene)?, &self.bands)
    }

    /// The map's pixels: the same as [`pixels`] of [`svg::write`] of it.
    pub fn pixels(&self, scene: &Scene) -> Result<tiny_skia::Pixmap, PngError> {
        let layers = &scene.layers;
        let shared = layers
            .iter()
            .take_while(|l| l.purpose == Purpose::Shared)
            .count();
        let dated = layers[shared..]
            .iter()
            .rev()
            .take_while(|l| l.purpose == Purpose::Dated)
            .count();
        let top = layers.len() - dated;
        if shared == 0 {
            return pixels(&svg::write(scene), self.scale);
        }
        let base = self.kept(&self.base, 1, scene, 0..shared, None);
        if dated == 0 {
            return match base {
                Some(base) => draw(
                    &svg::write_part(scene, shared..layers.len()),
                    self.scale,
                    Some(&base),
                    Language::En,
                ),
                None => pixels(&svg::write(scene), self.scale),
            };
        }
        let middle =
            base.and_then(|base| self.kept(&self.middle, KEEP, scene, shared..top, Some(base)));
        match middle {
            Some(middle) => draw(
                &svg::write_part(scene, top..layers.len()),
                self.scale,
                Some(&middle),
                Language::En,
            ),
            // Drawing a part failed: drawing the whole says why.
            None => pixels(&svg::write(scene), self.scale),
        }
    }

    /// The pixels of the scene's `layers` drawn over `under`: those kept if the same part
    /// was drawn over the same pixels before, drawn now if not; keeps the `keep` latest.
    fn kept(
        &self,
        list: &Mutex<Vec<Kept>>,
        keep: usize,
        scene: &Scene,
        layers: Range<usize>,
        under: Option<Arc<tiny_skia::Pixmap>>,
    ) -> Option<Arc<tiny_skia::Pixmap>> {
        let same_under = |k: &Kept| match (&k.under, &under) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        let drawn: Drawn = {
            let Ok(mut list) = list.lock() else {
                return draw(
                    &svg::write_part(scene, layers),
                    self.scale,
                    under.as_deref(),
                    Language::En,
                )
                .ok()
                .map(Arc::new);
            };
            match list
                .iter()
                .position(|k| same_under(k) && k.part.is(scene, layers.clone()))
            {
                Some(i) => {
                    let k = list.remove(i);
                    let drawn = k.drawn.clone();
                    list.push(k);
                    drawn
                }
                None => {
                    let drawn: Drawn = Arc::default();
                    list.push(Kept {
                        part: Part::of(scene, layers.clone()),
                        under: under.clone(),
                        drawn: drawn.clone(),
                    });
                    if list.len() > keep {
                        list.remove(0);
                    }
                    drawn
                }
            }
        };
        drawn
            .get_or_init(|| {
                draw(
                    &svg::write_part(scene, layers),
                    self.scale,
                    under.as_deref(),
                    Language::En,
                )
                .ok()
                .map(Arc::new)
            })
            .clone()
    }
}

/// What the SVG text of some layers of a scene ([`svg::write_part`]) is made of: equal
/// parts give equal text, so equal pixels. Compared instead of the text itself, which
/// is then written only to draw a part not kept.
#[derive(Debug)]
struct Part {
    size: (f64, f64),
    layers: Vec<Layer>,
    patterns: Vec<Pattern>,
}

impl Part {
    fn of(scene: &Scene, layers: Range<usize>) -> Part {
        let layers = &scene.layers[layers];
        Part {
            size: (scene.width, scene.height),
            layers: layers.to_vec(),
            patterns: svg::patterns_used(scene, layers).cloned().collect(),
        }
    }

    fn is(&self, scene: &Scene, layers: Range<usize>) -> bool {
        let layers = &scene.layers[layers];
        self.size == (scene.width, scene.height)
            && self.layers[..] == *layers
            && svg::patterns_used(scene, layers).eq(self.patterns.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_renders_with_the_embedded_font() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#fff"/><text x="2" y="15" font-size="14" font-family="sans-serif">Korea</text></svg>"##;
        let png = rasterize(svg, 1.0).unwrap();
        let img = tiny_skia::Pixmap::decode_png(&png).unwrap();
        let dark = img.pixels().iter().filter(|p| p.red() < 128).count();
        assert!(dark > 20, "glyphs were drawn: {dark} dark pixels");
        let png2 = rasterize(svg, 2.0).unwrap();
        let img2 = tiny_skia::Pixmap::decode_png(&png2).unwrap();
        assert_eq!((img2.width(), img2.height()), (120, 40));
    }

    /// The maps of a run drawn in parts, with the parts kept between maps, give the same
    /// PNG bytes as each map's SVG rasterised whole.
    #[test]
    fn maps_drawn_in_parts_are_their_svg_drawn_whole() {
        use crate::scene::{Options, Prepared, build};
        use crate::timeline::{Moment, resolve};
        let scenario = crate::load::built_in().unwrap();
        for (width, scale) in [(420.0, 1.0), (300.0, 2.0)] {
            let options = Options {
                width,
                ..Options::default()
            };
            let prepared = Prepared::new(&scenario, &options).unwrap();
            let raster = Rasterizer::new(scale);
            // Two pairs of years that share all but the subtitle, and changes between.
            for year in [1905, 1906, 1912, 1913, 1932, 1907] {
                let state = resolve(&scenario, &Moment::Year(year)).unwrap();
                let map = build(&scenario, &prepared, &state);
                let whole = rasterize(&svg::write(&map), scale).unwrap();
                assert!(
                    raster.png(&map).unwrap() == whole,
                    "{year} at {width} px, scale {scale}"
                );
            }
        }
    }
}
