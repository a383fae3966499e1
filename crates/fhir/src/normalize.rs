//! Normalization of string search values, as FHIR string search requires: case- and
//! accent-insensitive. Both stored values and query values pass through here before a
//! blind-index tag is computed, so equal strings under FHIR's rules give equal tags.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases, strips accents (NFKD then drop combining marks) and collapses
/// whitespace and punctuation to single spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The words of a normalized value (for "starts with" on each name part).
pub fn words(normalized: &str) -> impl Iterator<Item = &str> {
    normalized.split(' ').filter(|w| !w.is_empty())
}

/// Digits only: phone numbers match whatever punctuation they were written with.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn case_accents_and_spacing() {
        assert_eq!(normalize("  Zoë  O'Brien-Núñez "), "zoe o brien nunez");
        assert_eq!(normalize("ÅSTRÖM"), "astrom");
        assert_eq!(normalize("Müller"), normalize("muller"));
        assert_eq!(
            words("zoe o brien").collect::<Vec<_>>(),
            ["zoe", "o", "brien"]
        );
        assert_eq!(digits("(555) 123-4567"), "5551234567");
    }
}
