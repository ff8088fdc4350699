//! Rasterises SVG text to PNG with resvg, using the embedded font only.

use std::sync::{Arc, Mutex, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::render::svg;
use crate::scene::{Scene, text};

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

/// Layers that every map of a run shares: drawn once per run.
const SHARED_LAYERS: [&str; 3] = ["paper", "sea", "land"];
/// Layers that differ on every date (title and credit): drawn for each map, over the
/// pixels of the rest, which maps of dates with the same holdings share.
const DATED_LAYERS: [&str; 2] = ["header", "footer"];
/// How many drawings of the middle layers are kept: maps are rendered in date order by
/// each thread, so dates that share them follow each other.
const KEEP: usize = 2;
/// Bytes of pixels kept with their compressed PNG rows: two maps' worth at 1600 px.
const BAND_BUDGET: usize = 12 << 20;

/// Rasterises the maps of one run, drawing what they share only once.
///
/// A map is drawn in three parts, each the SVG document of some of its layers
/// ([`svg::write_part`]): the shared bottom layers, the middle ones, and the dated top
/// ones, each part drawn over a copy of the pixels of the parts below. resvg draws each
/// element straight over the pixels below it (plain groups get no layer of their own),
/// so the parts give the pixels of the whole SVG drawn at once, bit for bit (a test
/// checks this): the PNG is still the rendering of the SVG written. The pixels of the
/// lower parts are kept, keyed by their SVG text, and reused by every later map whose
/// lower parts are the same text. Scenes with other layers are simply drawn whole.
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
    key: String,
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
            .take_while(|l| SHARED_LAYERS.contains(&l.id.as_str()))
            .count();
        let dated = layers[shared..]
            .iter()
            .rev()
            .take_while(|l| DATED_LAYERS.contains(&l.id.as_str()))
            .count();
        let top_start = layers.len() - dated;
        if shared == 0 || dated == 0 {
            return pixels(&svg::write(scene), self.scale);
        }
        let base_svg = svg::write_part(scene, 0..shared);
        let middle_svg = svg::write_part(scene, shared..top_start);
        let base = self.kept(&self.base, base_svg.clone(), 1, || {
            draw(&base_svg, self.scale, None)
        });
        let middle = base.and_then(|base| {
            // The middle's pixels depend on the base below them: both texts make the key.
            let key = format!("{base_svg}{middle_svg}");
            self.kept(&self.middle, key, KEEP, || {
                draw(&middle_svg, self.scale, Some(&base))
            })
        });
        match middle {
            Some(middle) => draw(
                &svg::write_part(scene, top_start..layers.len()),
                self.scale,
                Some(&middle),
            ),
            // Drawing a part failed: drawing the whole says why.
            None => pixels(&svg::write(scene), self.scale),
        }
    }

    /// The pixels kept for `key`, drawn now if none are; keeps the `keep` latest.
    fn kept(
        &self,
        list: &Mutex<Vec<Kept>>,
        key: String,
        keep: usize,
        make: impl FnOnce() -> Result<tiny_skia::Pixmap, PngError>,
    ) -> Option<Arc<tiny_skia::Pixmap>> {
        let drawn: Drawn = {
            let Ok(mut list) = list.lock() else {
                return make().ok().map(Arc::new);
            };
            match list.iter().position(|k| k.key == key) {
                Some(i) => {
                    let k = list.remove(i);
                    let drawn = k.drawn.clone();
                    list.push(k);
                    drawn
                }
                None => {
                    let drawn: Drawn = Arc::default();
                    list.push(Kept {
                        key,
                        drawn: drawn.clone(),
                    });
                    if list.len() > keep {
                        list.remove(0);
                    }
                    drawn
                }
            }
        };
        drawn.get_or_init(|| make().ok().map(Arc::new)).clone()
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
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == 255);
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
    for rows in pixmap.data().chunks(row_bytes * BAND_ROWS) {
        let band = bands.deflated(rows, row_bytes, opaque)?;
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
    let mut out = vec![0u8; rows * (1 + row_bytes / 4 * channels)];
    for (src, dst) in rgba
        .chunks_exact(row_bytes)
        .zip(out.chunks_exact_mut(1 + row_bytes / 4 * channels))
    {
        let dst = &mut dst[1..];
        if opaque {
            for (d, s) in dst.chunks_exact_mut(3).zip(src.chunks_exact(4)) {
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

/// Rows of a PNG compressed together. Bands are compressed independently, so a band of
/// rows equal to one of an earlier map (maps of one run differ in a few places: the
/// subtitle, a region, the legend) is copied instead of compressed again.
const BAND_ROWS: usize = 16;
/// The deflate level: measured against the others on the built-in scenario (see
/// BENCHMARKS.md), the best size for the time once most bands are reused.
const LEVEL: u32 = 6;

/// Compressed bands of PNG data, the latest kept for reuse by later images.
#[derive(Debug)]
struct Bands {
    /// Most recently used last.
    kept: Mutex<Vec<Arc<Band>>>,
    /// Pixel bytes kept at most (the oldest bands are dropped beyond).
    budget: usize,
}

/// A band: the pixels it was made from, and its PNG data compressed.
#[derive(Debug)]
struct Band {
    /// The premultiplied RGBA pixels, and whether they were written as RGB.
    pixels: Vec<u8>,
    opaque: bool,
    hash: u64,
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

    /// The band of these pixels, compressed now unless an equal one is kept.
    fn deflated(&self, rgba: &[u8], row_bytes: usize, opaque: bool) -> Result<Arc<Band>, PngError> {
        let hash = if self.budget > 0 { quick_hash(rgba) } else { 0 };
        if self.budget > 0
            && let Ok(mut kept) = self.kept.lock()
            && let Some(i) = kept
                .iter()
                .rposition(|b| b.hash == hash && b.opaque == opaque && b.pixels == rgba)
        {
            let band = kept.remove(i);
            kept.push(band.clone());
            return Ok(band);
        }
        let data = png_rows(rgba, row_bytes, opaque);
        let band = Arc::new(Band {
            pixels: if self.budget > 0 {
                rgba.to_vec()
            } else {
                Vec::new()
            },
            opaque,
            hash,
            len: data.len(),
            adler: adler32(&data),
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

/// A fast hash of bytes, to find candidate bands before comparing them byte by byte.
fn quick_hash(bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    let mut h = bytes.len() as u64;
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    for &b in words.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h
}

/// Raw deflate blocks of `data`, ended by a sync flush: byte-aligned, not final, so that
/// bands can follow each other in one stream.
fn deflate(data: &[u8]) -> Result<Vec<u8>, PngError> {
    let mut c = flate2::Compress::new(flate2::Compression::new(LEVEL), false);
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
}

const ADLER_MOD: u32 = 65_521;

/// The Adler-32 checksum (RFC 1950) of `data`.
fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that can be summed before `b` could overflow.
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    (b << 16) | a
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
}
