//! The chart on disk: `chart.svg` and `chart.png`, the PNG rasterised from the SVG.

use std::path::{Path, PathBuf};

use super::{OutputError, Transaction, Written};
use crate::render::chart::{self, Options};
use crate::render::png;
use crate::timeline::History;

/// The name of the chart's SVG file.
pub const SVG_FILE: &str = "chart.svg";
/// The name of the chart's PNG file.
pub const PNG_FILE: &str = "chart.png";

/// Draws the chart of years `from` to `to` and writes `chart.svg` and `chart.png` into
/// `out` (created if missing); returns the paths written, SVG first.
///
/// Both files are drawn before either is written, so a failure writes nothing.
pub fn write(
    history: &History,
    from: i32,
    to: i32,
    options: &Options,
    out: &Path,
) -> Result<Vec<PathBuf>, OutputError> {
    let text = chart::svg(history, from, to, options)?;
    let png_path = out.join(PNG_FILE);
    let png_bytes = png::rasterize(&text, 1.0).map_err(|source| OutputError::Png {
        path: png_path.clone(),
        source,
    })?;
    let tx = Transaction::in_folder(out)?;
    tx.stage(Written::file(out.join(SVG_FILE)), text.as_bytes())?;
    tx.stage(Written::file(png_path), &png_bytes)?;
    Ok(tx.commit()?.into_iter().map(|w| w.path).collect())
}
