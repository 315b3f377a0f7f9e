//! Identifiers that travel through URLs, validated once where they enter.
//!
//! Query structs hold these types, so a malformed value is refused (400) when the query is read.

use std::fmt;

use serde::Deserialize;

/// Hydra's `login_challenge`: opaque, URL-safe, long.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct LoginChallenge(String);

/// Hydra's `consent_challenge`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct ConsentChallenge(String);

/// Hydra's `logout_challenge`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct LogoutChallenge(String);

/// A Kratos flow id (a UUID), also used for Kratos error ids.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct FlowId(String);

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{parameter}` is malformed")]
pub struct Malformed {
    pub parameter: &'static str,
}

/// Challenges are Hydra's opaque tokens: base64url with optional padding, at most a few KiB.
fn parse_challenge(raw: &str, parameter: &'static str) -> Result<String, Malformed> {
    let ok = !raw.is_empty()
        && raw.len() <= 8192
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'=' | b'.' | b'~'));
    if ok {
        Ok(raw.to_owned())
    } else {
        Err(Malformed { parameter })
    }
}

macro_rules! challenge_type {
    ($type:ident, $parameter:literal) => {
        impl $type {
            pub const PARAMETER: &'static str = $parameter;

            pub fn parse(raw: &str) -> Result<Self, Malformed> {
                parse_challenge(raw, $parameter).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $type {
            type Error = Malformed;

            fn try_from(raw: String) -> Result<Self, Malformed> {
                Self::parse(&raw)
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

challenge_type!(LoginChallenge, "login_challenge");
challenge_type!(ConsentChallenge, "consent_challenge");
challenge_type!(LogoutChallenge, "logout_challenge");

impl TryFrom<String> for FlowId {
    type Error = Malformed;

    fn try_from(raw: String) -> Result<Self, Malformed> {
        Self::parse(&raw)
    }
}

impl FlowId {
    pub fn parse(raw: &str) -> Result<Self, Malformed> {
        let bytes = raw.as_bytes();
        let ok = bytes.len() == 36
            && bytes.iter().enumerate().all(|(i, b)| match i {
                8 | 13 | 18 | 23 => *b == b'-',
                _ => b.is_ascii_hexdigit(),
            });
        if ok {
            Ok(Self(raw.to_ascii_lowercase()))
        } else {
            Err(Malformed { parameter: "flow" })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FlowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_accept_hydra_tokens_and_refuse_the_rest() {
        assert!(LoginChallenge::parse("abcDEF012-_==").is_ok());
        for bad in ["", "a b", "a<script>", "a/b", "a%20b", &"x".repeat(9000)] {
            assert_eq!(
                LoginChallenge::parse(bad),
                Err(Malformed {
                    parameter: "login_challenge"
                }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn flow_ids_are_uuids() {
        let id = FlowId::parse("0B4B1F5A-3C1E-4C47-9E57-0E0A7C3B9D11").unwrap();
        assert_eq!(id.as_str(), "0b4b1f5a-3c1e-4c47-9e57-0e0a7c3b9d11");
        for bad in [
            "",
            "not-a-uuid",
            "0b4b1f5a3c1e4c479e570e0a7c3b9d11",
            "0b4b1f5a-3c1e-4c47-9e57-0e0a7c3b9d1z",
        ] {
            assert!(FlowId::parse(bad).is_err(), "{bad}");
        }
    }
}
