//! `/phone`: sign in with a phone number and a texted code, creating the account on first use.
//!
//! Kratos 1.3 texts sign-in codes but cannot text sign-up codes, so a person new to the service
//! gets an identity (schema `PHONE_SIGN_UP_SCHEMA_ID`, the phone number as its only trait) made
//! here through Kratos's admin API. Either way the browser then goes to Kratos's sign-in with the
//! number filled in, and Kratos sends the code: the person is signed in only by proving the
//! number is theirs.
//!
//! Because this creates identities and sends texts for anyone who asks, it is guarded: the
//! sign-in's challenge must be pending at Hydra before anything happens; numbers are limited per
//! client, per number and per block of numbers, and to the operator's country codes; identities
//! made for numbers that never sign in are removed again ([`crate::phone::unproven`]); and a
//! number with an account gets the same answer, after at least the same time, as one without.

use std::time::Duration;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use time::OffsetDateTime;

use super::flow::{local_link, start_at_kratos};
use super::login::carry_params;
use super::oauth2::{pending_login_request, signin_return_to};
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::ory::kratos::{Created, FlowKind};
use crate::phone::unproven::{self, Candidate, Verdict};
use crate::phone::{self, limits::Limited};
use crate::security::CspNonce;
use crate::startup::AppState;
use crate::views::{self, Layout};

/// The cookie that carries the number to the sign-in page, so it is filled in there.
pub const HINT_COOKIE: &str = "vestibule_login_hint";
/// How long the number is filled in for: long enough to reach the sign-in page, not a lasting
/// record of the number in the browser.
const HINT_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// What the CSRF token of the phone form is bound to (there is no challenge of its own).
const CSRF_SCOPE: &str = "phone-sign-in";

#[derive(Debug, Default, Deserialize)]
pub struct PhoneQuery {
    login_challenge: Option<String>,
    return_to: Option<String>,
}

#[derive(Template)]
#[template(path = "phone.html")]
struct PhonePage {
    layout: Layout,
    csrf_token: String,
    login_challenge: String,
    return_to: String,
    phone: String,
    error: String,
    back_href: String,
}

#[get("/phone")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    query: web::Query<PhoneQuery>,
) -> Result<HttpResponse, AppError> {
    schema_id(&state)?;
    render(
        &state,
        &req,
        &nonce,
        &query.into_inner(),
        "",
        "",
        actix_web::http::StatusCode::OK,
    )
}

#[derive(Debug, Deserialize)]
pub struct PhoneForm {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    csrf_token: String,
    login_challenge: Option<String>,
    return_to: Option<String>,
}

#[post("/phone")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    form: web::Form<PhoneForm>,
) -> Result<HttpResponse, AppError> {
    let started = tokio::time::Instant::now();
    let schema_id = schema_id(&state)?;
    let form = form.into_inner();
    state
        .csrf
        .verify(&req, CSRF_SCOPE, &form.csrf_token)
        .map_err(|e| AppError::Forbidden(e.to_string()))?;
    // The sign-in this belongs to must be real and pending before anything is created or sent.
    let challenge = match form.login_challenge.as_deref().filter(|c| !c.is_empty()) {
        Some(raw) => {
            Some(LoginChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))?)
        }
        None => None,
    };
    if let Some(challenge) = &challenge {
        if let Err(handled) = pending_login_request(&state, challenge).await? {
            return Ok(handled);
        }
    }
    let query = PhoneQuery {
        login_challenge: challenge.as_ref().map(ToString::to_string),
        return_to: form.return_to.filter(|r| !r.is_empty()),
    };
    let bad_request = actix_web::http::StatusCode::BAD_REQUEST;
    let Some(number) = phone::normalize(&form.phone) else {
        return render(&state, &req, &nonce, &query, &form.phone,
            "Enter the number in international form, starting with + and the country code, e.g. +49 151 12345678.", bad_request);
    };
    if !state.config.phone.allowed_country_codes.allows(&number) {
        return render(&state, &req, &nonce, &query, &form.phone,
            "Sign-in by text message is not available for numbers from this country. Sign in another way.", bad_request);
    }
    state
        .phone_limits
        .check(state.config.trusted_proxies.of(&req), &number)
        .map_err(|Limited { what, retry_after }| AppError::TooManyRequests { what, retry_after })?;

    if !ensure_identity(&state, schema_id, &number).await? {
        return render(
            &state,
            &req,
            &nonce,
            &query,
            &form.phone,
            "This number cannot be used to sign in. Check it, or sign in another way.",
            bad_request,
        );
    }

    let return_to = match &challenge {
        Some(challenge) => Some(signin_return_to(&state, challenge)),
        None => query.return_to.clone(),
    };
    let mut response = start_at_kratos(&state, FlowKind::Login, return_to.as_deref());
    // The form's CSRF check passed, so the browser holds its binding already.
    let (binding, _) = state.csrf.browser_binding(&req);
    let hint = Cookie::build(HINT_COOKIE, sign_hint(&state, &number, &binding))
        .path("/")
        .http_only(true)
        .secure(state.config.base_url.scheme() == "https")
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::seconds(HINT_LIFETIME.as_secs() as i64))
        .finish();
    response
        .add_cookie(&hint)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    // Creating an identity takes longer than finding one; answer no sooner than the slower.
    tokio::time::sleep_until(started + state.config.phone.response_floor).await;
    Ok(response)
}

/// Makes sure an identity signs in with `number`, creating one (marked as not yet proven) when
/// none does or when the one there is an unproven identity of ours whose time is up. `false` when
/// Kratos refuses the number.
async fn ensure_identity(
    state: &AppState,
    schema_id: &str,
    number: &str,
) -> Result<bool, AppError> {
    let lifetime = state.config.phone.unproven_identity_lifetime;
    if let Some(identity) = state.kratos.identity_by_identifier(number).await? {
        let Some(candidate) = Candidate::of(&identity).filter(Candidate::is_marked) else {
            return Ok(true);
        };
        let now = OffsetDateTime::now_utc();
        match unproven::settle_candidate(&state.kratos, &candidate, lifetime, now).await? {
            Verdict::Removed => {
                tracing::info!(identity = %candidate.id, "removed an identity made for a number that never signed in; making a new one");
            }
            Verdict::Pending { remaining } => {
                // Its first check may have been lost with a restart.
                unproven::check_later(state.kratos.clone(), candidate.id, lifetime, remaining);
                return Ok(true);
            }
            Verdict::Proven | Verdict::Kept => return Ok(true),
        }
    }
    let traits = serde_json::json!({ "phone": number });
    match state
        .kratos
        .create_identity(schema_id, traits, unproven::marker())
        .await?
    {
        Created::Identity(id) => {
            tracing::info!(identity = %id, "identity created for a first sign-in by phone");
            unproven::check_later(state.kratos.clone(), id, lifetime, lifetime);
            Ok(true)
        }
        // Made by a request a moment ago.
        Created::Conflict => Ok(true),
        Created::Refused => Ok(false),
    }
}

/// The number from the hint cookie, if vestibule set it for this browser in the last minutes.
pub fn login_hint(state: &AppState, req: &HttpRequest) -> Option<String> {
    let cookie = req.cookie(HINT_COOKIE)?;
    let (number, token) = cookie.value().split_once('.')?;
    let binding = state.csrf.binding_of(req)?;
    state
        .login_hint_signer
        .verify_bound(
            token,
            &[number],
            &binding,
            HINT_LIFETIME,
            OffsetDateTime::now_utc(),
        )
        .map(|_| number.to_owned())
}

/// `<number>.<issued at>.<signature>`, bound to the browser's `binding`.
fn sign_hint(state: &AppState, number: &str, binding: &str) -> String {
    let token = state
        .login_hint_signer
        .sign_bound(&[number], binding, OffsetDateTime::now_utc());
    format!("{number}.{token}")
}

fn schema_id(state: &AppState) -> Result<&str, AppError> {
    state
        .config
        .phone_sign_up_schema_id
        .as_deref()
        .ok_or_else(|| AppError::NotFound("sign-in by phone is not set up".to_owned()))
}

fn render(
    state: &AppState,
    req: &HttpRequest,
    nonce: &CspNonce,
    query: &PhoneQuery,
    phone: &str,
    error: &str,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, AppError> {
    let (csrf_token, cookie) = state.csrf.issue(req, CSRF_SCOPE);
    let challenge = query
        .login_challenge
        .as_deref()
        .and_then(|c| LoginChallenge::parse(c).ok());
    let mut response = views::render_with_status(
        status,
        &PhonePage {
            layout: Layout::new(nonce),
            csrf_token,
            login_challenge: challenge
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            return_to: query.return_to.clone().unwrap_or_default(),
            phone: phone.to_owned(),
            error: error.to_owned(),
            back_href: local_link(
                "/login",
                &carry_params(challenge.as_ref(), query.return_to.as_deref()),
            ),
        },
    );
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}
