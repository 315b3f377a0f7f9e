//! A small scripted browser: one cookie jar, redirects followed hop by hop (each one recorded so
//! a test can assert on the path a flow took), and just enough HTML understanding to fill in and
//! submit the forms a person would.
//!
//! Every failure panics with the page it happened on (status, URL, hops and the start of the
//! body), so a red test says where the flow went instead of only that it went wrong.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::{HeaderMap, ACCEPT, CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode, Url};
use scraper::{ElementRef, Html, Selector};

/// More hops than any flow here takes (the longest, Hydra -> vestibule -> Kratos -> vestibule ->
/// Hydra -> vestibule, is about six); reaching it means a redirect loop.
const HOP_LIMIT: usize = 20;
const BODY_PREVIEW: usize = 2000;
const BROWSER_ACCEPT: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// One request of a navigation and what it answered.
#[derive(Clone, Debug)]
pub struct Hop {
    pub method: Method,
    pub url: Url,
    pub status: StatusCode,
    /// The resolved `Location` of a redirect.
    pub location: Option<Url>,
    pub headers: HeaderMap,
}

impl fmt::Display for Hop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} -> {}",
            self.method,
            short(&self.url),
            self.status.as_u16()
        )?;
        if let Some(location) = &self.location {
            write!(f, " -> {}", short(location))?;
        }
        Ok(())
    }
}

/// `url` for people: query values longer than 80 characters (Hydra's challenges and verifiers
/// run to 1,500) cut to their first 56 characters and their length.
pub fn short(url: &Url) -> String {
    let long = |value: &str| value.chars().count() > 80;
    if !url.query_pairs().any(|(_, value)| long(&value)) {
        return url.to_string();
    }
    let mut out = url.clone();
    out.set_query(None);
    let pairs: Vec<String> = url
        .query_pairs()
        .map(|(key, value)| {
            if long(&value) {
                let start: String = value.chars().take(56).collect();
                format!("{key}={start}...[{} chars]", value.chars().count())
            } else {
                format!("{key}={value}")
            }
        })
        .collect();
    format!("{out}?{}", pairs.join("&"))
}

/// Where a navigation ended: the last response, and every hop that led to it.
#[derive(Clone, Debug)]
pub struct Page {
    pub url: Url,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// Every request of the navigation, the last one included.
    pub hops: Vec<Hop>,
    /// The redirect target the navigation stopped at, without requesting it.
    pub location: Option<Url>,
}

#[derive(Clone)]
pub struct Browser {
    client: reqwest::Client,
    jar: Arc<Jar>,
}

impl Default for Browser {
    fn default() -> Self {
        Self::new()
    }
}

impl Browser {
    /// A browser with an empty cookie jar.
    pub fn new() -> Self {
        Self::with_jar(Arc::new(Jar::default()))
    }

    fn with_jar(jar: Arc<Jar>) -> Self {
        Self::with_jar_and_headers(jar, HeaderMap::new())
    }

    fn with_jar_and_headers(jar: Arc<Jar>, mut headers: HeaderMap) -> Self {
        headers.insert(ACCEPT, BROWSER_ACCEPT.parse().unwrap());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .user_agent("vestibule-e2e-browser")
            .default_headers(headers)
            .build()
            .expect("build the test browser");
        Self { client, jar }
    }

    /// The underlying client, for JSON calls that must carry this browser's cookies.
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The `Cookie` header this browser would send to `url`.
    pub fn cookie_header(&self, url: &Url) -> String {
        self.jar
            .cookies(url)
            .map(|value| value.to_str().unwrap_or_default().to_owned())
            .unwrap_or_default()
    }

    /// A second browser holding the cookies this one sends to `url`, except those `forget`
    /// picks by name: the same person after one service's cookies are gone (expired or
    /// cleared). The copies are host cookies with path `/`.
    pub fn forgetting(&self, url: &Url, forget: impl Fn(&str) -> bool) -> Browser {
        let jar = Arc::new(Jar::default());
        for pair in self.cookie_header(url).split("; ") {
            if let Some((name, _)) = pair.split_once('=') {
                if !forget(name) {
                    jar.add_cookie_str(&format!("{pair}; Path=/"), url);
                }
            }
        }
        Self::with_jar(jar)
    }

    /// A browser with an empty cookie jar whose requests arrive through a proxy that says they
    /// came from `client` (`X-Forwarded-For`), so tests can stand for different people.
    pub fn from_address(client: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", client.parse().expect("an address"));
        Self::with_jar_and_headers(Arc::new(Jar::default()), headers)
    }

    /// A browser with an empty cookie jar whose person reads the languages of `accept_language`
    /// (an `Accept-Language` header).
    pub fn speaking(accept_language: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            accept_language.parse().expect("an Accept-Language header"),
        );
        Self::with_jar_and_headers(Arc::new(Jar::default()), headers)
    }

    /// Stores a cookie (`name=value; attributes`) as if `url` had set it.
    pub fn set_cookie(&self, url: &Url, cookie: &str) {
        self.jar.add_cookie_str(cookie, url);
    }

    /// The value of the cookie `name` this browser sends to `url`.
    pub fn cookie(&self, url: &Url, name: &str) -> Option<String> {
        self.cookie_header(url).split("; ").find_map(|pair| {
            pair.split_once('=')
                .filter(|(key, _)| *key == name)
                .map(|(_, value)| value.to_owned())
        })
    }

    /// One request, no redirect followed: a 3xx comes back with `location` set.
    pub async fn get(&self, url: impl AsRef<str>) -> Page {
        self.follow(url, |_| true).await
    }

    /// Navigates to `url` and follows redirects until one points where `stop` says (that
    /// location is not requested) or a response is not a redirect.
    pub async fn follow(&self, url: impl AsRef<str>, stop: impl Fn(&Url) -> bool) -> Page {
        let url = parse_url(url.as_ref());
        self.navigate(Method::GET, url, None, &stop).await
    }

    /// Posts `fields` form-encoded to `url`, then follows redirects like [`Browser::follow`].
    pub async fn post_form(
        &self,
        url: &Url,
        fields: &[(String, String)],
        stop: impl Fn(&Url) -> bool,
    ) -> Page {
        self.navigate(Method::POST, url.clone(), Some(fields.to_vec()), &stop)
            .await
    }

    async fn navigate(
        &self,
        mut method: Method,
        mut url: Url,
        mut form: Option<Vec<(String, String)>>,
        stop: &dyn Fn(&Url) -> bool,
    ) -> Page {
        let mut hops: Vec<Hop> = Vec::new();
        loop {
            if hops.len() == HOP_LIMIT {
                panic!(
                    "more than {HOP_LIMIT} redirects, a loop?\n{}",
                    hops_listing(&hops)
                );
            }
            let mut request = self.client.request(method.clone(), url.clone());
            if let Some(fields) = &form {
                request = request.form(fields);
            }
            let response = request.send().await.unwrap_or_else(|e| {
                panic!(
                    "{method} {url} failed: {e:?}\nafter:\n{}",
                    hops_listing(&hops)
                )
            });
            let status = response.status();
            let headers = response.headers().clone();
            let location = if status.is_redirection() {
                headers.get(LOCATION).map(|value| {
                    let value = value.to_str().unwrap_or_else(|_| {
                        panic!("{method} {url} answered a Location that is not text: {value:?}")
                    });
                    url.join(value).unwrap_or_else(|e| {
                        panic!("{method} {url} answered an unusable Location {value:?}: {e}")
                    })
                })
            } else {
                None
            };
            let body = response.text().await.unwrap_or_else(|e| {
                panic!("reading the body of {method} {url} ({status}) failed: {e:?}")
            });
            hops.push(Hop {
                method: method.clone(),
                url: url.clone(),
                status,
                location: location.clone(),
                headers: headers.clone(),
            });
            match location {
                Some(next) if !stop(&next) => {
                    // What browsers do: 307/308 repeat the request, the others turn into a GET.
                    if !matches!(
                        status,
                        StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT
                    ) {
                        method = Method::GET;
                        form = None;
                    }
                    url = next;
                }
                location => {
                    return Page {
                        url,
                        status,
                        headers,
                        body,
                        hops,
                        location,
                    }
                }
            }
        }
    }
}

fn parse_url(url: &str) -> Url {
    Url::parse(url).unwrap_or_else(|e| panic!("not a URL: {url:?}: {e}"))
}

fn hops_listing(hops: &[Hop]) -> String {
    hops.iter()
        .map(|hop| format!("  {hop}\n"))
        .collect::<String>()
}

/// The value of query parameter `name` in `url`, if present.
pub fn query_param(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// A stop predicate: the location is Hydra's consent step, i.e. the consent URL Hydra sends
/// browsers to (`.../consent?consent_challenge=...`).
pub fn is_consent(url: &Url) -> bool {
    url.path().ends_with("/consent") && query_param(url, "consent_challenge").is_some()
}

/// A stop predicate that never stops: follow every redirect to the first page.
pub fn never(_: &Url) -> bool {
    false
}

/// A link on a page.
#[derive(Clone, Debug)]
pub struct Link {
    /// Resolved against the page's URL.
    pub href: Url,
    pub text: String,
}

impl Page {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    pub fn query_param(&self, name: &str) -> Option<String> {
        query_param(&self.url, name)
    }

    pub fn is_html(&self) -> bool {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"))
    }

    /// The text a person sees: the body's text nodes outside scripts and styles, with runs of
    /// whitespace collapsed to one space.
    pub fn text(&self) -> String {
        let html = self.html();
        let body = Selector::parse("body").unwrap();
        let Some(body) = html.select(&body).next() else {
            return String::new();
        };
        let mut words = Vec::new();
        for node in body.descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            let hidden = node.ancestors().any(|ancestor| {
                ancestor.value().as_element().is_some_and(|element| {
                    matches!(element.name(), "script" | "style" | "template")
                })
            });
            if !hidden {
                words.extend(text.split_whitespace().map(str::to_owned));
            }
        }
        words.join(" ")
    }

    /// Whether the visible text contains `needle` (compared with whitespace collapsed).
    pub fn has_text(&self, needle: &str) -> bool {
        let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
        self.text().contains(&needle)
    }

    /// Every `<a href>` on the page.
    pub fn links(&self) -> Vec<Link> {
        let html = self.html();
        let anchors = Selector::parse("a[href]").unwrap();
        html.select(&anchors)
            .filter_map(|a| {
                let href = self.url.join(a.attr("href")?).ok()?;
                let text = a.text().flat_map(str::split_whitespace).collect::<Vec<_>>();
                Some(Link {
                    href,
                    text: text.join(" "),
                })
            })
            .collect()
    }

    /// Every `<form>` on the page, as a browser would submit it.
    pub fn forms(&self) -> Vec<Form> {
        let html = self.html();
        let forms = Selector::parse("form").unwrap();
        html.select(&forms)
            .map(|element| Form::from_element(element, &self.url))
            .collect()
    }

    /// The one form on the page that `query` picks: a CSS selector (`"form#login"`,
    /// `"form:has(input[name=password])"`) or a predicate on the parsed form. Panics unless
    /// exactly one form matches.
    pub fn form(&self, query: impl FormQuery) -> Form {
        let html = self.html();
        let forms = Selector::parse("form").unwrap();
        let all: Vec<(ElementRef, Form)> = html
            .select(&forms)
            .map(|element| (element, Form::from_element(element, &self.url)))
            .collect();
        let mut matching: Vec<&Form> = all
            .iter()
            .filter(|(element, form)| query.matches(element, form))
            .map(|(_, form)| form)
            .collect();
        let listing = || {
            all.iter()
                .map(|(_, form)| format!("{form}\n"))
                .collect::<String>()
        };
        match matching.len() {
            1 => matching.remove(0).clone(),
            0 => panic!(
                "no form matches {}; the page has {} form(s):\n{}\n{self}",
                query.describe(),
                all.len(),
                listing()
            ),
            n => panic!(
                "{n} forms match {}, expected one:\n{}\n{self}",
                query.describe(),
                listing()
            ),
        }
    }

    /// Whether the page has an `<input>` named `name`, in a form or not.
    pub fn has_input(&self, name: &str) -> bool {
        self.has(&format!("input[name={name:?}]"))
    }

    /// Whether any element of the page matches the CSS selector `css`.
    pub fn has(&self, css: &str) -> bool {
        let selector =
            Selector::parse(css).unwrap_or_else(|e| panic!("bad CSS selector {css:?}: {e:?}"));
        let found = self.html().select(&selector).next().is_some();
        found
    }

    /// The page's status, or a panic showing the page.
    pub fn assert_status(&self, expected: StatusCode) -> &Self {
        assert_eq!(self.status, expected, "unexpected status\n{self}");
        self
    }

    /// The redirect this navigation stopped at, or a panic showing the page.
    pub fn stopped_at(&self) -> &Url {
        self.location
            .as_ref()
            .unwrap_or_else(|| panic!("expected the navigation to stop at a redirect\n{self}"))
    }
}

impl fmt::Display for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "--- page: {} at {}", self.status, short(&self.url))?;
        if let Some(location) = &self.location {
            writeln!(f, "stopped at redirect to {}", short(location))?;
        }
        writeln!(f, "hops:\n{}", hops_listing(&self.hops))?;
        let preview: String = self.body.chars().take(BODY_PREVIEW).collect();
        let more = if preview.len() < self.body.len() {
            "\n[...]"
        } else {
            ""
        };
        write!(f, "body:\n{preview}{more}\n---")
    }
}

/// How [`Page::form`] picks a form: a CSS selector, or a predicate on the parsed form.
pub trait FormQuery {
    fn matches(&self, element: &ElementRef, form: &Form) -> bool;
    fn describe(&self) -> String;
}

impl FormQuery for &str {
    fn matches(&self, element: &ElementRef, _: &Form) -> bool {
        Selector::parse(self)
            .unwrap_or_else(|e| panic!("bad CSS selector {self:?}: {e:?}"))
            .matches(element)
    }
    fn describe(&self) -> String {
        format!("the selector {self:?}")
    }
}

impl<F: Fn(&Form) -> bool> FormQuery for F {
    fn matches(&self, _: &ElementRef, form: &Form) -> bool {
        self(form)
    }
    fn describe(&self) -> String {
        "the predicate".to_owned()
    }
}

/// A form as a browser would submit it. `fields` are the successful controls (named inputs,
/// checked boxes, selects, textareas) in document order; submit buttons are kept apart in
/// `buttons` and only the one clicked is sent.
#[derive(Clone, Debug)]
pub struct Form {
    /// Resolved against the page's URL; the page's own URL when the form has no action.
    pub action: Url,
    /// Lower case, `get` when the form does not say.
    pub method: String,
    pub fields: Vec<(String, String)>,
    /// `(name, value)` of every named submit button.
    pub buttons: Vec<(String, String)>,
}

impl Form {
    fn from_element(form: ElementRef, page_url: &Url) -> Form {
        let action = match form.attr("action").map(str::trim) {
            Some(action) if !action.is_empty() => page_url
                .join(action)
                .unwrap_or_else(|e| panic!("form action {action:?} is not a URL: {e}")),
            _ => page_url.clone(),
        };
        let method = form
            .attr("method")
            .unwrap_or("get")
            .trim()
            .to_ascii_lowercase();
        let controls = Selector::parse("input, button, select, textarea").unwrap();
        let options = Selector::parse("option").unwrap();
        let mut fields = Vec::new();
        let mut buttons = Vec::new();
        for control in form.select(&controls) {
            let Some(name) = control.attr("name").filter(|name| !name.is_empty()) else {
                continue;
            };
            if control.attr("disabled").is_some() {
                continue;
            }
            let name = name.to_owned();
            let value = control.attr("value").unwrap_or_default().to_owned();
            match control.value().name() {
                "button" => {
                    let kind = control
                        .attr("type")
                        .unwrap_or("submit")
                        .to_ascii_lowercase();
                    if kind == "submit" {
                        buttons.push((name, value));
                    }
                }
                "input" => {
                    let kind = control.attr("type").unwrap_or("text").to_ascii_lowercase();
                    match kind.as_str() {
                        "submit" | "image" => buttons.push((name, value)),
                        "button" | "reset" | "file" => {}
                        "checkbox" | "radio" => {
                            if control.attr("checked").is_some() {
                                let value = control.attr("value").unwrap_or("on").to_owned();
                                fields.push((name, value));
                            }
                        }
                        _ => fields.push((name, value)),
                    }
                }
                "select" => {
                    let all: Vec<ElementRef> = control.select(&options).collect();
                    let chosen = all
                        .iter()
                        .find(|option| option.attr("selected").is_some())
                        .or(all.first());
                    if let Some(option) = chosen {
                        let value = option
                            .attr("value")
                            .map(str::to_owned)
                            .unwrap_or_else(|| option.text().collect::<String>());
                        fields.push((name, value));
                    }
                }
                "textarea" => fields.push((name, control.text().collect())),
                _ => {}
            }
        }
        Form {
            action,
            method,
            fields,
            buttons,
        }
    }

    /// The value of the first field named `name`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn has_field(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    pub fn has_button(&self, name: &str, value: &str) -> bool {
        self.buttons.iter().any(|(n, v)| n == name && v == value)
    }

    /// Types `value` into the field `name` (every field of that name). Panics if the form has
    /// no such field: a test only fills in what the page shows.
    pub fn set(&mut self, name: &str, value: &str) -> &mut Self {
        let mut found = false;
        for (key, old) in &mut self.fields {
            if key == name {
                *old = value.to_owned();
                found = true;
            }
        }
        assert!(found, "the form has no field {name:?}:\n{self}");
        self
    }

    /// Submits the form the way clicking `button` (a `(name, value)` submit button that must be
    /// in the form) or pressing Enter (`None`) would, then follows redirects like
    /// [`Browser::follow`].
    pub async fn submit(
        &self,
        browser: &Browser,
        button: Option<(&str, &str)>,
        stop: impl Fn(&Url) -> bool,
    ) -> Page {
        let mut fields = self.fields.clone();
        if let Some((name, value)) = button {
            assert!(
                self.has_button(name, value),
                "the form has no submit button {name}={value}:\n{self}"
            );
            fields.push((name.to_owned(), value.to_owned()));
        }
        match self.method.as_str() {
            "post" => browser.post_form(&self.action, &fields, stop).await,
            "get" => {
                let mut url = self.action.clone();
                url.query_pairs_mut().clear().extend_pairs(&fields);
                browser.follow(url, stop).await
            }
            other => panic!("cannot submit a form with method {other:?}:\n{self}"),
        }
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<form method={} action={}>", self.method, self.action)?;
        for (name, value) in &self.fields {
            write!(f, " {name}={value:?}")?;
        }
        for (name, value) in &self.buttons {
            write!(f, " [button {name}={value:?}]")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Page {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, "text/html; charset=utf-8".parse().unwrap());
        Page {
            url: Url::parse("http://localhost:4455/login?flow=1").unwrap(),
            status: StatusCode::OK,
            headers,
            body: body.to_owned(),
            hops: Vec::new(),
            location: None,
        }
    }

    const LOGIN: &str = r#"<html><head><title>Sign in</title><style>p{}</style></head><body>
        <h1>Sign in to <b>Demo   app</b></h1>
        <script>var hidden = "not visible";</script>
        <form action="http://localhost:4433/self-service/login?flow=1" method="POST">
          <input type="hidden" name="csrf_token" value="tok">
          <input name="identifier" type="email" value="">
          <input name="password" type="password">
          <input type="checkbox" name="remember" value="yes">
          <input type="checkbox" name="agree" checked>
          <input type="submit" name="ignored" value="x">
          <button type="button" name="reveal" value="1">Show</button>
          <button type="submit" name="method" value="password">Sign in</button>
          <button name="method" value="code">Email me a code</button>
        </form>
        <form action="/registration" method="get"><input name="q" value="1"></form>
        <a href="/registration?login_challenge=a%26b">Create an account</a>
        </body></html>"#;

    #[test]
    fn forms_hold_what_a_browser_would_submit() {
        let page = page(LOGIN);
        let form = page.form("form:has(input[name=password])");
        assert_eq!(
            form.action.as_str(),
            "http://localhost:4433/self-service/login?flow=1"
        );
        assert_eq!(form.method, "post");
        let fields: Vec<(&str, &str)> = form
            .fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("csrf_token", "tok"),
                ("identifier", ""),
                ("password", ""),
                ("agree", "on")
            ]
        );
        assert!(form.has_button("method", "password"));
        assert!(form.has_button("method", "code"));
        assert!(form.has_button("ignored", "x"));
        assert!(!form.has_button("reveal", "1"));

        let other = page.form(|form: &Form| form.has_field("q"));
        assert_eq!(other.action.as_str(), "http://localhost:4455/registration");
        assert_eq!(other.method, "get");
    }

    #[test]
    fn set_changes_a_field_and_refuses_unknown_ones() {
        let mut form = page(LOGIN).form("form:has(input[name=password])");
        form.set("identifier", "a@example.com")
            .set("password", "secret");
        assert_eq!(form.field("identifier"), Some("a@example.com"));
        assert_eq!(form.field("password"), Some("secret"));
        let unknown = std::panic::catch_unwind(move || {
            form.set("nope", "x");
        });
        assert!(unknown.is_err());
    }

    #[test]
    fn text_and_links_are_what_a_person_sees() {
        let page = page(LOGIN);
        assert!(page.has_text("Sign in to Demo app"), "{}", page.text());
        assert!(!page.has_text("not visible"));
        assert!(!page.has_text("p{}"));
        let links = page.links();
        assert_eq!(links.len(), 1);
        assert_eq!(
            links[0].href.as_str(),
            "http://localhost:4455/registration?login_challenge=a%26b"
        );
        assert_eq!(
            query_param(&links[0].href, "login_challenge").unwrap(),
            "a&b"
        );
        assert_eq!(links[0].text, "Create an account");
        assert!(page.has_input("csrf_token"));
        assert!(page.is_html());
    }

    #[test]
    fn a_form_query_must_pick_exactly_one_form() {
        let page = page(LOGIN);
        assert!(std::panic::catch_unwind(|| page.form("form")).is_err());
        assert!(std::panic::catch_unwind(|| page.form("form#nothing")).is_err());
    }

    #[test]
    fn consent_locations_are_recognised() {
        let consent = Url::parse("http://localhost:4455/consent?consent_challenge=k").unwrap();
        let login = Url::parse("http://localhost:4455/login?login_challenge=c").unwrap();
        let bare = Url::parse("http://localhost:4455/consent").unwrap();
        assert!(is_consent(&consent));
        assert!(!is_consent(&login));
        assert!(!is_consent(&bare));
    }
}
