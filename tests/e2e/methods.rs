//! Every Kratos sign-in method during an OAuth2 flow, against the real servers: one-time codes by
//! email and by SMS, an authenticator app (TOTP) and recovery codes as second factors, and what
//! happens when a code is wrong, expired or cannot be sent. Account recovery and email
//! verification are in `recovery.rs`.
//!
//! Each OAuth2 case starts where a client app would, at Hydra's authorization endpoint, with a
//! fresh browser, and ends where Hydra asks vestibule for consent, checked through Hydra's admin
//! API: the consent request is for the right identity and the right authorization. Codes are
//! read where a person would find them: mail from Mailpit, text messages from an SMS sink the
//! tests run, authenticator codes computed from the secret the settings page shows.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::sync::OnceCell;

use crate::scenarios;
use crate::support::mail::{Inbox, LOGIN_CODE_MAIL, REGISTRATION_CODE_MAIL};
use crate::support::ory::{
    create_identity_with_traits, flow_messages, flow_of, get_accepting_json, identity, send_json,
    sign_in_at_kratos, submit_kratos_login, unique_email,
};
use crate::support::pages::kratos_english;
use crate::support::signin::{
    amr, app, assert_asks_for_code, assert_consent_requested, assert_flow_returns_to_callback,
    assert_rendered_flow, consent_request_of, fill_in_profile, is_vestibule, kratos_start,
    open_registration, person, reach_login_page, request_code, request_login_code,
    sign_in_with_password, submit_code, submit_field, Authorization, Person, PASSWORD,
};
use crate::support::sms::{configured_sms_body, unique_phone, SmsSink};
use crate::support::{
    client, free_port, is_consent, never, query_param, totp, Browser, Form, OAuthClient, Page,
    Stack, StackOptions,
};

/// The Kratos node named `name` (an input's name, or a text or image node's id) in `flow`.
fn node<'a>(flow: &'a Value, name: &str) -> &'a Value {
    flow["ui"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|node| node["attributes"]["name"] == name || node["attributes"]["id"] == name)
        .unwrap_or_else(|| panic!("the flow has no node {name:?}: {flow:#}"))
}

// ----- one-time codes -----

#[tokio::test]
async fn signing_in_with_an_emailed_code_continues_the_oauth2_flow() {
    scenarios::code_sign_in_continues_the_oauth2_flow(Stack::shared().await).await;
}

#[tokio::test]
async fn signing_up_with_an_emailed_code_continues_the_oauth2_flow_as_the_new_identity() {
    let stack = Stack::shared().await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let email = unique_email("grace");
    let mut inbox = Inbox::open(stack, &email).await;
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;
    let registration = open_registration(stack, &browser, &login, &authorization).await;

    let second_step = fill_in_profile(&browser, &registration, &email).await;
    assert_rendered_flow(stack, &second_step, "/registration");
    let sent = request_code(&browser, &second_step, &[]).await;
    assert_asks_for_code(stack, &sent, &registration, "/registration");
    let code = inbox.next_code(REGISTRATION_CODE_MAIL).await;
    let done = submit_code(&browser, &sent, &code).await;

    let consent = consent_request_of(stack, &done).await;
    let subject = consent["subject"].as_str().unwrap_or_default().to_owned();
    let created = identity(stack, &subject).await;
    assert_eq!(created["traits"]["email"], email.as_str(), "{created:#}");
    assert_eq!(
        created["verifiable_addresses"][0]["verified"], true,
        "the code proved the address: {created:#}"
    );
    assert_consent_requested(stack, &done, &authorization, &subject, &client).await;
}

// ----- SMS -----

/// A stack whose Kratos sends text messages to an SMS sink of the tests, shared by the tests
/// that need one.
struct SmsStack {
    stack: Stack,
    sink: SmsSink,
}

async fn sms_stack() -> &'static SmsStack {
    static SMS: OnceCell<SmsStack> = OnceCell::const_new();
    SMS.get_or_init(|| async {
        let sink = SmsSink::start();
        let stack = Stack::start(StackOptions {
            kratos_env: sink.kratos_env(),
            vestibule_env: vec![("PHONE_SIGN_UP_SCHEMA_ID".to_owned(), "phone".to_owned())],
            ..Default::default()
        })
        .await;
        SmsStack { stack, sink }
    })
    .await
}

#[test]
fn the_sms_channel_in_the_configuration_has_a_body_template() {
    let body = configured_sms_body();
    let encoded = body
        .strip_prefix("base64://")
        .unwrap_or_else(|| panic!("a base64:// template, not {body}"));
    use base64::Engine;
    let jsonnet = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .expect("the body is base64");
    let jsonnet = String::from_utf8(jsonnet).expect("the template is text");
    for field in ["ctx.recipient", "ctx.body"] {
        assert!(jsonnet.contains(field), "{field} in {jsonnet}");
    }
}

#[tokio::test]
async fn signing_in_with_a_code_sent_by_sms_to_a_phone_number_continues_the_oauth2_flow() {
    let SmsStack { stack, sink } = sms_stack().await;
    let phone = unique_phone();
    let id = create_identity_with_traits(
        stack,
        json!({"email": unique_email("phone"), "phone": phone, "name": {"first": "Pat"}}),
    )
    .await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;

    let sent = request_login_code(&browser, &page, &phone).await;

    assert_asks_for_code(stack, &sent, &page, "/login");
    let sms = sink.message_to(&phone, 0).await;
    assert_eq!(sms.payload["template_type"], "login_code_valid", "{sms:?}");
    let done = submit_code(&browser, &sent, &sms.code()).await;

    let consent = assert_consent_requested(stack, &done, &authorization, &id, &client).await;
    assert!(amr(&consent).contains(&"code"), "amr: {consent:#}");
}

/// "Login via phone number and OTP, a new identity created on first use": the sign-in page's
/// "Sign in with a text message" asks for the number; vestibule creates the identity when the
/// number is new, and Kratos texts the code that signs the person in.
#[tokio::test]
async fn a_first_sign_in_by_phone_number_creates_the_identity_and_continues_the_oauth2_flow() {
    let SmsStack { stack, sink } = sms_stack().await;
    let phone = unique_phone();
    let spaced = format!("{} {} {}", &phone[..3], &phone[3..6], &phone[6..]);
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;

    let link = login
        .links()
        .into_iter()
        .find(|link| link.text.contains("Sign in with a text message"))
        .unwrap_or_else(|| panic!("the sign-in page offers sign-in by phone\n{login}"));
    assert!(is_vestibule(stack, &link.href, "/phone"), "{}", link.href);
    assert_eq!(
        query_param(&link.href, "login_challenge").as_deref(),
        Some(authorization.challenge.as_str()),
        "the link keeps the sign-in's challenge"
    );
    let ask = browser.follow(link.href.as_str(), never).await;
    ask.assert_status(StatusCode::OK);

    // A number that is not one is refused on the same page, nothing created.
    let mut form = ask.form("form[action='/phone']");
    form.set("phone", "0151 not a number");
    let refused = form.submit(&browser, None, never).await;
    refused.assert_status(StatusCode::BAD_REQUEST);
    assert!(refused.has_text("international form"), "{refused}");

    let mut form = ask.form("form[action='/phone']");
    form.set("phone", &spaced);
    let login_again = form.submit(&browser, None, is_consent).await;
    assert_rendered_flow(stack, &login_again, "/login");
    let created = identity_by_phone(stack, &phone).await;
    assert_eq!(created["schema_id"], "phone", "{created:#}");
    assert_eq!(created["traits"], json!({ "phone": phone }), "{created:#}");
    let id = created["id"].as_str().unwrap().to_owned();

    // The number is filled in; asking for the code texts it.
    let form = login_again.form(|form: &Form| form.has_button("method", "code"));
    assert_eq!(
        form.field("identifier"),
        Some(phone.as_str()),
        "{login_again}"
    );
    let sent = request_code(&browser, &login_again, &[]).await;
    assert_asks_for_code(stack, &sent, &login_again, "/login");
    let sms = sink.message_to(&phone, 0).await;
    let done = submit_code(&browser, &sent, &sms.code()).await;
    assert_consent_requested(stack, &done, &authorization, &id, &client).await;

    // Next time the same identity signs in; no second one is made.
    let browser = Browser::new();
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;
    let link = login
        .links()
        .into_iter()
        .find(|link| link.text.contains("Sign in with a text message"))
        .expect("the link is there again");
    let ask = browser.follow(link.href.as_str(), never).await;
    let mut form = ask.form("form[action='/phone']");
    form.set("phone", &phone);
    let login_again = form.submit(&browser, None, is_consent).await;
    let sent = request_code(&browser, &login_again, &[]).await;
    let sms = sink.message_to(&phone, 1).await;
    let done = submit_code(&browser, &sent, &sms.code()).await;
    assert_consent_requested(stack, &done, &authorization, &id, &client).await;
    assert_eq!(identity_by_phone(stack, &phone).await["id"], id.as_str());
}

/// The one identity that signs in with `phone`, from Kratos's admin API.
async fn identity_by_phone(stack: &Stack, phone: &str) -> Value {
    let found: Value = client()
        .get(stack.kratos_admin_url("admin/identities"))
        .query(&[("credentials_identifier", phone)])
        .send()
        .await
        .expect("Kratos admin answers")
        .json()
        .await
        .expect("a JSON list");
    let found = found.as_array().expect("a list of identities");
    assert_eq!(found.len(), 1, "one identity for {phone}: {found:#?}");
    found[0].clone()
}

/// Signing up with a phone number and a texted code ("a new identity on first use") is not
/// possible with Kratos 1.3.1, for two reasons this test pins down:
/// - the identity schema requires an email address, so a phone number alone is refused by
///   Kratos's validation, shown on the same registration page;
/// - Kratos's code method sends its sign-up code with the *email* template to every address of
///   the new identity, and has no text-message template for sign-up codes: with a phone number
///   given, the code step fails inside Kratos ("Expected sms template but got <nil>"), which
///   sends the browser to its error page (vestibule's general words; the reason is logged).
///
/// Signing in by phone (above) works for identities that already have a phone number.
#[tokio::test]
async fn signing_up_by_phone_number_is_refused_by_kratos_1_3() {
    let SmsStack { stack, sink } = sms_stack().await;
    let phone = unique_phone();
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (authorization, login) = reach_login_page(stack, &browser, &client, &[]).await;
    let registration = open_registration(stack, &browser, &login, &authorization).await;

    // A phone number only.
    let mut profile = registration.form(|form: &Form| form.has_field("traits.phone"));
    profile
        .set("traits.phone", &phone)
        .set("traits.name.first", "Pat");
    let refused = profile
        .submit(&browser, Some(("method", "profile")), is_consent)
        .await;

    assert_rendered_flow(stack, &refused, "/registration");
    assert_eq!(
        refused.query_param("flow"),
        registration.query_param("flow"),
        "{refused}"
    );
    assert!(
        refused.has_text(&kratos_english(4_000_002, &[("property", "email")])),
        "the schema's message is shown\n{refused}"
    );

    // A phone number and an email address, then a code.
    let mut profile = refused.form(|form: &Form| form.has_field("traits.phone"));
    profile
        .set("traits.phone", &phone)
        .set("traits.email", &unique_email("pat"));
    let second_step = profile
        .submit(&browser, Some(("method", "profile")), is_consent)
        .await;
    assert_rendered_flow(stack, &second_step, "/registration");
    let failed = request_code(&browser, &second_step, &[]).await;

    assert!(
        is_vestibule(stack, &failed.url, "/error") && failed.is_html(),
        "Kratos sends the browser to the error page\n{failed}"
    );
    assert!(
        !failed.body.contains("Expected sms template") && failed.has_text("Something went wrong"),
        "vestibule's words are shown, not Kratos's reason\n{failed}"
    );
    assert!(
        stack.log("vestibule").contains("Expected sms template"),
        "the reason of Kratos's own failure is logged for the operator"
    );
    let url = format!(
        "{}?credentials_identifier={}",
        stack.kratos_admin_url("admin/identities"),
        phone.replace('+', "%2B")
    );
    let found: Value = crate::support::client()
        .get(&url)
        .send()
        .await
        .expect("list identities")
        .json()
        .await
        .expect("Kratos answers JSON");
    assert_eq!(found, json!([]), "no identity has {phone}");
    assert!(
        sink.messages_to(&phone).is_empty(),
        "no text message went out"
    );
}

// ----- second factors -----

/// Signs `person` in at Kratos in a browser of its own and opens vestibule's settings page.
async fn settings_page(stack: &Stack, browser: &Browser, person: &Person) -> Page {
    sign_in_at_kratos(stack, browser, &person.email, PASSWORD, None).await;
    let page = browser.follow(stack.vestibule_url("settings"), never).await;
    assert_rendered_flow(stack, &page, "/settings");
    page
}

/// Sets up an authenticator app for `person` on vestibule's settings page: reads the secret the
/// page shows, types in the current code. Returns the secret.
async fn enrol_totp(stack: &Stack, person: &Person) -> String {
    let browser = Browser::new();
    let page = settings_page(stack, &browser, person).await;
    let flow = flow_of(stack, &browser, "settings", &page).await;
    let secret = node(&flow, "totp_secret_key")["attributes"]["text"]["context"]["secret"]
        .as_str()
        .unwrap_or_else(|| panic!("Kratos gives the TOTP secret: {flow:#}"))
        .to_owned();
    assert!(
        page.has_text(&secret),
        "the secret is shown for typing in\n{page}"
    );
    assert!(
        page.has("img[src^='data:image/png;base64,']"),
        "the QR code is shown\n{page}"
    );

    let mut form = page.form(|form: &Form| form.has_field("totp_code"));
    assert!(form.has_field("csrf_token"), "{form}");
    form.set("totp_code", &fresh_totp_code(&secret).await);
    let saved = form.submit(&browser, Some(("method", "totp")), never).await;

    assert_rendered_flow(stack, &saved, "/settings");
    assert!(
        saved.has_text(&kratos_english(1_050_001, &[])),
        "Kratos's message is shown\n{saved}"
    );
    let enrolled = identity(stack, &person.id).await;
    assert!(
        enrolled["credentials"]["totp"].is_object(),
        "the identity has an authenticator app: {enrolled:#}"
    );
    secret
}

/// The current code for `secret`, waiting for the next 30-second step when this one is about to
/// end, so the code is still valid when Kratos checks it.
async fn fresh_totp_code(secret: &str) -> String {
    if totp::seconds_left_in_step() < 3 {
        tokio::time::sleep(Duration::from_secs(totp::seconds_left_in_step() + 1)).await;
    }
    totp::current_code(secret)
}

/// `person` signs in to `client` with the password in `browser`, and vestibule asks for the
/// second factor `input` (see [`assert_second_factor_page`]). Returns that page.
async fn password_then_second_factor(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
    person: &Person,
    input: &str,
) -> (Authorization, Page) {
    let (authorization, page) = reach_login_page(stack, browser, client, &[]).await;
    let second = sign_in_with_password(browser, &page, &person.email, PASSWORD).await;
    assert_second_factor_page(stack, &second, input);
    (authorization, second)
}

/// The page asks for a second factor and not for a password again.
fn assert_second_factor_page(stack: &Stack, page: &Page, input: &str) {
    assert_rendered_flow(stack, page, "/login");
    assert!(page.has_input(input), "asks for {input}\n{page}");
    assert!(
        !page.has_input("password"),
        "does not ask for the password again\n{page}"
    );
}

#[tokio::test]
async fn an_authenticator_app_set_up_in_settings_is_asked_for_after_the_password() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let secret = enrol_totp(stack, &ada).await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();

    let (authorization, second) =
        password_then_second_factor(stack, &browser, &client, &ada, "totp_code").await;

    let flow = flow_of(stack, &browser, "login", &second).await;
    assert_eq!(flow["requested_aal"], "aal2", "{flow:#}");
    assert_flow_returns_to_callback(stack, &flow, &authorization);
    let code = fresh_totp_code(&secret).await;
    let done = submit_field(&browser, &second, "totp_code", &code, "totp").await;

    let consent = assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
    assert_eq!(consent["acr"], "aal2", "{consent:#}");
    let methods = amr(&consent);
    assert!(
        methods.contains(&"password") && methods.contains(&"totp"),
        "amr: {consent:#}"
    );
}

#[tokio::test]
async fn acr_values_aal2_asks_a_person_signed_in_with_a_password_only_for_the_second_factor() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let secret = enrol_totp(stack, &ada).await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    password_only_session(stack, &browser, &ada).await;

    let (authorization, page) =
        reach_login_page(stack, &browser, &client, &[("acr_values", "aal2")]).await;

    assert_second_factor_page(stack, &page, "totp_code");
    let kratos = kratos_start(stack, &page, "login");
    assert_eq!(
        query_param(&kratos, "aal").as_deref(),
        Some("aal2"),
        "vestibule asks Kratos for the second factor\n{page}"
    );
    let code = fresh_totp_code(&secret).await;
    let done = submit_field(&browser, &page, "totp_code", &code, "totp").await;

    let consent = assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
    assert_eq!(consent["acr"], "aal2", "{consent:#}");
    assert!(amr(&consent).contains(&"totp"), "amr: {consent:#}");
}

/// `browser` signs in at Kratos with `person`'s password and goes no further: Kratos then asks
/// for the second factor, so the browser holds a session of level aal1 only.
async fn password_only_session(stack: &Stack, browser: &Browser, person: &Person) {
    let signed_in = submit_kratos_login(stack, browser, &person.email, PASSWORD, None).await;
    assert!(
        signed_in
            .location
            .as_ref()
            .is_some_and(|to| query_param(to, "flow").is_some()),
        "Kratos asks for the second factor\n{signed_in}"
    );
    let url = stack.kratos_public_url("sessions/whoami");
    let whoami = get_accepting_json(browser.client(), &url);
    let (status, body) = send_json(whoami, &format!("GET {url}")).await;
    assert_eq!(
        (status, &body["error"]["id"]),
        (StatusCode::FORBIDDEN, &json!("session_aal2_required")),
        "the session is aal1 and Kratos wants aal2: {body:#}"
    );
}

#[tokio::test]
async fn a_recovery_code_from_settings_signs_in_once_as_the_second_factor() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let codes = generate_recovery_codes(stack, &ada).await;
    let client = app(stack, "Nimbus Notes").await;

    let browser = Browser::new();
    let (authorization, second) =
        password_then_second_factor(stack, &browser, &client, &ada, "lookup_secret").await;
    let done = submit_recovery_code(&browser, &second, &codes[0]).await;
    let consent = assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
    assert_eq!(consent["acr"], "aal2", "{consent:#}");
    assert!(amr(&consent).contains(&"lookup_secret"), "amr: {consent:#}");

    // The same code a second time, in another browser.
    let browser = Browser::new();
    let (_, second) =
        password_then_second_factor(stack, &browser, &client, &ada, "lookup_secret").await;
    let refused = submit_recovery_code(&browser, &second, &codes[0]).await;

    assert_rendered_flow(stack, &refused, "/login");
    assert_eq!(
        refused.query_param("flow"),
        second.query_param("flow"),
        "{refused}"
    );
    assert!(
        refused.has_text("This backup recovery code has already been used."),
        "Kratos's message is shown\n{refused}"
    );
}

async fn submit_recovery_code(browser: &Browser, page: &Page, code: &str) -> Page {
    submit_field(browser, page, "lookup_secret", code, "lookup_secret").await
}

/// Generates recovery codes for `person` on vestibule's settings page and confirms them;
/// returns the codes the page showed.
async fn generate_recovery_codes(stack: &Stack, person: &Person) -> Vec<String> {
    let browser = Browser::new();
    let page = settings_page(stack, &browser, person).await;
    let generate = page.form(|form: &Form| form.has_button("lookup_secret_regenerate", "true"));
    assert!(generate.has_field("csrf_token"), "{generate}");
    let shown = generate
        .submit(&browser, Some(("lookup_secret_regenerate", "true")), never)
        .await;
    assert_rendered_flow(stack, &shown, "/settings");

    let flow = flow_of(stack, &browser, "settings", &shown).await;
    let codes: Vec<String> = node(&flow, "lookup_secret_codes")["attributes"]["text"]["context"]
        ["secrets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|secret| secret["text"].as_str().map(str::to_owned))
        .collect();
    assert!(!codes.is_empty(), "Kratos generated codes: {flow:#}");
    for code in &codes {
        assert!(shown.has_text(code), "the code {code} is shown\n{shown}");
    }

    let confirm = shown.form(|form: &Form| form.has_button("lookup_secret_confirm", "true"));
    let saved = confirm
        .submit(&browser, Some(("lookup_secret_confirm", "true")), never)
        .await;
    assert_rendered_flow(stack, &saved, "/settings");
    assert!(
        saved.has_text(&kratos_english(1_050_001, &[])),
        "Kratos's message is shown\n{saved}"
    );
    codes
}

// ----- when codes go wrong -----

#[tokio::test]
async fn a_wrong_code_is_reported_on_the_same_page_and_the_right_one_still_works() {
    let stack = Stack::shared().await;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let mut inbox = Inbox::open(stack, &ada.email).await;
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;
    let sent = request_login_code(&browser, &page, &ada.email).await;
    let code = inbox.next_code(LOGIN_CODE_MAIL).await;
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);

    let refused = submit_code(&browser, &sent, &wrong).await;

    assert_asks_for_code(stack, &refused, &page, "/login");
    assert!(
        refused.has_text(&kratos_english(4_010_008, &[])),
        "Kratos's message is shown\n{refused}"
    );
    let done = submit_code(&browser, &refused, &code).await;
    assert_consent_requested(stack, &done, &authorization, &ada.id, &client).await;
}

#[tokio::test]
async fn an_expired_code_is_reported_and_the_oauth2_flow_goes_on() {
    let stack = Stack::start(StackOptions {
        kratos_env: vec![(
            "SELFSERVICE_METHODS_CODE_CONFIG_LIFESPAN".into(),
            "2s".into(),
        )],
        ..Default::default()
    })
    .await;
    let stack = &stack;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let mut inbox = Inbox::open(stack, &ada.email).await;
    let (authorization, page) = reach_login_page(stack, &browser, &client, &[]).await;
    let sent = request_login_code(&browser, &page, &ada.email).await;
    let code = inbox.next_code(LOGIN_CODE_MAIL).await;

    tokio::time::sleep(Duration::from_secs(3)).await;
    let refused = submit_code(&browser, &sent, &code).await;

    // Kratos starts a new login flow in the same OAuth2 flow and says why.
    assert_rendered_flow(stack, &refused, "/login");
    assert_ne!(
        refused.query_param("flow"),
        sent.query_param("flow"),
        "{refused}"
    );
    let flow = flow_of(stack, &browser, "login", &refused).await;
    assert_flow_returns_to_callback(stack, &flow, &authorization);
    let messages = flow_messages(&flow);
    let expired = messages
        .iter()
        .find(|message| message.contains("expired"))
        .unwrap_or_else(|| panic!("Kratos says the code expired: {messages:?}"));
    assert!(
        refused.has_text(expired),
        "Kratos's message is shown\n{refused}"
    );
    assert!(refused.has_input("identifier"), "{refused}");
}

#[tokio::test]
async fn with_the_mail_server_down_asking_for_a_code_still_shows_a_page() {
    let stack = Stack::start(StackOptions::default()).await;
    let stack = &stack;
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (_, page) = reach_login_page(stack, &browser, &client, &[]).await;

    stack.stop("mailpit");
    let sent = request_login_code(&browser, &page, &ada.email).await;

    assert_asks_for_code(stack, &sent, &page, "/login");
}

#[tokio::test]
async fn with_the_sms_gateway_down_asking_for_a_code_still_shows_a_page() {
    // The courier's SMS channel points at a port where nothing listens.
    let dead = format!("http://127.0.0.1:{}/sms", free_port());
    let channels = json!([{
        "id": "sms",
        "type": "http",
        "request_config": {"url": dead, "method": "POST", "body": configured_sms_body()},
    }]);
    let stack = Stack::start(StackOptions {
        kratos_env: vec![("COURIER_CHANNELS".to_owned(), channels.to_string())],
        ..Default::default()
    })
    .await;
    let stack = &stack;
    let phone = unique_phone();
    create_identity_with_traits(
        stack,
        json!({"email": unique_email("offline"), "phone": phone}),
    )
    .await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let (_, page) = reach_login_page(stack, &browser, &client, &[]).await;

    let sent = request_login_code(&browser, &page, &phone).await;

    assert_asks_for_code(stack, &sent, &page, "/login");
}

// ----- links for what is enabled -----

/// What Kratos answers to `GET {kratos_public}/{path}` with `Accept: application/json`.
async fn kratos_answer(stack: &Stack, path: &str) -> (StatusCode, Value) {
    let url = stack.kratos_public_url(path);
    send_json(get_accepting_json(&client(), &url), &format!("GET {url}")).await
}

fn links_to(stack: &Stack, page: &Page, path: &str) -> bool {
    page.links()
        .iter()
        .any(|link| is_vestibule(stack, &link.href, path))
}

#[tokio::test]
async fn the_login_page_links_to_sign_up_and_recovery_when_kratos_offers_them() {
    let stack = Stack::shared().await;
    for path in ["self-service/registration/api", "self-service/recovery/api"] {
        let (status, flow) = kratos_answer(stack, path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {flow:#}");
    }

    let page = login_page(stack).await;

    assert!(links_to(stack, &page, "/registration"), "{page}");
    assert!(links_to(stack, &page, "/recovery"), "{page}");
}

#[tokio::test]
async fn without_registration_the_login_page_offers_no_sign_up() {
    let (stack, refusal) = stack_without("registration").await;
    assert_eq!(
        refusal["error"]["id"], "self_service_flow_disabled",
        "{refusal:#}"
    );

    let page = login_page(&stack).await;

    assert!(
        !links_to(&stack, &page, "/registration"),
        "no sign-up link while Kratos refuses registrations\n{page}"
    );
    assert!(links_to(&stack, &page, "/recovery"), "{page}");
}

#[tokio::test]
async fn without_recovery_the_login_page_offers_no_recovery() {
    let (stack, refusal) = stack_without("recovery").await;
    assert_eq!(
        refusal["error"]["reason"], "Recovery is not allowed because it was disabled.",
        "{refusal:#}"
    );

    let page = login_page(&stack).await;

    assert!(
        !links_to(&stack, &page, "/recovery"),
        "no recovery link while Kratos refuses recoveries\n{page}"
    );
    assert!(links_to(&stack, &page, "/registration"), "{page}");
}

/// A stack whose Kratos has its `flow` self-service flow (registration, recovery) turned off,
/// and Kratos's error when asked to start one (a 400).
async fn stack_without(flow: &str) -> (Stack, Value) {
    let stack = Stack::start(StackOptions {
        kratos_env: vec![(
            format!("SELFSERVICE_FLOWS_{}_ENABLED", flow.to_uppercase()),
            "false".into(),
        )],
        ..Default::default()
    })
    .await;
    let (status, answer) = kratos_answer(&stack, &format!("self-service/{flow}/api")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{answer:#}");
    (stack, answer)
}

/// vestibule's sign-in page for a new client app, in a fresh browser.
async fn login_page(stack: &Stack) -> Page {
    let client = app(stack, "Nimbus Notes").await;
    let (_, page) = reach_login_page(stack, &Browser::new(), &client, &[]).await;
    page
}
