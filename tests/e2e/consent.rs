//! Consent during an OAuth2 flow. After signing in, Hydra sends the browser to vestibule's
//! `/consent?consent_challenge=K`; vestibule either grants the requested scopes without a page
//! (Hydra remembers, the client skips consent, or the operator trusts it) or shows a form that
//! posts back to `/consent`. Claims for the granted scopes come from the Kratos identity.
//!
//! Every test is a whole authorization-code flow, the way a client app sees it: from Hydra's
//! authorization endpoint, through vestibule, to the redirect URI with a code, exchanged at the
//! token endpoint for an ID token whose signature is checked against Hydra's JWKS.

use std::path::Path;

use reqwest::header::{ORIGIN, SET_COOKIE};
use reqwest::{StatusCode, Url};
use serde_json::{json, Value};
use tokio::sync::OnceCell;

use crate::support::oidc::{
    authorize_with_scope, consent_location, introspect, is_client_redirect, redeem,
    sign_in_to_consent, userinfo, Tokens,
};
use crate::support::ory::{
    consent_request, create_client, create_identity_with, random_hex, unique_email,
};
use crate::support::pages::{
    assert_error_page, assert_forbidden, assert_hidden_inputs, holds_csrf_cookie, vestibule_origin,
    CSRF_COOKIE,
};
use crate::support::signin::{app, app_with, is_vestibule, person, person_named, Person, PASSWORD};
use crate::support::{
    query_param, Browser, Form, OAuthClient, Page, Stack, StackOptions, REDIRECT_URI,
};

/// The client the configured stack's vestibule trusts (`TRUSTED_CLIENT_IDS`).
const TRUSTED_CLIENT_ID: &str = "trusted-app";

// ----- a stack with a claims mapping file, a custom trait and a trusted client -----

/// A stack whose Kratos knows a `department` trait (the repository's identity schema plus that
/// trait), whose vestibule reads a claims mapping file and trusts [`TRUSTED_CLIENT_ID`].
struct Configured {
    stack: Stack,
    _files: tempfile::TempDir,
}

static CONFIGURED: OnceCell<Configured> = OnceCell::const_new();

/// The claims mapping of the configured stack: `department` from a trait into the ID token,
/// `dept` (same trait) and `tier` (public metadata) into the access token, all for `profile`.
const CLAIMS_MAPPING: &str = r#"{
    "id_token": {"profile": {"department": "/traits/department"}},
    "access_token": {"profile": {"dept": "/traits/department", "tier": "/metadata_public/tier"}}
}"#;

async fn configured_stack() -> &'static Stack {
    let configured = CONFIGURED
        .get_or_init(|| async {
            let files = tempfile::Builder::new()
                .prefix("consent-config-")
                .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
                .expect("create a directory for the configuration files");
            let schema = extended_schema(files.path());
            let mapping = files.path().join("claims.json");
            std::fs::write(&mapping, CLAIMS_MAPPING).expect("write the claims mapping");
            let stack = Stack::start(StackOptions {
                kratos_env: vec![(
                    "IDENTITY_SCHEMAS".into(),
                    // The whole list: Kratos merges a shorter one into the file's by position.
                    format!(
                        r#"[{{"id":"default","url":"file://{}"}},{{"id":"phone","url":"file://{}/config/kratos/identity.phone.schema.json"}}]"#,
                        schema.display(),
                        env!("CARGO_MANIFEST_DIR")
                    ),
                )],
                vestibule_env: vec![
                    ("TRUSTED_CLIENT_IDS".into(), TRUSTED_CLIENT_ID.into()),
                    (
                        "CLAIMS_MAPPING_FILE".into(),
                        mapping.to_str().unwrap().into(),
                    ),
                ],
                ..Default::default()
            })
            .await;
            Configured {
                stack,
                _files: files,
            }
        })
        .await;
    &configured.stack
}

/// config/kratos/identity.schema.json with an optional string trait `department`, written into
/// `dir`; returns its path.
fn extended_schema(dir: &Path) -> std::path::PathBuf {
    let original = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/kratos/identity.schema.json");
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&original).expect("read the schema"))
            .expect("the identity schema is JSON");
    schema["properties"]["traits"]["properties"]["department"] =
        json!({"type": "string", "title": "Department"});
    let path = dir.join("identity.schema.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&schema).unwrap()).expect("write the schema");
    path
}

// ----- the consent page -----

/// Requests the consent step `stopped` (a navigation that stopped at the consent redirect)
/// points at and checks it is vestibule's consent page. Returns the page and the challenge.
async fn open_consent_page(stack: &Stack, browser: &Browser, stopped: &Page) -> (Page, String) {
    let (location, challenge) = consent_location(stopped);
    let page = browser.get(location.as_str()).await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.is_html() && is_vestibule(stack, &page.url, "/consent"),
        "expected vestibule's consent page\n{page}"
    );
    (page, challenge)
}

/// The consent form: posts to `/consent`.
fn consent_form(page: &Page) -> Form {
    page.form("form[action='/consent']")
}

/// A person ticks the "remember" box of `form` (which `page` must show).
fn tick_remember(page: &Page, form: &mut Form) {
    assert!(
        page.has("form[action='/consent'] input[type=checkbox][name=remember][value=true]"),
        "the consent form has a remember checkbox\n{page}"
    );
    form.fields.push(("remember".into(), "true".into()));
}

/// Clicks Allow (or Deny) and follows redirects until the client's redirect URI.
async fn decide(browser: &Browser, form: &Form, decision: &str) -> Page {
    form.submit(browser, Some(("decision", decision)), is_client_redirect)
        .await
}

/// The page sets vestibule's CSRF cookie.
fn assert_sets_csrf_cookie(page: &Page) {
    let set = page
        .headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|value| value.starts_with(&format!("{CSRF_COOKIE}=")));
    assert!(
        set,
        "the consent page sets the {CSRF_COOKIE} cookie\n{page}"
    );
}

/// A consent page for `challenge`, asking for `scopes` on behalf of `client` for `email`.
fn assert_consent_page(
    page: &Page,
    challenge: &str,
    client: &OAuthClient,
    email: &str,
    scopes: &[&str],
) {
    let form = consent_form(page);
    assert_eq!(form.method, "post", "{form}");
    assert_eq!(
        form.field("consent_challenge"),
        Some(challenge),
        "the form carries the challenge\n{page}"
    );
    assert_hidden_inputs(page, "/consent", &["consent_challenge", "csrf_token"]);
    assert!(
        form.field("csrf_token")
            .is_some_and(|token| !token.is_empty()),
        "the form carries a CSRF token\n{page}"
    );
    for scope in scopes {
        let selector = if *scope == "openid" {
            "form[action='/consent'] input[type=hidden][name=grant_scope][value=openid]".to_owned()
        } else {
            format!(
                "form[action='/consent'] input[type=checkbox][name=grant_scope][value={scope}][checked]"
            )
        };
        assert!(page.has(&selector), "{scope}: {selector}\n{page}");
    }
    let mut granted: Vec<&str> = form
        .fields
        .iter()
        .filter(|(name, _)| name == "grant_scope")
        .map(|(_, value)| value.as_str())
        .collect();
    granted.sort_unstable();
    let mut requested = scopes.to_vec();
    requested.sort_unstable();
    assert_eq!(
        granted, requested,
        "every requested scope is offered, checked\n{page}"
    );
    if scopes.contains(&"openid") {
        assert!(
            page.has("form[action='/consent'] input[type=checkbox][disabled]:not([name])"),
            "openid shows as a checkbox that cannot be unticked\n{page}"
        );
    }
    assert!(
        form.has_button("decision", "allow") && form.has_button("decision", "deny"),
        "Allow and Deny buttons\n{form}"
    );
    assert!(
        page.has_text(&client.name),
        "the app's name is shown\n{page}"
    );
    assert!(
        page.has_text(&format!("Signed in as {email}")) && page.has(".signed-in-as"),
        "the page says who is signed in\n{page}"
    );
}

/// The navigation went from vestibule's `/consent` straight back to Hydra (303, with a consent
/// verifier) and on to the client: no page on the way.
fn assert_consent_without_a_page(stack: &Stack, page: &Page) {
    let consent = page
        .hops
        .iter()
        .find(|hop| is_vestibule(stack, &hop.url, "/consent"))
        .unwrap_or_else(|| panic!("the flow passes vestibule's /consent\n{page}"));
    assert_eq!(
        consent.status,
        StatusCode::SEE_OTHER,
        "/consent answers with a redirect, not a page\n{page}"
    );
    assert!(
        consent.location.as_ref().is_some_and(|to| {
            to.port() == Some(stack.ports.hydra_public)
                && to.path() == "/oauth2/auth"
                && query_param(to, "consent_verifier").is_some()
        }),
        "/consent sends the browser back to Hydra with a consent verifier\n{page}"
    );
    assert!(
        page.hops.iter().all(|hop| hop.status.is_redirection())
            && page.location.as_ref().is_some_and(is_client_redirect),
        "no page is shown on the way to the client\n{page}"
    );
}

fn scope_set(tokens: &Tokens) -> Vec<String> {
    let mut scopes = tokens.scopes();
    scopes.sort();
    scopes
}

/// A new browser signs in as `person` for `authorize` and opens the consent page.
async fn to_consent_page(
    stack: &Stack,
    authorize: &Url,
    person: &Person,
) -> (Browser, Page, String) {
    let browser = Browser::new();
    let stopped = sign_in_to_consent(stack, &browser, authorize, &person.email, PASSWORD).await;
    let (page, challenge) = open_consent_page(stack, &browser, &stopped).await;
    (browser, page, challenge)
}

// ----- the tests -----

#[tokio::test]
async fn claims_in_the_id_token_and_userinfo_follow_the_granted_scopes() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;

    // openid email: the address and whether it is verified, nothing of the profile.
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, challenge) = to_consent_page(stack, &authorize, &ada).await;
    assert_consent_page(&page, &challenge, &client, &ada.email, &["openid", "email"]);
    assert_sets_csrf_cookie(&page);
    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;

    let claims = &tokens.claims;
    assert_eq!(claims["sub"], ada.id.as_str(), "{claims:#}");
    assert_eq!(claims["email"], ada.email.as_str(), "{claims:#}");
    assert_eq!(
        claims["email_verified"], false,
        "an address nobody verified: {claims:#}"
    );
    for absent in ["given_name", "family_name", "name", "updated_at"] {
        assert!(
            claims.get(absent).is_none(),
            "no {absent} without profile: {claims:#}"
        );
    }
    assert_eq!(
        scope_set(&tokens),
        ["email", "openid"],
        "{:#}",
        tokens.response
    );
    let info = userinfo(stack, &tokens.access_token).await;
    for claim in ["sub", "email", "email_verified"] {
        assert_eq!(info[claim], claims[claim], "userinfo {claim}: {info:#}");
    }
    assert!(info.get("given_name").is_none(), "{info:#}");

    // openid profile: the names, no email.
    let authorize = authorize_with_scope(stack, &client, "openid profile", &[]);
    let (browser, page, challenge) = to_consent_page(stack, &authorize, &ada).await;
    assert_consent_page(
        &page,
        &challenge,
        &client,
        &ada.email,
        &["openid", "profile"],
    );
    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;

    let claims = &tokens.claims;
    assert_eq!(claims["sub"], ada.id.as_str(), "{claims:#}");
    assert_eq!(claims["given_name"], "Ada", "{claims:#}");
    assert_eq!(claims["family_name"], "Lovelace", "{claims:#}");
    assert_eq!(claims["name"], "Ada Lovelace", "{claims:#}");
    assert!(claims["updated_at"].is_i64(), "{claims:#}");
    for absent in ["email", "email_verified"] {
        assert!(
            claims.get(absent).is_none(),
            "no {absent} without the email scope: {claims:#}"
        );
    }
    let info = userinfo(stack, &tokens.access_token).await;
    for claim in ["sub", "given_name", "family_name", "name"] {
        assert_eq!(info[claim], claims[claim], "userinfo {claim}: {info:#}");
    }
    assert!(info.get("email").is_none(), "{info:#}");
}

#[tokio::test]
async fn a_claims_mapping_file_adds_claims_to_the_id_token_and_the_access_token() {
    let stack = configured_stack().await;
    let email = unique_email("ada");
    let id = create_identity_with(
        stack,
        json!({"email": email, "name": {"first": "Ada", "last": "Lovelace"}, "department": "Engines"}),
        json!({"tier": "gold"}),
        PASSWORD,
    )
    .await;
    let ada = Person { id, email };
    let client = app(stack, "Nimbus Notes").await;

    let authorize = authorize_with_scope(stack, &client, "openid email profile", &[]);
    let (browser, page, challenge) = to_consent_page(stack, &authorize, &ada).await;
    assert_consent_page(
        &page,
        &challenge,
        &client,
        &ada.email,
        &["openid", "email", "profile"],
    );
    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;

    let claims = &tokens.claims;
    assert_eq!(
        claims["department"], "Engines",
        "the mapped trait is in the ID token: {claims:#}"
    );
    assert_eq!(
        claims["given_name"], "Ada",
        "the default claims stay: {claims:#}"
    );
    for absent in ["dept", "tier"] {
        assert!(
            claims.get(absent).is_none(),
            "{absent} is mapped into the access token only: {claims:#}"
        );
    }
    let info = userinfo(stack, &tokens.access_token).await;
    assert_eq!(info["department"], "Engines", "{info:#}");

    let introspection = introspect(stack, &tokens.access_token).await;
    let ext = &introspection["ext"];
    assert_eq!(
        ext["dept"], "Engines",
        "the mapped trait is in the access token: {introspection:#}"
    );
    assert_eq!(
        ext["tier"], "gold",
        "the mapped public metadata is in the access token: {introspection:#}"
    );
    assert!(
        ext.get("department").is_none(),
        "department is mapped into the ID token only: {introspection:#}"
    );

    // Without the profile scope, none of the mapped claims.
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;
    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert!(
        tokens.claims.get("department").is_none(),
        "{:#}",
        tokens.claims
    );
    let introspection = introspect(stack, &tokens.access_token).await;
    for absent in ["dept", "tier"] {
        assert!(
            introspection["ext"].get(absent).is_none(),
            "{absent} needs the profile scope: {introspection:#}"
        );
    }
}

#[tokio::test]
async fn skip_consent_and_trusted_clients_get_consent_without_a_page_and_then_prompt_none_works() {
    let stack = configured_stack().await;
    let ada = person(stack, "ada").await;
    let skipping = app_with(stack, "Skipper", json!({"skip_consent": true})).await;
    let trusted = app_with(stack, "Trusted", json!({"client_id": TRUSTED_CLIENT_ID})).await;
    assert_eq!(trusted.id, TRUSTED_CLIENT_ID, "Hydra takes the client id");

    for client in [&skipping, &trusted] {
        let browser = Browser::new();
        let authorize = authorize_with_scope(stack, client, "openid email profile", &[]);
        let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;
        let (consent, _) = consent_location(&stopped);

        let at_client = browser.follow(consent.as_str(), is_client_redirect).await;

        assert_consent_without_a_page(stack, &at_client);
        let tokens = redeem(stack, client, &authorize, &at_client).await;
        assert_eq!(
            scope_set(&tokens),
            ["email", "openid", "profile"],
            "{}: the requested scopes are granted: {:#}",
            client.name,
            tokens.response
        );
        assert_eq!(
            tokens.claims["email"],
            ada.email.as_str(),
            "{:#}",
            tokens.claims
        );
        assert_eq!(tokens.claims["given_name"], "Ada", "{:#}", tokens.claims);

        // The decision is remembered: an authorization that must not show any page succeeds.
        let silent =
            authorize_with_scope(stack, client, "openid email profile", &[("prompt", "none")]);
        let at_client = browser.follow(silent.as_str(), is_client_redirect).await;
        assert!(
            at_client.hops.iter().all(|hop| hop.status.is_redirection()),
            "{}: prompt=none shows no page\n{at_client}",
            client.name
        );
        let tokens = redeem(stack, client, &silent, &at_client).await;
        assert_eq!(tokens.claims["sub"], ada.id.as_str(), "{:#}", tokens.claims);
    }
}

#[tokio::test]
async fn a_remembered_decision_skips_the_consent_page_next_time() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;

    // Allowed without "remember": the next authorization asks again.
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;
    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    redeem(stack, &client, &authorize, &at_client).await;

    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    // (Stopping at the client, should the page be skipped, gives a clear failure.)
    let page = browser.follow(authorize.as_str(), is_client_redirect).await;
    page.assert_status(StatusCode::OK);
    assert!(
        is_vestibule(stack, &page.url, "/consent"),
        "without remember, the consent page is shown again\n{page}"
    );

    // Allowed with "remember": the next authorization goes straight to the client.
    let mut form = consent_form(&page);
    tick_remember(&page, &mut form);
    let at_client = decide(&browser, &form, "allow").await;
    redeem(stack, &client, &authorize, &at_client).await;

    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let at_client = browser.follow(authorize.as_str(), is_client_redirect).await;

    assert_consent_without_a_page(stack, &at_client);
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert_eq!(
        tokens.claims["email"],
        ada.email.as_str(),
        "{:#}",
        tokens.claims
    );
}

#[tokio::test]
async fn denying_sends_access_denied_to_the_client() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let authorize = authorize_with_scope(stack, &client, "openid email profile", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;

    let at_client = decide(&browser, &consent_form(&page), "deny").await;

    let back = at_client.stopped_at();
    assert!(
        back.as_str().starts_with(REDIRECT_URI),
        "the browser goes back to the client\n{at_client}"
    );
    assert_eq!(
        query_param(back, "error").as_deref(),
        Some("access_denied"),
        "{at_client}"
    );
    assert_eq!(query_param(back, "code"), None, "no code\n{at_client}");
    assert_eq!(
        query_param(back, "state"),
        query_param(&authorize, "state"),
        "{at_client}"
    );
}

#[tokio::test]
async fn forged_cookieless_or_cross_site_consent_posts_are_refused_and_the_real_form_still_works() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, challenge) = to_consent_page(stack, &authorize, &ada).await;
    let form = consent_form(&page);
    assert!(
        holds_csrf_cookie(stack, &browser),
        "the browser holds the CSRF cookie"
    );

    // A forged token.
    let mut forged = form.clone();
    forged.set("csrf_token", &format!("forged-{}", random_hex()));
    let refused = decide(&browser, &forged, "allow").await;
    assert_forbidden(&refused, "a wrong csrf_token");
    consent_request(stack, &challenge).await;

    // The genuine form from a browser without the CSRF cookie.
    let cookieless = browser.forgetting(&vestibule_origin(stack), |name| name == CSRF_COOKIE);
    let refused = decide(&cookieless, &form, "allow").await;
    assert_forbidden(&refused, "no CSRF cookie");
    consent_request(stack, &challenge).await;

    // The genuine form and cookie, posted from another site.
    let mut fields = form.fields.clone();
    fields.push(("decision".into(), "allow".into()));
    for (header, value) in [
        (ORIGIN.as_str(), "http://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let response = browser
            .client()
            .post(form.action.clone())
            .header(header, value)
            .form(&fields)
            .send()
            .await
            .expect("post the consent form");
        let status = response.status();
        let html = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        let body = response.text().await.unwrap_or_default();
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{header}: {value} is refused: {body}"
        );
        assert!(html, "{header}: {value}: an HTML page: {body}");
        consent_request(stack, &challenge).await;
    }

    // The real thing still completes the flow.
    let at_client = decide(&browser, &form, "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert_eq!(
        tokens.claims["email"],
        ada.email.as_str(),
        "{:#}",
        tokens.claims
    );
}

#[tokio::test]
async fn the_consent_decision_sent_again_before_the_browser_follows_it_grants_the_same() {
    // A load balancer sends POST /consent again, to another replica, when the one that had it died
    // before answering (config/haproxy/haproxy.cfg): the first may have reached Hydra already.
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;
    let form = consent_form(&page);

    let to_hydra = |url: &Url| url.path() == "/oauth2/auth";
    let first = form
        .submit(&browser, Some(("decision", "allow")), to_hydra)
        .await;
    let again = form
        .submit(&browser, Some(("decision", "allow")), to_hydra)
        .await;
    for answer in [&first, &again] {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{answer}");
        let verifier = query_param(answer.stopped_at(), "consent_verifier");
        assert!(
            verifier.is_some_and(|v| !v.is_empty()),
            "back to Hydra with a consent verifier\n{answer}"
        );
    }

    // The browser follows the answer it got: the app gets its code and the tokens grant what was
    // decided, once.
    let at_client = browser
        .follow(again.stopped_at().as_str(), is_client_redirect)
        .await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert_eq!(tokens.claims["sub"], ada.id.as_str(), "{:#}", tokens.claims);
    assert_eq!(
        scope_set(&tokens),
        ["email", "openid"],
        "{:#}",
        tokens.response
    );
    // Once the browser has followed one, the decision is spent: the same form sent later gets an
    // answer whose verifier Hydra refuses, and the app gets no second code.
    let late = form
        .submit(&browser, Some(("decision", "allow")), to_hydra)
        .await;
    let refused = browser
        .follow(late.stopped_at().as_str(), is_client_redirect)
        .await;
    let at_app = refused.stopped_at();
    assert_eq!(
        query_param(at_app, "error").as_deref(),
        Some("access_denied"),
        "{refused}"
    );
    assert!(query_param(at_app, "code").is_none(), "{refused}");
}

#[tokio::test]
async fn a_scope_posted_but_not_requested_is_not_granted() {
    let stack = Stack::shared().await;
    let email = unique_email("ada");
    let id = create_identity_with(
        stack,
        json!({"email": email, "name": {"first": "Ada", "last": "Lovelace"}, "phone": "+14155552671"}),
        Value::Null,
        PASSWORD,
    )
    .await;
    let ada = Person { id, email };
    let client = app(stack, "Nimbus Notes").await;
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;
    assert!(
        !page.has("input[name=grant_scope][value=phone]"),
        "phone was not requested, so not offered\n{page}"
    );

    let mut form = consent_form(&page);
    form.fields.push(("grant_scope".into(), "phone".into()));
    let at_client = decide(&browser, &form, "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;

    assert_eq!(
        scope_set(&tokens),
        ["email", "openid"],
        "only requested scopes are granted: {:#}",
        tokens.response
    );
    for absent in ["phone_number", "phone_number_verified"] {
        assert!(
            tokens.claims.get(absent).is_none(),
            "no {absent}: {:#}",
            tokens.claims
        );
    }
    assert_eq!(
        tokens.claims["email"],
        ada.email.as_str(),
        "{:#}",
        tokens.claims
    );
    let introspection = introspect(stack, &tokens.access_token).await;
    let granted = introspection["scope"].as_str().unwrap_or_default();
    assert!(
        !granted.split_whitespace().any(|scope| scope == "phone"),
        "{introspection:#}"
    );
}

#[tokio::test]
async fn html_in_the_client_name_is_escaped_and_html_in_traits_reaches_tokens_as_text() {
    let stack = Stack::shared().await;
    let ada = person_named(stack, "ada", "<i>Ada</i>", "Lovelace").await;
    let raw_name = r#"<b>Evil</b> & "Co""#;
    let client = create_client(stack, raw_name, json!({})).await;
    let authorize = authorize_with_scope(stack, &client, "openid profile", &[]);
    let (browser, page, _) = to_consent_page(stack, &authorize, &ada).await;

    assert!(
        page.body
            .contains("&#60;b&#62;Evil&#60;/b&#62; &#38; &#34;Co&#34;"),
        "the client name is shown escaped\n{page}"
    );
    assert!(
        !page.body.contains("<b>Evil"),
        "the raw markup never reaches the page\n{page}"
    );
    assert!(
        !page.has("b"),
        "the client name makes no element of the page\n{page}"
    );
    assert!(
        page.has_text(raw_name),
        "people see the name as written\n{page}"
    );

    let at_client = decide(&browser, &consent_form(&page), "allow").await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert_eq!(
        tokens.claims["given_name"], "<i>Ada</i>",
        "a trait is a claim as it is, not escaped: {:#}",
        tokens.claims
    );
    assert_eq!(
        tokens.claims["name"], "<i>Ada</i> Lovelace",
        "{:#}",
        tokens.claims
    );
}

#[tokio::test]
async fn an_unknown_consent_challenge_is_a_404_page() {
    let stack = Stack::shared().await;
    let page = Browser::new()
        .get(stack.vestibule_url(&format!("consent?consent_challenge={}", random_hex())))
        .await;
    assert_error_page(&page, |status| status == StatusCode::NOT_FOUND, "404");
}
