//! What the account pages (`/`, `/apps`, `/sessions`) share: the person they are about, always
//! the identity of the browser's Kratos session, never a value from a form or the URL.

use actix_web::HttpRequest;

use crate::ory::kratos::{Session, SessionState};
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::error::AppError;

/// The browser's session; without one the browser goes to sign in (the error is that redirect),
/// and a session still missing its second factor is asked for it first.
pub async fn signed_in(state: &AppState, req: &HttpRequest) -> Result<Box<Session>, AppError> {
    match session_of(state, req).await? {
        SessionState::Active(session) => Ok(session),
        SessionState::NeedsSecondFactor => Err(AppError::Redirect("/login?aal=aal2".to_owned())),
        SessionState::Missing => Err(AppError::Redirect("/login".to_owned())),
    }
}
