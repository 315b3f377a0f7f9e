//! `/recovery`: regain access to an account with a code sent by email. Kratos continues into a
//! settings flow so a new password can be set; `return_to` carries on from there.

use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::i18n::Translator;
use crate::ory::kratos::FlowKind;
use crate::pages::flow::{self, FlowQuery, PageLink, PageText};
use crate::pages::links::local_link;
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
use crate::web::context::PageContext;
use crate::web::error::AppError;

#[get("/recovery")]
pub async fn recovery(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    flow::start_or_show(
        &state,
        &req,
        &context,
        FlowKind::Recovery,
        query.into_inner(),
        (Purpose::Other, Forms::Single),
        |flow, t| PageText {
            lead: t.t("recovery-lead"),
            links: vec![back_to_sign_in(flow.return_to.as_deref(), t)],
            ..PageText::titled(&t.t("recovery-title"))
        },
    )
    .await
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
