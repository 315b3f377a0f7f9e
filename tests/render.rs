//! Rendering of real Kratos flows (captured from a running Kratos into tests/fixtures/kratos) with
//! the generic flow template: every node type and group shows up, labelled, with its messages.

use askama::Template;
use serde_json::{json, Value};
use vestibule::i18n::Translator;
use vestibule::ory::kratos::types::{Attributes, Flow};
use vestibule::pages::flow::{FlowPage, PageLink, PageText};
use vestibule::ui::{FlowView, Forms, Purpose};
use vestibule::web::views::Layout;

const NONCE: &str = "test-nonce-123";

fn fixture(name: &str) -> Flow {
    let path = format!(
        "{}/tests/fixtures/kratos/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} does not parse as a flow: {e}"))
}

fn render_with(flow: &Flow, purpose: Purpose, forms: Forms) -> String {
    FlowPage {
        layout: Layout {
            app_name: "vestibule".into(),
            nonce: NONCE.to_owned(),
            t: Translator::default(),
            here: "/login".to_owned(),
        },
        page: PageText {
            links: vec![PageLink {
                prefix: "New here?".to_owned(),
                text: "Create an account".to_owned(),
                href: "/registration?login_challenge=abc".to_owned(),
            }],
            show_group_titles: forms == Forms::PerGroup,
            ..PageText::titled("Sign in")
        },
        flow: FlowView::new(&flow.ui, purpose, forms, &Translator::default()),
    }
    .render()
    .expect("the flow template renders")
}

fn render(name: &str) -> (Flow, String) {
    let flow = fixture(name);
    let forms = if name.starts_with("settings") {
        Forms::PerGroup
    } else {
        Forms::Single
    };
    let html = render_with(&flow, Purpose::SignIn, forms);
    (flow, html)
}

/// How askama escapes text into HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The page without its footer (the language switcher is a form of its own).
fn main_content(html: &str) -> &str {
    &html[..html.find("<footer").expect("the page has a footer")]
}

/// A Kratos message as the page shows it in English: the catalog's words for its id.
fn shown(message: &vestibule::ory::kratos::types::Message) -> String {
    vestibule::i18n::kratos::text(&Translator::default(), message)
}

/// Every node Kratos sent is on the page: inputs by name, labels, texts, images, scripts, and
/// every message, flow-level and per node.
fn assert_every_node_rendered(flow: &Flow, html: &str) {
    assert!(
        html.contains(&format!("action=\"{}\"", escaped(&flow.ui.action))),
        "form posts to ui.action"
    );
    for message in &flow.ui.messages {
        assert!(
            html.contains(&escaped(&shown(message))),
            "flow message {:?}",
            shown(message)
        );
    }
    for node in &flow.ui.nodes {
        for message in &node.messages {
            assert!(
                html.contains(&escaped(&shown(message))),
                "node message {:?}",
                shown(message)
            );
        }
        match node.attributes() {
            Attributes::Input(input) => {
                assert!(
                    html.contains(&format!("name=\"{}\"", escaped(&input.name))),
                    "input {} of group {}",
                    input.name,
                    node.group
                );
                if input.input_type != "hidden" {
                    let label = match node.label().expect("visible inputs have labels") {
                        // Kratos's bare "ID" for the sign-in identifier is said more clearly.
                        "ID" if input.name == "identifier" => "Email or phone number".to_owned(),
                        _ => shown(node.meta.label.as_ref().unwrap()),
                    };
                    assert!(html.contains(&escaped(&label)), "label {label:?}");
                }
                if let Some(trigger) = input.onclick_trigger {
                    assert!(
                        html.contains(&format!("data-ory-trigger=\"{trigger}\"")),
                        "{trigger}"
                    );
                }
            }
            Attributes::Image { src, .. } => {
                assert!(
                    html.contains(&format!("src=\"{}\"", escaped(&src))),
                    "image"
                );
            }
            Attributes::Text { text, .. } => {
                let secrets = text.context.as_ref().and_then(|c| c.get("secrets"));
                match secrets.and_then(Value::as_array) {
                    Some(secrets) => {
                        for secret in secrets {
                            let code = secret["text"].as_str().unwrap();
                            assert!(
                                html.contains(&format!("<code>{code}</code>")),
                                "secret {code}"
                            );
                        }
                    }
                    None => assert!(html.contains(&escaped(&text.text)), "text {:?}", text.text),
                }
            }
            Attributes::Script(script) => {
                assert!(
                    html.contains(&format!(
                        "<script src=\"{}\" nonce=\"{NONCE}\"",
                        escaped(&script.src)
                    )),
                    "script {}",
                    script.src
                );
            }
            Attributes::Anchor { href, .. } => assert!(html.contains(&escaped(&href))),
            Attributes::Division { id, .. } => assert!(html.contains(&format!("id=\"{id}\""))),
            Attributes::Unknown(kind) => {
                panic!("fixture has a node type the model does not know: {kind}")
            }
        }
    }
    // The CSP forbids inline handlers; Kratos's `onclick`/`onload` strings must never be copied.
    assert!(!html.contains("onclick="), "no inline event handlers");
    assert!(!html.contains("onload="), "no inline event handlers");
}

#[test]
fn every_captured_flow_renders_all_its_nodes() {
    for name in [
        "login_flow",
        "login_flow_wrong_password",
        "login_flow_code_sent",
        "login_flow_with_return_to",
        "login_flow_refresh",
        "login_flow_aal2",
        "login_flow_oidc",
        "registration_flow",
        "registration_flow_step2",
        "registration_flow_error",
        "settings_flow",
        "settings_flow_totp_linked",
        "settings_flow_lookup_codes",
        "recovery_flow",
        "recovery_flow_code_sent",
        "verification_flow",
    ] {
        let (flow, html) = render(name);
        assert_every_node_rendered(&flow, &html);
    }
}

#[test]
fn login_offers_password_code_and_passkey_with_enter_submitting_the_password() {
    let (_, html) = render("login_flow");
    let password = html
        .find("name=\"method\" value=\"password\"")
        .expect("password submit");
    let code = html
        .find("name=\"method\" value=\"code\"")
        .expect("code submit");
    assert!(
        password < code,
        "the password button comes first, so Enter signs in with it"
    );
    assert!(html.contains("autocomplete=\"current-password\""));
    assert!(html.contains("data-ory-trigger=\"oryPasskeyLogin\""));
    assert!(html.contains("data-ory-onload-1=\"oryPasskeyLoginAutocompleteInit\""));
    assert!(html.contains(&format!(
        "<script src=\"/static/vestibule.js\" nonce=\"{NONCE}\""
    )));
}

#[test]
fn wrong_password_is_announced_as_an_error() {
    let (flow, html) = render("login_flow_wrong_password");
    let message = &flow.ui.messages[0];
    assert_eq!(message.message_type, "error");
    assert!(html.contains(&format!(
        "class=\"message message-error\" role=\"alert\">{}</p>",
        escaped(&shown(message))
    )));
}

#[test]
fn field_errors_sit_next_to_their_input() {
    let (_, html) = render("registration_flow_error");
    let input = html.find("name=\"password\"").expect("password input");
    let error = html
        .find("Your password must be at least 8 characters long")
        .expect("error");
    assert!(error > input);
    assert!(html.contains("aria-invalid=\"true\""));
    let described = html[..input].rfind("<input").unwrap();
    assert!(html[described..].contains("aria-describedby=\"node-"));
}

#[test]
fn social_sign_in_buttons_come_before_the_identifier() {
    let (_, html) = render("login_flow_oidc");
    let provider = html
        .find("name=\"provider\" value=\"hydra\"")
        .expect("provider button");
    let identifier = html.find("name=\"identifier\"").expect("identifier");
    assert!(provider < identifier);
}

#[test]
fn going_back_in_registration_is_never_the_default_button() {
    let (_, html) = render("registration_flow_step2");
    let back = html
        .find("name=\"screen\" value=\"previous\"")
        .expect("back button");
    let sign_up = html
        .find("name=\"method\" value=\"password\"")
        .expect("sign up");
    assert!(sign_up < back);
    let last_submit = main_content(&html).rfind("type=\"submit\"").unwrap();
    assert!(last_submit < back + 60 && last_submit > sign_up);
}

#[test]
fn settings_get_a_form_per_method_each_with_the_csrf_token() {
    let (flow, html) = render("settings_flow");
    let groups: std::collections::BTreeSet<&str> = flow
        .ui
        .nodes
        .iter()
        .map(|n| n.group.as_str())
        .filter(|g| *g != "default")
        .collect();
    let forms = main_content(&html).matches("<form ").count();
    assert!(forms >= groups.len() - 1, "{forms} forms for {groups:?}");
    assert_eq!(html.matches("name=\"csrf_token\"").count(), forms);
    assert!(
        html.contains("src=\"data:image/png;base64,"),
        "TOTP QR code"
    );
    assert!(html.contains("<h2>Authenticator app</h2>"));
}

#[test]
fn unknown_node_types_groups_and_attributes_do_not_break_the_page() {
    let flow: Flow = serde_json::from_value(json!({
        "id": "5f1a1b5e-0000-4000-8000-000000000000",
        "type": "browser",
        "ui": {
            "action": "http://localhost:4433/self-service/login?flow=5f1a1b5e",
            "method": "POST",
            "messages": [{"id": 9999999, "text": "A message from the future", "type": "warning"}],
            "nodes": [
                {"type": "input", "group": "default", "attributes": {"name": "csrf_token", "type": "hidden", "value": "tok", "node_type": "input"}, "messages": [], "meta": {}},
                {"type": "hologram", "group": "quantum", "attributes": {"node_type": "hologram", "beam": true}, "messages": [], "meta": {}},
                {"type": "input", "group": "quantum", "attributes": {"name": "entangle", "type": "fancy-new-type", "value": 42, "node_type": "input", "sparkle": 1}, "messages": [{"id": 1, "text": "Qubit", "type": "info"}], "meta": {"label": {"id": 2, "text": "Entanglement", "type": "info"}}},
                {"type": "input", "group": "quantum", "attributes": {"name": "method", "type": "submit", "value": "quantum", "node_type": "input"}, "messages": [], "meta": {"label": {"id": 3, "text": "Teleport", "type": "info"}}}
            ]
        }
    }))
    .unwrap();
    let html = render_with(&flow, Purpose::SignIn, Forms::Single);
    assert!(html.contains("A message from the future"));
    assert!(html.contains("name=\"entangle\" type=\"text\" value=\"42\""));
    assert!(html.contains("Entanglement"));
    assert!(html.contains(">Teleport</button>"));
    assert!(!html.contains("hologram"));
}

#[test]
fn everything_from_kratos_is_escaped() {
    let flow: Flow = serde_json::from_value(json!({
        "id": "x",
        "ui": {
            "action": "http://localhost:4433/self-service/login?flow=x&a=\"><script>alert(1)</script>",
            "method": "POST",
            "messages": [{"text": "<img src=x onerror=alert(1)>", "type": "error"}],
            "nodes": [
                {"type": "input", "group": "default", "attributes": {"name": "traits.name", "type": "text", "value": "\"><script>alert(2)</script>", "node_type": "input"}, "messages": [], "meta": {"label": {"text": "<b>Name</b>"}}}
            ]
        }
    }))
    .unwrap();
    let html = render_with(&flow, Purpose::SignUp, Forms::Single);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(!html.contains("<b>Name</b>"), "{html}");
    assert!(
        html.contains(&escaped("<img src=x onerror=alert(1)>")),
        "{html}"
    );
}
