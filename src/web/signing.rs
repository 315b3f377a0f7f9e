//! Short HMAC signatures keyed by `COOKIE_SECRET`, for values vestibule hands to the browser and
//! must recognise as its own later (re-authentication markers, CSRF tokens).

use std::time::Duration;

use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use time::OffsetDateTime;

type HmacSha256 = Hmac<Sha256>;

#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

impl Signer {
    /// `purpose` separates keys, so a signature made for one use is worthless for another.
    pub fn new(secret: &str, purpose: &str) -> Self {
        let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
        mac.update(b"vestibule key derivation\0");
        mac.update(purpose.as_bytes());
        Self {
            key: mac.finalize().into_bytes().to_vec(),
        }
    }

    /// Signs the parts (length-prefixed, so `("ab","c")` and `("a","bc")` differ).
    pub fn sign(&self, parts: &[&str]) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(self.mac(parts).finalize().into_bytes())
    }

    /// Checks a signature in constant time.
    pub fn verify(&self, parts: &[&str], signature: &str) -> bool {
        match base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(signature) {
            Ok(bytes) => self.mac(parts).verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }

    /// Signs `parts` for one browser (`binding`, its CSRF cookie value) at `issued_at`:
    /// `<unix seconds>.<signature>`.
    pub fn sign_bound(&self, parts: &[&str], binding: &str, issued_at: OffsetDateTime) -> String {
        let at = issued_at.unix_timestamp().to_string();
        let signature = self.sign(&bound_parts(parts, binding, &at));
        format!("{at}.{signature}")
    }

    /// When a [`Signer::sign_bound`] token was issued, if it is genuine for these parts and this
    /// browser and no older than `max_age` at `now`.
    pub fn verify_bound(
        &self,
        token: &str,
        parts: &[&str],
        binding: &str,
        max_age: Duration,
        now: OffsetDateTime,
    ) -> Option<OffsetDateTime> {
        let (at, signature) = token.split_once('.')?;
        if !self.verify(&bound_parts(parts, binding, at), signature) {
            return None;
        }
        let issued_at = OffsetDateTime::from_unix_timestamp(at.parse().ok()?).ok()?;
        // A little clock skew between replicas is tolerated; a token from the future is not.
        let skew = time::Duration::seconds(5);
        let age = now - issued_at;
        (age >= -skew && age <= max_age).then_some(issued_at)
    }

    fn mac(&self, parts: &[&str]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("HMAC takes any key");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }
}

fn bound_parts<'a>(parts: &[&'a str], binding: &'a str, at: &'a str) -> Vec<&'a str> {
    let mut all = parts.to_vec();
    all.push(binding);
    all.push(at);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn signatures_verify_only_for_the_same_parts_purpose_and_secret() {
        let signer = Signer::new(SECRET, "reauth");
        let signature = signer.sign(&["challenge", "1700000000"]);
        assert!(signer.verify(&["challenge", "1700000000"], &signature));
        assert!(!signer.verify(&["challenge", "1700000001"], &signature));
        assert!(!signer.verify(&["challengE", "1700000000"], &signature));
        assert!(!signer.verify(&["challenge1", "700000000"], &signature));
        assert!(!Signer::new(SECRET, "csrf").verify(&["challenge", "1700000000"], &signature));
        assert!(
            !Signer::new("another secret of at least 32 chars", "reauth")
                .verify(&["challenge", "1700000000"], &signature)
        );
        assert!(!signer.verify(&["challenge", "1700000000"], "not base64!"));
        assert!(!signer.verify(&["challenge", "1700000000"], ""));
    }

    #[test]
    fn bound_tokens_hold_only_for_their_browser_and_lifetime() {
        let signer = Signer::new(SECRET, "marker");
        let issued = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let token = signer.sign_bound(&["challenge"], "browser-a", issued);
        let ten_minutes = Duration::from_secs(600);
        let check = |token: &str, parts: &[&str], binding: &str, now: OffsetDateTime| {
            signer.verify_bound(token, parts, binding, ten_minutes, now)
        };
        let soon = issued + time::Duration::seconds(60);
        assert_eq!(
            check(&token, &["challenge"], "browser-a", soon),
            Some(issued)
        );
        assert_eq!(check(&token, &["challenge"], "browser-b", soon), None);
        assert_eq!(check(&token, &["challengE"], "browser-a", soon), None);
        let late = issued + time::Duration::seconds(601);
        assert_eq!(check(&token, &["challenge"], "browser-a", late), None);
        let before = issued - time::Duration::seconds(60);
        assert_eq!(check(&token, &["challenge"], "browser-a", before), None);
        let (_, signature) = token.split_once('.').unwrap();
        let moved = format!("{}.{signature}", 1_700_000_300);
        assert_eq!(check(&moved, &["challenge"], "browser-a", soon), None);
        assert_eq!(check("garbage", &["challenge"], "browser-a", soon), None);
    }
}
