//! `spheres man`: the manual page, generated from the same clap definitions as `--help`.

use std::path::PathBuf;

use anyhow::Result;
use clap_mangen::Man;
use spheres::output::{Transaction, Written};

use super::out::say_wrote;

/// Arguments of `spheres man`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Read it with `spheres man | man -l -`, or install the pages: \
`spheres man --out ~/.local/share/man/man1` then `man spheres` and `man spheres-render`."
)]
pub struct Args {
    /// Write spheres.1 and a page for each command (spheres-render.1, …) into this folder,
    /// instead of printing spheres.1
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run(a: &Args) -> Result<()> {
    let pages = pages()?;
    let Some(dir) = &a.out else {
        // The first page is the command's own, which lists the others.
        let (_, roff) = &pages[0];
        return super::out::print(&String::from_utf8_lossy(roff));
    };
    let tx = Transaction::in_folder(dir)?;
    for (name, roff) in &pages {
        tx.stage(Written::file(dir.join(name)), roff)?;
    }
    let written: Vec<PathBuf> = tx.commit()?.into_iter().map(|w| w.path).collect();
    say_wrote(dir, &written, None)
}

/// Every manual page, as (file name, roff): `spheres.1` first, then one per command
/// (`spheres-render.1`, …), as `clap_mangen::generate_to` names them.
fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut command = super::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    add_pages(command, &mut pages)?;
    Ok(pages)
}

/// Adds the page of `command`, then those of its subcommands, to `pages`.
fn add_pages(command: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let subcommands: Vec<clap::Command> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .cloned()
        .collect();
    let man = Man::new(command);
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    pages.push((man.get_filename(), roff));
    for subcommand in subcommands {
        add_pages(subcommand, pages)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_for_the_command_and_each_subcommand() {
        let pages = pages().unwrap();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "spheres.1");
        for name in super::super::command_names() {
            assert!(
                names.contains(&format!("spheres-{name}.1").as_str()),
                "{names:?}"
            );
        }
        let main = String::from_utf8_lossy(&pages[0].1);
        assert!(main.contains(".TH spheres 1"), "{main}");
    }
}
