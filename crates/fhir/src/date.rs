//! FHIR dates as ranges: every `date`, `dateTime` and `instant` denotes an interval
//! `[lo, hi)` of milliseconds since the Unix epoch, at the precision it was written
//! with (`2020` is the whole year). Values without a time zone are taken as UTC.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// A half-open interval of epoch milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub lo: i64,
    pub hi: i64,
}

/// Precision of a date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
    Time,
}

pub const MIN: i64 = i64::MIN / 2;
pub const MAX: i64 = i64::MAX / 2;

fn ms(dt: NaiveDateTime) -> i64 {
    Utc.from_utc_datetime(&dt).timestamp_millis()
}

/// Parses a FHIR date, dateTime or instant. Returns `None` for anything else.
pub fn parse(s: &str) -> Option<(DateRange, Precision)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|x| x.iter().all(u8::is_ascii_digit))
            .map(|_| &s[r])
    };
    let year: i32 = digits(0..4)?.parse().ok()?;
    if b.len() == 4 {
        let lo = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let hi = NaiveDate::from_ymd_opt(year + 1, 1, 1)?;
        return Some((
            DateRange {
                lo: ms(lo.into()),
                hi: ms(hi.into()),
            },
            Precision::Year,
        ));
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let month: u32 = digits(5..7)?.parse().ok()?;
    if b.len() == 7 {
        let lo = NaiveDate::from_ymd_opt(year, month, 1)?;
        let hi = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        return Some((
            DateRange {
                lo: ms(lo.into()),
                hi: ms(hi.into()),
            },
            Precision::Month,
        ));
    }
    if b.get(7) != Some(&b'-') {
        return None;
    }
    let day: u32 = digits(8..10)?.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    if b.len() == 10 {
        let lo = ms(date.into());
        return Some((
            DateRange {
                lo,
                hi: lo + 86_400_000,
            },
            Precision::Day,
        ));
    }
    if b.get(10) != Some(&b'T') {
        return None;
    }
    // Time: hh:mm[:ss[.fff]] then Z or ±hh:mm (optional: then UTC).
    let rest = &s[11..];
    let (time, tz) = match rest.find(['Z', '+', '-']) {
        Some(i) => (&rest[..i], Some(&rest[i..])),
        None => (rest, None),
    };
    let (fmt, step_ms) = match time.len() {
        5 => ("%H:%M", 60_000),
        8 => ("%H:%M:%S", 1_000),
        n if n > 9 && time.as_bytes()[8] == b'.' => (
            "%H:%M:%S%.f",
            10i64.pow(3u32.saturating_sub((n - 9) as u32).min(3)),
        ),
        _ => return None,
    };
    let t = chrono::NaiveTime::parse_from_str(time, fmt).ok()?;
    let naive = date.and_time(t);
    let offset_s = match tz {
        None | Some("Z") => 0,
        Some(z) => {
            let zb = z.as_bytes();
            if zb.len() != 6 || zb[3] != b':' {
                return None;
            }
            let h: i64 = z[1..3].parse().ok()?;
            let m: i64 = z[4..6].parse().ok()?;
            if h > 14 || m > 59 {
                return None;
            }
            let sign = if zb[0] == b'-' { -1 } else { 1 };
            sign * (h * 3600 + m * 60)
        }
    };
    let lo = ms(naive) - offset_s * 1000;
    Some((
        DateRange {
            lo,
            hi: lo + step_ms.max(1),
        },
        Precision::Time,
    ))
}

/// The range of a Period (`start`/`end` each optional: an open end is unbounded).
pub fn period(start: Option<&str>, end: Option<&str>) -> Option<DateRange> {
    let lo = match start {
        Some(s) => parse(s)?.0.lo,
        None => MIN,
    };
    let hi = match end {
        Some(e) => parse(e)?.0.hi,
        None => MAX,
    };
    (start.is_some() || end.is_some()).then_some(DateRange { lo, hi: hi.max(lo) })
}

/// Formats epoch milliseconds as a FHIR instant.
pub fn instant(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// Formats epoch milliseconds as an HTTP date (RFC 7231), for Last-Modified.
pub fn http_date(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
}

/// Now, in epoch milliseconds.
pub fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// The year of an epoch-milliseconds instant (for reports).
pub fn year_of(ms: i64) -> i32 {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|d| d.year())
        .unwrap_or(0)
}

/// `ap` (approximately): the search range widened by 10% of its distance from now, at
/// least one day, as the FHIR specification suggests.
pub fn approximate(r: DateRange, now: i64) -> DateRange {
    let gap = ((now - r.lo).abs() / 10).max(Duration::days(1).num_milliseconds());
    DateRange {
        lo: r.lo.saturating_sub(gap),
        hi: r.hi.saturating_add(gap),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precisions() {
        let (y, p) = parse("2020").unwrap();
        assert_eq!(p, Precision::Year);
        assert_eq!(instant(y.lo), "2020-01-01T00:00:00.000Z");
        assert_eq!(instant(y.hi), "2021-01-01T00:00:00.000Z");
        let (m, _) = parse("2020-12").unwrap();
        assert_eq!(instant(m.hi), "2021-01-01T00:00:00.000Z");
        let (d, _) = parse("2020-02-29").unwrap();
        assert_eq!(d.hi - d.lo, 86_400_000);
        let (t, _) = parse("2020-02-29T10:00:00+02:00").unwrap();
        assert_eq!(instant(t.lo), "2020-02-29T08:00:00.000Z");
        let (f, _) = parse("2020-02-29T10:00:00.123Z").unwrap();
        assert_eq!(f.hi - f.lo, 1);
        assert!(parse("2020-02-30").is_none());
        assert!(parse("2020-13").is_none());
        assert!(parse("20").is_none());
        assert!(parse("2020-01-01T25:00:00Z").is_none());
        assert!(parse("abcd").is_none());
        assert!(parse("2020-01-01T10:00:00+2").is_none());
    }
}
