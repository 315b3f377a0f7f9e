//! What the account pages (`/`, `/apps`, `/sessions`, `/settings`) share: the person they are
//! about, always the identity of the browser's Kratos session, never a value from a form or the
//! URL; and the way back to them after signing in.

use actix_web::HttpRequest;
use serde::Deserialize;

use crate::ory::kratos::{Session, SessionState};
use crate::pages::links::local_link;
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::error::AppError;

/// An account page a sign-in comes back to. Kratos returns only to `/callback` (its
/// `allowed_return_urls` list no page of ours but that), so a sign-in started on a signed-out
/// account page returns to `/callback?next=<page>`, which goes on to the page. `next` can name
/// only these, so it leads nowhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountPage {
    Settings,
    Sessions,
    Apps,
}

impl AccountPage {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountPage::Settings => "settings",
            AccountPage::Sessions => "sessions",
            AccountPage::Apps => "apps",
        }
    }

    /// The page's own path.
    pub fn path(self) -> String {
        format!("/{}", self.as_str())
    }
}

/// Where a browser without a (complete) session goes to sign in and come back to `page`:
/// vestibule's `/login`, returning through `/callback?next=<page>`; with `second_factor`, for
/// the second factor a session still lacks.
pub fn sign_in_for(
    state: &AppState,
    page: AccountPage,
    second_factor: bool,
) -> Result<String, AppError> {
    let mut back = state
        .config
        .base_url
        .join("callback")
        .map_err(|e| AppError::Internal(e.to_string()))?;
    back.query_pairs_mut().append_pair("next", page.as_str());
    let mut params = vec![("return_to", back.to_string())];
    if second_factor {
        params.push(("aal", "aal2".to_owned()));
    }
    Ok(local_link("/login", &params))
}

/// The browser's session; without one the browser goes to sign in and back to `page` (the error
/// is that redirect), and a session still missing its second factor is asked for it first.
pub async fn signed_in(
    state: &AppState,
    req: &HttpRequest,
    page: AccountPage,
) -> Result<Box<Session>, AppError> {
    match session_of(state, req).await? {
        SessionState::Active(session) => Ok(session),
        SessionState::NeedsSecondFactor => Err(AppError::Redirect(sign_in_for(state, page, true)?)),
        SessionState::Missing => Err(AppError::Redirect(sign_in_for(state, page, false)?)),
    }
}
