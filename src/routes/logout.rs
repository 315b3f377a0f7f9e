//! `/logout`: Hydra's logout requests (RP-initiated logout) and signing out of vestibule itself.
//! Accepting a logout also ends the Kratos session, so the person is signed out everywhere.
//! Signing out of vestibule itself is a confirmed POST carrying vestibule's CSRF token, so a link
//! or an image on another site cannot sign anyone out; it ends the Kratos session and every login
//! Hydra remembers for the person.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use ory_hydra_client::models::OAuth2LogoutRequest;
use serde::Deserialize;

use super::flow::{cookie_header, origin_of, see_other, ClientView};
use super::oauth2::{self, client_view};
use crate::csrf::SIGN_OUT_SCOPE;
use crate::error::AppError;
use crate::ids::LogoutChallenge;
use crate::ory::kratos::SessionState;
use crate::security::{CspNonce, FormActionSources};
use crate::startup::AppState;
use crate::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct LogoutQuery {
    logout_challenge: Option<String>,
}

#[derive(Template)]
#[template(path = "logout.html")]
struct LogoutPage {
    layout: Layout,
    /// `None` when the person signs out of vestibule itself rather than at an app's request.
    challenge: Option<String>,
    csrf_token: String,
    client: Option<ClientView>,
}

#[get("/logout")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    query: web::Query<LogoutQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(raw) = query.logout_challenge.as_deref() else {
        return confirm_sign_out(&state, &req, &nonce).await;
    };
    let challenge = parse_challenge(raw)?;
    let request = match pending(&state, &challenge).await? {
        Ok(request) => request,
        Err(redirect) => return Ok(redirect),
    };
    let client = request.client.as_deref();
    if client.and_then(|c| c.skip_logout_consent) == Some(true) {
        return sign_out(&state, &req, &challenge).await;
    }
    let (csrf_token, cookie) = state.csrf.issue(&req, challenge.as_str());
    let mut response = views::render(&LogoutPage {
        layout: Layout::new(&nonce),
        challenge: Some(challenge.to_string()),
        csrf_token,
        client: client.map(client_view),
    });
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    // After the form: Kratos's logout (already allowed), Hydra, then the client's
    // post-logout redirect.
    let mut origins: Vec<String> = state
        .config
        .hydra_public_url
        .as_ref()
        .map(|url| url.origin().ascii_serialization())
        .into_iter()
        .collect();
    origins.extend(
        client
            .and_then(|c| c.post_logout_redirect_uris.as_ref())
            .into_iter()
            .flatten()
            .filter_map(|uri| origin_of(uri)),
    );
    response.extensions_mut().insert(FormActionSources(origins));
    Ok(response)
}

/// Signing out of vestibule itself: a confirmation page while someone is signed in at Kratos;
/// otherwise there is nothing to end, and the sign-in page follows.
async fn confirm_sign_out(
    state: &AppState,
    req: &HttpRequest,
    nonce: &CspNonce,
) -> Result<HttpResponse, AppError> {
    if matches!(
        state.kratos.whoami(cookie_header(req)).await?,
        SessionState::Missing
    ) {
        return Ok(see_other("/login"));
    }
    let (csrf_token, cookie) = state.csrf.issue(req, SIGN_OUT_SCOPE);
    let mut response = views::render(&LogoutPage {
        layout: Layout::new(nonce),
        challenge: None,
        csrf_token,
        client: None,
    });
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    logout_challenge: Option<String>,
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    decision: String,
}

#[post("/logout")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<LogoutForm>,
) -> Result<HttpResponse, AppError> {
    let Some(raw) = form.logout_challenge.as_deref().filter(|c| !c.is_empty()) else {
        state
            .csrf
            .verify(&req, SIGN_OUT_SCOPE, &form.csrf_token)
            .map_err(|e| AppError::Forbidden(e.to_string()))?;
        return match form.decision.as_str() {
            "yes" => sign_out_here(&state, &req).await,
            "no" => Ok(see_other("/")),
            other => Err(AppError::BadRequest(format!("unknown decision `{other}`"))),
        };
    };
    let challenge = parse_challenge(raw)?;
    state
        .csrf
        .verify(&req, challenge.as_str(), &form.csrf_token)
        .map_err(|e| AppError::Forbidden(e.to_string()))?;
    if let Err(redirect) = pending(&state, &challenge).await? {
        return Ok(redirect);
    }
    match form.decision.as_str() {
        "yes" => sign_out(&state, &req, &challenge).await,
        "no" => {
            state.hydra.reject_logout(&challenge).await?;
            Ok(see_other("/"))
        }
        other => Err(AppError::BadRequest(format!("unknown decision `{other}`"))),
    }
}

/// Accepts Hydra's logout request, then ends the Kratos session on the way back to Hydra.
async fn sign_out(
    state: &AppState,
    req: &HttpRequest,
    challenge: &LogoutChallenge,
) -> Result<HttpResponse, AppError> {
    let redirect_to = state
        .hydra
        .accept_logout(challenge)
        .await?
        .ok_or_else(|| AppError::NotFound("logout challenge unknown to Hydra".to_owned()))?;
    tracing::info!("logout accepted");
    end_kratos_session(state, req, &redirect_to).await
}

/// Signing out of vestibule itself: every login Hydra remembers for the person ends, then the
/// Kratos session, and the browser lands on the sign-in page.
async fn sign_out_here(state: &AppState, req: &HttpRequest) -> Result<HttpResponse, AppError> {
    if let SessionState::Active(session) = state.kratos.whoami(cookie_header(req)).await? {
        state
            .hydra
            .revoke_login_sessions(&session.identity.id)
            .await?;
    }
    tracing::info!("signed out");
    // Kratos returns the browser to its logout `default_browser_return_url` (the sign-in page in
    // config/), which needs no entry in its `allowed_return_urls`.
    match state.kratos.logout_url(cookie_header(req), None).await? {
        Some(logout_url) => Ok(see_other(&logout_url)),
        None => Ok(see_other("/login")),
    }
}

/// Sends the browser through Kratos's logout (which clears its cookie) to `then`; straight to
/// `then` when there is no Kratos session.
async fn end_kratos_session(
    state: &AppState,
    req: &HttpRequest,
    then: &str,
) -> Result<HttpResponse, AppError> {
    match state
        .kratos
        .logout_url(cookie_header(req), Some(then))
        .await?
    {
        Some(logout_url) => Ok(see_other(&logout_url)),
        None => Ok(see_other(then)),
    }
}

fn parse_challenge(raw: &str) -> Result<LogoutChallenge, AppError> {
    LogoutChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))
}

async fn pending(
    state: &AppState,
    challenge: &LogoutChallenge,
) -> Result<Result<Box<OAuth2LogoutRequest>, HttpResponse>, AppError> {
    oauth2::pending(state.hydra.logout_request(challenge).await?, "logout")
}
