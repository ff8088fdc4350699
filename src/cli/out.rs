//! Writing to standard output: every line the commands print goes through [`print`] (what
//! a command was asked for: a report, GeoJSON, a completion script) or [`say`] (what it
//! did: the files it wrote), which `--quiet` silences. Diagnostics go to standard error
//! ([`eprint`], [`warn`]); `--quiet` silences none of them.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Result, anyhow};

/// `--quiet`: no word about what was done, and no progress bar.
static QUIET: AtomicBool = AtomicBool::new(false);

/// Sets `--quiet` for the rest of the run.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` was given.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Writes `text` to standard output.
///
/// A closed pipe (`spheres timeline | head -1`, `spheres regions | true`) is not an error:
/// the reader has what it wanted, so the command ends quietly with exit code 0, as
/// command-line tools do. Any other failure (a full device, `>/dev/full`) is an error
/// naming standard output, and the command exits with code 1; it never panics.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(anyhow!(
            "standard output: cannot write: {e} (hint: check the file or device it is redirected to)"
        )),
    }
}

/// Says what the command did (a line on standard output), unless `--quiet`.
pub fn say(text: &str) -> Result<()> {
    match quiet() {
        true => Ok(()),
        false => print(text),
    }
}

/// Says which files a command wrote into `folder`, in the one style every command uses
/// (see [`wrote`]), unless `--quiet`.
pub fn say_wrote(folder: &Path, files: &[PathBuf], detail: Option<&str>) -> Result<()> {
    say(&wrote(folder, files, detail))
}

/// "wrote 1 file: out/a.svg", "wrote 2 files: out/a.gif, out/a.png (3 frames)", "wrote
/// 83 files to output (82 maps, maps.json)": the count first, then the paths when there
/// are at most [`NAMED`], otherwise the folder they are in; then `detail`, if any.
pub fn wrote(folder: &Path, files: &[PathBuf], detail: Option<&str>) -> String {
    let mut line = format!("wrote {}", count(files.len(), "file", "files"));
    if files.len() <= NAMED {
        let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        line.push_str(&format!(": {}", paths.join(", ")));
    } else {
        line.push_str(&format!(" to {}", folder.display()));
    }
    if let Some(detail) = detail {
        line.push_str(&format!(" ({detail})"));
    }
    line.push('\n');
    line
}

/// Most files [`wrote`] names one by one.
const NAMED: usize = 3;

/// "1 file", "2 files", "0 files": `n` and the word in its number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "1 map as SVG and PNG, 1 Commons page", "41 maps as SVG, 41 Commons pages": what a run
/// of `n` maps in `formats` drew, each with its Commons page.
pub fn maps_as(n: usize, formats: &[spheres::output::Format]) -> String {
    let names: Vec<String> = formats.iter().map(|f| f.name().to_uppercase()).collect();
    format!(
        "{} as {}, {}",
        count(n, "map", "maps"),
        names.join(" and "),
        count(n, "Commons page", "Commons pages")
    )
}

/// Writes `text` to standard error, for diagnostics. A closed or full standard error is
/// ignored: there is nowhere left to report it, and the exit code still tells.
pub fn eprint(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// Prints each warning on standard error, one a line: `spheres: warning: FILE:PLACE: what
/// (hint: …)`. `--quiet` does not silence them: like errors they are about the input, and
/// a script that wants none can send standard error elsewhere.
pub fn warn(warnings: &[spheres::problem::Problem]) {
    let text: String = warnings.iter().map(|w| format!("spheres: {w}\n")).collect();
    eprint(&text);
}

/// Prints the warning of each city the maps of a run had no room for.
pub fn warn_left_out(loaded: &spheres::load::Loaded, left_out: &[spheres::output::LeftOut]) {
    let warnings: Vec<_> = left_out.iter().map(|l| l.warning(loaded)).collect();
    warn(&warnings);
}

/// The scenario in each of `languages` (English first when it is one of them), with a
/// warning for each language whose translation lacks names (they are drawn in English).
pub fn translated<'s>(
    loaded: &'s spheres::load::Loaded,
    languages: &[spheres::language::Language],
) -> Vec<spheres::translate::Translated<'s>> {
    languages
        .iter()
        .map(|&l| {
            let t = spheres::translate::translate(&loaded.scenario, l);
            if let Some(w) = spheres::translate::fallback_warning(loaded, l, &t.missing) {
                warn(&[w]);
            }
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_in_their_number() {
        assert_eq!(count(0, "file", "files"), "0 files");
        assert_eq!(count(1, "file", "files"), "1 file");
        assert_eq!(count(2, "status", "statuses"), "2 statuses");
    }

    #[test]
    fn few_files_are_named_and_many_counted() {
        let out = Path::new("out");
        assert_eq!(
            wrote(out, &[out.join("a.svg")], None),
            "wrote 1 file: out/a.svg\n"
        );
        let two = [out.join("a.gif"), out.join("a.png")];
        assert_eq!(
            wrote(out, &two, Some("1 frame")),
            "wrote 2 files: out/a.gif, out/a.png (1 frame)\n"
        );
        let many: Vec<PathBuf> = (0..4).map(|i| out.join(format!("{i}.svg"))).collect();
        assert_eq!(
            wrote(out, &many, Some("4 maps")),
            "wrote 4 files to out (4 maps)\n"
        );
    }
}
