//! `/phone`: sign in with a phone number and a texted code, creating the account on first use.
//!
//! Kratos 1.3 texts sign-in codes but cannot text sign-up codes, so a person new to the service
//! gets an identity (schema `PHONE_SIGN_UP_SCHEMA_ID`, the phone number as its only trait) made
//! here through Kratos's admin API. Either way the browser then goes to Kratos's sign-in with the
//! number filled in, and Kratos sends the code: the person is signed in only by proving the
//! number is theirs.
//!
//! Because this creates identities and sends texts for anyone who asks, it is guarded: the
//! sign-in's challenge must be pending at Hydra before anything happens; numbers are limited per
//! client, per number and per block of numbers, and to the operator's country codes; identities
//! made for numbers that never sign in are removed again ([`crate::pages::unproven_phones`]); and a
//! number with an account gets the same answer, after at least the same time, as one without.

use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::domain::ids::LoginChallenge;
use crate::domain::phone::{self, limits::Limited};
use crate::ory::kratos::{Created, FlowKind};
use crate::pages::flow::kratos_start;
use crate::pages::links::{local_link, see_other, with_cookie};
use crate::pages::oauth2::{client_context, pending_login};
use crate::pages::signin::{carry_params, continue_to, hint_cookie};
use crate::pages::unproven_phones::{self, Candidate, Verdict};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::error::AppError;
use crate::web::views::{self, Layout};

/// What the CSRF token of the phone form is bound to (there is no challenge of its own).
const CSRF_SCOPE: &str = "phone-sign-in";

#[derive(Debug, Default, Deserialize)]
pub struct PhoneQuery {
    login_challenge: Option<LoginChallenge>,
    return_to: Option<String>,
}

#[derive(Template)]
#[template(path = "phone.html")]
struct PhonePage {
    layout: Layout,
    csrf_token: String,
    login_challenge: String,
    return_to: String,
    phone: String,
    error: String,
    back_href: String,
}

#[get("/phone")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
    query: web::Query<PhoneQuery>,
) -> Result<HttpResponse, AppError> {
    schema_id(&state)?;
    let context = in_sign_in_language(&state, context, query.login_challenge.as_ref()).await;
    let form = Form {
        state: &state,
        req: &req,
        context: &context,
        query: &query,
    };
    form.render("", "", StatusCode::OK)
}

#[derive(Debug, Deserialize)]
pub struct PhoneForm {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    csrf_token: String,
    login_challenge: Option<LoginChallenge>,
    return_to: Option<String>,
}

#[post("/phone")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
    form: web::Form<PhoneForm>,
) -> Result<HttpResponse, AppError> {
    let started = tokio::time::Instant::now();
    let schema_id = schema_id(&state)?;
    let form = form.into_inner();
    state.csrf.verify(&req, CSRF_SCOPE, &form.csrf_token)?;
    // The sign-in this belongs to must be real and pending before anything is created or sent.
    if let Some(challenge) = &form.login_challenge {
        pending_login(&state, challenge).await?;
    }
    let query = PhoneQuery {
        login_challenge: form.login_challenge,
        return_to: form.return_to.filter(|r| !r.is_empty()),
    };
    let context = in_sign_in_language(&state, context, query.login_challenge.as_ref()).await;
    let page = Form {
        state: &state,
        req: &req,
        context: &context,
        query: &query,
    };
    let bad_request = StatusCode::BAD_REQUEST;
    let Some(number) = phone::normalize(&form.phone) else {
        return page.render(&form.phone, "phone-error-format", bad_request);
    };
    if !state.config.phone.allowed_country_codes.allows(&number) {
        return page.render(&form.phone, "phone-error-country", bad_request);
    }
    state
        .phone_limits
        .check(state.config.trusted_proxies.of(&req), &number)
        .map_err(|Limited { what, retry_after }| {
            crate::metrics::metrics().limited(what);
            AppError::TooManyRequests { what, retry_after }
        })?;

    if !ensure_identity(&state, schema_id, &number).await? {
        return page.render(&form.phone, "phone-error-unusable", bad_request);
    }

    let return_to = continue_to(
        &state,
        query.login_challenge.as_ref(),
        query.return_to.as_deref(),
    );
    let to_kratos = see_other(&kratos_start(&state, FlowKind::Login, return_to.as_deref()));
    // The form's CSRF check passed, so the browser holds its binding already.
    let (binding, _) = state.csrf.browser_binding(&req);
    let response = with_cookie(to_kratos, Some(hint_cookie(&state, &number, &binding)))?;
    // Creating an identity takes longer than finding one; answer no sooner than the slower.
    tokio::time::sleep_until(started + state.config.phone.response_floor).await;
    Ok(response)
}

/// Makes sure an identity signs in with `number`, creating one (marked as not yet proven) when
/// none does or when the one there is an unproven identity of ours whose time is up. `false` when
/// Kratos refuses the number.
async fn ensure_identity(
    state: &AppState,
    schema_id: &str,
    number: &str,
) -> Result<bool, AppError> {
    let lifetime = state.config.phone.unproven_identity_lifetime;
    if let Some(identity) = state.kratos.identity_by_identifier(number).await? {
        let Some(candidate) = Candidate::of(&identity).filter(Candidate::is_marked) else {
            return Ok(true);
        };
        let now = OffsetDateTime::now_utc();
        match unproven_phones::settle_candidate(&state.kratos, &candidate, lifetime, now).await? {
            Verdict::Removed => {
                tracing::info!(identity = %candidate.id, "removed an identity made for a number that never signed in; making a new one");
            }
            Verdict::Pending { remaining } => {
                // Its first check may have been lost with a restart.
                unproven_phones::check_later(
                    state.kratos.clone(),
                    candidate.id,
                    lifetime,
                    remaining,
                );
                return Ok(true);
            }
            Verdict::Proven | Verdict::Kept => return Ok(true),
        }
    }
    let traits = serde_json::json!({ "phone": number });
    match state
        .kratos
        .create_identity(schema_id, traits, unproven_phones::marker())
        .await?
    {
        Created::Identity(id) => {
            tracing::info!(identity = %id, "identity created for a first sign-in by phone");
            unproven_phones::check_later(state.kratos.clone(), id, lifetime, lifetime);
            Ok(true)
        }
        // Made by a request a moment ago.
        Created::Conflict => Ok(true),
        Created::Refused => Ok(false),
    }
}

fn schema_id(state: &AppState) -> Result<&str, AppError> {
    state
        .config
        .phone_sign_up_schema_id
        .as_deref()
        .ok_or_else(|| AppError::NotFound("sign-in by phone is not set up".to_owned()))
}

/// The page context in the language of the OAuth2 sign-in (its `ui_locales`), if any.
async fn in_sign_in_language(
    state: &AppState,
    context: PageContext,
    challenge: Option<&LoginChallenge>,
) -> PageContext {
    match challenge {
        Some(challenge) => context.with_ui_locales(
            &client_context(state, Some(challenge), None)
                .await
                .ui_locales,
        ),
        None => context,
    }
}

/// The phone form, as shown again with what was typed and what is wrong with it.
struct Form<'a> {
    state: &'a AppState,
    req: &'a HttpRequest,
    context: &'a PageContext,
    query: &'a PhoneQuery,
}

impl Form<'_> {
    fn render(
        &self,
        phone: &str,
        // The catalog key of the error to show, or "".
        error: &str,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        let (csrf_token, cookie) = self.state.csrf.issue(self.req, CSRF_SCOPE);
        let challenge = self.query.login_challenge.as_ref();
        let return_to = self.query.return_to.as_deref();
        let page = views::render_with_status(
            status,
            &PhonePage {
                layout: self.context.layout(),
                csrf_token,
                login_challenge: challenge.map(ToString::to_string).unwrap_or_default(),
                return_to: return_to.unwrap_or_default().to_owned(),
                phone: phone.to_owned(),
                error: if error.is_empty() {
                    String::new()
                } else {
                    self.context.t.t(error)
                },
                back_href: local_link("/login", &carry_params(challenge, return_to)),
            },
        );
        with_cookie(page, cookie)
    }
}
