//! Passwords per NIST SP 800-63B (5.1.1): at least 15 characters when the password is the
//! only factor and 8 when a second factor is required, up to 128; any Unicode, normalized
//! (NFKC) before hashing; no composition rules; refused if it is a common or breached
//! password (the list shipped in `data/common-passwords.txt`), or the user name or the
//! service name. Stored as an argon2id PHC string (OWASP's parameters: m = 19 MiB, t = 2,
//! p = 1).

use crate::AccessError;
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// The longest password accepted (NIST: at least 64).
pub const MAX_LEN: usize = 128;
/// Shortest password when it is the only authenticator.
pub const MIN_LEN_SINGLE_FACTOR: usize = 15;
/// Shortest password when a second factor is required.
pub const MIN_LEN_WITH_MFA: usize = 8;

static BLOCKLIST: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn blocklist() -> &'static HashSet<&'static str> {
    BLOCKLIST.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Number of entries in the shipped blocklist.
pub fn blocklist_len() -> usize {
    blocklist().len()
}

fn normalize(pw: &str) -> Zeroizing<String> {
    Zeroizing::new(pw.nfkc().collect())
}

/// Checks a new password against the policy. `mfa` says whether the account must also
/// present a second factor. The error says what to change, never echoes the password.
pub fn check_policy(pw: &str, username: &str, mfa: bool) -> Result<(), AccessError> {
    let pw = normalize(pw);
    let n = pw.chars().count();
    let min = if mfa {
        MIN_LEN_WITH_MFA
    } else {
        MIN_LEN_SINGLE_FACTOR
    };
    if n < min {
        return Err(AccessError::WeakPassword(format!(
            "the password must have at least {min} characters{}",
            if mfa {
                ""
            } else {
                " (this account has no second factor)"
            }
        )));
    }
    if n > MAX_LEN {
        return Err(AccessError::WeakPassword(format!(
            "the password must have at most {MAX_LEN} characters"
        )));
    }
    if pw.chars().any(char::is_control) {
        return Err(AccessError::WeakPassword(
            "the password must not contain control characters".into(),
        ));
    }
    let lower = Zeroizing::new(pw.to_lowercase());
    if blocklist().contains(lower.as_str()) {
        return Err(AccessError::WeakPassword(
            "this password is on the list of common or breached passwords; choose another".into(),
        ));
    }
    // The user name or the service name dressed up with digits and punctuation.
    let letters: Zeroizing<String> =
        Zeroizing::new(lower.chars().filter(|c| c.is_alphabetic()).collect());
    let user: String = username
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if letters.as_str() == "ward" || (!user.is_empty() && letters.as_str() == user) {
        return Err(AccessError::WeakPassword(
            "the password must not be or contain the user name or the service name".into(),
        ));
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password (after NFKC normalization) into an argon2id PHC string.
pub fn hash(pw: &str) -> Result<String, AccessError> {
    let pw = normalize(pw);
    let mut salt = [0u8; 16];
    aws_lc_rs::rand::fill(&mut salt).map_err(|_| AccessError::Crypto("random".into()))?;
    hasher()
        .hash_password_with_salt(pw.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AccessError::Crypto(format!("argon2: {e}")))
}

/// Verifies a password against a stored PHC string, in time independent of where they
/// differ.
pub fn verify(pw: &str, phc: &str) -> bool {
    let pw = normalize(pw);
    hasher().verify_password(pw.as_bytes(), phc).is_ok()
}

/// A PHC string to verify against when the user does not exist, so that an unknown user
/// name takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash("ward-dummy-password-for-timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_follow_nist() {
        assert!(check_policy("correct horse", "alice", true).is_ok());
        assert!(check_policy("short12", "alice", true).is_err());
        assert!(check_policy("correct horse", "alice", false).is_err());
        assert!(check_policy("correct horse battery", "alice", false).is_ok());
        assert!(check_policy(&"x".repeat(64).replace('x', "ab"), "alice", true).is_ok());
        assert!(check_policy(&"ab".repeat(70), "alice", true).is_err());
    }

    #[test]
    fn blocklist_and_context_words() {
        assert!(blocklist_len() > 40_000);
        for pw in [
            "password1",
            "PASSWORD1",
            "iloveyou",
            "qwertyuiop",
            "1qaz2wsx",
        ] {
            let e = check_policy(pw, "alice", true).unwrap_err().to_string();
            assert!(e.contains("common or breached"), "{pw}: {e}");
        }
        assert!(check_policy("alice-1234", "alice", true).is_err());
        assert!(check_policy("Ward-2024!", "alice", true).is_err());
        assert!(check_policy("forward motion", "alice", true).is_ok());
        // No composition rules: all lower-case letters and spaces are fine.
        assert!(check_policy("purple elephants dance", "alice", false).is_ok());
    }

    #[test]
    fn hash_and_verify() {
        let h = hash("Zoë's long passphrase").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("Zoë's long passphrase", &h));
        // NFKC: the decomposed form is the same password.
        assert!(verify("Zoe\u{308}'s long passphrase", &h));
        assert!(!verify("Zoë's long passphrasE", &h));
        assert!(!verify("anything", "not a phc string"));
        assert!(!verify("anything", dummy_hash()));
    }
}
