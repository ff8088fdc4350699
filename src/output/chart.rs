//! The chart on disk: `chart.svg` and `chart.png`, the PNG rasterised from the SVG (with
//! the language's code before the extension in another language than English:
//! `chart.ja.svg`).

use std::path::{Path, PathBuf};

use super::{OutputError, Transaction, Written, file_name};
use crate::render::chart::{self, Options};
use crate::render::png;
use crate::timeline::History;

/// The stem of the chart's files' names (see [`super::file_name`]).
pub const STEM: &str = "chart";

/// Draws the chart of years `from` to `to` and writes `chart.svg` and `chart.png` (in the
/// chart's language, named as [`STEM`] says) into
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
    let png_path = out.join(file_name(STEM, options.language, "png"));
    let png_bytes = png::rasterize(&text, 1.0).map_err(|source| OutputError::Png {
        path: png_path.clone(),
        source,
    })?;
    let tx = Transaction::in_folder(out)?;
    let svg_path = out.join(file_name(STEM, options.language, "svg"));
    tx.stage(Written::file(svg_path), text.as_bytes())?;
    tx.stage(Written::file(png_path), &png_bytes)?;
    Ok(tx.commit()?.into_iter().map(|w| w.path).collect())
}
