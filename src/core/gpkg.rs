//! GeoPackage geometry blobs (OGC 12-128r18, section 2.1.3) and the SQL functions GDAL's
//! spatial-index triggers call.
//!
//! A blob is a `GP` header (magic, version 0, flags, srs_id, envelope) followed by ISO WKB.
//! Coordinates are x = longitude, y = latitude (EPSG:4326 as GeoPackage stores it).

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;

use super::model::LatLon;

pub const SRS_WGS84: i32 = 4326;

const WKB_POINT: u32 = 1;
const WKB_LINESTRING: u32 = 2;

/// A geometry as far as this project needs: points and line strings in lon/lat.
#[derive(Clone, Debug, PartialEq)]
pub enum Geometry {
    Point(LatLon),
    LineString(Vec<LatLon>),
}

/// `[min_x, max_x, min_y, max_y]`, the order GeoPackage stores envelopes in.
pub type Envelope = [f64; 4];

impl Geometry {
    pub fn envelope(&self) -> Option<Envelope> {
        let points: &[LatLon] = match self {
            Geometry::Point(p) => std::slice::from_ref(p),
            Geometry::LineString(ps) => ps,
        };
        let first = points.first()?;
        let mut env = [first.lon, first.lon, first.lat, first.lat];
        for p in points {
            env[0] = env[0].min(p.lon);
            env[1] = env[1].max(p.lon);
            env[2] = env[2].min(p.lat);
            env[3] = env[3].max(p.lat);
        }
        Some(env)
    }
}

/// Encodes a geometry as a GeoPackageBinary blob, little-endian, with an xy envelope.
pub fn encode(geometry: &Geometry, srs_id: i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(b"GP");
    out.push(0); // version 1.0 of the blob format
    let envelope = geometry.envelope();
    let envelope_code: u8 = if envelope.is_some() { 1 } else { 0 };
    let empty_bit: u8 = if envelope.is_some() { 0 } else { 1 << 4 };
    out.push(empty_bit | (envelope_code << 1) | 1); // little-endian header
    out.extend_from_slice(&srs_id.to_le_bytes());
    if let Some(env) = envelope {
        for v in env {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out.push(1); // WKB little-endian
    match geometry {
        Geometry::Point(p) => {
            out.extend_from_slice(&WKB_POINT.to_le_bytes());
            out.extend_from_slice(&p.lon.to_le_bytes());
            out.extend_from_slice(&p.lat.to_le_bytes());
        }
        Geometry::LineString(points) => {
            out.extend_from_slice(&WKB_LINESTRING.to_le_bytes());
            out.extend_from_slice(&(points.len() as u32).to_le_bytes());
            for p in points {
                out.extend_from_slice(&p.lon.to_le_bytes());
                out.extend_from_slice(&p.lat.to_le_bytes());
            }
        }
    }
    out
}

/// Why a blob could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum GeometryError {
    #[error("not a geometry blob (neither GeoPackage, SpatiaLite nor WKB)")]
    NotGeoPackage,
    #[error("geometry blob is cut short")]
    Truncated,
    #[error("geometry type {0} is not supported here (points and line strings only)")]
    Unsupported(u32),
    #[error("geometry is empty")]
    Empty,
    #[error("geometry has a coordinate that is not a finite number")]
    NotFinite,
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    little: bool,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], GeometryError> {
        let slice = self.bytes.get(self.pos..self.pos + N).ok_or(GeometryError::Truncated)?;
        self.pos += N;
        Ok(slice.try_into().expect("slice has length N"))
    }
    fn u32(&mut self) -> Result<u32, GeometryError> {
        let b = self.take::<4>()?;
        Ok(if self.little { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) })
    }
    fn f64(&mut self) -> Result<f64, GeometryError> {
        let b = self.take::<8>()?;
        Ok(if self.little { f64::from_le_bytes(b) } else { f64::from_be_bytes(b) })
    }
}

/// The parts of a blob header that callers need.
pub struct Header {
    pub srs_id: i32,
    pub empty: bool,
    pub envelope: Option<Envelope>,
    /// Offset of the WKB after the header.
    pub wkb_offset: usize,
}

/// Reads a blob's header, including its envelope if it has one.
pub fn header(blob: &[u8]) -> Result<Header, GeometryError> {
    if blob.len() < 8 || &blob[0..2] != b"GP" {
        return Err(GeometryError::NotGeoPackage);
    }
    let flags = blob[3];
    let mut reader = Reader { bytes: blob, pos: 4, little: flags & 1 == 1 };
    let srs_id = reader.u32()? as i32;
    let doubles = match (flags >> 1) & 0b111 {
        0 => 0,
        1 => 4,
        2 | 3 => 6,
        4 => 8,
        _ => return Err(GeometryError::NotGeoPackage),
    };
    let mut values = Vec::with_capacity(doubles);
    for _ in 0..doubles {
        values.push(reader.f64()?);
    }
    let envelope = (doubles > 0).then(|| [values[0], values[1], values[2], values[3]]);
    Ok(Header { srs_id, empty: flags & (1 << 4) != 0, envelope, wkb_offset: reader.pos })
}

/// Decodes a GeoPackageBinary point or line string (2D; z and m ordinates are skipped).
///
/// Blobs that other tools write into GeoPackages by raw SQL are read too: SpatiaLite geometry
/// blobs (what `ogrinfo -sql "UPDATE ... ST_GeomFromText(...)"` stores) and bare ISO WKB. Use
/// [`is_geopackage_blob`] to tell whether a blob should be rewritten.
pub fn decode(blob: &[u8]) -> Result<Geometry, GeometryError> {
    if blob.starts_with(b"GP") {
        let head = header(blob)?;
        if head.empty {
            return Err(GeometryError::Empty);
        }
        return decode_wkb(&blob[head.wkb_offset..]);
    }
    if let Some(body) = spatialite_body(blob) {
        return decode_body(body.0, body.1, body.2);
    }
    if matches!(blob.first(), Some(0 | 1)) && blob.len() >= 21 {
        return decode_wkb(blob);
    }
    Err(GeometryError::NotGeoPackage)
}

/// Whether a blob is a GeoPackageBinary geometry (as opposed to another tool's format).
pub fn is_geopackage_blob(blob: &[u8]) -> bool {
    blob.starts_with(b"GP")
}

/// A SpatiaLite blob: 0x00, byte order, SRID, MBR (4 doubles), 0x7C, class type, coordinates,
/// 0xFE. Returns (coordinates with the type, byte order, class type) where it is one.
fn spatialite_body(blob: &[u8]) -> Option<(&[u8], bool, u32)> {
    if blob.len() < 44 || blob[0] != 0x00 || blob[38] != 0x7C || *blob.last()? != 0xFE || blob[1] > 1 {
        return None;
    }
    let little = blob[1] == 1;
    let raw: [u8; 4] = blob[39..43].try_into().ok()?;
    let class = if little { u32::from_le_bytes(raw) } else { u32::from_be_bytes(raw) };
    Some((&blob[43..blob.len() - 1], little, class))
}

fn decode_wkb(wkb: &[u8]) -> Result<Geometry, GeometryError> {
    let order = *wkb.first().ok_or(GeometryError::Truncated)?;
    let mut reader = Reader { bytes: wkb, pos: 1, little: order == 1 };
    let raw_type = reader.u32()?;
    decode_body(&wkb[5..], order == 1, raw_type)
}

/// Coordinates of a point or line string of type `raw_type` (ISO WKB numbering; EWKB flags and
/// SpatiaLite's 1000s/2000s/3000s for z, m and zm are the same digits).
fn decode_body(body: &[u8], little: bool, raw_type: u32) -> Result<Geometry, GeometryError> {
    let mut reader = Reader { bytes: body, pos: 0, little };
    // ISO WKB: 1000s digit says z (1), m (2) or zm (3); EWKB-style high bits likewise.
    let dims_code = (raw_type % 10_000) / 1000;
    let base = raw_type % 1000;
    let extra = match dims_code {
        1 | 2 => 1,
        3 => 2,
        _ => 0,
    } + usize::from(raw_type & 0x8000_0000 != 0)
        + usize::from(raw_type & 0x4000_0000 != 0);
    let base = if raw_type & 0xC000_0000 != 0 { raw_type & 0xFF } else { base };
    if raw_type >= 1_000_000 {
        return Err(GeometryError::Unsupported(raw_type)); // SpatiaLite's compressed geometries
    }
    let point = |reader: &mut Reader| -> Result<LatLon, GeometryError> {
        let lon = reader.f64()?;
        let lat = reader.f64()?;
        for _ in 0..extra {
            reader.f64()?;
        }
        Ok(LatLon { lat, lon })
    };
    match base {
        WKB_POINT => {
            let p = point(&mut reader)?;
            if p.lat.is_nan() && p.lon.is_nan() {
                return Err(GeometryError::Empty); // the GeoPackage empty point
            }
            if !(p.lat.is_finite() && p.lon.is_finite()) {
                return Err(GeometryError::NotFinite);
            }
            Ok(Geometry::Point(p))
        }
        WKB_LINESTRING => {
            let n = reader.u32()? as usize;
            if n.saturating_mul(16) > body.len() {
                return Err(GeometryError::Truncated);
            }
            if n == 0 {
                return Err(GeometryError::Empty);
            }
            let mut points = Vec::with_capacity(n);
            for _ in 0..n {
                let p = point(&mut reader)?;
                if !(p.lat.is_finite() && p.lon.is_finite()) {
                    return Err(GeometryError::NotFinite);
                }
                points.push(p);
            }
            Ok(Geometry::LineString(points))
        }
        other => Err(GeometryError::Unsupported(other)),
    }
}

/// The envelope GDAL's triggers want: from the header, or computed from the geometry.
fn blob_envelope(blob: &[u8]) -> Option<Envelope> {
    let head = header(blob).ok()?;
    if head.empty {
        return None;
    }
    head.envelope.or_else(|| decode(blob).ok()?.envelope())
}

/// Registers `ST_IsEmpty`, `ST_MinX`, `ST_MaxX`, `ST_MinY`, `ST_MaxY` (and GDAL's
/// `GPKG_IsAssignable`), so that the R-tree triggers GDAL and QGIS add keep working when this
/// app edits the file. They are innocuous and deterministic, so they run with
/// `trusted_schema=OFF`.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("ST_IsEmpty", 1, flags, |ctx| {
        let Ok(Some(blob)) = ctx.get::<Option<Vec<u8>>>(0) else {
            return Ok(None);
        };
        Ok(Some(match header(&blob) {
            Ok(h) => h.empty || blob_envelope(&blob).is_none(),
            Err(_) => true,
        }))
    })?;
    for (name, index) in [("ST_MinX", 0usize), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)] {
        conn.create_scalar_function(name, 1, flags, move |ctx| {
            let Ok(Some(blob)) = ctx.get::<Option<Vec<u8>>>(0) else {
                return Ok(None);
            };
            Ok(blob_envelope(&blob).map(|env| env[index]))
        })?;
    }
    conn.create_scalar_function("ST_GeometryType", 1, flags, |ctx| {
        let Ok(Some(blob)) = ctx.get::<Option<Vec<u8>>>(0) else {
            return Ok(None);
        };
        Ok(match decode(&blob) {
            Ok(Geometry::Point(_)) => Some("POINT"),
            Ok(Geometry::LineString(_)) => Some("LINESTRING"),
            Err(_) => None,
        })
    })?;
    conn.create_scalar_function("GPKG_IsAssignable", 2, flags, |ctx| {
        let expected: String = ctx.get(0)?;
        let actual: String = ctx.get(1)?;
        Ok(expected.eq_ignore_ascii_case("GEOMETRY") || expected.eq_ignore_ascii_case(&actual))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_round_trips_with_its_envelope_and_lon_as_x() {
        let asnaes = LatLon::new(55.661528, 11.080892);
        let blob = encode(&Geometry::Point(asnaes), SRS_WGS84);
        assert_eq!(&blob[0..2], b"GP");
        assert_eq!(blob[2], 0, "blob version 0");
        let head = header(&blob).unwrap();
        assert_eq!(head.srs_id, 4326);
        assert_eq!(head.envelope, Some([11.080892, 11.080892, 55.661528, 55.661528]));
        assert_eq!(decode(&blob).unwrap(), Geometry::Point(asnaes));
        // ISO WKB point right after the 40-byte header: byte order, type 1, x = lon.
        assert_eq!(blob[40], 1);
        assert_eq!(u32::from_le_bytes(blob[41..45].try_into().unwrap()), 1);
        assert_eq!(f64::from_le_bytes(blob[45..53].try_into().unwrap()), 11.080892);
    }

    #[test]
    fn a_line_round_trips_and_bad_blobs_are_errors_not_panics() {
        let line = Geometry::LineString(vec![LatLon::new(55.66, 11.08), LatLon::new(55.67, 11.095)]);
        let blob = encode(&line, SRS_WGS84);
        assert_eq!(decode(&blob).unwrap(), line);
        for cut in 0..blob.len() {
            assert!(decode(&blob[..cut]).is_err(), "cut at {cut}");
        }
        assert_eq!(decode(b"XX\0\0\0\0\0\0").unwrap_err(), GeometryError::NotGeoPackage);
        // Bare ISO WKB, as some tools write by raw SQL, is read too.
        let mut wkb = vec![1u8];
        wkb.extend_from_slice(&1u32.to_le_bytes());
        wkb.extend_from_slice(&11.5f64.to_le_bytes());
        wkb.extend_from_slice(&55.25f64.to_le_bytes());
        assert_eq!(decode(&wkb), Ok(Geometry::Point(LatLon { lat: 55.25, lon: 11.5 })));
        assert!(!is_geopackage_blob(&wkb));
    }

    #[test]
    fn big_endian_points_without_envelope_decode_as_gdal_may_write_them() {
        let mut blob = b"GP\0\0".to_vec(); // flags 0: big-endian header, no envelope
        blob.extend_from_slice(&4326i32.to_be_bytes());
        blob.push(0);
        blob.extend_from_slice(&1u32.to_be_bytes());
        blob.extend_from_slice(&12.5f64.to_be_bytes());
        blob.extend_from_slice(&56.25f64.to_be_bytes());
        assert_eq!(decode(&blob).unwrap(), Geometry::Point(LatLon::new(56.25, 12.5)));
        assert_eq!(blob_envelope(&blob), Some([12.5, 12.5, 56.25, 56.25]));
    }

    #[test]
    fn registered_functions_answer_like_spatialite() {
        let conn = Connection::open_in_memory().unwrap();
        register_functions(&conn).unwrap();
        let blob = encode(&Geometry::LineString(vec![LatLon::new(1.0, 2.0), LatLon::new(3.0, 4.0)]), SRS_WGS84);
        let (empty, min_x, max_y): (bool, f64, f64) = conn
            .query_row("SELECT ST_IsEmpty(?1), ST_MinX(?1), ST_MaxY(?1)", [&blob], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!((empty, min_x, max_y), (false, 2.0, 3.0));
    }
}
