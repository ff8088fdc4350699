//! All or nothing: the files of a run are staged under temporary names beside their final
//! ones and renamed into place only when every one of them is ready; the files a commit
//! replaces are kept until it has put every file in place, and put back if it cannot.
//!
//! Temporary files are named `.NAME.PID.RANDOM.spheres-tmp` (the final name, the process
//! id, six random characters) and created exclusively, so a link planted at a name is
//! never followed. [`remove_staged_files`] removes those of every live transaction (an
//! interrupted run calls it), and a run into a folder first removes the temporary files
//! there that runs which no longer exist left behind.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::folder::{FolderLock, remove_stale, run_started};
use super::{OutputError, Written, manifest};
use crate::model::Scenario;

/// How the name of every temporary file (staged file or backup) ends.
pub const TEMP_SUFFIX: &str = ".spheres-tmp";

/// The lock file, in the output folder, held while a run reads, merges and replaces the
/// folder's `maps.json`; removed when the run releases it.
pub const LOCK_FILE: &str = ".maps.json.lock";

/// The temporary files and made folders of the live transactions of this process, for
/// [`remove_staged_files`].
#[derive(Debug)]
struct Live {
    /// Set by [`remove_staged_files`]: no file is staged or committed after it.
    interrupted: bool,
    files: BTreeSet<PathBuf>,
    folders: Vec<PathBuf>,
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    interrupted: false,
    files: BTreeSet::new(),
    folders: Vec::new(),
});

fn live() -> MutexGuard<'static, Live> {
    // A thread that panicked while holding it leaves a usable registry behind.
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes every temporary file staged by a transaction of this process that is not yet
/// committed or dropped, and the output folders they made if empty, and makes every later
/// stage or commit fail: for a handler of SIGINT and SIGTERM, which then exits.
///
/// A commit in progress finishes first (it holds the same lock while it renames), so an
/// interrupted run leaves its files either all in place or none.
pub fn remove_staged_files() {
    let mut live = live();
    live.interrupted = true;
    for file in std::mem::take(&mut live.files) {
        let _ = std::fs::remove_file(file);
    }
    for dir in std::mem::take(&mut live.folders) {
        let _ = std::fs::remove_dir(dir);
    }
}

/// The error of a stage or commit after [`remove_staged_files`].
fn interrupted() -> io::Error {
    io::Error::new(ErrorKind::Interrupted, "the run was interrupted")
}

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
    /// again, if empty, when the run fails). Temporary files that earlier runs, which no
    /// longer exist, left in `dir` are removed.
    pub fn in_folder(dir: &Path) -> Result<Transaction<'s>, OutputError> {
        run_started();
        let made = !dir.exists();
        std::fs::create_dir_all(dir).map_err(|source| OutputError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        if made {
            live().folders.push(dir.to_path_buf());
        } else {
            remove_stale(dir);
        }
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
    ///
    /// The commit holds a lock on the folder's [`LOCK_FILE`] from reading the manifest
    /// to renaming the new one into place, so that runs into the same folder at the same
    /// time each add their entries.
    pub fn keep_manifest(&mut self, scenario: &'s Scenario) {
        self.manifest = Some(scenario);
    }

    /// Puts every staged file in place and returns them in the order they were staged
    /// (without the manifest).
    ///
    /// All or nothing: when a file cannot be put in place (a folder, a device or a pipe
    /// has its name, the disk is gone), the files the commit already replaced get their
    /// previous contents back, those it added are removed, and the error is returned.
    pub fn commit(mut self) -> Result<Vec<Written>, OutputError> {
        let _lock = match (self.manifest, &self.folder) {
            (Some(_), Some((dir, _))) => Some(FolderLock::acquire(dir)?),
            _ => None,
        };
        let manifest = self.stage_manifest()?;
        let mut staged = std::mem::take(&mut *self.lock());
        let written: Vec<Written> = staged.iter().map(|(_, w)| w.clone()).collect();
        // The same order whatever the threads' order of staging; the manifest last.
        staged.sort_by(|a, b| a.1.path.cmp(&b.1.path));
        staged.extend(manifest);
        let mut live = live();
        let refused = match live.interrupted {
            true => staged.first().map(|(_, w)| OutputError::Io {
                path: w.path.clone(),
                source: interrupted(),
            }),
            false => staged.iter().find_map(|(_, w)| {
                special(&w.path).map(|(what, _)| OutputError::NotAFile {
                    path: w.path.clone(),
                    what,
                })
            }),
        };
        if let Some(err) = refused {
            for (tmp, _) in staged {
                tmp.discard(&mut live);
            }
            return Err(err);
        }
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::with_capacity(staged.len());
        let mut pending = staged.into_iter();
        while let Some((tmp, file)) = pending.next() {
            match tmp.commit(&file.path, &mut live) {
                Ok(backup) => done.push((file.path, backup)),
                Err(source) => {
                    for (tmp, _) in pending {
                        tmp.discard(&mut live);
                    }
                    roll_back(done);
                    return Err(rename_error(file.path, source));
                }
            }
        }
        for backup in done.into_iter().filter_map(|(_, b)| b) {
            let _ = std::fs::remove_file(backup);
        }
        // The run succeeded: its folder stays.
        if let Some((dir, _)) = self.folder.take() {
            live.folders.retain(|d| *d != dir);
        }
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
        let staged = std::mem::take(self.staged.get_mut().unwrap_or_else(|e| e.into_inner()));
        let mut live = live();
        for (tmp, _) in staged {
            tmp.discard(&mut live);
        }
        if let Some((dir, made)) = self.folder.take() {
            live.folders.retain(|d| *d != dir);
            if made {
                // Only if empty: a folder that has anything else in it is not ours to remove.
                let _ = std::fs::remove_dir(dir);
            }
        }
    }
}

/// Writes a file under a temporary name in the same folder, then renames it into place.
/// The folder is made if missing (and removed again, if empty, when the write fails), as
/// a run of maps makes its folder.
///
/// A path that names a pipe or a character device (`/dev/null`, a terminal), or a link
/// to one, is written to as a stream instead, never replaced; a block device or a socket
/// is refused. A link to a regular file stays a link: the file it names is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let io = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    match special(path) {
        Some((_, true)) => {
            let mut out = File::options().write(true).open(path).map_err(io)?;
            return match out.write_all(bytes).and_then(|()| out.flush()) {
                // The reader went away (`| head`): as a command-line tool does, stop quietly.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                done => done.map_err(io),
            };
        }
        Some((what, false)) => {
            return Err(OutputError::NotAFile {
                path: path.to_path_buf(),
                what,
            });
        }
        None => {}
    }
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = match is_link {
        true => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        false => path.to_path_buf(),
    };
    let tx = match target.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => Transaction::in_folder(dir)?,
        None => Transaction::new(),
    };
    tx.stage(Written::file(target), bytes)?;
    tx.commit().map(drop)
}

/// What `path` is (following links) when it is neither a regular file, nor a folder, nor
/// missing: its kind, and whether it may be written to as a stream.
#[cfg(unix)]
pub(super) fn special(path: &Path) -> Option<(&'static str, bool)> {
    use std::os::unix::fs::FileTypeExt;
    let t = std::fs::metadata(path).ok()?.file_type();
    if t.is_fifo() {
        Some(("pipe", true))
    } else if t.is_char_device() {
        Some(("character device", true))
    } else if t.is_block_device() {
        Some(("block device", false))
    } else if t.is_socket() {
        Some(("socket", false))
    } else {
        None
    }
}

#[cfg(not(unix))]
pub(super) fn special(_: &Path) -> Option<(&'static str, bool)> {
    None
}

/// The folder and file name of `path`.
fn split(path: &Path) -> (&Path, String) {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    (dir, name)
}

/// Makes a temporary file beside `path`, named `.NAME.PID.RANDOM.spheres-tmp`: `make`
/// is given a name that is free and must create it exclusively (it is called again
/// with another name when it finds one there).
fn temporary<R>(path: &Path, make: impl FnMut(&Path) -> io::Result<R>) -> io::Result<(R, PathBuf)> {
    let (dir, name) = split(path);
    let prefix = format!(".{name}.{}.", std::process::id());
    let tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .make_in(dir, make)?;
    tmp.keep().map_err(|e| e.error)
}

/// Writes `bytes` to a new hidden temporary file next to `path`, synced to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, OutputError> {
    let io = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let (mut file, tmp) = temporary(path, |name| {
        let mut live = live();
        if live.interrupted {
            return Err(interrupted());
        }
        // Exclusive: fails on anything at the name, a link included, and never follows it.
        let file = File::options().write(true).create_new(true).open(name)?;
        live.files.insert(name.to_path_buf());
        Ok(file)
    })
    .map_err(io)?;
    let staged = Staged(tmp);
    match file.write_all(bytes).and_then(|()| file.sync_all()) {
        Ok(()) => Ok(staged),
        Err(source) => {
            staged.discard(&mut live());
            Err(io(source))
        }
    }
}

/// A file written under a temporary name beside its final one, not yet renamed into place.
#[derive(Debug)]
#[must_use = "a staged file is committed or discarded"]
struct Staged(PathBuf);

impl Staged {
    /// Renames it into place (an atomic replace on the same file system), keeping what it
    /// replaces under a temporary name, returned, until the whole commit is done.
    fn commit(self, path: &Path, live: &mut Live) -> io::Result<Option<PathBuf>> {
        let replaced = std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_dir());
        let backup = match replaced {
            true => match backup(path) {
                Ok(b) => Some(b),
                Err(e) => {
                    self.discard(live);
                    return Err(e);
                }
            },
            false => None,
        };
        match std::fs::rename(&self.0, path) {
            Ok(()) => {
                live.files.remove(&self.0);
                Ok(backup)
            }
            Err(e) => {
                self.discard(live);
                if let Some(b) = backup {
                    let _ = std::fs::remove_file(b);
                }
                Err(e)
            }
        }
    }

    /// Removes it.
    fn discard(self, live: &mut Live) {
        let _ = std::fs::remove_file(&self.0);
        live.files.remove(&self.0);
    }
}

/// A second name for the file at `path` (a hard link, or a copy where the file system
/// has none), so that it can be put back if the commit that replaces it fails.
fn backup(path: &Path) -> io::Result<PathBuf> {
    temporary(path, |name| match std::fs::hard_link(path, name) {
        Err(e) if e.kind() != ErrorKind::AlreadyExists => {
            let copied = File::options()
                .write(true)
                .create_new(true)
                .open(name)
                .and_then(|mut to| io::copy(&mut File::open(path)?, &mut to));
            copied.map(drop).inspect_err(|_| {
                let _ = std::fs::remove_file(name);
            })
        }
        linked => linked,
    })
    .map(|((), name)| name)
}

/// Undoes the renames of a failed commit, last first: a replaced file gets its previous
/// contents back, a new one is removed.
fn roll_back(done: Vec<(PathBuf, Option<PathBuf>)>) {
    for (path, backup) in done.into_iter().rev() {
        let _ = match backup {
            Some(b) => std::fs::rename(b, &path),
            None => std::fs::remove_file(&path),
        };
    }
}

/// The error of a file that could not be renamed into place.
fn rename_error(path: PathBuf, source: io::Error) -> OutputError {
    let source = match path.is_dir() {
        true => io::Error::new(ErrorKind::IsADirectory, "a folder has the name of the file"),
        false => source,
    };
    OutputError::Io { path, source }
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
        // A missing folder is made, as a run of maps makes its own.
        let nested = dir.join("new").join("folder").join("b.txt");
        write_atomic(&nested, b"x").unwrap();
        assert_eq!(std::fs::read(&nested).unwrap(), b"x");
        assert_eq!(names(nested.parent().unwrap()), ["b.txt"]);
        // One that cannot be made (a file has its name) is an error, and leaves nothing.
        let blocked = dir.join("a.txt").join("c.txt");
        assert!(write_atomic(&blocked, b"x").is_err());
        assert_eq!(names(&dir), ["a.txt", "new"]);
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
        let entry = manifest::entry(
            crate::language::Language::En,
            &s,
            &state,
            "alt",
            "1902.svg",
            "svg",
            (4, 3),
        );
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
