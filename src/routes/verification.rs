//! `/verification`: confirm an email address with a code.

use actix_web::{get, web, HttpRequest, HttpResponse};

use super::flow::{self, FlowQuery, PageText};
use crate::error::AppError;
use crate::ory::kratos::FlowKind;
use crate::security::CspNonce;
use crate::startup::AppState;
use crate::ui::{Forms, Purpose};

#[get("/verification")]
pub async fn verification(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    flow::start_or_show(
        &state,
        &req,
        &nonce,
        FlowKind::Verification,
        query.into_inner(),
        (Purpose::Other, Forms::Single),
        |_| PageText {
            title: "Verify your email address".to_owned(),
            heading: "Verify your email address".to_owned(),
            lead: String::new(),
            client: None,
            client_intro: String::new(),
            links: Vec::new(),
            show_group_titles: false,
        },
    )
    .await
}
