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
            eprintln!("spheres: error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(1)
        }
    }
}
