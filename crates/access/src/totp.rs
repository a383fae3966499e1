//! TOTP (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, the algorithm every
//! authenticator app implements) through the `totp-rs` crate, with the two things a
//! verifier must add: a window of one step either side for clock drift, and replay
//! protection (a code whose time step is not later than the last accepted one is refused).
//! Recovery codes are ten random single-use codes, stored as SHA-256 hashes.

use crate::AccessError;
use totp_rs::{Algorithm, Builder, Totp};
use zeroize::Zeroizing;

const DIGITS: usize = 6;
const STEP: u64 = 30;
/// RFC 4226 recommends 160-bit secrets.
const SECRET_LEN: usize = 20;

/// A TOTP shared secret; zeroized on drop, never printed.
pub struct TotpSecret(Zeroizing<Vec<u8>>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

impl TotpSecret {
    pub fn generate() -> Result<Self, AccessError> {
        let mut b = Zeroizing::new(vec![0u8; SECRET_LEN]);
        aws_lc_rs::rand::fill(&mut b).map_err(|_| AccessError::Crypto("random".into()))?;
        Ok(Self(b))
    }
    pub fn from_bytes(b: Vec<u8>) -> Self {
        Self(Zeroizing::new(b))
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret of an `otpauth://totp/…` URI (as `ward user add` prints it).
    pub fn from_otpauth_uri(uri: &str) -> Result<Self, AccessError> {
        let t =
            Totp::from_url(uri).map_err(|e| AccessError::Invalid(format!("otpauth URI: {e}")))?;
        Ok(Self(Zeroizing::new(t.secret().as_bytes().to_vec())))
    }

    fn totp(&self, account: &str) -> Result<Totp, AccessError> {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(DIGITS as u8)
            .with_skew(1)
            .with_step_duration(STEP)
            .with_secret(self.0.to_vec())
            .with_account_name(account.replace(':', "_"))
            .with_issuer(Some("Ward"))
            .build()
            .map_err(|e| AccessError::Crypto(format!("totp: {e}")))
    }

    /// The `otpauth://` URI an authenticator app enrols from (as text or a QR code).
    pub fn otpauth_uri(&self, account: &str) -> Result<Zeroizing<String>, AccessError> {
        self.totp(account)?
            .to_url()
            .map(Zeroizing::new)
            .map_err(|e| AccessError::Crypto(format!("totp: {e}")))
    }

    /// The code for time `unix` (for tests and for `ward user totp --now`).
    pub fn code_at(&self, unix: u64) -> Result<Zeroizing<String>, AccessError> {
        Ok(Zeroizing::new(self.totp("x")?.generate(unix).to_string()))
    }

    /// Checks `code` at time `unix`. Accepts the current step and one either side, but
    /// only a step later than `last_step` (replay protection). Returns the accepted step,
    /// which the caller must store as the new `last_step` before answering.
    pub fn verify(&self, code: &str, unix: u64, last_step: Option<u64>) -> Option<u64> {
        let code = code.trim();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let t = self.totp("x").ok()?;
        let now = unix / STEP;
        let mut accepted = None;
        // Every candidate is computed and compared, so timing does not say which matched.
        for step in [now.saturating_sub(1), now, now + 1] {
            let expected = Zeroizing::new(t.generate(step * STEP).to_string());
            let same = aws_lc_rs::constant_time::verify_slices_are_equal(
                expected.as_bytes(),
                code.as_bytes(),
            )
            .is_ok();
            if same && last_step.is_none_or(|l| step > l) {
                accepted = Some(step);
            }
        }
        accepted
    }
}

/// Ten fresh recovery codes (`xxxxx-xxxxx`, 50 bits each) and their SHA-256 hashes.
pub fn recovery_codes() -> Result<(Vec<Zeroizing<String>>, Vec<String>), AccessError> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut codes = Vec::new();
    let mut hashes = Vec::new();
    for _ in 0..10 {
        let mut b = Zeroizing::new([0u8; 10]);
        aws_lc_rs::rand::fill(b.as_mut()).map_err(|_| AccessError::Crypto("random".into()))?;
        let mut s = Zeroizing::new(String::with_capacity(11));
        for (i, x) in b.iter().enumerate() {
            if i == 5 {
                s.push('-');
            }
            s.push(ALPHABET[(*x as usize) % ALPHABET.len()] as char);
        }
        hashes.push(recovery_hash(&s));
        codes.push(s);
    }
    Ok((codes, hashes))
}

/// The stored form of a recovery code (case and dashes do not matter).
pub fn recovery_hash(code: &str) -> String {
    let norm: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, norm.as_bytes());
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vector() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s → 94287082
        // (8 digits); the 6-digit code is its last six digits.
        let s = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(s.code_at(59).unwrap().as_str(), "287082");
        assert_eq!(s.code_at(1111111109).unwrap().as_str(), "081804");
    }

    #[test]
    fn window_and_replay() {
        let s = TotpSecret::generate().unwrap();
        let now = 1_800_000_000u64;
        let code = s.code_at(now).unwrap();
        let step = s.verify(&code, now, None).unwrap();
        assert_eq!(step, now / 30);
        // The same code again: replayed.
        assert_eq!(s.verify(&code, now, Some(step)), None);
        // Previous step's code, within the window, but not after the last accepted.
        let prev = s.code_at(now - 30).unwrap();
        assert_eq!(s.verify(&prev, now, Some(step)), None);
        assert!(s.verify(&prev, now, None).is_some());
        // Expired: two steps old.
        let old = s.code_at(now - 90).unwrap();
        assert_eq!(s.verify(&old, now, None), None);
        assert_eq!(s.verify("12345", now, None), None);
        assert_eq!(s.verify("abcdef", now, None), None);
    }

    #[test]
    fn uri_and_recovery() {
        let s = TotpSecret::generate().unwrap();
        let uri = s.otpauth_uri("alice").unwrap();
        let back = TotpSecret::from_otpauth_uri(&uri).unwrap();
        assert_eq!(back.as_bytes(), s.as_bytes());
        assert!(
            uri.starts_with("otpauth://totp/Ward:alice?secret="),
            "{}",
            uri.as_str()
        );
        assert!(uri.contains("issuer=Ward"));
        let (codes, hashes) = recovery_codes().unwrap();
        assert_eq!(codes.len(), 10);
        assert_eq!(recovery_hash(&codes[3].to_uppercase()), hashes[3]);
        assert_eq!(recovery_hash(&codes[3].replace('-', "")), hashes[3]);
        assert_ne!(hashes[0], hashes[1]);
        assert_eq!(format!("{s:?}"), "TotpSecret(…)");
    }
}
