//! Animations on disk: the frames of a job drawn as maps with a date stamp, encoded, and
//! written as `animation.gif` and/or `animation.png` (APNG).
//!
//! The APNG is written as `animation.png`: `.png` with the `image/png` type is what the
//! APNG specification asks for and what browsers and wikis expect; a viewer that does not
//! know APNG shows its first frame.

use std::path::PathBuf;

use rayon::prelude::*;

use super::{
    Format, LeftOut, OutputError, Rendered, Transaction, Written, check_formats, file_name,
    file_stem,
};
use crate::render::animate::{self, AnimateError, Frames};
use crate::scene::{self, Options, Prepared, Scene};
use crate::timeline::{History, Moment, State};

/// The stem of the animations' names: `animation.gif` and `animation.png` (APNG), with
/// the language's code before the extension in another language than English
/// (`animation.ja.gif`: see [`super::file_name`]).
pub const STEM: &str = "animation";

/// Most pixels (frames × width × height) one animation may hold in memory.
const MAX_PIXELS: u64 = 400_000_000;

/// What to animate and where.
#[derive(Debug, Clone)]
pub struct Job {
    /// The moments, one frame each, in the order shown.
    pub moments: Vec<Moment>,
    /// Map size and theme.
    pub options: Options,
    /// How long each frame is shown, in milliseconds (the last is held longer).
    pub delay_ms: u32,
    /// Which files: GIF, APNG or both.
    pub formats: Vec<Format>,
    /// The folder to write into (created if missing).
    pub out: PathBuf,
}

/// The encoded animations, for the formats asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The animated GIF's bytes.
    pub gif: Option<Vec<u8>>,
    /// The APNG's bytes.
    pub apng: Option<Vec<u8>>,
    /// The cities the frames had no room for (frames named by their moments).
    pub left_out: Vec<LeftOut>,
}

/// Renders every frame and encodes the animations in the formats asked for; `progress`
/// is called once per frame rendered.
pub fn encode(
    history: &History,
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Encoded, OutputError> {
    check_formats("animations", &job.formats, &[Format::Gif, Format::Apng])?;
    if job.moments.is_empty() {
        return Err(AnimateError::NoFrames.into());
    }
    let scenario = history.scenario();
    let states: Vec<State> = job
        .moments
        .iter()
        .map(|m| history.resolve(m))
        .collect::<Result<_, _>>()?;
    let prepared = Prepared::new(scenario, &job.options)?;
    let (w, h) = prepared.size();
    let (pw, ph) = (w.round().max(1.0) as u32, h.round().max(1.0) as u32);
    if states.len() as u64 * u64::from(pw) * u64::from(ph) > MAX_PIXELS {
        return Err(AnimateError::TooLarge {
            frames: states.len(),
            width: pw,
            height: ph,
        }
        .into());
    }
    let scenes: Vec<Scene> = scene::frames(scenario, &prepared, &states);
    let left_out = LeftOut::gather(
        scenes
            .iter()
            .zip(&states)
            .map(|(s, state)| (file_stem(&state.moment), s.left_out.clone())),
    );
    let paper = job.options.theme.paper;
    let rgba: Vec<Vec<u8>> = scenes
        .par_iter()
        .zip(&states)
        .map(|(scene, state)| {
            let frame =
                animate::frame(scene, paper, (pw, ph)).map_err(|source| AnimateError::Frame {
                    moment: state.moment.clone(),
                    source,
                });
            progress();
            frame
        })
        .collect::<Result<_, _>>()?;
    drop(scenes);
    let frames = Frames {
        width: pw,
        height: ph,
        rgba,
    };
    let delays = animate::delays(frames.rgba.len(), job.delay_ms);
    let wants = |f| job.formats.contains(&f);
    let (gif, apng) = rayon::join(
        || wants(Format::Gif).then(|| animate::gif(&frames, &delays)),
        || wants(Format::Apng).then(|| animate::apng(&frames, &delays)),
    );
    Ok(Encoded {
        gif: gif.transpose()?,
        apng: apng.transpose()?,
        left_out,
    })
}

/// Renders the animation and writes `animation.gif` and/or `animation.png` (with the
/// language's code before the extension, as [`STEM`] says) into
/// `job.out` (created if missing); returns the files written and the cities the frames
/// had no room for.
///
/// Everything is rendered and encoded before the first file is written, so a failure
/// writes nothing.
pub fn write(
    history: &History,
    job: &Job,
    progress: &(dyn Fn() + Sync),
) -> Result<Rendered, OutputError> {
    let Encoded {
        gif,
        apng,
        left_out,
    } = encode(history, job, progress)?;
    let tx = Transaction::in_folder(&job.out)?;
    let language = job.options.language;
    for (bytes, ext) in [(gif, "gif"), (apng, "png")] {
        if let Some(bytes) = bytes {
            let name = file_name(STEM, language, ext);
            tx.stage(Written::file(job.out.join(name)), &bytes)?;
        }
    }
    Ok(Rendered {
        files: tx.commit()?,
        left_out,
    })
}
