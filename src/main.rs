//! The `spheres` command: parses the arguments, runs the command, prints any error with
//! its whole chain, and exits 0 (success), 1 (bad input or failed output) or 2 (usage).
#![forbid(unsafe_code)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Ctrl-C or SIGTERM: the files the run staged are removed before it exits (130).
    let _ = ctrlc::set_handler(|| {
        spheres::output::remove_staged_files();
        std::process::exit(130);
    });
    match cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            cli::out::eprint(&message(&e));
            ExitCode::from(if e.is::<cli::Usage>() { 2 } else { 1 })
        }
    }
}

/// The error and the causes under it, one a line; a cause whose words the lines above
/// already hold (a library error that quotes its I/O error) is not repeated.
fn message(e: &anyhow::Error) -> String {
    let mut text = format!("spheres: error: {e}\n");
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(&format!("  caused by: {cause}\n"));
        }
    }
    text
}
