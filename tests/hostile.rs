//! Hostile command lines and standard outputs (issue 12): runaway ranges and thread
//! counts are refused before any work with exit code 2, a moment asked for twice is drawn
//! once, and a closed or full standard output never panics.

mod common;

use std::process::{Command, Output, Stdio};

use common::*;

#[test]
fn runaway_ranges_are_refused_before_any_work_with_exit_code_2() {
    let dir = Scratch::new("hostile-ranges");
    for command in ["render", "animate", "chart"] {
        let out = spheres(
            &dir.0,
            &[command, "--from", "1", "--to", "99999999", "--out", "maps"],
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{command}: {err}");
        assert!(
            err.contains("the range 1 to 99999999 is 99999999 years; a run covers at most 1000"),
            "{command}: {err}"
        );
        assert!(
            err.contains("hint: give --from and --to at most 1000 years apart"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = spheres(
        &dir.0,
        &["render", "--from", "1912", "--to", "1900", "--out", "maps"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());
}

#[test]
fn runaway_thread_counts_are_refused_with_exit_code_2() {
    let dir = Scratch::new("hostile-jobs");
    for command in ["render", "animate"] {
        for jobs in ["0", "-1", "99999999", "many"] {
            let out = spheres(
                &dir.0,
                &[command, "1912", &format!("--jobs={jobs}"), "--out", "maps"],
            );
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{command} --jobs {jobs}: {err}");
            assert!(err.contains("from 1 to "), "{err}");
            assert!(err.contains("× the "), "{err}");
        }
    }
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());
}

#[test]
fn a_moment_asked_for_twice_is_drawn_once() {
    let dir = Scratch::new("hostile-twice");
    let runs: [(&str, &[&str], &[&str]); 2] = [
        (
            "a",
            &["1916", "1916"],
            &["1916.svg", "1916.wikitext", "maps.json"],
        ),
        (
            "b",
            &["1916", "--from", "1916", "--to", "1917"],
            &[
                "1916.svg",
                "1916.wikitext",
                "1917.svg",
                "1917.wikitext",
                "maps.json",
            ],
        ),
    ];
    for (out_dir, moments, expected) in runs {
        let mut args = vec!["render", "--format", "svg", "--out", out_dir];
        args.extend_from_slice(moments);
        let out = spheres_ok(&dir.0, &args);
        let files = files_in(&dir.path(out_dir));
        assert_eq!(files, expected, "{moments:?}");
        let manifest = std::fs::read_to_string(dir.path(out_dir).join("maps.json")).unwrap();
        assert_eq!(manifest.matches("\"1916.svg\"").count(), 1, "{manifest}");
        assert!(stdout(&out).starts_with(&format!("wrote {} files", expected.len())));
    }
}

/// Runs `spheres` in `cwd` with its standard output sent to `stdout`.
fn spheres_to(cwd: &std::path::Path, args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spheres"))
        .args(args)
        .current_dir(cwd)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

#[test]
fn a_closed_standard_output_ends_the_command_quietly() {
    let dir = Scratch::new("hostile-closed");
    let runs: [&[&str]; 7] = [
        &["regions"],
        &["validate"],
        &["timeline"],
        &["timeline", "--format", "md"],
        &["diff", "1905", "1932", "--format", "md"],
        &["export", "1912"],
        &["render", "1912", "--format", "svg", "--out", "maps"],
    ];
    for args in runs {
        // A pipe whose reader is gone before the command starts: every write fails with
        // a broken pipe.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = spheres_to(&dir.0, args, writer.into());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?} printed on stderr: {err}");
    }
    assert_eq!(
        files_in(&dir.path("maps")),
        ["1912.svg", "1912.wikitext", "maps.json"]
    );
}

#[test]
fn a_full_standard_output_is_an_error_naming_it() {
    let dir = Scratch::new("hostile-full");
    let runs: [&[&str]; 4] = [
        &["regions"],
        &["validate"],
        &["timeline", "--format", "csv"],
        &["render", "1912", "--format", "svg", "--out", "maps"],
    ];
    for args in runs {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full exists");
        let out = spheres_to(&dir.0, args, full.into());
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("spheres: error: standard output: cannot write: No space left on device"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_cause_already_in_the_message_is_not_repeated() {
    let dir = Scratch::new("hostile-cause");
    std::fs::write(dir.path("file"), "").unwrap();
    let out = spheres(
        &dir.0,
        &["render", "1912", "--format", "svg", "--out", "file/maps"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert!(!err.contains("caused by"), "{err}");
}

#[test]
fn the_bad_moment_hint_names_no_event_of_the_built_in_scenario() {
    let dir = Scratch::new("hostile-moment");
    let scenario = root().join("tests/bad/base");
    let scenario = scenario.to_string_lossy();
    let out = spheres(
        &dir.0,
        &["render", "1x", "--scenario", &scenario, "--out", "maps"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("'1x' is not a year, a date or an event id"),
        "{err}"
    );
    assert!(err.contains("`spheres timeline` shows each"), "{err}");
    assert!(!err.contains("third-agreement"), "{err}");
}

#[test]
fn markdown_reports_escape_scenario_text_and_link_only_web_addresses() {
    let dir = Scratch::new("hostile-markdown");
    for entry in std::fs::read_dir(root().join("tests/bad/base")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path(&entry.file_name().to_string_lossy())).unwrap();
    }
    let toml = std::fs::read_to_string(dir.path("scenario.toml"))
        .unwrap()
        .replace(
            "title = \"Tiny test scenario\"",
            "title = \"<script>alert(1)</script>\"",
        )
        .replace(
            "title = \"Treaty\"",
            "title = \"[click](javascript:alert(1)) *now*\"",
        )
        .replace(
            "source = \"https://example.org/treaty\"",
            "source = \"javascript:alert(1)\"",
        )
        .replace("name = \"Red\"", "name = \"Red | _Empire_ & co\"");
    std::fs::write(dir.path("scenario.toml"), toml).unwrap();

    let timeline = stdout(&spheres_ok(
        &dir.0,
        &["timeline", "--format", "md", "--scenario", "."],
    ));
    assert!(
        timeline.starts_with("# \\<script\\>alert(1)\\</script\\>: timeline\n"),
        "{timeline}"
    );
    assert!(
        timeline.contains("## 1 June 1900 — \\[click\\](javascript:alert(1)) \\*now\\*\n"),
        "{timeline}"
    );
    assert!(
        timeline.contains("Event `treaty`, source: javascript:alert(1).\n"),
        "{timeline}"
    );
    assert!(timeline.contains("Event `annexation`, [source](https://example.org/annexation).\n"));
    assert!(
        timeline.contains("Red \\| \\_Empire\\_ \\& co"),
        "{timeline}"
    );
    assert!(!timeline.contains("[click]("), "{timeline}");

    let diff = stdout(&spheres_ok(
        &dir.0,
        &["diff", "1899", "1901", "--format", "md", "--scenario", "."],
    ));
    assert!(
        diff.contains("| North | none | Red \\| \\_Empire\\_ \\& co, annexed territory |"),
        "{diff}"
    );
    assert!(
        diff.contains("\\[click\\](javascript:alert(1)) \\*now\\* (1 June 1900)"),
        "{diff}"
    );
    assert!(!diff.contains("<script"), "{diff}");
    assert!(!diff.contains("[click]("), "{diff}");
}
