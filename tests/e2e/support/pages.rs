//! What vestibule's own forms and error pages are checked for, on the consent and logout pages
//! alike: hidden inputs, the CSRF cookie, and HTML error pages.

use reqwest::{StatusCode, Url};

use super::browser::{Browser, Page};
use super::Stack;

/// The name of vestibule's CSRF cookie in the test stacks.
pub const CSRF_COOKIE: &str = "vestibule_csrf";

/// The form of `page` that posts to `action` has a hidden input for each of `names`.
pub fn assert_hidden_inputs(page: &Page, action: &str, names: &[&str]) {
    for hidden in names {
        assert!(
            page.has(&format!(
                "form[action='{action}'] input[type=hidden][name={hidden}]"
            )),
            "{hidden} is a hidden input\n{page}"
        );
    }
}

/// Whether `browser` holds vestibule's CSRF cookie.
pub fn holds_csrf_cookie(stack: &Stack, browser: &Browser) -> bool {
    browser
        .cookie_header(&vestibule_origin(stack))
        .contains(&format!("{CSRF_COOKIE}="))
}

/// vestibule's root URL, where its cookies belong.
pub fn vestibule_origin(stack: &Stack) -> Url {
    Url::parse(&stack.vestibule_url("")).unwrap()
}

/// An HTML page whose status `expected` accepts (`what` says which).
pub fn assert_error_page(page: &Page, expected: impl Fn(StatusCode) -> bool, what: &str) {
    assert!(expected(page.status), "expected {what}\n{page}");
    assert!(page.is_html(), "{what}: an HTML page\n{page}");
}

/// A 403 HTML page for `what`, and the navigation went nowhere else.
pub fn assert_forbidden(page: &Page, what: &str) {
    assert_eq!(page.status, StatusCode::FORBIDDEN, "{what}: 403\n{page}");
    assert!(page.is_html(), "{what}: an HTML page\n{page}");
    assert_eq!(page.hops.len(), 1, "{what}: no redirect\n{page}");
}

/// Kratos's message `id` as vestibule shows it in English (the built-in catalog's words), with
/// the context values `args`.
pub fn kratos_english(id: u64, args: &[(&str, &str)]) -> String {
    let catalogs = vestibule::i18n::Catalogs::built_in();
    let english = catalogs.translator(catalogs.get("en").expect("an English catalog"));
    let args: Vec<(&str, vestibule::i18n::Arg)> = args
        .iter()
        .map(|(name, value)| (*name, vestibule::i18n::Arg::from(*value)))
        .collect();
    english.with(&format!("kratos-{id}"), &args)
}
