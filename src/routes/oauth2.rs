//! Hydra's side of a page: the pending login request behind a challenge, and what a page shows
//! about the OAuth2 client.

use actix_web::{HttpRequest, HttpResponse};
use ory_hydra_client::models::OAuth2LoginRequest;

use super::flow::{self, origin_of, see_other, ClientView};
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::ory::hydra::Challenge;
use crate::ory::kratos::{Flow, FlowKind};
use crate::signin;
use crate::startup::AppState;

/// A challenge's pending request, or the response that ends the request here: a redirect when
/// Hydra already handled the challenge, an error page when it does not know it. `what` names the
/// challenge for the log.
pub fn pending<T>(
    challenge: Challenge<T>,
    what: &str,
) -> Result<Result<Box<T>, HttpResponse>, AppError> {
    match challenge {
        Challenge::Pending(request) => Ok(Ok(request)),
        Challenge::Handled { redirect_to } => Ok(Err(see_other(&redirect_to))),
        Challenge::Unknown => Err(AppError::NotFound(format!(
            "{what} challenge unknown to Hydra"
        ))),
    }
}

pub async fn pending_login_request(
    state: &AppState,
    challenge: &LoginChallenge,
) -> Result<Result<Box<OAuth2LoginRequest>, HttpResponse>, AppError> {
    pending(state.hydra.login_request(challenge).await?, "login")
}

/// Hydra remembers `subject` at this browser but Kratos does not confirm it (see
/// [`signin::LoginStep::Forget`]): Hydra's login sessions for that subject end, and the browser
/// goes back to the authorization request, which Hydra now answers with a fresh login request
/// that a Kratos session or a sign-in decides.
pub async fn forget_remembered_login(
    state: &AppState,
    subject: &str,
    request_url: &str,
) -> Result<HttpResponse, AppError> {
    if origin_of(request_url).is_none() {
        return Err(AppError::Internal(
            "Hydra's request has no usable request_url".to_owned(),
        ));
    }
    if !subject.is_empty() {
        state.hydra.revoke_login_sessions(subject).await?;
    }
    tracing::info!("Hydra remembered a login that Kratos does not confirm; it was ended");
    Ok(see_other(request_url))
}

/// A login or registration flow with what its page shows about the OAuth2 sign-in it belongs to.
pub struct SigninFlow {
    pub flow: Flow,
    pub challenge: Option<LoginChallenge>,
    pub context: ClientContext,
}

/// Reads a login or registration flow (restarting it when needed, keeping the sign-in's
/// `return_to`), and the OAuth2 client it is for.
pub async fn signin_flow(
    state: &AppState,
    req: &HttpRequest,
    kind: FlowKind,
    flow_id: &str,
    query_challenge: Option<&str>,
) -> Result<Result<SigninFlow, HttpResponse>, AppError> {
    let fallback = query_challenge
        .and_then(|raw| LoginChallenge::parse(raw).ok())
        .map(|challenge| signin_return_to(state, &challenge));
    let flow = match flow::load(state, req, kind, flow_id, fallback).await? {
        Ok(flow) => flow,
        Err(restart) => return Ok(Err(restart)),
    };
    let challenge =
        signin::challenge_in_return_to(&state.config.base_url, flow.return_to.as_deref());
    let context = client_context(state, challenge.as_ref(), flow.return_to.as_deref()).await;
    Ok(Ok(SigninFlow {
        flow,
        challenge,
        context,
    }))
}

/// Where Kratos returns the browser to continue the OAuth2 sign-in of `challenge`.
pub fn signin_return_to(state: &AppState, challenge: &LoginChallenge) -> String {
    signin::callback_url(&state.config.base_url, challenge, None).to_string()
}

/// What a flow page knows about the OAuth2 client, and where its forms may lead.
pub struct ClientContext {
    pub client: Option<ClientView>,
    /// Origins the browser passes through after the form is posted: Hydra, then the client.
    pub form_action: Vec<String>,
}

pub async fn client_context(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> ClientContext {
    let mut form_action: Vec<String> = return_to.and_then(origin_of).into_iter().collect();
    let Some(challenge) = challenge else {
        return ClientContext {
            client: None,
            form_action,
        };
    };
    // The page is still useful without the client's name, so Hydra trouble is only logged here;
    // the callback reports it if it persists.
    let request = match state.hydra.login_request(challenge).await {
        Ok(Challenge::Pending(request)) => request,
        Ok(_) => {
            return ClientContext {
                client: None,
                form_action,
            }
        }
        Err(err) => {
            tracing::warn!(error = %err, "cannot read the login request for the page");
            return ClientContext {
                client: None,
                form_action,
            };
        }
    };
    form_action.extend(origin_of(&request.request_url));
    let client = &request.client;
    form_action.extend(
        client
            .redirect_uris
            .iter()
            .flatten()
            .filter_map(|uri| origin_of(uri)),
    );
    form_action.sort();
    form_action.dedup();
    ClientContext {
        client: Some(client_view(client)),
        form_action,
    }
}

pub fn client_view(client: &ory_hydra_client::models::OAuth2Client) -> ClientView {
    let name = client
        .client_name
        .clone()
        .filter(|name| !name.trim().is_empty())
        .or_else(|| client.client_id.clone())
        .unwrap_or_else(|| "an application".to_owned());
    let logo_uri = client
        .logo_uri
        .clone()
        .filter(|uri| uri.starts_with("https://") || uri.starts_with("http://"))
        .unwrap_or_default();
    ClientView { name, logo_uri }
}
