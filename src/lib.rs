//! # spheres
//!
//! Draws sphere-of-influence maps from GeoJSON regions and a dated timeline of treaties
//! and events.
//!
//! Data flows one way, and each module knows only the ones to its left:
//!
//! ```text
//! load ──▶ check ──▶ timeline ──▶ project ──▶ scene ──▶ render ──▶ output
//! ```
//!
//! - [`load`] reads `scenario.toml` and its GeoJSON files into a [`Scenario`], reporting
//!   every problem with its file and place;
//! - [`check`] finds invalid geometry and overlapping regions (the loader runs it);
//! - [`timeline`] resolves a moment (year, date or event id) to the control of every
//!   region, and computes the [`History`], the timeline event by event;
//! - [`measure`] gives geodesic areas;
//! - [`diff`] compares two moments: which regions changed, how, and through which events;
//! - [`report`] writes comparisons, the timeline, the regions and tagged GeoJSON as text,
//!   Markdown, CSV and JSON;
//! - [`project`] turns lon/lat into pixels with the scenario's proj4 projection;
//! - [`scene`] decides everything that is drawn: pixels, colours, patterns, labels, legend;
//! - [`render`] only draws: a scene as SVG, that SVG as PNG (resvg), animations as GIF
//!   and APNG, and the chart;
//! - [`output`] runs the pipeline for a job and writes its files, all or nothing, with
//!   their `maps.json` entries; [`gallery`] writes a page that shows every map.
//!
//! The command-line tool is the `spheres` binary (the default `cli` feature); without it
//! the library builds without clap, anyhow or indicatif.
//!
//! Drawing the map of 1912 from the built-in scenario:
//!
//! ```
//! use spheres::{Moment, Options, Prepared};
//! let scenario = spheres::load::built_in()?;
//! let state = spheres::resolve(&scenario, &Moment::Year(1912))?;
//! let prepared = Prepared::new(&scenario, &Options::default())?;
//! let map = spheres::scene::build(&scenario, &prepared, &state);
//! let svg = spheres::render::svg::write(&map);
//! let path = std::env::temp_dir().join(format!("spheres-1912-{}.svg", std::process::id()));
//! spheres::output::write_atomic(&path, svg.as_bytes())?;
//! assert!(std::fs::read_to_string(&path)?.contains("<svg"));
//! # std::fs::remove_file(&path)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod check;
pub(crate) mod clip;
pub mod diff;
pub mod gallery;
pub mod language;
pub mod license;
pub mod load;
pub mod measure;
pub(crate) mod messages;
pub mod model;
pub mod output;
pub mod problem;
pub(crate) mod project;
pub mod render;
pub mod report;
pub mod scene;
pub mod timeline;
pub mod translate;
pub(crate) mod words;
pub mod world;

pub use load::LoadError;
pub use model::{Control, Date, Event, Power, Region, Scenario, Status};
pub use output::{Format, OutputError};
pub use project::ProjectError;
pub use scene::{Options, Prepared, Scene, Theme, ThemeError};
pub use timeline::{History, Moment, State, TimelineError, resolve};
