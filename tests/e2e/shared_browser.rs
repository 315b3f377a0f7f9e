//! A computer shared by several people: whatever Hydra remembers about the previous person, the
//! next person at the keyboard never gets their account. Kratos's session is the truth: a login
//! Hydra remembers (`skip`) is accepted only for an active Kratos session of that same identity,
//! signing out ends Hydra's logins too, and consent is never given for an identity the browser is
//! not signed in as. Also here: the other findings of the same review (markers bound to the
//! browser, the audience on the consent page, fixed error texts, narrowed return URLs, slow
//! bodies).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};

use crate::support::oidc::{
    authorize_with_scope, is_client_redirect, redeem, sign_in_to_consent, Tokens,
};
use crate::support::ory::{
    admin_expect, consent_request, kratos_session, login_request, random_hex, sign_in_at_kratos,
};
use crate::support::pages::{assert_error_page, assert_forbidden, vestibule_origin};
use crate::support::signin::{
    app, app_with, assert_rendered_flow, is_vestibule, password_form, person,
    sign_in_with_password, Person, PASSWORD,
};
use crate::support::{never, query_param, Browser, OAuthClient, Page, Stack, StackOptions};

/// The operator revokes every Kratos session of `who` through Kratos's admin API.
async fn revoke_kratos_sessions(stack: &Stack, who: &Person) {
    let url = stack.kratos_admin_url(&format!("admin/identities/{}/sessions", who.id));
    admin_expect(Method::DELETE, &url, None, StatusCode::NO_CONTENT).await;
}

/// `who` signs in through vestibule to `client` in `browser` and the app redeems the code.
async fn signs_in_to(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
    who: &Person,
    params: &[(&str, &str)],
) -> Tokens {
    let authorize = authorize_with_scope(stack, client, "openid email", params);
    let stopped = sign_in_to_consent(stack, browser, &authorize, &who.email, PASSWORD).await;
    let at_client = browser
        .follow(stopped.stopped_at().as_str(), is_client_redirect)
        .await;
    redeem(stack, client, &authorize, &at_client).await
}

/// An app whose consent is given without a page, so a remembered login alone would reach a code.
async fn trusted_app(stack: &Stack, name: &str) -> OAuthClient {
    app_with(stack, name, json!({"skip_consent": true})).await
}

/// The next authorization of `client` in `browser`: where the browser ends (a redirect to the app,
/// or a page).
async fn next_authorization(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
    params: &[(&str, &str)],
) -> (Url, Page) {
    let authorize = authorize_with_scope(stack, client, "openid email", params);
    let page = browser.follow(authorize.as_str(), is_client_redirect).await;
    (authorize, page)
}

/// The navigation ended on vestibule's sign-in page (a Kratos login flow with a password form),
/// and no code was handed out on the way.
fn assert_asked_to_sign_in(stack: &Stack, page: &Page, what: &str) {
    assert!(
        !page.hops.iter().any(|hop| hop
            .location
            .as_ref()
            .is_some_and(|to| is_client_redirect(to) && query_param(to, "code").is_some())),
        "{what}: no code for anyone\n{page}"
    );
    assert_rendered_flow(stack, page, "/login");
    assert!(page.has_input("password"), "{what}: a sign-in form\n{page}");
}

/// The login request behind the first `/login?login_challenge=` hop of `page`.
async fn first_login_request(stack: &Stack, page: &Page) -> Value {
    let hop = page
        .hops
        .iter()
        .find(|hop| {
            is_vestibule(stack, &hop.url, "/login")
                && query_param(&hop.url, "login_challenge").is_some()
        })
        .unwrap_or_else(|| panic!("Hydra sends the browser to vestibule's /login\n{page}"));
    login_request(stack, &query_param(&hop.url, "login_challenge").unwrap()).await
}

#[tokio::test]
async fn after_signing_out_on_the_home_page_the_next_person_must_sign_in() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let grace = person(stack, "grace").await;
    let notes = trusted_app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    signs_in_to(stack, &browser, &notes, &ada, &[]).await;

    // Ada signs out on vestibule's home page.
    let home = browser.get(stack.vestibule_url("")).await;
    let sign_out = home.form("form[action='/logout']");
    let signed_out = sign_out
        .submit(&browser, Some(("decision", "yes")), never)
        .await;
    assert!(
        kratos_session(stack, &browser).await.is_none(),
        "the Kratos session is over\n{signed_out}"
    );

    // Whoever is at the keyboard next opens the app: a sign-in page, not Ada's account.
    let (authorize, page) = next_authorization(stack, &browser, &notes, &[]).await;
    assert_asked_to_sign_in(stack, &page, "after signing out");

    // Grace signs in there and the app gets Grace, never Ada.
    let done = sign_in_with_password(&browser, &page, &grace.email, PASSWORD).await;
    let at_client = browser
        .follow(done.stopped_at().as_str(), is_client_redirect)
        .await;
    let tokens = redeem(stack, &notes, &authorize, &at_client).await;
    assert_eq!(
        tokens.claims["sub"],
        grace.id.as_str(),
        "{:#}",
        tokens.claims
    );
}

#[tokio::test]
async fn revoking_every_kratos_session_ends_the_remembered_login() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = trusted_app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    signs_in_to(stack, &browser, &notes, &ada, &[]).await;

    // The operator revokes all of Ada's sessions (a compromised account).
    revoke_kratos_sessions(stack, &ada).await;

    let (_, page) = next_authorization(stack, &browser, &notes, &[]).await;
    let request = first_login_request(stack, &page).await;
    assert_eq!(
        request["skip"], true,
        "Hydra still remembered Ada: {request:#}"
    );
    assert_asked_to_sign_in(stack, &page, "after the sessions were revoked");

    // Hydra's memory of Ada is gone too: an authorization that may show no page fails.
    let (_, silent) = next_authorization(stack, &browser, &notes, &[("prompt", "none")]).await;
    assert_eq!(
        query_param(silent.stopped_at(), "error").as_deref(),
        Some("login_required"),
        "{silent}"
    );
}

#[tokio::test]
async fn someone_else_signed_in_at_the_browser_gets_their_own_account_never_the_previous_one() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let grace = person(stack, "grace").await;
    let notes = app(stack, "Nimbus Notes").await;
    let calendar = app(stack, "Cirrus Calendar").await;
    let browser = Browser::new();
    // Ada signs in to the notes app and allows it.
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;
    let consent = browser.follow(stopped.stopped_at().as_str(), never).await;
    let at_client = consent
        .form("form[action='/consent']")
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    redeem(stack, &notes, &authorize, &at_client).await;

    // Ada's Kratos session ends elsewhere; Grace signs in at Kratos in the same browser.
    revoke_kratos_sessions(stack, &ada).await;
    sign_in_at_kratos(stack, &browser, &grace.email, PASSWORD, None).await;

    // Grace opens another app: Hydra remembers Ada, Kratos says Grace.
    let (authorize, page) = next_authorization(stack, &browser, &calendar, &[]).await;
    let request = first_login_request(stack, &page).await;
    assert_eq!(request["skip"], true, "Hydra remembered Ada: {request:#}");
    assert_eq!(request["subject"], ada.id.as_str());
    page.assert_status(StatusCode::OK);
    assert!(
        is_vestibule(stack, &page.url, "/consent"),
        "Grace is asked for consent for her own account\n{page}"
    );
    assert!(!page.has_text(&ada.email), "Ada is not offered\n{page}");
    let challenge = page.query_param("consent_challenge").unwrap();
    assert_eq!(
        consent_request(stack, &challenge).await["subject"],
        grace.id.as_str()
    );
    let at_client = page
        .form("form[action='/consent']")
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    let tokens = redeem(stack, &calendar, &authorize, &at_client).await;
    assert_eq!(tokens.claims["sub"], grace.id.as_str());
}

#[tokio::test]
async fn a_consent_page_left_open_for_the_previous_person_grants_them_nothing() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let grace = person(stack, "grace").await;
    let notes = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;
    let ada_consent = browser.follow(stopped.stopped_at().as_str(), never).await;
    let ada_form = ada_consent.form("form[action='/consent']");

    // Ada walks away; her session ends and Grace signs in at the same browser.
    revoke_kratos_sessions(stack, &ada).await;
    sign_in_at_kratos(stack, &browser, &grace.email, PASSWORD, None).await;

    // Grace presses "Allow" on the page still showing Ada's request, and reloads it.
    for page in [
        ada_form
            .submit(&browser, Some(("decision", "allow")), is_client_redirect)
            .await,
        browser
            .follow(ada_consent.url.as_str(), is_client_redirect)
            .await,
    ] {
        let code_for_ada = page.hops.iter().any(|hop| {
            hop.location
                .as_ref()
                .is_some_and(|to| is_client_redirect(to) && query_param(to, "code").is_some())
        });
        assert!(!code_for_ada, "no code is handed out for Ada\n{page}");
        page.assert_status(StatusCode::OK);
        assert!(
            is_vestibule(stack, &page.url, "/consent"),
            "the authorization starts over and asks Grace\n{page}"
        );
        let challenge = page.query_param("consent_challenge").unwrap();
        assert_eq!(
            consent_request(stack, &challenge).await["subject"],
            grace.id.as_str(),
            "{page}"
        );
    }
}

#[tokio::test]
async fn a_remembered_login_carries_the_kratos_sessions_level_and_methods() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = trusted_app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    signs_in_to(stack, &browser, &notes, &ada, &[]).await;

    let (authorize, page) =
        next_authorization(stack, &browser, &notes, &[("acr_values", "aal2")]).await;
    let request = first_login_request(stack, &page).await;
    assert_eq!(request["skip"], true, "Hydra remembers: {request:#}");
    let tokens = redeem(stack, &notes, &authorize, &page).await;
    assert_eq!(
        tokens.claims["acr"], "aal1",
        "the level Kratos's session has (Ada has no second factor): {:#}",
        tokens.claims
    );
    assert_eq!(
        tokens.claims["amr"],
        json!(["password"]),
        "{:#}",
        tokens.claims
    );
}

#[tokio::test]
async fn a_link_to_sign_out_shows_a_confirmation_and_a_forged_post_signs_no_one_out() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let browser = Browser::new();
    sign_in_at_kratos(stack, &browser, &ada.email, PASSWORD, None).await;

    // Another site links (or embeds) vestibule's sign-out.
    let page = browser.follow(stack.vestibule_url("logout"), never).await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.has("form[action='/logout'] input[name=csrf_token]"),
        "a confirmation form\n{page}"
    );
    assert!(
        kratos_session(stack, &browser).await.is_some(),
        "still signed in"
    );

    // Another site's form, without the token (and saying where it came from).
    let forged = browser
        .client()
        .post(stack.vestibule_url("logout"))
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .form(&[("decision", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let mut tokenless = page.form("form[action='/logout']");
    tokenless.set("csrf_token", &format!("forged-{}", random_hex()));
    let refused = tokenless
        .submit(&browser, Some(("decision", "yes")), never)
        .await;
    assert_forbidden(&refused, "a forged csrf_token");
    assert!(
        kratos_session(stack, &browser).await.is_some(),
        "still signed in"
    );
}

/// `/callback` did not accept the login: the browser goes back to `/login` for the challenge.
fn assert_starts_over(stack: &Stack, page: &Page, challenge: &str, what: &str) {
    let to = page.location.as_ref();
    assert!(
        to.is_some_and(|to| is_vestibule(stack, to, "/login")
            && query_param(to, "login_challenge").as_deref() == Some(challenge)),
        "{what}: back to /login with the challenge\n{page}"
    );
}

#[tokio::test]
async fn a_reauthentication_marker_is_refused_in_another_browser_or_when_expired() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    sign_in_at_kratos(stack, &browser, &ada.email, PASSWORD, None).await;

    // The app asks for a fresh sign-in: vestibule renders Kratos's refresh flow, whose return_to
    // is /callback with a marker. Ada signs in again there; the navigation stops at /callback.
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[("prompt", "login")]);
    let login = browser.follow(authorize.as_str(), never).await;
    assert_rendered_flow(stack, &login, "/login");
    let mut form = password_form(&login);
    form.set("identifier", &ada.email).set("password", PASSWORD);
    let signed_in = form
        .submit(&browser, Some(("method", "password")), |url| {
            is_vestibule(stack, url, "/callback")
        })
        .await;
    let callback = signed_in.stopped_at().clone();
    let challenge = query_param(&callback, "login_challenge").unwrap();
    assert!(
        query_param(&callback, "reauth").is_some(),
        "the return_to carries a marker: {callback}"
    );

    // Lifted into another browser whose session is newer than the marker: refused.
    let other = Browser::new();
    sign_in_at_kratos(stack, &other, &ada.email, PASSWORD, None).await;
    let page = other.get(callback.as_str()).await;
    assert_starts_over(stack, &page, &challenge, "a marker from another browser");

    // A marker of this browser, an hour old: refused, although the session is newer.
    let binding = browser
        .cookie_header(&vestibule_origin(stack))
        .split("; ")
        .find_map(|pair| pair.strip_prefix("vestibule_csrf=").map(str::to_owned))
        .expect("the browser holds vestibule's CSRF cookie");
    let signer = vestibule::web::signing::Signer::new(&stack.cookie_secret, "reauthentication");
    let an_hour_ago = time::OffsetDateTime::now_utc() - time::Duration::hours(1);
    let old = signer.sign_bound(&[challenge.as_str()], &binding, an_hour_ago);
    let mut expired = callback.clone();
    expired
        .query_pairs_mut()
        .clear()
        .append_pair("login_challenge", &challenge)
        .append_pair("reauth", &old);
    let page = browser.get(expired.as_str()).await;
    assert_starts_over(stack, &page, &challenge, "an expired marker");

    // The marker as issued, in its own browser: accepted.
    let page = browser.get(callback.as_str()).await;
    assert!(
        page.location
            .as_ref()
            .is_some_and(|to| to.port() == Some(stack.ports.hydra_public)),
        "the login is accepted and the browser goes on to Hydra\n{page}"
    );
}

#[tokio::test]
async fn the_consent_page_names_the_apis_the_app_will_call() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let api = format!("https://api-{}.example.com/notes", &random_hex()[..6]);
    let notes = app_with(stack, "Nimbus Notes", json!({"audience": [api]})).await;
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[("audience", &api)]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;

    let page = browser.follow(stopped.stopped_at().as_str(), never).await;

    page.assert_status(StatusCode::OK);
    assert!(
        page.has_text(&api),
        "the requested audience is shown\n{page}"
    );
}

#[tokio::test]
async fn the_error_page_says_only_its_own_words() {
    let stack = Stack::shared().await;
    let mut url = Url::parse(&stack.vestibule_url("error")).unwrap();
    url.query_pairs_mut()
        .append_pair("error", "access_denied")
        .append_pair(
            "error_description",
            "Your account is locked. Call +1 555 0100 to unlock it.",
        )
        .append_pair("error_hint", "Have your card number ready.");
    let page = Browser::new().get(url.as_str()).await;
    assert_error_page(&page, |s| s == StatusCode::BAD_REQUEST, "400");
    assert!(page.has_text("Access was not granted"), "{page}");
    for planted in ["locked", "555 0100", "card number"] {
        assert!(!page.has_text(planted), "`{planted}` is not shown\n{page}");
    }

    let mut url = Url::parse(&stack.vestibule_url("error")).unwrap();
    url.query_pairs_mut()
        .append_pair("error", "Please call <b>us</b>");
    let page = Browser::new().get(url.as_str()).await;
    assert!(
        !page.has_text("call"),
        "an unknown code is not echoed\n{page}"
    );
}

#[tokio::test]
async fn kratos_returns_only_to_the_callback_and_hydra() {
    let stack = Stack::shared().await;
    let start = |return_to: String| {
        let mut url = Url::parse(&stack.kratos_public_url("self-service/login/browser")).unwrap();
        url.query_pairs_mut().append_pair("return_to", &return_to);
        url
    };
    let leaves_kratos = |url: &Url| url.port() != Some(stack.ports.kratos_public);

    let allowed = Browser::new()
        .follow(
            start(stack.vestibule_url("callback?login_challenge=abc")).as_str(),
            leaves_kratos,
        )
        .await;
    assert!(
        is_vestibule(stack, allowed.stopped_at(), "/login"),
        "a flow returning to /callback starts\n{allowed}"
    );

    let refused = Browser::new()
        .follow(start(stack.vestibule_url("phone")).as_str(), leaves_kratos)
        .await;
    assert!(
        is_vestibule(stack, refused.stopped_at(), "/error"),
        "Kratos refuses to return to another page of vestibule\n{refused}"
    );
}

#[tokio::test]
async fn a_request_body_that_never_arrives_is_cut_off() {
    let stack = Stack::start(StackOptions {
        vestibule_env: vec![("REQUEST_TIMEOUT_SECONDS".into(), "2".into())],
        ..Default::default()
    })
    .await;
    let mut stream = TcpStream::connect(("127.0.0.1", stack.ports.vestibule)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    // The head promises 100 bytes; only a few follow, and then nothing.
    stream
        .write_all(
            b"POST /consent HTTP/1.1\r\nHost: localhost\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nconsent",
        )
        .unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
        if answer.windows(7).any(|w| w == b"</html>") {
            break;
        }
    }
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 408"),
        "the slow body gets a 408 page: {answer}"
    );
    assert!(answer.contains("took too long"), "{answer}");
}

/// Guards against a test above passing for the wrong reason: the password form is where
/// `assert_asked_to_sign_in` expects it.
#[tokio::test]
async fn a_fresh_browser_is_asked_to_sign_in() {
    let stack = Stack::shared().await;
    let notes = trusted_app(stack, "Nimbus Notes").await;
    let (_, page) = next_authorization(stack, &Browser::new(), &notes, &[]).await;
    assert_asked_to_sign_in(stack, &page, "a fresh browser");
    password_form(&page);
}
