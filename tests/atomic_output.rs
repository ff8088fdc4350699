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
    let out = spheres(
        &dir.0,
        &[
            "render", "1912", "1913", "--width", "8000", "--scale", "8", "--out", "maps",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot make a 64000×"),
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
    assert_eq!(out.status.code(), Some(1));
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
