//! Symbiosis Explorer: industrial symbiosis projects in one GeoPackage file.
//!
//! Two layers live in this crate:
//! - [`core`]: the domain (model, project file, CSV import, reference lists). It never
//!   imports a UI crate and is tested on its own.
//! - [`cli`]: the command line, a thin client of the core.

pub mod basemap;
pub mod cards;
pub mod cli;
pub mod cli_team;
pub mod core;
pub mod i18n;
pub mod map_image;
pub mod mbtiles;
pub mod report;
pub mod ui;
