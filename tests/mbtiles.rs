//! An MBTiles basemap serves the right tile: rows are TMS, tiles are XYZ.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use symbiosis_explorer::mbtiles::{MbTiles, tms_row};

fn png(rgb: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(4, 4, image::Rgb(rgb));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// An MBTiles file with `metadata` and `tiles` as (zoom, column, TMS row, image bytes).
fn write_mbtiles(path: &std::path::Path, metadata: &[(&str, &str)], tiles: &[(u8, u32, u32, &Vec<u8>)]) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE metadata (name TEXT, value TEXT);
         CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);",
    )
    .unwrap();
    for (name, value) in metadata {
        conn.execute("INSERT INTO metadata VALUES (?1, ?2)", [name, value]).unwrap();
    }
    for (zoom, column, row, data) in tiles {
        conn.execute("INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", rusqlite::params![zoom, column, row, data]).unwrap();
    }
}

#[test]
fn the_tile_stored_at_tms_row_1_is_served_as_xyz_row_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.mbtiles");
    let red = png([255, 0, 0]);
    let blue = png([0, 0, 255]);
    write_mbtiles(
        &path,
        &[("name", "Test tiles"), ("attribution", "© test"), ("minzoom", "0"), ("maxzoom", "1")],
        &[(1, 0, 1, &red), (1, 0, 0, &blue)],
    );

    let tiles = MbTiles::open(&path).unwrap();
    assert_eq!((tiles.name.as_str(), tiles.attribution.as_str(), tiles.max_zoom), ("Test tiles", "© test", 1));
    assert_eq!(tms_row(1, 0), 1);
    assert_eq!(tiles.tile(1, 0, 0), Some(red), "XYZ (1, 0, 0) is the tile stored at TMS row 1");
    assert_eq!(tiles.tile(1, 0, 1), Some(blue));
    assert_eq!(tiles.tile(1, 1, 0), None);

    let junk = dir.path().join("junk.mbtiles");
    std::fs::write(&junk, "not a database").unwrap();
    let err = MbTiles::open(&junk).err().expect("refused").to_string();
    assert!(err.contains("not an MBTiles file") || err.contains("not a database"), "{err}");
}

#[test]
fn the_map_source_reads_tiles_off_the_ui_thread_and_stands_in_coarser_ones() {
    use symbiosis_explorer::ui::tiles::MbTilesTiles;
    use walkers::{TileId, Tiles as _};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("z1.mbtiles");
    write_mbtiles(&path, &[("name", "z1"), ("maxzoom", "1")], &[(1, 0, 1, &png([255, 0, 0]))]);
    let ctx = egui::Context::default();
    let mut tiles = MbTilesTiles::new(&ctx, MbTiles::open(&path).unwrap());
    let wait = |tiles: &mut MbTilesTiles, tile: TileId| {
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(10) {
            if let Some(piece) = tiles.at(tile) {
                return Some(piece);
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        None
    };
    // The stored tile arrives whole.
    assert!(wait(&mut tiles, TileId { x: 0, y: 0, zoom: 1 }).is_some());
    // Beyond the file's deepest zoom, its tile is stretched over the deeper one.
    assert!(wait(&mut tiles, TileId { x: 1, y: 1, zoom: 3 }).is_some());
    // Where the file has nothing, nothing is drawn (the built-in basemap shows through).
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(300) {
        assert!(tiles.at(TileId { x: 1, y: 1, zoom: 1 }).is_none());
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(tiles.pending(), 0, "every request was answered");
}
