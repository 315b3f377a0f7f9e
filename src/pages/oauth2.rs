//! Hydra's side of a page: the pending request behind a challenge, and what a page shows about
//! the OAuth2 client.

use std::future::Future;
use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse};
use ory_hydra_client::models::{
    OAuth2Client, OAuth2ConsentRequest, OAuth2ConsentRequestOpenIdConnectContext,
    OAuth2LoginRequest, OAuth2LogoutRequest,
};

use crate::domain::ids::{ConsentChallenge, FlowId, LoginChallenge, LogoutChallenge};
use crate::domain::signin;
use crate::metrics::metrics;
use crate::ory::hydra::Challenge;
use crate::ory::kratos::{Flow, FlowKind};
use crate::pages::flow::{self, ClientView, PageText};
use crate::pages::links::{http_url, origin_of, redirect_origins};
use crate::pages::signin::signin_return_to;
use crate::state::{AppState, RequestCache};
use crate::ui::{Forms, Purpose};
use crate::web::context::PageContext;
use crate::web::error::AppError;

/// A challenge's pending request. A challenge Hydra already decided ends the request with
/// Hydra's redirect; one it does not know is a 404 page. `what` names the challenge for the log.
fn pending<T>(challenge: Challenge<T>, what: &'static str) -> Result<Arc<T>, AppError> {
    match challenge {
        Challenge::Pending(request) => Ok(Arc::from(request)),
        Challenge::Handled { redirect_to } => {
            metrics().challenge_not_pending(what, "handled");
            Err(AppError::Redirect(redirect_to))
        }
        Challenge::Unknown => {
            metrics().challenge_not_pending(what, "expired");
            Err(AppError::NotFound(format!(
                "{what} challenge unknown to Hydra"
            )))
        }
    }
}

/// The request behind `challenge` from `cache`, else from Hydra (`fetch`), kept for next time.
async fn cached<T, F>(
    cache: &RequestCache<T>,
    challenge: &str,
    fetch: F,
) -> Result<Arc<T>, AppError>
where
    T: Send + Sync + 'static,
    F: Future<Output = Result<Arc<T>, AppError>>,
{
    if let Some(request) = cache.get(challenge) {
        return Ok(request);
    }
    let request = fetch.await?;
    cache.insert(challenge.to_owned(), request.clone());
    Ok(request)
}

/// Hydra's login request, read once per sign-in (see [`AppState::login_requests`]).
pub async fn pending_login(
    state: &AppState,
    challenge: &LoginChallenge,
) -> Result<Arc<OAuth2LoginRequest>, AppError> {
    cached(&state.login_requests, challenge.as_str(), async {
        pending(state.hydra.login_request(challenge).await?, "login")
    })
    .await
}

/// Hydra's consent request, read once per consent (see [`AppState::consent_requests`]).
pub async fn pending_consent(
    state: &AppState,
    challenge: &ConsentChallenge,
) -> Result<Arc<OAuth2ConsentRequest>, AppError> {
    cached(&state.consent_requests, challenge.as_str(), async {
        pending(state.hydra.consent_request(challenge).await?, "consent")
    })
    .await
}

pub async fn pending_logout(
    state: &AppState,
    challenge: &LogoutChallenge,
) -> Result<Arc<OAuth2LogoutRequest>, AppError> {
    pending(state.hydra.logout_request(challenge).await?, "logout")
}

/// A login or registration flow with what its page shows about the OAuth2 sign-in it belongs to.
pub struct SigninFlow {
    pub flow: Flow,
    pub challenge: Option<LoginChallenge>,
    pub context: ClientContext,
}

impl SigninFlow {
    /// The page context with the OAuth2 request's `ui_locales` taken into account.
    pub fn page_context(&self, context: &PageContext) -> PageContext {
        context.with_ui_locales(&self.context.ui_locales)
    }

    /// The page: `page`'s text with the OAuth2 client named, the form, and the origins its
    /// redirects may lead to.
    ///
    /// The app's `login_hint` fills in the sign-in identifier only, below anything the person
    /// typed themselves: there a wrong hint only fails to sign in. The sign-up page neither fills
    /// it in nor offers it: the app chooses the hint, and as the new account's address it would
    /// let whoever holds that address recover the account later, unless the person noticed.
    pub fn render(self, context: &PageContext, purpose: Purpose, page: PageText) -> HttpResponse {
        let hint = self
            .context
            .login_hint
            .filter(|_| purpose == Purpose::SignIn);
        let context = &context.with_ui_locales(&self.context.ui_locales);
        let page = PageText {
            client: self.context.client,
            identifier_hint: page.identifier_hint.or(hint),
            ..page
        };
        flow::render(
            context,
            &self.flow,
            purpose,
            Forms::Single,
            page,
            self.context.form_action,
        )
    }
}

/// Reads a login or registration flow (restarting it when needed, keeping the sign-in's
/// `return_to`), and the OAuth2 client it is for.
pub async fn signin_flow(
    state: &AppState,
    req: &HttpRequest,
    kind: FlowKind,
    flow_id: &FlowId,
    query_challenge: Option<&LoginChallenge>,
) -> Result<SigninFlow, AppError> {
    let fallback = query_challenge.map(|challenge| signin_return_to(state, challenge));
    let flow = flow::load(state, req, kind, flow_id, fallback).await?;
    // A flow Kratos started for Hydra itself carries the challenge instead of our `/callback`.
    let challenge =
        signin::challenge_in_return_to(&state.config.base_url, flow.return_to.as_deref()).or_else(
            || {
                flow.oauth2_login_challenge
                    .as_deref()
                    .and_then(|raw| LoginChallenge::parse(raw).ok())
            },
        );
    let context = client_context(state, challenge.as_ref(), flow.return_to.as_deref()).await;
    Ok(SigninFlow {
        flow,
        challenge,
        context,
    })
}

/// What a flow page knows about the OAuth2 client, and where its forms may lead.
pub struct ClientContext {
    pub client: Option<ClientView>,
    /// Origins the browser passes through after the form is posted: Hydra, then the client.
    pub form_action: Vec<String>,
    /// The app's `login_hint` (OpenID Connect), when it sent a usable one.
    pub login_hint: Option<String>,
    /// The app's `ui_locales` (OpenID Connect): the languages the page should be in.
    pub ui_locales: Vec<String>,
}

pub async fn client_context(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> ClientContext {
    let own_origin = || ClientContext {
        client: None,
        form_action: return_to.and_then(origin_of).into_iter().collect(),
        login_hint: None,
        ui_locales: Vec::new(),
    };
    let Some(challenge) = challenge else {
        return own_origin();
    };
    // The page is still useful without the client's name, so Hydra trouble is only logged here;
    // the callback reports it if it persists.
    let request = match pending_login(state, challenge).await {
        Ok(request) => request,
        Err(AppError::Redirect(_) | AppError::NotFound(_)) => return own_origin(),
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
        ui_locales: ui_locales(request.oidc_context.as_deref()),
    }
}

/// The `ui_locales` of an OAuth2 request (login or consent).
pub fn ui_locales(context: Option<&OAuth2ConsentRequestOpenIdConnectContext>) -> Vec<String> {
    context
        .and_then(|c| c.ui_locales.clone())
        .unwrap_or_default()
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
