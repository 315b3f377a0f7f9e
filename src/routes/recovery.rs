//! `/recovery`: regain access to an account with a code sent by email. Kratos continues into a
//! settings flow so a new password can be set; `return_to` carries on from there.

use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::i18n::Translator;
use crate::ory::kratos::FlowKind;
use crate::pages::flow::{self, FlowQuery, PageLink, PageText};
use crate::pages::links::local_link;
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
use crate::web::error::AppError;

#[get("/recovery")]
pub async fn recovery(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    let FlowQuery { flow, return_to } = query.into_inner();
    let Some(flow_id) = flow else {
        return flow::start(&state, FlowKind::Recovery, return_to.as_deref()).await;
    };
    let found = flow::load(&state, &req, FlowKind::Recovery, &flow_id, return_to).await?;
    let t = &found.context.t;
    let page = PageText {
        lead: t.t("recovery-lead"),
        links: vec![back_to_sign_in(found.flow.return_to.as_deref(), t)],
        ..PageText::titled(&t.t("recovery-title"))
    };
    Ok(found.render(Purpose::Other, Forms::Single, page))
}

/// "Back to sign in", carrying `return_to` so an OAuth2 sign-in can resume.
fn back_to_sign_in(return_to: Option<&str>, t: &Translator) -> PageLink {
    PageLink {
        prefix: t.t("recovery-remembered"),
        text: t.t("back-to-sign-in"),
        href: local_link(
            "/login",
            &return_to
                .map(|rt| vec![("return_to", rt.to_owned())])
                .unwrap_or_default(),
        ),
    }
}
