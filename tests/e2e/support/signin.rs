//! Signing in through vestibule during an OAuth2 flow, the steps the test files share. A client
//! app sends the browser to Hydra, Hydra sends it to vestibule's `/login?login_challenge=C`,
//! vestibule sends it through a Kratos login (or registration) flow whose `return_to` is
//! `/callback?login_challenge=C`, and `/callback` accepts Hydra's login request for the Kratos
//! identity. Hydra then asks for consent, and the consent request (read through Hydra's admin
//! API) says whom and which authorization it is for.

use reqwest::{StatusCode, Url};
use serde_json::{json, Value};

use super::browser::{is_consent, never, query_param, Browser, Form, Page};
use super::ory::{
    authorize_url, consent_request, create_client, create_identity, create_identity_of_schema,
    random_hex, unique_email, OAuthClient,
};
use super::Stack;

/// The password of every [`Person`].
pub const PASSWORD: &str = "a long and unguessable passphrase 42";

/// Someone with a Kratos identity (created through the admin API, so the email address is not
/// verified) and the password [`PASSWORD`].
pub struct Person {
    pub id: String,
    pub email: String,
}

/// Ada Lovelace, at an address made of `who` that no other test uses.
pub async fn person(stack: &Stack, who: &str) -> Person {
    person_named(stack, who, "Ada", "Lovelace").await
}

/// Someone called `first` `last`, at an address made of `who` that no other test uses.
pub async fn person_named(stack: &Stack, who: &str, first: &str, last: &str) -> Person {
    let email = unique_email(who);
    let id = create_identity(stack, &email, PASSWORD, first, last).await;
    Person { id, email }
}

/// Someone whose identity says they speak `locale` (`traits.locale`), at an address made of
/// `who` that no other test uses.
pub async fn person_speaking(stack: &Stack, who: &str, locale: &str) -> Person {
    let email = unique_email(who);
    let traits = json!({"email": email, "locale": locale});
    let id = create_identity_of_schema(stack, "localized", traits, PASSWORD).await;
    Person { id, email }
}

/// An OAuth2 client app with a name no other test uses.
pub async fn app(stack: &Stack, name: &str) -> OAuthClient {
    app_with(stack, name, json!({})).await
}

/// An OAuth2 client app with a name no other test uses, registered with the `extra` settings
/// (a JSON object).
pub async fn app_with(stack: &Stack, name: &str, extra: Value) -> OAuthClient {
    let name = format!("{name} {}", &random_hex()[..6]);
    create_client(stack, &name, extra).await
}

// ----- where a URL points -----

/// Whether `url` is vestibule's `path` in `stack`.
pub fn is_vestibule(stack: &Stack, url: &Url, path: &str) -> bool {
    url.port() == Some(stack.ports.vestibule) && url.path() == path
}

/// A stop predicate: the location is vestibule's consent step (an upstream provider has one
/// too).
pub fn is_vestibule_consent(stack: &Stack) -> impl Fn(&Url) -> bool + '_ {
    move |url| is_consent(url) && is_vestibule(stack, url, "/consent")
}

/// Whether `url` is Hydra's authorization endpoint.
pub fn is_hydra_authorization(stack: &Stack, url: &Url) -> bool {
    url.port() == Some(stack.ports.hydra_public) && url.path() == "/oauth2/auth"
}

// ----- to vestibule's sign-in page -----

/// One authorization request of a client app, up to the point where Hydra hands the browser to
/// vestibule.
pub struct Authorization {
    /// The URL the app sent the browser to (its `state` identifies this authorization).
    pub url: Url,
    /// `{vestibule}/login?login_challenge=C`, not requested yet.
    pub login: Url,
    pub challenge: String,
}

/// The browser goes to Hydra's authorization endpoint for `client`; Hydra redirects it to
/// vestibule's login with a challenge. Stops there, before vestibule answers.
pub async fn authorize(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
    params: &[(&str, &str)],
) -> Authorization {
    let url = authorize_url(stack, client, params);
    let at_hydra = browser
        .follow(url.as_str(), |next| is_vestibule(stack, next, "/login"))
        .await;
    let login = at_hydra.stopped_at().clone();
    let challenge = query_param(&login, "login_challenge")
        .unwrap_or_else(|| panic!("Hydra sends vestibule a login challenge\n{at_hydra}"));
    Authorization {
        url,
        login,
        challenge,
    }
}

/// From the client app to vestibule's sign-in page: Hydra -> `/login?login_challenge=C` ->
/// Kratos's login flow, started with `return_to` = `/callback?login_challenge=C` ->
/// `/login?flow=F`, rendered.
pub async fn reach_login_page(
    stack: &Stack,
    browser: &Browser,
    client: &OAuthClient,
    params: &[(&str, &str)],
) -> (Authorization, Page) {
    let authorization = authorize(stack, browser, client, params).await;
    let page = browser.follow(authorization.login.as_str(), never).await;
    let kratos = kratos_start(stack, &page, "login");
    assert_returns_to_callback(stack, &kratos, &authorization.challenge, &page);
    assert_rendered_flow(stack, &page, "/login");
    (authorization, page)
}

/// Follows the login page's "sign up" link to vestibule's registration page, which keeps the
/// OAuth2 flow.
pub async fn open_registration(
    stack: &Stack,
    browser: &Browser,
    login: &Page,
    authorization: &Authorization,
) -> Page {
    let link = login
        .links()
        .into_iter()
        .find(|link| is_vestibule(stack, &link.href, "/registration"))
        .unwrap_or_else(|| panic!("the login page links to registration\n{login}"));
    let page = browser.follow(link.href.as_str(), never).await;
    let kratos = kratos_start(stack, &page, "registration");
    assert_returns_to_callback(stack, &kratos, &authorization.challenge, &page);
    assert_rendered_flow(stack, &page, "/registration");
    page
}

/// The hop where vestibule sent the browser to start a Kratos `kind` (login, registration)
/// browser flow; returns that Kratos URL.
pub fn kratos_start(stack: &Stack, page: &Page, kind: &str) -> Url {
    let path = format!("/self-service/{kind}/browser");
    page.hops
        .iter()
        .filter(|hop| is_vestibule(stack, &hop.url, &format!("/{kind}")))
        .filter_map(|hop| hop.location.clone())
        .find(|location| {
            location.port() == Some(stack.ports.kratos_public) && location.path() == path
        })
        .unwrap_or_else(|| panic!("vestibule should send the browser to Kratos {path}\n{page}"))
}

/// `kratos_flow_start` carries `return_to={vestibule}/callback?login_challenge=C`.
pub fn assert_returns_to_callback(
    stack: &Stack,
    kratos_flow_start: &Url,
    challenge: &str,
    page: &Page,
) {
    let return_to = query_param(kratos_flow_start, "return_to")
        .and_then(|value| Url::parse(&value).ok())
        .unwrap_or_else(|| panic!("{kratos_flow_start} should carry a return_to URL\n{page}"));
    assert_is_callback(stack, &return_to, challenge, &page.to_string());
}

/// The Kratos flow `flow` returns to `/callback` with `authorization`'s challenge.
pub fn assert_flow_returns_to_callback(stack: &Stack, flow: &Value, authorization: &Authorization) {
    let return_to = flow["return_to"]
        .as_str()
        .and_then(|value| Url::parse(value).ok())
        .unwrap_or_else(|| panic!("the flow should have a return_to: {flow:#}"));
    assert_is_callback(
        stack,
        &return_to,
        &authorization.challenge,
        &format!("{flow:#}"),
    );
}

/// `url` is vestibule's `/callback?login_challenge=challenge`.
pub fn assert_is_callback(stack: &Stack, url: &Url, challenge: &str, context: &str) {
    assert!(
        is_vestibule(stack, url, "/callback"),
        "expected vestibule's /callback, got {url}\n{context}"
    );
    assert_eq!(
        query_param(url, "login_challenge").as_deref(),
        Some(challenge),
        "{url} should carry Hydra's login challenge\n{context}"
    );
}

// ----- the pages of Kratos flows -----

/// The navigation ended on vestibule's page for a Kratos flow: 200, HTML, `path?flow=ID`, and no
/// server error on the way.
pub fn assert_rendered_flow(stack: &Stack, page: &Page, path: &str) {
    assert_no_server_error(page);
    assert_at_flow(stack, page, path);
    assert!(page.is_html(), "expected an HTML page\n{page}");
}

/// The navigation ended with a 200 at vestibule's `path?flow=ID`.
pub fn assert_at_flow(stack: &Stack, page: &Page, path: &str) {
    page.assert_status(StatusCode::OK);
    assert!(
        is_vestibule(stack, &page.url, path) && page.query_param("flow").is_some(),
        "expected vestibule's {path}?flow=... page\n{page}"
    );
}

/// No request of the navigation answered with a server error.
pub fn assert_no_server_error(page: &Page) {
    assert!(
        page.hops.iter().all(|hop| !hop.status.is_server_error()),
        "no server error on the way\n{page}"
    );
}

// ----- filling in the forms -----

/// The form on `page` that asks for a password.
pub fn password_form(page: &Page) -> Form {
    page.form(|form: &Form| form.has_field("password"))
}

/// Types `identifier` and `password` into the page's password form and clicks the
/// `method=password` button; follows redirects until Hydra asks for consent or a page renders.
pub async fn sign_in_with_password(
    browser: &Browser,
    page: &Page,
    identifier: &str,
    password: &str,
) -> Page {
    let mut form = password_form(page);
    form.set("identifier", identifier).set("password", password);
    form.submit(browser, Some(("method", "password")), is_consent)
        .await
}

/// Types `value` into the field `field` of the page's form that has it and submits the form
/// with `method=method`; follows redirects until Hydra asks for consent or a page renders.
pub async fn submit_field(
    browser: &Browser,
    page: &Page,
    field: &str,
    value: &str,
    method: &str,
) -> Page {
    let mut form = page.form(|form: &Form| form.has_field(field));
    form.set(field, value);
    form.submit(browser, Some(("method", method)), is_consent)
        .await
}

/// Types `code` into the page's code form and submits it (`method=code`).
pub async fn submit_code(browser: &Browser, page: &Page, code: &str) -> Page {
    submit_field(browser, page, "code", code, "code").await
}

/// Registration's first step: the profile (`method=profile`).
pub async fn fill_in_profile(browser: &Browser, page: &Page, email: &str) -> Page {
    let mut profile = page.form(|form: &Form| form.has_field("traits.email"));
    profile
        .set("traits.email", email)
        .set("traits.name.first", "Grace")
        .set("traits.name.last", "Hopper");
    profile
        .submit(browser, Some(("method", "profile")), is_consent)
        .await
}

/// Registration's second step: the password (`method=password`).
pub async fn choose_password(browser: &Browser, page: &Page, password: &str) -> Page {
    submit_field(browser, page, "password", password, "password").await
}

// ----- Hydra asks for consent -----

/// The navigation stopped where Hydra asks for consent, in the OAuth2 flow `authorization`
/// started, for `subject` and `client`. Returns Hydra's consent request.
pub async fn assert_consent_requested(
    stack: &Stack,
    page: &Page,
    authorization: &Authorization,
    subject: &str,
    client: &OAuthClient,
) -> Value {
    let consent = vestibule_consent_request(stack, page).await;
    assert_eq!(consent["subject"], subject, "{consent:#}\n{page}");
    assert_consent_belongs_to(&consent, authorization, client);
    consent
}

/// The navigation stopped where Hydra sends the browser to vestibule's consent step, in the
/// OAuth2 flow `authorization` started, for `client` (whoever the subject). Returns Hydra's
/// consent request.
pub async fn consent_requested(
    stack: &Stack,
    page: &Page,
    authorization: &Authorization,
    client: &OAuthClient,
) -> Value {
    let consent = vestibule_consent_request(stack, page).await;
    assert_consent_belongs_to(&consent, authorization, client);
    consent
}

/// Hydra's consent request the navigation stopped at, with the redirect to vestibule's consent.
async fn vestibule_consent_request(stack: &Stack, page: &Page) -> Value {
    let location = page
        .location
        .as_ref()
        .filter(|location| is_vestibule_consent(stack)(location))
        .unwrap_or_else(|| panic!("expected Hydra to redirect to vestibule's consent\n{page}"));
    let challenge = query_param(location, "consent_challenge").unwrap();
    consent_request(stack, &challenge).await
}

/// The consent request is for `client`, in the OAuth2 flow `authorization` started.
fn assert_consent_belongs_to(consent: &Value, authorization: &Authorization, client: &OAuthClient) {
    assert_eq!(
        consent["client"]["client_id"],
        client.id.as_str(),
        "{consent:#}"
    );
    let request_url = Url::parse(consent["request_url"].as_str().unwrap_or_default())
        .unwrap_or_else(|_| panic!("the consent request has a request_url: {consent:#}"));
    assert_eq!(
        query_param(&request_url, "state"),
        query_param(&authorization.url, "state"),
        "consent belongs to another authorization: {consent:#}"
    );
}

/// Hydra's consent request the navigation stopped at.
pub async fn consent_request_of(stack: &Stack, page: &Page) -> Value {
    let challenge = page
        .location
        .as_ref()
        .filter(|location| is_consent(location))
        .and_then(|location| query_param(location, "consent_challenge"))
        .unwrap_or_else(|| panic!("expected Hydra to redirect to consent\n{page}"));
    consent_request(stack, &challenge).await
}

/// The subject of a consent request: a Kratos identity id.
pub fn subject_of(consent: &Value) -> String {
    let subject = consent["subject"].as_str().unwrap_or_default();
    assert!(
        is_uuid(subject),
        "the subject is a Kratos identity id: {consent:#}"
    );
    subject.to_owned()
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// The consent request's `amr` (the methods the person signed in with).
pub fn amr(consent: &Value) -> Vec<&str> {
    consent["amr"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Types `identifier` into the sign-in form and asks for a one-time code (`method=code`).
pub async fn request_login_code(browser: &Browser, page: &Page, identifier: &str) -> Page {
    request_code(browser, page, &[("identifier", identifier)]).await
}

/// Fills `fields` into the page's form with the `method=code` button and clicks that button,
/// which asks Kratos to send a one-time code.
pub async fn request_code(browser: &Browser, page: &Page, fields: &[(&str, &str)]) -> Page {
    let mut form = page.form(|form: &Form| form.has_button("method", "code"));
    for (name, value) in fields {
        form.set(name, value);
    }
    form.submit(browser, Some(("method", "code")), is_consent)
        .await
}

/// `page` is the same `path` flow as `before`, now asking for the code that was sent.
pub fn assert_asks_for_code(stack: &Stack, page: &Page, before: &Page, path: &str) {
    assert_rendered_flow(stack, page, path);
    assert_eq!(
        page.query_param("flow"),
        before.query_param("flow"),
        "Kratos sends the browser back to the same flow\n{page}"
    );
    assert!(page.has_input("code"), "a field for the code\n{page}");
}
