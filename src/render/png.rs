//! Rasterises SVG text to PNG with resvg, using the embedded font only.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::render::svg;
use crate::scene::{Layer, Pattern, Purpose, Scene, text};

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

/// The font database: DejaVu Sans from the binary, and no system fonts, so output does
/// not depend on the machine.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(text::regular_bytes().to_vec());
        db.load_font_data(text::bold_bytes().to_vec());
        db.load_font_data(text::oblique_bytes().to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        db.set_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

/// Largest side of a PNG, in pixels.
pub const MAX_SIDE: f64 = 16_384.0;

/// Rasterises SVG text at `scale` (2 for high-DPI) and encodes it as PNG.
pub fn rasterize(svg: &str, scale: f64) -> Result<Vec<u8>, PngError> {
    encode(&pixels(svg, scale)?)
}

/// Rasterises SVG text at `scale` to an RGBA pixmap (premultiplied alpha).
pub fn pixels(svg: &str, scale: f64) -> Result<tiny_skia::Pixmap, PngError> {
    draw(svg, scale, None)
}

/// Draws SVG text at `scale`, over a copy of `under` if given (which must have the
/// document's pixel size), or on a transparent canvas.
fn draw(
    svg: &str,
    scale: f64,
    under: Option<&tiny_skia::Pixmap>,
) -> Result<tiny_skia::Pixmap, PngError> {
    let options = usvg::Options {
        fontdb: fonts(),
        font_family: "DejaVu Sans".into(),
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

/// Encodes a pixmap as PNG.
///
/// Maps are drawn on an opaque paper, so an opaque image is written as 8-bit RGB (a
/// quarter less data to compress than RGBA); anything with transparency keeps its alpha.
/// Rows are not filtered and the data is compressed in bands of rows, each on its own
/// (see [`Bands`]); the same pixels always give the same bytes.
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, PngError> {
    encode_with(pixmap, &Bands::new(0))
}

/// Encodes a pixmap as PNG, reusing the compressed bands of earlier images kept in `bands`.
fn encode_with(pixmap: &tiny_skia::Pixmap, bands: &Bands) -> Result<Vec<u8>, PngError> {
    let opaque = is_opaque(pixmap.data());
    let color = if opaque {
        png::ColorType::Rgb
    } else {
        png::ColorType::Rgba
    };
    // The data goes into a zlib stream: header, the bands' deflate blocks one after the
    // other (each band ends byte-aligned with a sync flush and refers to nothing before
    // it), an empty final block, and the Adler-32 of all the data.
    let row_bytes = (pixmap.width() as usize * 4).max(1);
    let mut zlib = vec![0x78, 0x01];
    let mut adler = 1u32;
    for (index, rows) in pixmap.data().chunks(row_bytes * BAND_ROWS).enumerate() {
        let band = bands.deflated(index, rows, row_bytes, opaque)?;
        zlib.extend_from_slice(&band.deflated);
        adler = adler32_combine(adler, band.adler, band.len);
    }
    zlib.extend_from_slice(&[0x03, 0x00]);
    zlib.extend_from_slice(&adler.to_be_bytes());

    let mut out = Vec::with_capacity(zlib.len() + 128);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    let fail = |e: png::EncodingError| PngError::Encode(e.to_string());
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_chunk(png::chunk::IDAT, &zlib).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}

/// The PNG data of rows of premultiplied RGBA pixels: each row its filter byte and its
/// pixels, as RGB if `opaque`.
///
/// Rows are not filtered (filter byte 0): for these maps, unfiltered rows compress better
/// than any PNG filter, since flat colours and repeating patterns are found again by the
/// compressor as they are, not as differences.
fn png_rows(rgba: &[u8], row_bytes: usize, opaque: bool) -> Vec<u8> {
    let channels = if opaque { 3 } else { 4 };
    let rows = rgba.len() / row_bytes;
    let out_row = 1 + row_bytes / 4 * channels;
    let mut out = vec![0u8; rows * out_row];
    for (src, dst) in rgba
        .chunks_exact(row_bytes)
        .zip(out.chunks_exact_mut(out_row))
    {
        let dst = &mut dst[1..];
        if opaque {
            // Four pixels at a time, as little-endian words: 16 bytes in, 12 out, without
            // a branch or a byte-by-byte copy.
            let mut d = dst.chunks_exact_mut(12);
            let mut s = src.chunks_exact(16);
            for (d, s) in (&mut d).zip(&mut s) {
                let w = |i: usize| u32::from_le_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]);
                let (a, b, c, e) = (w(0), w(4), w(8), w(12));
                d[0..4].copy_from_slice(&((a & 0x00ff_ffff) | (b << 24)).to_le_bytes());
                d[4..8].copy_from_slice(&(((b >> 8) & 0xffff) | (c << 16)).to_le_bytes());
                d[8..12].copy_from_slice(&(((c >> 16) & 0xff) | (e << 8)).to_le_bytes());
            }
            for (d, s) in d
                .into_remainder()
                .chunks_exact_mut(3)
                .zip(s.remainder().chunks_exact(4))
            {
                d.copy_from_slice(&s[..3]);
            }
        } else {
            for (d, s) in dst.chunks_exact_mut(4).zip(src.chunks_exact(4)) {
                let c = tiny_skia::PremultipliedColorU8::from_rgba(s[0], s[1], s[2], s[3]).map_or(
                    [0; 4],
                    |p| {
                        let c = p.demultiply();
                        [c.red(), c.green(), c.blue(), c.alpha()]
                    },
                );
                d.copy_from_slice(&c);
            }
        }
    }
    out
}

/// Whether every pixel of premultiplied RGBA data is opaque. The alpha bytes are ANDed
/// a block at a time with no early exit inside a block, which the compiler vectorises.
fn is_opaque(rgba: &[u8]) -> bool {
    rgba.chunks(16 * 1024).all(|block| {
        let words = block.chunks_exact(4);
        let rest = words.remainder().len();
        let all = words.fold(u32::MAX, |acc, p| {
            acc & u32::from_le_bytes([p[0], p[1], p[2], p[3]])
        });
        rest == 0 && all >> 24 == 0xff
    })
}

/// Rows of a PNG compressed together. Bands are compressed independently, so a band of
/// rows equal to one of an earlier map (maps of one run differ in a few places: the
/// subtitle, a region, the legend) is copied instead of compressed again.
const BAND_ROWS: usize = 16;
/// The deflate level, for zlib-rs (flate2's `zlib-rs` back end). Measured on 1600 px
/// maps of the built-in scenario (`cargo bench --bench pipeline -- deflate`, figures in
/// BENCHMARKS.md): level 3 compresses a map in 8-10 ms, against 6-7.5 ms for
/// miniz_oxide (flate2's default) at level 1, for files a fifth to a quarter smaller;
/// miniz_oxide at level 3 is a tenth smaller again but takes twice as long, and level 6
/// of either back end takes twice as long for another 5-7 %. On maps with little in
/// common between dates, compression is a fifth of the time of a PNG.
const LEVEL: u32 = 3;

/// Compressed bands of PNG data, the latest kept for reuse by later images.
#[derive(Debug)]
struct Bands {
    /// Most recently used last.
    kept: Mutex<Vec<Arc<Band>>>,
    /// Pixel bytes kept at most (the oldest bands are dropped beyond).
    budget: usize,
}

/// A band: where it is in its image, the pixels it was made from, and its PNG data
/// compressed.
#[derive(Debug)]
struct Band {
    index: usize,
    /// The premultiplied RGBA pixels, and whether they were written as RGB.
    pixels: Vec<u8>,
    opaque: bool,
    /// Length and Adler-32 of the PNG data.
    len: usize,
    adler: u32,
    deflated: Vec<u8>,
}

impl Bands {
    fn new(budget: usize) -> Bands {
        Bands {
            kept: Mutex::new(Vec::new()),
            budget,
        }
    }

    /// The `index`th band of an image, of these pixels: compressed now unless an equal
    /// one is kept. Maps of one run differ in places and keep their layout, so a band is
    /// looked for only among those at the same place in earlier images, and compared
    /// byte for byte.
    fn deflated(
        &self,
        index: usize,
        rgba: &[u8],
        row_bytes: usize,
        opaque: bool,
    ) -> Result<Arc<Band>, PngError> {
        if self.budget > 0
            && let Ok(mut kept) = self.kept.lock()
            && let Some(i) = kept
                .iter()
                .rposition(|b| b.index == index && b.opaque == opaque && b.pixels == rgba)
        {
            let band = kept.remove(i);
            kept.push(band.clone());
            return Ok(band);
        }
        let data = png_rows(rgba, row_bytes, opaque);
        let band = Arc::new(Band {
            index,
            pixels: if self.budget > 0 {
                rgba.to_vec()
            } else {
                Vec::new()
            },
            opaque,
            len: data.len(),
            adler: simd_adler32::adler32(&data.as_slice()),
            deflated: deflate(&data)?,
        });
        if self.budget > 0
            && let Ok(mut kept) = self.kept.lock()
        {
            kept.push(band.clone());
            let mut total: usize = kept.iter().map(|b| b.pixels.len()).sum();
            while total > self.budget && !kept.is_empty() {
                total -= kept.remove(0).pixels.len();
            }
        }
        Ok(band)
    }
}

/// Raw deflate blocks of `data`, ended by a sync flush: byte-aligned, not final, so that
/// bands can follow each other in one stream.
fn deflate(data: &[u8]) -> Result<Vec<u8>, PngError> {
    thread_local! {
        // A compressor is large to set up; each thread resets its own for every band,
        // which leaves it as a new one (so the bytes do not depend on the thread).
        static COMPRESSOR: RefCell<Option<flate2::Compress>> = const { RefCell::new(None) };
    }
    COMPRESSOR.with(|cell| {
        let mut cell = cell.borrow_mut();
        let c = cell
            .get_or_insert_with(|| flate2::Compress::new(flate2::Compression::new(LEVEL), false));
        c.reset();
        let mut out = Vec::with_capacity(data.len() / 4 + 64);
        loop {
            let done = c.total_in() as usize;
            c.compress_vec(&data[done..], &mut out, flate2::FlushCompress::Sync)
                .map_err(|e| PngError::Encode(e.to_string()))?;
            // The flush is complete once all input is taken and output space is left over.
            if c.total_in() as usize == data.len() && out.len() < out.capacity() {
                return Ok(out);
            }
            out.reserve(out.capacity().max(4096));
        }
    })
}

const ADLER_MOD: u32 = 65_521;

/// The Adler-32 checksum (RFC 1950) of `data`.
#[cfg(test)]
fn adler32(data: &[u8]) -> u32 {
    simd_adler32::adler32(&data)
}

/// The Adler-32 of two pieces of data one after the other, from the checksums of each
/// and the length of the second (as zlib's `adler32_combine`).
fn adler32_combine(first: u32, second: u32, second_len: usize) -> u32 {
    let m = u64::from(ADLER_MOD);
    let rem = second_len as u64 % m;
    let a1 = u64::from(first & 0xffff);
    let b1 = u64::from(first >> 16);
    let a2 = u64::from(second & 0xffff);
    let b2 = u64::from(second >> 16);
    let a = (a1 + a2 + m - 1) % m;
    let b = (rem * a1 + b1 + b2 + m - rem) % m;
    ((b << 16) | a) as u32
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

    #[test]
    fn png_data_decompresses_with_its_checksum() {
        // Opaque and translucent images of more than one band, with repeats.
        for alpha in [255u8, 128] {
            let (w, h) = (37u32, 3 * BAND_ROWS as u32 + 5);
            let mut pixmap = tiny_skia::Pixmap::new(w, h).unwrap();
            for (i, p) in pixmap.pixels_mut().iter_mut().enumerate() {
                let v = ((i * 7) % 251) as u8;
                let c = tiny_skia::ColorU8::from_rgba(v, v / 2, 255 - v, alpha);
                *p = c.premultiply();
            }
            let png = encode(&pixmap).unwrap();
            let back = tiny_skia::Pixmap::decode_png(&png).unwrap();
            assert_eq!((back.width(), back.height()), (w, h));
            if alpha == 255 {
                assert_eq!(back.data(), pixmap.data());
            }
            // An independent zlib reader checks the Adler-32 at the end of the stream.
            let idat = idat(&png);
            let mut raw = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(&idat[..]), &mut raw)
                .unwrap();
            let channels = if alpha == 255 { 3 } else { 4 };
            assert_eq!(raw.len(), h as usize * (1 + w as usize * channels));
            assert_eq!(adler32(&raw).to_be_bytes(), idat[idat.len() - 4..]);
            // Encoding again with bands kept from the first gives the same bytes.
            let bands = Bands::new(1 << 20);
            assert_eq!(encode_with(&pixmap, &bands).unwrap(), png);
            assert_eq!(encode_with(&pixmap, &bands).unwrap(), png);
        }
    }

    #[test]
    fn one_translucent_pixel_anywhere_keeps_the_alpha_channel() {
        let pixels = 20_000;
        assert!(is_opaque(&vec![255u8; pixels * 4]));
        for at in [0, 4095, 4096, 12_345, pixels - 1] {
            let mut data = vec![255u8; pixels * 4];
            data[at * 4 + 3] = 254;
            assert!(!is_opaque(&data), "pixel {at}");
            // A colour byte below 255 is not a translucent pixel.
            let mut data = vec![255u8; pixels * 4];
            data[at * 4] = 0;
            assert!(is_opaque(&data), "pixel {at}");
        }
    }

    fn idat(png: &[u8]) -> Vec<u8> {
        let mut data = Vec::new();
        let mut at = 8;
        while at + 8 <= png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            if &png[at + 4..at + 8] == b"IDAT" {
                data.extend_from_slice(&png[at + 8..at + 8 + len]);
            }
            at += 12 + len;
        }
        data
    }

    #[test]
    fn adler32_matches_the_rfc_and_combines() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
        let data: Vec<u8> = (0..20_000u32).map(|i| (i * 31 % 256) as u8).collect();
        for cut in [0, 1, 5552, 12_345, 20_000] {
            let (a, b) = data.split_at(cut);
            assert_eq!(
                adler32_combine(adler32(a), adler32(b), b.len()),
                adler32(&data),
                "cut at {cut}"
            );
        }
    }
}
