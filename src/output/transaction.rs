//! All or nothing: the files of a run are staged under temporary names beside their final
//! ones and renamed into place only when every one of them is ready.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::{OutputError, Written, manifest};
use crate::model::Scenario;

/// The files of one run, staged and not yet in place.
///
/// Files may be staged from many threads at once. [`Transaction::commit`] puts them all in
/// place; a transaction dropped without it (because something failed on the way) removes
/// what it staged, and the folder it made if nothing else is in it, so a failed run leaves
/// the disk as it found it.
///
/// ```
/// use spheres::output::{Transaction, Written};
/// let dir = std::env::temp_dir().join(format!("spheres-doc-tx-{}", std::process::id()));
/// let tx = Transaction::in_folder(&dir)?;
/// tx.stage(Written::file(dir.join("a.txt")), b"a")?;
/// tx.stage(Written::file(dir.join("b.txt")), b"b")?;
/// assert!(!dir.join("a.txt").exists(), "nothing is in place before the commit");
/// let written = tx.commit()?;
/// assert_eq!(written.len(), 2);
/// assert_eq!(std::fs::read(dir.join("b.txt"))?, b"b");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
#[must_use = "a transaction writes nothing until it is committed"]
pub struct Transaction<'s> {
    /// The folder of the run, if it has one, and whether the transaction made it.
    folder: Option<(PathBuf, bool)>,
    /// Keep the folder's `maps.json` up to date for this scenario.
    manifest: Option<&'s Scenario>,
    staged: Mutex<Vec<(Staged, Written)>>,
}

impl<'s> Transaction<'s> {
    /// A transaction for files anywhere (their folders must exist).
    pub fn new() -> Transaction<'s> {
        Transaction::default()
    }

    /// A transaction for a run that writes into `dir`, made if missing (and removed
    /// again, if empty, when the run fails).
    pub fn in_folder(dir: &Path) -> Result<Transaction<'s>, OutputError> {
        let made = !dir.exists();
        std::fs::create_dir_all(dir).map_err(|source| OutputError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut tx = Transaction::new();
        tx.folder = Some((dir.to_path_buf(), made));
        Ok(tx)
    }

    /// Writes `bytes` under a temporary name beside `file.path`.
    pub fn stage(&self, file: Written, bytes: &[u8]) -> Result<(), OutputError> {
        let tmp = stage(&file.path, bytes)?;
        self.lock().push((tmp, file));
        Ok(())
    }

    /// Makes the commit also write the run folder's `maps.json`: the manifest entries of
    /// the files staged, merged into the manifest already there (see
    /// [`manifest::merged`]). Without a folder ([`Transaction::new`]) there is none.
    pub fn keep_manifest(&mut self, scenario: &'s Scenario) {
        self.manifest = Some(scenario);
    }

    /// Renames every staged file into place and returns them in the order they were
    /// staged (without the manifest).
    ///
    /// Renaming over a folder fails, so when there is more than one file that is checked
    /// before any of them is renamed. A rename that fails all the same (a disk pulled
    /// out) leaves the files renamed before it in place.
    pub fn commit(mut self) -> Result<Vec<Written>, OutputError> {
        let manifest = self.stage_manifest()?;
        let mut staged = std::mem::take(&mut *self.lock());
        let files = staged.len();
        staged.extend(manifest);
        if staged.len() > 1
            && let Some((_, w)) = staged.iter().find(|(_, w)| w.path.is_dir())
        {
            let err = OutputError::Io {
                path: w.path.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "a folder has the name of the map",
                ),
            };
            *self.lock() = staged;
            return Err(err);
        }
        let mut written = Vec::with_capacity(staged.len());
        let mut pending = staged.into_iter();
        while let Some((tmp, file)) = pending.next() {
            if let Err(e) = tmp.commit(&file.path) {
                self.lock().extend(pending);
                return Err(e);
            }
            written.push(file);
        }
        written.truncate(files);
        // The run succeeded: its folder stays.
        self.folder = None;
        Ok(written)
    }

    /// Stages the folder's `maps.json`, if the transaction keeps one.
    fn stage_manifest(&self) -> Result<Option<(Staged, Written)>, OutputError> {
        let (Some(scenario), Some((dir, _))) = (self.manifest, &self.folder) else {
            return Ok(None);
        };
        let entries = self
            .lock()
            .iter()
            .filter_map(|(_, w)| w.entry.clone())
            .collect();
        let path = dir.join(manifest::FILE_NAME);
        let tmp = stage(&path, manifest::merged(dir, scenario, entries).as_bytes())?;
        Ok(Some((tmp, Written::file(path))))
    }

    fn lock(&self) -> MutexGuard<'_, Vec<(Staged, Written)>> {
        // A thread that panicked while pushing leaves a usable list behind.
        self.staged.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        let staged = self.staged.get_mut().unwrap_or_else(|e| e.into_inner());
        for (tmp, _) in staged.drain(..) {
            tmp.discard();
        }
        if let Some((dir, true)) = &self.folder {
            // Only if empty: a folder that has anything else in it is not ours to remove.
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// Writes a file under a temporary name in the same folder, then renames it into place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let tx = Transaction::new();
    tx.stage(Written::file(path.to_path_buf()), bytes)?;
    tx.commit().map(drop)
}

/// A file written under a temporary name beside its final one, not yet renamed into place.
#[derive(Debug)]
#[must_use = "a staged file is committed or discarded"]
struct Staged(PathBuf);

impl Staged {
    /// Renames it into place (an atomic replace on the same file system).
    fn commit(self, path: &Path) -> Result<(), OutputError> {
        std::fs::rename(&self.0, path).map_err(|source| {
            self.discard();
            OutputError::Io {
                path: path.to_path_buf(),
                source,
            }
        })
    }

    /// Removes it.
    fn discard(self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Writes `bytes` to a hidden temporary file next to `path`, synced to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, OutputError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    match result {
        Ok(()) => Ok(Staged(tmp)),
        Err(source) => {
            let _ = std::fs::remove_file(&tmp);
            Err(OutputError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("spheres-tx-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn atomic_writes_leave_no_temporary_file() {
        let dir = scratch("atomic");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        write_atomic(&path, b"hello").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"hello");
        assert_eq!(names(&dir), ["a.txt"]);
        let missing = dir.join("no-such-folder").join("b.txt");
        assert!(write_atomic(&missing, b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_dropped_transaction_removes_its_files_and_the_folder_it_made() {
        let dir = scratch("dropped");
        let tx = Transaction::in_folder(&dir).unwrap();
        tx.stage(Written::file(dir.join("a.svg")), b"a").unwrap();
        assert_eq!(names(&dir).len(), 1, "staged under a temporary name");
        drop(tx);
        assert!(!dir.exists());
    }

    #[test]
    fn a_folder_in_the_way_stops_every_file_of_the_run() {
        let dir = scratch("in-the-way");
        std::fs::create_dir_all(dir.join("b.svg")).unwrap();
        let tx = Transaction::in_folder(&dir).unwrap();
        tx.stage(Written::file(dir.join("a.svg")), b"a").unwrap();
        tx.stage(Written::file(dir.join("b.svg")), b"b").unwrap();
        let err = tx.commit().unwrap_err().to_string();
        assert!(
            err.contains("b.svg: cannot write: a folder has the name"),
            "{err}"
        );
        assert_eq!(names(&dir), ["b.svg"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_manifest_lists_the_entries_staged() {
        let s = crate::timeline::tests::scenario();
        let state = crate::timeline::resolve(&s, &crate::timeline::Moment::Year(1902)).unwrap();
        let dir = scratch("manifest");
        let mut tx = Transaction::in_folder(&dir).unwrap();
        let entry = manifest::entry(&s, &state, "alt", "1902.svg", "svg", (4, 3));
        let map = Written {
            path: dir.join("1902.svg"),
            entry: Some(entry),
        };
        tx.stage(map.clone(), b"<svg/>").unwrap();
        tx.stage(Written::file(dir.join("index.html")), b"page")
            .unwrap();
        tx.keep_manifest(&s);
        let written = tx.commit().unwrap();
        assert_eq!(written, [map, Written::file(dir.join("index.html"))]);
        assert_eq!(names(&dir), ["1902.svg", "index.html", manifest::FILE_NAME]);
        let text = std::fs::read_to_string(dir.join(manifest::FILE_NAME)).unwrap();
        let m: manifest::Manifest = serde_json::from_str(&text).unwrap();
        assert_eq!(m.maps.len(), 1);
        assert_eq!(m.maps[0].file, "1902.svg");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
