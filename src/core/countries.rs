//! The country a firm lies in, from the basemap's country polygons (Natural Earth 1:10m
//! admin-0, compiled in from `assets/countries.json`, built by `scripts/build_countries.py`).
//!
//! A firm gets the country whose polygon contains it, else the nearest one within 25 km (coastal
//! sites fall outside the 1:10m coastline), else none. Borders are accurate to about 1 km: where
//! that matters, `firms.csv` and the editor give the country.

use std::sync::OnceLock;

use serde::Deserialize;

use super::model::LatLon;

/// How far outside every polygon a firm may be and still get the nearest country.
pub const NEAREST_WITHIN_KM: f64 = 25.0;

/// How far from a port a firm may be and still ship through it (by road to the quay).
pub const PORT_WITHIN_KM: f64 = 10.0;

/// A polygon ring as lon/lat points.
type Ring = Vec<[f64; 2]>;

/// A port of the basemap (Natural Earth 1:10m ports, `assets/ports.csv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Port {
    pub name: String,
    pub location: LatLon,
}

/// Every port of the basemap.
pub fn ports() -> &'static [Port] {
    static PORTS: OnceLock<Vec<Port>> = OnceLock::new();
    PORTS.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(include_str!("../../assets/ports.csv").as_bytes());
        reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                let lat = r.get(1)?.parse().ok()?;
                let lon = r.get(2)?.parse().ok()?;
                Some(Port { name: r.get(0)?.to_string(), location: LatLon::new(lat, lon) })
            })
            .collect()
    })
}

/// The port a name gives (case-insensitive).
pub fn port(name: &str) -> Option<&'static Port> {
    ports().iter().find(|p| p.name.eq_ignore_ascii_case(name.trim()))
}

/// The nearest port within [`PORT_WITHIN_KM`] of `p`, with its great-circle distance (km).
pub fn nearest_port(p: LatLon) -> Option<(&'static Port, f64)> {
    ports()
        .iter()
        .map(|port| (port, super::matching::distance_km(p, port.location)))
        .filter(|(_, d)| *d <= PORT_WITHIN_KM)
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

#[derive(Deserialize)]
struct Country {
    code: String,
    name: String,
    /// Polygons, each a list of rings (outer first) of [lon, lat].
    polygons: Vec<Vec<Vec<[f64; 2]>>>,
}

struct Indexed {
    code: String,
    name: String,
    /// Per polygon: its bounding box (min lon, min lat, max lon, max lat) and rings.
    polygons: Vec<([f64; 4], Vec<Ring>)>,
}

fn countries() -> &'static [Indexed] {
    static COUNTRIES: OnceLock<Vec<Indexed>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let raw: Vec<Country> = serde_json::from_str(include_str!("../../assets/countries.json")).unwrap_or_default();
        raw.into_iter()
            .map(|c| Indexed {
                code: c.code,
                name: c.name,
                polygons: c
                    .polygons
                    .into_iter()
                    .map(|rings| {
                        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
                        for p in rings.first().into_iter().flatten() {
                            bbox = [bbox[0].min(p[0]), bbox[1].min(p[1]), bbox[2].max(p[0]), bbox[3].max(p[1])];
                        }
                        (bbox, rings)
                    })
                    .collect(),
            })
            .collect()
    })
}

/// Even-odd rule over all rings of a polygon (holes are rings too).
fn inside(rings: &[Vec<[f64; 2]>], lon: f64, lat: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let mut j = ring.len().wrapping_sub(1);
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[j]);
            if (a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0] {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

/// Distance (km) from a point to the nearest edge of some rings, on a local flat projection
/// (good to well under 1 % within the 25 km this is used for).
fn distance_to_rings(rings: &[Vec<[f64; 2]>], p: LatLon) -> f64 {
    let kx = p.lat.to_radians().cos();
    let mut best = f64::MAX;
    for ring in rings {
        for w in ring.windows(2) {
            let (ax, ay) = ((w[0][0] - p.lon) * kx, w[0][1] - p.lat);
            let (bx, by) = ((w[1][0] - p.lon) * kx, w[1][1] - p.lat);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 > 0.0 { (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
            let (cx, cy) = (ax + t * dx, ay + t * dy);
            best = best.min(cx * cx + cy * cy);
        }
    }
    best.sqrt() * 111.195
}

/// The ISO alpha-2 code of the country at `p`: the polygon that contains it, else the nearest
/// within [`NEAREST_WITHIN_KM`], else None.
pub fn country_at(p: LatLon) -> Option<&'static str> {
    let all = countries();
    for c in all {
        for (bbox, rings) in &c.polygons {
            if p.lon >= bbox[0]
                && p.lon <= bbox[2]
                && p.lat >= bbox[1]
                && p.lat <= bbox[3]
                && inside(rings, p.lon, p.lat)
            {
                return Some(&c.code);
            }
        }
    }
    // Nearest within reach: only polygons whose box is within reach are measured.
    let margin_lat = NEAREST_WITHIN_KM / 111.0;
    let margin_lon = margin_lat / p.lat.to_radians().cos().max(0.1);
    let mut best: Option<(f64, &str)> = None;
    for c in all {
        for (bbox, rings) in &c.polygons {
            if p.lon < bbox[0] - margin_lon
                || p.lon > bbox[2] + margin_lon
                || p.lat < bbox[1] - margin_lat
                || p.lat > bbox[3] + margin_lat
            {
                continue;
            }
            let d = distance_to_rings(rings, p);
            if d <= NEAREST_WITHIN_KM && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, &c.code));
            }
        }
    }
    best.map(|(_, code)| code)
}

/// Whether `code` is a country of the basemap (the Baltic Sea Region and its neighbours).
pub fn is_known(code: &str) -> bool {
    countries().iter().any(|c| c.code == code)
}

/// The country's English name, where known.
pub fn name(code: &str) -> Option<&'static str> {
    countries().iter().find(|c| c.code == code).map(|c| c.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firms_of_the_samples_get_their_country() {
        // Inland, on an island and on a coast the 1:10m polygons only nearly reach.
        assert_eq!(country_at(LatLon::new(66.31, 14.13)), Some("NO"), "Mo i Rana");
        assert_eq!(country_at(LatLon::new(55.661528, 11.080892)), Some("DK"), "Asnæs");
        assert_eq!(country_at(LatLon::new(59.54, 30.88)), Some("RU"), "Tosno");
        assert_eq!(country_at(LatLon::new(58.60, 16.25)), Some("SE"), "Händelö");
        assert_eq!(country_at(LatLon::new(58.36, 11.26)), Some("SE"), "Kungshamn");
        assert_eq!(country_at(LatLon::new(54.35, 18.65)), Some("PL"), "Gdańsk");
        assert_eq!(country_at(LatLon::new(60.17, 24.94)), Some("FI"), "Helsinki");
        // Open sea far from any coast: no country.
        assert_eq!(country_at(LatLon::new(56.5, 19.0)), None, "middle of the Baltic Sea");
        assert!(is_known("DK") && !is_known("XX"));
    }

    #[test]
    fn firms_near_a_port_can_ship_through_it() {
        let (nearest, km) = nearest_port(LatLon::new(55.661528, 11.080892)).expect("Asnæs is near Kalundborg's port");
        assert_eq!(nearest.name, "Kalundborg");
        assert!(km < 2.0, "{km}");
        assert_eq!(nearest_port(LatLon::new(57.05, 10.02)).map(|(p, _)| p.name.as_str()), Some("Aalborg"));
        assert!(nearest_port(LatLon::new(55.58, 11.29)).is_none(), "Lake Tissø is inland");
        assert_eq!(port("aalborg").map(|p| p.name.as_str()), Some("Aalborg"));
    }
}
