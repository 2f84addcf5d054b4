//! Web Mercator (EPSG:3857) on a unit world square: x from 0 (180° W) to 1 (180° E), y from 0
//! (85.05° N) to 1 (85.05° S). The map, the basemap tiles, the map image and the desktop app
//! all place positions through these two functions.

use super::model::LatLon;

/// The latitude where the square world ends (Web Mercator's limit), in degrees.
pub const MAX_LATITUDE: f64 = 85.05112878;

/// Position on the unit world square of a longitude and latitude in degrees.
pub fn mercator_from_lonlat(lon: f64, lat: f64) -> [f64; 2] {
    let lat = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    [(lon + 180.0) / 360.0, (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0]
}

/// Longitude and latitude in degrees of a position on the unit world square.
pub fn lonlat_from_mercator([x, y]: [f64; 2]) -> (f64, f64) {
    (x * 360.0 - 180.0, (std::f64::consts::PI * (1.0 - 2.0 * y)).sinh().atan().to_degrees())
}

pub fn mercator_from_latlon(p: LatLon) -> [f64; 2] {
    mercator_from_lonlat(p.lon, p.lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_known_points() {
        assert_eq!(mercator_from_lonlat(0.0, 0.0), [0.5, 0.5]);
        let [x, y] = mercator_from_lonlat(-180.0, MAX_LATITUDE);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-6);
        for (lon, lat) in [(11.09, 55.66), (30.3, 59.94), (3.0, 49.0), (42.0, 71.0)] {
            let (lon2, lat2) = lonlat_from_mercator(mercator_from_lonlat(lon, lat));
            assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9, "{lon} {lat}");
        }
    }
}
