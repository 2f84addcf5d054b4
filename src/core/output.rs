//! Writing exported files: each appears complete or not at all, never half-written, and is on
//! the disk (fsync of the file and of its folder) before the export says it is done.
//! (Used by every export: CSV, GeoJSON, the report and the map image.) Also the guards of
//! what leaves the app as text: spreadsheet formulas in CSV cells, control characters on a
//! terminal.

use std::borrow::Cow;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn parent_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Flushes a folder's entries (a rename in it) to the disk; where the system cannot, nothing.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn ordinary_permissions(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // A temporary file is private (0600); an export is an ordinary file.
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o644));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Why a file of an export could not be written. The target was left as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("could not create {}: {source}", path.display())]
    CreateFolder { path: PathBuf, source: std::io::Error },
    #[error("could not create {}: a file of that name is there, not a folder", path.display())]
    NotAFolder { path: PathBuf },
    #[error("could not write in {}: {source}", dir.display())]
    WriteIn { dir: PathBuf, source: std::io::Error },
    #[error("could not write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
}

fn create_folder(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::CreateFolder { path: path.to_path_buf(), source }
}

fn write_in(dir: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::WriteIn { dir: dir.to_path_buf(), source }
}

fn write(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Write { path: path.to_path_buf(), source }
}

/// Writes `bytes` to `path` through a temporary file in the same directory, synced and renamed
/// into place. The directory is created if missing; an existing file is replaced only once the
/// new one is complete and on the disk.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = parent_of(path);
    fs::create_dir_all(dir).map_err(create_folder(dir))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(write_in(dir))?;
    tmp.write_all(bytes).map_err(write(path))?;
    tmp.as_file().sync_all().map_err(write(path))?;
    ordinary_permissions(tmp.path());
    tmp.persist(path).map_err(|e| write(path)(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// The files of one multi-file export, written into a temporary folder and moved into place
/// as a set by [`FileSet::commit`]: if any file fails, none is moved and the folder is as it was.
/// A new folder appears whole (one rename); into an existing folder each file is renamed in
/// only after all of them are written.
pub struct FileSet {
    dir: PathBuf,
    staging: tempfile::TempDir,
    fresh: bool,
    names: Vec<String>,
}

impl FileSet {
    pub fn new(dir: &Path) -> Result<Self, WriteError> {
        if dir.exists() && !dir.is_dir() {
            return Err(WriteError::NotAFolder { path: dir.to_path_buf() });
        }
        let fresh = !dir.exists();
        let (where_, prefix) = if fresh {
            let parent = parent_of(dir);
            fs::create_dir_all(parent).map_err(create_folder(parent))?;
            let name = dir.file_name().map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
            (parent.to_path_buf(), format!(".{name}.partial-"))
        } else {
            (dir.to_path_buf(), ".export.partial-".to_string())
        };
        let staging = tempfile::Builder::new().prefix(&prefix).tempdir_in(&where_).map_err(write_in(&where_))?;
        Ok(Self { dir: dir.to_path_buf(), staging, fresh, names: Vec::new() })
    }

    /// Writes one file of the set (synced), returning the path it will have.
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> Result<PathBuf, WriteError> {
        let staged = self.staging.path().join(name);
        let target = self.dir.join(name);
        let mut file = fs::File::create(&staged).map_err(write(&target))?;
        file.write_all(bytes).and_then(|()| file.sync_all()).map_err(write(&target))?;
        ordinary_permissions(&staged);
        self.names.push(name.to_string());
        Ok(target)
    }

    /// Moves the set into place.
    pub fn commit(self) -> Result<Vec<PathBuf>, WriteError> {
        let targets: Vec<PathBuf> = self.names.iter().map(|n| self.dir.join(n)).collect();
        if self.fresh {
            sync_dir(self.staging.path());
            let staged = self.staging.keep();
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                let _ = fs::set_permissions(&staged, fs::Permissions::from_mode(0o755));
            }
            if let Err(e) = fs::rename(&staged, &self.dir) {
                let _ = fs::remove_dir_all(&staged);
                return Err(WriteError::CreateFolder { path: self.dir.clone(), source: e });
            }
            sync_dir(parent_of(&self.dir));
        } else {
            for name in &self.names {
                let target = self.dir.join(name);
                fs::rename(self.staging.path().join(name), &target).map_err(write(&target))?;
            }
            sync_dir(&self.dir);
        }
        Ok(targets)
    }
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as a CSV export writes it: a cell a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, TAB or CR) gets a leading `'`, as does one that starts with `'`
/// before such a character, so that import (see `csv_import::strip_formula_guard`) gives
/// back exactly the text.
pub fn guard_formula(cell: &str) -> Cow<'_, str> {
    if cell.trim_start_matches('\'').starts_with(FORMULA_START) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// As [`guard_formula`] for a cell of unknown type: numbers ("-5", "1e-3") stay as they are.
pub fn guard_unless_number(cell: &str) -> Cow<'_, str> {
    if cell.trim().parse::<f64>().is_ok() { Cow::Borrowed(cell) } else { guard_formula(cell) }
}

/// Text for a terminal: control characters (ANSI escapes, NUL, BEL) shown as `\u{1b}`;
/// line breaks and tabs kept.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() && !matches!(c, '\n' | '\t') { c.escape_unicode().to_string() } else { c.to_string() }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_get_a_quote_and_other_cells_stay() {
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_formula("'=x"), "''=x");
        assert_eq!(guard_formula("'quoted"), "'quoted");
        assert_eq!(guard_formula("Asnæs"), "Asnæs");
        assert_eq!(guard_unless_number("-5"), "-5");
        assert_eq!(guard_unless_number("-x"), "'-x");
    }

    #[test]
    fn terminals_see_escapes_not_control_characters() {
        assert_eq!(terminal_safe("red\u{1b}[31m\nok"), "red\\u{1b}[31m\nok");
        assert_eq!(terminal_safe("plain"), "plain");
    }
}
