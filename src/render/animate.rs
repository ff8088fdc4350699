//! Animations drawn: frames as pixels, encoded as an animated GIF and an APNG.
//!
//! Each frame is a map scene with a large date stamp ([`crate::scene::frames`]),
//! rasterised like any map. Running the pipeline for an animation and writing its files
//! is [`crate::output::animation`]'s.
//!
//! Both files loop forever. The GIF has one palette for all frames (at most 255 colours,
//! chosen by popularity from every frame, so the flat fills of the map are exact); each
//! frame after the first stores only the rectangle that changed, with unchanged pixels
//! transparent. The APNG keeps full colour and stores its frames the same way (PNG's
//! balanced compression: half the size of the fast level, for little more time). Output is
//! deterministic: the same inputs give the same bytes for any number of threads.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use crate::model::Color;
use crate::render::{png, svg};
use crate::scene::Scene;
use crate::timeline::Moment;

/// The default time each frame is shown, in milliseconds.
pub const DEFAULT_DELAY_MS: u32 = 900;
/// The last frame is held this many times as long as the others, so the end state can be
/// read before the animation starts over.
pub const LAST_FRAME_HOLD: u32 = 3;

/// Why an animation could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum AnimateError {
    /// There is no frame to show.
    #[error("nothing to animate (hint: give years, dates or events, or a --from/--to range)")]
    NoFrames,
    /// The frames would not fit in memory.
    #[error(
        "{frames} frames of {width}×{height} pixels are too many to animate at once (hint: use a smaller --width or fewer frames)"
    )]
    TooLarge {
        /// Number of frames.
        frames: usize,
        /// Frame width in pixels.
        width: u32,
        /// Frame height in pixels.
        height: u32,
    },
    /// A frame could not be rasterised.
    #[error("frame {moment}: {source}")]
    Frame {
        /// The moment of the frame.
        moment: Moment,
        /// What went wrong.
        source: png::PngError,
    },
    /// The GIF encoder failed.
    #[error("GIF encoding failed: {0}")]
    Gif(String),
    /// The APNG encoder failed.
    #[error("APNG encoding failed: {0}")]
    Apng(String),
}

/// Frames as straight RGBA pixels, all of one size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frames {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Each frame's pixels, row by row, 4 bytes a pixel.
    pub rgba: Vec<Vec<u8>>,
}

/// One frame: the scene rasterised to straight RGBA pixels of `size`, flattened onto the
/// paper colour.
pub fn frame(scene: &Scene, paper: Color, size: (u32, u32)) -> Result<Vec<u8>, png::PngError> {
    rasterize(&svg::write(scene), paper, size.0, size.1)
}

/// Each frame's delay in milliseconds: the last one is held longer.
pub fn delays(n: usize, delay_ms: u32) -> Vec<u32> {
    let delay = delay_ms.clamp(10, 60_000);
    (0..n)
        .map(|i| {
            if i + 1 == n && n > 1 {
                delay * LAST_FRAME_HOLD
            } else {
                delay
            }
        })
        .collect()
}

/// The SVG as straight RGBA pixels, flattened onto the paper colour.
fn rasterize(svg: &str, paper: Color, w: u32, h: u32) -> Result<Vec<u8>, png::PngError> {
    let pixmap = png::pixels(svg, 1.0)?;
    if (pixmap.width(), pixmap.height()) != (w, h) {
        return Err(png::PngError::Size {
            width: f64::from(pixmap.width()),
            height: f64::from(pixmap.height()),
        });
    }
    let mut data = pixmap.take();
    let bg = [paper.r, paper.g, paper.b];
    for px in data.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a < 255 {
            // Premultiplied colour over an opaque background.
            for c in 0..3 {
                px[c] = (u16::from(px[c]) + (u16::from(bg[c]) * (255 - a) + 127) / 255) as u8;
            }
            px[3] = 255;
        }
    }
    Ok(data)
}

/// The smallest rectangle holding every pixel that differs between two frames of
/// `bpp` bytes per pixel: `(x, y, width, height)`, or `None` when they are the same.
fn changed_rect(a: &[u8], b: &[u8], w: usize, bpp: usize) -> Option<(usize, usize, usize, usize)> {
    let row = w * bpp;
    let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0, 0);
    for (y, (ra, rb)) in a.chunks_exact(row).zip(b.chunks_exact(row)).enumerate() {
        if ra == rb {
            continue;
        }
        let first = ra
            .chunks_exact(bpp)
            .zip(rb.chunks_exact(bpp))
            .position(|(p, q)| p != q)
            .unwrap_or(0);
        let last = ra
            .chunks_exact(bpp)
            .zip(rb.chunks_exact(bpp))
            .rposition(|(p, q)| p != q)
            .unwrap_or(0);
        x0 = x0.min(first);
        x1 = x1.max(last);
        y0 = y0.min(y);
        y1 = y;
    }
    (y0 != usize::MAX).then(|| (x0, y0, x1 - x0 + 1, y1 - y0 + 1))
}

/// A map keyed by a 24-bit colour, with a cheap hash (the keys are not chosen by anyone
/// who could make them collide on purpose, and iteration order is never relied upon).
type ColourMap<V> = HashMap<u32, V, BuildHasherDefault<ColourHasher>>;

#[derive(Default)]
struct ColourHasher(u64);

impl Hasher for ColourHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = (u64::from(v) ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 ^= self.0 >> 29;
    }
}

/// The palette index that marks "unchanged since the last frame" in the GIF.
const TRANSPARENT: u8 = 255;

fn key(px: &[u8]) -> u32 {
    (u32::from(px[0]) << 16) | (u32::from(px[1]) << 8) | u32::from(px[2])
}

fn rgb(k: u32) -> [u8; 3] {
    [(k >> 16) as u8, (k >> 8) as u8, k as u8]
}

/// A perceptually weighted squared distance between two colours.
fn distance(a: [u8; 3], b: [u8; 3]) -> u32 {
    let d = |i: usize| (i32::from(a[i]) - i32::from(b[i])).unsigned_abs();
    let (r, g, b) = (d(0), d(1), d(2));
    2 * r * r + 4 * g * g + 3 * b * b
}

/// At most 255 colours for all frames, by popularity: the most frequent colours first
/// (the map's flat fills, exact), then the anti-aliasing shades between them, each new
/// colour kept only if it is not too close to one already chosen. Deterministic: ties
/// are broken by the colour's value.
fn palette(histogram: &ColourMap<u64>) -> Vec<[u8; 3]> {
    let mut by_count: Vec<(u64, u32)> = histogram.iter().map(|(&k, &n)| (n, k)).collect();
    by_count.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<[u8; 3]> = Vec::new();
    let mut taken = vec![false; by_count.len()];
    for threshold in [600, 250, 100, 40, 12, 0] {
        for (i, &(_, k)) in by_count.iter().enumerate() {
            if chosen.len() == usize::from(TRANSPARENT) {
                return chosen;
            }
            if taken[i] {
                continue;
            }
            let c = rgb(k);
            if chosen.iter().all(|&p| distance(p, c) > threshold) {
                chosen.push(c);
                taken[i] = true;
            }
        }
    }
    chosen
}

/// The frames as an animated GIF that loops forever, each shown for its delay (ms).
pub fn gif(frames: &Frames, delays: &[u32]) -> Result<Vec<u8>, AnimateError> {
    let err = |e: gif::EncodingError| AnimateError::Gif(e.to_string());
    let size = (
        u16::try_from(frames.width).map_err(|_| AnimateError::Gif("frame too wide".into()))?,
        u16::try_from(frames.height).map_err(|_| AnimateError::Gif("frame too tall".into()))?,
    );
    let histogram = histogram(frames);
    let colours = palette(&histogram);
    let indexed = indexed(frames, &histogram, &colours);
    let encoded = gif_frames(&indexed, delays, size);
    let mut flat: Vec<u8> = colours.iter().flatten().copied().collect();
    flat.resize(256 * 3, 0);
    let mut out = Vec::new();
    {
        let mut enc = gif::Encoder::new(&mut out, size.0, size.1, &flat).map_err(err)?;
        enc.set_repeat(gif::Repeat::Infinite).map_err(err)?;
        for f in &encoded {
            enc.write_lzw_pre_encoded_frame(f).map_err(err)?;
        }
        enc.into_inner().map_err(err)?;
    }
    Ok(out)
}

/// How often each colour occurs in all the frames, for the palette. Colour counts are
/// summed, so the histogram does not depend on the thread count.
fn histogram(frames: &Frames) -> ColourMap<u64> {
    frames
        .rgba
        .par_iter()
        .map(|f| {
            // Maps are mostly long runs of one colour: count runs, not pixels.
            let mut h: ColourMap<u64> = ColourMap::default();
            let mut run: Option<(u32, u64)> = None;
            for px in f.chunks_exact(4) {
                let k = key(px);
                match &mut run {
                    Some((rk, n)) if *rk == k => *n += 1,
                    _ => {
                        if let Some((rk, n)) = run {
                            *h.entry(rk).or_default() += n;
                        }
                        run = Some((k, 1));
                    }
                }
            }
            if let Some((rk, n)) = run {
                *h.entry(rk).or_default() += n;
            }
            h
        })
        .reduce(ColourMap::default, |mut a, b| {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
            a
        })
}

/// The frames as indices into `colours`: each colour of the `histogram` (every colour
/// of the frames) goes to its nearest in the palette, found once per colour.
fn indexed(frames: &Frames, histogram: &ColourMap<u64>, colours: &[[u8; 3]]) -> Vec<Vec<u8>> {
    let keys: Vec<u32> = histogram.keys().copied().collect();
    let nearest: ColourMap<u8> = keys
        .par_iter()
        .map(|&k| {
            let c = rgb(k);
            let best = colours
                .iter()
                .enumerate()
                .min_by_key(|(i, p)| (distance(**p, c), *i))
                .map_or(0, |(i, _)| i as u8);
            (k, best)
        })
        .collect();
    frames
        .rgba
        .par_iter()
        .map(|f| {
            let mut last = (u32::MAX, 0u8);
            f.chunks_exact(4)
                .map(|px| {
                    let k = key(px);
                    if k != last.0 {
                        last = (k, nearest.get(&k).copied().unwrap_or(0));
                    }
                    last.1
                })
                .collect()
        })
        .collect()
}

/// The GIF frames of indexed frames of `size` pixels, LZW-encoded: the first whole, each
/// later one only the rectangle that changed, with unchanged pixels transparent.
fn gif_frames(indexed: &[Vec<u8>], delays: &[u32], size: (u16, u16)) -> Vec<gif::Frame<'static>> {
    let w = usize::from(size.0);
    (0..indexed.len())
        .into_par_iter()
        .map(|i| {
            let cur = &indexed[i];
            let delay = ((delays[i] + 5) / 10).min(u32::from(u16::MAX)) as u16;
            let mut frame = if i == 0 {
                gif::Frame {
                    width: size.0,
                    height: size.1,
                    buffer: cur.clone().into(),
                    ..gif::Frame::default()
                }
            } else {
                let prev = &indexed[i - 1];
                let (x, y, fw, fh) = changed_rect(prev, cur, w, 1).unwrap_or((0, 0, 1, 1));
                let mut buf = Vec::with_capacity(fw * fh);
                for row in y..y + fh {
                    let at = row * w;
                    for col in x..x + fw {
                        let (p, c) = (prev[at + col], cur[at + col]);
                        buf.push(if p == c { TRANSPARENT } else { c });
                    }
                }
                gif::Frame {
                    left: x as u16,
                    top: y as u16,
                    width: fw as u16,
                    height: fh as u16,
                    transparent: Some(TRANSPARENT),
                    buffer: buf.into(),
                    ..gif::Frame::default()
                }
            };
            frame.delay = delay;
            frame.dispose = gif::DisposalMethod::Keep;
            frame.make_lzw_pre_encoded();
            frame
        })
        .collect()
}

/// A rectangle of a frame: where it goes on the canvas, its size, and its RGBA pixels.
struct Part<'a> {
    x: usize,
    y: usize,
    width: usize,
    height: usize,
    rgba: Cow<'a, [u8]>,
}

/// The frames as an APNG that loops forever, each shown for its delay (ms).
pub fn apng(frames: &Frames, delays: &[u32]) -> Result<Vec<u8>, AnimateError> {
    let err = |e: ::png::EncodingError| AnimateError::Apng(e.to_string());
    let w = frames.width as usize;
    // Each frame after the first covers only what changed; unchanged pixels in it are
    // transparent and blended over the previous frame.
    let parts: Vec<Part> = (0..frames.rgba.len())
        .into_par_iter()
        .map(|i| {
            let cur = &frames.rgba[i];
            if i == 0 {
                return Part {
                    x: 0,
                    y: 0,
                    width: w,
                    height: frames.height as usize,
                    rgba: Cow::Borrowed(&cur[..]),
                };
            }
            let prev = &frames.rgba[i - 1];
            let (x, y, fw, fh) = changed_rect(prev, cur, w, 4).unwrap_or((0, 0, 1, 1));
            let mut buf = Vec::with_capacity(fw * fh * 4);
            for row in y..y + fh {
                let at = (row * w + x) * 4;
                let (p, c) = (&prev[at..at + fw * 4], &cur[at..at + fw * 4]);
                for (pp, cp) in p.chunks_exact(4).zip(c.chunks_exact(4)) {
                    if pp == cp {
                        buf.extend_from_slice(&[0, 0, 0, 0]);
                    } else {
                        buf.extend_from_slice(cp);
                    }
                }
            }
            Part {
                x,
                y,
                width: fw,
                height: fh,
                rgba: Cow::Owned(buf),
            }
        })
        .collect();
    let mut out = Vec::new();
    {
        let mut enc = ::png::Encoder::new(&mut out, frames.width, frames.height);
        enc.set_color(::png::ColorType::Rgba);
        enc.set_depth(::png::BitDepth::Eight);
        enc.set_compression(::png::Compression::Balanced);
        enc.set_filter(::png::Filter::Adaptive);
        enc.set_animated(parts.len() as u32, 0).map_err(err)?;
        let mut writer = enc.write_header().map_err(err)?;
        for (i, part) in parts.iter().enumerate() {
            // Back to the corner first, so the new size always fits.
            writer.reset_frame_position().map_err(err)?;
            writer
                .set_frame_dimension(part.width as u32, part.height as u32)
                .map_err(err)?;
            writer
                .set_frame_position(part.x as u32, part.y as u32)
                .map_err(err)?;
            let delay = delays[i].min(u32::from(u16::MAX)) as u16;
            writer.set_frame_delay(delay, 1000).map_err(err)?;
            writer.set_dispose_op(::png::DisposeOp::None).map_err(err)?;
            writer
                .set_blend_op(if i == 0 {
                    ::png::BlendOp::Source
                } else {
                    ::png::BlendOp::Over
                })
                .map_err(err)?;
            writer.write_image_data(&part.rgba).map_err(err)?;
        }
        writer.finish().map_err(err)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_rect_bounds_the_differences() {
        let a = vec![0u8; 4 * 3];
        let mut b = a.clone();
        assert_eq!(changed_rect(&a, &b, 4, 1), None);
        b[5] = 1; // (1, 1)
        b[7] = 1; // (3, 1)
        assert_eq!(changed_rect(&a, &b, 4, 1), Some((1, 1, 3, 1)));
        b[8] = 2; // (0, 2)
        assert_eq!(changed_rect(&a, &b, 4, 1), Some((0, 1, 4, 2)));
    }

    #[test]
    fn the_palette_keeps_the_frequent_colours_exactly() {
        let mut h = ColourMap::default();
        h.insert(0xc8102e, 1000);
        h.insert(0xffffff, 5000);
        h.insert(0xfefefe, 10);
        for k in 0..2000u32 {
            h.insert(k * 4000, 1);
        }
        let p = palette(&h);
        assert_eq!(p.len(), 255);
        assert_eq!(p[0], [255, 255, 255]);
        assert_eq!(p[1], [0xc8, 0x10, 0x2e]);
        assert!(
            !p.contains(&[0xfe, 0xfe, 0xfe]),
            "a near-duplicate waits until the palette has room"
        );
        assert_eq!(palette(&h), p, "deterministic");
    }

    #[test]
    fn the_last_frame_is_held_longer() {
        assert_eq!(delays(3, 900), [900, 900, 2700]);
        assert_eq!(delays(1, 900), [900]);
    }
}
