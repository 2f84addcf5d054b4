//! Renders a block of basemap tiles around a place into one PNG, to look at the basemap.
//!
//! `cargo run --example basemap_tiles -- LAT LON ZOOM OUT.png`

#![allow(clippy::unwrap_used)] // a developer's tool: a bad argument stops it with a panic

use symbiosis_explorer::basemap::{Basemap, Palette, render_tile, world_pixel_from_lonlat};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, lat, lon, zoom, out] = args.as_slice() else {
        eprintln!("usage: basemap_tiles LAT LON ZOOM OUT.png");
        std::process::exit(2);
    };
    let (lat, lon, zoom): (f64, f64, u8) = (lat.parse().unwrap(), lon.parse().unwrap(), zoom.parse().unwrap());
    let (px, py) = world_pixel_from_lonlat(lon, lat, zoom, 256);
    let (cx, cy) = ((px / 256.0) as u32, (py / 256.0) as u32);
    let mut canvas = tiny_skia::Pixmap::new(3 * 256, 3 * 256).unwrap();
    let started = std::time::Instant::now();
    for dy in 0..3u32 {
        for dx in 0..3u32 {
            let tile = render_tile(Basemap::builtin(), cx + dx - 1, cy + dy - 1, zoom, 256, &Palette::light());
            canvas.draw_pixmap(
                (dx * 256) as i32,
                (dy * 256) as i32,
                tile.as_ref(),
                &tiny_skia::PixmapPaint::default(),
                tiny_skia::Transform::identity(),
                None,
            );
        }
    }
    eprintln!("9 tiles in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    canvas.save_png(out).unwrap();
}
