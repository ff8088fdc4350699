//! Writing a report to standard output.

use std::io::{ErrorKind, Write};

use anyhow::Result;

/// Writes `text` to standard output; a closed pipe (`spheres timeline | head`) is not an
/// error, the reader has what it wanted.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
