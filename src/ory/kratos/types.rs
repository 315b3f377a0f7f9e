//! Kratos's self-service flows, UI nodes, messages and sessions, modelled leniently.
//!
//! Kratos adds node types, groups, attributes and fields over time. Everything here defaults when
//! absent and keeps unknown values as strings, so a newer Kratos never breaks a page: an unknown
//! node type is skipped, an unknown group is rendered like any other.

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;

/// A self-service flow of any kind (login, registration, recovery, verification, settings).
#[derive(Clone, Debug, Deserialize)]
pub struct Flow {
    pub id: String,
    #[serde(default)]
    pub return_to: Option<String>,
    /// Login: the user must re-enter credentials although a session exists.
    #[serde(default)]
    pub refresh: Option<bool>,
    /// Login: `aal1` or `aal2` (second factor).
    #[serde(default)]
    pub requested_aal: Option<String>,
    /// Login and registration started at Kratos with `login_challenge` while Kratos runs in its
    /// own Hydra mode (`oauth2_provider.url`): Kratos accepts that login at Hydra itself.
    #[serde(default)]
    pub oauth2_login_challenge: Option<String>,
    pub ui: Ui,
}

impl Flow {
    pub fn is_second_factor(&self) -> bool {
        self.requested_aal.as_deref() == Some("aal2")
    }

    pub fn is_refresh(&self) -> bool {
        self.refresh.unwrap_or(false)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Ui {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub method: String,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub nodes: Vec<Node>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Node {
    #[serde(rename = "type", default)]
    pub node_type: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub attributes: Value,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub meta: Meta,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub label: Option<Message>,
}

/// A text Kratos wants shown: an info, error or success message, or a label.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Message {
    #[serde(default)]
    pub id: Option<u64>,
    #[serde(default)]
    pub text: String,
    #[serde(rename = "type", default)]
    pub message_type: String,
    #[serde(default)]
    pub context: Option<Value>,
}

impl Message {
    pub fn is_error(&self) -> bool {
        self.message_type == "error"
    }
}

/// A node's attributes, by node type. Fields Kratos does not send default to empty.
#[derive(Clone, Debug, PartialEq)]
pub enum Attributes {
    Input(InputAttributes),
    Image {
        id: String,
        src: String,
        width: Option<u64>,
        height: Option<u64>,
    },
    Text {
        id: String,
        text: Message,
    },
    Anchor {
        id: String,
        href: String,
        title: Message,
    },
    Script(ScriptAttributes),
    Division {
        id: String,
        class: String,
    },
    /// A node type this version of vestibule does not know.
    Unknown(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputAttributes {
    pub name: String,
    pub input_type: String,
    pub value: Option<Value>,
    pub required: bool,
    pub disabled: bool,
    pub autocomplete: Option<String>,
    pub pattern: Option<String>,
    pub maxlength: Option<u64>,
    /// Name of a function Kratos's own script defines, to run on click (WebAuthn, passkeys).
    pub onclick_trigger: Option<String>,
    /// Name of a function to run once the page has loaded.
    pub onload_trigger: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScriptAttributes {
    pub id: String,
    pub src: String,
    pub is_async: bool,
    pub crossorigin: Option<String>,
    pub integrity: Option<String>,
    pub referrerpolicy: Option<String>,
    pub script_type: Option<String>,
}

impl Node {
    /// The attributes for this node's type; Kratos repeats the type as `node_type` inside the
    /// attributes, and either may be the one present.
    pub fn attributes(&self) -> Attributes {
        let a = &self.attributes;
        let kind = a
            .get("node_type")
            .and_then(Value::as_str)
            .unwrap_or(&self.node_type);
        let text = |key: &str| a.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
        let opt_text = |key: &str| {
            a.get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let message = |key: &str| {
            a.get(key)
                .cloned()
                .and_then(|v| serde_json::from_value::<Message>(v).ok())
                .unwrap_or_default()
        };
        match kind {
            "input" => Attributes::Input(InputAttributes {
                name: text("name"),
                input_type: opt_text("type").unwrap_or_else(|| "text".to_owned()),
                value: a.get("value").filter(|v| !v.is_null()).cloned(),
                required: a.get("required").and_then(Value::as_bool).unwrap_or(false),
                disabled: a.get("disabled").and_then(Value::as_bool).unwrap_or(false),
                autocomplete: opt_text("autocomplete"),
                pattern: opt_text("pattern"),
                maxlength: a.get("maxlength").and_then(Value::as_u64),
                onclick_trigger: opt_text("onclickTrigger"),
                onload_trigger: opt_text("onloadTrigger"),
            }),
            "img" => Attributes::Image {
                id: text("id"),
                src: text("src"),
                width: a.get("width").and_then(Value::as_u64),
                height: a.get("height").and_then(Value::as_u64),
            },
            "text" => Attributes::Text {
                id: text("id"),
                text: message("text"),
            },
            "a" => Attributes::Anchor {
                id: text("id"),
                href: text("href"),
                title: message("title"),
            },
            "script" => Attributes::Script(ScriptAttributes {
                id: text("id"),
                src: text("src"),
                is_async: a.get("async").and_then(Value::as_bool).unwrap_or(false),
                crossorigin: opt_text("crossorigin"),
                integrity: opt_text("integrity"),
                referrerpolicy: opt_text("referrerpolicy"),
                script_type: opt_text("type"),
            }),
            "div" => Attributes::Division {
                id: text("id"),
                class: text("class"),
            },
            other => Attributes::Unknown(other.to_owned()),
        }
    }

    pub fn label(&self) -> Option<&str> {
        self.meta
            .label
            .as_ref()
            .map(|label| label.text.as_str())
            .filter(|text| !text.is_empty())
    }
}

/// A Kratos session as `whoami` returns it.
#[derive(Clone, Debug, Deserialize)]
pub struct Session {
    pub id: String,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub authenticated_at: Option<OffsetDateTime>,
    #[serde(default)]
    pub authenticator_assurance_level: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub authentication_methods: Vec<AuthenticationMethod>,
    /// The browsers and places the session was used from, as Kratos recorded them.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub devices: Vec<Device>,
    pub identity: Identity,
}

/// Where a session was used from.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Device {
    #[serde(default)]
    pub ip_address: Option<String>,
    #[serde(default)]
    pub user_agent: Option<String>,
    /// Kratos fills this in only behind a proxy that reports the location (e.g. Cloudflare).
    #[serde(default)]
    pub location: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthenticationMethod {
    #[serde(default)]
    pub method: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub id: String,
    #[serde(default)]
    pub traits: Value,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub verifiable_addresses: Vec<VerifiableAddress>,
}

/// An address Kratos can verify (email, or phone by SMS).
#[derive(Clone, Debug, Deserialize)]
pub struct VerifiableAddress {
    #[serde(default)]
    pub value: String,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub via: String,
}

impl Identity {
    /// The identity's email trait, if the schema has one.
    pub fn email(&self) -> Option<&str> {
        self.traits.get("email").and_then(Value::as_str)
    }
}

/// Whether an identity (admin API JSON, with WebAuthn credentials included) has a second factor.
/// A WebAuthn credential entry exists for every identity whose schema names a WebAuthn
/// identifier, so it counts only when it holds keys that are not passwordless passkeys.
pub fn has_second_factor(identity: &Value) -> bool {
    let Some(credentials) = identity.get("credentials").and_then(Value::as_object) else {
        return false;
    };
    if credentials.contains_key("totp") || credentials.contains_key("lookup_secret") {
        return true;
    }
    credentials
        .get("webauthn")
        .and_then(|w| w.pointer("/config/credentials"))
        .and_then(Value::as_array)
        .is_some_and(|keys| {
            keys.iter().any(|key| {
                !key.get("is_passwordless")
                    .and_then(Value::as_bool)
                    .unwrap_or(false)
            })
        })
}

/// Kratos's answer to starting a browser logout.
#[derive(Clone, Debug, Deserialize)]
pub struct LogoutFlow {
    pub logout_url: String,
}

/// The JSON error body of Kratos's public API (`{"error": {...}}`).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ErrorDetail {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub code: Option<u16>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub details: Option<Value>,
}

impl ErrorDetail {
    pub fn detail(&self, key: &str) -> Option<&str> {
        self.details.as_ref()?.get(key)?.as_str()
    }
}

/// A list whose unreadable entries are dropped instead of failing the whole document.
fn lenient_vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let values = Option::<Vec<Value>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(values
        .into_iter()
        .filter_map(|value| serde_json::from_value(value).ok())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_node_types_and_fields_do_not_break_parsing() {
        let flow: Flow = serde_json::from_value(json!({
            "id": "f",
            "type": "browser",
            "some_future_field": {"x": 1},
            "ui": {
                "action": "http://kratos/self-service/login?flow=f",
                "method": "POST",
                "nodes": [
                    {"type": "hologram", "group": "quantum", "attributes": {"node_type": "hologram", "beam": 3}, "messages": [], "meta": {}},
                    {"type": "input", "group": "default", "attributes": {"name": "csrf_token", "type": "hidden", "value": "t", "node_type": "input"}, "messages": [], "meta": {}},
                    "not even an object"
                ]
            }
        }))
        .unwrap();
        assert_eq!(flow.ui.nodes.len(), 2);
        assert_eq!(
            flow.ui.nodes[0].attributes(),
            Attributes::Unknown("hologram".to_owned())
        );
        match flow.ui.nodes[1].attributes() {
            Attributes::Input(input) => {
                assert_eq!(input.name, "csrf_token");
                assert_eq!(input.input_type, "hidden");
                assert_eq!(input.value, Some(json!("t")));
            }
            other => panic!("expected an input, got {other:?}"),
        }
    }

    fn fixture(name: &str) -> String {
        let path = format!(
            "{}/tests/fixtures/kratos/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn real_sessions_and_errors_parse() {
        let session: Session = serde_json::from_str(&fixture("session")).unwrap();
        assert!(session.authenticated_at.is_some());
        assert_eq!(
            session.authenticator_assurance_level.as_deref(),
            Some("aal1")
        );
        assert_eq!(session.authentication_methods[0].method, "password");
        assert_eq!(session.identity.email(), Some("fixture-user@example.com"));

        let expired: ErrorBody =
            serde_json::from_str(&fixture("error_flow_expired_with_return_to")).unwrap();
        assert_eq!(expired.error.code, Some(410));
        assert!(expired
            .error
            .detail("return_to")
            .unwrap()
            .contains("login_challenge"));

        let aal2: ErrorBody = serde_json::from_str(&fixture("session_aal2_required")).unwrap();
        assert_eq!(aal2.error.id.as_deref(), Some("session_aal2_required"));

        let flow: Flow = serde_json::from_str(&fixture("login_flow_aal2")).unwrap();
        assert!(flow.is_second_factor());
        let flow: Flow = serde_json::from_str(&fixture("login_flow_refresh")).unwrap();
        assert!(flow.is_refresh());
    }

    #[test]
    fn second_factors_are_recognised_from_the_admin_identity() {
        let fixture: Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/kratos/identity.json"))
                .unwrap();
        assert!(has_second_factor(&fixture));
        let password_only = json!({"credentials": {
            "password": {"type": "password"},
            "webauthn": {"type": "webauthn", "config": {"credentials": []}}
        }});
        assert!(!has_second_factor(&password_only));
        let passkey_only = json!({"credentials": {"webauthn": {"config": {"credentials": [{"is_passwordless": true}]}}}});
        assert!(!has_second_factor(&passkey_only));
        let security_key = json!({"credentials": {"webauthn": {"config": {"credentials": [{"is_passwordless": false}]}}}});
        assert!(has_second_factor(&security_key));
    }

    #[test]
    fn node_type_may_come_from_either_place() {
        let node: Node = serde_json::from_value(json!({
            "type": "img", "group": "totp",
            "attributes": {"src": "data:image/png;base64,AAAA", "id": "totp_qr"}
        }))
        .unwrap();
        assert!(matches!(node.attributes(), Attributes::Image { ref id, .. } if id == "totp_qr"));
    }
}
