//! A Kratos that runs in its own Hydra mode (`oauth2_provider.url` set, as operators of
//! kratos-selfservice-ui-node often have it): vestibule's sign-in (password and emailed code),
//! sign-up (through email verification with a code) and consent keep working, and a
//! Kratos flow started elsewhere with `login_challenge` (it carries `oauth2_login_challenge`) is
//! rendered with links that keep the challenge, and the OAuth2 flow completes.

use reqwest::{StatusCode, Url};
use tokio::sync::OnceCell;

use crate::support::oidc::{authorize_with_scope, is_client_redirect, redeem, sign_in_to_consent};
use crate::support::signin::{app, authorize, is_vestibule, password_form, person, PASSWORD};
use crate::support::{never, query_param, Browser, Form, Stack, StackOptions};

static NATIVE: OnceCell<Stack> = OnceCell::const_new();

async fn native_stack() -> &'static Stack {
    NATIVE
        .get_or_init(|| {
            Stack::start(StackOptions {
                kratos_env: vec![("OAUTH2_PROVIDER_URL".into(), "{hydra_admin}".into())],
                ..Default::default()
            })
        })
        .await
}

#[tokio::test]
async fn sign_in_and_consent_work_on_a_kratos_in_hydra_mode() {
    let stack = native_stack().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let authorize = authorize_with_scope(stack, &notes, "openid email", &[]);
    let stopped = sign_in_to_consent(stack, &browser, &authorize, &ada.email, PASSWORD).await;
    let consent = browser.get(stopped.stopped_at().as_str()).await;
    consent.assert_status(StatusCode::OK);
    let at_client = consent
        .form("form[action='/consent']")
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    let tokens = redeem(stack, &notes, &authorize, &at_client).await;
    assert_eq!(tokens.claims["sub"], ada.id.as_str());
}

#[tokio::test]
async fn sign_up_with_the_verification_page_works_on_a_kratos_in_hydra_mode() {
    crate::scenarios::sign_up_continues_the_oauth2_flow(native_stack().await).await;
}

#[tokio::test]
async fn email_verification_with_a_code_works_on_a_kratos_in_hydra_mode() {
    crate::scenarios::sign_up_verifies_the_email_and_continues_the_oauth2_flow(
        native_stack().await,
    )
    .await;
}

#[tokio::test]
async fn code_sign_in_works_on_a_kratos_in_hydra_mode() {
    crate::scenarios::code_sign_in_continues_the_oauth2_flow(native_stack().await).await;
}

#[tokio::test]
async fn a_flow_kratos_started_for_hydra_keeps_the_challenge_and_completes() {
    let stack = native_stack().await;
    let ada = person(stack, "ada").await;
    let notes = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let authorization = authorize(stack, &browser, &notes, &[]).await;

    // Started at Kratos with the challenge, the way kratos-selfservice-ui-node does it.
    let mut start = Url::parse(&stack.kratos_public_url("self-service/login/browser")).unwrap();
    start
        .query_pairs_mut()
        .append_pair("login_challenge", &authorization.challenge);
    let page = browser.follow(start.as_str(), never).await;
    page.assert_status(StatusCode::OK);
    assert!(is_vestibule(stack, &page.url, "/login"), "{page}");
    assert!(page.has_text(&notes.name), "the app is named\n{page}");
    for path in ["/registration", "/recovery"] {
        let link = page
            .links()
            .into_iter()
            .find(|link| link.href.path() == path)
            .unwrap_or_else(|| panic!("a link to {path}\n{page}"));
        let carried = query_param(&link.href, "login_challenge").or_else(|| {
            query_param(&link.href, "return_to")
                .and_then(|to| query_param(&Url::parse(&to).ok()?, "login_challenge"))
        });
        assert_eq!(
            carried.as_deref(),
            Some(authorization.challenge.as_str()),
            "{path}"
        );
    }

    let mut form: Form = password_form(&page);
    form.set("identifier", &ada.email).set("password", PASSWORD);
    let at_consent = form
        .submit(&browser, Some(("method", "password")), |url| {
            is_vestibule(stack, url, "/consent")
        })
        .await;
    let consent = browser
        .get(
            at_consent
                .location
                .as_ref()
                .expect("on to consent")
                .as_str(),
        )
        .await;
    consent.assert_status(StatusCode::OK);
    let at_client = consent
        .form("form[action='/consent']")
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    let tokens = redeem(stack, &notes, &authorization.url, &at_client).await;
    assert_eq!(tokens.claims["sub"], ada.id.as_str());
}
