//! The client app's side of OpenID Connect: an authorization request with chosen scopes, signing
//! in through vestibule on the way, the redirect back to the app, the token endpoint, the ID
//! token checked the way a relying party must (RS256 signature against Hydra's JWKS, issuer,
//! audience, nonce), userinfo, introspection and RP-initiated logout.

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use reqwest::{StatusCode, Url};
use serde_json::Value;

use super::browser::{is_consent, never, query_param, Browser, Page};
use super::ory::{authorize_url, exchange_code, expect_json, OAuthClient, REDIRECT_URI};
use super::signin::{assert_at_flow, is_vestibule_consent, sign_in_with_password};
use super::{client, Stack};

/// Where the test clients that may be logged out send browsers after logout. Nothing listens
/// there: a test stops at the redirect.
pub const POST_LOGOUT_REDIRECT_URI: &str = "http://127.0.0.1:5555/logged-out";

/// Hydra's authorization endpoint for `client`, like [`authorize_url`] (fresh `state` and
/// `nonce`, `extra_params` appended) but asking for `scope` (space-separated).
pub fn authorize_with_scope(
    stack: &Stack,
    client: &OAuthClient,
    scope: &str,
    extra_params: &[(&str, &str)],
) -> Url {
    let mut url = authorize_url(stack, client, extra_params);
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(key, value)| {
            let value = if key == "scope" {
                scope.to_owned()
            } else {
                value.into_owned()
            };
            (key.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    url
}

/// A stop predicate: the location is the test clients' redirect URI.
pub fn is_client_redirect(url: &Url) -> bool {
    url.as_str().starts_with(REDIRECT_URI)
}

/// A stop predicate: the location is [`POST_LOGOUT_REDIRECT_URI`].
pub fn is_post_logout_redirect(url: &Url) -> bool {
    url.as_str().starts_with(POST_LOGOUT_REDIRECT_URI)
}

/// A browser with no Hydra login yet goes to `authorize`: Hydra sends it to vestibule's sign-in
/// page (through a Kratos login flow); it signs in there with a password and follows redirects
/// until Hydra sends it to vestibule's consent step. Returns that navigation, stopped at the
/// consent redirect (not requested yet).
pub async fn sign_in_to_consent(
    stack: &Stack,
    browser: &Browser,
    authorize: &Url,
    email: &str,
    password: &str,
) -> Page {
    let login = browser.follow(authorize.as_str(), never).await;
    assert_at_flow(stack, &login, "/login");
    let done = sign_in_with_password(browser, &login, email, password).await;
    assert!(
        done.location
            .as_ref()
            .is_some_and(is_vestibule_consent(stack)),
        "signing in as {email} should lead to vestibule's consent step\n{done}"
    );
    done
}

/// The consent redirect a navigation stopped at, and its challenge.
pub fn consent_location(page: &Page) -> (Url, String) {
    let location = page
        .location
        .clone()
        .filter(is_consent)
        .unwrap_or_else(|| panic!("expected the navigation to stop at consent\n{page}"));
    let challenge = query_param(&location, "consent_challenge").unwrap();
    (location, challenge)
}

/// The redirect to the client app that `at_client` stopped at, for the authorization `authorize`
/// started (same `state`), carrying a code and no error. Returns the code.
pub fn code_from(at_client: &Page, authorize: &Url) -> String {
    let back = at_client
        .location
        .as_ref()
        .filter(|to| is_client_redirect(to));
    let back = back.unwrap_or_else(|| {
        panic!("expected the navigation to stop at the client's redirect URI\n{at_client}")
    });
    assert_eq!(
        query_param(back, "error"),
        None,
        "the client gets no error (description: {:?})\n{at_client}",
        query_param(back, "error_description")
    );
    assert_eq!(
        query_param(back, "state"),
        query_param(authorize, "state"),
        "the redirect belongs to this authorization\n{at_client}"
    );
    query_param(back, "code")
        .unwrap_or_else(|| panic!("the client gets an authorization code\n{at_client}"))
}

/// What a client app holds after redeeming a code.
#[derive(Clone, Debug)]
pub struct Tokens {
    /// Hydra's token response.
    pub response: Value,
    /// The ID token as issued (compact JWS).
    pub id_token: String,
    /// The ID token's claims, after its signature, issuer, audience and nonce were checked.
    pub claims: Value,
    pub access_token: String,
}

impl Tokens {
    /// The scopes the token response says were granted.
    pub fn scopes(&self) -> Vec<String> {
        self.response["scope"]
            .as_str()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }
}

/// The client app's part after the redirect: takes the code from `at_client` (see
/// [`code_from`]), exchanges it at the token endpoint and verifies the ID token against the
/// `nonce` of `authorize`.
pub async fn redeem(
    stack: &Stack,
    client: &OAuthClient,
    authorize: &Url,
    at_client: &Page,
) -> Tokens {
    let code = code_from(at_client, authorize);
    let response = exchange_code(stack, client, &code).await;
    let id_token = response["id_token"]
        .as_str()
        .unwrap_or_else(|| panic!("the token response has an ID token: {response:#}"))
        .to_owned();
    let access_token = response["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("the token response has an access token: {response:#}"))
        .to_owned();
    let nonce = query_param(authorize, "nonce").expect("the authorization has a nonce");
    let claims = verify_id_token(stack, client, &id_token, &nonce).await;
    Tokens {
        response,
        id_token,
        claims,
        access_token,
    }
}

/// Hydra's published signing keys.
pub async fn jwks(stack: &Stack) -> JwkSet {
    let url = stack.hydra_public_url(".well-known/jwks.json");
    let body = ok_json(client().get(&url), &format!("GET {url}")).await;
    serde_json::from_value(body.clone())
        .unwrap_or_else(|e| panic!("GET {url} is not a JWK set ({e}): {body:#}"))
}

/// Checks `id_token` as a relying party must: RS256, signed by the key of its `kid` in Hydra's
/// JWKS, issued by Hydra (`{hydra_public}/`) for `client`, not expired, with `nonce`. Returns
/// its claims.
pub async fn verify_id_token(
    stack: &Stack,
    client: &OAuthClient,
    id_token: &str,
    nonce: &str,
) -> Value {
    let header = decode_header(id_token).unwrap_or_else(|e| panic!("not a JWT ({e}): {id_token}"));
    assert_eq!(header.alg, Algorithm::RS256, "ID token header: {header:?}");
    let kid = header
        .kid
        .clone()
        .unwrap_or_else(|| panic!("the ID token names its key: {header:?}"));
    let keys = jwks(stack).await;
    let jwk = keys
        .find(&kid)
        .unwrap_or_else(|| panic!("Hydra's JWKS has no key {kid}: {:?}", keys.keys));
    let key =
        DecodingKey::from_jwk(jwk).unwrap_or_else(|e| panic!("unusable JWK {kid} ({e}): {jwk:?}"));
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[stack.hydra_public_url("")]);
    validation.set_audience(&[client.id.as_str()]);
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
    let data = decode::<Value>(id_token, &key, &validation)
        .unwrap_or_else(|e| panic!("the ID token does not verify ({e:?}): {id_token}"));
    assert_eq!(
        data.claims["nonce"].as_str(),
        Some(nonce),
        "the ID token carries the authorization's nonce: {:#}",
        data.claims
    );
    data.claims
}

/// Hydra's userinfo for `access_token`.
pub async fn userinfo(stack: &Stack, access_token: &str) -> Value {
    let url = stack.hydra_public_url("userinfo");
    let request = client().get(&url).bearer_auth(access_token);
    ok_json(request, &format!("GET {url}")).await
}

/// Hydra's introspection of `token` (admin API); fails the test unless the token is active.
pub async fn introspect(stack: &Stack, token: &str) -> Value {
    let url = stack.hydra_admin_url("admin/oauth2/introspect");
    let request = client().post(&url).form(&[("token", token)]);
    let body = ok_json(request, &format!("POST {url}")).await;
    assert_eq!(body["active"], true, "the token is active: {body:#}");
    body
}

/// Hydra's RP-initiated logout endpoint, the way a client app sends a browser there.
pub fn rp_logout_url(stack: &Stack, id_token: &str, state: &str) -> Url {
    let mut url = Url::parse(&stack.hydra_public_url("oauth2/sessions/logout")).unwrap();
    url.query_pairs_mut()
        .append_pair("id_token_hint", id_token)
        .append_pair("post_logout_redirect_uri", POST_LOGOUT_REDIRECT_URI)
        .append_pair("state", state);
    url
}

/// `request` asking for JSON, which must answer 200.
async fn ok_json(request: reqwest::RequestBuilder, what: &str) -> Value {
    let request = request.header(reqwest::header::ACCEPT, "application/json");
    expect_json(request, what, StatusCode::OK).await
}
