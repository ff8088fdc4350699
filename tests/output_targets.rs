//! `export --out` never replaces a pipe, a device or a link to one: it writes to it as a
//! stream; `--out -` writes to standard output. Everything here happens in a scratch
//! folder: the device is reached through a link to /dev/null, which is only written to.
#![cfg(unix)]

mod common;

use common::*;

fn file_type(path: &std::path::Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

#[test]
fn export_writes_into_a_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let dir = Scratch::new("export-fifo");
    let fifo = dir.path("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    spheres_ok(&dir.0, &["export", "1912", "--out", "pipe"]);
    let text = reader.join().unwrap();
    assert!(
        text.starts_with("{") && text.contains("FeatureCollection"),
        "{text}"
    );
    assert!(file_type(&fifo).is_fifo(), "the pipe is still a pipe");
    assert_eq!(dir.files(), ["pipe"], "no temporary file");
}

#[test]
fn export_writes_through_a_link_to_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = Scratch::new("export-dev-null");
    let link = dir.path("null");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    spheres_ok(&dir.0, &["export", "1912", "--out", "null"]);
    assert!(file_type(&link).is_symlink(), "the link is still a link");
    assert!(
        std::fs::metadata(&link)
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert_eq!(dir.files(), ["null"]);
}

#[test]
fn export_writes_through_a_link_to_standard_output() {
    if !std::path::Path::new("/proc/self/fd/1").exists() {
        return;
    }
    let dir = Scratch::new("export-stdout-link");
    std::os::unix::fs::symlink("/proc/self/fd/1", dir.path("stdout")).unwrap();
    let out = spheres_ok(&dir.0, &["export", "1912", "--out", "stdout"]);
    assert!(
        stdout(&out).contains("FeatureCollection"),
        "{}",
        stdout(&out)
    );
    assert!(file_type(&dir.path("stdout")).is_symlink());
    assert_eq!(dir.files(), ["stdout"]);
}

#[test]
fn export_to_dash_writes_to_standard_output() {
    let dir = Scratch::new("export-dash");
    let out = spheres_ok(&dir.0, &["export", "1912", "--out", "-"]);
    assert!(stdout(&out).contains("FeatureCollection"));
    assert!(dir.files().is_empty(), "{:?}", dir.files());
}

#[test]
fn export_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link() {
    let dir = Scratch::new("export-file-link");
    std::fs::write(dir.path("real.geojson"), "old").unwrap();
    std::os::unix::fs::symlink("real.geojson", dir.path("link.geojson")).unwrap();
    spheres_ok(&dir.0, &["export", "1912", "--out", "link.geojson"]);
    assert!(file_type(&dir.path("link.geojson")).is_symlink());
    let text = std::fs::read_to_string(dir.path("real.geojson")).unwrap();
    assert!(text.contains("FeatureCollection"));
    assert_eq!(dir.files(), ["link.geojson", "real.geojson"]);
}
