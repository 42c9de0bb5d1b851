//! Files that others may have put there: every input is read up to a limit by counting bytes,
//! every output is written through an exclusive temporary file with an unpredictable name in the
//! target's folder and then renamed over the target, and an exercise file has one writer at a
//! time.
//!
//! - [`read_limited`]: at most `limit` bytes, counted while reading (a device such as
//!   `/dev/zero` reports no size), so an endless input ends with [`ReadError::TooLarge`].
//! - [`write`]: the target must be absent or a regular file; a directory, a symbolic link, a
//!   device or any other special file is never replaced. Which regular file may be replaced is
//!   the caller's [`Replace`]: none (a new exercise file), one that carries our generator mark (a
//!   report, a Drehbuch), or any (`--force`, or a process rewriting its own exercise file). The
//!   temporary file is created exclusively (never through a symlink), written, synced and
//!   renamed; a write that fails leaves the old file as it was.
//! - [`Lock`]: an advisory lock on a sidecar `.<name>.lock` beside an exercise file, held by the
//!   process that writes the file for as long as it does. Advisory locks end with their process,
//!   so the lock of a process that died blocks nobody.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Why an input was not read.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// More than `limit` bytes. `bytes` is the size the file system reports, or the bytes read
    /// before stopping (`limit + 1`) when it reports none.
    TooLarge {
        bytes: u64,
        limit: u64,
    },
}

/// Reads at most `limit` bytes of `path`, counting them as they come: a larger input is refused
/// whatever its metadata says (devices and pipes report a size of 0).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    // A regular file that says it is too large is refused before it is read.
    if let Ok(meta) = file.metadata()
        && meta.is_file()
        && meta.len() > limit
    {
        return Err(ReadError::TooLarge {
            bytes: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > limit {
        return Err(ReadError::TooLarge { bytes: read, limit });
    }
    Ok(bytes)
}

/// Which existing file a [`write`] may replace. Only ever a regular file.
#[derive(Debug, Clone, Copy)]
pub enum Replace {
    /// None: the path must be free (a new exercise file without `--force`).
    Nothing,
    /// A regular file whose beginning and end (up to [`MARK_WINDOW`] bytes each) pass this
    /// test: one that carries our generator mark.
    Marked(fn(head: &[u8], tail: &[u8]) -> bool),
    /// Any regular file (`--force`, or a process rewriting its own exercise file).
    Any,
}

/// How much of an existing file's beginning and end is searched for the generator mark.
pub const MARK_WINDOW: u64 = 4096;

/// The generator mark in the head of every HTML page krisenstab writes.
pub const HTML_MARK: &str = "<meta name=\"generator\" content=\"krisenstab\">";
/// The generator mark that ends every Markdown text krisenstab writes: a link reference
/// definition, which CommonMark renders as nothing.
pub const MARKDOWN_MARK: &str = "[//]: # (written by krisenstab)";

/// Whether an existing file is an HTML page or a Markdown text that krisenstab wrote.
pub fn html_or_markdown_mark(head: &[u8], tail: &[u8]) -> bool {
    contains(head, HTML_MARK.as_bytes()) || contains(tail, MARKDOWN_MARK.as_bytes())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Why a target was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Something is there and nothing may be replaced.
    Exists,
    /// A regular file without our generator mark.
    NotOurs,
    /// A read-only file.
    ReadOnly,
    Directory,
    Symlink,
    /// A device, a pipe, a socket: anything but a regular file, folder or link.
    Special,
    /// Another process writes this exercise file (its [`Lock`] is held).
    Locked,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Refusal::Exists => "a file exists there already (--force replaces it)",
            Refusal::NotOurs => {
                "a file exists there that krisenstab did not write (--force replaces it)"
            }
            Refusal::ReadOnly => "the file there is read-only",
            Refusal::Directory => "it is a folder",
            Refusal::Symlink => "it is a symbolic link",
            Refusal::Special => "it is a device or another special file",
            Refusal::Locked => "another process is writing this exercise file",
        })
    }
}

/// Why a [`write`] did not happen.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Refused(Refusal),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// What is at a path now: nothing, or a regular file (with its metadata); anything else is
/// refused.
fn regular_or_free(path: &Path) -> Result<Option<std::fs::Metadata>, WriteError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(WriteError::Io(e)),
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(WriteError::Refused(Refusal::Symlink));
    }
    if kind.is_dir() {
        return Err(WriteError::Refused(Refusal::Directory));
    }
    if !kind.is_file() {
        return Err(WriteError::Refused(Refusal::Special));
    }
    Ok(Some(meta))
}

/// The first and last [`MARK_WINDOW`] bytes of a regular file.
fn head_and_tail(path: &Path) -> io::Result<(Vec<u8>, Vec<u8>)> {
    let mut file = File::open(path)?;
    let mut head = Vec::new();
    (&mut file).take(MARK_WINDOW).read_to_end(&mut head)?;
    let len = file.metadata()?.len();
    let mut tail = Vec::new();
    file.seek(SeekFrom::Start(len.saturating_sub(MARK_WINDOW)))?;
    file.take(MARK_WINDOW).read_to_end(&mut tail)?;
    Ok((head, tail))
}

/// Writes `bytes` to `path` atomically, replacing only what `replace` allows (never anything
/// but a regular file): an exclusive temporary file with an unpredictable name in the target's
/// folder, written and synced, then renamed over the target. If anything fails, the target is
/// as it was and the temporary file is gone. A replaced file keeps its permissions.
pub fn write(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), WriteError> {
    let existing = regular_or_free(path)?;
    if let Some(meta) = &existing {
        match replace {
            Replace::Nothing => return Err(WriteError::Refused(Refusal::Exists)),
            Replace::Marked(ours) => {
                let (head, tail) = head_and_tail(path)?;
                if !ours(&head, &tail) {
                    return Err(WriteError::Refused(Refusal::NotOurs));
                }
            }
            Replace::Any => {}
        }
        if meta.permissions().readonly() {
            return Err(WriteError::Refused(Refusal::ReadOnly));
        }
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp").rand_bytes(12);
    // New files get the usual permissions (the umask applies), as `std::fs::write` gives them.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(folder)?;
    temp.write_all(bytes)?;
    if let Some(meta) = &existing {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.as_file().sync_all()?;
    // Looked at again just before the rename: a path that became a folder, link or device
    // meanwhile is still not replaced.
    regular_or_free(path)?;
    match replace {
        // Atomic "only if nothing is there" (renameat2 NOREPLACE or a hard link).
        Replace::Nothing => temp.persist_noclobber(path),
        Replace::Marked(_) | Replace::Any => temp.persist(path),
    }
    .map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            WriteError::Refused(Refusal::Exists)
        } else {
            WriteError::Io(e.error)
        }
    })?;
    Ok(())
}

/// The exclusive advisory lock of one exercise file's writer, on the sidecar `.<name>.lock` in
/// the file's folder (the file itself is replaced by every atomic save, so it cannot carry the
/// lock). Held until dropped; the operating system releases it when the process ends, however
/// it ends.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

/// The sidecar lock file of an exercise file.
pub fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.lock"))
}

impl Lock {
    /// Takes the lock for writing `target`, at once or not at all:
    /// [`Refusal::Locked`] if another process (or another handle here) holds it. The lock file
    /// is created exclusively if missing and opened only if it is a regular file.
    pub fn acquire(target: &Path) -> Result<Lock, WriteError> {
        let path = lock_path(target);
        // A lock file removed and made again by another process between our open and our lock
        // is not the lock; try again (a handful of times at most).
        for _ in 0..8 {
            let Some(file) = open_lock_file(&path)? else {
                continue;
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(WriteError::Refused(Refusal::Locked));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(WriteError::Io(e)),
            }
            if still_there(&file, &path) {
                return Ok(Lock { file, path });
            }
        }
        Err(WriteError::Refused(Refusal::Locked))
    }

    /// The sidecar lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Opens the lock file: created exclusively if missing (`O_EXCL` follows no symlink), else
/// opened for reading only, and only if it is a regular file. `None`: removed meanwhile by its
/// last holder, to be made again on the next try.
fn open_lock_file(path: &Path) -> Result<Option<File>, WriteError> {
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => return Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(WriteError::Io(e)),
    }
    if regular_or_free(path)?.is_none() {
        return Ok(None);
    }
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(WriteError::Io(e)),
    };
    if !file.metadata()?.is_file() {
        return Err(WriteError::Refused(Refusal::Special));
    }
    Ok(Some(file))
}

/// Whether the locked handle is still the file at `path` (its last holder may have removed it
/// between our open and our lock).
#[cfg(unix)]
fn still_there(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
        _ => false,
    }
}

/// Lock files are never removed where removing an open file is not possible, so the handle is
/// always the file.
#[cfg(not(unix))]
fn still_there(_file: &File, _path: &Path) -> bool {
    true
}

impl Drop for Lock {
    /// Removes the lock file while still holding the lock (on Unix), so no litter is left
    /// beside the exercise file; a process that opened it meanwhile sees it gone and tries
    /// again. The lock itself ends when the handle closes.
    fn drop(&mut self) {
        #[cfg(unix)]
        if still_there(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("krisenstab-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_limited_read_stops_at_the_limit() {
        let dir = folder("limit");
        let path = dir.join("x");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_limited(&path, 5).unwrap(), b"12345");
        assert!(matches!(
            read_limited(&path, 4),
            Err(ReadError::TooLarge { bytes: 5, limit: 4 })
        ));
    }

    #[test]
    fn nothing_means_nothing_and_marked_means_ours() {
        let dir = folder("replace");
        let path = dir.join("r.md");
        write(&path, b"one", Replace::Nothing).unwrap();
        assert!(matches!(
            write(&path, b"two", Replace::Nothing),
            Err(WriteError::Refused(Refusal::Exists))
        ));
        assert!(matches!(
            write(&path, b"two", Replace::Marked(html_or_markdown_mark)),
            Err(WriteError::Refused(Refusal::NotOurs))
        ));
        let ours = format!("# x\n\n{MARKDOWN_MARK}\n");
        write(&path, ours.as_bytes(), Replace::Any).unwrap();
        write(&path, b"three", Replace::Marked(html_or_markdown_mark)).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn one_lock_at_a_time_and_none_left_behind() {
        let dir = folder("lock");
        let target = dir.join("x.ron");
        let lock = Lock::acquire(&target).unwrap();
        assert!(lock.path().exists());
        assert!(matches!(
            Lock::acquire(&target),
            Err(WriteError::Refused(Refusal::Locked))
        ));
        drop(lock);
        let again = Lock::acquire(&target).unwrap();
        drop(again);
        #[cfg(unix)]
        assert!(!lock_path(&target).exists());
    }
}
