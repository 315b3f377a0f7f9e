//! What the account pages (`/`, `/apps`, `/sessions`, `/settings`, signing out) share: the person
//! they are about, always the identity of the browser's Kratos session, never a value from a form
//! or the URL; the page in that person's language, decided with the session; and the way back to
//! them after signing in.

use actix_web::HttpRequest;
use serde::Deserialize;

use crate::domain::signin::{Aal, SessionState as Signed};
use crate::ory::kratos::{Session, SessionState};
use crate::pages::links::local_link;
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::context::{Learned, PageContext};
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
        params.push(("aal", Aal::Aal2.as_str().to_owned()));
    }
    Ok(local_link("/login", &params))
}

/// Whoever is at the browser, and the page context in their language.
pub struct Visitor {
    pub session: SessionState,
    /// Decided with the signed-in person's `traits.locale`.
    pub context: PageContext,
}

/// The browser's Kratos session, and the page's language decided with it.
pub async fn visitor(state: &AppState, req: &HttpRequest) -> Result<Visitor, AppError> {
    let session = session_of(state, req).await?;
    let identity_locale = match &session {
        Signed::Active(session) => Learned::identity(Some(&session.identity.traits)),
        Signed::Missing | Signed::NeedsSecondFactor => None,
    };
    let context = PageContext::decide(
        req,
        Learned {
            identity_locale,
            ..Learned::default()
        },
    );
    Ok(Visitor { session, context })
}

/// The signed-in person, and the page context in their language.
pub struct SignedIn {
    pub session: Box<Session>,
    pub context: PageContext,
}

/// The browser's session; without one the browser goes to sign in and back to `page` (the error
/// is that redirect), and a session still missing its second factor is asked for it first.
pub async fn signed_in(
    state: &AppState,
    req: &HttpRequest,
    page: AccountPage,
) -> Result<SignedIn, AppError> {
    let Visitor { session, context } = visitor(state, req).await?;
    match session {
        Signed::Active(session) => Ok(SignedIn { session, context }),
        Signed::NeedsSecondFactor => Err(AppError::redirect(sign_in_for(state, page, true)?)),
        Signed::Missing => Err(AppError::redirect(sign_in_for(state, page, false)?)),
    }
}
