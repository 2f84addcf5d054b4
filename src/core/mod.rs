//! The domain core: everything that is true of a project, independent of how it is shown.

pub mod catalogue;
pub mod countries;
pub mod crs;
pub mod csv_import;
pub mod error;
pub mod evaluation;
pub mod export;
pub mod file_checks;
pub mod generate;
pub mod gpkg;
pub mod guard;
pub mod history;
pub mod indicators;
pub mod info;
pub mod lang;
pub mod matching;
pub mod mercator;
pub mod model;
pub mod numbers;
pub mod optimise;
pub mod output;
pub mod params;
pub mod programme;
pub mod qgis;
pub mod reference;
pub mod scenarios;
pub mod session;
pub mod store;
pub mod style;
pub mod sync;
pub mod validate;
pub mod workbench;

pub use error::{OpenError, StoreError};
pub use model::*;
pub use store::{OpenMode, ProjectFile};
