//! Online tiles are cached on disk: a tile fetched once is served again, by a new tile source
//! (as after a restart), without any request, so areas viewed once stay available offline. A
//! local tile server stands in for OpenStreetMap (no test touches the internet).

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use symbiosis_explorer::ui::tiles::{UrlTemplate, online_tiles};
use walkers::{TileId, Tiles as _};

/// A one-colour 256 px PNG tile.
fn tile_png() -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(256, 256, image::Rgba([200, 30, 30, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Serves the tile to every request with a day of cache lifetime (as tile servers do), or 503
/// once `offline` is set. Counts requests.
fn serve(offline: Arc<AtomicBool>, requests: Arc<AtomicUsize>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let body = tile_png();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            requests.fetch_add(1, Ordering::SeqCst);
            let response = if offline.load(Ordering::SeqCst) {
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
            } else {
                let mut r = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: public, max-age=86400\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                r.extend_from_slice(&body);
                r
            };
            let _ = stream.write_all(&response);
        }
    });
    port
}

fn wait_for_tile(tiles: &mut walkers::HttpTiles, tile: TileId) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if tiles.at(tile).is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn a_tile_viewed_online_is_served_from_the_disk_cache_when_the_server_is_gone() {
    let offline = Arc::new(AtomicBool::new(false));
    let requests = Arc::new(AtomicUsize::new(0));
    let port = serve(offline.clone(), requests.clone());
    let cache = tempfile::tempdir().unwrap();
    let source =
        || UrlTemplate { template: format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"), attribution: "test" };
    let tile = TileId { x: 1, y: 1, zoom: 1 };
    let ctx = egui::Context::default();

    let mut first = online_tiles(&ctx, source(), Some(cache.path().to_path_buf()));
    assert!(wait_for_tile(&mut first, tile), "the tile arrives from the server");
    assert_eq!(requests.load(Ordering::SeqCst), 1);
    drop(first);

    // As after a restart without network: a new source over the same disk cache.
    offline.store(true, Ordering::SeqCst);
    let mut again = online_tiles(&ctx, source(), Some(cache.path().to_path_buf()));
    assert!(wait_for_tile(&mut again, tile), "the tile comes from the disk cache");
    assert_eq!(requests.load(Ordering::SeqCst), 1, "no request was made for it");

    // A tile never viewed is not there offline (the built-in basemap shows through instead).
    let unseen = TileId { x: 0, y: 0, zoom: 1 };
    let mut probe = online_tiles(&ctx, source(), Some(cache.path().to_path_buf()));
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(800) {
        assert!(probe.at(unseen).is_none());
        std::thread::sleep(Duration::from_millis(20));
    }
}
