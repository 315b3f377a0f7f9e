//! Whole journeys that more than one stack runs: the tests on the shared stack, and the same
//! journeys on a Kratos in its own Hydra mode (`native_hydra.rs`).

use crate::support::mail::{Inbox, LOGIN_CODE_MAIL, VERIFICATION_CODE_MAIL};
use crate::support::ory::{flow_of, identity, unique_email};
use crate::support::pages::kratos_english;
use crate::support::signin::{
    amr, app, assert_asks_for_code, assert_consent_requested, assert_flow_returns_to_callback,
    assert_is_callback, assert_no_server_error, assert_rendered_flow, choose_password,
    consent_request_of, fill_in_profile, is_vestibule, open_registration, person, reach_login_page,
    request_login_code, subject_of, submit_code, PASSWORD,
};
use crate::support::{is_consent, Browser, Stack};

/// Sign-up from the login page in `stack` (also run on a Kratos in its own Hydra mode).
pub async fn sign_up_continues_the_oauth2_flow(stack: &Stack) {
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, login_page) = reach_login_page(stack, &browser, &client, &[]).await;

    let page = open_registration(stack, &browser, &login_page, &authorization).await;

    // Step one: the profile.
    let email = unique_email("grace");
    let second_step = fill_in_profile(&browser, &page, &email).await;
    assert_rendered_flow(stack, &second_step, "/registration");

    // Step two: the password.
    let verification = choose_password(&browser, &second_step, PASSWORD).await;

    // Sign-up asks to verify the address; verifying later keeps the OAuth2 flow going.
    assert_rendered_flow(stack, &verification, "/verification");
    let skip = verification
        .links()
        .into_iter()
        .find(|link| link.text.contains("Skip verification"))
        .unwrap_or_else(|| panic!("the verification page offers to skip\n{verification}"));
    assert!(
        is_vestibule(stack, &skip.href, "/callback"),
        "skipping returns to the sign-in: {}",
        skip.href
    );
    let done = browser.follow(skip.href.as_str(), is_consent).await;

    let consent = consent_request_of(stack, &done).await;
    let subject = subject_of(&consent);
    let created = identity(stack, &subject).await;
    assert_eq!(created["traits"]["email"], email.as_str(), "{created:#}");
    assert_consent_requested(stack, &done, &authorization, &subject, &client).await;
}

/// Sign-in with an emailed code in `stack` (also run on a Kratos in its own Hydra mode).
pub async fn code_sign_in_continues_the_oauth2_flow(stack: &Stack) {
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let mut inbox = Inbox::open(stack, &ada.email).await;
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;

    let sent = request_login_code(&browser, &page, &ada.email).await;

    assert_asks_for_code(stack, &sent, &page, "/login");
    assert!(
        sent.has_text(&kratos_english(1_010_014, &[])),
        "Kratos's message is shown\n{sent}"
    );
    let code = inbox.next_code(LOGIN_CODE_MAIL).await;
    let done = submit_code(&browser, &sent, &code).await;

    let consent = assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
    assert!(amr(&consent).contains(&"code"), "amr: {consent:#}");
    assert_eq!(consent["acr"], "aal1", "{consent:#}");
}

/// A sign-up with a password inside an OAuth2 flow, through the verification page with the
/// emailed code, and on to consent (also run on a Kratos in its own Hydra mode).
pub async fn sign_up_verifies_the_email_and_continues_the_oauth2_flow(stack: &Stack) {
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let email = unique_email("grace");
    let mut inbox = Inbox::open(stack, &email).await;
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;
    let registration = open_registration(stack, &browser, &login, &authorization).await;
    let second_step = fill_in_profile(&browser, &registration, &email).await;

    let verification = choose_password(&browser, &second_step, PASSWORD).await;

    // Kratos created the identity, sent a code and shows the verification flow, which still
    // returns to the OAuth2 flow.
    assert_rendered_flow(stack, &verification, "/verification");
    assert!(
        verification.has_input("code"),
        "a field for the code\n{verification}"
    );
    let flow = flow_of(stack, &browser, "verification", &verification).await;
    assert_flow_returns_to_callback(stack, &flow, &authorization);
    let code = inbox.next_code(VERIFICATION_CODE_MAIL).await;
    let verified = submit_code(&browser, &verification, &code).await;

    assert_rendered_flow(stack, &verified, "/verification");
    assert!(
        verified.has_text(&kratos_english(1_080_002, &[])),
        "Kratos's message is shown\n{verified}"
    );
    let link = verified
        .links()
        .into_iter()
        .find(|link| is_vestibule(stack, &link.href, "/callback"))
        .unwrap_or_else(|| panic!("a link continues the OAuth2 flow\n{verified}"));
    assert_is_callback(
        stack,
        &link.href,
        &authorization.challenge,
        &verified.to_string(),
    );
    let done = browser.follow(link.href.as_str(), is_consent).await;

    assert_no_server_error(&done);
    let consent = consent_request_of(stack, &done).await;
    let subject = consent["subject"].as_str().unwrap_or_default().to_owned();
    let created = identity(stack, &subject).await;
    assert_eq!(created["traits"]["email"], email.as_str(), "{created:#}");
    assert_eq!(
        created["verifiable_addresses"][0]["verified"], true,
        "{created:#}"
    );
    assert_consent_requested(stack, &done, &authorization, &subject, &client).await;
}
