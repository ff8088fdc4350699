//! PNG encoding: unfiltered rows compressed in bands, each band on its own, so that the
//! bands of a map that are the same as an earlier map's (the title, a region, the legend)
//! are copied instead of compressed again.

use resvg::tiny_skia;

use std::cell::RefCell;
use std::sync::{Arc, Mutex};

use super::PngError;

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
pub(super) fn encode_with(pixmap: &tiny_skia::Pixmap, bands: &Bands) -> Result<Vec<u8>, PngError> {
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
pub(super) struct Bands {
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
    pub(super) fn new(budget: usize) -> Bands {
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
