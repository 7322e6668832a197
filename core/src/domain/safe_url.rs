//! The one gate for addresses the app puts in a link: only `https:` and
//! `mailto:`, so no address built from people's text can run script
//! (`javascript:`), load data (`data:`) or reach anything but a web page or
//! a mail program.

/// `url`, if it is safe to put in a link.
pub fn safe_href(url: &str) -> Option<&str> {
    let allowed = ["https://", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme));
    let plain = !url.chars().any(|c| c.is_control() || c.is_whitespace());
    (allowed && plain).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::safe_href;

    #[test]
    fn only_https_and_mailto_addresses_make_links() {
        for good in [
            "https://github.com/alphagov/govuk-frontend/issues/1",
            "mailto:team@example.gov.uk?subject=Incident%20P2",
        ] {
            assert_eq!(safe_href(good), Some(good));
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://example.com",
            "//evil.example",
            "https://example.com/a b",
            "https://example.com/\nx",
            " https://example.com",
            "vbscript:x",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }
}
