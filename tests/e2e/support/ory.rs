//! What a test sets up or checks behind the browser's back, through the Kratos and Hydra admin
//! APIs: identities, OAuth2 clients, and the login and consent requests Hydra keeps.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::header::ACCEPT;
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use serde_json::{json, Value};

use super::browser::{query_param, Browser, Form, Page};
use super::{client, Stack};

/// Where the OAuth2 clients of the tests send browsers back to. Nothing listens there: a test
/// stops at the redirect.
pub const REDIRECT_URI: &str = "http://127.0.0.1:5555/callback";

/// A Hydra OAuth2 client.
#[derive(Clone, Debug)]
pub struct OAuthClient {
    pub id: String,
    pub secret: String,
    pub name: String,
    pub redirect_uri: String,
}

/// A random lowercase hex string of 32 characters, different on every call.
pub fn random_hex() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let word = || {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(count);
        hasher.finish()
    };
    format!("{:016x}{:016x}", word(), word())
}

/// An email address no other test uses.
pub fn unique_email(who: &str) -> String {
    format!("{who}-{}@example.com", &random_hex()[..12])
}

/// Sends `request` (`what` names it in failures, e.g. `GET {url}`) and returns the status and
/// the JSON answer (`null` when the body is empty). Panics when the server cannot be reached or
/// answers something else than JSON.
pub async fn send_json(request: RequestBuilder, what: &str) -> (StatusCode, Value) {
    let response = request
        .send()
        .await
        .unwrap_or_else(|e| panic!("{what} failed: {e:?}"));
    let status = response.status();
    let text = response
        .text()
        .await
        .unwrap_or_else(|e| panic!("reading {what} ({status}) failed: {e:?}"));
    let json = if text.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{what} answered {status} with non-JSON ({e}): {text}"))
    };
    (status, json)
}

/// Like [`send_json`], but any other status than `expected` fails the test.
pub async fn expect_json(request: RequestBuilder, what: &str, expected: StatusCode) -> Value {
    let (status, json) = send_json(request, what).await;
    assert_eq!(status, expected, "{what} answered {json:#}");
    json
}

/// `GET url` asking for JSON, the way Kratos's public API answers a browser's own calls.
pub fn get_accepting_json(http: &reqwest::Client, url: &str) -> RequestBuilder {
    http.get(url).header(ACCEPT, "application/json")
}

/// A JSON call to an admin API that must answer `expected`.
pub async fn admin_expect(
    method: Method,
    url: &str,
    body: Option<&Value>,
    expected: StatusCode,
) -> Value {
    let mut request = client().request(method.clone(), url);
    if let Some(body) = body {
        request = request.json(body);
    }
    let (status, json) = send_json(request, &format!("{method} {url}")).await;
    assert_eq!(
        status,
        expected,
        "{method} {url} with {} answered {json:#}",
        body.map(Value::to_string).unwrap_or_default()
    );
    json
}

fn with_query(base: String, name: &str, value: &str) -> String {
    let mut url = Url::parse(&base).unwrap();
    url.query_pairs_mut().append_pair(name, value);
    url.into()
}

fn text<'a>(json: &'a Value, pointer: &str) -> &'a str {
    json.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {json:#}"))
}

// ----- Kratos -----

/// Creates a Kratos identity with the default schema and a password; returns its id.
pub async fn create_identity(
    stack: &Stack,
    email: &str,
    password: &str,
    first: &str,
    last: &str,
) -> String {
    let traits = json!({"email": email, "name": {"first": first, "last": last}});
    create_identity_with(stack, traits, Value::Null, password).await
}

/// Creates a Kratos identity with the default schema id, `traits` (a JSON object), public
/// metadata (`Value::Null` for none) and a password; returns its id.
pub async fn create_identity_with(
    stack: &Stack,
    traits: Value,
    metadata_public: Value,
    password: &str,
) -> String {
    let mut body = json!({
        "schema_id": "default",
        "traits": traits,
        "credentials": {"password": {"config": {"password": password}}},
    });
    if !metadata_public.is_null() {
        body["metadata_public"] = metadata_public;
    }
    post_identity(stack, &body).await
}

/// Creates a Kratos identity of the identity schema `schema_id` (`localized`: the test kit's
/// schema with a `locale` trait), with `traits` and a password; returns its id.
pub async fn create_identity_of_schema(
    stack: &Stack,
    schema_id: &str,
    traits: Value,
    password: &str,
) -> String {
    let body = json!({
        "schema_id": schema_id,
        "traits": traits,
        "credentials": {"password": {"config": {"password": password}}},
    });
    post_identity(stack, &body).await
}

/// Creates a Kratos identity with the default schema and `traits`, without credentials (it
/// signs in with codes); returns its id.
pub async fn create_identity_with_traits(stack: &Stack, traits: Value) -> String {
    post_identity(stack, &json!({"schema_id": "default", "traits": traits})).await
}

async fn post_identity(stack: &Stack, body: &Value) -> String {
    let created = admin_expect(
        Method::POST,
        &stack.kratos_admin_url("admin/identities"),
        Some(body),
        StatusCode::CREATED,
    )
    .await;
    text(&created, "/id").to_owned()
}

/// The Kratos identity `id`, as the admin API shows it.
pub async fn identity(stack: &Stack, id: &str) -> Value {
    admin_expect(
        Method::GET,
        &stack.kratos_admin_url(&format!("admin/identities/{id}")),
        None,
        StatusCode::OK,
    )
    .await
}

/// A Kratos self-service flow (`kind`: login, registration, ...) as the browser's cookies let
/// it be read: browser flows are bound to the CSRF cookie Kratos set in that browser.
pub async fn kratos_flow(stack: &Stack, browser: &Browser, kind: &str, id: &str) -> Value {
    let url = with_query(
        stack.kratos_public_url(&format!("self-service/{kind}/flows")),
        "id",
        id,
    );
    let request = get_accepting_json(browser.client(), &url);
    expect_json(request, &format!("GET {url}"), StatusCode::OK).await
}

/// The Kratos self-service flow of `kind` that vestibule's `page` renders (its `?flow=ID`).
pub async fn flow_of(stack: &Stack, browser: &Browser, kind: &str, page: &Page) -> Value {
    let id = page
        .query_param("flow")
        .unwrap_or_else(|| panic!("the page shows no flow\n{page}"));
    kratos_flow(stack, browser, kind, &id).await
}

/// A Kratos flow's own messages (`ui.messages`) as vestibule shows them in English: the English
/// catalog's words for each message id, with the message's context.
pub fn flow_messages(flow: &Value) -> Vec<String> {
    let catalogs = vestibule::i18n::Catalogs::built_in();
    let english = catalogs.translator(catalogs.get("en").expect("an English catalog"));
    flow["ui"]["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|message| {
            serde_json::from_value::<vestibule::ory::kratos::types::Message>(message.clone()).ok()
        })
        .map(|message| vestibule::i18n::kratos::text(&english, &message))
        .collect()
}

/// The Kratos session of `browser` (`/sessions/whoami` with its cookies), if it has one.
pub async fn kratos_session(stack: &Stack, browser: &Browser) -> Option<Value> {
    let url = stack.kratos_public_url("sessions/whoami");
    let response = get_accepting_json(browser.client(), &url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url} failed: {e:?}"));
    match response.status() {
        StatusCode::OK => Some(response.json().await.expect("whoami answers JSON")),
        StatusCode::UNAUTHORIZED => None,
        status => panic!("GET {url} answered {status}: {:?}", response.text().await),
    }
}

/// Signs `browser` in at Kratos with a password, straight through Kratos's browser login flow
/// with the form built from the flow's nodes (no login UI involved). Follows redirects until one
/// leaves Kratos (to `return_to` when given, else Kratos's default return URL) and returns there.
pub async fn sign_in_at_kratos(
    stack: &Stack,
    browser: &Browser,
    email: &str,
    password: &str,
    return_to: Option<&str>,
) -> Page {
    let signed_in = submit_kratos_login(stack, browser, email, password, return_to).await;
    assert!(
        kratos_session(stack, browser).await.is_some(),
        "Kratos did not sign {email} in\n{signed_in}"
    );
    signed_in
}

/// The steps of [`sign_in_at_kratos`] without its check of the session: starts Kratos's browser
/// login flow, submits its password form and follows redirects until one leaves Kratos.
pub async fn submit_kratos_login(
    stack: &Stack,
    browser: &Browser,
    email: &str,
    password: &str,
    return_to: Option<&str>,
) -> Page {
    let kratos_port = stack.ports.kratos_public;
    let mut start = Url::parse(&stack.kratos_public_url("self-service/login/browser")).unwrap();
    if let Some(return_to) = return_to {
        start.query_pairs_mut().append_pair("return_to", return_to);
    }
    let at_ui = browser
        .follow(start.as_str(), |url| url.port() != Some(kratos_port))
        .await;
    let flow_id = query_param(at_ui.stopped_at(), "flow")
        .unwrap_or_else(|| panic!("Kratos sends the browser to its login UI with a flow\n{at_ui}"));
    let flow = kratos_flow(stack, browser, "login", &flow_id).await;
    let mut form = kratos_form(&flow);
    form.set("identifier", email).set("password", password);
    form.submit(browser, Some(("method", "password")), |url| {
        url.port() != Some(kratos_port)
    })
    .await
}

// ----- Hydra -----

/// Registers an OAuth2 client for the authorization code flow. `extra` (a JSON object) is
/// merged over the defaults, e.g. `json!({"skip_consent": true})`.
pub async fn create_client(stack: &Stack, name: &str, extra: Value) -> OAuthClient {
    let secret = format!("secret-{}", random_hex());
    let mut body = json!({
        "client_name": name,
        "client_secret": secret,
        "redirect_uris": [REDIRECT_URI],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "scope": "openid offline_access email profile phone address",
        "token_endpoint_auth_method": "client_secret_post",
    });
    match extra {
        Value::Object(extra) => body.as_object_mut().unwrap().extend(extra),
        Value::Null => {}
        other => panic!("extra client settings must be a JSON object, not {other}"),
    }
    let created = admin_expect(
        Method::POST,
        &stack.hydra_admin_url("admin/clients"),
        Some(&body),
        StatusCode::CREATED,
    )
    .await;
    OAuthClient {
        id: text(&created, "/client_id").to_owned(),
        secret,
        name: name.to_owned(),
        redirect_uri: REDIRECT_URI.to_owned(),
    }
}

/// Where a client app sends a browser to start signing in: Hydra's authorization endpoint
/// for the code flow with scopes `openid email profile` and a fresh `state` and `nonce`.
/// `extra_params` (e.g. `("prompt", "login")`) are appended.
pub fn authorize_url(stack: &Stack, client: &OAuthClient, extra_params: &[(&str, &str)]) -> Url {
    let endpoint = stack.hydra_public_url("oauth2/auth");
    let mut url = code_request_url(&endpoint, &client.id, &client.redirect_uri);
    url.query_pairs_mut().extend_pairs(extra_params);
    url
}

/// An authorization `endpoint` with the parameters of a code flow request by `client_id`:
/// scopes `openid email profile`, `redirect_uri`, a fresh `state` and `nonce`.
pub fn code_request_url(endpoint: &str, client_id: &str, redirect_uri: &str) -> Url {
    let mut url = Url::parse(endpoint).unwrap();
    url.query_pairs_mut()
        .append_pair("client_id", client_id)
        .append_pair("response_type", "code")
        .append_pair("scope", "openid email profile")
        .append_pair("redirect_uri", redirect_uri)
        .append_pair("state", &random_hex())
        .append_pair("nonce", &random_hex());
    url
}

/// Exchanges an authorization code at Hydra's token endpoint the way `client` would; returns
/// Hydra's token response.
pub async fn exchange_code(stack: &Stack, client: &OAuthClient, code: &str) -> Value {
    let url = stack.hydra_public_url("oauth2/token");
    let request = super::client().post(&url).form(&[
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", &client.redirect_uri),
        ("client_id", &client.id),
        ("client_secret", &client.secret),
    ]);
    expect_json(request, &format!("POST {url}"), StatusCode::OK).await
}

/// `{hydra_admin}/admin/oauth2/auth/requests/{kind}{suffix}?{kind}_challenge={challenge}`, where
/// `kind` is login or consent and `suffix` empty or an action such as `/accept`.
fn hydra_request_url(stack: &Stack, kind: &str, suffix: &str, challenge: &str) -> String {
    with_query(
        stack.hydra_admin_url(&format!("admin/oauth2/auth/requests/{kind}{suffix}")),
        &format!("{kind}_challenge"),
        challenge,
    )
}

/// Hydra's pending login request `challenge` (fails the test if it is unknown or handled).
pub async fn login_request(stack: &Stack, challenge: &str) -> Value {
    let url = hydra_request_url(stack, "login", "", challenge);
    admin_expect(Method::GET, &url, None, StatusCode::OK).await
}

/// Hydra's pending consent request `challenge` (fails the test if it is unknown or handled).
pub async fn consent_request(stack: &Stack, challenge: &str) -> Value {
    let url = hydra_request_url(stack, "consent", "", challenge);
    admin_expect(Method::GET, &url, None, StatusCode::OK).await
}

/// Accepts a login request the way a login app would, for `subject`; returns Hydra's
/// `redirect_to`.
pub async fn accept_login(stack: &Stack, challenge: &str, subject: &str) -> Url {
    let body = json!({"subject": subject, "remember": true, "remember_for": 3600});
    accept_request(stack, "login", challenge, &body).await
}

/// Grants `scopes` on consent request `challenge`, remembered for an hour; returns Hydra's
/// `redirect_to` (back to Hydra, which then redirects to the client).
pub async fn accept_consent(stack: &Stack, challenge: &str, scopes: &[&str]) -> Url {
    let body = json!({"grant_scope": scopes, "remember": true, "remember_for": 3600});
    accept_request(stack, "consent", challenge, &body).await
}

/// Accepts Hydra's `kind` (login, consent) request `challenge` with `body`; returns Hydra's
/// `redirect_to`.
async fn accept_request(stack: &Stack, kind: &str, challenge: &str, body: &Value) -> Url {
    let url = hydra_request_url(stack, kind, "/accept", challenge);
    let accepted = admin_expect(Method::PUT, &url, Some(body), StatusCode::OK).await;
    Url::parse(text(&accepted, "/redirect_to")).expect("redirect_to is a URL")
}

/// The form a login app would render for a Kratos flow, built straight from the flow's
/// `ui` (action, method and input nodes); submit buttons go to `buttons`.
pub fn kratos_form(flow: &Value) -> Form {
    let mut fields = Vec::new();
    let mut buttons = Vec::new();
    for node in flow["ui"]["nodes"].as_array().into_iter().flatten() {
        let attributes = &node["attributes"];
        if attributes["node_type"] != "input" {
            continue;
        }
        let name = text(attributes, "/name").to_owned();
        let value = match &attributes["value"] {
            Value::Null => String::new(),
            Value::String(value) => value.clone(),
            other => other.to_string(),
        };
        match attributes["type"].as_str() {
            Some("submit") => buttons.push((name, value)),
            Some("button") => {}
            _ => fields.push((name, value)),
        }
    }
    Form {
        action: Url::parse(text(flow, "/ui/action")).expect("ui.action is a URL"),
        method: text(flow, "/ui/method").to_ascii_lowercase(),
        fields,
        buttons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::browser::is_consent;

    const PASSWORD: &str = "correct horse battery staple 42";

    /// The harness itself, without vestibule: Hydra and Kratos driven through these helpers and
    /// the test browser, playing the login app's part through the admin API.
    #[tokio::test]
    async fn the_helpers_complete_an_oauth2_flow_without_vestibule() {
        let stack = Stack::shared().await;
        let email = unique_email("harness");
        let id = create_identity(stack, &email, PASSWORD, "Hana", "Ness").await;
        let client = create_client(stack, "Harness check", json!({})).await;
        let browser = Browser::new();

        let authorize = authorize_url(stack, &client, &[]);
        let at_login = browser
            .follow(authorize.as_str(), |url| url.path() == "/login")
            .await;
        let challenge = query_param(at_login.stopped_at(), "login_challenge")
            .unwrap_or_else(|| panic!("Hydra sends a login challenge\n{at_login}"));
        let request = login_request(stack, &challenge).await;
        assert_eq!(request["client"]["client_id"], client.id.as_str());
        assert_eq!(request["client"]["client_name"], "Harness check");
        assert_eq!(request["skip"], false);

        let return_to = with_query(
            stack.vestibule_url("callback"),
            "login_challenge",
            &challenge,
        );
        let signed_in =
            sign_in_at_kratos(stack, &browser, &email, PASSWORD, Some(&return_to)).await;
        assert_eq!(signed_in.stopped_at().as_str(), return_to, "{signed_in}");
        let session = kratos_session(stack, &browser)
            .await
            .expect("signed in at Kratos");
        assert_eq!(session["identity"]["id"], id.as_str());

        let next = accept_login(stack, &challenge, &id).await;
        let at_consent = browser.follow(next.as_str(), is_consent).await;
        let consent_challenge = query_param(at_consent.stopped_at(), "consent_challenge").unwrap();
        let consent = consent_request(stack, &consent_challenge).await;
        assert_eq!(consent["subject"], id.as_str());
        assert_eq!(consent["client"]["client_id"], client.id.as_str());

        let back = accept_consent(stack, &consent_challenge, &["openid", "email"]).await;
        let at_client = browser
            .follow(back.as_str(), |url| url.as_str().starts_with(REDIRECT_URI))
            .await;
        let code_redirect = at_client.stopped_at();
        assert_eq!(
            query_param(code_redirect, "state"),
            query_param(&authorize, "state")
        );
        let code = query_param(code_redirect, "code")
            .unwrap_or_else(|| panic!("the client gets a code\n{at_client}"));
        let tokens = exchange_code(stack, &client, &code).await;
        assert!(tokens["access_token"].is_string(), "{tokens:#}");
        assert!(tokens["id_token"].is_string(), "{tokens:#}");

        // Hydra remembers the login: the next authorization is a skip.
        let again = browser
            .follow(authorize_url(stack, &client, &[]).as_str(), |url| {
                url.path() == "/login"
            })
            .await;
        let challenge = query_param(again.stopped_at(), "login_challenge").unwrap();
        let request = login_request(stack, &challenge).await;
        assert_eq!(request["skip"], true, "{request:#}");
        assert_eq!(request["subject"], id.as_str());
    }
}
