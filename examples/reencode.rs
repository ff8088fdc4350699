//! Re-encodes PNG files with spheres' PNG encoder and prints the sizes and times, so that
//! the encoder can be compared with another tool's on the same pixels (BENCHMARKS.md:
//! the geopandas peer's map, re-encoded).
//!
//! Usage: `cargo run --release --example reencode -- FILE.png...`

use std::time::Instant;

use anyhow::Context;

use resvg::tiny_skia::Pixmap;

fn main() -> anyhow::Result<()> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        anyhow::bail!("usage: reencode FILE.png...");
    }
    for file in files {
        let bytes = std::fs::read(&file).with_context(|| format!("{file}: cannot read it"))?;
        let pixmap = Pixmap::decode_png(&bytes)
            .map_err(|e| anyhow::anyhow!("{file}: not a PNG that can be read: {e}"))?;
        let start = Instant::now();
        let ours = spheres::render::png::encode(&pixmap)
            .with_context(|| format!("{file}: cannot encode its pixels"))?;
        let took = start.elapsed();
        println!(
            "{file}: {}x{}, {} bytes as given, {} bytes from spheres' encoder in {:.1} ms",
            pixmap.width(),
            pixmap.height(),
            bytes.len(),
            ours.len(),
            took.as_secs_f64() * 1e3
        );
    }
    Ok(())
}
