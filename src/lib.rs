//! # spheres
//!
//! Draws sphere-of-influence maps from GeoJSON regions and a dated timeline of treaties
//! and events.
//!
//! Data flows one way, and each module knows only the ones to its left:
//!
//! ```text
//! load ──▶ check ──▶ timeline ──▶ project ──▶ scene ──▶ render (svg, png)
//! ```
//!
//! - [`load`] reads `scenario.toml` and its GeoJSON files into a [`model::Scenario`],
//!   reporting every problem with its file and place;
//! - [`check`] finds invalid geometry and overlapping regions (the loader runs it);
//! - [`timeline`] resolves a moment (year, date or event id) to the control of every region;
//! - [`measure`] gives geodesic areas;
//! - [`diff`] compares two moments: which regions changed, how, and through which events;
//! - [`report`] writes comparisons, the timeline and tagged GeoJSON as text, Markdown,
//!   CSV and JSON;
//! - [`project`] turns lon/lat into pixels with the scenario's proj4 projection;
//! - [`scene`] decides everything that is drawn: pixels, colours, patterns, labels, legend;
//! - [`render`] writes a scene as SVG, and rasterises that SVG to PNG with resvg;
//! - [`output`] writes maps to files, and [`gallery`] a page that shows them all.
//!
//! ```no_run
//! use spheres::{load, timeline::{self, Moment}, scene, render};
//! let scenario = load::built_in()?;
//! let state = timeline::resolve(&scenario, &Moment::Year(1912))?;
//! let base = scene::Prepared::new(&scenario, &scene::Options::default())?;
//! let map = scene::build(&scenario, &base, &state);
//! let svg = render::svg::write(&map);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod check;
pub mod diff;
pub mod gallery;
pub mod load;
pub mod manifest;
pub mod measure;
pub mod model;
pub mod output;
pub mod problem;
pub mod project;
pub mod render;
pub mod report;
pub mod scene;
pub mod timeline;
