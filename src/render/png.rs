//! Rasterises SVG text to PNG with resvg, using the embedded font only.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::scene::text;

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
    let mut pixmap = tiny_skia::Pixmap::new(w as u32, h as u32).ok_or_else(too_big)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale as f32, scale as f32),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// Encodes a pixmap as PNG.
///
/// Maps are drawn on an opaque paper, so an opaque image is written as 8-bit RGB (a
/// quarter less data to compress than RGBA); anything with transparency keeps its alpha.
/// The `Balanced` level with adaptive filtering: the `Fast` level (fdeflate) doubles the
/// size of hatched maps, and `High` costs much more time for little gain (measured on the
/// built-in scenario; see BENCHMARKS.md).
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, PngError> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == 255);
    let (color, data): (png::ColorType, Vec<u8>) = if opaque {
        let mut rgb = Vec::with_capacity(pixmap.pixels().len() * 3);
        for p in pixmap.pixels() {
            rgb.extend_from_slice(&[p.red(), p.green(), p.blue()]);
        }
        (png::ColorType::Rgb, rgb)
    } else {
        let mut rgba = Vec::with_capacity(pixmap.pixels().len() * 4);
        for p in pixmap.pixels() {
            let c = p.demultiply();
            rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        (png::ColorType::Rgba, rgba)
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    encoder.set_filter(png::Filter::Adaptive);
    let fail = |e: png::EncodingError| PngError::Encode(e.to_string());
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(&data).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
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
