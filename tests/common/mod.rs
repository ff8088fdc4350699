//! Helpers shared by the integration tests: running the binary in a scratch folder.
#![allow(dead_code)]

pub mod data;
pub mod svg;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch folder, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("spheres-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// File names in the folder, sorted.
    pub fn files(&self) -> Vec<String> {
        files_in(&self.0)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

/// Runs `spheres` with arguments, in `cwd`.
pub fn spheres(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spheres"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Width and height from a PNG's IHDR chunk.
pub fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

/// The `class` attribute of the element with this id in an SVG.
pub fn class_of(svg: &str, id: &str) -> Option<String> {
    let start = svg.find(&format!("id=\"{id}\""))?;
    let rest = &svg[start..];
    let end = rest.find('>')?;
    let tag = &rest[..end];
    let c = tag.find("class=\"")? + 7;
    let len = tag[c..].find('"')?;
    Some(tag[c..c + len].to_string())
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `spheres` and panics with its stderr unless it succeeds.
pub fn spheres_ok(cwd: &Path, args: &[&str]) -> Output {
    let out = spheres(cwd, args);
    assert!(
        out.status.success(),
        "spheres {}: {}",
        args.join(" "),
        stderr(&out)
    );
    out
}

/// Renders many moments as SVG in one run (`render M1 M2 … --format svg`) with the
/// further arguments `extra`, and returns each map's text by moment.
pub fn render_svgs(name: &str, moments: &[String], extra: &[&str]) -> BTreeMap<String, String> {
    let dir = Scratch::new(name);
    let mut args: Vec<&str> = vec!["render"];
    args.extend(moments.iter().map(String::as_str));
    args.extend(["--format", "svg", "--out", "maps"]);
    args.extend(extra);
    spheres_ok(&dir.0, &args);
    moments
        .iter()
        .map(|m| {
            let path = dir.path("maps").join(format!("{m}.svg"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (m.clone(), text)
        })
        .collect()
}

/// The `id`s of a JSON array of objects, in order.
pub fn ids(array: &serde_json::Value) -> Vec<&str> {
    array
        .as_array()
        .unwrap_or_else(|| panic!("an array: {array}"))
        .iter()
        .map(|e| e["id"].as_str().unwrap_or_else(|| panic!("an id: {e}")))
        .collect()
}
