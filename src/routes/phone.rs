//! `/phone`: sign in with a phone number and a texted code, creating the account on first use.
//!
//! Kratos 1.3 texts sign-in codes but cannot text sign-up codes, so a person new to the service
//! gets an identity (schema `PHONE_SIGN_UP_SCHEMA_ID`, the phone number as its only trait) made
//! here through Kratos's admin API. Either way the browser then goes to Kratos's sign-in with the
//! number filled in, and Kratos sends the code: the person is signed in only by proving the
//! number is theirs.

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::flow::{local_link, start_at_kratos};
use super::login::carry_params;
use super::oauth2::signin_return_to;
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::ory::kratos::FlowKind;
use crate::phone;
use crate::security::CspNonce;
use crate::signing::Signer;
use crate::startup::AppState;
use crate::views::{self, Layout};

/// The cookie that carries the number to the sign-in page, so it is filled in there.
pub const HINT_COOKIE: &str = "vestibule_login_hint";
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
    let schema_id = schema_id(&state)?;
    let form = form.into_inner();
    state
        .csrf
        .verify(&req, CSRF_SCOPE, &form.csrf_token)
        .map_err(|e| AppError::Forbidden(e.to_string()))?;
    let query = PhoneQuery {
        login_challenge: form.login_challenge.filter(|c| !c.is_empty()),
        return_to: form.return_to.filter(|r| !r.is_empty()),
    };
    let bad_request = actix_web::http::StatusCode::BAD_REQUEST;
    let Some(number) = phone::normalize(&form.phone) else {
        return render(&state, &req, &nonce, &query, &form.phone,
            "Enter the number in international form, starting with + and the country code, e.g. +49 151 12345678.", bad_request);
    };
    if state
        .kratos
        .identity_id_by_identifier(&number)
        .await?
        .is_none()
    {
        let created = state
            .kratos
            .create_identity(schema_id, serde_json::json!({ "phone": number }))
            .await?;
        if created.is_none() {
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
        tracing::info!("identity created for a first sign-in by phone");
    }

    let return_to = match query.login_challenge.as_deref().map(LoginChallenge::parse) {
        Some(Ok(challenge)) => Some(signin_return_to(&state, &challenge)),
        Some(Err(e)) => return Err(AppError::BadRequest(e.to_string())),
        None => query.return_to.clone(),
    };
    let mut response = start_at_kratos(&state, FlowKind::Login, return_to.as_deref());
    let hint = Cookie::build(HINT_COOKIE, sign_hint(&state.login_hint_signer, &number))
        .path("/")
        .http_only(true)
        .secure(state.config.base_url.scheme() == "https")
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::minutes(10))
        .finish();
    response
        .add_cookie(&hint)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(response)
}

/// The number from the hint cookie, if vestibule set it.
pub fn login_hint(state: &AppState, req: &HttpRequest) -> Option<String> {
    let cookie = req.cookie(HINT_COOKIE)?;
    let (number, signature) = cookie.value().split_once('.')?;
    state
        .login_hint_signer
        .verify(&[number], signature)
        .then(|| number.to_owned())
}

fn sign_hint(signer: &Signer, number: &str) -> String {
    format!("{number}.{}", signer.sign(&[number]))
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
