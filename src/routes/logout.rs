//! `/logout`: Hydra's logout requests (RP-initiated logout) and signing out of vestibule itself.
//! Accepting a logout also ends the Kratos session, so the person is signed out everywhere.
//! Signing out of vestibule itself is a confirmed POST carrying vestibule's CSRF token, so a link
//! or an image on another site cannot sign anyone out; it ends the Kratos session and every login
//! Hydra remembers for the person.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::ids::LogoutChallenge;
use crate::ory::kratos::SessionState;
use crate::pages::account::{visitor, Visitor};
use crate::pages::links::{cookie_header, redirect_origins, with_cookie};
use crate::pages::oauth2::{client_view, pending_logout, ClientView};
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::context::{Learned, PageContext};
use crate::web::csrf::SIGN_OUT_SCOPE;
use crate::web::error::{see_other, AppError};
use crate::web::security::FormActionSources;
use crate::web::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct LogoutQuery {
    logout_challenge: Option<LogoutChallenge>,
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
    query: web::Query<LogoutQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(challenge) = query.into_inner().logout_challenge else {
        return confirm_sign_out(&state, &req).await;
    };
    // An app's request to sign out says nothing about languages.
    let context = PageContext::decide(&req, Learned::default());
    let request = pending_logout(&state, &challenge).await?;
    let client = request.client.as_deref();
    if client.and_then(|c| c.skip_logout_consent) == Some(true) {
        return sign_out(&state, &req, &challenge).await;
    }
    let (csrf_token, cookie) = state.csrf.issue(&req, challenge.as_str());
    let mut page = views::render(&LogoutPage {
        layout: context.layout(),
        challenge: Some(challenge.to_string()),
        csrf_token,
        client: client.map(client_view),
    });
    // After the form: Kratos's logout (already allowed), Hydra, then the client's
    // post-logout redirect.
    let hydra = state
        .config
        .hydra_public_url
        .as_ref()
        .map(|url| url.as_str());
    let origins = redirect_origins(
        hydra,
        client
            .and_then(|c| c.post_logout_redirect_uris.as_ref())
            .into_iter()
            .flatten(),
    );
    page.extensions_mut().insert(FormActionSources(origins));
    with_cookie(page, cookie)
}

/// Signing out of vestibule itself: a confirmation page, in the person's language, while someone
/// is signed in at Kratos; otherwise there is nothing to end, and the sign-in page follows.
async fn confirm_sign_out(state: &AppState, req: &HttpRequest) -> Result<HttpResponse, AppError> {
    let Visitor { session, context } = visitor(state, req).await?;
    if matches!(session, SessionState::Missing) {
        return Ok(see_other("/login"));
    }
    let (csrf_token, cookie) = state.csrf.issue(req, SIGN_OUT_SCOPE);
    let page = views::render(&LogoutPage {
        layout: context.layout(),
        challenge: None,
        csrf_token,
        client: None,
    });
    with_cookie(page, cookie)
}

/// What the person pressed on the sign-out confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogoutDecision {
    Yes,
    No,
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    logout_challenge: Option<LogoutChallenge>,
    #[serde(default)]
    csrf_token: String,
    decision: LogoutDecision,
}

#[post("/logout")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<LogoutForm>,
) -> Result<HttpResponse, AppError> {
    let Some(challenge) = &form.logout_challenge else {
        state.csrf.verify(&req, SIGN_OUT_SCOPE, &form.csrf_token)?;
        return match form.decision {
            LogoutDecision::Yes => sign_out_here(&state, &req).await,
            LogoutDecision::No => Ok(see_other("/")),
        };
    };
    state
        .csrf
        .verify(&req, challenge.as_str(), &form.csrf_token)?;
    pending_logout(&state, challenge).await?;
    match form.decision {
        LogoutDecision::Yes => sign_out(&state, &req, challenge).await,
        LogoutDecision::No => {
            state.hydra.reject_logout(challenge).await?;
            Ok(see_other("/"))
        }
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
    end_kratos_session(state, req, Some(&redirect_to)).await
}

/// Signing out of vestibule itself: every login Hydra remembers for the person ends, then the
/// Kratos session, and the browser lands on the sign-in page.
async fn sign_out_here(state: &AppState, req: &HttpRequest) -> Result<HttpResponse, AppError> {
    if let SessionState::Active(session) = session_of(state, req).await? {
        state
            .hydra
            .revoke_login_sessions(&session.identity.id)
            .await?;
    }
    tracing::info!("signed out");
    // Without `then`, Kratos returns the browser to its logout `default_browser_return_url` (the
    // sign-in page in config/), which needs no entry in its `allowed_return_urls`.
    end_kratos_session(state, req, None).await
}

/// Sends the browser through Kratos's logout (which clears its cookie) to `then`; straight there
/// (or to the sign-in page) when there is no Kratos session.
async fn end_kratos_session(
    state: &AppState,
    req: &HttpRequest,
    then: Option<&str>,
) -> Result<HttpResponse, AppError> {
    match state.kratos.logout_url(cookie_header(req), then).await? {
        Some(logout_url) => Ok(see_other(&logout_url)),
        None => Ok(see_other(then.unwrap_or("/login"))),
    }
}
