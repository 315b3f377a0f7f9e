//! Social sign-in ("Sign in with Google") during an OAuth2 flow, with a real upstream OpenID
//! Connect provider: a second Ory Hydra and its login and consent app (`support::upstream`),
//! configured in Kratos as the `generic` provider `upstream` labelled "Example", its claims
//! mapped by `config/kratos/oidc/upstream.jsonnet`.
//!
//! A client app sends the browser to the stack's Hydra, Hydra to vestibule's login page, and the
//! person presses "Sign in with Example": the form posts to Kratos, Kratos sends the browser
//! through the provider and takes it back on its callback, and on to vestibule's `/callback`,
//! which accepts Hydra's login for the Kratos identity. The tests stop where Hydra asks for
//! consent and check, through the admin APIs, whom the consent is for and what Kratos stored.

use reqwest::{StatusCode, Url};
use serde_json::{json, Value};

use crate::support::ory::{identity, kratos_session};
use crate::support::signin::{
    app, assert_at_flow, assert_rendered_flow, authorize, consent_requested,
    is_hydra_authorization, is_vestibule, is_vestibule_consent, password_form, person_named,
    subject_of, Authorization, PASSWORD,
};
use crate::support::upstream::{SocialStack, UpstreamUser, PROVIDER_ID, PROVIDER_LABEL};
use crate::support::{never, query_param, Browser, Form, OAuthClient, Page, Stack};

/// The browser goes to Hydra's authorization endpoint for `client` and on to vestibule's sign-in
/// page (through a Kratos login flow that returns to `/callback?login_challenge=C`).
async fn reach_login_page(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
) -> (Authorization, Page) {
    let authorization = authorize(stack, browser, client, &[]).await;
    let page = browser.follow(authorization.login.as_str(), never).await;
    assert_at_flow(stack, &page, "/login");
    (authorization, page)
}

/// The form on vestibule's page that has the button `name=upstream`, e.g. `provider` (sign in),
/// `link` or `unlink` (settings); checks that the page names the provider the way Kratos labels
/// that button (`label_prefix` + "Example").
fn provider_form(page: &Page, name: &str, label_prefix: &str) -> Form {
    let form = page.form(|form: &Form| form.has_button(name, PROVIDER_ID));
    let label = format!("{label_prefix} {PROVIDER_LABEL}");
    assert!(
        page.has_text(&label),
        "the {name}={PROVIDER_ID} button says {label:?}\n{page}"
    );
    assert!(form.has_field("csrf_token"), "{form}\n{page}");
    form
}

/// Kratos answers the provider button with a redirect to the provider, and browsers follow a
/// posted form's redirects only to origins the page's `form-action` allows.
fn assert_form_action_allows_the_provider(social: &SocialStack, page: &Page) {
    let csp = page.headers["content-security-policy"]
        .to_str()
        .expect("a readable Content-Security-Policy");
    let form_action = csp
        .split(';')
        .map(str::trim)
        .find(|directive| directive.starts_with("form-action"))
        .unwrap_or_else(|| panic!("no form-action in {csp}"));
    for origin in social.upstream.origins().split(',') {
        assert!(
            form_action.split(' ').any(|source| source == origin),
            "form-action lets forms lead to the provider {origin}: {form_action}"
        );
    }
}

/// On vestibule's sign-in page, presses "Sign in with Example" and follows the browser through
/// Kratos, the provider, Kratos's callback and vestibule's `/callback` until Hydra asks for
/// consent (or something else ends the navigation).
async fn sign_in_with_provider(social: &SocialStack, browser: &Browser, page: &Page) -> Page {
    let form = provider_form(page, "provider", "Sign in with");
    assert_form_action_allows_the_provider(social, page);
    let kratos = social.stack.ports.kratos_public;
    assert_eq!(form.action.port(), Some(kratos), "posts to Kratos: {form}");
    let done = form
        .submit(
            browser,
            Some(("provider", PROVIDER_ID)),
            is_vestibule_consent(&social.stack),
        )
        .await;
    assert_went_through_provider(social, &done);
    done
}

/// The navigation left Kratos for the provider's authorization endpoint, was accepted by the
/// provider's login and consent app, and came back on Kratos's callback for `upstream`.
fn assert_went_through_provider(social: &SocialStack, page: &Page) {
    let upstream = &social.upstream;
    let to_provider = page.hops.iter().find(|hop| {
        hop.location.as_ref().is_some_and(|to| {
            to.port() == Some(upstream.public_port) && to.path() == "/oauth2/auth"
        })
    });
    let to_provider = to_provider.unwrap_or_else(|| {
        panic!("Kratos should send the browser to the provider's /oauth2/auth\n{page}")
    });
    assert_eq!(
        to_provider.url.port(),
        Some(social.stack.ports.kratos_public),
        "Kratos, not vestibule, sends the browser to the provider\n{page}"
    );
    let authorize = to_provider.location.as_ref().unwrap();
    assert_eq!(
        query_param(authorize, "scope").as_deref(),
        Some("openid email profile"),
        "Kratos asks the provider for the configured scopes\n{page}"
    );
    for step in ["/login", "/consent"] {
        assert!(
            page.hops.iter().any(|hop| {
                hop.url.port() == Some(upstream.app_port)
                    && hop.url.path() == step
                    && hop.status == StatusCode::FOUND
            }),
            "the provider's {step} accepts the request\n{page}"
        );
    }
    let callback = Url::parse(&SocialStack::callback_url(&social.stack)).unwrap();
    assert!(
        page.hops.iter().any(|hop| hop.url.port() == callback.port()
            && hop.url.path() == callback.path()
            && query_param(&hop.url, "code").is_some()),
        "the provider returns the browser to {callback} with a code\n{page}"
    );
}

/// The navigation reached vestibule's `/callback` with the challenge of `authorization`, and
/// `/callback` handed the browser back to Hydra: the OAuth2 flow was kept through the provider.
fn assert_returned_to_the_oauth2_flow(stack: &Stack, page: &Page, authorization: &Authorization) {
    let callback = page
        .hops
        .iter()
        .find(|hop| is_vestibule(stack, &hop.url, "/callback"))
        .unwrap_or_else(|| panic!("Kratos returns the browser to vestibule's /callback\n{page}"));
    assert_eq!(
        query_param(&callback.url, "login_challenge").as_deref(),
        Some(authorization.challenge.as_str()),
        "/callback gets the login challenge of this authorization\n{page}"
    );
    assert!(
        callback
            .location
            .as_ref()
            .is_some_and(|to| is_hydra_authorization(stack, to)
                && query_param(to, "login_verifier").is_some()),
        "/callback accepts the login and hands the browser back to Hydra\n{page}"
    );
}

/// The identifiers of the identity's `oidc` credential (`upstream:<subject>`), empty when it
/// has none.
fn oidc_identifiers(identity: &Value) -> Vec<String> {
    identity["credentials"]["oidc"]["identifiers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|value| value.as_str().map(str::to_owned))
        .collect()
}

fn oidc_identifier(user: &UpstreamUser) -> String {
    format!("{PROVIDER_ID}:{}", user.subject)
}

/// A fresh browser, signed in at the provider as `user`, goes through a whole sign-in of
/// `client` with the provider's button; returns the identity Hydra's consent request is for.
async fn sign_in_afresh_with_provider(
    social: &SocialStack,
    user: &UpstreamUser,
    client: &OAuthClient,
) -> (Browser, String) {
    let stack = &social.stack;
    let browser = Browser::new();
    social.upstream.sign_in(&browser, user).await;
    let (authorization, page) = reach_login_page(stack, &browser, client).await;
    let done = sign_in_with_provider(social, &browser, &page).await;
    let consent = consent_requested(stack, &done, &authorization, client).await;
    assert_returned_to_the_oauth2_flow(stack, &done, &authorization);
    (browser, subject_of(&consent))
}

#[tokio::test]
async fn social_first_sign_in_creates_the_identity_and_continues_the_oauth2_flow() {
    let (social, _one_at_a_time) = SocialStack::shared().await;
    let stack = &social.stack;
    let user = UpstreamUser::new("ursula", "Ursula", "Franklin");
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    social.upstream.sign_in(&browser, &user).await;
    let (authorization, page) = reach_login_page(stack, &browser, &client).await;

    let done = sign_in_with_provider(social, &browser, &page).await;

    let consent = consent_requested(stack, &done, &authorization, &client).await;
    assert_returned_to_the_oauth2_flow(stack, &done, &authorization);
    let subject = subject_of(&consent);
    let created = identity(stack, &subject).await;
    assert_eq!(
        created["traits"]["email"],
        user.email.as_str(),
        "{created:#}"
    );
    assert_eq!(
        created["traits"]["name"],
        json!({"first": "Ursula", "last": "Franklin"}),
        "the mapper takes the names from the provider: {created:#}"
    );
    assert_eq!(
        oidc_identifiers(&created),
        [oidc_identifier(&user)],
        "the identity signs in with the provider's subject: {created:#}"
    );
    let address = created["verifiable_addresses"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["value"] == user.email.as_str()))
        .unwrap_or_else(|| panic!("the email is a verifiable address: {created:#}"));
    assert_eq!(
        address["verified"], true,
        "the provider verified the email, so Kratos counts it as verified: {created:#}"
    );
    let session = kratos_session(stack, &browser)
        .await
        .unwrap_or_else(|| panic!("the browser has a Kratos session\n{done}"));
    assert_eq!(session["identity"]["id"], subject.as_str(), "{session:#}");
    assert!(
        session["authentication_methods"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|m| m["method"] == "oidc" && m["provider"] == PROVIDER_ID),
        "the session was made by the provider: {session:#}"
    );
}

#[tokio::test]
async fn social_second_sign_in_reuses_the_identity_the_first_created() {
    let (social, _one_at_a_time) = SocialStack::shared().await;
    let stack = &social.stack;
    let user = UpstreamUser::new("rosalind", "Rosalind", "Elsie");
    let notes = app(stack, "Nimbus Notes").await;
    let calendar = app(stack, "Cirrus Calendar").await;
    let (_, first) = sign_in_afresh_with_provider(social, &user, &notes).await;

    let (browser, second) = sign_in_afresh_with_provider(social, &user, &calendar).await;

    assert_eq!(
        second, first,
        "the same person at the provider is the same identity"
    );
    let session = kratos_session(stack, &browser)
        .await
        .expect("the second browser has a Kratos session");
    assert_eq!(session["identity"]["id"], first.as_str(), "{session:#}");
    let same = identity(stack, &first).await;
    assert_eq!(
        oidc_identifiers(&same),
        [oidc_identifier(&user)],
        "{same:#}"
    );
}

#[tokio::test]
async fn social_accounts_are_linked_and_unlinked_in_settings() {
    let (social, _one_at_a_time) = SocialStack::shared().await;
    let stack = &social.stack;
    let lise = person_named(stack, "lise", "Lise", "Meitner").await;
    let user = UpstreamUser::with_email("lise", &lise.email, "Lise", "Meitner");
    let client = app(stack, "Nimbus Notes").await;

    // Signed in with the password, in an OAuth2 flow ...
    let browser = Browser::new();
    let (authorization, page) = reach_login_page(stack, &browser, &client).await;
    let mut password = password_form(&page);
    password
        .set("identifier", &lise.email)
        .set("password", PASSWORD);
    let done = password
        .submit(
            &browser,
            Some(("method", "password")),
            is_vestibule_consent(stack),
        )
        .await;
    let consent = consent_requested(stack, &done, &authorization, &client).await;
    assert_eq!(consent["subject"], lise.id.as_str(), "{consent:#}\n{done}");

    // ... and at the provider, the person links the provider's account in settings.
    social.upstream.sign_in(&browser, &user).await;
    let settings = browser.follow(stack.vestibule_url("settings"), never).await;
    assert_rendered_flow(stack, &settings, "/settings");
    assert!(
        !settings
            .forms()
            .iter()
            .any(|form| form.has_button("unlink", PROVIDER_ID)),
        "nothing to unlink yet\n{settings}"
    );
    let link = provider_form(&settings, "link", "Link");
    assert_form_action_allows_the_provider(social, &settings);
    let kratos = stack.ports.kratos_public;
    assert_eq!(link.action.port(), Some(kratos), "posts to Kratos: {link}");

    let linked = link
        .submit(&browser, Some(("link", PROVIDER_ID)), never)
        .await;

    assert_went_through_provider(social, &linked);
    assert_rendered_flow(stack, &linked, "/settings");
    assert_eq!(
        linked.query_param("flow"),
        settings.query_param("flow"),
        "Kratos returns to the same settings flow\n{linked}"
    );
    let stored = identity(stack, &lise.id).await;
    assert_eq!(
        oidc_identifiers(&stored),
        [oidc_identifier(&user)],
        "the provider's account is linked: {stored:#}"
    );
    let unlink = provider_form(&linked, "unlink", "Unlink");
    assert!(
        !linked
            .forms()
            .iter()
            .any(|form| form.has_button("link", PROVIDER_ID)),
        "a linked provider is not offered for linking again\n{linked}"
    );

    // Signing in with the provider in another browser is now signing in as the same identity.
    let (_, subject) = sign_in_afresh_with_provider(social, &user, &client).await;
    assert_eq!(
        subject, lise.id,
        "the linked account signs in as the identity it was linked to"
    );

    // Unlinking takes it away again.
    let unlinked = unlink
        .submit(&browser, Some(("unlink", PROVIDER_ID)), never)
        .await;

    assert_rendered_flow(stack, &unlinked, "/settings");
    assert!(
        unlinked
            .hops
            .iter()
            .all(|hop| !social.upstream.is_upstream(&hop.url)),
        "unlinking does not involve the provider\n{unlinked}"
    );
    let stored = identity(stack, &lise.id).await;
    assert!(
        oidc_identifiers(&stored).is_empty(),
        "the provider's account is unlinked: {stored:#}"
    );
    provider_form(&unlinked, "link", "Link");
    assert!(
        !unlinked
            .forms()
            .iter()
            .any(|form| form.has_button("unlink", PROVIDER_ID)),
        "nothing to unlink any more\n{unlinked}"
    );
}
