//! Short HMAC signatures keyed by `COOKIE_SECRET`, for values vestibule hands to the browser and
//! must recognise as its own later (re-authentication markers, CSRF tokens).

use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

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

    fn mac(&self, parts: &[&str]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("HMAC takes any key");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }
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
}
