//! Output: a scene as SVG text, and that SVG rasterised to PNG.
//!
//! The PNG is always made from the SVG text (never drawn separately), so the two agree.

pub mod animate;
pub mod chart;
pub mod multilingual;
pub mod png;
pub mod svg;
