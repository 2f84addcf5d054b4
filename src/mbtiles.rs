//! MBTiles raster basemaps chosen by the user (an SQLite file of PNG/JPEG tiles).
//!
//! MBTiles rows are TMS: the tile stored at zoom z, column x, row r is the XYZ tile
//! (z, x, 2^z - 1 - r). Opened read-only, with triggers off and a statement deadline (an
//! MBTiles file is as foreign as a project: its `metadata` may be an endless view); a file that
//! is not an MBTiles gets a clear error, and a tile too large to show is skipped, not drawn.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension as _};

use crate::core::file_checks::{self, Deadline};

/// The largest tile side the app decodes and uploads (graphics cards take 8192 or more; a
/// basemap tile is 256 or 512).
pub const MAX_TILE_PX: u32 = 4096;

#[derive(Debug, thiserror::Error)]
pub enum MbTilesError {
    #[error("{}: {source}", path.display())]
    Sqlite { path: PathBuf, source: rusqlite::Error },
    #[error("{}: not an MBTiles file (no tiles table)", .0.display())]
    NotMbTiles(PathBuf),
    #[error("{}: the file takes too long to read (over {} s); it may hold an endless query", .0.display(), file_checks::READ_LIMIT.as_secs())]
    TooSlow(PathBuf),
}

/// Why a tile is not drawn.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TileError {
    #[error("tile of {width}x{height} px is larger than {MAX_TILE_PX}x{MAX_TILE_PX}; skipped")]
    TooLarge { width: u32, height: u32 },
    #[error("tile is not a PNG or JPEG image the app can read: {0}")]
    Unreadable(String),
}

/// An open MBTiles file.
pub struct MbTiles {
    conn: Connection,
    deadline: Deadline,
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

/// Decodes a tile into RGBA pixels (width, height, bytes), refusing one larger than
/// [`MAX_TILE_PX`] from its header, before any pixel is decoded.
pub fn decode_tile(bytes: &[u8]) -> Result<(u32, u32, Vec<u8>), TileError> {
    let unreadable = |e: image::ImageError| TileError::Unreadable(e.to_string());
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| TileError::Unreadable(e.to_string()))?;
    let (width, height) = reader.into_dimensions().map_err(unreadable)?;
    if width > MAX_TILE_PX || height > MAX_TILE_PX {
        return Err(TileError::TooLarge { width, height });
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| TileError::Unreadable(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_TILE_PX);
    limits.max_image_height = Some(MAX_TILE_PX);
    limits.max_alloc = Some(u64::from(MAX_TILE_PX) * u64::from(MAX_TILE_PX) * 4 * 2);
    reader.limits(limits);
    let image = reader.decode().map_err(unreadable)?.to_rgba8();
    Ok((image.width(), image.height(), image.into_raw()))
}

impl MbTiles {
    pub fn open(path: &Path) -> Result<Self, MbTilesError> {
        let sql = |source: rusqlite::Error| {
            if file_checks::is_timeout(&source) {
                MbTilesError::TooSlow(path.to_path_buf())
            } else {
                MbTilesError::Sqlite { path: path.to_path_buf(), source }
            }
        };
        let mut conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(sql)?;
        conn.pragma_update(None, "trusted_schema", "OFF").map_err(sql)?;
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false).map_err(sql)?;
        let deadline = Deadline::install(&mut conn).map_err(sql)?;
        deadline.arm(file_checks::READ_LIMIT);
        let has_tiles: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'tiles'", [], |r| r.get(0))
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => MbTilesError::NotMbTiles(path.to_path_buf()),
                _ => sql(e),
            })?;
        if has_tiles == 0 {
            return Err(MbTilesError::NotMbTiles(path.to_path_buf()));
        }
        let meta = |key: &str| -> Result<Option<String>, MbTilesError> {
            match conn.query_row("SELECT value FROM metadata WHERE name = ?1", [key], |r| r.get(0)).optional() {
                Ok(value) => Ok(value),
                Err(e) if file_checks::is_timeout(&e) => Err(MbTilesError::TooSlow(path.to_path_buf())),
                Err(_) => Ok(None), // no metadata table, or a value that is not text
            }
        };
        let name = meta("name")?
            .unwrap_or_else(|| path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned()));
        let name = crate::core::output::terminal_safe(&name).into_owned();
        let attribution = crate::core::output::terminal_safe(&meta("attribution")?.unwrap_or_default()).into_owned();
        let min_zoom = meta("minzoom")?.and_then(|z| z.parse().ok()).unwrap_or(0).min(30);
        let max_zoom = meta("maxzoom")?.and_then(|z| z.parse().ok()).unwrap_or(22).min(30);
        deadline.disarm();
        Ok(Self { conn, deadline, path: path.to_path_buf(), name, attribution, min_zoom, max_zoom })
    }

    /// The image bytes of XYZ tile (zoom, x, y), if the file has it (and reads it in time).
    pub fn tile(&self, zoom: u8, x: u32, y: u32) -> Option<Vec<u8>> {
        if zoom > 30 {
            return None;
        }
        self.deadline.arm(file_checks::READ_LIMIT);
        let tile = self
            .conn
            .query_row(
                "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                rusqlite::params![zoom, x, tms_row(zoom, y)],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten();
        self.deadline.disarm();
        tile
    }
}
