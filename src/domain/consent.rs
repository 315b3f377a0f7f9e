//! Decisions of the consent step, free of HTTP: when consent is granted without asking, which
//! scopes a submitted form may grant, and how scopes are explained to people.

use crate::i18n::Translator;
use ory_hydra_client::models::OAuth2ConsentRequest;

/// Why consent is granted without showing a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoConsent {
    /// Hydra remembers an earlier decision for this client and these scopes.
    Remembered,
    /// The client is registered with `skip_consent`.
    ClientSkipsConsent,
    /// The operator lists the client in `TRUSTED_CLIENT_IDS`.
    TrustedClient,
}

impl AutoConsent {
    /// Whether Hydra should remember this decision, so later `prompt=none` requests succeed.
    pub fn remember(self) -> bool {
        !matches!(self, AutoConsent::Remembered)
    }
}

/// What the person pressed on the consent page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentDecision {
    Allow,
    Deny,
}

impl ConsentDecision {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "allow" => Some(Self::Allow),
            "deny" => Some(Self::Deny),
            _ => None,
        }
    }
}

pub fn auto_consent(
    request: &OAuth2ConsentRequest,
    trusted_client_ids: &[String],
) -> Option<AutoConsent> {
    if request.skip == Some(true) {
        return Some(AutoConsent::Remembered);
    }
    let client = request.client.as_deref()?;
    if client.skip_consent == Some(true) {
        return Some(AutoConsent::ClientSkipsConsent);
    }
    let id = client.client_id.as_deref()?;
    trusted_client_ids
        .iter()
        .any(|trusted| trusted == id)
        .then_some(AutoConsent::TrustedClient)
}

pub fn requested_scopes(request: &OAuth2ConsentRequest) -> Vec<String> {
    request.requested_scope.clone().unwrap_or_default()
}

/// Scopes that were both requested and submitted; `openid` cannot be declined (it is what makes
/// the request an OpenID Connect sign-in at all), so it is granted whenever it was requested.
pub fn granted_scopes(requested: &[String], submitted: &[String]) -> Vec<String> {
    requested
        .iter()
        .filter(|scope| *scope == "openid" || submitted.contains(scope))
        .cloned()
        .collect()
}

/// A scope as the consent page explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeView {
    pub name: String,
    pub title: String,
    pub description: String,
    pub required: bool,
}

/// A scope in words, in `t`'s language (`scope-<name>-title` and `-description` of the
/// catalog); a scope vestibule does not know is shown by its name.
pub fn describe(scope: &str, t: &Translator) -> ScopeView {
    let key = match scope {
        "openid" => Some("openid"),
        "offline_access" | "offline" => Some("offline"),
        "email" => Some("email"),
        "profile" => Some("profile"),
        "phone" => Some("phone"),
        "address" => Some("address"),
        _ => None,
    };
    let (title, description) = match key {
        Some(key) => (
            t.t(&format!("scope-{key}-title")),
            t.t(&format!("scope-{key}-description")),
        ),
        None => (scope.to_owned(), String::new()),
    };
    ScopeView {
        name: scope.to_owned(),
        title,
        description,
        required: scope == "openid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(skip: bool, client: serde_json::Value) -> OAuth2ConsentRequest {
        serde_json::from_value(json!({
            "challenge": "k",
            "skip": skip,
            "client": client,
            "requested_scope": ["openid", "email"],
        }))
        .unwrap()
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn consent_is_skipped_for_remembered_skip_consent_and_trusted_clients_only() {
        let trusted = strings(&["trusted-app"]);
        assert_eq!(
            auto_consent(&request(true, json!({"client_id": "a"})), &trusted),
            Some(AutoConsent::Remembered)
        );
        assert_eq!(
            auto_consent(
                &request(false, json!({"client_id": "a", "skip_consent": true})),
                &trusted
            ),
            Some(AutoConsent::ClientSkipsConsent)
        );
        assert_eq!(
            auto_consent(
                &request(false, json!({"client_id": "trusted-app"})),
                &trusted
            ),
            Some(AutoConsent::TrustedClient)
        );
        assert_eq!(
            auto_consent(&request(false, json!({"client_id": "other"})), &trusted),
            None
        );
        assert!(!AutoConsent::Remembered.remember());
        assert!(AutoConsent::TrustedClient.remember());
    }

    #[test]
    fn only_scopes_both_requested_and_submitted_are_granted() {
        let requested = strings(&["openid", "email", "profile"]);
        assert_eq!(
            granted_scopes(&requested, &strings(&["email", "admin"])),
            strings(&["openid", "email"])
        );
        assert_eq!(granted_scopes(&requested, &[]), strings(&["openid"]));
        assert_eq!(
            granted_scopes(&strings(&["email"]), &strings(&["openid", "email"])),
            strings(&["email"])
        );
    }

    #[test]
    fn scopes_are_explained_and_unknown_ones_shown_as_they_are() {
        assert_eq!(
            describe("email", &Translator::default()).title,
            "Your email address"
        );
        assert!(describe("openid", &Translator::default()).required);
        let unknown = describe("read:invoices", &Translator::default());
        assert_eq!(unknown.title, "read:invoices");
        assert_eq!(unknown.description, "");
        assert!(!unknown.required);
    }

    #[test]
    fn a_real_consent_request_parses() {
        let path = format!(
            "{}/tests/fixtures/hydra/consent_request.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let request: OAuth2ConsentRequest =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(
            requested_scopes(&request),
            strings(&["openid", "email", "profile"])
        );
        assert_eq!(auto_consent(&request, &[]), None);
        assert!(request.subject.is_some());
    }
}
