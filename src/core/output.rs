//! Writing exported files: each appears complete or not at all, never half-written.
//! (Used by every export: CSV, GeoJSON, the report and the map image.)

use std::io::Write as _;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same directory, renamed into place.
/// The directory is created if missing; an existing file is replaced only once the new one is
/// complete.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("could not create {}: {e}", dir.display()))?;
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("could not write in {}: {e}", dir.display()))?;
    tmp.write_all(bytes).map_err(|e| format!("could not write {}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // A temporary file is private (0600); an export is an ordinary file.
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path).map_err(|e| format!("could not write {}: {}", path.display(), e.error))?;
    Ok(())
}
