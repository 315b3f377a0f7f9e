//! Kratos's self-service flows, UI nodes, messages and sessions, modelled leniently.
//!
//! Kratos adds node types, groups, attributes and fields over time. Everything here defaults when
//! absent and keeps unknown values as strings, so a newer Kratos never breaks a page: an unknown
//! node type is skipped, an unknown group is rendered like any other.

use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::lenient;
use crate::domain::signin::{Aal, SessionFacts};

/// A self-service flow of any kind (login, registration, recovery, verification, settings).
#[derive(Clone, Debug, Deserialize)]
pub struct Flow {
    pub id: String,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub return_to: Option<String>,
    /// Login: the user must re-enter credentials although a session exists.
    #[serde(default, deserialize_with = "lenient::opt_bool")]
    pub refresh: Option<bool>,
    /// Login: `aal1` or `aal2` (second factor).
    #[serde(default, deserialize_with = "lenient::opt_aal")]
    pub requested_aal: Option<Aal>,
    /// Login and registration started at Kratos with `login_challenge` while Kratos runs in its
    /// own Hydra mode (`oauth2_provider.url`): Kratos accepts that login at Hydra itself.
    #[serde(default)]
    pub oauth2_login_challenge: Option<String>,
    /// Settings: the signed-in identity (its `traits.locale` chooses the page's language).
    #[serde(default)]
    pub identity: Option<Value>,
    pub ui: Ui,
}

impl Flow {
    pub fn is_second_factor(&self) -> bool {
        self.requested_aal == Some(Aal::Aal2)
    }

    pub fn is_refresh(&self) -> bool {
        self.refresh.unwrap_or(false)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Ui {
    #[serde(default, deserialize_with = "lenient::string")]
    pub action: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub method: String,
    #[serde(default, deserialize_with = "lenient::list")]
    pub nodes: Vec<Node>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(from = "RawNode")]
pub struct Node {
    pub node_type: String,
    pub group: String,
    attributes: Attributes,
    pub messages: Vec<Message>,
    pub meta: Meta,
}

/// A node as Kratos sends it; its attributes become [`Attributes`] once the type is known.
#[derive(Deserialize)]
struct RawNode {
    #[serde(rename = "type", default, deserialize_with = "lenient::string")]
    node_type: String,
    #[serde(default, deserialize_with = "lenient::string")]
    group: String,
    #[serde(default, deserialize_with = "lenient::object")]
    attributes: RawAttributes,
    #[serde(default, deserialize_with = "lenient::list")]
    messages: Vec<Message>,
    #[serde(default, deserialize_with = "lenient::object")]
    meta: Meta,
}

impl From<RawNode> for Node {
    fn from(raw: RawNode) -> Self {
        Node {
            attributes: raw.attributes.into_attributes(&raw.node_type),
            node_type: raw.node_type,
            group: raw.group,
            messages: raw.messages,
            meta: raw.meta,
        }
    }
}

/// Every attribute any node type has, each optional and read leniently.
#[derive(Default, Deserialize)]
struct RawAttributes {
    #[serde(default, deserialize_with = "lenient::opt_string")]
    node_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    name: Option<String>,
    #[serde(rename = "type", default, deserialize_with = "lenient::opt_string")]
    kind: Option<String>,
    #[serde(default)]
    value: Option<Value>,
    #[serde(default, deserialize_with = "lenient::bool")]
    required: bool,
    #[serde(default, deserialize_with = "lenient::bool")]
    disabled: bool,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    autocomplete: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pattern: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    maxlength: Option<u64>,
    #[serde(
        rename = "onclickTrigger",
        default,
        deserialize_with = "lenient::opt_string"
    )]
    onclick_trigger: Option<String>,
    #[serde(
        rename = "onloadTrigger",
        default,
        deserialize_with = "lenient::opt_string"
    )]
    onload_trigger: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    src: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    width: Option<u64>,
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    height: Option<u64>,
    #[serde(default, deserialize_with = "lenient::object")]
    text: Message,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    href: Option<String>,
    #[serde(default, deserialize_with = "lenient::object")]
    title: Message,
    #[serde(rename = "async", default, deserialize_with = "lenient::bool")]
    is_async: bool,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    crossorigin: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    integrity: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    referrerpolicy: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    class: Option<String>,
}

impl RawAttributes {
    /// The attributes for the node's type; Kratos repeats the type as `node_type` inside the
    /// attributes, and either may be the one present.
    fn into_attributes(self, node_type: &str) -> Attributes {
        let kind = self
            .node_type
            .as_deref()
            .filter(|kind| !kind.is_empty())
            .unwrap_or(node_type)
            .to_owned();
        let non_empty = |text: Option<String>| text.filter(|t| !t.is_empty());
        let id = self.id.unwrap_or_default();
        match kind.as_str() {
            "input" => Attributes::Input(InputAttributes {
                name: self.name.unwrap_or_default(),
                input_type: non_empty(self.kind).unwrap_or_else(|| "text".to_owned()),
                value: self.value.filter(|v| !v.is_null()),
                required: self.required,
                disabled: self.disabled,
                autocomplete: non_empty(self.autocomplete),
                pattern: non_empty(self.pattern),
                maxlength: self.maxlength,
                onclick_trigger: non_empty(self.onclick_trigger),
                onload_trigger: non_empty(self.onload_trigger),
            }),
            "img" => Attributes::Image {
                id,
                src: self.src.unwrap_or_default(),
                width: self.width,
                height: self.height,
            },
            "text" => Attributes::Text {
                id,
                text: self.text,
            },
            "a" => Attributes::Anchor {
                id,
                href: self.href.unwrap_or_default(),
                title: self.title,
            },
            "script" => Attributes::Script(ScriptAttributes {
                id,
                src: self.src.unwrap_or_default(),
                is_async: self.is_async,
                crossorigin: non_empty(self.crossorigin),
                integrity: non_empty(self.integrity),
                referrerpolicy: non_empty(self.referrerpolicy),
                script_type: non_empty(self.kind),
            }),
            "div" => Attributes::Division {
                id,
                class: self.class.unwrap_or_default(),
            },
            _ => Attributes::Unknown(kind),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default, deserialize_with = "lenient::opt_object")]
    pub label: Option<Message>,
}

/// A text Kratos wants shown: an info, error or success message, or a label.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Message {
    #[serde(default, deserialize_with = "lenient::opt_u64")]
    pub id: Option<u64>,
    #[serde(default, deserialize_with = "lenient::string")]
    pub text: String,
    #[serde(rename = "type", default, deserialize_with = "lenient::string")]
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
    /// The attributes for this node's type.
    pub fn attributes(&self) -> Attributes {
        self.attributes.clone()
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
    #[serde(default, deserialize_with = "lenient::opt_aal")]
    pub authenticator_assurance_level: Option<Aal>,
    #[serde(default, deserialize_with = "lenient::list")]
    pub authentication_methods: Vec<AuthenticationMethod>,
    /// The browsers and places the session was used from, as Kratos recorded them.
    #[serde(default, deserialize_with = "lenient::list")]
    pub devices: Vec<Device>,
    pub identity: Identity,
}

impl SessionFacts for Session {
    fn identity_id(&self) -> &str {
        &self.identity.id
    }

    fn session_id(&self) -> &str {
        &self.id
    }

    fn authenticated_at(&self) -> Option<OffsetDateTime> {
        self.authenticated_at
    }

    fn aal(&self) -> Option<Aal> {
        self.authenticator_assurance_level
    }

    fn methods(&self) -> Vec<&str> {
        self.authentication_methods
            .iter()
            .map(|m| m.method.as_str())
            .collect()
    }
}

/// Where a session was used from.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Device {
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub ip_address: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub user_agent: Option<String>,
    /// Kratos fills this in only behind a proxy that reports the location (e.g. Cloudflare).
    #[serde(default, deserialize_with = "lenient::opt_string")]
    pub location: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct AuthenticationMethod {
    #[serde(default, deserialize_with = "lenient::string")]
    pub method: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub id: String,
    #[serde(default)]
    pub traits: Value,
    /// Everything else Kratos says of the identity (verifiable addresses, `metadata_public`,
    /// `updated_at`, ...), kept for claims.
    #[serde(flatten)]
    pub rest: serde_json::Map<String, Value>,
}

/// An address Kratos can verify (email, or phone by SMS).
#[derive(Clone, Debug, Deserialize)]
pub struct VerifiableAddress {
    #[serde(default, deserialize_with = "lenient::string")]
    pub value: String,
    #[serde(default, deserialize_with = "lenient::bool")]
    pub verified: bool,
    #[serde(default, deserialize_with = "lenient::string")]
    pub via: String,
}

impl Identity {
    /// The addresses Kratos can verify; entries it cannot read are left out.
    pub fn verifiable_addresses(&self) -> Vec<VerifiableAddress> {
        self.rest
            .get("verifiable_addresses")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|address| VerifiableAddress::deserialize(address).ok())
            .collect()
    }

    /// The identity as Kratos's JSON, as claims read it.
    pub fn to_json(&self) -> Value {
        let mut json = self.rest.clone();
        json.insert("id".to_owned(), Value::String(self.id.clone()));
        json.insert("traits".to_owned(), self.traits.clone());
        Value::Object(json)
    }

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

    #[test]
    fn values_of_the_wrong_type_read_as_defaults_and_keep_the_node() {
        let flow: Flow = serde_json::from_str(
            r#"{"id": "f", "return_to": 7, "refresh": "yes", "ui": {
                "action": ["x"], "method": {"a": 1}, "messages": "none",
                "nodes": [{"type": "input", "group": 5, "messages": {"x": [1, 2]}, "meta": [],
                  "attributes": {"node_type": "input", "name": "password", "type": null,
                    "required": "yes", "disabled": 1, "maxlength": "10", "pattern": {"deep": [[{}]]},
                    "onclickTrigger": false, "value": {"any": "json"}}}]}}"#,
        )
        .unwrap();
        assert_eq!(flow.return_to, None);
        assert_eq!(flow.refresh, None);
        assert_eq!(flow.ui.action, "");
        assert!(flow.ui.messages.is_empty());
        let node = &flow.ui.nodes[0];
        assert_eq!(node.group, "");
        assert!(node.messages.is_empty());
        match node.attributes() {
            Attributes::Input(input) => {
                assert_eq!(input.name, "password");
                assert_eq!(input.input_type, "text");
                assert!(!input.required && !input.disabled);
                assert_eq!(input.maxlength, None);
                assert_eq!(input.pattern, None);
                assert_eq!(input.onclick_trigger, None);
                assert_eq!(input.value, Some(json!({"any": "json"})));
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
        assert_eq!(session.authenticator_assurance_level, Some(Aal::Aal1));
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
