//! What every Kratos flow page shares: reading the flow with the browser's cookies, restarting
//! it when it expired or is not the browser's, and rendering it with the generic template.

use actix_web::{HttpRequest, HttpResponse};
use askama::Template;

use crate::domain::ids::FlowId;
use crate::domain::signin;
use crate::i18n::Translator;
use crate::ory::kratos::{Flow, FlowError, FlowKind};
use crate::pages::links::cookie_header;
use crate::pages::oauth2;
use crate::state::AppState;
use crate::ui::{FlowView, Forms, Purpose};
use crate::web::context::PageContext;
use crate::web::error::AppError;
use crate::web::security::FormActionSources;
use crate::web::views::{self, Layout};

/// The OAuth2 client a flow belongs to, as the page names it.
#[derive(Clone, Debug)]
pub struct ClientView {
    pub name: String,
    pub logo_uri: String,
}

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
    /// What to fill into an empty email trait on sign-up.
    pub email_hint: Option<String>,
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
            email_hint: None,
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

/// Reads flow `id`; a flow that cannot be used is restarted at Kratos (the error is the
/// redirect), returning to `return_to` (the expired flow's own, or `fallback_return_to`).
pub async fn load(
    state: &AppState,
    req: &HttpRequest,
    kind: FlowKind,
    id: &FlowId,
    fallback_return_to: Option<String>,
) -> Result<Flow, AppError> {
    let restart = |return_to: Option<String>| {
        AppError::Redirect(kratos_start(state, kind, return_to.as_deref()))
    };
    match state.kratos.flow(kind, id, cookie_header(req)).await {
        Ok(flow) => Ok(flow),
        Err(FlowError::Expired { return_to }) => {
            tracing::info!(flow = kind.as_str(), "flow expired; starting a new one");
            Err(restart(return_to.or(fallback_return_to)))
        }
        Err(FlowError::Forbidden | FlowError::NotFound) => {
            tracing::info!(
                flow = kind.as_str(),
                "flow unknown or not this browser's; starting a new one"
            );
            Err(restart(fallback_return_to))
        }
        Err(FlowError::Upstream(err)) => Err(err.into()),
    }
}

/// `?flow=` and `?return_to=`, as every self-service page takes them.
#[derive(Debug, serde::Deserialize)]
pub struct FlowQuery {
    pub flow: Option<FlowId>,
    pub return_to: Option<String>,
}

/// The whole of a simple flow page: without `flow`, start one at Kratos (passing `return_to` on;
/// Kratos checks it against its allow list); with `flow`, render it with what `page` adds.
pub async fn start_or_show(
    state: &AppState,
    req: &HttpRequest,
    context: &PageContext,
    kind: FlowKind,
    query: FlowQuery,
    layout: (Purpose, Forms),
    page: impl FnOnce(&Flow, &Translator) -> PageText,
) -> Result<HttpResponse, AppError> {
    let Some(flow_id) = query.flow else {
        return Err(AppError::Redirect(kratos_start(
            state,
            kind,
            query.return_to.as_deref(),
        )));
    };
    let flow = load(state, req, kind, &flow_id, query.return_to).await?;
    // Inside an OAuth2 sign-in (`return_to` is `/callback?login_challenge=`), the form's
    // redirects go on through Hydra to the client, as on the sign-in page.
    let challenge =
        signin::challenge_in_return_to(&state.config.base_url, flow.return_to.as_deref());
    let client = oauth2::client_context(state, challenge.as_ref(), flow.return_to.as_deref()).await;
    let form_action = client.form_action;
    // The whole sign-in speaks the app's `ui_locales`; settings speak the person's `traits.locale`.
    let context = context
        .with_identity_locale(flow.identity.as_ref().and_then(|i| i.get("traits")))
        .with_ui_locales(&client.ui_locales);
    let text = page(&flow, &context.t);
    Ok(render(
        &context,
        &flow,
        layout.0,
        layout.1,
        text,
        form_action,
    ))
}

/// Renders a flow. `form_action` lists the origins the form's redirects may lead to.
pub fn render(
    context: &PageContext,
    flow: &Flow,
    purpose: Purpose,
    forms: Forms,
    page: PageText,
    form_action: Vec<String>,
) -> HttpResponse {
    let mut view = FlowView::new(&flow.ui, purpose, forms, &context.t);
    if let Some(hint) = &page.identifier_hint {
        view.prefill("identifier", hint);
    }
    if let Some(hint) = &page.email_hint {
        view.prefill("traits.email", hint);
    }
    let page = FlowPage {
        layout: context.layout(),
        page,
        flow: view,
    };
    let mut response = views::render(&page);
    response
        .extensions_mut()
        .insert(FormActionSources(form_action));
    response
}
