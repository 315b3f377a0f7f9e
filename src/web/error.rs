//! One error type for every page. Each variant maps to a status code and an HTML page; the
//! page shows an operation id that also appears in the log line carrying the cause.
//!
//! The page is rendered once, by [`render_error_pages`], the one place that has both the error
//! and the request: in the language decided for the request ([`PageContext::of`]).
//!
//! Redirects are responses: a handler's own redirect is `Ok(see_other(..))`. Only a helper that
//! must stop the request early, deep in a call (a flow to restart at Kratos, a challenge Hydra
//! already decided, a page that needs a sign-in first), returns [`AppError::Redirect`], which
//! travels through `?` and becomes the same redirect.

use std::time::Duration;

use actix_web::body::BoxBody;
use actix_web::cookie::Cookie;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, ContentType, HeaderValue, RETRY_AFTER};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::domain::ids::Malformed;
use crate::i18n::{Arg, Translator};
use crate::ory::{Upstream, UpstreamError};
use crate::web::context::PageContext;
use crate::web::csrf::CsrfError;
use crate::web::views::{is_local_path, Layout};

/// Where a request stopped early sends the browser, and a cookie to set on the way.
#[derive(Debug)]
pub struct Redirect {
    pub location: String,
    pub cookie: Option<Cookie<'static>>,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not a failure: a helper deep in a call stops the request, and the browser goes on (a flow
    /// restarted at Kratos, Hydra's `redirect_to` for a challenge already decided, signing in
    /// first). It travels through `?`; a handler's own redirect is an `Ok` response.
    #[error("redirect")]
    Redirect(Box<Redirect>),
    /// The browser keeps being sent to restart the same kind of flow without ever reaching one
    /// it can use: a configuration problem (logged with the cause where it is found), shown as a
    /// page instead of a redirect loop.
    #[error("flows keep restarting")]
    FlowLoop,
    /// Kratos or Hydra could not be reached or did not answer in time.
    #[error(transparent)]
    Unavailable(UpstreamError),
    /// Kratos or Hydra answered with something unusable (garbage, an unexpected status).
    #[error(transparent)]
    BadUpstream(UpstreamError),
    /// The request names something that does not exist (route, challenge, flow).
    #[error("not found: {0}")]
    NotFound(String),
    /// The request itself is malformed.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The request is refused (failed CSRF check, wrong origin).
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The request's body did not arrive within the request timeout.
    #[error("the request body did not arrive in time")]
    RequestTimeout,
    /// The request's body is larger than any form of vestibule's.
    #[error("the request body is too large")]
    PayloadTooLarge,
    /// The request's headers (mostly cookies) are larger than vestibule accepts.
    #[error("the request headers are too large")]
    HeadersTooLarge,
    /// Too many attempts (sign-in by phone); another is allowed after `retry_after`.
    #[error("too many requests: {what}; retry after {retry_after:?}")]
    TooManyRequests {
        what: &'static str,
        retry_after: Duration,
    },
    /// Something on our side or an upstream broke in an unexpected way.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// Stops the request; the browser goes to `location`.
    pub fn redirect(location: impl Into<String>) -> Self {
        AppError::Redirect(Box::new(Redirect {
            location: location.into(),
            cookie: None,
        }))
    }

    /// Stops the request; the browser goes to `location` and gets `cookie`.
    pub fn redirect_with_cookie(location: impl Into<String>, cookie: Cookie<'static>) -> Self {
        AppError::Redirect(Box::new(Redirect {
            location: location.into(),
            cookie: Some(cookie),
        }))
    }
}

/// A redirect (303) to `location`. A location that cannot be a header value is a bug of ours
/// or garbage from upstream: the internal error page instead.
pub fn see_other(location: &str) -> HttpResponse {
    match HeaderValue::from_str(location) {
        Ok(value) => HttpResponse::SeeOther()
            .insert_header((header::LOCATION, value))
            .finish(),
        Err(_) => {
            AppError::Internal(format!("unusable redirect target {location:?}")).error_response()
        }
    }
}

impl From<Malformed> for AppError {
    fn from(err: Malformed) -> Self {
        AppError::BadRequest(err.to_string())
    }
}

impl From<CsrfError> for AppError {
    fn from(err: CsrfError) -> Self {
        crate::metrics::metrics().csrf_rejected(match err {
            CsrfError::CrossSite(_) => "cross_site",
            CsrfError::MissingCookie => "missing_cookie",
            CsrfError::BadToken => "bad_token",
        });
        AppError::Forbidden(err.to_string())
    }
}

impl From<UpstreamError> for AppError {
    fn from(err: UpstreamError) -> Self {
        match err {
            UpstreamError::Timeout { .. }
            | UpstreamError::Unreachable { .. }
            | UpstreamError::KnownDown { .. } => AppError::Unavailable(err),
            // A 5xx from upstream means it is there but not working: still "unavailable" to users.
            UpstreamError::Status { status, .. } if status.is_server_error() => {
                AppError::Unavailable(err)
            }
            other => AppError::BadUpstream(other),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub layout: Layout,
    pub status: u16,
    pub title: &'a str,
    pub message: &'a str,
    pub operation_id: &'a str,
    /// For a service that is down: the same page again, to try once it is back.
    pub retry: Option<&'a str>,
}

impl ErrorPage<'_> {
    /// "Error 404 · reference <code>…</code>", as escaped HTML.
    fn status_line(&self) -> String {
        self.layout.t.markup_with(
            "error-status-reference",
            &[("status", Arg::from(self.status.to_string()))],
            "reference",
            self.operation_id,
            "code",
            "",
        )
    }
}

/// What an error page says, kept on its response so that [`render_error_pages`] renders it with
/// the page context of the request (the error itself knows no request).
#[derive(Clone, Debug)]
struct ErrorPageContent {
    status: StatusCode,
    keys: (&'static str, &'static str),
    retry_after: Option<Duration>,
    operation_id: String,
    retry: Option<String>,
}

impl ErrorPageContent {
    fn render(&self, layout: Layout) -> Option<String> {
        let t = &layout.t;
        let title = t.t(self.keys.0);
        let message = match self.retry_after {
            Some(wait) => t.t1(self.keys.1, "wait", wait_in_words(t, wait)),
            None => t.t(self.keys.1),
        };
        ErrorPage {
            status: self.status.as_u16(),
            title: &title,
            message: &message,
            operation_id: &self.operation_id,
            retry: self.retry.as_deref(),
            layout,
        }
        .render()
        .ok()
    }
}

/// Renders the page of every error response, once, in the language decided for its request
/// (see [`PageContext::of`]) and with the operator's app name.
pub async fn render_error_pages(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let Some(mut content) = res
        .response()
        .extensions()
        .get::<ErrorPageContent>()
        .cloned()
    else {
        return Ok(res);
    };
    if content.status == StatusCode::SERVICE_UNAVAILABLE {
        content.retry = retry_link(res.request());
    }
    let layout = PageContext::of(res.request()).layout_without_scripts();
    let Some(html) = content.render(layout) else {
        return Ok(res);
    };
    let (req, response) = res.into_parts();
    Ok(ServiceResponse::new(
        req,
        response.set_body(BoxBody::new(html)),
    ))
}

/// The page that failed, as a link on our own origin: only for a GET (trying again must not
/// resend a form), and only a path that cannot be read as another host's (`//host`, `/\host`).
fn retry_link(req: &actix_web::HttpRequest) -> Option<String> {
    let here = req.uri().path_and_query()?.as_str();
    (req.method() == actix_web::http::Method::GET && is_local_path(here)).then(|| here.to_owned())
}

impl AppError {
    /// The catalog keys of the page's title and message.
    fn title_and_message_keys(&self) -> (&'static str, &'static str) {
        match self {
            AppError::Unavailable(err) | AppError::BadUpstream(err) => match err.upstream() {
                Upstream::Hydra => ("error-unavailable-title", "error-hydra-unavailable"),
                Upstream::Kratos | Upstream::KratosAdmin => {
                    ("error-unavailable-title", "error-kratos-unavailable")
                }
            },
            // Never shown: a redirect has no page.
            AppError::Redirect(_) => ("error-internal-title", "error-internal"),
            AppError::FlowLoop => ("error-flow-loop-title", "error-flow-loop"),
            AppError::NotFound(_) => ("error-not-found-title", "error-not-found"),
            AppError::BadRequest(_) => ("error-bad-request-title", "error-bad-request"),
            AppError::Forbidden(_) => ("error-forbidden-title", "error-forbidden"),
            AppError::RequestTimeout => ("error-timeout-title", "error-timeout"),
            AppError::PayloadTooLarge => ("error-too-large-title", "error-too-large"),
            AppError::HeadersTooLarge => ("error-too-large-title", "error-headers-too-large"),
            AppError::TooManyRequests { .. } => ("error-too-many-title", "error-too-many"),
            AppError::Internal(_) => ("error-internal-title", "error-internal"),
        }
    }

    /// The page's title and message in `t`'s language.
    #[cfg(test)]
    fn title_and_message(&self, t: &Translator) -> (String, String) {
        let (title, message) = self.title_and_message_keys();
        let message = match self {
            AppError::TooManyRequests { retry_after, .. } => {
                t.t1(message, "wait", wait_in_words(t, *retry_after))
            }
            _ => t.t(message),
        };
        (t.t(title), message)
    }

    /// Whole seconds until another attempt may succeed, for `Retry-After`.
    fn retry_after_seconds(&self) -> Option<u64> {
        match self {
            AppError::TooManyRequests { retry_after, .. } => {
                Some(retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0))
            }
            _ => None,
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::Redirect(_) => StatusCode::SEE_OTHER,
            AppError::FlowLoop => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::BadUpstream(_) => StatusCode::BAD_GATEWAY,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Redirect(redirect) = self {
            let mut response = see_other(&redirect.location);
            if let Some(cookie) = &redirect.cookie {
                if response.add_cookie(cookie).is_err() {
                    return AppError::Internal("unusable cookie".to_owned()).error_response();
                }
            }
            return response;
        }
        let status = self.status_code();
        // The request's id: the page's reference matches the request's log lines.
        let operation_id =
            crate::trace::request_id().unwrap_or_else(|| crate::web::security::random_token(12));
        if status.is_server_error() {
            tracing::error!(%operation_id, status = status.as_u16(), error = %self, "request failed");
        } else {
            tracing::info!(%operation_id, status = status.as_u16(), error = %self, "request refused");
        }
        // The page itself is rendered by `render_error_pages`, which knows the request.
        let mut response = HttpResponse::build(status)
            .content_type(ContentType::html())
            .finish();
        response.extensions_mut().insert(ErrorPageContent {
            status,
            keys: self.title_and_message_keys(),
            retry_after: match self {
                AppError::TooManyRequests { retry_after, .. } => Some(*retry_after),
                _ => None,
            },
            operation_id,
            retry: None,
        });
        if let Some(seconds) = self.retry_after_seconds() {
            response.headers_mut().insert(RETRY_AFTER, seconds.into());
        }
        response
    }
}

/// "3 minutes", "1 minute", "45 seconds": a wait as a person reads it, rounded up.
pub fn wait_in_words(t: &Translator, wait: Duration) -> String {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    if seconds < 60 {
        t.with("wait-seconds", &[("count", Arg::from(seconds.max(1)))])
    } else {
        t.with(
            "wait-minutes",
            &[("count", Arg::from(seconds.div_ceil(60)))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::context::Learned;
    use actix_web::test::{self, TestRequest};
    use actix_web::{middleware::from_fn, web, App, HttpRequest};

    #[actix_web::test]
    async fn an_error_page_is_rendered_once_in_the_language_decided_for_its_request() {
        let app = test::init_service(App::new().wrap(from_fn(render_error_pages)).route(
            "/",
            web::get().to(|req: HttpRequest| async move {
                let learned = Learned {
                    ui_locales: vec!["de".to_owned()],
                    identity_locale: None,
                };
                PageContext::decide(&req, learned);
                Err::<HttpResponse, _>(AppError::NotFound("nothing here".to_owned()))
            }),
        ))
        .await;
        let req = TestRequest::get()
            .uri("/")
            .insert_header(("Accept-Language", "en"))
            .to_request();
        let res = test::call_service(&app, req).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let body = String::from_utf8(test::read_body(res).await.to_vec()).unwrap();
        let german = crate::i18n::Catalogs::built_in();
        let german = german.translator(german.get("de").unwrap());
        assert!(body.contains("lang=\"de\""), "{body}");
        assert!(body.contains(&german.t("error-not-found-title")), "{body}");
        assert_eq!(body.matches("<html").count(), 1, "{body}");
    }

    #[test]
    fn the_retry_link_stays_on_our_origin_and_never_resends_a_form() {
        let get = |uri: &str| retry_link(&TestRequest::get().uri(uri).to_http_request());
        assert_eq!(
            get("/login?login_challenge=abc").as_deref(),
            Some("/login?login_challenge=abc")
        );
        assert_eq!(get("/settings").as_deref(), Some("/settings"));
        assert_eq!(get("//evil.example/login"), None);
        assert_eq!(
            get("/%5Cevil.example/login").as_deref(),
            Some("/%5Cevil.example/login")
        );
        let post = TestRequest::post().uri("/consent").to_http_request();
        assert_eq!(retry_link(&post), None);
    }

    #[test]
    fn too_many_requests_says_when_to_try_again() {
        let err = AppError::TooManyRequests {
            what: "number",
            retry_after: Duration::from_millis(150_500),
        };
        let response = err.error_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers().get(RETRY_AFTER).unwrap(), "151");
        let t = Translator::default();
        assert!(err
            .title_and_message(&t)
            .1
            .contains("Try again in 3 minutes"));
        assert_eq!(wait_in_words(&t, Duration::from_secs(60)), "1 minute");
        assert_eq!(wait_in_words(&t, Duration::from_millis(10)), "1 second");
        assert_eq!(wait_in_words(&t, Duration::from_secs(59)), "59 seconds");
    }
}
