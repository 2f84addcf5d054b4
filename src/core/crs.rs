//! Coordinate reference systems for CSV import and export: WGS 84 lat/lon, as the project file
//! stores positions, and the national grids of the Baltic countries. The transformations are
//! done by `proj4rs` (a pure-Rust port of PROJ's projections) from the EPSG definitions below.
//!
//! Grid coordinates are always given as easting (x) and northing (y) in metres, whatever axis
//! order the EPSG register lists: columns are named, never guessed from their order.

use std::sync::OnceLock;

use proj4rs::proj::Proj;

use super::lang::Phrase;
use super::model::LatLon;

/// A coordinate reference system the app reads and writes.
#[derive(Debug, PartialEq)]
pub struct Crs {
    pub epsg: u32,
    pub name: &'static str,
    /// Where it is used.
    pub area: &'static str,
    proj: &'static str,
}

/// Every CRS the app accepts, WGS 84 first.
pub const ALL: &[Crs] = &[
    Crs {
        epsg: 4326,
        name: "WGS 84",
        area: "world (latitude/longitude in degrees)",
        proj: "+proj=longlat +datum=WGS84 +no_defs",
    },
    Crs {
        epsg: 25832,
        name: "ETRS89 / UTM zone 32N",
        area: "Denmark, western Norway",
        proj: "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 25833,
        name: "ETRS89 / UTM zone 33N",
        area: "Bornholm, Norway, eastern Germany",
        proj: "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 3006,
        name: "SWEREF99 TM",
        area: "Sweden",
        proj: "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 3067,
        name: "ETRS89 / TM35FIN(E,N)",
        area: "Finland",
        proj: "+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 3301,
        name: "Estonian Coordinate System of 1997",
        area: "Estonia",
        proj: "+proj=lcc +lat_1=59.33333333333334 +lat_2=58 +lat_0=57.51755393055556 +lon_0=24 +x_0=500000 +y_0=6375000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 3059,
        name: "LKS-92 / Latvia TM",
        area: "Latvia",
        proj: "+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=-6000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 3346,
        name: "LKS94 / Lithuania TM",
        area: "Lithuania",
        proj: "+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9998 +x_0=500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
    Crs {
        epsg: 2180,
        name: "ETRS89 / Poland CS92",
        area: "Poland",
        proj: "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    },
];

pub const WGS84: &Crs = &ALL[0];

/// Positions read from a national grid must land in this lon/lat box around the Baltic region;
/// anything else is nearly always swapped columns or the wrong grid.
const REGION: [f64; 4] = [-15.0, 45.0, 50.0, 75.0];

fn projections() -> &'static [Proj] {
    static CELL: OnceLock<Vec<Proj>> = OnceLock::new();
    CELL.get_or_init(|| {
        ALL.iter().map(|c| Proj::from_proj_string(c.proj).expect("built-in EPSG definitions parse")).collect()
    })
}

/// Why a CRS or a position in it was not accepted.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CrsError {
    Unknown {
        text: String,
        known: String,
    },
    Unsupported {
        epsg: u32,
        known: String,
    },
    NotNumbers,
    FromGrid {
        code: String,
        detail: String,
    },
    ToGrid {
        code: String,
        detail: String,
    },
    OutsideRegion {
        easting: f64,
        northing: f64,
        code: String,
        name: &'static str,
        lat: f64,
        lon: f64,
        /// Whether the coordinates would lie inside the region the other way round.
        swapped: bool,
    },
    NoPosition {
        lat: f64,
        lon: f64,
        code: String,
    },
}

impl std::fmt::Display for CrsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.phrase().english())
    }
}

impl CrsError {
    /// The error as a phrase any language can say.
    pub fn phrase(&self) -> Phrase {
        use CrsError::*;
        match self {
            Unknown { text, known } => Phrase::new("err-crs-unknown", [("text", text), ("known", known)]),
            Unsupported { epsg, known } => {
                Phrase::new("err-crs-unsupported", [("epsg", epsg.to_string()), ("known", known.clone())])
            }
            NotNumbers => Phrase::new::<&str, 0>("err-crs-not-numbers", []),
            FromGrid { code, detail } => Phrase::new("err-crs-from-grid", [("code", code), ("detail", detail)]),
            ToGrid { code, detail } => Phrase::new("err-crs-to-grid", [("code", code), ("detail", detail)]),
            OutsideRegion { easting, northing, code, name, lat, lon, swapped } => Phrase::new(
                if *swapped { "err-crs-outside-swapped" } else { "err-crs-outside" },
                [
                    ("easting", easting.to_string()),
                    ("northing", northing.to_string()),
                    ("code", code.clone()),
                    ("name", name.to_string()),
                    ("lat", format!("{lat:.2}")),
                    ("lon", format!("{lon:.2}")),
                ],
            )
            .with_numbers(&["easting", "northing", "lat", "lon"]),
            NoPosition { lat, lon, code } => Phrase::new(
                "err-crs-no-position",
                [("lat", lat.to_string()), ("lon", lon.to_string()), ("code", code.clone())],
            )
            .with_numbers(&["lat", "lon"]),
        }
    }
}

impl Crs {
    /// Reads `EPSG:3006`, `epsg:3006` or `3006`.
    pub fn parse(text: &str) -> Result<&'static Crs, CrsError> {
        let t = text.trim();
        let code = t.strip_prefix("EPSG:").or_else(|| t.strip_prefix("epsg:")).unwrap_or(t);
        let known = || ALL.iter().map(|c| format!("EPSG:{}", c.epsg)).collect::<Vec<_>>().join(", ");
        let epsg: u32 = code.trim().parse().map_err(|_| CrsError::Unknown { text: t.to_string(), known: known() })?;
        ALL.iter().find(|c| c.epsg == epsg).ok_or_else(|| CrsError::Unsupported { epsg, known: known() })
    }

    pub fn is_geographic(&self) -> bool {
        self.epsg == 4326
    }

    /// "EPSG:3006".
    pub fn code(&self) -> String {
        format!("EPSG:{}", self.epsg)
    }

    fn index(&self) -> usize {
        ALL.iter().position(|c| c.epsg == self.epsg).expect("a CRS of ALL")
    }

    /// The WGS 84 position of grid coordinates (easting, northing in metres).
    pub fn to_wgs84(&self, easting: f64, northing: f64) -> Result<LatLon, CrsError> {
        if self.is_geographic() {
            return Ok(LatLon::new(northing, easting));
        }
        if !(easting.is_finite() && northing.is_finite()) {
            return Err(CrsError::NotNumbers);
        }
        let mut p = (easting, northing, 0.0);
        proj4rs::transform::transform(&projections()[self.index()], &projections()[0], &mut p)
            .map_err(|e| CrsError::FromGrid { code: self.code(), detail: e.to_string() })?;
        let (lon, lat) = (p.0.to_degrees(), p.1.to_degrees());
        let [w, e, s, n] = REGION;
        if !(lon.is_finite() && lat.is_finite() && (w..=e).contains(&lon) && (s..=n).contains(&lat)) {
            let swapped = self
                .to_wgs84_unchecked(northing, easting)
                .is_some_and(|(lon, lat)| (w..=e).contains(&lon) && (s..=n).contains(&lat));
            return Err(CrsError::OutsideRegion {
                easting,
                northing,
                code: self.code(),
                name: self.name,
                lat,
                lon,
                swapped,
            });
        }
        Ok(LatLon::new(lat, lon))
    }

    fn to_wgs84_unchecked(&self, easting: f64, northing: f64) -> Option<(f64, f64)> {
        let mut p = (easting, northing, 0.0);
        proj4rs::transform::transform(&projections()[self.index()], &projections()[0], &mut p).ok()?;
        Some((p.0.to_degrees(), p.1.to_degrees()))
    }

    /// Grid coordinates (easting, northing in metres) of a WGS 84 position; for WGS 84 itself
    /// (lon, lat).
    pub fn from_wgs84(&self, p: LatLon) -> Result<(f64, f64), CrsError> {
        if self.is_geographic() {
            return Ok((p.lon, p.lat));
        }
        let mut q = (p.lon.to_radians(), p.lat.to_radians(), 0.0);
        proj4rs::transform::transform(&projections()[0], &projections()[self.index()], &mut q)
            .map_err(|e| CrsError::ToGrid { code: self.code(), detail: e.to_string() })?;
        if !(q.0.is_finite() && q.1.is_finite()) {
            return Err(CrsError::NoPosition { lat: p.lat, lon: p.lon, code: self.code() });
        }
        Ok((q.0, q.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference values from GDAL 3.6 (OGR CoordinateTransformation with PROJ 9, traditional
    /// GIS axis order), for places in each country.
    const REFERENCE: &[(u32, f64, f64, f64, f64)] = &[
        // (EPSG, lat, lon, easting, northing)
        (25832, 55.661528, 11.080892, 630902.1865, 6170372.7686), // Asnæs, Kalundborg
        (25833, 55.1, 14.9, 493619.0672, 6105923.9799),           // Bornholm
        (3006, 59.3293, 18.0686, 674571.8664, 6580743.0083),      // Stockholm
        (3006, 58.619, 16.228, 571326.7500, 6498281.3016),        // Händelö, Norrköping
        (3067, 60.1699, 24.9384, 385611.3167, 6672118.3802),      // Helsinki
        (3301, 59.437, 24.7536, 542763.3691, 6589036.2754),       // Tallinn
        (3059, 56.9496, 24.1052, 506399.3118, 311780.5749),       // Riga
        (3346, 54.6872, 25.2797, 582510.3673, 6061948.6830),      // Vilnius
        (2180, 52.2297, 21.0122, 637382.2044, 486757.2095),       // Warsaw
        (2180, 54.352, 18.6466, 477037.5994, 720936.5209),        // Gdańsk
    ];

    #[test]
    fn codes_parse_in_every_spelling_and_unknown_ones_are_named() {
        assert_eq!(Crs::parse("EPSG:3006").unwrap().name, "SWEREF99 TM");
        assert_eq!(Crs::parse("epsg:2180").unwrap().epsg, 2180);
        assert_eq!(Crs::parse(" 3067 ").unwrap().epsg, 3067);
        let err = Crs::parse("EPSG:3857").unwrap_err().to_string();
        assert!(err.contains("unsupported CRS EPSG:3857") && err.contains("EPSG:3006"), "{err}");
        assert!(Crs::parse("sweref").unwrap_err().to_string().contains("unknown CRS 'sweref'"));
    }

    #[test]
    fn grids_agree_with_gdal_to_a_centimetre_both_ways() {
        assert!(REFERENCE.len() >= 8);
        for &(epsg, lat, lon, e, n) in REFERENCE {
            let crs = Crs::parse(&epsg.to_string()).unwrap();
            let (x, y) = crs.from_wgs84(LatLon::new(lat, lon)).unwrap();
            assert!((x - e).abs() < 0.01 && (y - n).abs() < 0.01, "EPSG:{epsg}: {x},{y} vs {e},{n}");
            let back = crs.to_wgs84(e, n).unwrap();
            assert!((back.lat - lat).abs() < 1e-7 && (back.lon - lon).abs() < 1e-7, "EPSG:{epsg}: {back:?}");
        }
    }

    #[test]
    fn swapped_columns_are_caught_and_explained() {
        let sweref = Crs::parse("3006").unwrap();
        let err = sweref.to_wgs84(6_580_822.0, 674_032.0).unwrap_err().to_string();
        assert!(err.contains("outside the Baltic region") && err.contains("swapped"), "{err}");
    }
}
