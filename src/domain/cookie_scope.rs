//! Whether Kratos's cookies go exactly where they must: to vestibule (which reads flows and
//! sessions with them) and to Kratos's own host, and to no app.
//!
//! The facts come from Kratos itself: the `Domain` and `Path` of the CSRF cookie it sets when a
//! flow starts (its `cookies.domain` and `cookies.path`, which the session cookie shares unless
//! `session.cookie.domain` or `session.cookie.path` are set apart), and the hosts of the layout:
//! `BASE_URL`'s, `KRATOS_BROWSER_URL`'s, and the apps' (`APP_HOSTS` and the redirect and logout
//! URIs of Hydra's OAuth2 clients). Browsers send a cookie without `Domain` back only to the host
//! that set it, and one with `Domain=d` to `d` and every name under it (RFC 6265, 5.1.3).

use std::fmt;
use std::net::IpAddr;

/// The prefix browsers reserve for cookies of one host, set over https for `/` without a domain.
pub const HOST_PREFIX: &str = "__Host-";

/// Whether `name` carries the `__Host-` prefix (browsers compare it without regard to case).
pub fn has_host_prefix(name: &str) -> bool {
    name.get(..HOST_PREFIX.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(HOST_PREFIX))
}

/// Where browsers send the cookies Kratos sets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// No `Domain`: only the host browsers reached Kratos at (`KRATOS_BROWSER_URL`'s).
    HostOnly,
    /// `Domain=<domain>`: that name and every name under it.
    Domain(String),
}

/// What a cookie of Kratos's says about where its cookies go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KratosCookies {
    pub scope: Scope,
    /// The `Path` (`/` when Kratos sends none).
    pub path: String,
}

impl KratosCookies {
    /// From the `Domain` and `Path` attributes of a `Set-Cookie` of Kratos's, as sent.
    pub fn from_attributes(domain: Option<&str>, path: Option<&str>) -> Self {
        let scope = match domain.map(normalise).filter(|d| !d.is_empty()) {
            Some(domain) => Scope::Domain(domain),
            None => Scope::HostOnly,
        };
        let path = path.filter(|p| p.starts_with('/')).unwrap_or("/");
        Self {
            scope,
            path: path.to_owned(),
        }
    }

    /// Whether browsers send these cookies to `host` (paths aside), Kratos's host being `kratos`.
    pub fn reach(&self, host: &str, kratos: &str) -> bool {
        let host = normalise(host);
        match &self.scope {
            Scope::HostOnly => host == normalise(kratos),
            Scope::Domain(domain) => domain_matches(&host, domain),
        }
    }

    /// In words, for logs: "the host login.example.com only", "example.com and every name under it".
    pub fn describe(&self, kratos: &str) -> String {
        match &self.scope {
            Scope::HostOnly => format!("the host {} only", normalise(kratos)),
            Scope::Domain(domain) => format!("{domain} and every name under it"),
        }
    }
}

/// The hosts of the layout, as vestibule is configured.
#[derive(Clone, Copy, Debug)]
pub struct Layout<'a> {
    /// `BASE_URL`'s host.
    pub vestibule: &'a str,
    /// `KRATOS_BROWSER_URL`'s host: where browsers reach Kratos.
    pub kratos: &'a str,
    /// Kratos's session cookie (`KRATOS_SESSION_COOKIE_NAME`).
    pub session_cookie_name: &'a str,
}

/// A host apps are served from, and who says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppHost {
    pub host: String,
    pub named_by: NamedBy,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamedBy {
    /// The operator's list, `APP_HOSTS`.
    Setting,
    /// A redirect or logout URI of this OAuth2 client at Hydra.
    Client(String),
}

impl AppHost {
    pub fn from_setting(host: &str) -> Self {
        Self {
            host: normalise(host),
            named_by: NamedBy::Setting,
        }
    }

    pub fn of_client(host: &str, client_id: &str) -> Self {
        Self {
            host: normalise(host),
            named_by: NamedBy::Client(client_id.to_owned()),
        }
    }
}

impl fmt::Display for AppHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.named_by {
            NamedBy::Setting => write!(f, "`{}` (APP_HOSTS)", self.host),
            NamedBy::Client(id) => write!(
                f,
                "`{}` (a redirect or logout URI of the OAuth2 client `{id}` at Hydra)",
                self.host
            ),
        }
    }
}

/// What is wrong with where Kratos's cookies go; each says which setting to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The cookies reach an app: it would get the person's Kratos session.
    ReachApp {
        cookies: KratosCookies,
        app: AppHost,
    },
    /// They never reach vestibule: every flow would fail Kratos's CSRF check.
    MissVestibule {
        cookies: KratosCookies,
        vestibule: String,
        kratos: String,
    },
    /// Their domain does not contain Kratos's own host, so browsers refuse them.
    ForeignDomain { domain: String, kratos: String },
    /// Their path leaves out vestibule's pages.
    NarrowPath { path: String },
    /// The session cookie's name has the `__Host-` prefix, which browsers refuse with a domain.
    HostPrefixWithDomain { name: String, domain: String },
}

/// Every problem with `cookies` in `layout` with these `apps`; none means the layout is sound.
///
/// Hosts a client names that are vestibule's or Kratos's own (a logout URI that returns to
/// vestibule) are not apps; a host the operator lists in `APP_HOSTS` always is.
pub fn check(cookies: &KratosCookies, layout: Layout<'_>, apps: &[AppHost]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Scope::Domain(domain) = &cookies.scope {
        if !domain_matches(&normalise(layout.kratos), domain) {
            problems.push(Problem::ForeignDomain {
                domain: domain.clone(),
                kratos: normalise(layout.kratos),
            });
        }
    }
    let ours = |host: &str| host == normalise(layout.vestibule) || host == normalise(layout.kratos);
    let mut reached: Vec<&str> = Vec::new();
    for app in apps {
        let ignored = matches!(app.named_by, NamedBy::Client(_)) && ours(&app.host);
        if ignored || reached.contains(&app.host.as_str()) {
            continue;
        }
        if cookies.reach(&app.host, layout.kratos) {
            reached.push(&app.host);
            problems.push(Problem::ReachApp {
                cookies: cookies.clone(),
                app: app.clone(),
            });
        }
    }
    if !cookies.reach(layout.vestibule, layout.kratos) {
        problems.push(Problem::MissVestibule {
            cookies: cookies.clone(),
            vestibule: normalise(layout.vestibule),
            kratos: normalise(layout.kratos),
        });
    }
    if cookies.path != "/" {
        problems.push(Problem::NarrowPath {
            path: cookies.path.clone(),
        });
    }
    if let Scope::Domain(domain) = &cookies.scope {
        if has_host_prefix(layout.session_cookie_name) {
            problems.push(Problem::HostPrefixWithDomain {
                name: layout.session_cookie_name.to_owned(),
                domain: domain.clone(),
            });
        }
    }
    problems
}

/// The fix that serves most layouts: Kratos's browser-facing paths under vestibule's own host.
const ONE_HOST: &str = "serve Kratos's browser-facing API under vestibule's host, with \
     host-only cookies: no cookies.domain or session.cookie.domain in Kratos's configuration, \
     KRATOS_BROWSER_URL and Kratos's serve.public.base_url set to BASE_URL's origin, and the \
     reverse proxy routing /self-service/ and /.well-known/ory/ on that host to Kratos \
     (docs/deployment.md)";

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ReachApp { cookies, app } => match &cookies.scope {
                Scope::Domain(domain) => write!(
                    f,
                    "Kratos sets its cookies for {domain} and every name under it (Kratos's \
                     cookies.domain, which session.cookie.domain follows unless set), and that \
                     includes the app host {app}: browsers would hand that app the person's Kratos \
                     session and CSRF cookies. To fix it, {ONE_HOST}; or serve the app outside \
                     {domain}"
                ),
                Scope::HostOnly => write!(
                    f,
                    "Kratos's cookies are for its own host, and the app host {app} is that host: \
                     browsers would hand that app the person's Kratos session and CSRF cookies. \
                     Serve apps on hosts of their own"
                ),
            },
            Problem::MissVestibule {
                cookies,
                vestibule,
                kratos,
            } => match &cookies.scope {
                Scope::Domain(domain) => write!(
                    f,
                    "Kratos sets its cookies for {domain} (cookies.domain), which does not contain \
                     vestibule's host {vestibule} (BASE_URL), so browsers never send them to \
                     vestibule and every flow fails Kratos's CSRF check. To fix it, {ONE_HOST}"
                ),
                Scope::HostOnly => write!(
                    f,
                    "Kratos sets its cookies for the host browsers reach it at, {kratos} \
                     (KRATOS_BROWSER_URL), which is not vestibule's host {vestibule} (BASE_URL), \
                     so browsers never send them to vestibule and every flow fails Kratos's CSRF \
                     check. To fix it, {ONE_HOST}"
                ),
            },
            Problem::ForeignDomain { domain, kratos } => write!(
                f,
                "Kratos sets its cookies for {domain} (cookies.domain), which does not contain the \
                 host browsers reach Kratos at, {kratos} (KRATOS_BROWSER_URL), so browsers refuse \
                 them. To fix it, {ONE_HOST}"
            ),
            Problem::NarrowPath { path } => write!(
                f,
                "Kratos sets its cookies for the path {path} (cookies.path), so browsers do not \
                 send them to vestibule's pages: set cookies.path and session.cookie.path to /"
            ),
            Problem::HostPrefixWithDomain { name, domain } => write!(
                f,
                "Kratos's session cookie is named {name} (session.cookie.name, \
                 KRATOS_SESSION_COOKIE_NAME), and browsers refuse a __Host- cookie that names a \
                 domain, but Kratos sets its cookies for {domain}: remove cookies.domain and \
                 session.cookie.domain"
            ),
        }
    }
}

/// Lower case, without the leading dot browsers ignore in `Domain` nor a trailing one.
fn normalise(name: &str) -> String {
    name.trim()
        .trim_start_matches('.')
        .trim_end_matches('.')
        .to_ascii_lowercase()
}

/// RFC 6265 domain matching: `host` is `domain`, or a name under it (an IP address matches only
/// itself).
fn domain_matches(host: &str, domain: &str) -> bool {
    if host == domain {
        return true;
    }
    let is_ip = |name: &str| name.trim_matches(['[', ']']).parse::<IpAddr>().is_ok();
    !is_ip(host)
        && !is_ip(domain)
        && host.ends_with(domain)
        && host[..host.len() - domain.len()].ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAYOUT: Layout<'static> = Layout {
        vestibule: "login.example.com",
        kratos: "login.example.com",
        session_cookie_name: "__Host-ory_kratos_session",
    };

    fn host_only() -> KratosCookies {
        KratosCookies::from_attributes(None, Some("/"))
    }

    fn on(domain: &str) -> KratosCookies {
        KratosCookies::from_attributes(Some(domain), Some("/"))
    }

    fn apps() -> Vec<AppHost> {
        vec![
            AppHost::from_setting("app.example.com"),
            AppHost::of_client("shop.example.com", "shop"),
        ]
    }

    #[test]
    fn host_only_cookies_under_vestibules_host_are_the_sound_layout() {
        assert_eq!(check(&host_only(), LAYOUT, &apps()), []);
        assert_eq!(
            host_only().describe(LAYOUT.kratos),
            "the host login.example.com only"
        );
    }

    #[test]
    fn a_parent_domain_that_contains_an_app_is_refused_naming_who_listed_it() {
        let problems = check(&on("example.com"), LAYOUT, &apps());
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(matches!(
            &problems[0],
            Problem::ReachApp { app, .. } if app.named_by == NamedBy::Setting
        ));
        assert!(matches!(
            &problems[1],
            Problem::ReachApp { app, .. } if app.named_by == NamedBy::Client("shop".to_owned())
        ));
        let said = problems[0].to_string();
        for words in [
            "cookies.domain",
            "example.com",
            "`app.example.com` (APP_HOSTS)",
            "KRATOS_BROWSER_URL",
            "/self-service/",
        ] {
            assert!(said.contains(words), "{words}: {said}");
        }
        assert!(
            problems[1].to_string().contains("OAuth2 client `shop`"),
            "{}",
            problems[1]
        );
        // The session cookie's __Host- name cannot live on a domain either.
        assert!(matches!(&problems[2], Problem::HostPrefixWithDomain { .. }));
    }

    #[test]
    fn a_leading_dot_and_case_do_not_matter() {
        let problems = check(
            &on(".Example.COM"),
            LAYOUT,
            &[AppHost::from_setting("APP.example.com.")],
        );
        assert!(
            matches!(&problems[0], Problem::ReachApp { .. }),
            "{problems:?}"
        );
    }

    #[test]
    fn a_domain_of_its_own_for_kratos_and_vestibule_keeps_apps_out() {
        let layout = Layout {
            vestibule: "login.id.example.com",
            kratos: "auth.id.example.com",
            session_cookie_name: "ory_kratos_session",
        };
        assert_eq!(check(&on("id.example.com"), layout, &apps()), []);
        // A name that merely ends in the same letters is not under the domain.
        let problems = check(
            &on("id.example.com"),
            layout,
            &[AppHost::from_setting("paid.example.com")],
        );
        assert_eq!(problems, []);
    }

    #[test]
    fn cookies_that_never_reach_vestibule_are_refused() {
        let apart = Layout {
            vestibule: "login.example.com",
            kratos: "auth.example.com",
            session_cookie_name: "ory_kratos_session",
        };
        let problems = check(&host_only(), apart, &[]);
        assert!(
            matches!(&problems[..], [Problem::MissVestibule { .. }]),
            "{problems:?}"
        );
        assert!(
            problems[0].to_string().contains("BASE_URL"),
            "{}",
            problems[0]
        );

        let problems = check(&on("auth.example.com"), apart, &[]);
        assert!(
            matches!(&problems[..], [Problem::MissVestibule { .. }]),
            "{problems:?}"
        );
    }

    #[test]
    fn a_domain_that_does_not_contain_kratos_is_refused() {
        let problems = check(&on("example.org"), LAYOUT, &[]);
        assert!(
            matches!(&problems[0], Problem::ForeignDomain { .. }),
            "{problems:?}"
        );
    }

    #[test]
    fn a_path_below_the_root_is_refused() {
        let cookies = KratosCookies::from_attributes(None, Some("/self-service/"));
        let problems = check(&cookies, LAYOUT, &[]);
        assert!(
            matches!(&problems[..], [Problem::NarrowPath { .. }]),
            "{problems:?}"
        );
        assert!(problems[0].to_string().contains("cookies.path"));
        assert_eq!(KratosCookies::from_attributes(None, None).path, "/");
    }

    #[test]
    fn hosts_of_clients_that_are_vestibules_own_are_not_apps_but_listed_ones_are() {
        let own = [AppHost::of_client("login.example.com", "console")];
        assert_eq!(check(&host_only(), LAYOUT, &own), []);
        let listed = [AppHost::from_setting("login.example.com")];
        let problems = check(&host_only(), LAYOUT, &listed);
        assert!(
            matches!(&problems[..], [Problem::ReachApp { .. }]),
            "{problems:?}"
        );
        assert!(problems[0].to_string().contains("hosts of their own"));
    }

    #[test]
    fn each_app_host_is_named_once() {
        let twice = [
            AppHost::of_client("app.example.com", "a"),
            AppHost::of_client("app.example.com", "b"),
        ];
        let layout = Layout {
            session_cookie_name: "ory_kratos_session",
            ..LAYOUT
        };
        assert_eq!(check(&on("example.com"), layout, &twice).len(), 1);
    }

    #[test]
    fn ip_addresses_match_only_themselves() {
        assert!(domain_matches("203.0.113.7", "203.0.113.7"));
        assert!(!domain_matches("1.203.0.113.7", "203.0.113.7"));
        assert!(!domain_matches("[::1]", "1]"));
        assert!(domain_matches("a.b.example.com", "example.com"));
        assert!(!domain_matches("badexample.com", "example.com"));
    }

    #[test]
    fn the_prefix_is_recognised_in_any_case() {
        assert!(has_host_prefix("__Host-x"));
        assert!(has_host_prefix("__HOST-x"));
        assert!(!has_host_prefix("__Secure-x"));
        assert!(!has_host_prefix("_Host-x"));
        assert!(!has_host_prefix(""));
    }
}
