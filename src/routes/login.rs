//! `/login`: where Hydra sends the browser with a `login_challenge`, and where Kratos sends it
//! with a login `flow`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use ory_hydra_client::models::AcceptOAuth2LoginRequest;
use serde::Deserialize;
use time::OffsetDateTime;

use super::flow::{self, cookie_header, see_other, PageLink, PageText};
use super::oauth2::{
    forget_remembered_login, pending_login_request, signin_flow, signin_return_to, SigninFlow,
};
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::ory::kratos::{FlowKind, SessionState};
use crate::security::CspNonce;
use crate::signin::{self, AuthRequirements, LoginStep, Reauthentication};
use crate::startup::AppState;
use crate::ui::{Forms, Purpose};

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    flow: Option<String>,
    login_challenge: Option<String>,
    return_to: Option<String>,
    refresh: Option<String>,
    aal: Option<String>,
}

#[get("/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    if let Some(flow_id) = &query.flow {
        return show_flow(
            &state,
            &req,
            &nonce,
            flow_id,
            query.login_challenge.as_deref(),
        )
        .await;
    }
    if let Some(raw) = &query.login_challenge {
        let challenge =
            LoginChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))?;
        return oauth2_login(&state, &req, &challenge).await;
    }
    // A plain sign-in, outside OAuth2: Kratos checks `return_to` against its allow list.
    let mut params: Vec<(&str, &str)> = Vec::new();
    if let Some(return_to) = query.return_to.as_deref() {
        params.push(("return_to", return_to));
    }
    if query.refresh.as_deref() == Some("true") {
        params.push(("refresh", "true"));
    }
    if let Some(aal) = query
        .aal
        .as_deref()
        .filter(|aal| matches!(*aal, "aal1" | "aal2"))
    {
        params.push(("aal", aal));
    }
    Ok(see_other(
        state
            .kratos
            .browser_flow_url(FlowKind::Login, &params)
            .as_str(),
    ))
}

/// Hydra's login request: accept it straight away when possible, else send the browser to Kratos.
async fn oauth2_login(
    state: &AppState,
    req: &HttpRequest,
    challenge: &LoginChallenge,
) -> Result<HttpResponse, AppError> {
    let request = match pending_login_request(state, challenge).await? {
        Ok(request) => request,
        Err(redirect) => return Ok(redirect),
    };
    let session = state.kratos.whoami(cookie_header(req)).await?;
    let second_factor_available = match &session {
        SessionState::Active(session)
            if AuthRequirements::of(&request).wants_second_factor
                && session.authenticator_assurance_level.as_deref() != Some("aal2") =>
        {
            state.kratos.has_second_factor(&session.identity.id).await?
        }
        _ => false,
    };
    let now = OffsetDateTime::now_utc();
    match signin::login_step(&request, session, now, second_factor_available) {
        LoginStep::Forget => {
            forget_remembered_login(state, &request.subject, &request.request_url).await
        }
        LoginStep::AcceptSession(session) => {
            let body = signin::accept_with_session(
                &session,
                state.config.remember_login,
                state.config.remember_login_for.as_secs() as i64,
            );
            accept(state, challenge, &body).await
        }
        LoginStep::SignIn(reauth) => send_to_kratos_login(state, req, challenge, reauth, now),
    }
}

/// Sends the browser to Kratos's login, returning to `/callback` with the challenge and, for a
/// re-authentication, a marker bound to this browser.
pub(crate) fn send_to_kratos_login(
    state: &AppState,
    req: &HttpRequest,
    challenge: &LoginChallenge,
    reauth: Reauthentication,
    now: OffsetDateTime,
) -> Result<HttpResponse, AppError> {
    let (marker, cookie) = if reauth.needed() {
        let (binding, cookie) = state.csrf.browser_binding(req);
        let marker = signin::reauth_marker(&state.reauth_signer, challenge, &binding, now);
        (Some(marker), cookie)
    } else {
        (None, None)
    };
    let return_to = signin::callback_url(&state.config.base_url, challenge, marker.as_deref());
    let mut params = vec![("return_to", return_to.as_str())];
    if reauth.refresh {
        params.push(("refresh", "true"));
    }
    if reauth.second_factor {
        params.push(("aal", "aal2"));
    }
    let mut response = see_other(
        state
            .kratos
            .browser_flow_url(FlowKind::Login, &params)
            .as_str(),
    );
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}

/// Accepts Hydra's login request and follows Hydra to its next step.
pub(crate) async fn accept(
    state: &AppState,
    challenge: &LoginChallenge,
    body: &AcceptOAuth2LoginRequest,
) -> Result<HttpResponse, AppError> {
    match state.hydra.accept_login(challenge, body).await? {
        Some(redirect_to) => {
            tracing::info!(subject = %body.subject, "login accepted");
            Ok(see_other(&redirect_to))
        }
        None => Err(AppError::NotFound(
            "login challenge unknown to Hydra".to_owned(),
        )),
    }
}

async fn show_flow(
    state: &AppState,
    req: &HttpRequest,
    nonce: &CspNonce,
    flow_id: &str,
    query_challenge: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let SigninFlow {
        flow,
        challenge,
        context,
    } = match signin_flow(state, req, FlowKind::Login, flow_id, query_challenge).await? {
        Ok(found) => found,
        Err(restart) => return Ok(restart),
    };
    let (heading, lead) = if flow.is_second_factor() {
        (
            "Second factor",
            "Confirm it is you with the second factor you set up.",
        )
    } else if flow.is_refresh() {
        ("Confirm it is you", "Please sign in again to continue.")
    } else {
        ("Sign in", "")
    };
    let mut links = Vec::new();
    if !flow.is_second_factor() && !flow.is_refresh() {
        let (registration, recovery) = tokio::join!(
            state.flows.enabled(&state.kratos, FlowKind::Registration),
            state.flows.enabled(&state.kratos, FlowKind::Recovery)
        );
        if registration {
            links.push(PageLink {
                prefix: "New here?".to_owned(),
                text: "Create an account".to_owned(),
                href: flow::local_link(
                    "/registration",
                    &carry_params(challenge.as_ref(), flow.return_to.as_deref()),
                ),
            });
        }
        if state.config.phone_sign_up_schema_id.is_some() {
            links.push(PageLink {
                prefix: "Have a mobile phone?".to_owned(),
                text: "Sign in with a text message".to_owned(),
                href: flow::local_link(
                    "/phone",
                    &carry_params(challenge.as_ref(), flow.return_to.as_deref()),
                ),
            });
        }
        if recovery {
            links.push(PageLink {
                prefix: "Forgot your password?".to_owned(),
                text: "Recover your account".to_owned(),
                href: flow::local_link(
                    "/recovery",
                    &recovery_params(state, challenge.as_ref(), flow.return_to.as_deref()),
                ),
            });
        }
    }
    let page = PageText {
        title: heading.to_owned(),
        heading: heading.to_owned(),
        lead: lead.to_owned(),
        client: context.client,
        client_intro: "to continue to".to_owned(),
        links,
        show_group_titles: false,
        identifier_hint: super::phone::login_hint(state, req),
    };
    Ok(flow::render(
        nonce,
        &flow,
        Purpose::SignIn,
        Forms::Single,
        page,
        context.form_action,
    ))
}

/// The query that carries an OAuth2 sign-in (or a plain `return_to`) to another of our pages.
pub(crate) fn carry_params(
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Vec<(&'static str, String)> {
    match (challenge, return_to) {
        (Some(challenge), _) => vec![(LoginChallenge::PARAMETER, challenge.to_string())],
        (None, Some(return_to)) => vec![("return_to", return_to.to_owned())],
        (None, None) => Vec::new(),
    }
}

/// Recovery ends in Kratos's settings flow; from there the browser returns to `return_to`.
fn recovery_params(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Vec<(&'static str, String)> {
    let target = match challenge {
        Some(challenge) => Some(signin_return_to(state, challenge)),
        None => return_to.map(str::to_owned),
    };
    target.map(|t| vec![("return_to", t)]).unwrap_or_default()
}
