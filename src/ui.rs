//! The view model of a Kratos flow's `ui`: what the generic flow template renders.
//!
//! Every flow page (login, registration, recovery, verification, settings) goes through
//! [`FlowView::new`]. Nodes become one form that posts straight to Kratos (`ui.action`), with one
//! section per group in the order Kratos sent them, except that social sign-in buttons come first.
//! Labels come from `meta.label`; messages sit next to what they are about. Both are Kratos
//! messages, shown in the page's language by their id ([`crate::i18n::kratos`]).

use serde_json::Value;

use crate::i18n::{kratos, Translator};
use crate::ory::kratos::types::{Attributes, InputAttributes, Message, Node, ScriptAttributes, Ui};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
    Success,
}

impl Tone {
    fn of(message: &Message) -> Self {
        match message.message_type.as_str() {
            "error" => Tone::Error,
            "success" => Tone::Success,
            _ => Tone::Info,
        }
    }

    pub fn class(&self) -> &'static str {
        match self {
            Tone::Info => "message",
            Tone::Error => "message message-error",
            Tone::Success => "message message-success",
        }
    }

    /// Errors interrupt screen readers; the rest is announced politely.
    pub fn role(&self) -> &'static str {
        match self {
            Tone::Error => "alert",
            _ => "status",
        }
    }
}

#[derive(Clone, Debug)]
pub struct MessageView {
    pub text: String,
    pub tone: Tone,
}

impl MessageView {
    /// The message in `t`'s language.
    pub fn of(message: &Message, t: &Translator) -> Self {
        Self {
            text: kratos::text(t, message),
            tone: Tone::of(message),
        }
    }
}

/// A node's label (`meta.label`) in `t`'s language.
fn label(node: &Node, t: &Translator) -> Option<String> {
    let message = node.meta.label.as_ref()?;
    if message.text.is_empty() && message.id.is_none() {
        return None;
    }
    Some(kratos::text(t, message)).filter(|text| !text.is_empty())
}

#[derive(Clone, Debug)]
pub struct FieldView {
    /// Unique within the page, for `<label for>` and `aria-describedby`.
    pub id: String,
    pub name: String,
    pub input_type: String,
    pub value: String,
    pub label: String,
    pub required: bool,
    pub disabled: bool,
    pub autocomplete: String,
    pub pattern: String,
    pub maxlength: Option<u64>,
    pub messages: Vec<MessageView>,
    pub invalid: bool,
}

#[derive(Clone, Debug)]
pub struct ButtonView {
    pub id: String,
    pub name: String,
    pub value: String,
    pub label: String,
    pub disabled: bool,
    /// Primary actions (the group's own submit) are emphasised; the rest are secondary.
    pub primary: bool,
    /// Runs a function of Kratos's script instead of submitting (WebAuthn, passkeys).
    pub trigger: String,
    pub messages: Vec<MessageView>,
}

#[derive(Clone, Debug)]
pub enum Element {
    Hidden {
        name: String,
        value: String,
    },
    Field(FieldView),
    Checkbox(FieldView),
    Button(ButtonView),
    Image {
        id: String,
        src: String,
        alt: String,
        width: Option<u64>,
        height: Option<u64>,
    },
    Text {
        id: String,
        label: String,
        text: String,
        messages: Vec<MessageView>,
    },
    /// One-time secrets such as recovery codes: shown as a list, one per line.
    Secrets {
        id: String,
        label: String,
        secrets: Vec<String>,
    },
    Link {
        id: String,
        href: String,
        text: String,
    },
    Division {
        id: String,
        class: String,
    },
    /// Whose password a form sets or asks for, for password managers, where the form does not
    /// show the identifier itself (sign-up's second step, settings). Hidden and not submitted.
    UsernameHint {
        value: String,
    },
}

#[derive(Clone, Debug)]
pub struct Section {
    pub group: String,
    pub title: String,
    pub elements: Vec<Element>,
}

impl Section {
    /// A section with nothing visible (only hidden inputs) needs no box or divider.
    pub fn is_visible(&self) -> bool {
        self.elements
            .iter()
            .any(|e| !matches!(e, Element::Hidden { .. }))
    }
}

#[derive(Clone, Debug)]
pub struct ScriptView {
    pub id: String,
    pub src: String,
    pub is_async: bool,
    pub crossorigin: String,
    pub integrity: String,
    pub referrerpolicy: String,
    pub script_type: String,
}

/// One `<form>`: every form posts to the flow's action.
#[derive(Clone, Debug)]
pub struct FormView {
    pub sections: Vec<Section>,
}

impl FormView {
    pub fn is_visible(&self) -> bool {
        self.sections.iter().any(Section::is_visible)
    }
}

/// How the sections are split into forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forms {
    /// One form: methods share the identifier (sign-in, sign-up, recovery).
    Single,
    /// A form per group, each with the shared hidden inputs (settings: each method saves alone).
    PerGroup,
}

#[derive(Clone, Debug)]
pub struct FlowView {
    pub action: String,
    pub method: String,
    pub messages: Vec<MessageView>,
    pub forms: Vec<FormView>,
    pub scripts: Vec<ScriptView>,
    /// Functions of Kratos's script to run once the page has loaded (passkey autofill).
    pub onload_triggers: Vec<String>,
    /// Whether our small script that runs Kratos's triggers is needed.
    pub has_triggers: bool,
}

/// What kind of page renders the flow; changes labels and autocomplete hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    SignIn,
    SignUp,
    Other,
}

impl FlowView {
    pub fn new(ui: &Ui, purpose: Purpose, forms: Forms, t: &Translator) -> Self {
        let mut sections: Vec<Section> = Vec::new();
        let mut scripts = Vec::new();
        let mut onload_triggers: Vec<String> = Vec::new();

        for (index, node) in ui.nodes.iter().enumerate() {
            let id = format!("node-{index}");
            let element = match node.attributes() {
                Attributes::Input(input) => {
                    if let Some(trigger) = &input.onload_trigger {
                        if !onload_triggers.contains(trigger) {
                            onload_triggers.push(trigger.clone());
                        }
                    }
                    input_element(node, &input, id, purpose, t)
                }
                Attributes::Image {
                    id: node_id,
                    src,
                    width,
                    height,
                } => {
                    if !is_safe_image_src(&src) {
                        continue;
                    }
                    Element::Image {
                        id: non_empty_or(node_id, id),
                        alt: label(node, t).unwrap_or_else(|| t.t("flow-image-alt")),
                        src,
                        width,
                        height,
                    }
                }
                Attributes::Text { id: node_id, text } => {
                    text_element(node, non_empty_or(node_id, id), &text, t)
                }
                Attributes::Anchor {
                    id: node_id,
                    href,
                    title,
                } => {
                    if !is_http_url(&href) && !href.starts_with('/') {
                        continue;
                    }
                    Element::Link {
                        id: non_empty_or(node_id, id),
                        href,
                        text: if title.text.is_empty() {
                            label(node, t).unwrap_or_else(|| t.t("continue"))
                        } else {
                            kratos::text(t, &title)
                        },
                    }
                }
                Attributes::Script(script) => {
                    if is_http_url(&script.src) {
                        scripts.push(script_view(script));
                    }
                    continue;
                }
                Attributes::Division { id: node_id, class } => Element::Division {
                    id: non_empty_or(node_id, id),
                    class,
                },
                Attributes::Unknown(kind) => {
                    tracing::debug!(node_type = %kind, group = %node.group, "skipping unknown node type");
                    continue;
                }
            };
            let group = if node.group.is_empty() {
                "default"
            } else {
                node.group.as_str()
            };
            match sections.iter_mut().find(|s| s.group == group) {
                Some(section) => section.elements.push(element),
                None => sections.push(Section {
                    group: group.to_owned(),
                    title: group_title(group, t),
                    elements: vec![element],
                }),
            }
        }

        // Social sign-in first, as people expect; then the identifier and password, so that
        // pressing Enter in the form submits the password; the other methods in Kratos's order.
        sections.sort_by_key(|s| match s.group.as_str() {
            "oidc" | "saml" => 0,
            "default" | "identifier_first" | "profile" => 1,
            "password" => 2,
            _ => 3,
        });
        move_navigation_last(&mut sections);
        let mut forms = match forms {
            Forms::Single => {
                mark_primary_buttons(&mut sections);
                vec![FormView { sections }]
            }
            Forms::PerGroup => split_per_group(sections),
        };
        add_username_hints(&mut forms, ui);

        FlowView {
            action: ui.action.clone(),
            method: if ui.method.is_empty() {
                "POST".to_owned()
            } else {
                ui.method.to_uppercase()
            },
            messages: ui.messages.iter().map(|m| MessageView::of(m, t)).collect(),
            has_triggers: !onload_triggers.is_empty()
                || forms
                    .iter()
                    .flat_map(|f| &f.sections)
                    .flat_map(|s| &s.elements)
                    .any(|e| matches!(e, Element::Button(b) if !b.trigger.is_empty())),
            forms,
            scripts,
            onload_triggers,
        }
    }

    /// Whether any form shows something; a flow with only hidden inputs has nothing to do.
    pub fn has_visible_content(&self) -> bool {
        self.forms.iter().any(FormView::is_visible)
    }

    /// Fills in an empty input (e.g. the sign-in identifier the person already gave us).
    pub fn prefill(&mut self, name: &str, value: &str) {
        for form in &mut self.forms {
            for section in &mut form.sections {
                for element in &mut section.elements {
                    if let Element::Field(field) = element {
                        if field.name == name && field.value.is_empty() {
                            field.value = value.to_owned();
                        }
                    }
                }
            }
        }
    }

    /// Every section of every form, in page order.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.forms.iter().flat_map(|f| f.sections.iter())
    }
}

/// Adds a [`Element::UsernameHint`] to every form with a password field but no visible
/// identifier, naming the identifier (or email trait) the flow carries elsewhere.
fn add_username_hints(forms: &mut [FormView], ui: &Ui) {
    let username = ui.nodes.iter().find_map(|node| match node.attributes() {
        Attributes::Input(input)
            if matches!(
                input.name.as_str(),
                "identifier" | "traits.email" | "traits.username"
            ) =>
        {
            input
                .value
                .as_ref()
                .map(value_text)
                .filter(|v| !v.is_empty())
        }
        _ => None,
    });
    let Some(username) = username else { return };
    for form in forms {
        let fields = || form.sections.iter().flat_map(|s| &s.elements);
        let asks_password =
            fields().any(|e| matches!(e, Element::Field(f) if f.input_type == "password"));
        let shows_username = fields().any(|e| {
            matches!(e, Element::Field(f) if f.input_type != "password"
                && (f.autocomplete.contains("username") || f.autocomplete.contains("email")))
        });
        if asks_password && !shows_username {
            if let Some(section) = form.sections.iter_mut().find(|s| s.is_visible()) {
                section.elements.insert(
                    0,
                    Element::UsernameHint {
                        value: username.clone(),
                    },
                );
            }
        }
    }
}

/// Buttons that step back (Kratos's `screen=previous`) go last, so Enter never triggers them.
fn move_navigation_last(sections: &mut Vec<Section>) {
    let mut navigation = Vec::new();
    for section in sections.iter_mut() {
        let (back, rest): (Vec<Element>, Vec<Element>) = std::mem::take(&mut section.elements)
            .into_iter()
            .partition(|e| matches!(e, Element::Button(b) if b.name == "screen"));
        section.elements = rest;
        navigation.extend(back);
    }
    sections.retain(|s| !s.elements.is_empty());
    if !navigation.is_empty() {
        sections.push(Section {
            group: "navigation".to_owned(),
            title: String::new(),
            elements: navigation,
        });
    }
}

/// One form per group; the `default` group's nodes (CSRF token, identifier) go into every form.
fn split_per_group(sections: Vec<Section>) -> Vec<FormView> {
    let (shared, groups): (Vec<Section>, Vec<Section>) =
        sections.into_iter().partition(|s| s.group == "default");
    let shared: Vec<Element> = shared.into_iter().flat_map(|s| s.elements).collect();
    if groups.is_empty() {
        return vec![FormView {
            sections: vec![Section {
                group: "default".to_owned(),
                title: String::new(),
                elements: shared,
            }],
        }];
    }
    groups
        .into_iter()
        .map(|section| {
            let mut sections = vec![
                Section {
                    group: "default".to_owned(),
                    title: String::new(),
                    elements: shared.clone(),
                },
                section,
            ];
            mark_primary_buttons(&mut sections);
            FormView { sections }
        })
        .collect()
}

fn input_element(
    node: &Node,
    input: &InputAttributes,
    id: String,
    purpose: Purpose,
    t: &Translator,
) -> Element {
    let value = input.value.as_ref().map(value_text).unwrap_or_default();
    let messages: Vec<MessageView> = node
        .messages
        .iter()
        .map(|m| MessageView::of(m, t))
        .collect();
    match input.input_type.as_str() {
        "hidden" => Element::Hidden {
            name: input.name.clone(),
            value,
        },
        "submit" | "button" => Element::Button(ButtonView {
            id,
            name: input.name.clone(),
            label: label(node, t).unwrap_or_else(|| {
                if value.is_empty() {
                    t.t("continue")
                } else {
                    value.clone()
                }
            }),
            value,
            disabled: input.disabled,
            primary: false,
            trigger: input.onclick_trigger.clone().unwrap_or_default(),
            messages,
        }),
        other => {
            let input_type = match other {
                "text" | "email" | "password" | "number" | "tel" | "url" | "date"
                | "datetime-local" | "checkbox" => other.to_owned(),
                _ => "text".to_owned(),
            };
            let field = FieldView {
                invalid: node.messages.iter().any(Message::is_error),
                label: field_label(node, &input.name, t),
                autocomplete: input.autocomplete.clone().unwrap_or_else(|| {
                    autocomplete_for(&input.name, &input_type, purpose).to_owned()
                }),
                pattern: input.pattern.clone().unwrap_or_default(),
                maxlength: input.maxlength,
                required: input.required,
                disabled: input.disabled,
                name: input.name.clone(),
                value: if input_type == "password" {
                    String::new()
                } else {
                    value
                },
                input_type,
                id,
                messages,
            };
            if field.input_type == "checkbox" {
                Element::Checkbox(field)
            } else {
                Element::Field(field)
            }
        }
    }
}

/// Kratos's label, except the bare "ID" it gives the sign-in identifier when several traits
/// (email, phone) can identify a person: people understand what to type from a better one.
fn field_label(node: &Node, name: &str, t: &Translator) -> String {
    match node.label() {
        Some("ID") if name == "identifier" => t.t("flow-identifier-label"),
        Some(_) => label(node, t).unwrap_or_else(|| name.to_owned()),
        None => name.to_owned(),
    }
}

fn text_element(node: &Node, id: String, text: &Message, t: &Translator) -> Element {
    let label = label(node, t).unwrap_or_default();
    let secrets: Option<Vec<String>> = text
        .context
        .as_ref()
        .and_then(|c| c.get("secrets"))
        .and_then(Value::as_array)
        .map(|secrets| {
            secrets
                .iter()
                .filter_map(|s| s.get("text").and_then(Value::as_str).or_else(|| s.as_str()))
                .map(str::to_owned)
                .collect()
        });
    match secrets {
        Some(secrets) if !secrets.is_empty() => Element::Secrets { id, label, secrets },
        _ => Element::Text {
            id,
            label,
            text: kratos::text(t, text),
            messages: node
                .messages
                .iter()
                .map(|m| MessageView::of(m, t))
                .collect(),
        },
    }
}

fn script_view(script: ScriptAttributes) -> ScriptView {
    ScriptView {
        id: script.id,
        src: script.src,
        is_async: script.is_async,
        crossorigin: script.crossorigin.unwrap_or_default(),
        integrity: script.integrity.unwrap_or_default(),
        referrerpolicy: script.referrerpolicy.unwrap_or_default(),
        script_type: script.script_type.unwrap_or_default(),
    }
}

/// The form's first plain submit button (what Enter submits) is its primary action.
fn mark_primary_buttons(sections: &mut [Section]) {
    let button = sections
        .iter_mut()
        .filter(|s| !matches!(s.group.as_str(), "oidc" | "saml"))
        .flat_map(|s| s.elements.iter_mut())
        .find_map(|e| match e {
            Element::Button(b) if b.trigger.is_empty() => Some(b),
            _ => None,
        });
    if let Some(button) = button {
        button.primary = true;
    }
}

/// A heading for a group of methods, used where the page shows several (settings).
pub fn group_title(group: &str, t: &Translator) -> String {
    let key = match group {
        "password" => "group-password",
        "code" => "group-code",
        "oidc" | "saml" => "group-oidc",
        "webauthn" => "group-webauthn",
        "passkey" => "group-passkey",
        "totp" => "group-totp",
        "lookup_secret" => "group-lookup-secret",
        "profile" => "group-profile",
        "link" => "group-link",
        _ => return String::new(),
    };
    t.t(key)
}

fn autocomplete_for(name: &str, input_type: &str, purpose: Purpose) -> &'static str {
    match (name, input_type) {
        ("identifier", _) => "username",
        (_, "password") if purpose == Purpose::SignIn => "current-password",
        (_, "password") => "new-password",
        ("traits.email" | "email", _) => "email",
        ("traits.name.first", _) => "given-name",
        ("traits.name.last", _) => "family-name",
        ("traits.phone" | "phone", _) => "tel",
        ("traits.username", _) => "username",
        ("code" | "totp_code" | "lookup_secret", _) => "one-time-code",
        _ => "off",
    }
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn non_empty_or(value: String, fallback: String) -> String {
    if value.is_empty() {
        fallback
    } else {
        value
    }
}

fn is_http_url(value: &str) -> bool {
    value.starts_with("https://") || value.starts_with("http://")
}

fn is_safe_image_src(value: &str) -> bool {
    is_http_url(value) || value.starts_with("data:image/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ory::kratos::types::Flow;
    use serde_json::json;

    fn view(nodes: Value, purpose: Purpose) -> FlowView {
        FlowView::new(&ui(nodes), purpose, Forms::Single, &Translator::default())
    }

    fn ui(nodes: Value) -> Ui {
        serde_json::from_value::<Flow>(json!({"id": "f", "ui": {"action": "http://kratos/x", "method": "POST", "nodes": nodes}}))
            .unwrap()
            .ui
    }

    fn input(group: &str, name: &str, kind: &str, label: Option<&str>) -> Value {
        json!({
            "type": "input", "group": group,
            "attributes": {"name": name, "type": kind, "node_type": "input", "value": ""},
            "messages": [],
            "meta": label.map(|l| json!({"label": {"id": 1, "text": l, "type": "info"}})).unwrap_or(json!({}))
        })
    }

    #[test]
    fn social_sign_in_comes_first_and_groups_keep_kratos_order() {
        let view = view(
            json!([
                input("default", "csrf_token", "hidden", None),
                input("code", "method", "submit", Some("Email me a code")),
                input("password", "password", "password", Some("Password")),
                input("oidc", "provider", "submit", Some("Sign in with Example")),
            ]),
            Purpose::SignIn,
        );
        let groups: Vec<&str> = view.sections().map(|s| s.group.as_str()).collect();
        assert_eq!(groups, ["oidc", "default", "password", "code"]);
        assert!(!view.forms[0].sections[1].is_visible());
    }

    #[test]
    fn passwords_are_never_echoed_and_get_autocomplete_hints() {
        let mut node = input("password", "password", "password", Some("Password"));
        node["attributes"]["value"] = json!("secret");
        let view = view(
            json!([node, input("default", "identifier", "text", Some("E-Mail"))]),
            Purpose::SignIn,
        );
        let fields: Vec<&FieldView> = view
            .sections()
            .flat_map(|s| &s.elements)
            .filter_map(|e| match e {
                Element::Field(f) => Some(f),
                _ => None,
            })
            .collect();
        assert_eq!(fields[0].name, "identifier");
        assert_eq!(fields[0].autocomplete, "username");
        assert_eq!(fields[0].label, "E-Mail");
        assert_eq!(fields[1].value, "");
        assert_eq!(fields[1].autocomplete, "current-password");
    }

    #[test]
    fn unsafe_urls_from_nodes_are_dropped() {
        let view = view(
            json!([
                {"type": "a", "group": "default", "attributes": {"href": "javascript:alert(1)", "title": {"text": "x"}, "id": "a", "node_type": "a"}},
                {"type": "img", "group": "totp", "attributes": {"src": "javascript:alert(1)", "id": "i", "node_type": "img"}},
                {"type": "script", "group": "webauthn", "attributes": {"src": "data:text/javascript,alert(1)", "id": "s", "node_type": "script"}},
            ]),
            Purpose::Other,
        );
        assert_eq!(view.sections().count(), 0);
        assert!(view.scripts.is_empty());
    }
}
