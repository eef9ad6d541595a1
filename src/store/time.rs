//! Dates for people: unix milliseconds (as the store keeps them) shown in UTC.
//!
//! The store keeps plain integers so that sorting, merging and comparing need no time zone
//! rules; this turns them into `2025-03-14 09:26` (reports) or RFC 3339 (CSV), by hand, so
//! Slate needs no date library. Times are UTC everywhere, and say so. Dates are written the
//! same in every language (ISO 8601, which spreadsheets read); only durations have words.

/// The civil date (year, month, day) of a day count since 1970-01-01.
/// Howard Hinnant's `civil_from_days`, valid for every date Slate will see.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn parts(ms: i64) -> (i64, u32, u32, i64, i64, i64) {
    let secs = ms.div_euclid(1000);
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
}

/// `2025-03-14 09:26 UTC`.
pub fn minute(ms: i64) -> String {
    let (y, m, d, h, min, _) = parts(ms);
    format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02} UTC")
}

/// `2025-03-14`.
pub fn day(ms: i64) -> String {
    let (y, m, d, ..) = parts(ms);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2025-03-14T09:26:53Z` (RFC 3339), which spreadsheets read as a date.
pub fn rfc3339(ms: i64) -> String {
    let (y, m, d, h, min, s) = parts(ms);
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}Z")
}

/// A duration for people, in their language: `45 s`, `12 min`, `2 h 05 min`.
pub fn duration(ms: u64) -> String {
    let secs = ms / 1000;
    match secs {
        0..60 => crate::tr!("store-duration-seconds", seconds = secs),
        60..3600 => crate::tr!("store-duration-minutes", minutes = secs / 60),
        _ => crate::tr!(
            "store-duration-hours",
            hours = secs / 3600,
            minutes = format!("{:02}", secs % 3600 / 60)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(minute(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(rfc3339(1_741_944_413_999), "2025-03-14T09:26:53Z");
        assert_eq!(day(1_741_944_413_000), "2025-03-14");
        assert_eq!(rfc3339(-1000), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(999), "0 s");
        assert_eq!(duration(45_000), "45 s");
        assert_eq!(duration(12 * 60_000 + 5), "12 min");
        assert_eq!(duration(2 * 3_600_000 + 5 * 60_000), "2 h 05 min");
    }
}
