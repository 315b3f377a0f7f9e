//! `/login`: where Hydra sends the browser with a `login_challenge`, and where Kratos sends it
//! with a login `flow`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::domain::ids::{FlowId, LoginChallenge};
use crate::domain::signin::{self, Aal, AuthRequirements, LoginStep};
use crate::ory::hydra::login_facts;
use crate::ory::kratos::{FlowKind, SessionState};
use crate::pages::flow::{self, PageLink, PageText};
use crate::pages::links::local_link;
use crate::pages::oauth2::{decide_language, pending_login};
use crate::pages::signin::{
    accept_session, carry_params, continue_to, forget_remembered_login, login_hint,
    send_to_kratos_login, session_of, signin_return_to,
};
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
use crate::web::error::{see_other, AppError};

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    flow: Option<FlowId>,
    login_challenge: Option<LoginChallenge>,
    return_to: Option<String>,
    #[serde(default)]
    refresh: bool,
    aal: Option<Aal>,
}

#[get("/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    match (&query.flow, &query.login_challenge) {
        (Some(flow), challenge) => show_flow(&state, &req, flow, challenge.as_ref()).await,
        (None, Some(challenge)) => oauth2_login(&state, &req, challenge).await,
        (None, None) => plain_sign_in(&state, &query).await,
    }
}

/// A sign-in outside OAuth2: on to Kratos, which checks `return_to` against its allow list.
async fn plain_sign_in(state: &AppState, query: &LoginQuery) -> Result<HttpResponse, AppError> {
    state.kratos.ensure_reachable().await?;
    let mut params: Vec<(&str, &str)> = Vec::new();
    if let Some(return_to) = query.return_to.as_deref() {
        params.push(("return_to", return_to));
    }
    if query.refresh {
        params.push(("refresh", "true"));
    }
    if let Some(aal) = query.aal.filter(|aal| *aal <= Aal::Aal2) {
        params.push(("aal", aal.as_str()));
    }
    let kratos = state.kratos.browser_flow_url(FlowKind::Login, &params);
    Ok(see_other(kratos.as_str()))
}

/// Hydra's login request: accept it straight away when possible, else send the browser to Kratos.
async fn oauth2_login(
    state: &AppState,
    req: &HttpRequest,
    challenge: &LoginChallenge,
) -> Result<HttpResponse, AppError> {
    let request = pending_login(state, challenge).await?;
    let session = session_of(state, req).await;
    // Whatever follows, an error page included, speaks the sign-in's language.
    decide_language(req, request.oidc_context.as_deref(), session.as_ref().ok());
    let session = session?;
    let second_factor_available = match &session {
        SessionState::Active(session)
            if AuthRequirements::of(&login_facts(&request)).wants_second_factor
                && !signin::has_second_factor(session) =>
        {
            state.kratos.has_second_factor(&session.identity.id).await?
        }
        _ => false,
    };
    let now = OffsetDateTime::now_utc();
    match signin::login_step(
        &login_facts(&request),
        session,
        now,
        second_factor_available,
    ) {
        LoginStep::Forget => {
            forget_remembered_login(state, &request.subject, &request.request_url).await
        }
        LoginStep::AcceptSession(session) => accept_session(state, challenge, &session).await,
        LoginStep::SignIn(reauth) => send_to_kratos_login(state, req, challenge, reauth, now).await,
    }
}

async fn show_flow(
    state: &AppState,
    req: &HttpRequest,
    flow_id: &FlowId,
    query_challenge: Option<&LoginChallenge>,
) -> Result<HttpResponse, AppError> {
    let fallback = query_challenge.map(|challenge| signin_return_to(state, challenge));
    let found = flow::load(state, req, FlowKind::Login, flow_id, fallback).await?;
    let t = &found.context.t;
    let (flow, challenge) = (&found.flow, found.challenge.as_ref());
    let (heading, lead) = if flow.is_second_factor() {
        (
            t.t("login-second-factor-title"),
            t.t("login-second-factor-lead"),
        )
    } else if flow.is_refresh() {
        (t.t("login-refresh-title"), t.t("login-refresh-lead"))
    } else {
        (t.t("login-title"), String::new())
    };
    let mut links = Vec::new();
    if !flow.is_second_factor() && !flow.is_refresh() {
        let (registration, recovery) = tokio::join!(
            state.flows.enabled(&state.kratos, FlowKind::Registration),
            state.flows.enabled(&state.kratos, FlowKind::Recovery)
        );
        let carried = carry_params(challenge, flow.return_to.as_deref());
        if registration {
            links.push(PageLink {
                prefix: t.t("login-new-here"),
                text: t.t("create-account"),
                href: local_link("/registration", &carried),
            });
        }
        // `/phone` serves only a sign-in an app started; without one, the code method above
        // signs in an account that has the number.
        if state.config.phone_sign_up_schema_id.is_some() && challenge.is_some() {
            links.push(PageLink {
                prefix: t.t("login-phone-prompt"),
                text: t.t("login-phone-link"),
                href: local_link("/phone", &carried),
            });
        }
        if recovery {
            // Recovery ends in Kratos's settings flow; from there the browser returns to
            // `return_to`.
            let return_to = continue_to(state, challenge, flow.return_to.as_deref());
            let params: Vec<(&str, String)> = return_to
                .map(|t| vec![("return_to", t)])
                .unwrap_or_default();
            links.push(PageLink {
                prefix: t.t("login-forgot-password"),
                text: t.t("recover-account"),
                href: local_link("/recovery", &params),
            });
        }
    }
    let page = PageText {
        lead,
        links,
        identifier_hint: login_hint(state, req),
        ..PageText::titled(&heading)
    };
    Ok(found.render(Purpose::SignIn, Forms::Single, page))
}
