//! The person's own account: the overview at `/`, the apps they let in (`/apps`, Hydra's consent
//! sessions for their subject) and where they are signed in (`/sessions`, their Kratos sessions).
//! Whose account it is always comes from the browser's Kratos session, never from the form.

use reqwest::{StatusCode, Url};
use serde_json::Value;

use crate::support::oidc::{
    authorize_with_scope, consent_location, is_client_redirect, redeem, sign_in_to_consent, Tokens,
};
use crate::support::ory::{
    expect_json, get_accepting_json, kratos_session, login_request, random_hex,
};
use crate::support::pages::assert_error_page;
use crate::support::signin::{
    app, app_with, assert_rendered_flow, authorize, is_vestibule, person, sign_in_with_password,
    Person, PASSWORD,
};
use crate::support::{client, never, query_param, Browser, Form, OAuthClient, Page, Stack};

const SCOPE: &str = "openid offline_access email";

/// `person` signs in through vestibule in a new browser and allows `client` `SCOPE` with
/// "remember" ticked; the app redeems the code.
async fn granted_with_remember(
    stack: &Stack,
    person: &Person,
    client: &OAuthClient,
) -> (Browser, Tokens) {
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, client, SCOPE, &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &person.email, PASSWORD).await;
    let (location, _) = consent_location(&stopped);
    let page = browser.get(location.as_str()).await;
    page.assert_status(StatusCode::OK);
    let mut form = page.form("form[action='/consent']");
    form.fields.push(("remember".into(), "true".into()));
    let at_client = form
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    let tokens = redeem(stack, client, &authorize, &at_client).await;
    (browser, tokens)
}

/// The consents Hydra holds for `subject`, by client id.
async fn consented_clients(stack: &Stack, subject: &str) -> Vec<String> {
    let mut url = Url::parse(&stack.hydra_admin_url("admin/oauth2/auth/sessions/consent")).unwrap();
    url.query_pairs_mut().append_pair("subject", subject);
    let sessions = expect_json(
        get_accepting_json(&client(), url.as_str()),
        "list consent sessions",
        StatusCode::OK,
    )
    .await;
    sessions
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| {
            s.pointer("/consent_request/client/client_id")?
                .as_str()
                .map(str::to_owned)
        })
        .collect()
}

async fn apps_page(stack: &Stack, browser: &Browser) -> Page {
    let page = browser.get(stack.vestibule_url("apps")).await;
    page.assert_status(StatusCode::OK);
    assert!(is_vestibule(stack, &page.url, "/apps"), "{page}");
    page
}

fn remove_form(page: &Page, client: &OAuthClient) -> Form {
    let id = client.id.clone();
    page.form(move |form: &Form| form.field("client_id") == Some(id.as_str()))
}

/// What the token endpoint says to `client` redeeming `refresh_token`.
async fn refresh(stack: &Stack, client: &OAuthClient, refresh_token: &str) -> StatusCode {
    crate::support::client()
        .post(stack.hydra_public_url("oauth2/token"))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", &client.id),
            ("client_secret", &client.secret),
        ])
        .send()
        .await
        .expect("the token endpoint answers")
        .status()
}

#[tokio::test]
async fn a_remembered_app_is_listed_and_removing_it_revokes_consent_and_tokens() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let (browser, tokens) = granted_with_remember(stack, &ada, &notes).await;
    let refresh_token = tokens.response["refresh_token"]
        .as_str()
        .expect("offline_access gives a refresh token")
        .to_owned();

    let page = apps_page(stack, &browser).await;
    assert!(page.has_text(&notes.name), "the app is named\n{page}");
    assert!(
        page.has("li.scope[data-scope=email]") && page.has_text("Your email address"),
        "the access granted, in the consent page's words\n{page}"
    );
    assert!(page.has_text("Remembered until"), "{page}");

    let done = remove_form(&page, &notes)
        .submit(&browser, None, |_| false)
        .await;
    done.assert_status(StatusCode::OK);
    assert!(is_vestibule(stack, &done.url, "/apps"), "{done}");
    assert!(!done.has_text(&notes.name), "the app is gone\n{done}");
    assert!(consented_clients(stack, &ada.id).await.is_empty());

    // The app can no longer sign Ada in silently, nor keep its access.
    let silent = authorize_with_scope(stack, &notes, SCOPE, &[("prompt", "none")]);
    let back = browser.follow(silent.as_str(), is_client_redirect).await;
    assert_eq!(
        query_param(back.stopped_at(), "error").as_deref(),
        Some("consent_required"),
        "{back}"
    );
    assert_ne!(refresh(stack, &notes, &refresh_token).await, StatusCode::OK);
}

#[tokio::test]
async fn nobody_lists_or_removes_another_persons_apps() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let bob = person(stack, "bob").await;
    let notes = app(stack, "Nimbus Notes").await;
    let chess = app(stack, "Bob's Chess").await;
    let (_ada_browser, _) = granted_with_remember(stack, &ada, &notes).await;
    let (bob_browser, _) = granted_with_remember(stack, &bob, &chess).await;

    let page = apps_page(stack, &bob_browser).await;
    assert!(!page.has_text(&notes.name), "only Bob's apps\n{page}");

    // Bob's own form with Ada's app, and Ada's subject added: nothing of Ada's goes.
    let mut form = remove_form(&page, &chess);
    form.set("client_id", &notes.id);
    form.fields.push(("subject".into(), ada.id.clone()));
    let refused = form.submit(&bob_browser, None, |_| true).await;
    assert_error_page(
        &refused,
        |s| s == StatusCode::NOT_FOUND || s == StatusCode::FORBIDDEN,
        "a foreign app",
    );
    assert_eq!(
        consented_clients(stack, &ada.id).await,
        vec![notes.id.clone()]
    );
    assert_eq!(
        consented_clients(stack, &bob.id).await,
        vec![chess.id.clone()]
    );

    // Without vestibule's token, nothing is removed either.
    let mut forged = remove_form(&page, &chess);
    forged.set("csrf_token", "forged");
    let refused = forged.submit(&bob_browser, None, |_| true).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{refused}");
    assert_eq!(
        consented_clients(stack, &bob.id).await,
        vec![chess.id.clone()]
    );

    // Signed out, the page sends the browser to sign in.
    let page = Browser::new().get(stack.vestibule_url("apps")).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{page}");
    assert!(
        page.location.as_ref().is_some_and(|l| l.path() == "/login"),
        "{page}"
    );
}

/// `person` signed in to `client` (no consent page) in a fresh browser: Kratos and Hydra both
/// remember it there.
async fn signed_in_browser(stack: &Stack, person: &Person, client: &OAuthClient) -> Browser {
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, client, "openid email", &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &person.email, PASSWORD).await;
    let at_client = browser
        .follow(stopped.stopped_at().as_str(), is_client_redirect)
        .await;
    redeem(stack, client, &authorize, &at_client).await;
    browser
}

async fn session_id(stack: &Stack, browser: &Browser) -> Option<String> {
    kratos_session(stack, browser)
        .await
        .map(|session: Value| session["id"].as_str().unwrap().to_owned())
}

async fn sessions_page(stack: &Stack, browser: &Browser) -> Page {
    let page = browser.get(stack.vestibule_url("sessions")).await;
    page.assert_status(StatusCode::OK);
    page
}

fn end_form(page: &Page, session: &str) -> Form {
    let session = session.to_owned();
    page.form(move |form: &Form| form.field("session_id") == Some(session.as_str()))
}

#[tokio::test]
async fn signing_out_another_browser_ends_its_kratos_session_and_its_remembered_login() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app_with(
        stack,
        "Nimbus Notes",
        serde_json::json!({"skip_consent": true}),
    )
    .await;
    let laptop = signed_in_browser(stack, &ada, &notes).await;
    let phone = signed_in_browser(stack, &ada, &notes).await;
    let laptop_session = session_id(stack, &laptop).await.unwrap();
    let phone_session = session_id(stack, &phone).await.unwrap();

    let page = sessions_page(stack, &laptop).await;
    assert!(
        page.has(&format!(
            "li.current-session[data-session='{laptop_session}']"
        )) && page.has(&format!("li.session[data-session='{phone_session}']")),
        "both sessions, this browser's marked\n{page}"
    );
    assert!(page.has_text("with password"), "how each signed in\n{page}");

    // A session id that is not Ada's ends nothing.
    let bob = person(stack, "bob").await;
    let bobs = signed_in_browser(stack, &bob, &notes).await;
    let bob_session = session_id(stack, &bobs).await.unwrap();
    let mut forged = end_form(&page, &phone_session);
    forged.set("session_id", &bob_session);
    let refused = forged.submit(&laptop, None, |_| true).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "{refused}");
    assert!(
        session_id(stack, &bobs).await.is_some(),
        "Bob is still signed in"
    );

    let done = end_form(&page, &phone_session)
        .submit(&laptop, None, |_| false)
        .await;
    done.assert_status(StatusCode::OK);
    assert!(
        !done.has(&format!("li[data-session='{phone_session}']")),
        "{done}"
    );
    assert_eq!(session_id(stack, &laptop).await, Some(laptop_session));

    // The phone is signed out, and Hydra no longer signs it in without vestibule.
    assert_eq!(session_id(stack, &phone).await, None);
    let home = phone.get(stack.vestibule_url("")).await;
    assert!(home.has_text("You are not signed in"), "{home}");
    let authorization = authorize(stack, &phone, &notes, &[]).await;
    let request = login_request(stack, &authorization.challenge).await;
    assert_eq!(
        request["skip"], false,
        "Hydra forgot the phone's login: {request:#}"
    );
    let next = phone
        .follow(authorization.login.as_str(), is_client_redirect)
        .await;
    assert!(
        next.status == StatusCode::OK && is_vestibule(stack, &next.url, "/login"),
        "the phone must sign in again\n{next}"
    );
}

#[tokio::test]
async fn signing_out_everywhere_else_keeps_this_browser() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app_with(
        stack,
        "Nimbus Notes",
        serde_json::json!({"skip_consent": true}),
    )
    .await;
    let laptop = signed_in_browser(stack, &ada, &notes).await;
    let phone = signed_in_browser(stack, &ada, &notes).await;
    let tablet = signed_in_browser(stack, &ada, &notes).await;

    let page = sessions_page(stack, &laptop).await;
    let everywhere = page.form(|form: &Form| {
        form.action.path() == "/sessions/end" && form.field("session_id").is_none()
    });
    everywhere
        .submit(&laptop, None, |_| false)
        .await
        .assert_status(StatusCode::OK);

    assert!(
        session_id(stack, &laptop).await.is_some(),
        "this browser stays"
    );
    assert_eq!(session_id(stack, &phone).await, None);
    assert_eq!(session_id(stack, &tablet).await, None);
    // This browser's next authorization still goes through without a page.
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[]);
    let at_client = laptop.follow(authorize.as_str(), is_client_redirect).await;
    redeem(stack, &notes, &authorize, &at_client).await;
}

#[tokio::test]
async fn the_overview_shows_addresses_and_protection() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let notes = app_with(
        stack,
        "Nimbus Notes",
        serde_json::json!({"skip_consent": true}),
    )
    .await;
    let browser = signed_in_browser(stack, &ada, &notes).await;

    let page = browser.get(stack.vestibule_url("")).await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.has_text(&ada.email) && page.has_text("not verified"),
        "{page}"
    );
    assert!(page.has("a[href='/verification']"), "{page}");
    assert!(
        page.has_text("Password: set") && page.has_text("Second factor: off"),
        "{page}"
    );
    for link in ["/settings", "/apps", "/sessions"] {
        assert!(
            page.has(&format!("a[href='{link}']")),
            "a link to {link}\n{page}"
        );
    }
}

/// Signed out, an account page sends the browser to sign in and, once signed in, back to that
/// page. Kratos returns only to `/callback` (its allow list names no other page of ours), which
/// goes on to the page.
#[tokio::test]
async fn signed_out_account_pages_sign_in_and_come_back() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    for page in ["settings", "sessions", "apps"] {
        let browser = Browser::new();
        let login = browser.follow(stack.vestibule_url(page), never).await;
        assert_rendered_flow(stack, &login, "/login");
        let back = sign_in_with_password(&browser, &login, &ada.email, PASSWORD).await;
        back.assert_status(StatusCode::OK);
        assert!(
            is_vestibule(stack, &back.url, &format!("/{page}")),
            "signed in, back on /{page}\n{back}"
        );
        assert!(
            back.hops
                .iter()
                .any(|hop| is_vestibule(stack, &hop.url, "/callback")),
            "through /callback\n{back}"
        );
    }
    let settings = Browser::new();
    let login = settings
        .follow(stack.vestibule_url("settings"), never)
        .await;
    let back = sign_in_with_password(&settings, &login, &ada.email, PASSWORD).await;
    assert_rendered_flow(stack, &back, "/settings");
    assert!(back.has_input("password"), "the settings form\n{back}");
}

#[tokio::test]
async fn the_apps_login_hint_fills_in_the_sign_in_page_escaped() {
    let stack = Stack::shared().await;
    let notes = app(stack, "Nimbus Notes").await;
    let hint = format!("ada-{}@example.com\"><b>", random_hex());
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[("login_hint", &hint)]);
    let page = browser.follow(authorize.as_str(), |_| false).await;
    page.assert_status(StatusCode::OK);
    assert!(is_vestibule(stack, &page.url, "/login"), "{page}");
    let form = page.form("form:has(input[name=identifier])");
    assert_eq!(form.field("identifier"), Some(hint.as_str()), "{page}");
    assert!(!page.body.contains("\"><b>"), "the hint is escaped\n{page}");
}

/// The app's `login_hint` fills in the sign-in identifier only. With `prompt=registration` Hydra
/// sends the browser straight to sign-up, where the hint is neither filled in nor shown (nor on
/// the sign-up page the sign-in page links to): an address the app chose never becomes the new
/// account's unless the person types it.
#[tokio::test]
async fn an_apps_login_hint_never_fills_in_the_sign_up_page() {
    let stack = Stack::shared().await;
    let notes = app(stack, "Nimbus Notes").await;
    let hint = format!("grace-{}@example.com", random_hex());
    let assert_not_offered = |page: &Page| {
        page.assert_status(StatusCode::OK);
        assert!(is_vestibule(stack, &page.url, "/registration"), "{page}");
        let form = page.form(|form: &Form| form.has_field("traits.email"));
        assert_eq!(
            form.field("traits.email").unwrap_or_default(),
            "",
            "the address is left to the person\n{page}"
        );
        assert!(
            !page.body.contains(&hint),
            "the hint is not on the page\n{page}"
        );
    };

    let browser = Browser::new();
    let authorize = authorize_with_scope(
        stack,
        &notes,
        "openid email",
        &[("prompt", "registration"), ("login_hint", &hint)],
    );
    let sign_up = browser.follow(authorize.as_str(), |_| false).await;
    assert!(
        sign_up
            .hops
            .iter()
            .any(|hop| is_vestibule(stack, &hop.url, "/registration")
                && hop
                    .url
                    .query()
                    .unwrap_or_default()
                    .contains("login_challenge=")),
        "Hydra sends prompt=registration to vestibule's sign-up\n{sign_up}"
    );
    assert_not_offered(&sign_up);

    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[("login_hint", &hint)]);
    let login = browser.follow(authorize.as_str(), |_| false).await;
    let form = login.form("form:has(input[name=identifier])");
    assert_eq!(form.field("identifier"), Some(hint.as_str()), "{login}");
    let link = login
        .links()
        .into_iter()
        .find(|link| is_vestibule(stack, &link.href, "/registration"))
        .unwrap_or_else(|| panic!("a link to sign up\n{login}"));
    assert_not_offered(&browser.follow(link.href.as_str(), |_| false).await);
}

#[tokio::test]
async fn hydra_advertises_the_claims_and_scopes_vestibule_issues() {
    let stack = Stack::shared().await;
    let url = stack.hydra_public_url(".well-known/openid-configuration");
    let config = expect_json(
        get_accepting_json(&client(), &url),
        "discovery",
        StatusCode::OK,
    )
    .await;
    let listed = |key: &str| -> Vec<String> {
        config[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    let (claims, scopes) = (listed("claims_supported"), listed("scopes_supported"));
    for (scope, scope_claims) in vestibule::domain::claims::STANDARD_CLAIMS {
        assert!(scopes.iter().any(|s| s == scope), "{scope} in {scopes:?}");
        for claim in *scope_claims {
            assert!(claims.iter().any(|c| c == claim), "{claim} in {claims:?}");
        }
    }
}
