//! `spheres completions`: a shell completion script, generated from the same clap
//! definitions as `--help`.

use anyhow::Result;
use clap_complete::Shell;

/// Arguments of `spheres completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Install it where the shell looks for completions, for instance:
  bash        spheres completions bash > ~/.local/share/bash-completion/completions/spheres
  zsh         spheres completions zsh > ~/.zfunc/_spheres   (with fpath+=~/.zfunc before compinit)
  fish        spheres completions fish > ~/.config/fish/completions/spheres.fish
  powershell  spheres completions powershell >> $PROFILE"
)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(a: &Args) -> Result<()> {
    super::out::print(&script(a.shell)?)
}

/// The completion script for `shell`.
fn script(shell: Shell) -> Result<String> {
    let mut command = super::command();
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "spheres", &mut bytes);
    Ok(String::from_utf8(bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_every_command() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
            let text = script(shell).unwrap();
            for name in super::super::command_names() {
                assert!(text.contains(&name), "{shell}: {name}");
            }
        }
    }
}
