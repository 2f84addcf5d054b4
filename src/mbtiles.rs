//! MBTiles raster basemaps chosen by the user (an SQLite file of PNG/JPEG tiles).
//!
//! MBTiles rows are TMS: the tile stored at zoom z, column x, row r is the XYZ tile
//! (z, x, 2^z - 1 - r). Opened read-only; a file that is not an MBTiles gets a clear error.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension as _};

#[derive(Debug, thiserror::Error)]
pub enum MbTilesError {
    #[error("{}: {source}", path.display())]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{}: not an MBTiles file (no tiles table)", .0.display())]
    NotMbTiles(PathBuf),
}

/// An open MBTiles file.
pub struct MbTiles {
    conn: Connection,
    pub path: PathBuf,
    pub name: String,
    pub attribution: String,
    pub min_zoom: u8,
    pub max_zoom: u8,
}

/// The TMS row of an XYZ tile row.
pub fn tms_row(zoom: u8, xyz_row: u32) -> u32 {
    (1u32 << zoom).saturating_sub(1).saturating_sub(xyz_row)
}

impl MbTiles {
    pub fn open(path: &Path) -> Result<Self, MbTilesError> {
        let sql = |source| MbTilesError::Sqlite { path: path.to_path_buf(), source };
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(sql)?;
        let has_tiles: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'tiles'", [], |r| r.get(0))
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => MbTilesError::NotMbTiles(path.to_path_buf()),
                _ => sql(e),
            })?;
        if has_tiles == 0 {
            return Err(MbTilesError::NotMbTiles(path.to_path_buf()));
        }
        let meta = |key: &str| -> Option<String> {
            conn.query_row("SELECT value FROM metadata WHERE name = ?1", [key], |r| r.get(0)).optional().ok().flatten()
        };
        let name = meta("name")
            .unwrap_or_else(|| path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned()));
        let attribution = meta("attribution").unwrap_or_default();
        let min_zoom = meta("minzoom").and_then(|z| z.parse().ok()).unwrap_or(0);
        let max_zoom = meta("maxzoom").and_then(|z| z.parse().ok()).unwrap_or(22);
        Ok(Self { conn, path: path.to_path_buf(), name, attribution, min_zoom, max_zoom })
    }

    /// The image bytes of XYZ tile (zoom, x, y), if the file has it.
    pub fn tile(&self, zoom: u8, x: u32, y: u32) -> Option<Vec<u8>> {
        self.conn
            .query_row(
                "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                rusqlite::params![zoom, x, tms_row(zoom, y)],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }
}
