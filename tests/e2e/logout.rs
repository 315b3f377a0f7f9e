//! Signing out. A client app sends the browser to Hydra's RP-initiated logout endpoint with the
//! ID token it holds; Hydra sends it to vestibule's `/logout?logout_challenge=L`, which asks for
//! confirmation (unless the client skips that), accepts or rejects Hydra's logout request and,
//! on yes, ends the Kratos session on the way back through Hydra to the app's
//! `post_logout_redirect_uri`. `/logout` without a challenge signs out of vestibule itself.
//!
//! Every test first signs in through a whole authorization-code flow, to hold a real ID token.

use reqwest::{StatusCode, Url};
use serde_json::{json, Value};

use crate::support::oidc::{
    authorize_with_scope, is_client_redirect, is_post_logout_redirect, redeem, rp_logout_url,
    sign_in_to_consent, Tokens, POST_LOGOUT_REDIRECT_URI,
};
use crate::support::ory::{kratos_session, random_hex, sign_in_at_kratos};
use crate::support::pages::{
    assert_error_page, assert_forbidden, assert_hidden_inputs, holds_csrf_cookie,
};
use crate::support::signin::{app_with, is_vestibule, person, PASSWORD};
use crate::support::{never, query_param, Browser, Form, OAuthClient, Page, Stack};

/// A browser signed in (Kratos and Hydra) to a client app that holds tokens for it.
struct SignedIn {
    browser: Browser,
    client: OAuthClient,
    tokens: Tokens,
    subject: String,
}

/// Someone signs in through vestibule to a new client app (registered with `extra` settings,
/// a post-logout redirect URI and `skip_consent`, so no consent page is in the way) and the app
/// redeems the code.
async fn signed_in(stack: &Stack, extra: Value) -> SignedIn {
    let ada = person(stack, "ada").await;
    let mut settings = json!({
        "skip_consent": true,
        "post_logout_redirect_uris": [POST_LOGOUT_REDIRECT_URI],
    });
    if let Value::Object(extra) = extra {
        settings.as_object_mut().unwrap().extend(extra);
    }
    let client = app_with(stack, "Nimbus Notes", settings).await;
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &client, "openid email", &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;
    let at_client = browser
        .follow(stopped.stopped_at().as_str(), is_client_redirect)
        .await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert!(
        kratos_session(stack, &browser).await.is_some(),
        "signed in at Kratos"
    );
    SignedIn {
        browser,
        client,
        tokens,
        subject: ada.id,
    }
}

/// The browser goes where the app sends it to sign out, and on to vestibule's confirmation page.
async fn logout_page(stack: &Stack, who: &SignedIn, state: &str) -> Page {
    let url = rp_logout_url(stack, &who.tokens.id_token, state);
    let page = who
        .browser
        .follow(url.as_str(), is_post_logout_redirect)
        .await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.is_html()
            && is_vestibule(stack, &page.url, "/logout")
            && page.query_param("logout_challenge").is_some(),
        "Hydra sends the browser to vestibule's logout confirmation\n{page}"
    );
    page
}

/// The confirmation form: posts to `/logout`.
fn logout_form(page: &Page) -> Form {
    page.form("form[action='/logout']")
}

/// The navigation passed through Kratos's logout endpoint.
fn assert_through_kratos_logout(stack: &Stack, page: &Page) {
    assert!(
        page.hops
            .iter()
            .any(|hop| hop.url.port() == Some(stack.ports.kratos_public)
                && hop.url.path() == "/self-service/logout"),
        "the browser passes Kratos's logout\n{page}"
    );
}

/// The navigation stopped at the app's post-logout redirect URI with `state`.
fn assert_back_at_app(page: &Page, state: &str) {
    let back = page.stopped_at();
    assert!(
        back.as_str().starts_with(POST_LOGOUT_REDIRECT_URI),
        "the browser ends at the app's post_logout_redirect_uri\n{page}"
    );
    assert_eq!(query_param(back, "state").as_deref(), Some(state), "{page}");
}

/// Whether Hydra still signs the browser in to `client` without asking anything
/// (`prompt=none`): a code, or an error such as `login_required`.
async fn silent_authorization(stack: &Stack, who: &SignedIn) -> Url {
    let authorize = authorize_with_scope(stack, &who.client, "openid email", &[("prompt", "none")]);
    let page = who
        .browser
        .follow(authorize.as_str(), is_client_redirect)
        .await;
    page.stopped_at().clone()
}

/// Clicks yes (or no) on the confirmation `form` and follows redirects until the app's
/// post-logout redirect URI.
async fn decide(who: &SignedIn, form: &Form, decision: &str) -> Page {
    form.submit(
        &who.browser,
        Some(("decision", decision)),
        is_post_logout_redirect,
    )
    .await
}

#[tokio::test]
async fn rp_initiated_logout_asks_then_ends_the_kratos_session_and_returns_to_the_app() {
    let stack = Stack::shared().await;
    let ada = signed_in(stack, json!({})).await;
    let state = random_hex();

    let page = logout_page(stack, &ada, &state).await;

    let form = logout_form(&page);
    assert_eq!(form.method, "post", "{form}");
    assert_eq!(
        form.field("logout_challenge"),
        page.query_param("logout_challenge").as_deref(),
        "the form carries the challenge\n{page}"
    );
    assert_hidden_inputs(&page, "/logout", &["logout_challenge", "csrf_token"]);
    assert!(
        form.has_button("decision", "yes") && form.has_button("decision", "no"),
        "yes and no buttons\n{form}"
    );
    assert!(
        page.has_text(&ada.client.name),
        "the app asking is named\n{page}"
    );
    assert!(
        holds_csrf_cookie(stack, &ada.browser),
        "the page set the CSRF cookie\n{page}"
    );

    let done = decide(&ada, &form, "yes").await;

    assert_back_at_app(&done, &state);
    assert_through_kratos_logout(stack, &done);
    assert!(
        kratos_session(stack, &ada.browser).await.is_none(),
        "the Kratos session is over\n{done}"
    );
    let silent = silent_authorization(stack, &ada).await;
    assert_eq!(
        query_param(&silent, "error").as_deref(),
        Some("login_required"),
        "Hydra's login session is over too: {silent}"
    );
}

#[tokio::test]
async fn a_client_that_skips_logout_consent_signs_out_without_a_page() {
    let stack = Stack::shared().await;
    let ada = signed_in(stack, json!({"skip_logout_consent": true})).await;
    let state = random_hex();
    let url = rp_logout_url(stack, &ada.tokens.id_token, &state);

    let done = ada
        .browser
        .follow(url.as_str(), is_post_logout_redirect)
        .await;

    let logout = done
        .hops
        .iter()
        .find(|hop| is_vestibule(stack, &hop.url, "/logout"))
        .unwrap_or_else(|| panic!("Hydra sends the browser to vestibule's /logout\n{done}"));
    assert!(
        logout.status.is_redirection(),
        "/logout answers with a redirect, not a page\n{done}"
    );
    assert!(
        done.hops.iter().all(|hop| hop.status.is_redirection()),
        "no page on the way\n{done}"
    );
    assert_back_at_app(&done, &state);
    assert_through_kratos_logout(stack, &done);
    assert!(
        kratos_session(stack, &ada.browser).await.is_none(),
        "the Kratos session is over\n{done}"
    );
}

#[tokio::test]
async fn no_stay_signed_in_keeps_the_sessions_and_goes_home() {
    let stack = Stack::shared().await;
    let ada = signed_in(stack, json!({})).await;
    let page = logout_page(stack, &ada, &random_hex()).await;

    let done = decide(&ada, &logout_form(&page), "no").await;

    done.assert_status(StatusCode::OK);
    assert!(
        is_vestibule(stack, &done.url, "/") && done.is_html(),
        "the browser ends on vestibule's home page\n{done}"
    );
    assert!(
        !done
            .hops
            .iter()
            .any(|hop| hop.url.port() == Some(stack.ports.kratos_public)),
        "Kratos's logout is not involved\n{done}"
    );
    let session = kratos_session(stack, &ada.browser)
        .await
        .unwrap_or_else(|| panic!("the Kratos session is still active\n{done}"));
    assert_eq!(session["identity"]["id"], ada.subject.as_str());
    let silent = silent_authorization(stack, &ada).await;
    assert!(
        query_param(&silent, "code").is_some(),
        "Hydra still signs the app in without asking: {silent}"
    );
}

#[tokio::test]
async fn logout_without_a_challenge_ends_the_kratos_session_and_shows_sign_in() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let browser = Browser::new();
    sign_in_at_kratos(stack, &browser, &ada.email, PASSWORD, None).await;

    // Signing out of vestibule itself is confirmed with a form carrying vestibule's CSRF token.
    let confirm = browser.follow(stack.vestibule_url("logout"), never).await;
    confirm.assert_status(StatusCode::OK);
    assert_hidden_inputs(&confirm, "/logout", &["csrf_token"]);
    let page = logout_form(&confirm)
        .submit(&browser, Some(("decision", "yes")), never)
        .await;

    assert_through_kratos_logout(stack, &page);
    page.assert_status(StatusCode::OK);
    assert!(
        page.is_html()
            && is_vestibule(stack, &page.url, "/login")
            && page.query_param("flow").is_some(),
        "the browser ends on vestibule's sign-in page\n{page}"
    );
    assert!(page.has_input("password"), "{page}");
    assert!(
        kratos_session(stack, &browser).await.is_none(),
        "the Kratos session is over\n{page}"
    );
}

#[tokio::test]
async fn an_unknown_logout_challenge_is_404_and_a_forged_logout_post_is_403() {
    let stack = Stack::shared().await;
    let unknown = Browser::new()
        .get(stack.vestibule_url(&format!("logout?logout_challenge={}", random_hex())))
        .await;
    assert_error_page(
        &unknown,
        |status| status == StatusCode::NOT_FOUND,
        "404 for an unknown challenge",
    );

    let ada = signed_in(stack, json!({})).await;
    let state = random_hex();
    let page = logout_page(stack, &ada, &state).await;
    let form = logout_form(&page);
    let mut forged = form.clone();
    forged.set("csrf_token", &format!("forged-{}", random_hex()));

    let refused = decide(&ada, &forged, "yes").await;

    assert_forbidden(&refused, "a forged csrf_token");
    assert!(
        kratos_session(stack, &ada.browser).await.is_some(),
        "still signed in"
    );

    // The genuine form still signs out.
    let done = decide(&ada, &form, "yes").await;
    assert_back_at_app(&done, &state);
    assert!(
        kratos_session(stack, &ada.browser).await.is_none(),
        "{done}"
    );
}
