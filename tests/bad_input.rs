//! The bad-input corpus (tests/bad/): every broken scenario fails cleanly.
//!
//! For each case folder, both `spheres render` and `spheres validate` must exit with code 1,
//! print every substring of the case's `expected.txt` on stderr (the file, the place and
//! what is wrong), not panic, and write no file.

mod common;

use std::path::Path;

use common::*;

fn cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/bad"))
        .expect("tests/bad exists")
        .filter_map(|e| {
            let e = e.ok()?;
            e.file_type()
                .ok()?
                .is_dir()
                .then(|| e.file_name().to_string_lossy().into_owned())
        })
        .filter(|n| n != "base")
        .collect();
    names.sort();
    names
}

/// What is wrong with one run, if anything.
fn check_run(case: &str, what: &str, out: &std::process::Output, expected: &[&str]) -> Vec<String> {
    let err = stderr(out);
    let mut failures = Vec::new();
    if out.status.code() != Some(1) {
        failures.push(format!(
            "{case} ({what}): exit code {:?}, expected 1",
            out.status.code()
        ));
    }
    if err.contains("panicked") || err.contains("RUST_BACKTRACE") {
        failures.push(format!("{case} ({what}): panicked:\n{err}"));
    }
    if !err.contains(&format!("tests/bad/{case}/")) {
        failures.push(format!(
            "{case} ({what}): the message does not name the file:\n{err}"
        ));
    }
    for e in expected {
        if !err.contains(e) {
            failures.push(format!(
                "{case} ({what}): stderr lacks {e:?}; it is:\n{err}"
            ));
        }
    }
    failures
}

#[test]
fn every_bad_scenario_is_refused_with_a_located_message() {
    let cases = cases();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let dir = Scratch::new("bad-input");
    let root = root();
    let mut failures = Vec::new();
    for case in &cases {
        let expected_text =
            std::fs::read_to_string(root.join("tests/bad").join(case).join("expected.txt"))
                .unwrap_or_else(|e| panic!("{case}/expected.txt: {e}"));
        let expected: Vec<&str> = expected_text.lines().filter(|l| !l.is_empty()).collect();
        assert!(!expected.is_empty(), "{case}/expected.txt is empty");
        let scenario = format!("tests/bad/{case}");

        let out_dir = dir.path(case);
        let out_arg = out_dir.to_string_lossy().into_owned();
        let render = spheres(
            &root,
            &["render", "1900", "--scenario", &scenario, "--out", &out_arg],
        );
        failures.extend(check_run(case, "render", &render, &expected));
        let written = files_in(&out_dir);
        if !written.is_empty() {
            failures.push(format!("{case} (render): wrote {written:?}"));
        }

        let validate = spheres(&root, &["validate", "--scenario", &scenario]);
        failures.extend(check_run(case, "validate", &validate, &expected));
        if !stdout(&validate).is_empty() {
            failures.push(format!(
                "{case} (validate): printed on stdout: {}",
                stdout(&validate)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(dir.files().is_empty(), "nothing written: {:?}", dir.files());
}

#[test]
fn the_base_of_the_corpus_is_valid() {
    let root = root();
    let out = spheres(&root, &["validate", "--scenario", "tests/bad/base"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok: 3 regions, 2 events, 2 powers, 2 statuses"));
    let dir = Scratch::new("bad-base");
    let out_arg = dir.path("out").to_string_lossy().into_owned();
    let out = spheres(
        &root,
        &[
            "render",
            "1901",
            "--format",
            "svg",
            "--scenario",
            "tests/bad/base",
            "--out",
            &out_arg,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files = files_in(&dir.path("out"));
    assert!(files.contains(&"1901.svg".to_string()), "{files:?}");
    assert!(!files.iter().any(|f| f.ends_with(".png")), "{files:?}");
}

#[test]
fn validate_lists_every_problem_grouped_by_file() {
    // Three defects in two files, reported in one run.
    let dir = Scratch::new("bad-many");
    let base = root().join("tests/bad/base");
    for entry in std::fs::read_dir(&base).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path(&entry.file_name().to_string_lossy())).unwrap();
    }
    let edit = |name: &str, from: &str, to: &str| {
        let path = dir.path(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "scenario.toml",
        "north = { power = \"red\", status = \"annexed\" }",
        "korae = { power = \"red\", status = \"annexed\" }",
    );
    edit("scenario.toml", "color = \"#0000cc\"", "color = \"blue\"");
    edit(
        "lines.geojson",
        "\"event\": \"treaty\"",
        "\"event\": \"treatee\"",
    );
    let out = spheres(&dir.0, &["validate", "--scenario", "."]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "./lines.geojson:",
            "  ./lines.geojson: feature 'line-1900' (#0): unknown event 'treatee' (hint: did you mean 'treaty'?)",
            "./scenario.toml:",
            "  ./scenario.toml:18:9: 'blue' is not a colour (hint: write colours as \"#rrggbb\", e.g. \"#c8102e\")",
            "  ./scenario.toml:43:9: event 'annexation' names unknown region 'korae' (hint: known regions: north, south, islet)",
            "spheres: error: 3 problems found in 2 files",
        ],
        "{err}"
    );
    assert!(!Path::new(&dir.path("output")).exists());
}
