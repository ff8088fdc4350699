//! A failed run leaves no map and no temporary file: files are written under temporary
//! names and renamed into place only once every map of the run is ready.

mod common;

use common::*;

/// Names in a folder and all its subfolders, with hidden (temporary) files.
fn all_files(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for name in files_in(dir) {
        let path = dir.join(&name);
        if path.is_dir() {
            out.push(format!("{name}/"));
            out.extend(all_files(&path).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            out.push(name);
        }
    }
    out
}

#[test]
fn a_png_too_large_writes_nothing() {
    let dir = Scratch::new("too-large");
    // Wider than a PNG can be at the --width and --scale given: a usage error, found
    // before anything is drawn.
    let out = spheres(
        &dir.0,
        &[
            "render", "1912", "1913", "--width", "8000", "--scale", "8", "--out", "maps",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("makes a PNG 64000 pixels wide; the widest is 16384"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("use a smaller --width or --scale"));
    assert!(!stderr(&out).contains("panicked"));
    assert!(all_files(&dir.0).is_empty(), "{:?}", all_files(&dir.0));

    // Into a folder that exists: what was there stays, nothing is added.
    std::fs::create_dir(dir.path("maps")).unwrap();
    std::fs::write(dir.path("maps/keep.txt"), "mine").unwrap();
    let out = spheres(
        &dir.0,
        &[
            "render", "1912", "--width", "8000", "--scale", "8", "--out", "maps",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(all_files(&dir.0), ["maps/", "maps/keep.txt"]);
}

#[test]
fn an_output_folder_that_cannot_be_made_writes_nothing() {
    let dir = Scratch::new("not-a-folder");
    std::fs::write(dir.path("maps"), "a file, not a folder").unwrap();
    let out = spheres(
        &dir.0,
        &["render", "1912", "--format", "svg", "--out", "maps"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("maps: cannot write:"), "{err}");
    assert!(
        err.contains("check that the folder exists and is writable"),
        "{err}"
    );
    assert_eq!(all_files(&dir.0), ["maps"]);
    assert_eq!(
        std::fs::read_to_string(dir.path("maps")).unwrap(),
        "a file, not a folder"
    );
}

#[test]
fn a_map_that_cannot_be_put_in_place_leaves_no_file_of_the_run() {
    // A folder has the name of one of the maps: that map cannot be renamed into place,
    // so none of the run's maps (1912.png, 1913.*) may appear either.
    let dir = Scratch::new("rename-fails");
    std::fs::create_dir_all(dir.path("maps/1912.svg")).unwrap();
    let out = spheres(
        &dir.0,
        &["render", "1912", "1913", "--width", "400", "--out", "maps"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("1912.svg: cannot write:"),
        "{}",
        stderr(&out)
    );
    assert_eq!(all_files(&dir.0), ["maps/", "maps/1912.svg/"]);
}

#[test]
fn a_successful_run_leaves_no_temporary_file() {
    let dir = Scratch::new("atomic-ok");
    let out = spheres(
        &dir.0,
        &["render", "1912", "1913", "--width", "400", "--out", "maps"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files = all_files(&dir.0);
    for name in [
        "maps/1912.png",
        "maps/1912.svg",
        "maps/1913.png",
        "maps/1913.svg",
    ] {
        assert!(files.iter().any(|f| f == name), "{name} missing: {files:?}");
    }
    assert!(
        !files
            .iter()
            .any(|f| f.contains("/.") || f.ends_with(".tmp")),
        "a temporary file is left: {files:?}"
    );
}

/// Temporary files (staged maps and backups) of any run, by their naming.
fn temporary_files(dir: &std::path::Path) -> Vec<String> {
    all_files(dir)
        .into_iter()
        .filter(|f| f.ends_with(".spheres-tmp") || f.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_failed_rename_puts_back_the_files_the_run_replaced() {
    // 1909 and 1910 are renamed into place before 1911.svg, which a folder blocks: they
    // get their previous contents back and maps.json stays as it was.
    let dir = Scratch::new("roll-back");
    let first = [
        "render", "1909", "1910", "--format", "svg", "--width", "400",
    ];
    spheres_ok(&dir.0, &[&first[..], &["--out", "maps"]].concat());
    let before: Vec<(String, Vec<u8>)> = files_in(&dir.path("maps"))
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.path("maps").join(&f)).unwrap()))
        .collect();
    assert_eq!(
        before.len(),
        5,
        "1909.svg, 1909.wikitext, 1910.svg, 1910.wikitext, maps.json"
    );
    std::fs::create_dir_all(dir.path("maps/1911.svg/inside")).unwrap();
    let out = spheres(
        &dir.0,
        &[
            "render", "1909", "1910", "1911", "--format", "svg", "--width", "500", "--out", "maps",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("1911.svg: cannot write: a folder has the name of the file"),
        "{}",
        stderr(&out)
    );
    for (name, bytes) in &before {
        let now = std::fs::read(dir.path("maps").join(name)).unwrap();
        assert!(now == *bytes, "{name} was not put back");
    }
    assert_eq!(
        all_files(&dir.path("maps")),
        [
            "1909.svg",
            "1909.wikitext",
            "1910.svg",
            "1910.wikitext",
            "1911.svg/",
            "1911.svg/inside/",
            "maps.json"
        ]
    );
}

#[test]
fn a_failed_animation_keeps_the_previous_gif() {
    let dir = Scratch::new("roll-back-animate");
    std::fs::create_dir_all(dir.path("anim/animation.png/inside")).unwrap();
    std::fs::write(dir.path("anim/animation.gif"), "the previous animation").unwrap();
    let out = spheres(
        &dir.0,
        &[
            "animate", "--from", "1910", "--to", "1911", "--width", "200", "--out", "anim",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path("anim/animation.gif")).unwrap(),
        "the previous animation"
    );
    assert_eq!(
        all_files(&dir.path("anim")),
        ["animation.gif", "animation.png/", "animation.png/inside/"]
    );
}

#[cfg(unix)]
#[test]
fn links_planted_at_temporary_names_are_not_followed() {
    // The names temporary files had (`.NAME.PID.tmp`), for the next thousand process
    // ids, each a link to a file outside the output folder.
    let dir = Scratch::new("planted-links");
    std::fs::create_dir_all(dir.path("maps")).unwrap();
    std::fs::create_dir_all(dir.path("outside")).unwrap();
    let victim = dir.path("outside/victim.txt");
    std::fs::write(&victim, "untouched").unwrap();
    let me = std::process::id();
    for pid in me..me + 1000 {
        for name in ["1912.svg", "maps.json"] {
            let link = dir.path("maps").join(format!(".{name}.{pid}.tmp"));
            std::os::unix::fs::symlink(&victim, link).unwrap();
        }
    }
    spheres_ok(
        &dir.0,
        &[
            "render", "1912", "--format", "svg", "--width", "400", "--out", "maps",
        ],
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
    assert!(
        std::fs::read_to_string(dir.path("maps/1912.svg"))
            .unwrap()
            .starts_with("<svg")
    );
    assert!(
        temporary_files(&dir.path("maps")).len() == 2000,
        "the planted links are not the run's, and stay"
    );
}

#[test]
fn a_run_removes_the_temporary_files_of_dead_runs() {
    let dir = Scratch::new("stale");
    std::fs::create_dir_all(dir.path("maps")).unwrap();
    let stale = [
        ".1912.svg.4000000000.a1B2c3.spheres-tmp",
        ".maps.json.4000000001.zzzzzz.spheres-tmp",
    ];
    let others = [
        ".notes.tmp",
        ".keep.spheres-tmp",
        "mine.4000000000.a1B2c3.spheres-tmp",
    ];
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for name in stale.iter().chain(&others) {
        let f = std::fs::File::create(dir.path("maps").join(name)).unwrap();
        f.set_modified(hour_ago).unwrap();
    }
    spheres_ok(
        &dir.0,
        &[
            "render", "1912", "--format", "svg", "--width", "400", "--out", "maps",
        ],
    );
    let mut expected = vec!["1912.svg", "1912.wikitext", "maps.json"];
    expected.extend(others);
    expected.sort();
    assert_eq!(all_files(&dir.path("maps")), expected);
}

#[cfg(unix)]
#[test]
fn a_run_stopped_by_sigterm_leaves_no_temporary_file() {
    let dir = Scratch::new("sigterm");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_spheres"))
        .args([
            "render", "--from", "1905", "--to", "1945", "--width", "3000", "--out", "maps",
        ])
        .current_dir(&dir.0)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stopped once it has staged files (or after 300 ms at the least).
    let start = std::time::Instant::now();
    std::thread::sleep(std::time::Duration::from_millis(300));
    while temporary_files(&dir.0).is_empty() && start.elapsed().as_secs() < 120 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        !temporary_files(&dir.0).is_empty(),
        "the run staged nothing"
    );
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert_eq!(
        all_files(&dir.0),
        Vec::<String>::new(),
        "the folder it made is removed too"
    );
}

#[test]
fn concurrent_runs_into_one_folder_keep_every_manifest_entry() {
    let dir = Scratch::new("concurrent");
    let runs: Vec<_> = (1905..1913)
        .map(|year| {
            std::process::Command::new(env!("CARGO_BIN_EXE_spheres"))
                .args([
                    "render",
                    &year.to_string(),
                    "--format",
                    "svg",
                    "--width",
                    "300",
                ])
                .args(["--out", "maps"])
                .current_dir(&dir.0)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let text = std::fs::read_to_string(dir.path("maps/maps.json")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
    let files: Vec<&str> = manifest["maps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["file"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (1905..1913).map(|y| format!("{y}.svg")).collect();
    assert_eq!(files, expected);
    // No lock file or temporary file is left.
    let mut all: Vec<String> = (1905..1913)
        .flat_map(|y| [format!("{y}.svg"), format!("{y}.wikitext")])
        .collect();
    all.push("maps.json".into());
    assert_eq!(all_files(&dir.path("maps")), all);
}
