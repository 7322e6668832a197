//! How full this site's storage is, against the browser's quota, so the
//! person hears well before a save fails: at 60 % and again at 80 %.

/// Chromium allows each site 5,242,880 characters (keys and values) of
/// `localStorage`; Firefox and Safari allow about the same.
pub const QUOTA_CHARS: usize = 5_242_880;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// Characters stored, keys included, as the browser counts them (UTF-16).
    pub used: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageLevel {
    Fine,
    /// 60 % or more: time to export and tidy up.
    Filling,
    /// 80 % or more: saves may soon fail.
    NearlyFull,
}

impl Usage {
    /// Whole percent of the quota, rounded down.
    pub fn percent(&self) -> usize {
        self.used.saturating_mul(100) / QUOTA_CHARS
    }

    pub fn level(&self) -> UsageLevel {
        match self.percent() {
            80.. => UsageLevel::NearlyFull,
            60.. => UsageLevel::Filling,
            _ => UsageLevel::Fine,
        }
    }

    /// “1.3 million of about 5.2 million characters (25%)”.
    pub fn describe(&self) -> String {
        format!(
            "{} of about {} characters ({}%)",
            amount(self.used),
            amount(QUOTA_CHARS),
            self.percent()
        )
    }
}

/// “830”, “12 thousand”, “1.3 million”.
fn amount(n: usize) -> String {
    match n {
        0..=9_999 => n.to_string(),
        10_000..=999_999 => format!("{} thousand", n / 1_000),
        _ => {
            let tenths = n / 100_000;
            format!("{}.{} million", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_start_at_60_and_80_percent() {
        let at = |percent: usize| Usage {
            used: QUOTA_CHARS * percent / 100,
        };
        assert_eq!(at(59).level(), UsageLevel::Fine);
        assert_eq!(at(60).level(), UsageLevel::Filling);
        assert_eq!(at(79).level(), UsageLevel::Filling);
        assert_eq!(at(80).level(), UsageLevel::NearlyFull);
        assert_eq!(at(100).level(), UsageLevel::NearlyFull);
    }

    #[test]
    fn usage_reads_as_words() {
        assert_eq!(
            Usage { used: 1_310_720 }.describe(),
            "1.3 million of about 5.2 million characters (25%)"
        );
        assert_eq!(
            Usage { used: 830 }.describe(),
            "830 of about 5.2 million characters (0%)"
        );
        assert_eq!(
            Usage { used: 52_000 }.describe(),
            "52 thousand of about 5.2 million characters (0%)"
        );
    }
}
