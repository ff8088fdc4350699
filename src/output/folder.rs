//! The output folder as runs share it: the temporary files that runs which no longer
//! exist left there (removed by the next run into the folder), and the lock that keeps
//! concurrent runs from losing each other's `maps.json` entries.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use super::OutputError;
use super::transaction::{LOCK_FILE, TEMP_SUFFIX, special};

/// When this process began writing: a temporary file modified later is not stale.
pub(super) fn run_started() -> SystemTime {
    static STARTED: OnceLock<SystemTime> = OnceLock::new();
    *STARTED.get_or_init(SystemTime::now)
}

/// Removes the temporary files in `dir` (named `.NAME.PID.RANDOM.spheres-tmp`) that a
/// run which no longer exists left: another process's, older than this run, and of a
/// process that is not running (where `/proc` says; elsewhere, older than a day).
pub(super) fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let started = run_started();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temporary_pid) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let Ok(modified) = meta.modified() else {
            continue;
        };
        if meta.is_file()
            && pid != std::process::id()
            && modified < started
            && !may_be_running(pid, modified)
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary file's name, `.NAME.PID.RANDOM.spheres-tmp`.
fn temporary_pid(name: &str) -> Option<u32> {
    let stem = name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let mut parts = stem.rsplitn(3, '.');
    let random = parts.next()?;
    let pid = parts.next()?;
    let file = parts.next()?;
    let ok = random.len() == 6 && random.chars().all(|c| c.is_ascii_alphanumeric());
    (ok && !file.is_empty()).then(|| pid.parse().ok())?
}

/// Whether process `pid` may still be running a transaction that wrote a file at
/// `modified`.
fn may_be_running(pid: u32, modified: SystemTime) -> bool {
    if Path::new("/proc/self").exists() {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        modified
            .elapsed()
            .is_ok_and(|age| age < Duration::from_secs(24 * 3600))
    }
}

/// The lock on a folder's [`LOCK_FILE`]: held until dropped, when the file is removed.
pub(super) struct FolderLock {
    path: PathBuf,
    _file: File,
}

impl FolderLock {
    /// Waits for the lock (another run holds it while it updates the manifest).
    pub(super) fn acquire(dir: &Path) -> Result<FolderLock, OutputError> {
        let path = dir.join(LOCK_FILE);
        let io = |source| OutputError::Io {
            path: path.clone(),
            source,
        };
        loop {
            if let Some((what, _)) = special(&path)
                .or_else(|| path.is_symlink().then_some(("link", false)))
                .or_else(|| path.is_dir().then_some(("folder", false)))
            {
                return Err(OutputError::NotAFile {
                    path: path.clone(),
                    what,
                });
            }
            let file = File::options()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(io)?;
            fs4::FileExt::lock(&file).map_err(io)?;
            // The run that held it may have removed it meanwhile: then lock the new one.
            if same_file(&file, &path) {
                return Ok(FolderLock { path, _file: file });
            }
        }
    }
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        // Removed while locked; a run waiting on it then finds it gone and locks anew.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `file` is the file at `path`.
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}
