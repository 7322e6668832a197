//! Reading a stored document: its version header first, so data from a
//! newer version of the app is refused by name rather than reported as
//! unreadable, then the document itself, a failure being damaged data.

use super::error::StoreError;
use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize)]
struct Header {
    schema_version: u32,
}

/// The format of the document `raw`, kept under `key`: any newer than
/// `newest` is refused.
pub(super) fn format(key: &str, raw: &str, newest: u32) -> Result<u32, StoreError> {
    let header: Header = parse(key, raw)?;
    if header.schema_version > newest {
        return Err(StoreError::TooNew {
            key: key.to_owned(),
            version: header.schema_version,
        });
    }
    Ok(header.schema_version)
}

/// The document `raw`, kept under `key`.
pub(super) fn parse<T: DeserializeOwned>(key: &str, raw: &str) -> Result<T, StoreError> {
    serde_json::from_str(raw).map_err(|error| damaged(key, raw, error.to_string()))
}

/// `raw`, under `key`, cannot be used, and why.
pub(super) fn damaged(key: &str, raw: &str, reason: String) -> StoreError {
    StoreError::Corrupt {
        key: key.to_owned(),
        raw: raw.to_owned(),
        reason,
    }
}
