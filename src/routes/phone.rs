//! `/phone`: sign in with a phone number and a texted code, creating the account on first use.
//!
//! Kratos 1.3 texts sign-in codes but cannot text sign-up codes, so a person new to the service
//! gets an identity (schema `PHONE_SIGN_UP_SCHEMA_ID`, the phone number as its only trait) made
//! here through Kratos's admin API. Either way the browser then goes to Kratos's sign-in with the
//! number filled in, and Kratos sends the code: the person is signed in only by proving the
//! number is theirs.
//!
//! Because this creates identities and sends texts for anyone who asks, it is guarded: it serves
//! only a sign-in whose challenge is pending at Hydra; numbers are limited per client, per number
//! and per block of numbers (without locking out a number that has an account, see
//! [`crate::domain::phone::limits`]), and to the operator's country codes; identities made for
//! numbers that are never proven are removed again ([`crate::pages::unproven_phones`]); and a
//! number with an account gets the same answer, after at least the same time, as one without.

use actix_web::http::header::RETRY_AFTER;
use actix_web::http::StatusCode;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::domain::ids::LoginChallenge;
use crate::domain::phone::limits::{retry_after_seconds, Limit, Limited, Stage};
use crate::domain::phone::{self};
use crate::ory::kratos::{Created, FlowKind};
use crate::pages::flow::kratos_start;
use crate::pages::links::{local_link, with_cookie};
use crate::pages::oauth2::{client_context, pending_login};
use crate::pages::signin::{carry_params, continue_to, hint_cookie};
use crate::pages::unproven_phones::{self, Candidate, Verdict};
use crate::state::phone_limits::Refused;
use crate::state::AppState;
use crate::web::client_ip;
use crate::web::context::{Learned, PageContext};
use crate::web::error::{see_other, wait_in_words, AppError};
use crate::web::views::{self, Layout};

/// What the CSRF token of the phone form is bound to (there is no challenge of its own).
const CSRF_SCOPE: &str = "phone-sign-in";

#[derive(Debug, Default, Deserialize)]
pub struct PhoneQuery {
    login_challenge: Option<LoginChallenge>,
}

#[derive(Template)]
#[template(path = "phone.html")]
struct PhonePage {
    layout: Layout,
    csrf_token: String,
    login_challenge: String,
    phone: String,
    error: String,
    back_href: String,
}

/// A page that says why `/phone` does not go on, and where to sign in instead.
#[derive(Template)]
#[template(path = "phone_notice.html")]
struct NoticePage {
    layout: Layout,
    title: String,
    lines: Vec<String>,
    link_text: String,
    link_href: String,
}

#[get("/phone")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<PhoneQuery>,
) -> Result<HttpResponse, AppError> {
    schema_id(&state)?;
    let context = in_sign_in_language(&state, &req, query.login_challenge.as_ref()).await;
    let Some(challenge) = &query.login_challenge else {
        return Ok(needs_sign_in(&context, StatusCode::OK));
    };
    let form = Form {
        state: &state,
        req: &req,
        context: &context,
        challenge,
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
}

#[post("/phone")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<PhoneForm>,
) -> Result<HttpResponse, AppError> {
    let started = tokio::time::Instant::now();
    let schema_id = schema_id(&state)?;
    let form = form.into_inner();
    state.csrf.verify(&req, CSRF_SCOPE, &form.csrf_token)?;
    let context = in_sign_in_language(&state, &req, form.login_challenge.as_ref()).await;
    // Only a sign-in an app started may create an identity or have a code texted.
    let Some(challenge) = &form.login_challenge else {
        return Ok(needs_sign_in(&context, StatusCode::BAD_REQUEST));
    };
    let page = Form {
        state: &state,
        req: &req,
        context: &context,
        challenge,
    };
    let bad_request = StatusCode::BAD_REQUEST;
    let Some(number) = phone::normalize(&form.phone) else {
        return page.render(&form.phone, "phone-error-format", bad_request);
    };
    if !state.config.phone.allowed_country_codes.allows(&number) {
        return page.render(&form.phone, "phone-error-country", bad_request);
    }
    let client = client_ip::of(&req, &state.config.trusted_proxies);
    if let Some(refused) = page.limit(Stage::Received, client, &number).await {
        return refused;
    }
    // The sign-in this belongs to must be real and pending before anything is counted for the
    // number, created or sent.
    pending_login(&state, challenge).await?;
    if let Some(refused) = page.limit(Stage::SignInPending, client, &number).await {
        return refused;
    }
    let found = state.kratos.identity_by_identifier(&number).await?;
    let lifetime = state.config.phone.unproven_identity_lifetime;
    let now = OffsetDateTime::now_utc();
    let candidate = found.as_ref().and_then(Candidate::of);
    let account = candidate
        .as_ref()
        .is_some_and(|c| c.standing(lifetime, now).is_account());
    if let Some(refused) = page
        .limit(Stage::LookedUp { account }, client, &number)
        .await
    {
        return refused;
    }

    if !ensure_identity(&state, schema_id, &number, found.is_some(), candidate).await? {
        return page.render(&form.phone, "phone-error-unusable", bad_request);
    }

    let return_to = continue_to(&state, Some(challenge), None);
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
    found: bool,
    candidate: Option<Candidate>,
) -> Result<bool, AppError> {
    let lifetime = state.config.phone.unproven_identity_lifetime;
    if found {
        let Some(candidate) = candidate else {
            return Ok(true);
        };
        let now = OffsetDateTime::now_utc();
        match unproven_phones::settle_candidate(&state.kratos, &candidate, lifetime, now).await? {
            Verdict::Removed => {
                tracing::info!(identity = %candidate.id, "removed an identity made for a number that was never proven; making a new one");
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
        .create_identity(schema_id, traits, unproven_phones::marker(number))
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

/// The page context in the language of the OAuth2 sign-in (its `ui_locales`), if there is one.
async fn in_sign_in_language(
    state: &AppState,
    req: &HttpRequest,
    challenge: Option<&LoginChallenge>,
) -> PageContext {
    let ui_locales = match challenge {
        Some(challenge) => {
            client_context(state, Some(challenge), None)
                .await
                .ui_locales
        }
        None => Vec::new(),
    };
    PageContext::decide(
        req,
        Learned {
            ui_locales,
            ..Learned::default()
        },
    )
}

/// `/phone` without a sign-in started by an app: it says how to sign in instead.
fn needs_sign_in(context: &PageContext, status: StatusCode) -> HttpResponse {
    let t = &context.t;
    views::render_with_status(
        status,
        &NoticePage {
            layout: context.layout(),
            title: t.t("phone-title"),
            lines: vec![t.t("phone-needs-app"), t.t("phone-needs-app-account")],
            link_text: t.t("phone-to-sign-in"),
            link_href: "/login".to_owned(),
        },
    )
}

/// The shared store of the limits did not answer: nothing goes on uncounted.
fn unavailable(context: &PageContext) -> HttpResponse {
    let t = &context.t;
    views::render_with_status(
        StatusCode::SERVICE_UNAVAILABLE,
        &NoticePage {
            layout: context.layout(),
            title: t.t("error-unavailable-title"),
            lines: vec![t.t("phone-limits-unavailable")],
            link_text: t.t("back-to-sign-in"),
            link_href: "/login".to_owned(),
        },
    )
}

/// The phone form of one sign-in, as shown again with what was typed and what is wrong with it.
struct Form<'a> {
    state: &'a AppState,
    req: &'a HttpRequest,
    context: &'a PageContext,
    challenge: &'a LoginChallenge,
}

impl Form<'_> {
    /// Counts the attempt against the limits of `stage`; the page to answer with when it is
    /// refused.
    async fn limit(
        &self,
        stage: Stage,
        client: Option<std::net::IpAddr>,
        number: &str,
    ) -> Option<Result<HttpResponse, AppError>> {
        match self.state.phone_limits.check(stage, client, number).await {
            Ok(()) => None,
            Err(Refused::Limited(limited)) => Some(self.too_many(number, &limited)),
            Err(Refused::StoreUnavailable(cause)) => {
                tracing::error!(error = %cause, "the store of the /phone limits did not answer");
                Some(Ok(unavailable(self.context)))
            }
        }
    }

    fn sign_in_href(&self) -> String {
        local_link("/login", &carry_params(Some(self.challenge), None))
    }

    fn render(
        &self,
        phone: &str,
        // The catalog key of the error to show, or "".
        error: &str,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        let (csrf_token, cookie) = self.state.csrf.issue(self.req, CSRF_SCOPE);
        let page = views::render_with_status(
            status,
            &PhonePage {
                layout: self.context.layout(),
                csrf_token,
                login_challenge: self.challenge.to_string(),
                phone: phone.to_owned(),
                error: if error.is_empty() {
                    String::new()
                } else {
                    self.context.t.t(error)
                },
                back_href: self.sign_in_href(),
            },
        );
        with_cookie(page, cookie)
    }

    /// 429: when to try again (in words and `Retry-After`), and that a code signs in meanwhile:
    /// the link leads to the sign-in page with the number filled in.
    fn too_many(&self, number: &str, limited: &Limited) -> Result<HttpResponse, AppError> {
        crate::metrics::metrics().limited(limited.limit.label());
        tracing::info!(limit = limited.limit.label(), retry_after = ?limited.retry_after, "a /phone attempt was refused by a limit");
        let t = &self.context.t;
        let wait = wait_in_words(t, limited.retry_after);
        let reason = match limited.limit {
            Limit::Client => "phone-limited-client",
            Limit::Number => "phone-limited-number",
            Limit::Prefix => "phone-limited-prefix",
        };
        let mut response = views::render_with_status(
            StatusCode::TOO_MANY_REQUESTS,
            &NoticePage {
                layout: self.context.layout(),
                title: t.t("error-too-many-title"),
                lines: vec![t.t1(reason, "wait", wait), t.t("phone-limited-sign-in")],
                link_text: t.t("phone-limited-sign-in-link"),
                link_href: self.sign_in_href(),
            },
        );
        response
            .headers_mut()
            .insert(RETRY_AFTER, retry_after_seconds(limited.retry_after).into());
        // The CSRF check passed, so the browser holds its binding already.
        let (binding, _) = self.state.csrf.browser_binding(self.req);
        with_cookie(response, Some(hint_cookie(self.state, number, &binding)))
    }
}
