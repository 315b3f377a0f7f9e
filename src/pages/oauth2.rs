//! Hydra's side of a page: the pending request behind a challenge, and what a page shows about
//! the OAuth2 client.

use std::future::Future;
use std::sync::Arc;

use actix_web::HttpRequest;
use ory_hydra_client::models::{
    OAuth2Client, OAuth2ConsentRequest, OAuth2ConsentRequestOpenIdConnectContext,
    OAuth2LoginRequest, OAuth2LogoutRequest,
};

use crate::domain::ids::{ConsentChallenge, LoginChallenge, LogoutChallenge};
use crate::domain::signin;
use crate::domain::signin::SessionState as Signed;
use crate::metrics::metrics;
use crate::ory::hydra::{self, Challenge};
use crate::ory::kratos::SessionState;
use crate::ory::UpstreamError;
use crate::pages::links::{http_url, origin_of, redirect_origins};
use crate::state::{AppState, RequestCache};
use crate::web::context::{Learned, PageContext};
use crate::web::error::AppError;

/// The OAuth2 client a page is about, as the page names it.
#[derive(Clone, Debug)]
pub struct ClientView {
    pub name: String,
    pub logo_uri: String,
}

/// The request behind `challenge`: from `cache` when a pending one was read before, else from
/// Hydra (`fetch`), and kept for next time when it is pending. `what` names the challenge for
/// the metrics.
async fn read<T, F>(
    cache: &RequestCache<T>,
    challenge: &str,
    what: &'static str,
    fetch: F,
) -> Result<Challenge<Arc<T>>, UpstreamError>
where
    T: Send + Sync + 'static,
    F: Future<Output = Result<Challenge<T>, UpstreamError>>,
{
    if let Some(request) = cache.get(challenge) {
        return Ok(Challenge::Pending(Box::new(request)));
    }
    Ok(match fetch.await? {
        Challenge::Pending(request) => {
            let request: Arc<T> = Arc::from(request);
            cache.insert(challenge.to_owned(), request.clone());
            Challenge::Pending(Box::new(request))
        }
        Challenge::Handled { redirect_to } => {
            metrics().challenge_not_pending(what, "handled");
            Challenge::Handled { redirect_to }
        }
        Challenge::Unknown => {
            metrics().challenge_not_pending(what, "expired");
            Challenge::Unknown
        }
    })
}

/// A challenge's pending request. A challenge Hydra already decided stops the request with
/// Hydra's redirect; one it does not know is a 404 page. `what` names the challenge for the log.
fn pending<T>(challenge: Challenge<Arc<T>>, what: &'static str) -> Result<Arc<T>, AppError> {
    match challenge {
        Challenge::Pending(request) => Ok(*request),
        Challenge::Handled { redirect_to } => Err(AppError::redirect(redirect_to)),
        Challenge::Unknown => Err(AppError::NotFound(format!(
            "{what} challenge unknown to Hydra"
        ))),
    }
}

/// Hydra's login request behind `challenge`, pending or not, read once per sign-in (see
/// [`AppState::login_requests`]).
async fn login_request(
    state: &AppState,
    challenge: &LoginChallenge,
) -> Result<Challenge<Arc<OAuth2LoginRequest>>, UpstreamError> {
    read(
        &state.login_requests,
        challenge.as_str(),
        "login",
        state.hydra.login_request(challenge),
    )
    .await
}

/// Hydra's pending login request.
pub async fn pending_login(
    state: &AppState,
    challenge: &LoginChallenge,
) -> Result<Arc<OAuth2LoginRequest>, AppError> {
    pending(login_request(state, challenge).await?, "login")
}

/// Hydra's pending consent request, read once per consent (see [`AppState::consent_requests`]).
pub async fn pending_consent(
    state: &AppState,
    challenge: &ConsentChallenge,
) -> Result<Arc<OAuth2ConsentRequest>, AppError> {
    let request = read(
        &state.consent_requests,
        challenge.as_str(),
        "consent",
        state.hydra.consent_request(challenge),
    )
    .await?;
    pending(request, "consent")
}

pub async fn pending_logout(
    state: &AppState,
    challenge: &LogoutChallenge,
) -> Result<Arc<OAuth2LogoutRequest>, AppError> {
    let request = match state.hydra.logout_request(challenge).await? {
        Challenge::Pending(request) => Challenge::Pending(Box::new(Arc::from(request))),
        Challenge::Handled { redirect_to } => {
            metrics().challenge_not_pending("logout", "handled");
            Challenge::Handled { redirect_to }
        }
        Challenge::Unknown => {
            metrics().challenge_not_pending("logout", "expired");
            Challenge::Unknown
        }
    };
    pending(request, "logout")
}

/// What a page knows about the OAuth2 sign-in it belongs to, and where its forms may lead.
#[derive(Debug, Default)]
pub struct ClientContext {
    pub client: Option<ClientView>,
    /// Origins the browser passes through after the form is posted: Hydra, then the client.
    pub form_action: Vec<String>,
    /// The app's `login_hint` (OpenID Connect), when it sent a usable one.
    pub login_hint: Option<String>,
    /// The app's `ui_locales` (OpenID Connect): the languages the page should be in.
    pub ui_locales: Vec<String>,
}

/// What a page shows of the sign-in of `challenge`, whose forms return to `return_to`. The page
/// is useful without it: a challenge Hydra decided or does not know leaves it out, and Hydra
/// trouble is only logged here (the callback reports it if it persists).
pub async fn client_context(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> ClientContext {
    let own_origin = || ClientContext {
        form_action: return_to.and_then(origin_of).into_iter().collect(),
        ..ClientContext::default()
    };
    let Some(challenge) = challenge else {
        return own_origin();
    };
    let request = match login_request(state, challenge).await {
        Ok(Challenge::Pending(request)) => request,
        Ok(Challenge::Handled { .. } | Challenge::Unknown) => return own_origin(),
        Err(err) => {
            tracing::warn!(error = %err, "cannot read the login request for the page");
            return own_origin();
        }
    };
    let client = &request.client;
    let mut form_action = redirect_origins(
        Some(&request.request_url),
        client.redirect_uris.iter().flatten(),
    );
    form_action.extend(return_to.and_then(origin_of));
    form_action.sort();
    form_action.dedup();
    let login_hint = request
        .oidc_context
        .as_ref()
        .and_then(|context| context.login_hint.as_deref())
        .and_then(signin::usable_login_hint);
    ClientContext {
        client: Some(client_view(client)),
        form_action,
        login_hint,
        ui_locales: hydra::ui_locales(request.oidc_context.as_deref()),
    }
}

/// Decides the language of a page of an OAuth2 sign-in or consent: the request's `ui_locales`
/// (OpenID Connect's `oidc_context`), and the person's `traits.locale` when the browser is
/// signed in (`session`, when it could be read).
pub fn decide_language(
    req: &HttpRequest,
    oidc_context: Option<&OAuth2ConsentRequestOpenIdConnectContext>,
    session: Option<&SessionState>,
) -> PageContext {
    let identity_locale = match session {
        Some(Signed::Active(session)) => Learned::identity(Some(&session.identity.traits)),
        _ => None,
    };
    PageContext::decide(
        req,
        Learned {
            ui_locales: hydra::ui_locales(oidc_context),
            identity_locale,
        },
    )
}

pub fn client_view(client: &OAuth2Client) -> ClientView {
    let name = client
        .client_name
        .clone()
        .filter(|name| !name.trim().is_empty())
        .or_else(|| client.client_id.clone())
        .unwrap_or_else(|| "an application".to_owned());
    let logo_uri = client
        .logo_uri
        .as_deref()
        .and_then(http_url)
        .unwrap_or_default()
        .to_owned();
    ClientView { name, logo_uri }
}
