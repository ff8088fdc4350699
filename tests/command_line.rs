//! The command line as a whole, the way people know tools to behave: completion scripts
//! and a manual page generated from the same definitions as `--help`, `--quiet` on every
//! command, one style for saying what was written, every folder written into made, and
//! exit code 2 for every mistake on the command line, 1 for bad input or failed output.

mod common;

use common::*;

/// A small scenario, so that every command runs in moments.
const TINY: &str = "tests/bad/base";

fn tiny() -> String {
    root().join(TINY).to_string_lossy().into_owned()
}

/// The subcommands `spheres --help` lists.
fn subcommands() -> Vec<String> {
    let help = stdout(&spheres_ok(&root(), &["--help"]));
    let list = help
        .split("Commands:\n")
        .nth(1)
        .expect("a list of commands")
        .split("\n\n")
        .next()
        .unwrap();
    let names: Vec<String> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .filter(|n| n != "help")
        .collect();
    for known in [
        "render",
        "regions",
        "validate",
        "diff",
        "timeline",
        "export",
        "animate",
        "chart",
        "gallery",
        "init",
        "completions",
        "man",
    ] {
        assert!(names.iter().any(|n| n == known), "{known} in {names:?}");
    }
    names
}

#[test]
fn completion_scripts_name_every_subcommand() {
    let commands = subcommands();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = spheres_ok(&root(), &["completions", shell]);
        let script = stdout(&out);
        assert!(script.len() > 1000, "{shell}: {script}");
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell}: {command}");
        }
        // Options too, from the same definitions as --help (fish writes `-l scenario`).
        for option in ["scenario", "theme", "quiet", "jobs"] {
            assert!(script.contains(option), "{shell}: {option}");
        }
        // And the values an option takes (PowerShell's completer knows none).
        if shell != "powershell" {
            assert!(script.contains("colorblind"), "{shell}");
        }
    }
    let out = spheres(&root(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn the_manual_names_every_subcommand() {
    let commands = subcommands();
    let page = stdout(&spheres_ok(&root(), &["man"]));
    assert!(page.contains(".TH spheres 1"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for command in &commands {
        // roff escapes the hyphen: `spheres\-render(1)`.
        assert!(
            page.contains(&format!("spheres\\-{command}(1)")),
            "{command}: {page}"
        );
    }

    // A page per command, into a folder made for them.
    let dir = Scratch::new("man-pages");
    let out = spheres_ok(&dir.0, &["man", "--out", "share/man/man1"]);
    let mut expected = vec!["spheres.1".to_string()];
    expected.extend(commands.iter().map(|c| format!("spheres-{c}.1")));
    expected.sort();
    assert_eq!(files_in(&dir.path("share/man/man1")), expected);
    assert_eq!(
        stdout(&out),
        format!("wrote {} files to share/man/man1\n", commands.len() + 1)
    );
    let render = std::fs::read_to_string(dir.path("share/man/man1/spheres-render.1")).unwrap();
    for option in ["\\-\\-theme", "\\-\\-scale", "\\-\\-jobs", "\\-\\-quiet"] {
        assert!(render.contains(option), "{option}: {render}");
    }
}

/// Runs `spheres` in `dir` with `args` and `--quiet`, and checks that it succeeds and
/// prints nothing at all.
fn quietly(dir: &std::path::Path, args: &[&str]) {
    let mut args = args.to_vec();
    args.push("--quiet");
    let out = spheres(dir, &args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    assert_eq!(stdout(&out), "", "{args:?}");
    assert_eq!(stderr(&out), "", "{args:?}");
}

#[test]
fn every_command_is_silent_with_quiet() {
    let dir = Scratch::new("quiet");
    let tiny = tiny();
    let s = tiny.as_str();
    quietly(&dir.0, &["render", "--scenario", s, "--out", "a/maps"]);
    quietly(
        &dir.0,
        &[
            "diff",
            "1900",
            "1902",
            "--format",
            "svg",
            "--scenario",
            s,
            "--out",
            "b/diff",
        ],
    );
    quietly(
        &dir.0,
        &["export", "1901", "--scenario", s, "--out", "c/x.geojson"],
    );
    quietly(
        &dir.0,
        &[
            "animate",
            "--width",
            "200",
            "--scenario",
            s,
            "--out",
            "d/anim",
        ],
    );
    quietly(&dir.0, &["chart", "--scenario", s, "--out", "e/chart"]);
    quietly(&dir.0, &["gallery", "--scenario", s, "--out", "f/gallery"]);
    quietly(&dir.0, &["validate", "--scenario", s]);
    quietly(&dir.0, &["man", "--out", "g/man1"]);
    quietly(&dir.0, &["init", "i/starter"]);
    // -q before the command, as a global option.
    let out = spheres(
        &dir.0,
        &["-q", "render", "1901", "--scenario", s, "--out", "h"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    for (folder, file) in [
        ("a/maps", "1900.svg"),
        ("b/diff", "diff-1900-1902.svg"),
        ("c", "x.geojson"),
        ("d/anim", "animation.gif"),
        ("e/chart", "chart.svg"),
        ("f/gallery", "index.html"),
        ("g/man1", "spheres.1"),
        ("h", "1901.png"),
    ] {
        assert!(dir.path(folder).join(file).is_file(), "{folder}/{file}");
    }

    // What a command is asked to print is printed all the same: --quiet silences what
    // it says about its work, not its output.
    for args in [
        &["timeline"][..],
        &["regions"],
        &["diff", "1900", "1902"],
        &["export", "1901"],
    ] {
        let mut args = args.to_vec();
        args.extend(["--scenario", s]);
        let loud = stdout(&spheres_ok(&dir.0, &args));
        args.push("--quiet");
        assert_eq!(stdout(&spheres_ok(&dir.0, &args)), loud, "{args:?}");
        assert!(!loud.is_empty(), "{args:?}");
    }
    for args in [&["completions", "bash"][..], &["man"]] {
        let loud = stdout(&spheres_ok(&dir.0, args));
        let mut args = args.to_vec();
        args.push("-q");
        assert_eq!(stdout(&spheres_ok(&dir.0, &args)), loud, "{args:?}");
    }

    // Errors still go to standard error.
    let out = spheres(&dir.0, &["render", "nope", "--scenario", s, "--quiet"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("no event 'nope'"), "{}", stderr(&out));
}

#[test]
fn every_command_that_writes_says_what_in_one_style() {
    let dir = Scratch::new("wrote");
    let tiny = tiny();
    let s = tiny.as_str();
    let said = |args: &[&str]| {
        let mut args = args.to_vec();
        args.extend(["--scenario", s]);
        stdout(&spheres_ok(&dir.0, &args))
    };
    assert_eq!(
        said(&["render", "1901", "--format", "svg", "--out", "r"]),
        "wrote 3 files: r/1901.svg, r/1901.wikitext, r/maps.json (1 map as SVG, 1 Commons page)\n"
    );
    assert_eq!(
        said(&["render", "--out", "r"]),
        "wrote 10 files to r (3 maps as SVG and PNG, 3 Commons pages)\n"
    );
    assert_eq!(
        said(&["diff", "1900", "1902", "--format", "png", "--out", "d"]),
        "wrote 2 files: d/diff-1900-1902.png, d/diff-1900-1902.wikitext\n"
    );
    assert_eq!(
        said(&["export", "1901", "--out", "new/folder/x.geojson"]),
        "wrote 1 file: new/folder/x.geojson\n"
    );
    assert_eq!(
        said(&["animate", "1901", "--width", "200", "--out", "a"]),
        "wrote 2 files: a/animation.gif, a/animation.png (1 frame)\n"
    );
    assert_eq!(
        said(&["animate", "--format", "gif", "--width", "200", "--out", "a"]),
        "wrote 1 file: a/animation.gif (3 frames)\n"
    );
    assert_eq!(
        said(&["chart", "--out", "c"]),
        "wrote 2 files: c/chart.svg, c/chart.png\n"
    );
    let gallery = said(&["gallery", "--out", "g"]);
    assert!(
        gallery.starts_with("wrote ") && gallery.contains(" files to g (3 maps and "),
        "{gallery}"
    );
    assert!(
        gallery.ends_with(" as SVG and PNG, their Commons pages, index.html and maps.json)\n"),
        "{gallery}"
    );
    assert_eq!(
        said(&["validate"]),
        "ok: 3 regions, 2 events, 2 powers, 2 statuses; no problems found\n"
    );
}

#[test]
fn export_makes_the_folder_it_writes_into() {
    let dir = Scratch::new("export-folder");
    spheres_ok(&dir.0, &["export", "1912", "--out", "a/b/c.geojson"]);
    assert!(dir.path("a/b/c.geojson").is_file());
    // A file that cannot be written (a folder has its name), or a folder that cannot be
    // made (a file has its name): exit 1.
    std::fs::create_dir_all(dir.path("x/y.geojson")).unwrap();
    let out = spheres(&dir.0, &["export", "1912", "--out", "x/y.geojson"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    std::fs::write(dir.path("file"), "a file").unwrap();
    let out = spheres(&dir.0, &["export", "1912", "--out", "file/sub/z.geojson"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write"), "{}", stderr(&out));
}

/// Runs `spheres` with `args` in an empty folder, and checks it exits with `code`, says
/// why on standard error, prints nothing on standard output and writes nothing.
fn fails(code: i32, args: &[&str]) {
    let dir = Scratch::new("fails");
    let out = spheres(&dir.0, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(err.contains("error"), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert_eq!(stdout(&out), "", "{args:?}");
    assert!(dir.files().is_empty(), "{args:?}: {:?}", dir.files());
}

#[test]
fn every_mistake_on_the_command_line_exits_2() {
    let many: Vec<String> = (1..=1001).map(|y| y.to_string()).collect();
    let mut too_many: Vec<&str> = vec!["render"];
    too_many.extend(many.iter().map(String::as_str));
    too_many.extend(["--format", "svg"]);
    let cases: Vec<Vec<&str>> = vec![
        // render
        vec!["render", "1912", "--theme", "neon"],
        vec!["render", "1912", "--scale", "0"],
        vec!["render", "1912", "--scale", "nan"],
        vec!["render", "1912", "--scale", "9"],
        vec!["render", "1912", "--width", "8000", "--scale", "8"],
        vec!["render", "--from", "1912", "--to", "1910"],
        vec!["render", "--from", "1", "--to", "5000"],
        vec!["render", "1912-02-30"],
        vec!["render", "1912", "--jobs", "0"],
        vec!["render", "1912", "--width", "10"],
        vec!["render", "--format", "gif"],
        too_many,
        // diff
        vec!["diff", "1910", "1912", "--theme", "neon"],
        vec!["diff", "1910", "1912", "--format", "png", "--scale", "0.1"],
        vec![
            "diff", "1910", "1912", "--format", "png", "--width", "8000", "--scale", "4",
        ],
        vec!["diff", "1910", "1912-13-01"],
        vec!["diff", "1910"],
        // export
        vec!["export", "0"],
        vec!["export"],
        // animate
        vec!["animate", "--theme", "neon"],
        vec!["animate", "--from", "1912", "--to", "1910"],
        vec!["animate", "1912-02-30"],
        vec!["animate", "--jobs", "0"],
        vec!["animate", "--delay", "1"],
        // chart
        vec!["chart", "--theme", "neon"],
        vec!["chart", "--from", "1912", "--to", "1910"],
        vec!["chart", "--from", "1", "--to", "5000"],
        // gallery
        vec!["gallery", "--theme", "neon"],
        vec!["gallery", "--width", "1"],
        // the reports
        vec!["timeline", "--format", "xml"],
        vec!["regions", "--format", "xml"],
        vec!["validate", "--nope"],
        vec!["completions"],
        vec!["man", "--nope"],
        vec!["frobnicate"],
    ];
    for args in cases {
        fails(2, &args);
    }
}

#[test]
fn every_bad_input_or_failed_output_exits_1() {
    let missing = root()
        .join("tests/bad/missing-file")
        .to_string_lossy()
        .into_owned();
    let nowhere = "/nonexistent/spheres-scenario";
    // Bad input: a scenario that does not load, an event it does not have.
    for command in [
        &["render", "1912"][..],
        &["diff", "1910", "1912"],
        &["timeline"],
        &["export", "1912"],
        &["animate"],
        &["chart"],
        &["gallery"],
        &["regions"],
        &["validate"],
    ] {
        for scenario in [missing.as_str(), nowhere] {
            let mut args = command.to_vec();
            args.extend(["--scenario", scenario]);
            fails(1, &args);
        }
    }
    for args in [
        &["render", "thrid-agreement"][..],
        &["diff", "1912", "thrid-agreement"],
        &["export", "thrid-agreement"],
        &["animate", "thrid-agreement"],
    ] {
        fails(1, args);
    }
    // Failed output: the folder to write into is a file.
    let dir = Scratch::new("output-fails");
    std::fs::write(dir.path("file"), "a file").unwrap();
    let tiny = tiny();
    for args in [
        &["render", "1901", "--out", "file/maps"][..],
        &[
            "diff",
            "1900",
            "1902",
            "--format",
            "svg",
            "--out",
            "file/maps",
        ],
        &["export", "1901", "--out", "file/x.geojson"],
        &["animate", "--width", "200", "--out", "file/maps"],
        &["chart", "--out", "file/maps"],
        &["gallery", "--out", "file/maps"],
        &["man", "--out", "file/man1"],
    ] {
        let mut args = args.to_vec();
        if args[0] != "man" {
            args.extend(["--scenario", &tiny]);
        }
        let out = spheres(&dir.0, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("cannot"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(stdout(&out), "", "{args:?}");
        assert_eq!(dir.files(), ["file"], "{args:?}");
    }
}
