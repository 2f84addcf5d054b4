//! The HTML report and the map image, as `export --format html|png` writes them.

#![allow(clippy::unwrap_used)] // tests and benchmarks: a failed unwrap is a failed test

mod common;

use std::path::Path;

use common::*;
use symbiosis_explorer::core::*;
use symbiosis_explorer::map_image::{self, MapImageOptions};

/// A copy of the Kalundborg sample with one more confidential flow, of values found nowhere else.
fn sample_with_a_secret(dir: &Path) -> std::path::PathBuf {
    let path = kalundborg_copy(dir, "with-secret.gpkg");
    let mut file = ProjectFile::open(&path).unwrap();
    let mut secret = flow("unibio", Direction::Supply, "sulphur", 31337.0, Unit::Tonne);
    secret.quality = "ZQX secret grade".into();
    secret.price_per_unit = Some(77.123);
    secret.confidential = true;
    file.insert_flow(&secret).unwrap();
    path
}

#[test]
fn the_html_report_holds_every_exchange_with_its_breakdown_and_is_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    let out = export(&kalundborg_gpkg(), "html", dir.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    let data = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    assert!(html.contains("<h1>Kalundborg Symbiosis</h1>"));
    // Every exchange is a row naming both firms and the material, followed by its evaluation.
    let name = |id: &FirmId| data.firm(id).unwrap().name.replace('\'', "&#39;");
    for ex in &data.exchanges {
        let material = data.material(&ex.material).unwrap();
        let row = format!(
            "<tr><td>{}</td><td>{}</td><td>{}<br><span class=\"meta\">{}</span></td>",
            name(&ex.from),
            name(&ex.to),
            material.name,
            ex.material
        );
        assert!(html.contains(&row), "exchange {} -> {} {} missing", ex.from, ex.to, ex.material);
    }
    assert_eq!(html.matches("<tr class=\"detail\">").count(), data.exchanges.len());
    // The 22 exchanges running in the evaluation year (2024) each have their breakdown.
    assert_eq!(html.matches("How this was evaluated").count(), 22, "breakdowns of the running exchanges");
    assert!(html.contains("The park in 2024"));
    assert!(html.contains("NAP 4982; Saikku 2006"), "sources are shown");
    assert!(html.contains("cyclicity") && html.contains("Optimal allocation"), "indicators per scenario");
    // Charts and map are embedded; nothing is fetched from anywhere.
    assert!(html.matches("<svg").count() >= 3);
    let prefix = "src=\"data:image/png;base64,";
    let start = html.find(prefix).expect("an embedded map") + prefix.len();
    let end = start + html[start..].find('"').unwrap();
    use base64::Engine as _;
    let png = base64::engine::general_purpose::STANDARD.decode(&html[start..end]).unwrap();
    let map = image::load_from_memory(&png).expect("the embedded map is a PNG");
    assert_eq!((map.width(), map.height()), (1600, 1000));
    // The cement maker in Aalborg lies outside the park's view: a second map shows every firm.
    assert_eq!(html.matches("src=\"data:image/png;base64,").count(), 2);
    assert!(html.contains("alt=\"Kalundborg Symbiosis: every firm\""));
    for external in ["src=\"http", "href=\"http", "<link", "<script", "url(", "@import"] {
        assert!(!html.contains(external), "the report refers to something outside itself: {external}");
    }
}

#[test]
fn the_html_report_leaves_confidential_values_out_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let project = sample_with_a_secret(dir.path());
    let out = export(&project, "html", &dir.path().join("public"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 confidential flows left out"), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("public/report.html")).unwrap();
    for secret in ["31\u{2009}337", "31337", "31,337", "ZQX", "77.123"] {
        assert!(!html.contains(secret), "confidential value {secret:?} in the report");
    }
    assert!(html.contains("2 confidential flows are left out"));

    let out = export(&project, "html", &dir.path().join("internal"), &["--include-confidential"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("internal/report.html")).unwrap();
    assert!(html.contains("Sulphur 31,337 t"), "with --include-confidential the flow is listed");
    assert!(html.contains("includes confidential flows"));
}

#[test]
fn the_map_image_has_the_asked_size_and_shows_firms_legend_and_credits() {
    let dir = tempfile::tempdir().unwrap();
    let out = export(&kalundborg_gpkg(), "png", dir.path(), &["--size", "1280x720"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let img = image::open(dir.path().join("map.png")).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1280, 720));

    // Asnæs, the biggest hub, is drawn in the energy colour where the view puts it.
    let data = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    let view = data.meta.view;
    let zoom = view.zoom + (1280.0_f64 / 1600.0).min(720.0 / 1000.0).log2();
    let world = 256.0 * 2f64.powf(zoom);
    let asnaes = data.firm(&FirmId::new("asnaes")).unwrap().location;
    let (cx, cy) = symbiosis_explorer::basemap::world_pixel(view.lon, view.lat, world);
    let (ax, ay) = symbiosis_explorer::basemap::world_pixel(asnaes.lon, asnaes.lat, world);
    let (px, py) = ((ax - cx + 640.0).round() as u32, (ay - cy + 360.0).round() as u32);
    let p = img.get_pixel(px, py).0;
    let orange = style::ORANGE;
    assert!(p.iter().zip(orange).all(|(a, b)| (i32::from(*a) - i32::from(b)).abs() <= 12), "Asnæs pixel {p:?}");

    // The legend panel (bottom left) and the credits strip (bottom right) are light boxes with text.
    let dark_pixels = |x0: u32, y0: u32, x1: u32, y1: u32| {
        (x0..x1).flat_map(|x| (y0..y1).map(move |y| (x, y))).filter(|(x, y)| img.get_pixel(*x, *y).0[0] < 120).count()
    };
    let (legend, credits) =
        (dark_pixels(15, 720 - 200, 150, 720 - 15), dark_pixels(1280 - 300, 720 - 16, 1280 - 15, 720 - 4));
    assert!(legend > 150 && credits > 30, "legend text {legend} px, credits text {credits} px");
}

#[test]
fn map_image_sizes_and_views_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, value, message) in [
        ("--size", "12x9000", "each side must be 200 to 8192 pixels"),
        ("--size", "big", "must be WIDTHxHEIGHT"),
        ("--view", "95,11,13", "latitude -85..85"),
    ] {
        let out = export(&kalundborg_gpkg(), "png", dir.path(), &[flag, value]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains(message), "{flag} {value}: {}", stderr(&out));
    }
    assert!(!dir.path().join("map.png").exists(), "nothing written");
    let out = export(&kalundborg_gpkg(), "html", dir.path(), &["--size", "800x600"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("apply to --format png only"), "{}", stderr(&out));
    assert!(!dir.path().join("report.html").exists());
}

#[test]
fn a_fitted_view_keeps_every_firm_in_the_picture() {
    let mut data = ProjectFile::open_with(kalundborg_gpkg(), OpenMode::ReadOnly).unwrap().load().unwrap();
    data.meta.view = MapView::BALTIC; // no view of its own: fit the firms
    let view = map_image::fit_view(&data, 1600, 1000);
    let world = 256.0 * 2f64.powf(view.zoom);
    let (cx, cy) = symbiosis_explorer::basemap::world_pixel(view.lon, view.lat, world);
    for firm in &data.firms {
        let (x, y) = symbiosis_explorer::basemap::world_pixel(firm.location.lon, firm.location.lat, world);
        let (sx, sy) = (x - cx + 800.0, y - cy + 500.0);
        assert!((0.0..1600.0).contains(&sx) && (0.0..1000.0).contains(&sy), "{} at {sx},{sy}", firm.id);
    }
    let png = map_image::png(&data, &MapImageOptions::new(800, 500)).unwrap();
    assert_eq!(image::load_from_memory(&png).unwrap().width(), 800);
}

#[test]
fn the_map_image_of_a_year_shows_the_park_as_it_stood_then() {
    let dir = tempfile::tempdir().unwrap();
    let energy_pixels = |year: Option<&str>| {
        let out_dir = dir.path().join(year.unwrap_or("now"));
        let mut extra = vec!["--size", "1600x1000"];
        if let Some(y) = year {
            extra.extend(["--year", y]);
        }
        let out = export(&kalundborg_gpkg(), "png", &out_dir, &extra);
        assert!(out.status.success(), "{}", stderr(&out));
        let img = image::open(out_dir.join("map.png")).unwrap().to_rgb8();
        // Energy exchanges are vermilion (213, 94, 0) at 90 % over the basemap; the legend is excluded.
        img.enumerate_pixels()
            .filter(|(x, y, p)| {
                !(*x < 300 && *y > 500) && p.0.iter().zip([213u8, 94, 0]).all(|(a, b)| a.abs_diff(b) <= 30)
            })
            .count()
    };
    let now = energy_pixels(None);
    // 1962: lake water to the refinery, and the one energy exchange without a known start year
    // (Gyproc's heat to the utility, shown in every year); none of the steam, gas or heat lines.
    let then = energy_pixels(Some("1962"));
    assert!(now > 1000, "steam and heat lines today: {now} px");
    assert!(then < now / 4, "1962 shows almost no energy exchanges: {then} px vs {now}");
}
