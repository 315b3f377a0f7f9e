//! Signing in during an OAuth2 flow. A client app sends the browser to Hydra, Hydra sends it to
//! vestibule's `/login?login_challenge=C`, vestibule sends it through a Kratos login (or
//! registration) flow whose `return_to` is `/callback?login_challenge=C`, and `/callback` accepts
//! Hydra's login request for the Kratos identity. Hydra then asks for consent: the tests stop at
//! that redirect and check, through Hydra's admin API, whom the consent request is for.
//!
//! Every test starts where a client app would, at Hydra's authorization endpoint, with a fresh
//! browser.

use std::time::Duration;

use reqwest::{StatusCode, Url};
use serde_json::Value;

use crate::scenarios;
use crate::support::ory::{
    accept_consent, kratos_flow, kratos_session, login_request, random_hex, sign_in_at_kratos,
};
use crate::support::pages::kratos_english;
use crate::support::pages::{assert_error_page, vestibule_origin};
use crate::support::signin::{
    app, assert_consent_requested, assert_flow_returns_to_callback, assert_rendered_flow,
    authorize, consent_request_of, is_hydra_authorization, is_vestibule, kratos_start,
    password_form, person, reach_login_page, sign_in_with_password, Authorization, Person,
    PASSWORD,
};
use crate::support::{
    is_consent, never, query_param, Browser, OAuthClient, Page, Stack, StackOptions, REDIRECT_URI,
};

/// `person` signs in to `client` with the password in `browser`, from the client app to
/// Hydra's consent request, which is returned.
async fn sign_in(stack: &Stack, browser: &Browser, client: &OAuthClient, person: &Person) -> Value {
    let (_, page) = reach_login_page(stack, browser, client, &[]).await;
    let signed_in = sign_in_with_password(browser, &page, &person.email, PASSWORD).await;
    consent_request_of(stack, &signed_in).await
}

/// The browser requests vestibule's `/login` of `authorization` and is signed in as `person`
/// without a page: vestibule accepts the login at once and Hydra asks for consent.
async fn assert_signed_in_without_a_page(
    stack: &Stack,
    browser: &Browser,
    authorization: &Authorization,
    person: &Person,
    client: &OAuthClient,
) {
    let done = browser
        .follow(authorization.login.as_str(), is_consent)
        .await;
    assert_accepted_without_a_page(stack, &done);
    assert_consent_requested(stack, &done, authorization, &person.id, client).await;
}

/// The navigation went from vestibule's `/login?login_challenge` straight back to Hydra and on
/// to consent: no Kratos flow, no page.
fn assert_accepted_without_a_page(stack: &Stack, page: &Page) {
    let first = &page.hops[0];
    assert!(
        is_vestibule(stack, &first.url, "/login")
            && first.status.is_redirection()
            && first
                .location
                .as_ref()
                .is_some_and(|to| is_hydra_authorization(stack, to)
                    && query_param(to, "login_verifier").is_some()),
        "vestibule should accept the login and send the browser back to Hydra at once\n{page}"
    );
    assert!(
        page.hops.iter().all(|hop| hop.status.is_redirection())
            && page.location.as_ref().is_some_and(is_consent),
        "no page should be shown on the way to consent\n{page}"
    );
}

#[tokio::test]
async fn signing_in_with_a_password_continues_the_oauth2_flow_to_consent() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();

    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;

    // The page is Kratos's flow: a form posting to ui.action with inputs named like its nodes.
    let flow_id = page.query_param("flow").unwrap();
    let flow = kratos_flow(stack, &browser, "login", &flow_id).await;
    let form = password_form(&page);
    assert_eq!(form.action.as_str(), flow["ui"]["action"], "{form}");
    assert_eq!(form.method, "post", "{form}");
    assert!(form.has_field("csrf_token"), "{form}");
    assert!(form.has_field("identifier"), "{form}");
    assert!(form.has_button("method", "password"), "{form}");
    assert!(
        page.has("form input[type=hidden][name=csrf_token]"),
        "the CSRF token is a hidden input\n{page}"
    );
    assert!(
        page.forms().iter().any(|f| f.has_button("method", "code")),
        "a button offers a sign-in code by email\n{page}"
    );
    // ... that says which app is asking and keeps the OAuth2 flow on the way to registration.
    assert!(
        page.has_text(&client.name),
        "the app's name is shown\n{page}"
    );
    let registration = page
        .links()
        .into_iter()
        .find(|link| is_vestibule(stack, &link.href, "/registration"))
        .unwrap_or_else(|| panic!("the page links to registration\n{page}"));
    assert_eq!(
        query_param(&registration.href, "login_challenge").as_deref(),
        Some(authorization.challenge.as_str()),
        "the registration link carries the login challenge: {}",
        registration.href
    );

    let done = sign_in_with_password(&browser, &page, &ada.email, PASSWORD).await;

    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
    let callback = done
        .hops
        .iter()
        .find(|hop| is_vestibule(stack, &hop.url, "/callback"))
        .unwrap_or_else(|| panic!("Kratos returns the browser to /callback\n{done}"));
    assert!(
        callback
            .location
            .as_ref()
            .is_some_and(|to| is_hydra_authorization(stack, to)),
        "/callback hands the browser back to Hydra\n{done}"
    );
}

#[tokio::test]
async fn a_wrong_password_is_reported_and_the_same_oauth2_flow_still_completes() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;

    let retry = sign_in_with_password(&browser, &page, &ada.email, "not the password").await;

    assert_rendered_flow(stack, &retry, "/login");
    assert_eq!(
        retry.query_param("flow"),
        page.query_param("flow"),
        "Kratos keeps the flow and sends the browser back to it\n{retry}"
    );
    assert!(
        retry.has_text(&kratos_english(4_000_006, &[])),
        "Kratos's message is shown\n{retry}"
    );

    let done = sign_in_with_password(&browser, &retry, &ada.email, PASSWORD).await;

    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
}

#[tokio::test]
async fn signing_up_from_the_login_page_continues_the_oauth2_flow_as_the_new_identity() {
    scenarios::sign_up_continues_the_oauth2_flow(Stack::shared().await).await;
}

#[tokio::test]
async fn a_second_app_in_the_same_browser_signs_in_without_a_password_page() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let calendar = app(stack, "Cirrus Calendar").await;
    let browser = Browser::new();
    sign_in(stack, &browser, &notes, &ada).await;

    let authorization = authorize(stack, &browser, &calendar, &[]).await;

    assert_signed_in_without_a_page(stack, &browser, &authorization, &ada, &calendar).await;
}

#[tokio::test]
async fn a_kratos_session_signs_in_when_hydra_does_not_remember_the_login() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let calendar = app(stack, "Cirrus Calendar").await;
    let browser = Browser::new();
    sign_in(stack, &browser, &notes, &ada).await;
    // Hydra's remembered login is gone (expired, or cleared with its cookies); Kratos's is not.
    let browser = browser.forgetting(&vestibule_origin(stack), |cookie| {
        cookie.starts_with("ory_hydra_")
    });
    assert!(kratos_session(stack, &browser).await.is_some());

    let authorization = authorize(stack, &browser, &calendar, &[]).await;
    let request = login_request(stack, &authorization.challenge).await;
    assert_eq!(
        request["skip"], false,
        "Hydra asks for a login: {request:#}"
    );

    assert_signed_in_without_a_page(stack, &browser, &authorization, &ada, &calendar).await;
}

#[tokio::test]
async fn prompt_login_and_an_exceeded_max_age_ask_for_the_password_again() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    sign_in(stack, &browser, &client, &ada).await;

    password_asked_again(stack, &browser, &ada, &client, &[("prompt", "login")]).await;
    // max_age=1 a little later than one second after the last sign-in.
    tokio::time::sleep(Duration::from_secs(2)).await;
    password_asked_again(stack, &browser, &ada, &client, &[("max_age", "1")]).await;
}

/// With a Kratos session, an authorization with `params` demands a fresh sign-in: vestibule
/// starts a Kratos refresh flow, renders its password form, and signing in there completes the
/// OAuth2 flow.
async fn password_asked_again(
    stack: &Stack,
    browser: &Browser,
    person: &Person,
    client: &OAuthClient,
    params: &[(&str, &str)],
) {
    let (authorization, page) = reach_login_page(stack, browser, client, params).await;

    let kratos = kratos_start(stack, &page, "login");
    assert_eq!(
        query_param(&kratos, "refresh").as_deref(),
        Some("true"),
        "{params:?}: vestibule asks Kratos to refresh the session\n{page}"
    );
    let flow_id = page.query_param("flow").unwrap();
    let flow = kratos_flow(stack, browser, "login", &flow_id).await;
    assert_eq!(flow["refresh"], true, "{params:?}: {flow:#}");
    assert!(page.has_input("password"), "{params:?}\n{page}");

    let done = sign_in_with_password(browser, &page, &person.email, PASSWORD).await;
    assert_consent_requested(stack, &done, &authorization, &person.id, client).await;
}

#[tokio::test]
async fn a_login_hydra_remembers_is_accepted_without_showing_a_page() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let consent = sign_in(stack, &browser, &client, &ada).await;
    let granted = accept_consent(
        stack,
        consent["challenge"].as_str().unwrap(),
        &["openid", "email", "profile"],
    )
    .await;
    let at_app = browser
        .follow(granted.as_str(), |url| {
            url.as_str().starts_with(REDIRECT_URI)
        })
        .await;
    assert!(
        query_param(at_app.stopped_at(), "code").is_some(),
        "the app gets its code\n{at_app}"
    );

    let authorization = authorize(stack, &browser, &client, &[]).await;
    let request = login_request(stack, &authorization.challenge).await;
    assert_eq!(request["skip"], true, "Hydra remembers: {request:#}");

    assert_signed_in_without_a_page(stack, &browser, &authorization, &ada, &client).await;
}

#[tokio::test]
async fn an_expired_login_flow_starts_over_within_the_same_oauth2_flow() {
    let stack = Stack::start(StackOptions {
        kratos_env: vec![("SELFSERVICE_FLOWS_LOGIN_LIFESPAN".into(), "2s".into())],
        ..Default::default()
    })
    .await;
    let stack = &stack;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;
    let expired_flow = page.query_param("flow").unwrap();

    tokio::time::sleep(Duration::from_secs(3)).await;

    // Reloading the page of an expired flow gives a fresh flow that still returns to /callback.
    let reloaded = browser.follow(page.url.as_str(), never).await;
    assert_fresh_login_flow(stack, &browser, &reloaded, &expired_flow, &authorization).await;

    // Submitting the expired form: Kratos starts a new flow and sends the browser back.
    let restarted = sign_in_with_password(&browser, &page, &ada.email, PASSWORD).await;
    assert_fresh_login_flow(stack, &browser, &restarted, &expired_flow, &authorization).await;

    let done = sign_in_with_password(&browser, &restarted, &ada.email, PASSWORD).await;
    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
}

/// `page` is a login page for a flow other than `old_flow` whose `return_to` is still
/// `/callback` with the challenge of `authorization`.
async fn assert_fresh_login_flow(
    stack: &Stack,
    browser: &Browser,
    page: &Page,
    old_flow: &str,
    authorization: &Authorization,
) {
    assert_rendered_flow(stack, page, "/login");
    let flow_id = page.query_param("flow").unwrap();
    assert_ne!(flow_id, old_flow, "a new flow\n{page}");
    assert!(page.has_input("password"), "{page}");
    let flow = kratos_flow(stack, browser, "login", &flow_id).await;
    assert_flow_returns_to_callback(stack, &flow, authorization);
}

#[tokio::test]
async fn a_malformed_login_challenge_gets_an_error_page() {
    let stack = Stack::shared().await;
    let page = Browser::new()
        .get(stack.vestibule_url("login?login_challenge=garbage"))
        .await;
    assert_error_page(&page, |s| s.is_client_error(), "a 4xx page");
}

/// A flow Kratos refuses to start for its `return_to` ends on vestibule's error page, in
/// vestibule's words: Kratos's reason quotes the refused address (here with a challenge in it),
/// and the page shows nothing of it.
#[tokio::test]
async fn a_refused_return_to_ends_on_an_error_page_that_does_not_quote_it() {
    let stack = Stack::shared().await;
    let marker = random_hex();
    let refused = format!("https://sign-in-{marker}.example/next?login_challenge=bait{marker}");
    let mut start = Url::parse(&stack.kratos_public_url("self-service/login/browser")).unwrap();
    start.query_pairs_mut().append_pair("return_to", &refused);
    let page = Browser::new().follow(start.as_str(), never).await;
    assert!(
        is_vestibule(stack, &page.url, "/error") && page.query_param("id").is_some(),
        "Kratos sends the browser to the page of its error\n{page}"
    );
    assert_error_page(&page, |s| s == StatusCode::BAD_REQUEST, "400");
    assert!(
        !page.body.contains(&marker),
        "nothing of the refused address is on the page\n{page}"
    );
    assert!(
        page.has_text("an address this site does not allow")
            && page.has_text("self_service_flow_return_to_forbidden"),
        "vestibule's words for Kratos's error, and its id\n{page}"
    );
}

#[tokio::test]
async fn unknown_or_malformed_flow_ids_never_cause_a_server_error() {
    let stack = Stack::shared().await;
    let unknown = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    for flow in ["not-a-uuid", unknown] {
        let page = Browser::new()
            .follow(stack.vestibule_url(&format!("login?flow={flow}")), never)
            .await;
        assert!(
            page.hops.iter().all(|hop| !hop.status.is_server_error()),
            "flow={flow}: no server error on the way\n{page}"
        );
        assert!(
            page.status.is_success() || page.status.is_client_error(),
            "flow={flow}: a page or an error page\n{page}"
        );
        assert!(page.is_html(), "flow={flow}: an HTML page\n{page}");
    }
}

#[tokio::test]
async fn callback_without_a_challenge_is_a_bad_request() {
    let stack = Stack::shared().await;
    let page = Browser::new().get(stack.vestibule_url("callback")).await;
    assert_error_page(&page, |s| s == StatusCode::BAD_REQUEST, "400");
}

#[tokio::test]
async fn callback_without_a_kratos_session_sends_the_browser_to_sign_in() {
    let stack = Stack::shared().await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let authorization = authorize(stack, &browser, &client, &[]).await;
    let mut callback = Url::parse(&stack.vestibule_url("callback")).unwrap();
    callback
        .query_pairs_mut()
        .append_pair("login_challenge", &authorization.challenge);

    let page = browser.get(callback.as_str()).await;

    let to = page.stopped_at();
    assert!(
        is_vestibule(stack, to, "/login")
            && query_param(to, "login_challenge").as_deref()
                == Some(authorization.challenge.as_str()),
        "back to /login with the same challenge\n{page}"
    );
}

#[tokio::test]
async fn with_kratos_down_sign_in_answers_503_without_hanging() {
    let stack = Stack::start(StackOptions::default()).await;
    let stack = &stack;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    // Someone with a Kratos session (so vestibule has to ask Kratos about it), whose login
    // Hydra does not remember, and someone who never signed in.
    let signed_in = Browser::new();
    sign_in_at_kratos(stack, &signed_in, &ada.email, PASSWORD, None).await;
    let stranger = Browser::new();
    let with_session = authorize(stack, &signed_in, &client, &[]).await;
    let without_session = authorize(stack, &stranger, &client, &[]).await;

    stack.stop("kratos");

    let page = signed_in.get(with_session.login.as_str()).await;
    assert_error_page(
        &page,
        |s| s == StatusCode::SERVICE_UNAVAILABLE,
        "503 while Kratos is down",
    );
    // Someone who never signed in would be sent to Kratos's browser endpoint, a dead address
    // (the browser's own "cannot connect" page): vestibule's 503 page instead, with a link to
    // the same page to try again.
    let settings = Url::parse(&stack.vestibule_url("settings")).unwrap();
    let plain_login = Url::parse(&stack.vestibule_url("login")).unwrap();
    for url in [&without_session.login, &settings, &plain_login] {
        let page = stranger.get(url.as_str()).await;
        assert_eq!(
            page.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{url}: the 503 page, not a redirect to Kratos\n{page}"
        );
        assert!(page.has_text("temporarily unavailable"), "{page}");
        let retry = page
            .links()
            .into_iter()
            .find(|link| link.text.trim() == "Try again")
            .unwrap_or_else(|| panic!("a link to try again\n{page}"));
        assert_eq!(&retry.href, url, "the retry link is the same page\n{page}");
    }

    // Once Kratos is back, the same page sends the browser on to it.
    // Once Kratos is back, the same page sends the browser on to it: at once, or after the
    // second in which a failure moments ago still counts against Kratos.
    stack.restart("kratos").await;
    let back = std::time::Instant::now();
    let page = loop {
        let page = stranger.get(without_session.login.as_str()).await;
        if page.status != StatusCode::SERVICE_UNAVAILABLE
            || back.elapsed() > std::time::Duration::from_secs(2)
        {
            break page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let to = page.stopped_at();
    assert_eq!(
        to.port(),
        Some(stack.ports.kratos_public),
        "on to Kratos within 2 s of its return\n{page}"
    );
}

/// A browser sent to restart its flow again and again (here: flows Kratos does not know, as when
/// KRATOS_PUBLIC_URL and KRATOS_BROWSER_URL lead to different Kratos servers) gets a page saying
/// sign-in does not work, not an endless redirect loop; the log names the setting to check.
#[tokio::test]
async fn a_flow_that_keeps_restarting_ends_on_a_page_instead_of_a_redirect_loop() {
    let stack = Stack::shared().await;
    let browser = Browser::new();
    let unknown_flow = || {
        format!(
            "{}login?flow=0b9d5c1e-5f0a-4c43-9c7a-{:012x}",
            stack.vestibule_url(""),
            rand::random::<u64>() & 0xffff_ffff_ffff
        )
    };
    for restart in 1..=3 {
        let page = browser.get(unknown_flow()).await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "restart {restart}\n{page}"
        );
        let location = page.headers["location"].to_str().unwrap();
        assert!(
            location.starts_with(&stack.kratos_public_url("self-service/login/browser")),
            "restart {restart} goes to Kratos\n{page}"
        );
        let counted = browser
            .cookie(&vestibule_origin(stack), "vestibule_flow_restarts")
            .expect("vestibule counts the restarts");
        assert!(counted.starts_with(&format!("{restart}.")), "{counted}");
    }
    let page = browser.get(unknown_flow()).await;
    assert_error_page(
        &page,
        |status| status == StatusCode::SERVICE_UNAVAILABLE,
        "a 503 page after three restarts in a row",
    );
    assert!(page.has_text("Sign-in is not working right now"), "{page}");
    assert!(page.has_text("Please try again later"), "{page}");
    assert!(
        stack.log("vestibule").contains("KRATOS_PUBLIC_URL"),
        "the log names the settings to check"
    );

    // Someone else, or the same person half a minute later, is not affected.
    let fresh = Browser::new().get(unknown_flow()).await;
    assert_eq!(fresh.status, StatusCode::SEE_OTHER, "{fresh}");

    // A forged count is ignored.
    let forger = Browser::new();
    forger.set_cookie(
        &vestibule_origin(stack),
        "vestibule_flow_restarts=9.1700000000.AAAA; Path=/",
    );
    let page = forger.get(unknown_flow()).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{page}");
}
