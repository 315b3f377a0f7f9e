//! `/verification`: confirm an email address with a code.

use actix_web::{get, web, HttpRequest, HttpResponse};

use url::Url;

use crate::i18n::Translator;
use crate::ory::kratos::FlowKind;
use crate::pages::flow::{self, FlowQuery, PageLink, PageText};
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
use crate::web::error::AppError;

#[get("/verification")]
pub async fn verification(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    let FlowQuery { flow, return_to } = query.into_inner();
    let Some(flow_id) = flow else {
        return flow::start(&state, FlowKind::Verification, return_to.as_deref()).await;
    };
    let found = flow::load(&state, &req, FlowKind::Verification, &flow_id, return_to).await?;
    let t = &found.context.t;
    let page = PageText {
        links: skip_link(&state.config.base_url, found.flow.return_to.as_deref(), t)
            .into_iter()
            .collect(),
        ..PageText::titled(&t.t("verification-title"))
    };
    Ok(found.render(Purpose::Other, Forms::Single, page))
}

/// After sign-up Kratos shows verification before returning to the app; people who want to verify
/// later may go on. Only our own pages (such as the OAuth2 `/callback`) are offered.
fn skip_link(base_url: &Url, return_to: Option<&str>, t: &Translator) -> Option<PageLink> {
    let return_to = Url::parse(return_to?).ok()?;
    if return_to.origin() != base_url.origin() || !return_to.path().starts_with(base_url.path()) {
        return None;
    }
    Some(PageLink {
        prefix: t.t("verification-not-now"),
        text: t.t("verification-skip"),
        href: return_to.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_pages_are_offered_to_skip_to() {
        let base = Url::parse("http://localhost:4455/").unwrap();
        let link = skip_link(
            &base,
            Some("http://localhost:4455/callback?login_challenge=abc"),
            &Translator::default(),
        )
        .unwrap();
        assert_eq!(
            link.href,
            "http://localhost:4455/callback?login_challenge=abc"
        );
        assert!(skip_link(
            &base,
            Some("http://evil.example/callback"),
            &Translator::default()
        )
        .is_none());
        assert!(skip_link(&base, Some("javascript:alert(1)"), &Translator::default()).is_none());
        assert!(skip_link(&base, None, &Translator::default()).is_none());
    }
}
