//! What the account pages show about a session or a consent: the device and browser of a user
//! agent, the sign-in methods, and the moments things happened or end. The words are the
//! catalogs': these give the catalog keys and the values that go into them.

use time::{Duration, OffsetDateTime};

/// What a user agent says about the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    pub browser: Option<String>,
    pub os: Option<String>,
    /// The catalog key of the kind of device (`device-kind-desktop`, …).
    pub kind: Option<&'static str>,
}

/// The device of a user agent; `None` when it says nothing recognisable. woothee's rules are the
/// maintained ones Project Woothee shares across languages.
pub fn device_of(user_agent: &str) -> Option<Device> {
    let parsed = woothee::parser::Parser::new().parse(user_agent)?;
    let known = |value: &str| {
        (!value.is_empty() && value != woothee::woothee::VALUE_UNKNOWN).then(|| value.to_owned())
    };
    let browser = known(parsed.name);
    let os = known(parsed.os);
    if browser.is_none() && os.is_none() {
        return None;
    }
    let kind = match parsed.category {
        "pc" => Some("device-kind-desktop"),
        "smartphone" => Some("device-kind-phone"),
        "mobilephone" => Some("device-kind-mobile-phone"),
        "appliance" => Some("device-kind-device"),
        "crawler" => Some("device-kind-crawler"),
        _ => None,
    };
    Some(Device { browser, os, kind })
}

/// The address of a device without the port Kratos records with it ("[::1]:55842" -> "::1").
pub fn address_without_port(recorded: &str) -> String {
    if let Ok(socket) = recorded.parse::<std::net::SocketAddr>() {
        return socket.ip().to_string();
    }
    recorded.to_owned()
}

/// The catalog key of a Kratos authentication method; `None` for one vestibule does not know,
/// which is shown by its name.
pub fn method_key(method: &str) -> Option<&'static str> {
    Some(match method {
        "password" => "method-password",
        "code" => "method-code",
        "totp" => "method-totp",
        "lookup_secret" => "method-lookup-secret",
        "webauthn" => "method-webauthn",
        "passkey" => "method-passkey",
        "oidc" => "method-oidc",
        "link_recovery" | "code_recovery" => "method-recovery",
        _ => return None,
    })
}

/// A moment as the pages show it, in UTC: "2026-11-26 14:51 UTC".
pub fn format_moment(moment: OffsetDateTime) -> String {
    let moment = moment.to_offset(time::UtcOffset::UTC);
    format!(
        "{}-{:02}-{:02} {:02}:{:02} UTC",
        moment.year(),
        u8::from(moment.month()),
        moment.day(),
        moment.hour(),
        moment.minute()
    )
}

/// Reads an RFC 3339 moment from an upstream; anything else is unknown.
pub fn parse_moment(value: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).ok()
}

/// Until when a consent is remembered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remembered {
    /// Asked again every time (Hydra keeps the consent only for its tokens).
    No,
    UntilRevoked,
    Until(OffsetDateTime),
}

pub fn remembered(
    remember: bool,
    remember_for: Option<i64>,
    granted_at: Option<OffsetDateTime>,
) -> Remembered {
    match (remember, remember_for.unwrap_or(0), granted_at) {
        (false, _, _) => Remembered::No,
        (true, seconds, Some(at)) if seconds > 0 => {
            Remembered::Until(at + Duration::seconds(seconds))
        }
        (true, _, _) => Remembered::UntilRevoked,
    }
}

/// What the overview says about how an account is protected, read from the identity as Kratos's
/// admin API shows it with the WebAuthn, passkey and lookup secret credentials included.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecuritySummary {
    pub password: bool,
    pub authenticator_app: bool,
    pub security_keys: usize,
    pub passkeys: usize,
    /// Recovery codes not used yet; `None` when none were ever set up.
    pub recovery_codes_left: Option<usize>,
}

impl SecuritySummary {
    pub fn of(identity: &serde_json::Value) -> Self {
        let credentials = identity.get("credentials");
        let credential = |kind: &str| credentials.and_then(|c| c.get(kind));
        let keys = |kind: &str| -> Vec<serde_json::Value> {
            credential(kind)
                .and_then(|c| c.pointer("/config/credentials"))
                .and_then(serde_json::Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let passwordless = |key: &serde_json::Value| {
            key.get("is_passwordless")
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false)
        };
        let webauthn = keys("webauthn");
        let recovery_codes_left = credential("lookup_secret")
            .and_then(|c| c.pointer("/config/recovery_codes"))
            .and_then(serde_json::Value::as_array)
            .map(|codes| {
                codes
                    .iter()
                    .filter(|code| {
                        code.get("used_at").is_none_or(|used| {
                            used.is_null()
                                || used.as_str().is_some_and(|at| at.starts_with("0001-"))
                        })
                    })
                    .count()
            });
        SecuritySummary {
            // Kratos keeps a password credential entry only once a password was set.
            password: credential("password").is_some(),
            authenticator_app: credential("totp").is_some(),
            security_keys: webauthn.iter().filter(|key| !passwordless(key)).count(),
            passkeys: keys("passkey").len()
                + webauthn.iter().filter(|key| passwordless(key)).count(),
            recovery_codes_left,
        }
    }

    pub fn second_factor(&self) -> bool {
        self.authenticator_app || self.security_keys > 0 || self.recovery_codes_left.is_some()
    }
}

/// Whether `id` could be a Kratos session id (a UUID), before it is put into a URL.
pub fn is_session_id(id: &str) -> bool {
    id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agents_name_the_browser_the_system_and_the_kind_of_device() {
        assert_eq!(
            device_of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
            Some(Device {
                browser: Some("Firefox".to_owned()),
                os: Some("Linux".to_owned()),
                kind: Some("device-kind-desktop"),
            })
        );
        assert_eq!(device_of("reqwest/0.12"), None);
        assert_eq!(device_of(""), None);
    }

    #[test]
    fn addresses_lose_their_port() {
        assert_eq!(address_without_port("[::1]:55842"), "::1");
        assert_eq!(address_without_port("203.0.113.7:443"), "203.0.113.7");
        assert_eq!(address_without_port("203.0.113.7"), "203.0.113.7");
        assert_eq!(address_without_port("2001:db8::1"), "2001:db8::1");
    }

    #[test]
    fn methods_are_named_in_the_catalog_and_moments_read_as_dates() {
        assert_eq!(method_key("totp"), Some("method-totp"));
        assert_eq!(method_key("code_recovery"), Some("method-recovery"));
        assert_eq!(method_key("something_new"), None);
        let at = parse_moment("2026-11-26T14:05:09.123Z").unwrap();
        assert_eq!(format_moment(at), "2026-11-26 14:05 UTC");
        assert_eq!(parse_moment("yesterday"), None);
    }

    #[test]
    fn remembered_consents_end_after_their_lifetime_or_never() {
        let at = parse_moment("2026-11-26T14:00:00Z").unwrap();
        assert_eq!(remembered(false, Some(3600), Some(at)), Remembered::No);
        assert_eq!(
            remembered(true, Some(3600), Some(at)),
            Remembered::Until(parse_moment("2026-11-26T15:00:00Z").unwrap())
        );
        assert_eq!(
            remembered(true, Some(0), Some(at)),
            Remembered::UntilRevoked
        );
    }

    #[test]
    fn the_security_summary_counts_what_protects_the_account() {
        let identity = serde_json::json!({"credentials": {
            "password": {"type": "password"},
            "webauthn": {"config": {"credentials": [{"is_passwordless": false}, {"is_passwordless": true}]}},
            "passkey": {"config": {"credentials": [{}]}},
            "lookup_secret": {"config": {"recovery_codes": [
                {"code": "a", "used_at": null}, {"code": "b", "used_at": "2026-01-01T00:00:00Z"}, {"code": "c"}
            ]}}
        }});
        let summary = SecuritySummary::of(&identity);
        assert_eq!(
            summary,
            SecuritySummary {
                password: true,
                authenticator_app: false,
                security_keys: 1,
                passkeys: 2,
                recovery_codes_left: Some(2),
            }
        );
        assert!(summary.second_factor());
        let bare = SecuritySummary::of(&serde_json::json!({"credentials": {"code": {}}}));
        assert!(!bare.password && !bare.second_factor());
    }

    #[test]
    fn only_uuids_pass_as_session_ids() {
        assert!(is_session_id("5f0b7b8e-1b1a-4c47-9d7e-2b0c2b7f6a10"));
        assert!(!is_session_id("../admin/identities"));
        assert!(!is_session_id(""));
    }
}
