//! Writing to standard output: every line the commands print goes through [`print`].

use std::io::{ErrorKind, Write};

use anyhow::{Result, anyhow};

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

/// Writes `text` to standard error, for diagnostics. A closed or full standard error is
/// ignored: there is nowhere left to report it, and the exit code still tells.
pub fn eprint(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}
