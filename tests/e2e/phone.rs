//! The safeguards of sign-in by phone (`/phone`), which creates an identity for a number it has
//! not seen and has Kratos text it a code: the sign-in's challenge is checked before anything is
//! made, identities of numbers that never sign in go away again, attempts are limited per number
//! and per client, only the operator's countries are served, a number with an account gets the
//! same answer as one without, and the number filled in on the sign-in page stays in the browser
//! it was typed in, for minutes.
//!
//! The stack here has small limits and a short lifetime for unproven identities. It trusts the
//! loopback address as a proxy, so each test stands for its own client by the address it sends
//! in `X-Forwarded-For`.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};
use time::OffsetDateTime;
use tokio::sync::OnceCell;
use vestibule::web::signing::Signer;

use crate::support::ory::{admin_expect, kratos_session, random_hex};
use crate::support::signin::{app, assert_rendered_flow, authorize, submit_code};
use crate::support::sms::{unique_phone, SmsSink};
use crate::support::{client, never, Browser, Form, Page, Stack, StackOptions};

/// How long an identity made for a number may wait for its first sign-in, on this stack.
const LIFETIME: Duration = Duration::from_secs(8);
/// The hourly limits of this stack.
const PER_CLIENT: usize = 3;
const PER_NUMBER: usize = 2;

struct PhoneStack {
    stack: Stack,
    sink: SmsSink,
}

async fn phone_stack() -> &'static PhoneStack {
    static PHONE: OnceCell<PhoneStack> = OnceCell::const_new();
    PHONE
        .get_or_init(|| async {
            let sink = SmsSink::start();
            let vestibule_env = [
                ("PHONE_SIGN_UP_SCHEMA_ID", "phone".to_owned()),
                ("TRUSTED_PROXIES", "127.0.0.1, ::1".to_owned()),
                (
                    "PHONE_UNPROVEN_IDENTITY_LIFETIME_SECONDS",
                    LIFETIME.as_secs().to_string(),
                ),
                ("PHONE_LIMIT_PER_IP_PER_HOUR", PER_CLIENT.to_string()),
                ("PHONE_LIMIT_PER_NUMBER_PER_HOUR", PER_NUMBER.to_string()),
                ("PHONE_LIMIT_PER_PREFIX_PER_HOUR", "4".to_owned()),
                ("PHONE_ALLOWED_COUNTRY_CODES", "49, 33".to_owned()),
            ];
            let stack = Stack::start(StackOptions {
                kratos_env: sink.kratos_env(),
                vestibule_env: vestibule_env
                    .into_iter()
                    .map(|(name, value)| (name.to_owned(), value))
                    .collect(),
                ..Default::default()
            })
            .await;
            PhoneStack { stack, sink }
        })
        .await
}

/// A person of their own: a fresh browser arriving from an address no other test uses.
fn someone() -> Browser {
    let hex = random_hex();
    Browser::from_address(&format!("2001:db8:{}:{}::1", &hex[..4], &hex[4..8]))
}

/// Opens `/phone` (for the sign-in `challenge`, if any), types `phone` and submits; stops at the
/// answer to the form, without following its redirect.
async fn ask_for(stack: &Stack, browser: &Browser, phone: &str, challenge: Option<&str>) -> Page {
    let mut form = phone_form(stack, browser, challenge).await;
    form.set("phone", phone);
    form.submit(browser, None, |_| true).await
}

async fn phone_form(stack: &Stack, browser: &Browser, challenge: Option<&str>) -> Form {
    let mut url = Url::parse(&stack.vestibule_url("phone")).unwrap();
    if let Some(challenge) = challenge {
        url.query_pairs_mut()
            .append_pair("login_challenge", challenge);
    }
    let page = browser.follow(url.as_str(), never).await;
    page.assert_status(StatusCode::OK);
    page.form("form[action='/phone']")
}

/// Posts the phone form with `login_challenge` set to anything at all.
async fn ask_with_challenge(
    stack: &Stack,
    browser: &Browser,
    phone: &str,
    challenge: &str,
) -> Page {
    let form = phone_form(stack, browser, None).await;
    let fields = vec![
        (
            "csrf_token".to_owned(),
            form.field("csrf_token").unwrap().to_owned(),
        ),
        ("phone".to_owned(), phone.to_owned()),
        ("login_challenge".to_owned(), challenge.to_owned()),
    ];
    let url = Url::parse(&stack.vestibule_url("phone")).unwrap();
    browser.post_form(&url, &fields, |_| true).await
}

/// Every identity that signs in with `phone`, from Kratos's admin API.
async fn identities_with_phone(stack: &Stack, phone: &str) -> Vec<Value> {
    let found: Value = client()
        .get(stack.kratos_admin_url("admin/identities"))
        .query(&[("credentials_identifier", phone)])
        .send()
        .await
        .expect("Kratos admin answers")
        .json()
        .await
        .expect("a JSON list");
    found.as_array().expect("a list of identities").clone()
}

async fn the_identity_with_phone(stack: &Stack, phone: &str) -> Value {
    let mut found = identities_with_phone(stack, phone).await;
    assert_eq!(found.len(), 1, "one identity for {phone}: {found:#?}");
    found.remove(0)
}

/// An identity with the phone schema made through the admin API, as an operator would (or, with
/// `metadata_admin`, as vestibule does); returns its id.
async fn make_phone_identity(stack: &Stack, phone: &str, metadata_admin: Value) -> String {
    let body = json!({
        "schema_id": "phone",
        "traits": { "phone": phone },
        "metadata_admin": metadata_admin,
    });
    let created = admin_expect(
        Method::POST,
        &stack.kratos_admin_url("admin/identities"),
        Some(&body),
        StatusCode::CREATED,
    )
    .await;
    created["id"].as_str().unwrap().to_owned()
}

fn unproven_mark(identity: &Value) -> &Value {
    &identity["metadata_admin"]["vestibule"]["unproven_phone_sign_up"]
}

/// The number the sign-in page's code form has filled in.
fn filled_in(page: &Page) -> Option<String> {
    assert_rendered_flow_page(page);
    page.form(|form: &Form| form.has_button("method", "code"))
        .field("identifier")
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
}

fn assert_rendered_flow_page(page: &Page) {
    page.assert_status(StatusCode::OK);
    assert_eq!(page.url.path(), "/login", "the sign-in page\n{page}");
}

/// A sign-in started at Kratos, as after `/phone` or any link to it, up to vestibule's page.
async fn open_sign_in(stack: &Stack, browser: &Browser) -> Page {
    browser
        .follow(stack.kratos_public_url("self-service/login/browser"), never)
        .await
}

fn assert_too_many(page: &Page, retry_after: std::ops::RangeInclusive<u64>, wait: &str) {
    page.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let header = page
        .headers
        .get("retry-after")
        .unwrap_or_else(|| panic!("a Retry-After header\n{page}"));
    let seconds: u64 = header.to_str().unwrap().parse().expect("seconds");
    assert!(retry_after.contains(&seconds), "Retry-After {seconds}");
    assert!(page.has_text("Too many attempts"), "{page}");
    assert!(page.has_text(&format!("Try again in {wait}")), "{page}");
}

/// Polls until `done` holds, failing after `within`.
async fn eventually<F, Fut>(within: Duration, what: &str, mut done: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + within;
    while !done().await {
        assert!(Instant::now() < deadline, "{what} within {within:?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test]
async fn an_identity_made_for_a_number_that_never_signs_in_is_removed_after_its_lifetime() {
    let PhoneStack { stack, sink } = phone_stack().await;
    let silent = unique_phone();
    let answered = unique_phone();

    // One person asks for a code and never types it in.
    let sent = ask_for(stack, &someone(), &silent, None).await;
    sent.assert_status(StatusCode::SEE_OTHER);
    let made = the_identity_with_phone(stack, &silent).await;
    assert_eq!(unproven_mark(&made), &json!(true), "{made:#}");

    // Another types in the code texted to them.
    let browser = someone();
    let sent = ask_for(stack, &browser, &answered, None).await;
    let login = browser.follow(sent.stopped_at().as_str(), never).await;
    assert_rendered_flow(stack, &login, "/login");
    let asked = login
        .form(|form: &Form| form.has_button("method", "code"))
        .submit(&browser, Some(("method", "code")), never)
        .await;
    let sms = sink.message_to(&answered, 0).await;
    submit_code(&browser, &asked, &sms.code()).await;
    let session = kratos_session(stack, &browser)
        .await
        .expect("the code signs the person in");
    let kept_id = session["identity"]["id"].as_str().unwrap().to_owned();

    eventually(
        LIFETIME * 3,
        "the silent number's identity is removed",
        || async { identities_with_phone(stack, &silent).await.is_empty() },
    )
    .await;
    eventually(
        LIFETIME * 3,
        "the signed-in identity loses its mark",
        || async {
            let kept = the_identity_with_phone(stack, &answered).await;
            assert_eq!(kept["id"], kept_id.as_str(), "{kept:#}");
            unproven_mark(&kept) == &json!(false)
        },
    )
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        the_identity_with_phone(stack, &answered).await["id"],
        kept_id.as_str()
    );
}

/// An identity whose removal was never scheduled (the process that made it stopped) is found
/// when its number is tried again: past its lifetime it is made anew. One the operator made is
/// never touched.
#[tokio::test]
async fn a_number_tried_again_after_the_lifetime_gets_a_new_identity_unless_the_operator_made_it() {
    let PhoneStack { stack, .. } = phone_stack().await;
    let ours = unique_phone();
    let left_over = make_phone_identity(
        stack,
        &ours,
        json!({ "vestibule": { "unproven_phone_sign_up": true } }),
    )
    .await;
    let operators = unique_phone();
    let operators_id = make_phone_identity(stack, &operators, Value::Null).await;
    tokio::time::sleep(LIFETIME + Duration::from_secs(1)).await;

    let browser = someone();
    ask_for(stack, &browser, &ours, None)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    ask_for(stack, &browser, &operators, None)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let anew = the_identity_with_phone(stack, &ours).await;
    assert_ne!(anew["id"], left_over.as_str(), "{anew:#}");
    assert_eq!(unproven_mark(&anew), &json!(true), "{anew:#}");
    let untouched = the_identity_with_phone(stack, &operators).await;
    assert_eq!(untouched["id"], operators_id.as_str());
    assert_eq!(untouched["metadata_admin"], Value::Null, "{untouched:#}");
}

#[tokio::test]
async fn too_many_attempts_for_one_number_or_from_one_client_get_a_page_saying_when_to_retry() {
    let PhoneStack { stack, .. } = phone_stack().await;

    // One number, from different people.
    let phone = unique_phone();
    for _ in 0..PER_NUMBER {
        ask_for(stack, &someone(), &phone, None)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let refused = ask_for(stack, &someone(), &phone, None).await;
    // Two an hour: the next one half an hour after the first.
    assert_too_many(&refused, 1790..=1800, "30 minutes");

    // One person, different numbers.
    let browser = someone();
    for _ in 0..PER_CLIENT {
        ask_for(stack, &browser, &unique_phone(), None)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let one_more = unique_phone();
    let refused = ask_for(stack, &browser, &one_more, None).await;
    assert_too_many(&refused, 1190..=1200, "20 minutes");
    assert!(identities_with_phone(stack, &one_more).await.is_empty());
}

#[tokio::test]
async fn a_number_from_a_country_the_operator_does_not_serve_is_refused_and_nothing_is_made() {
    let PhoneStack { stack, sink } = phone_stack().await;
    // A mobile number of the United Kingdom: +44 7700 and six digits.
    let british = format!("+447700{}", &unique_phone()[8..]);
    let browser = someone();

    let refused = ask_for(stack, &browser, &british, None).await;

    refused.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        refused.has_text("not available for numbers from this country"),
        "{refused}"
    );
    let form = refused.form("form[action='/phone']");
    assert_eq!(form.field("phone"), Some(british.as_str()));
    assert!(identities_with_phone(stack, &british).await.is_empty());
    assert!(sink.messages_to(&british).is_empty());
}

#[tokio::test]
async fn a_challenge_that_is_malformed_or_unknown_makes_nothing() {
    let PhoneStack { stack, .. } = phone_stack().await;
    let phone = unique_phone();
    let browser = someone();

    let malformed = ask_with_challenge(stack, &browser, &phone, "not a challenge!").await;
    malformed.assert_status(StatusCode::BAD_REQUEST);

    let unknown = ask_with_challenge(stack, &browser, &phone, &random_hex()).await;
    unknown.assert_status(StatusCode::NOT_FOUND);

    assert!(identities_with_phone(stack, &phone).await.is_empty());
}

#[tokio::test]
async fn a_number_with_an_account_gets_the_same_answer_as_a_new_one() {
    let PhoneStack { stack, .. } = phone_stack().await;
    let known = unique_phone();
    make_phone_identity(stack, &known, Value::Null).await;
    let new = unique_phone();
    let client = app(stack, "Nimbus Notes").await;
    let browser = someone();
    let authorization = authorize(stack, &browser, &client, &[]).await;

    let for_known = ask_for(stack, &browser, &known, Some(&authorization.challenge)).await;
    let for_new = ask_for(stack, &browser, &new, Some(&authorization.challenge)).await;

    for_known.assert_status(StatusCode::SEE_OTHER);
    for_new.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(for_known.stopped_at(), for_new.stopped_at());
    assert!(
        for_new
            .stopped_at()
            .as_str()
            .starts_with(&stack.kratos_public_url("self-service/login/browser")),
        "{for_new}"
    );
    assert_eq!(header_names(&for_known), header_names(&for_new));
    assert_eq!(cookie_shapes(&for_known), cookie_shapes(&for_new));
    assert_eq!(
        cookie_shapes(&for_new),
        ["vestibule_login_hint; HttpOnly; SameSite=Lax; Path=/; Max-Age=600"]
    );
    assert_eq!(for_known.body, for_new.body);
    assert_eq!(
        the_identity_with_phone(stack, &new).await["schema_id"],
        "phone"
    );
}

fn header_names(page: &Page) -> Vec<String> {
    let mut names: Vec<String> = page.headers.keys().map(|name| name.to_string()).collect();
    names.sort();
    names.dedup();
    names
}

/// Each `Set-Cookie` without its value: the name and the attributes.
fn cookie_shapes(page: &Page) -> Vec<String> {
    let mut shapes: Vec<String> = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| {
            let value = value.to_str().unwrap();
            let (pair, attributes) = value.split_once(';').unwrap_or((value, ""));
            let name = pair.split_once('=').map_or(pair, |(name, _)| name);
            format!("{name};{attributes}")
        })
        .collect();
    shapes.sort();
    shapes
}

#[tokio::test]
async fn the_number_is_filled_in_only_in_the_browser_it_was_typed_in_and_only_for_minutes() {
    let PhoneStack { stack, .. } = phone_stack().await;
    let phone = unique_phone();
    let browser = someone();
    let sent = ask_for(stack, &browser, &phone, None).await;
    let login = browser.follow(sent.stopped_at().as_str(), never).await;
    assert_eq!(filled_in(&login), Some(phone.clone()));

    let vestibule = Url::parse(&stack.vestibule_url("")).unwrap();
    let hint = browser
        .cookie(&vestibule, "vestibule_login_hint")
        .expect("the hint cookie");

    // Copied into another browser, which has been to vestibule and holds its own CSRF cookie.
    let other = someone();
    phone_form(stack, &other, None).await;
    other.set_cookie(&vestibule, &format!("vestibule_login_hint={hint}; Path=/"));
    assert_eq!(filled_in(&open_sign_in(stack, &other).await), None);

    // Genuine and for this browser, but signed eleven minutes ago.
    let binding = browser
        .cookie(&vestibule, "vestibule_csrf")
        .expect("the CSRF cookie");
    let (number, _) = hint.split_once('.').unwrap();
    let signer = Signer::new(&stack.cookie_secret, "login-hint");
    let signed_at = |ago: i64| {
        let at = OffsetDateTime::now_utc() - time::Duration::minutes(ago);
        let token = signer.sign_bound(&[&phone], &binding, at);
        format!("vestibule_login_hint={number}.{token}; Path=/")
    };
    browser.set_cookie(&vestibule, &signed_at(11));
    assert_eq!(filled_in(&open_sign_in(stack, &browser).await), None);
    // The same signed a minute ago is filled in: its age made the difference.
    browser.set_cookie(&vestibule, &signed_at(1));
    assert_eq!(
        filled_in(&open_sign_in(stack, &browser).await),
        Some(phone.clone())
    );
}
