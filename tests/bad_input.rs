//! The bad-input corpus (tests/bad/): every broken scenario fails cleanly, and every
//! doubtful one draws with its warnings.
//!
//! For each case folder with an `expected.txt`, both `spheres render` and `spheres
//! validate` must exit with code 1, print every substring of it on stderr (the file, the
//! place and what is wrong), not panic, and write no file. For each case with a
//! `warnings.txt`, `spheres validate` must list exactly those warnings and exit with code 0,
//! `validate --strict` the same with code 1, and `spheres render` print them and draw.

mod common;

use std::path::Path;

use common::*;

/// The case folders, each with `expected.txt` (errors) or `warnings.txt` (warnings).
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

/// The cases whose defect is a warning.
fn warning_cases() -> Vec<String> {
    cases()
        .into_iter()
        .filter(|c| case_file(c, "warnings.txt").exists())
        .collect()
}

fn case_file(case: &str, name: &str) -> std::path::PathBuf {
    root().join("tests/bad").join(case).join(name)
}

#[test]
fn every_bad_scenario_is_refused_with_a_located_message() {
    let cases: Vec<String> = cases()
        .into_iter()
        .filter(|c| !case_file(c, "warnings.txt").exists())
        .collect();
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

/// What is wrong with the warnings of one run, if anything: its standard error must hold
/// each expected warning as one whole line, `prefix` + the case's folder + the warning,
/// and no other warning.
fn check_warnings(
    case: &str,
    what: &str,
    err: &str,
    prefix: &str,
    expected: &[&str],
) -> Vec<String> {
    let folder = format!("tests/bad/{case}/");
    let got: Vec<&str> = err.lines().filter(|l| l.contains("warning: ")).collect();
    let want: Vec<String> = expected
        .iter()
        .map(|w| format!("{prefix}{folder}{w}"))
        .collect();
    if got != want {
        vec![format!(
            "{case} ({what}): the warnings are\n  {}\nexpected\n  {}",
            got.join("\n  "),
            want.join("\n  ")
        )]
    } else {
        Vec::new()
    }
}

#[test]
fn every_doubtful_scenario_draws_with_its_warnings_and_strict_refuses_it() {
    let cases = warning_cases();
    assert!(cases.len() >= 10, "only {} warning cases", cases.len());
    let dir = Scratch::new("bad-warnings");
    let root = root();
    let mut failures = Vec::new();
    for case in &cases {
        let text = std::fs::read_to_string(case_file(case, "warnings.txt")).unwrap();
        let expected: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        let n = expected.len();
        let tally = format!("{n} warning{}", if n == 1 { "" } else { "s" });
        let scenario = format!("tests/bad/{case}");

        let validate = spheres(&root, &["validate", "--scenario", &scenario]);
        let err = stderr(&validate);
        if validate.status.code() != Some(0) {
            failures.push(format!(
                "{case} (validate): exit code {:?}:\n{err}",
                validate.status.code()
            ));
        }
        failures.extend(check_warnings(
            case,
            "validate",
            &err,
            "  warning: ",
            &expected,
        ));
        if !stdout(&validate).ends_with(&format!("; {tally}\n")) {
            failures.push(format!(
                "{case} (validate): the summary is {:?}",
                stdout(&validate)
            ));
        }

        let strict = spheres(&root, &["validate", "--strict", "--scenario", &scenario]);
        let err = stderr(&strict);
        if strict.status.code() != Some(1) {
            failures.push(format!(
                "{case} (validate --strict): exit code {:?}",
                strict.status.code()
            ));
        }
        failures.extend(check_warnings(
            case,
            "validate --strict",
            &err,
            "  warning: ",
            &expected,
        ));
        let last = err.lines().last().unwrap_or_default();
        if !(last.starts_with(&format!("spheres: error: {tally} found in "))
            && last.ends_with(", and --strict counts warnings as errors"))
        {
            failures.push(format!(
                "{case} (validate --strict): the last line is {last:?}"
            ));
        }
        if !stdout(&strict).is_empty() {
            failures.push(format!(
                "{case} (validate --strict): printed {:?}",
                stdout(&strict)
            ));
        }

        let out_dir = dir.path(case);
        let out_arg = out_dir.to_string_lossy().into_owned();
        let render = spheres(
            &root,
            &[
                "render",
                "1901",
                "--format",
                "svg",
                "--scenario",
                &scenario,
                "--out",
                &out_arg,
                "-q",
            ],
        );
        let err = stderr(&render);
        if !render.status.success() {
            failures.push(format!(
                "{case} (render): exit code {:?}:\n{err}",
                render.status.code()
            ));
        }
        failures.extend(check_warnings(
            case,
            "render -q",
            &err,
            "spheres: warning: ",
            &expected,
        ));
        if !files_in(&out_dir).contains(&"1901.svg".to_string()) {
            failures.push(format!("{case} (render): no map written"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_base_of_the_corpus_is_valid() {
    let root = root();
    let out = spheres(
        &root,
        &["validate", "--strict", "--scenario", "tests/bad/base"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "ok: 3 regions, 2 events, 2 powers, 2 statuses; no problems found\n"
    );
    assert_eq!(stderr(&out), "", "no warning");
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
    assert_eq!(stderr(&out), "", "no warning: the capital is drawn");
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
