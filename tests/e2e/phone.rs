//! The safeguards of sign-in by phone (`/phone`), which creates an identity for a number it has
//! not seen and has Kratos text it a code: it serves only a sign-in pending at Hydra; identities
//! of numbers never proven go away again, judged from what Kratos keeps (the number's verified
//! address), across restarts of vestibule, outages of Kratos and revoked sessions; attempts are
//! limited per client, per number and per block, across replicas, without locking an account
//! out; only the operator's countries are served; a number with an account gets the same answer
//! as one without; and the number filled in on the sign-in page stays in the browser it was typed
//! in, for minutes.
//!
//! The stacks here have small limits and a short lifetime for unproven identities. They trust the
//! loopback address as a proxy, so each person stands for their own client by the address they
//! send in `X-Forwarded-For`.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};
use time::OffsetDateTime;
use tokio::sync::OnceCell;
use vestibule::web::signing::Signer;

use crate::support::ory::{admin_expect, identity, kratos_session, random_hex};
use crate::support::signin::{app, assert_rendered_flow, authorize, submit_code};
use crate::support::sms::{unique_phone, SmsSink};
use crate::support::{
    client, never, query_param, Browser, Form, OAuthClient, Page, Stack, StackOptions,
};

/// How long an identity made for a number may wait for its first sign-in, on these stacks.
const LIFETIME: Duration = Duration::from_secs(8);
/// The hourly limits of these stacks.
const PER_CLIENT: usize = 3;
const PER_NUMBER: usize = 2;
const PER_BLOCK: usize = 4;

struct PhoneStack {
    stack: Stack,
    sink: SmsSink,
    app: OAuthClient,
}

impl PhoneStack {
    async fn start(options: StackOptions) -> PhoneStack {
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
            ("PHONE_LIMIT_PER_PREFIX_PER_HOUR", PER_BLOCK.to_string()),
            ("PHONE_ALLOWED_COUNTRY_CODES", "49, 33".to_owned()),
        ];
        let mut kratos_env = sink.kratos_env();
        kratos_env.extend(options.kratos_env.iter().cloned());
        let mut env: Vec<(String, String)> = vestibule_env
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect();
        env.extend(options.vestibule_env.iter().cloned());
        let stack = Stack::start(StackOptions {
            kratos_env,
            vestibule_env: env,
            ..options
        })
        .await;
        let app = app(&stack, "Nimbus Notes").await;
        PhoneStack { stack, sink, app }
    }

    /// A person of their own, arriving from an address no other test uses, at `/phone` from an
    /// app's sign-in: their browser and the sign-in's challenge.
    async fn someone(&self) -> (Browser, String) {
        let browser = someone();
        let challenge = authorize(&self.stack, &browser, &self.app, &[])
            .await
            .challenge;
        (browser, challenge)
    }

    /// Someone asks for a code for `phone` from a sign-in of their own; the answer to the form.
    async fn ask_as_someone(&self, phone: &str) -> Page {
        let (browser, challenge) = self.someone().await;
        ask_for(&self.stack, &browser, phone, &challenge).await
    }

    /// From the answer to `/phone` to a signed-in Kratos session: the sign-in page with the
    /// number filled in, a code asked for, the `index`th text to `phone` typed in. The identity's
    /// id.
    async fn sign_in_by_text(
        &self,
        browser: &Browser,
        sent: &Page,
        phone: &str,
        index: usize,
    ) -> String {
        let asked = self.ask_for_code(browser, sent, phone).await;
        let sms = self.sink.message_to(phone, index).await;
        self.type_in_code(browser, &asked, &sms.code()).await
    }

    /// Follows the answer to `/phone` (or a link) to the sign-in page and asks for a code.
    async fn ask_for_code(&self, browser: &Browser, sent: &Page, phone: &str) -> Page {
        let login = browser.follow(sent.stopped_at().as_str(), never).await;
        assert_eq!(filled_in(&login).as_deref(), Some(phone), "{login}");
        login
            .form(|form: &Form| form.has_button("method", "code"))
            .submit(browser, Some(("method", "code")), never)
            .await
    }

    async fn type_in_code(&self, browser: &Browser, asked: &Page, code: &str) -> String {
        submit_code(browser, asked, code).await;
        let session = kratos_session(&self.stack, browser)
            .await
            .expect("the code signs the person in");
        session["identity"]["id"].as_str().unwrap().to_owned()
    }
}

/// The stack most tests share: limits in each process.
async fn phone_stack() -> &'static PhoneStack {
    static PHONE: OnceCell<PhoneStack> = OnceCell::const_new();
    PHONE
        .get_or_init(|| PhoneStack::start(StackOptions::default()))
        .await
}

/// A fresh browser arriving from an address no other test uses.
fn someone() -> Browser {
    let hex = random_hex();
    Browser::from_address(&format!("2001:db8:{}:{}::1", &hex[..4], &hex[4..8]))
}

/// Opens `/phone` for the sign-in `challenge`, types `phone` and submits; stops at the answer to
/// the form, without following its redirect.
async fn ask_for(stack: &Stack, browser: &Browser, phone: &str, challenge: &str) -> Page {
    ask_at(&stack.vestibule_url(""), browser, phone, challenge).await
}

/// [`ask_for`] at the vestibule of `base` (`http://localhost:PORT/`).
async fn ask_at(base: &str, browser: &Browser, phone: &str, challenge: &str) -> Page {
    let mut form = phone_form_at(base, browser, challenge).await;
    form.set("phone", phone);
    form.submit(browser, None, |_| true).await
}

async fn phone_form(stack: &Stack, browser: &Browser, challenge: &str) -> Form {
    phone_form_at(&stack.vestibule_url(""), browser, challenge).await
}

async fn phone_form_at(base: &str, browser: &Browser, challenge: &str) -> Form {
    let mut url = Url::parse(base).unwrap().join("phone").unwrap();
    url.query_pairs_mut()
        .append_pair("login_challenge", challenge);
    let page = browser.follow(url.as_str(), never).await;
    page.assert_status(StatusCode::OK);
    page.form("form[action='/phone']")
}

/// Posts the phone form with its CSRF token and the given fields.
async fn post_phone(stack: &Stack, browser: &Browser, fields: &[(&str, &str)]) -> Page {
    let form = phone_form(stack, browser, &random_hex()).await;
    let mut posted = vec![(
        "csrf_token".to_owned(),
        form.field("csrf_token").unwrap().to_owned(),
    )];
    posted.extend(
        fields
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
    );
    let url = Url::parse(&stack.vestibule_url("phone")).unwrap();
    browser.post_form(&url, &posted, |_| true).await
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

/// Whether Kratos keeps `phone` as a verified address of `identity`.
fn number_verified(identity: &Value, phone: &str) -> bool {
    identity["verifiable_addresses"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|address| {
            address["via"] == "sms" && address["value"] == phone && address["verified"] == true
        })
}

/// The number the sign-in page's code form has filled in.
fn filled_in(page: &Page) -> Option<String> {
    page.assert_status(StatusCode::OK);
    assert_eq!(page.url.path(), "/login", "the sign-in page\n{page}");
    page.form(|form: &Form| form.has_button("method", "code"))
        .field("identifier")
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
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

/// The link of a 429 page to the sign-in with a code.
fn sign_in_link(page: &Page) -> Url {
    page.links()
        .into_iter()
        .find(|link| link.text == "Sign in with a code")
        .unwrap_or_else(|| panic!("a link to sign in with a code\n{page}"))
        .href
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
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let silent = unique_phone();
    let answered = unique_phone();

    // One person asks for a code and never types it in.
    phone
        .ask_as_someone(&silent)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let made = the_identity_with_phone(stack, &silent).await;
    assert_eq!(unproven_mark(&made), &json!(true), "{made:#}");
    assert!(!number_verified(&made, &silent), "{made:#}");

    // Another types in the code texted to them: Kratos marks the number verified.
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &answered, &challenge).await;
    let kept_id = phone.sign_in_by_text(&browser, &sent, &answered, 0).await;
    assert!(number_verified(&identity(stack, &kept_id).await, &answered));

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
}

/// An identity whose removal was never scheduled (the process that made it stopped) is found
/// when its number is tried again: past its lifetime, never proven, it is made anew. One the
/// operator made is never touched.
#[tokio::test]
async fn a_number_tried_again_after_the_lifetime_gets_a_new_identity_unless_the_operator_made_it() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let ours = unique_phone();
    let left_over = make_phone_identity(
        stack,
        &ours,
        json!({ "vestibule": { "unproven_phone_sign_up": true, "made_for": ours } }),
    )
    .await;
    let operators = unique_phone();
    let operators_id = make_phone_identity(stack, &operators, Value::Null).await;
    tokio::time::sleep(LIFETIME + Duration::from_secs(1)).await;

    let (browser, challenge) = phone.someone().await;
    ask_for(stack, &browser, &ours, &challenge)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    ask_for(stack, &browser, &operators, &challenge)
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
async fn phone_without_a_sign_in_started_by_an_app_makes_nothing_and_says_how_to_sign_in() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let number = unique_phone();
    let browser = someone();

    // The page itself, reached without a challenge, offers no form.
    let page = browser.get(stack.vestibule_url("phone")).await;
    page.assert_status(StatusCode::OK);
    assert!(!page.body.contains(r#"action="/phone""#), "{page}");
    assert!(
        page.has_text("Sign-in by text message starts at the app"),
        "{page}"
    );
    let to_sign_in = page
        .links()
        .into_iter()
        .find(|link| link.text == "Go to the sign-in page")
        .unwrap_or_else(|| panic!("a link to the sign-in page\n{page}"));
    assert_eq!(to_sign_in.href.path(), "/login");

    // A form posted without one (its CSRF token is genuine) is refused.
    let refused = post_phone(stack, &browser, &[("phone", &number)]).await;
    refused.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        refused.has_text("Sign-in by text message starts at the app"),
        "{refused}"
    );
    assert!(identities_with_phone(stack, &number).await.is_empty());
    assert!(phone.sink.messages_to(&number).is_empty());

    // The sign-in page without an app's sign-in does not lead there.
    let login = open_sign_in(stack, &browser).await;
    assert_rendered_flow(stack, &login, "/login");
    assert!(
        login
            .links()
            .iter()
            .all(|link| link.href.path() != "/phone"),
        "{login}"
    );
}

#[tokio::test]
async fn a_challenge_that_is_malformed_or_unknown_makes_nothing() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let number = unique_phone();
    let browser = someone();

    let malformed = post_phone(
        stack,
        &browser,
        &[("phone", &number), ("login_challenge", "not a challenge!")],
    )
    .await;
    malformed.assert_status(StatusCode::BAD_REQUEST);

    let unknown = post_phone(
        stack,
        &browser,
        &[("phone", &number), ("login_challenge", &random_hex())],
    )
    .await;
    unknown.assert_status(StatusCode::NOT_FOUND);

    assert!(identities_with_phone(stack, &number).await.is_empty());
}

#[tokio::test]
async fn too_many_attempts_for_one_number_or_from_one_client_get_a_page_saying_when_to_retry() {
    let phone = phone_stack().await;
    let stack = &phone.stack;

    // One number, from different people.
    let number = unique_phone();
    for _ in 0..PER_NUMBER {
        phone
            .ask_as_someone(&number)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let refused = phone.ask_as_someone(&number).await;
    // Two an hour: the next one half an hour after the first.
    assert_too_many(&refused, 1790..=1800, "30 minutes");

    // One person, different numbers.
    let (browser, challenge) = phone.someone().await;
    for _ in 0..PER_CLIENT {
        ask_for(stack, &browser, &unique_phone(), &challenge)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let one_more = unique_phone();
    let refused = ask_for(stack, &browser, &one_more, &challenge).await;
    assert_too_many(&refused, 1190..=1200, "20 minutes");
    assert!(identities_with_phone(stack, &one_more).await.is_empty());
}

/// Someone keeps asking for codes for a person's number: the person, who has an account with it,
/// still signs in, with the code already texted to them and with one the sign-in page texts.
#[tokio::test]
async fn a_number_limited_for_texts_still_signs_in_with_a_code() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let number = unique_phone();
    // The person's account, proven by a sign-in.
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &number, &challenge).await;
    let account = phone.sign_in_by_text(&browser, &sent, &number, 0).await;

    // Another day, another sign-in: a code is texted to them...
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &number, &challenge).await;
    let asked = phone.ask_for_code(&browser, &sent, &number).await;
    let texted = phone.sink.message_to(&number, 1).await.code();
    // ...while someone else uses up the number's budget.
    let mut refused = phone.ask_as_someone(&number).await;
    while refused.status != StatusCode::TOO_MANY_REQUESTS {
        refused.assert_status(StatusCode::SEE_OTHER);
        refused = phone.ask_as_someone(&number).await;
    }
    // Asking again themselves, they are told when to retry, and that a code still signs in.
    let limited = ask_for(stack, &browser, &number, &challenge).await;
    assert_too_many(&limited, 1..=1800, "");
    assert!(
        limited
            .has_text("If you already have an account with this number, you can still sign in now"),
        "{limited}"
    );
    // The code they have signs them in.
    assert_eq!(phone.type_in_code(&browser, &asked, &texted).await, account);

    // In another browser, the page's link leads to the sign-in with the number filled in, where
    // a code is texted and signs them in.
    let (browser, challenge) = phone.someone().await;
    let limited = ask_for(stack, &browser, &number, &challenge).await;
    limited.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let link = sign_in_link(&limited);
    assert_eq!(link.path(), "/login");
    assert_eq!(query_param(&link, "login_challenge"), Some(challenge));
    let at_sign_in = browser
        .follow(link.as_str(), |url| {
            url.path() == "/login" && url.query().is_some_and(|q| q.starts_with("flow="))
        })
        .await;
    let asked = phone.ask_for_code(&browser, &at_sign_in, &number).await;
    let code = phone.sink.message_to(&number, 2).await.code();
    assert_eq!(phone.type_in_code(&browser, &asked, &code).await, account);
}

/// Someone walks through a block of numbers: new numbers of the block are refused, the people of
/// the block who have an account are not.
#[tokio::test]
async fn walking_through_a_block_never_locks_out_the_numbers_with_an_account() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let block = &unique_phone()[..11];
    let numbers: Vec<String> = (100..=110).map(|last| format!("{block}{last}")).collect();
    make_phone_identity(stack, &numbers[0], Value::Null).await;

    for number in &numbers[1..=PER_BLOCK] {
        phone
            .ask_as_someone(number)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let refused = phone.ask_as_someone(&numbers[PER_BLOCK + 1]).await;
    assert_too_many(&refused, 1..=3600, "");
    assert!(
        refused.has_text("Too many numbers like this one have been tried"),
        "{refused}"
    );
    assert!(identities_with_phone(stack, &numbers[PER_BLOCK + 1])
        .await
        .is_empty());

    // The account's number goes on, as often as the number limit allows.
    for _ in 0..PER_NUMBER {
        phone
            .ask_as_someone(&numbers[0])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn a_number_from_a_country_the_operator_does_not_serve_is_refused_and_nothing_is_made() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    // A mobile number of the United Kingdom: +44 7700 and six digits.
    let british = format!("+447700{}", &unique_phone()[8..]);

    let refused = phone.ask_as_someone(&british).await;

    refused.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        refused.has_text("not available for numbers from this country"),
        "{refused}"
    );
    let form = refused.form("form[action='/phone']");
    assert_eq!(form.field("phone"), Some(british.as_str()));
    assert!(identities_with_phone(stack, &british).await.is_empty());
    assert!(phone.sink.messages_to(&british).is_empty());
}

#[tokio::test]
async fn a_number_with_an_account_gets_the_same_answer_as_a_new_one() {
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let known = unique_phone();
    make_phone_identity(stack, &known, Value::Null).await;
    let new = unique_phone();
    let (browser, challenge) = phone.someone().await;

    let for_known = ask_for(stack, &browser, &known, &challenge).await;
    let for_new = ask_for(stack, &browser, &new, &challenge).await;

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
    let phone = phone_stack().await;
    let stack = &phone.stack;
    let number = unique_phone();
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &number, &challenge).await;
    let login = browser.follow(sent.stopped_at().as_str(), never).await;
    assert_eq!(filled_in(&login), Some(number.clone()));

    let vestibule = Url::parse(&stack.vestibule_url("")).unwrap();
    let hint = browser
        .cookie(&vestibule, "vestibule_login_hint")
        .expect("the hint cookie");

    // Copied into another browser, which has been to vestibule and holds its own CSRF cookie.
    let (other, challenge) = phone.someone().await;
    phone_form(stack, &other, &challenge).await;
    other.set_cookie(&vestibule, &format!("vestibule_login_hint={hint}; Path=/"));
    assert_eq!(filled_in(&open_sign_in(stack, &other).await), None);

    // Genuine and for this browser, but signed eleven minutes ago.
    let binding = browser
        .cookie(&vestibule, "vestibule_csrf")
        .expect("the CSRF cookie");
    let (signed_number, _) = hint.split_once('.').unwrap();
    let signer = Signer::new(&stack.cookie_secret, "login-hint");
    let signed_at = |ago: i64| {
        let at = OffsetDateTime::now_utc() - time::Duration::minutes(ago);
        let token = signer.sign_bound(&[&number], &binding, at);
        format!("vestibule_login_hint={signed_number}.{token}; Path=/")
    };
    browser.set_cookie(&vestibule, &signed_at(11));
    assert_eq!(filled_in(&open_sign_in(stack, &browser).await), None);
    // The same signed a minute ago is filled in: its age made the difference.
    browser.set_cookie(&vestibule, &signed_at(1));
    assert_eq!(
        filled_in(&open_sign_in(stack, &browser).await),
        Some(number.clone())
    );
}

/// The review's reproduction: an identity made by `/phone`, vestibule restarted (its check is
/// lost), the person signs in with the texted code, their sessions are revoked, and after the
/// deadline someone else submits the number. The account stays, and signs in again.
#[tokio::test]
async fn a_phone_account_that_signed_in_is_kept_across_a_restart_and_revoked_sessions() {
    let phone = PhoneStack::start(StackOptions {
        vestibule_env: vec![(
            "PHONE_LIMIT_PER_NUMBER_PER_HOUR".to_owned(),
            "10".to_owned(),
        )],
        ..Default::default()
    })
    .await;
    let stack = &phone.stack;
    let number = unique_phone();
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &number, &challenge).await;
    let made = the_identity_with_phone(stack, &number).await;
    let made_id = made["id"].as_str().unwrap().to_owned();
    assert_eq!(unproven_mark(&made), &json!(true), "{made:#}");

    stack.restart("vestibule").await;
    let signed_in = phone.sign_in_by_text(&browser, &sent, &number, 0).await;
    assert_eq!(signed_in, made_id);
    admin_expect(
        Method::DELETE,
        &stack.kratos_admin_url(&format!("admin/identities/{made_id}/sessions")),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    assert!(kratos_session(stack, &browser).await.is_none());
    tokio::time::sleep(LIFETIME + Duration::from_secs(1)).await;

    phone
        .ask_as_someone(&number)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let kept = the_identity_with_phone(stack, &number).await;
    assert_eq!(kept["id"], made_id.as_str(), "{kept:#}");
    assert!(number_verified(&kept, &number), "{kept:#}");
    let (browser, challenge) = phone.someone().await;
    let sent = ask_for(stack, &browser, &number, &challenge).await;
    assert_eq!(
        phone.sign_in_by_text(&browser, &sent, &number, 1).await,
        made_id
    );
}

/// Kratos is down when an unproven identity's time is up: the check is tried again until Kratos
/// answers, and the identity goes without anyone trying its number again.
#[tokio::test]
async fn the_check_of_an_unproven_identity_is_retried_while_kratos_is_down() {
    let phone = PhoneStack::start(StackOptions::default()).await;
    let stack = &phone.stack;
    let number = unique_phone();
    phone
        .ask_as_someone(&number)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    the_identity_with_phone(stack, &number).await;

    stack.stop("kratos");
    tokio::time::sleep(LIFETIME + Duration::from_secs(3)).await;
    stack.restart("kratos").await;

    eventually(
        Duration::from_secs(60),
        "the unproven identity is removed once Kratos is back",
        || async { identities_with_phone(stack, &number).await.is_empty() },
    )
    .await;
    assert!(
        stack
            .log("vestibule")
            .contains("cannot check an identity made for a phone sign-in; trying again"),
        "the failed check was logged"
    );
}

/// Two replicas count the limits together in Redis; a Redis that does not answer refuses the
/// attempt with a 503, and nothing is made.
#[tokio::test]
async fn replicas_share_the_limits_in_redis_and_a_redis_that_is_down_gives_503() {
    let phone = PhoneStack::start(StackOptions {
        replicas: 2,
        ..Default::default()
    })
    .await;
    let stack = &phone.stack;
    assert!(stack.redis_port.is_some(), "the replicas share a Redis");

    // One number, from different people, at one replica and then the other.
    let number = unique_phone();
    let replicas = stack.replicas();
    let at = |i: usize| format!("http://localhost:{}/", replicas[i % replicas.len()].1);
    for i in 0..PER_NUMBER {
        let (browser, challenge) = phone.someone().await;
        ask_at(&at(i), &browser, &number, &challenge)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    for i in 0..replicas.len() {
        let (browser, challenge) = phone.someone().await;
        let refused = ask_at(&at(i), &browser, &number, &challenge).await;
        assert_too_many(&refused, 1..=3600, "");
    }

    stack.stop("redis");
    let other = unique_phone();
    let (browser, challenge) = phone.someone().await;
    let unavailable = ask_for(stack, &browser, &other, &challenge).await;
    unavailable.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        unavailable.has_text("Sign-in by text message is not available right now"),
        "{unavailable}"
    );
    assert!(identities_with_phone(stack, &other).await.is_empty());

    stack.restart("redis").await;
    ask_for(stack, &browser, &other, &challenge)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}
