//! Account recovery and email verification with codes read from Mailpit, and the way both lead
//! back into the OAuth2 flow they started from.

use crate::scenarios;
use crate::support::mail::{Inbox, RECOVERY_CODE_MAIL, VERIFICATION_CODE_MAIL};
use crate::support::ory::{flow_messages, flow_of, identity, unique_email};
use crate::support::pages::kratos_english;
use crate::support::signin::{
    app, assert_consent_requested, assert_flow_returns_to_callback, assert_rendered_flow,
    is_vestibule, person, reach_login_page, sign_in_with_password, submit_code, submit_field,
    PASSWORD,
};
use crate::support::{is_consent, never, Browser, Form, Page, Stack};

const NEW_PASSWORD: &str = "another long passphrase, set on recovery 7";

/// Types `email` into the page's recovery or verification form and asks for a code.
async fn request_code_for(browser: &Browser, page: &Page, email: &str) -> Page {
    submit_field(browser, page, "email", email, "code").await
}

#[tokio::test]
async fn recovering_the_account_by_code_from_the_login_page_returns_to_the_oauth2_flow() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let mut inbox = Inbox::open(stack, &ada.email).await;
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;

    // "Recover your account", carrying the OAuth2 flow as the recovery's return_to.
    let link = login
        .links()
        .into_iter()
        .find(|link| is_vestibule(stack, &link.href, "/recovery"))
        .unwrap_or_else(|| panic!("the login page links to recovery\n{login}"));
    let page = browser.follow(link.href.as_str(), never).await;
    assert_rendered_flow(stack, &page, "/recovery");
    let flow = flow_of(stack, &browser, "recovery", &page).await;
    assert_flow_returns_to_callback(stack, &flow, &authorization);

    let sent = request_code_for(&browser, &page, &ada.email).await;
    assert_rendered_flow(stack, &sent, "/recovery");
    assert!(sent.has_input("code"), "a field for the code\n{sent}");
    let code = inbox.next_code(RECOVERY_CODE_MAIL).await;
    let settings = submit_code(&browser, &sent, &code).await;

    // Kratos signs the person in and continues to a settings flow for the new password.
    assert_rendered_flow(stack, &settings, "/settings");
    let flow = flow_of(stack, &browser, "settings", &settings).await;
    assert_flow_returns_to_callback(stack, &flow, &authorization);
    let mut form = settings
        .form(|form: &Form| form.has_field("password") && form.has_button("method", "password"));
    assert!(form.has_field("csrf_token"), "{form}");
    form.set("password", NEW_PASSWORD);
    let done = form
        .submit(&browser, Some(("method", "password")), is_consent)
        .await;

    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;

    // The new password is the one that works now.
    let browser = Browser::new();
    let (_, page) = reach_login_page(stack, &browser, &client, &[]).await;
    let refused = sign_in_with_password(&browser, &page, &ada.email, PASSWORD).await;
    assert!(
        refused.has_text(&kratos_english(4_000_006, &[])),
        "the old password no longer works\n{refused}"
    );
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;
    let done = sign_in_with_password(&browser, &page, &ada.email, NEW_PASSWORD).await;
    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
}

#[tokio::test]
async fn recovery_for_an_unknown_address_looks_the_same_as_for_a_known_one() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let mut answers = Vec::new();
    for email in [ada.email.clone(), unique_email("nobody")] {
        let browser = Browser::new();
        let page = browser.follow(stack.vestibule_url("recovery"), never).await;
        assert_rendered_flow(stack, &page, "/recovery");

        let sent = request_code_for(&browser, &page, &email).await;

        assert_rendered_flow(stack, &sent, "/recovery");
        assert!(
            sent.has_input("code"),
            "{email}: a field for the code\n{sent}"
        );
        let messages = flow_messages(&flow_of(stack, &browser, "recovery", &sent).await);
        for message in &messages {
            assert!(
                sent.has_text(message),
                "{email}: {message:?} is shown\n{sent}"
            );
        }
        answers.push(messages);
    }
    assert!(!answers[0].is_empty(), "Kratos says a code was sent");
    assert_eq!(
        answers[0], answers[1],
        "an unknown address gets the same answer"
    );
}

#[tokio::test]
async fn an_unverified_email_is_verified_with_a_code_on_the_verification_page() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let before = identity(stack, &ada.id).await;
    assert_eq!(
        before["verifiable_addresses"][0]["verified"], false,
        "{before:#}"
    );
    let mut inbox = Inbox::open(stack, &ada.email).await;
    let browser = Browser::new();
    let page = browser
        .follow(stack.vestibule_url("verification"), never)
        .await;
    assert_rendered_flow(stack, &page, "/verification");

    let sent = request_code_for(&browser, &page, &ada.email).await;
    assert_rendered_flow(stack, &sent, "/verification");
    assert!(sent.has_input("code"), "a field for the code\n{sent}");
    let code = inbox.next_code(VERIFICATION_CODE_MAIL).await;
    let verified = submit_code(&browser, &sent, &code).await;

    assert_rendered_flow(stack, &verified, "/verification");
    assert!(
        verified.has_text(&kratos_english(1_080_002, &[])),
        "Kratos's message is shown\n{verified}"
    );
    let after = identity(stack, &ada.id).await;
    assert_eq!(
        after["verifiable_addresses"][0]["verified"], true,
        "{after:#}"
    );
}

#[tokio::test]
async fn signing_up_with_a_password_leads_through_email_verification_back_to_the_oauth2_flow() {
    scenarios::sign_up_verifies_the_email_and_continues_the_oauth2_flow(Stack::shared().await)
        .await;
}
