//! `/sessions`: where the signed-in person is signed in (their Kratos sessions), and signing out
//! one other session or all others. Kratos's session API is called with the browser's cookies,
//! so it only ever acts on that person's sessions. Ending a session also ends the logins Hydra
//! remembers for the person, so no app signs the other device in again without Kratos.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::account::{
    address_without_port, device_of, format_moment, is_session_id, method_key,
};
use crate::i18n::Translator;
use crate::ory::kratos::Session;
use crate::pages::account::{signed_in, AccountPage, SignedIn};
use crate::pages::links::{cookie_header, with_cookie};
use crate::state::AppState;
use crate::web::csrf::END_SESSION_SCOPE;
use crate::web::error::{see_other, AppError};
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
pub async fn show(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    // Independent reads, side by side.
    let (signed_in, others) = tokio::join!(
        signed_in(&state, &req, AccountPage::Sessions),
        state.kratos.other_sessions(cookie_header(&req))
    );
    let (
        SignedIn {
            session: current,
            context,
        },
        others,
    ) = (signed_in?, others?);
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
        .map(|m| method_in_words(&m.method, t))
        .collect();
    methods.dedup();
    SessionView {
        id: session.id.clone(),
        current,
        device: device
            .user_agent
            .as_deref()
            .and_then(|agent| device_in_words(agent, t))
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

/// "Firefox on Linux (desktop)" for a user agent; `None` when it says nothing recognisable.
fn device_in_words(user_agent: &str, t: &Translator) -> Option<String> {
    let device = device_of(user_agent)?;
    let words = match (device.browser, device.os) {
        (Some(browser), Some(os)) => t.t2("device-browser-on-os", "browser", browser, "os", os),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return None,
    };
    Some(match device.kind {
        Some(kind) => t.t2("device-with-kind", "device", words, "kind", t.t(kind)),
        None => words,
    })
}

/// A Kratos authentication method in words; one vestibule does not know by its name.
fn method_in_words(method: &str, t: &Translator) -> String {
    method_key(method)
        .map(|key| t.t(key))
        .unwrap_or_else(|| method.to_owned())
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
    let SignedIn {
        session: current, ..
    } = signed_in(&state, &req, AccountPage::Sessions).await?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agents_become_words() {
        assert_eq!(
            device_in_words(
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
                &Translator::default()
            )
            .as_deref(),
            Some("Firefox on Linux (desktop)")
        );
        assert_eq!(
            device_in_words("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", &Translator::default())
                .as_deref(),
            Some("Safari on iPhone (phone)")
        );
        assert_eq!(
            device_in_words("reqwest/0.12", &Translator::default()),
            None
        );
        assert_eq!(device_in_words("", &Translator::default()), None);
    }

    #[test]
    fn methods_read_as_words() {
        assert_eq!(
            method_in_words("totp", &Translator::default()),
            "authenticator app"
        );
        assert_eq!(
            method_in_words("something_new", &Translator::default()),
            "something_new"
        );
    }
}
