//! `/sessions`: where the signed-in person is signed in (their Kratos sessions), and signing out
//! one other session or all others. Kratos's session API is called with the browser's cookies,
//! so it only ever acts on that person's sessions. Ending a session also ends the logins Hydra
//! remembers for the person, so no app signs the other device in again without Kratos.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::account::{
    address_without_port, describe_device, describe_method, format_moment, is_session_id,
};
use crate::i18n::Translator;
use crate::ory::kratos::Session;
use crate::pages::account::{signed_in, AccountPage};
use crate::pages::links::{cookie_header, see_other, with_cookie};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csrf::END_SESSION_SCOPE;
use crate::web::error::AppError;
use crate::web::views::{self, Layout};

/// One session as the page shows it.
struct SessionView {
    id: String,
    current: bool,
    device: String,
    ip_address: String,
    location: String,
    signed_in_at: String,
    methods: String,
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct SessionsPage {
    layout: Layout,
    sessions: Vec<SessionView>,
    has_others: bool,
    csrf_token: String,
}

#[get("/sessions")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
) -> Result<HttpResponse, AppError> {
    // Independent reads, side by side.
    let (current, others) = tokio::join!(
        signed_in(&state, &req, AccountPage::Sessions),
        state.kratos.other_sessions(cookie_header(&req))
    );
    let (current, others) = (current?, others?);
    let context = context.with_identity_locale(Some(&current.identity.traits));
    let t = &context.t;
    let mut sessions = vec![session_view(&current, true, t)];
    sessions.extend(
        others
            .iter()
            .filter(|other| other.id != current.id)
            .map(|other| session_view(other, false, t)),
    );
    let (csrf_token, cookie) = state.csrf.issue(&req, END_SESSION_SCOPE);
    let page = views::render(&SessionsPage {
        layout: context.layout(),
        has_others: sessions.len() > 1,
        sessions,
        csrf_token,
    });
    with_cookie(page, cookie)
}

fn session_view(session: &Session, current: bool, t: &Translator) -> SessionView {
    // Kratos records a device per place the session was used; the latest says the most.
    let device = session.devices.last().cloned().unwrap_or_default();
    let mut methods: Vec<String> = session
        .authentication_methods
        .iter()
        .map(|m| describe_method(&m.method, t))
        .collect();
    methods.dedup();
    SessionView {
        id: session.id.clone(),
        current,
        device: device
            .user_agent
            .as_deref()
            .and_then(|agent| describe_device(agent, t))
            .unwrap_or_else(|| t.t("sessions-unknown-device")),
        ip_address: device
            .ip_address
            .as_deref()
            .map(address_without_port)
            .unwrap_or_default(),
        location: device.location.unwrap_or_default(),
        signed_in_at: session
            .authenticated_at
            .map(format_moment)
            .unwrap_or_default(),
        methods: methods.join(", "),
    }
}

#[derive(Debug, Deserialize)]
pub struct EndForm {
    #[serde(default)]
    csrf_token: String,
    /// One session to end; without it, every session but this browser's.
    session_id: Option<String>,
}

#[post("/sessions/end")]
pub async fn end(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<EndForm>,
) -> Result<HttpResponse, AppError> {
    state
        .csrf
        .verify(&req, END_SESSION_SCOPE, &form.csrf_token)?;
    let current = signed_in(&state, &req, AccountPage::Sessions).await?;
    let cookie = cookie_header(&req);
    match form.session_id.as_deref() {
        Some(id) if id == current.id => {
            return Err(AppError::BadRequest(
                "this browser's session ends by signing out".to_owned(),
            ))
        }
        Some(id) => {
            // Kratos answers 204 for any id, ending only sessions of the cookie's identity; the
            // list says whether the id is one of this person's, so a forged one gets a 404.
            let own = is_session_id(id)
                && state
                    .kratos
                    .other_sessions(cookie)
                    .await?
                    .iter()
                    .any(|other| other.id == id);
            if !own || !state.kratos.end_other_session(cookie, id).await? {
                return Err(AppError::NotFound(
                    "no such session of this person".to_owned(),
                ));
            }
        }
        None => state.kratos.end_other_sessions(cookie).await?,
    }
    // Hydra ties its logins to Kratos sessions only in what vestibule told it; its admin API lists
    // no login session by Kratos session, so every login it remembers for the person ends. This
    // browser keeps its Kratos session, so its next authorization is accepted without a prompt.
    state
        .hydra
        .revoke_login_sessions(&current.identity.id)
        .await?;
    tracing::info!("other sessions ended");
    Ok(see_other("/sessions"))
}
