//! Decisions of the consent step, free of HTTP and of the Ory clients' types: when consent is
//! granted without asking, which scopes a submitted form may grant, and which scopes vestibule
//! can explain (the words are the catalogs' `scope-<key>-title` and `-description`).

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

/// What the decisions read of Hydra's consent request.
#[derive(Clone, Copy, Debug, Default)]
pub struct ConsentRequest<'a> {
    /// Hydra remembers a decision for this client and these scopes.
    pub skip: bool,
    pub client_id: Option<&'a str>,
    /// The client is registered with `skip_consent`.
    pub client_skips_consent: bool,
}

pub fn auto_consent(
    request: &ConsentRequest,
    trusted_client_ids: &[String],
) -> Option<AutoConsent> {
    if request.skip {
        return Some(AutoConsent::Remembered);
    }
    if request.client_skips_consent {
        return Some(AutoConsent::ClientSkipsConsent);
    }
    let id = request.client_id?;
    trusted_client_ids
        .iter()
        .any(|trusted| trusted == id)
        .then_some(AutoConsent::TrustedClient)
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

/// A scope as the consent and apps pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeView {
    pub name: String,
    /// The catalog's name for the scope (`scope-<key>-title`, `-description`), when vestibule
    /// knows it; a scope it does not know is shown by its name.
    pub key: Option<&'static str>,
    pub required: bool,
}

impl ScopeView {
    pub fn title_key(&self) -> Option<String> {
        self.key.map(|key| format!("scope-{key}-title"))
    }

    pub fn description_key(&self) -> Option<String> {
        self.key.map(|key| format!("scope-{key}-description"))
    }
}

/// What vestibule knows of a scope.
pub fn describe(scope: &str) -> ScopeView {
    let key = match scope {
        "openid" => Some("openid"),
        "offline_access" | "offline" => Some("offline"),
        "email" => Some("email"),
        "profile" => Some("profile"),
        "phone" => Some("phone"),
        "address" => Some("address"),
        _ => None,
    };
    ScopeView {
        name: scope.to_owned(),
        key,
        required: scope == "openid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(skip: bool, client_id: &str, skip_consent: bool) -> ConsentRequest<'_> {
        ConsentRequest {
            skip,
            client_id: Some(client_id),
            client_skips_consent: skip_consent,
        }
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn consent_is_skipped_for_remembered_skip_consent_and_trusted_clients_only() {
        let trusted = strings(&["trusted-app"]);
        assert_eq!(
            auto_consent(&request(true, "a", false), &trusted),
            Some(AutoConsent::Remembered)
        );
        assert_eq!(
            auto_consent(&request(false, "a", true), &trusted),
            Some(AutoConsent::ClientSkipsConsent)
        );
        assert_eq!(
            auto_consent(&request(false, "trusted-app", false), &trusted),
            Some(AutoConsent::TrustedClient)
        );
        assert_eq!(
            auto_consent(&request(false, "other", false), &trusted),
            None
        );
        assert_eq!(auto_consent(&ConsentRequest::default(), &trusted), None);
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
    fn known_scopes_are_named_in_the_catalog_and_unknown_ones_shown_as_they_are() {
        let email = describe("email");
        assert_eq!(email.title_key().as_deref(), Some("scope-email-title"));
        assert_eq!(
            email.description_key().as_deref(),
            Some("scope-email-description")
        );
        assert!(describe("openid").required);
        assert_eq!(describe("offline_access").key, Some("offline"));
        let unknown = describe("read:invoices");
        assert_eq!(unknown.name, "read:invoices");
        assert_eq!(unknown.title_key(), None);
        assert!(!unknown.required);
    }
}
