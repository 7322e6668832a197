//! Golden files for tests: the text a change produces, kept in the
//! repository so a review sees exactly what changed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.

/// Compares `actual` with the file at `path` (from the repository root);
/// `UPDATE_GOLDEN=1` writes it instead.
pub(crate) fn assert_golden_at(path: &str, actual: &str) {
    let file = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        if let Some(folder) = std::path::Path::new(&file).parent() {
            std::fs::create_dir_all(folder).unwrap();
        }
        std::fs::write(&file, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        expected == actual,
        "{path} differs from its golden file; run with UPDATE_GOLDEN=1 to see the change in git.\n{actual}"
    );
}
