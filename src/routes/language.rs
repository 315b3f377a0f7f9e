//! The language switcher: remembers the language a person picks (a cookie) and sends them back
//! to the page they were on. A plain GET form, so it works without JavaScript; it changes only a
//! preference, so it needs no CSRF token. It only ever returns to a path of this site.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::{get, web, HttpResponse};
use serde::Deserialize;

use crate::pages::links::with_cookie;
use crate::state::AppState;
use crate::web::context::{PageContext, LANGUAGE_COOKIE};
use crate::web::error::{see_other, AppError};
use crate::web::views::is_local_path;

#[derive(Debug, Deserialize)]
pub struct LanguageQuery {
    locale: String,
    return_to: Option<String>,
}

#[get("/language")]
pub async fn switch(
    state: web::Data<AppState>,
    context: PageContext,
    query: web::Query<LanguageQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(locale) = context.t.catalogs().get(&query.locale) else {
        return Err(AppError::BadRequest(format!(
            "no catalog for the language `{}`",
            query.locale.chars().take(20).collect::<String>()
        )));
    };
    let cookie = state
        .cookies
        .build(LANGUAGE_COOKIE, locale.tag.clone())
        .max_age(CookieDuration::days(365))
        .finish();
    let back = query
        .return_to
        .as_deref()
        .filter(|path| is_local_path(path))
        .unwrap_or("/");
    with_cookie(see_other(back), Some(cookie))
}

#[cfg(test)]
mod tests {
    use crate::web::views::is_local_path;

    #[test]
    fn only_paths_of_this_site_are_returned_to() {
        assert!(is_local_path("/login?flow=abc"));
        assert!(is_local_path("/"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example/"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/x\r\nSet-Cookie: a=b"));
        assert!(!is_local_path("javascript:alert(1)"));
        assert!(!is_local_path(""));
    }
}
