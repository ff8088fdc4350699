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
//! - [`timeline`] resolves a moment (year, date or event id) to the control of every region;
//! - [`measure`] gives geodesic areas;
//! - [`project`] turns lon/lat into pixels with the scenario's proj4 projection;
//! - [`scene`] decides everything that is drawn: pixels, colours, patterns, labels, legend;
//! - [`render`] writes a scene as SVG, and rasterises that SVG to PNG with resvg.
//!
//! ```no_run
//! use spheres::{load, timeline::{self, Moment}, scene, render};
//! let scenario = load::built_in()?;
//! let state = timeline::resolve(&scenario, &Moment::Year(1912))?;
//! let base = scene::Basemap::new(&scenario, &scene::Options::default())?;
//! let map = scene::build(&scenario, &base, &state);
//! let svg = render::svg::write(&map);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod load;
pub mod measure;
pub mod model;
pub mod output;
pub mod problem;
pub mod project;
pub mod render;
pub mod scene;
pub mod timeline;
