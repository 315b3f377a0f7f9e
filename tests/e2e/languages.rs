//! Every page in the person's language, on the real stack: the app's `ui_locales` carries
//! through the whole sign-in (Kratos's own messages included) to consent, and to an error page
//! on the way; without it the browser's `Accept-Language` decides; the signed-in person's
//! `traits.locale` beats the browser on their account pages; the language switcher's choice beats
//! all and stays; a Kratos flow restarted after it expired keeps the language.
//!
//! Expected words come from the built-in catalogs, so the tests prove the choice of language,
//! not a translation's wording.

use std::time::Duration;

use reqwest::header::LOCATION;
use reqwest::StatusCode;

use vestibule::i18n::{Catalogs, Translator};

use crate::support::oidc::{authorize_with_scope, consent_location};
use crate::support::ory::sign_in_at_kratos;
use crate::support::pages::vestibule_origin;
use crate::support::signin::{
    app, assert_at_flow, authorize, is_vestibule_consent, open_registration, person,
    person_speaking, reach_login_page, sign_in_with_password, PASSWORD,
};
use crate::support::{never, Browser, Page, Stack, StackOptions};

/// The built-in catalogs' words in `locale`.
fn words(locale: &str) -> Translator {
    let catalogs = Catalogs::built_in();
    catalogs.translator(catalogs.get(locale).expect("a built-in locale"))
}

/// Kratos's message `id` as the catalog of `locale` says it (messages without variables).
fn kratos_words(locale: &str, id: u64) -> String {
    words(locale)
        .format_own(&format!("kratos-{id}"), None)
        .unwrap_or_else(|| panic!("{locale} translates kratos-{id}"))
}

/// The page is in `locale`: `<html lang>` says so, and it shows `key` in that language.
fn assert_in(page: &Page, locale: &str, key: &str) {
    assert!(
        page.has(&format!("html[lang={locale:?}]")),
        "expected a page in {locale}\n{page}"
    );
    let expected = words(locale).t(key);
    assert!(
        page.has_text(&expected),
        "expected {key} in {locale} ({expected:?})\n{page}"
    );
}

/// Kratos's message for a wrong password, on the page, in `locale`.
fn assert_wrong_password_in(page: &Page, locale: &str) {
    let expected = kratos_words(locale, 4_000_006);
    assert!(
        page.has_text(&expected),
        "expected Kratos's wrong-password message in {locale} ({expected:?})\n{page}"
    );
}

/// Picks `locale` with the page's language switcher (a GET form), as a person without
/// JavaScript would, and follows the redirect back.
async fn switch_to(browser: &Browser, page: &Page, locale: &str) -> Page {
    let mut form = page.form("form.language-switcher");
    form.set("locale", locale);
    form.submit(browser, None, never).await
}

#[tokio::test]
async fn ui_locales_keeps_every_page_of_the_sign_in_in_german_through_consent() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ui-locales-de").await;
    let client = app(stack, "Sprachen App").await;
    // Accept-Language says English: the app's `ui_locales` comes first.
    let browser = Browser::speaking("en-US,en;q=0.9");
    let (authorization, login) =
        reach_login_page(stack, &browser, &client, &[("ui_locales", "de fr")]).await;
    assert_in(&login, "de", "login-title");
    assert!(login.has("html[dir=ltr]"));

    let registration = open_registration(stack, &browser, &login, &authorization).await;
    assert_in(&registration, "de", "registration-title");

    let wrong = sign_in_with_password(&browser, &login, &ada.email, "not-the-password").await;
    assert_at_flow(stack, &wrong, "/login");
    assert_in(&wrong, "de", "login-title");
    assert_wrong_password_in(&wrong, "de");

    let done = sign_in_with_password(&browser, &wrong, &ada.email, PASSWORD).await;
    assert!(
        done.location
            .as_ref()
            .is_some_and(is_vestibule_consent(stack)),
        "signing in leads to consent\n{done}"
    );
    let (consent, _) = consent_location(&done);
    let consent = browser.follow(consent.as_str(), never).await;
    consent.assert_status(StatusCode::OK);
    assert_in(&consent, "de", "consent-allow");
    assert!(consent.has_text(&words("de").t("scope-openid-title")));
}

#[tokio::test]
async fn accept_language_chooses_french_when_the_app_asks_for_no_language() {
    let stack = Stack::shared().await;
    let ada = person(stack, "accept-language-fr").await;
    let client = app(stack, "Appli").await;
    let browser = Browser::speaking("fr-CA,fr;q=0.9,en;q=0.4");
    let (_, login) = reach_login_page(stack, &browser, &client, &[]).await;
    assert_in(&login, "fr", "login-title");
    let wrong = sign_in_with_password(&browser, &login, &ada.email, "not-the-password").await;
    assert_wrong_password_in(&wrong, "fr");

    // Pages outside a sign-in follow the browser too.
    let home = browser
        .follow(vestibule_origin(stack).as_str(), never)
        .await;
    assert_in(&home, "fr", "home-welcome-title");
}

#[tokio::test]
async fn the_account_pages_speak_the_signed_in_persons_language() {
    let stack = Stack::shared().await;
    let marie = person_speaking(stack, "trait-locale-fr", "fr").await;
    // The browser says English; the person's identity says French.
    let browser = Browser::speaking("en-US,en;q=0.9");
    let signed_out = browser
        .follow(vestibule_origin(stack).as_str(), never)
        .await;
    assert_in(&signed_out, "en", "home-welcome-title");

    sign_in_at_kratos(stack, &browser, &marie.email, PASSWORD, None).await;
    let home = browser
        .follow(vestibule_origin(stack).as_str(), never)
        .await;
    home.assert_status(StatusCode::OK);
    assert_in(&home, "fr", "home-title");
    for (path, key) in [("sessions", "sessions-title"), ("apps", "apps-title")] {
        let page = browser
            .follow(vestibule_origin(stack).join(path).unwrap().as_str(), never)
            .await;
        page.assert_status(StatusCode::OK);
        assert_in(&page, "fr", key);
    }
}

#[tokio::test]
async fn an_error_page_inside_a_german_sign_in_is_german() {
    let stack = Stack::start(StackOptions::default()).await;
    let stack = &stack;
    let ada = person(stack, "error-page-de").await;
    let client = app(stack, "Fehler App").await;
    // The browser says English; the app asks for German. Signed in at Kratos, so vestibule has
    // to ask Kratos about the session.
    let browser = Browser::speaking("en-US,en;q=0.9");
    sign_in_at_kratos(stack, &browser, &ada.email, PASSWORD, None).await;
    let authorization = authorize(stack, &browser, &client, &[("ui_locales", "de")]).await;

    // Kratos goes away in the middle of the sign-in: its 503 page is German.
    stack.stop("kratos");
    let page = browser.get(authorization.login.as_str()).await;
    page.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_in(&page, "de", "error-unavailable-title");
    assert!(
        page.has_text(&words("de").t("error-kratos-unavailable")),
        "the message is German too\n{page}"
    );
    // Outside the sign-in, the browser's language.
    let plain = browser
        .get(vestibule_origin(stack).join("login").unwrap().as_str())
        .await;
    plain.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_in(&plain, "en", "error-unavailable-title");
}

#[tokio::test]
async fn the_switchers_choice_beats_ui_locales_and_accept_language_and_persists() {
    let stack = Stack::shared().await;
    let ada = person(stack, "switcher-ja").await;
    let client = app(stack, "Switcher App").await;
    let browser = Browser::speaking("fr");
    let (_, login) = reach_login_page(stack, &browser, &client, &[("ui_locales", "de")]).await;
    assert_in(&login, "de", "login-title");

    let switched = switch_to(&browser, &login, "ja").await;
    assert_eq!(
        switched.url, login.url,
        "the switcher returns to the same page\n{switched}"
    );
    assert_in(&switched, "ja", "login-title");

    let wrong = sign_in_with_password(&browser, &switched, &ada.email, "not-the-password").await;
    assert_in(&wrong, "ja", "login-title");
    assert_wrong_password_in(&wrong, "ja");
    let done = sign_in_with_password(&browser, &wrong, &ada.email, PASSWORD).await;
    let (consent, _) = consent_location(&done);
    let consent = browser.follow(consent.as_str(), never).await;
    assert_in(&consent, "ja", "consent-allow");

    // A new sign-in of the same browser, another app asking for German: still Japanese.
    let other = app(stack, "Other App").await;
    let authorize = authorize_with_scope(stack, &other, "openid", &[("ui_locales", "de")]);
    let next = browser.follow(authorize.as_str(), never).await;
    next.assert_status(StatusCode::OK);
    assert!(next.has("html[lang=ja]"), "{next}");

    // Arabic is written right to left.
    let arabic = switch_to(&browser, &next, "ar").await;
    assert!(arabic.has("html[lang=ar][dir=rtl]"), "{arabic}");
}

#[tokio::test]
async fn the_switcher_only_returns_to_this_site_and_rejects_unknown_languages() {
    let stack = Stack::shared().await;
    let origin = vestibule_origin(stack);
    let browser = Browser::new();
    for (return_to, expected) in [
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example/", "/"),
        ("/sessions?x=1", "/sessions?x=1"),
    ] {
        let mut url = origin.join("/language").unwrap();
        url.query_pairs_mut()
            .append_pair("locale", "de")
            .append_pair("return_to", return_to);
        let answer = browser.get(url.as_str()).await;
        answer.assert_status(StatusCode::SEE_OTHER);
        assert_eq!(
            answer.headers.get(LOCATION).unwrap().to_str().unwrap(),
            expected,
            "return_to {return_to:?}"
        );
    }
    let unknown = browser
        .get(origin.join("/language?locale=tlh").unwrap().as_str())
        .await;
    unknown.assert_status(StatusCode::BAD_REQUEST);
    // The choice made above holds: the error page is German.
    assert!(unknown.has("html[lang=de]"), "{unknown}");
}

#[tokio::test]
async fn a_login_flow_restarted_after_it_expired_keeps_the_language() {
    let stack = Stack::start(StackOptions {
        kratos_env: vec![("SELFSERVICE_FLOWS_LOGIN_LIFESPAN".into(), "2s".into())],
        ..Default::default()
    })
    .await;
    let stack = &stack;
    let ada = person(stack, "expired-de").await;
    let client = app(stack, "Expiring App").await;
    let browser = Browser::speaking("en");
    let (_, page) = reach_login_page(stack, &browser, &client, &[("ui_locales", "de")]).await;
    let expired_flow = page.query_param("flow").unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;

    let reloaded = browser.follow(page.url.as_str(), never).await;
    assert_at_flow(stack, &reloaded, "/login");
    assert_ne!(reloaded.query_param("flow").unwrap(), expired_flow);
    assert_in(&reloaded, "de", "login-title");

    // Submitting the expired form: Kratos starts a new flow and says why, in German.
    let restarted = sign_in_with_password(&browser, &page, &ada.email, PASSWORD).await;
    assert_at_flow(stack, &restarted, "/login");
    assert_in(&restarted, "de", "login-title");
    assert!(
        !restarted.has_text("The login flow expired"),
        "Kratos's English text is not shown\n{restarted}"
    );
}
