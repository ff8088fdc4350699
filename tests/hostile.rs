//! Hostile command lines and standard outputs (issue 12): runaway ranges and thread
//! counts are refused before any work with exit code 2, a moment asked for twice is drawn
//! once, and a closed or full standard output never panics.

mod common;

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
        ("a", &["1916", "1916"], &["1916.svg", "maps.json"]),
        (
            "b",
            &["1916", "--from", "1916", "--to", "1917"],
            &["1916.svg", "1917.svg", "maps.json"],
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
        assert!(stdout(&out).starts_with(&format!("wrote {} files", expected.len() - 1)));
    }
}
