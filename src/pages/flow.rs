//! The one loader and renderer of every Kratos flow page (login, registration, recovery,
//! verification, settings): [`load`] reads the flow with the browser's cookies (restarting it
//! when it expired or is not the browser's), finds the OAuth2 sign-in and the app it belongs to,
//! and decides the page's language from all of it; [`LoadedFlow::render`] renders it with the
//! generic template and what the page adds. [`start`] sends the browser to Kratos for a new one.

use actix_web::{HttpRequest, HttpResponse};
use askama::Template;

use crate::domain::ids::{FlowId, LoginChallenge};
use crate::domain::signin;
use crate::metrics::metrics;
use crate::ory::kratos::{Flow, FlowError, FlowKind};
use crate::pages::links::cookie_header;
use crate::pages::oauth2::{client_context, ClientContext, ClientView};
use crate::state::AppState;
use crate::ui::{FlowView, Forms, Purpose};
use crate::web::context::{Learned, PageContext};
use crate::web::error::{see_other, AppError};
use crate::web::security::FormActionSources;
use crate::web::views::{self, Layout};

#[derive(Clone, Debug)]
pub struct PageLink {
    pub prefix: String,
    pub text: String,
    pub href: String,
}

/// What a flow page adds around the generic form.
#[derive(Clone, Debug)]
pub struct PageText {
    pub title: String,
    pub heading: String,
    pub lead: String,
    pub client: Option<ClientView>,
    pub links: Vec<PageLink>,
    pub show_group_titles: bool,
    /// What to fill into an empty sign-in identifier.
    pub identifier_hint: Option<String>,
}

impl PageText {
    /// A page with just a title (also its heading); fill in the rest with struct update syntax.
    pub fn titled(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            heading: title.to_owned(),
            lead: String::new(),
            client: None,
            links: Vec::new(),
            show_group_titles: false,
            identifier_hint: None,
        }
    }
}

#[derive(Template)]
#[template(path = "flow.html")]
pub struct FlowPage {
    pub layout: Layout,
    pub page: PageText,
    pub flow: FlowView,
}

/// Where to send the browser to start a flow of `kind` that ends at `return_to` (Kratos checks
/// it against its allow list).
pub fn kratos_start(state: &AppState, kind: FlowKind, return_to: Option<&str>) -> String {
    let params: Vec<(&str, &str)> = return_to
        .map(|rt| vec![("return_to", rt)])
        .unwrap_or_default();
    state.kratos.browser_flow_url(kind, &params).to_string()
}

/// Sends the browser to Kratos to start a flow of `kind` that ends at `return_to`; a Kratos that
/// is down gets the 503 page here instead of a dead address.
pub async fn start(
    state: &AppState,
    kind: FlowKind,
    return_to: Option<&str>,
) -> Result<HttpResponse, AppError> {
    state.kratos.ensure_reachable().await?;
    Ok(see_other(&kratos_start(state, kind, return_to)))
}

/// A Kratos flow with everything its page shows.
pub struct LoadedFlow {
    pub kind: FlowKind,
    pub flow: Flow,
    /// The OAuth2 sign-in the flow belongs to: from its `return_to` (our `/callback`), or the
    /// challenge a Kratos in its own Hydra mode keeps on the flow.
    pub challenge: Option<LoginChallenge>,
    /// The app of that sign-in, and where the form's redirects may lead.
    pub client: ClientContext,
    /// The page context, in the language decided from the request, the sign-in's `ui_locales`
    /// and the flow's identity's `traits.locale`.
    pub context: PageContext,
}

/// Reads flow `id` of `kind` and what its page shows. A flow that cannot be used is restarted at
/// Kratos (the error is the redirect), returning to the flow's own `return_to`, else to
/// `fallback_return_to`.
pub async fn load(
    state: &AppState,
    req: &HttpRequest,
    kind: FlowKind,
    id: &FlowId,
    fallback_return_to: Option<String>,
) -> Result<LoadedFlow, AppError> {
    let flow = fetch(state, req, kind, id, fallback_return_to).await?;
    let challenge =
        signin::challenge_in_return_to(&state.config.base_url, flow.return_to.as_deref()).or_else(
            || {
                flow.oauth2_login_challenge
                    .as_deref()
                    .and_then(|raw| LoginChallenge::parse(raw).ok())
            },
        );
    // Inside an OAuth2 sign-in, the form's redirects go on through Hydra to the client.
    let client = client_context(state, challenge.as_ref(), flow.return_to.as_deref()).await;
    // The whole sign-in speaks the app's `ui_locales`; settings speak the person's `traits.locale`.
    let learned = Learned {
        ui_locales: client.ui_locales.clone(),
        identity_locale: Learned::identity(flow.identity.as_ref().and_then(|i| i.get("traits"))),
    };
    let context = PageContext::decide(req, learned);
    Ok(LoadedFlow {
        kind,
        flow,
        challenge,
        client,
        context,
    })
}

impl LoadedFlow {
    /// The page: the flow's form laid out for `purpose`, with what `page` adds, the app named on
    /// the sign-in and sign-up pages, and the origins the form's redirects may lead to.
    ///
    /// The app's `login_hint` fills in the sign-in identifier only, below anything the person
    /// typed themselves: there a wrong hint only fails to sign in. The sign-up page neither fills
    /// it in nor offers it: the app chooses the hint, and as the new account's address it would
    /// let whoever holds that address recover the account later, unless the person noticed.
    pub fn render(self, purpose: Purpose, forms: Forms, page: PageText) -> HttpResponse {
        let names_client = matches!(self.kind, FlowKind::Login | FlowKind::Registration);
        let hint = self
            .client
            .login_hint
            .filter(|_| purpose == Purpose::SignIn);
        let page = PageText {
            client: page.client.or(self.client.client.filter(|_| names_client)),
            identifier_hint: page.identifier_hint.or(hint),
            ..page
        };
        let context = &self.context;
        let mut view = FlowView::new(&self.flow.ui, purpose, forms, &context.t);
        if let Some(hint) = &page.identifier_hint {
            view.prefill("identifier", hint);
        }
        let mut response = views::render(&FlowPage {
            layout: context.layout(),
            page,
            flow: view,
        });
        response
            .extensions_mut()
            .insert(FormActionSources(self.client.form_action));
        response
    }
}

/// Reads flow `id`; a flow that cannot be used is restarted at Kratos (the error is the
/// redirect), returning to `return_to` (the expired flow's own, or `fallback_return_to`).
///
/// Restarts are counted in a short-lived signed cookie: a browser that keeps being sent to
/// restart (Kratos's CSRF cookie never reaching vestibule, two Kratos URLs that do not lead to the
/// same Kratos) gets a page saying sign-in does not work instead of a redirect loop, and the log
/// says what to fix.
async fn fetch(
    state: &AppState,
    req: &HttpRequest,
    kind: FlowKind,
    id: &FlowId,
    fallback_return_to: Option<String>,
) -> Result<Flow, AppError> {
    let restart = |return_to: Option<String>, cause: RestartCause| {
        let restarts = restarts::counted(state, req);
        if restarts.count >= restarts::LIMIT {
            tracing::error!(
                flow = kind.as_str(),
                restarts = restarts.count,
                "{}",
                cause.explain(state, req)
            );
            return AppError::FlowLoop;
        }
        AppError::redirect_with_cookie(
            kratos_start(state, kind, return_to.as_deref()),
            restarts::next_cookie(state, &restarts),
        )
    };
    match state.kratos.flow(kind, id, cookie_header(req)).await {
        Ok(flow) => Ok(flow),
        Err(FlowError::Expired { return_to }) => {
            tracing::info!(flow = kind.as_str(), "flow expired; starting a new one");
            metrics().flow_restarted(kind.as_str(), "expired");
            Err(restart(
                return_to.or(fallback_return_to),
                RestartCause::Expired,
            ))
        }
        Err(FlowError::Forbidden) => {
            tracing::info!(
                flow = kind.as_str(),
                "flow not this browser's; starting a new one"
            );
            metrics().flow_restarted(kind.as_str(), "unusable");
            Err(restart(fallback_return_to, RestartCause::Forbidden))
        }
        Err(FlowError::NotFound) => {
            tracing::info!(flow = kind.as_str(), "flow unknown; starting a new one");
            metrics().flow_restarted(kind.as_str(), "unusable");
            Err(restart(fallback_return_to, RestartCause::NotFound))
        }
        Err(FlowError::Upstream(err)) => Err(err.into()),
    }
}

/// Why a flow had to start over, and what an operator should check when it keeps happening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RestartCause {
    Expired,
    Forbidden,
    NotFound,
}

impl RestartCause {
    /// The log line for the operator: which cookie did not arrive, and the setting to check.
    fn explain(self, state: &AppState, req: &HttpRequest) -> String {
        let config = &state.config;
        let kratos = config.kratos_browser_url.host_str().unwrap_or_default();
        let vestibule = config.base_url.host_str().unwrap_or_default();
        match self {
            RestartCause::Forbidden if !has_kratos_csrf_cookie(req) && kratos != vestibule => format!(
                "sign-in flows keep restarting: Kratos refuses every flow for lack of its CSRF cookie \
                 (csrf_token_...), which the browser does not send to vestibule. Kratos sets its cookies \
                 for the host browsers reach it at ({kratos}) unless `cookies.domain` says otherwise, \
                 and vestibule is at {vestibule}: serve Kratos's browser paths (/self-service/, \
                 /.well-known/ory/) under vestibule's host and set KRATOS_BROWSER_URL and Kratos's \
                 `serve.public.base_url` to BASE_URL's origin (docs/deployment.md), and serve them \
                 over https when Kratos runs without --dev (its cookies are then Secure)"
            ),
            RestartCause::Forbidden if !has_kratos_csrf_cookie(req) => format!(
                "sign-in flows keep restarting: Kratos refuses every flow for lack of its CSRF cookie \
                 (csrf_token_...), which the browser does not send to vestibule at {vestibule}. Check \
                 that Kratos's `cookies.path` and `session.cookie.path` are `/`, that no \
                 `cookies.domain` leaves out {vestibule}, and that the pages are served over https \
                 when Kratos runs without --dev (its cookies are then Secure)"
            ),
            RestartCause::Forbidden => format!(
                "sign-in flows keep restarting: the browser sends Kratos's CSRF cookie, but Kratos \
                 refuses it. Check that every Kratos instance has the same SECRETS_COOKIE, that \
                 KRATOS_PUBLIC_URL reaches the same Kratos as KRATOS_BROWSER_URL ({kratos}), and \
                 that Kratos's `serve.public.base_url` is KRATOS_BROWSER_URL"
            ),
            RestartCause::NotFound => format!(
                "sign-in flows keep restarting: Kratos does not know the flows it has just started. \
                 KRATOS_PUBLIC_URL ({}) and KRATOS_BROWSER_URL ({}) must reach the same Kratos \
                 (the same database)",
                config.kratos_public_url, config.kratos_browser_url
            ),
            RestartCause::Expired => "sign-in flows keep restarting: Kratos says each flow has \
             expired as soon as it starts. Check the flows' `lifespan` in Kratos's configuration \
             and the clocks of the machines Kratos runs on"
                .to_owned(),
        }
    }
}

/// Whether the request carries a Kratos CSRF cookie (`csrf_token_` and a hash of Kratos's URL).
fn has_kratos_csrf_cookie(req: &HttpRequest) -> bool {
    req.cookies()
        .map(|cookies| {
            cookies
                .iter()
                .any(|cookie| cookie.name().starts_with("csrf_token_"))
        })
        .unwrap_or(false)
}

/// The count of flow restarts a browser went through in the last moments.
pub mod restarts {
    use std::time::Duration;

    use actix_web::cookie::{time::Duration as CookieDuration, Cookie};
    use actix_web::HttpRequest;
    use time::OffsetDateTime;

    use crate::state::AppState;

    /// The cookie that counts restarts: `<count>.<first restart>.<signature>` (`__Host-` before
    /// its name over https).
    pub const COOKIE: &str = "vestibule_flow_restarts";
    /// Restarts within [`WINDOW`] after which the next one shows an error page instead. A loop
    /// goes through them in a second or two; a person meets a restart now and then (a flow left
    /// open until it expired, an old tab), never several in a row this fast.
    pub const LIMIT: u32 = 3;
    /// How long restarts are counted from the first.
    pub const WINDOW: Duration = Duration::from_secs(30);

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Restarts {
        pub count: u32,
        pub first_at: OffsetDateTime,
    }

    /// The restarts the browser's cookie counts (none when it is missing, forged or old).
    pub fn counted(state: &AppState, req: &HttpRequest) -> Restarts {
        let now = OffsetDateTime::now_utc();
        state
            .cookies
            .value(req, COOKIE)
            .and_then(|value| parse(state, &value, now))
            .unwrap_or(Restarts {
                count: 0,
                first_at: now,
            })
    }

    fn parse(state: &AppState, value: &str, now: OffsetDateTime) -> Option<Restarts> {
        let (count, token) = value.split_once('.')?;
        let first_at = state
            .flow_restart_signer
            .verify_bound(token, &[count], "", WINDOW, now)?;
        Some(Restarts {
            count: count.parse().ok()?,
            first_at,
        })
    }

    /// The cookie counting one more restart than `restarts`, expiring with the window.
    pub fn next_cookie(state: &AppState, restarts: &Restarts) -> Cookie<'static> {
        let count = (restarts.count + 1).to_string();
        let token = state
            .flow_restart_signer
            .sign_bound(&[&count], "", restarts.first_at);
        state
            .cookies
            .build(COOKIE, format!("{count}.{token}"))
            .max_age(CookieDuration::seconds(WINDOW.as_secs() as i64))
            .finish()
    }
}

/// `?flow=` and `?return_to=`, as every self-service page takes them.
#[derive(Debug, serde::Deserialize)]
pub struct FlowQuery {
    pub flow: Option<FlowId>,
    pub return_to: Option<String>,
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;
    use time::OffsetDateTime;

    use super::restarts::{self, Restarts};
    use super::*;
    use crate::config::Config;

    fn state() -> AppState {
        let secret = crate::config::random_secret();
        let config = Config::from_lookup(|name| {
            match name {
                "KRATOS_PUBLIC_URL" => Some("http://127.0.0.1:4433"),
                "KRATOS_BROWSER_URL" => Some("https://auth.example.com"),
                "KRATOS_ADMIN_URL" => Some("http://127.0.0.1:4434"),
                "HYDRA_ADMIN_URL" => Some("http://127.0.0.1:4445"),
                "BASE_URL" => Some("https://login.example.com"),
                "COOKIE_SECRET" => Some(secret.as_str()),
                _ => None,
            }
            .map(str::to_owned)
        })
        .expect("a production configuration");
        AppState::new(config).expect("state")
    }

    fn with_cookie(value: &str) -> HttpRequest {
        TestRequest::default()
            .cookie(actix_web::cookie::Cookie::new(
                format!("__Host-{}", restarts::COOKIE),
                value.to_owned(),
            ))
            .to_http_request()
    }

    #[test]
    fn restarts_are_counted_in_a_signed_secure_cookie() {
        let state = state();
        let none = restarts::counted(&state, &TestRequest::default().to_http_request());
        assert_eq!(none.count, 0);
        let cookie = restarts::next_cookie(&state, &none);
        assert_eq!(cookie.name(), "__Host-vestibule_flow_restarts");
        assert!(
            cookie.secure().unwrap_or(false),
            "Secure with an https BASE_URL"
        );
        assert!(cookie.http_only().unwrap_or(false));
        let one = restarts::counted(&state, &with_cookie(cookie.value()));
        assert_eq!(one.count, 1);
        let two = restarts::next_cookie(&state, &one);
        let counted = restarts::counted(&state, &with_cookie(two.value()));
        assert_eq!(counted.count, 2);
        assert_eq!(
            counted.first_at.unix_timestamp(),
            none.first_at.unix_timestamp()
        );
    }

    #[test]
    fn forged_or_stale_counts_are_ignored() {
        let state = state();
        let genuine = restarts::next_cookie(
            &state,
            &Restarts {
                count: 1,
                first_at: OffsetDateTime::now_utc(),
            },
        );
        let forged = genuine.value().replacen('2', "9", 1);
        assert_eq!(restarts::counted(&state, &with_cookie(&forged)).count, 0);
        let stale = restarts::next_cookie(
            &state,
            &Restarts {
                count: 5,
                first_at: OffsetDateTime::now_utc() - time::Duration::seconds(60),
            },
        );
        assert_eq!(
            restarts::counted(&state, &with_cookie(stale.value())).count,
            0
        );
    }

    #[test]
    fn the_log_names_the_cookie_that_did_not_arrive_and_the_setting() {
        let state = state();
        let without = TestRequest::default().to_http_request();
        let explained = RestartCause::Forbidden.explain(&state, &without);
        assert!(explained.contains("csrf_token_"), "{explained}");
        assert!(explained.contains("cookies.domain"), "{explained}");
        assert!(explained.contains("auth.example.com"), "{explained}");
        assert!(explained.contains("login.example.com"), "{explained}");
        assert!(explained.contains("KRATOS_BROWSER_URL"), "{explained}");

        let with = TestRequest::default()
            .cookie(actix_web::cookie::Cookie::new("csrf_token_abc", "x"))
            .to_http_request();
        let explained = RestartCause::Forbidden.explain(&state, &with);
        assert!(explained.contains("SECRETS_COOKIE"), "{explained}");
        let explained = RestartCause::NotFound.explain(&state, &with);
        assert!(explained.contains("KRATOS_PUBLIC_URL"), "{explained}");
    }
}
