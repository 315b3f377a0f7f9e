//! Property-based tests of every route's query and form input, against the real binary: whatever
//! a client sends (unknown and repeated parameters, malformed ids, invalid UTF-8 behind percent
//! escapes, huge values, bodies that are not forms), vestibule answers with a page and a
//! status, never a 500 and never a crash, and echoes nothing unescaped.
//!
//! Kratos and Hydra are addresses where nothing listens, so input that gets past validation ends
//! in the 503 page of an unreachable upstream; bad input must be refused before that.
//! `PROPTEST_CASES` sets the number of cases (default 1,000).

use std::net::TcpStream;
use std::sync::OnceLock;
use std::time::Duration;

use vestibule_testkit::{Launch, Vestibule};

use proptest::prelude::*;

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><vestibule-injected x=\"",
    "' onfocus='vestibule-injected'",
    "javascript:alert(1)",
    "//evil.example/",
    "https://evil.example/callback",
];

const LEAKS: &[&str] = &["<script>alert", "<vestibule-injected", "onfocus='vestibule"];

const GET_ROUTES: &[&str] = &[
    "/",
    "/apps",
    "/callback",
    "/consent",
    "/error",
    "/health/alive",
    "/login",
    "/logout",
    "/phone",
    "/recovery",
    "/registration",
    "/sessions",
    "/settings",
    "/verification",
    "/static/vestibule.css",
    "/no-such-page",
];

const POST_ROUTES: &[&str] = &[
    "/apps/remove",
    "/consent",
    "/logout",
    "/phone",
    "/sessions/end",
];

const PARAMETERS: &[&str] = &[
    "flow",
    "return_to",
    "login_challenge",
    "consent_challenge",
    "logout_challenge",
    "id",
    "client_id",
    "session_id",
    "phone",
    "csrf_token",
    "decision",
    "action",
    "remember",
    "grant_scope",
    "aal",
    "refresh",
];

/// One vestibule for every case, with sign-in by phone on. A static is never dropped; the
/// process dies with the test process all the same (see `vestibule_testkit::processes`).
fn vestibule() -> &'static Vestibule {
    static VESTIBULE: OnceLock<Vestibule> = OnceLock::new();
    VESTIBULE.get_or_init(|| {
        Launch::serving()
            .set_all(&[
                ("PHONE_SIGN_UP_SCHEMA_ID", "phone"),
                ("PHONE_RESPONSE_FLOOR_MILLISECONDS", "0"),
                ("LOG_LEVEL", "error"),
            ])
            .start()
    })
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap()
    })
}

fn http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap()
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000)
}

/// Every byte percent-escaped: whatever the bytes, even invalid UTF-8, travel as they are.
fn escape(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("%{b:02X}")).collect()
}

/// A parameter value, already escaped for a query or a form.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(any::<u8>(), 0..64).prop_map(|b| escape(&b)),
        3 => prop::sample::select(HOSTILE).prop_map(|s| escape(s.as_bytes())),
        2 => any::<String>().prop_map(|s| escape(s.as_bytes())),
        2 => Just("00000000-0000-4000-8000-000000000000".to_owned()),
        1 => "[A-Za-z0-9_-]{1,80}",
        1 => (1usize..6_000).prop_map(|n| "a".repeat(n)),
        1 => Just(String::new()),
        // Escapes that are not escapes.
        1 => Just("%".to_owned()),
        1 => Just("%G1%zz%".to_owned()),
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => prop::sample::select(PARAMETERS).prop_map(str::to_owned),
        1 => prop::collection::vec(any::<u8>(), 0..12).prop_map(|b| escape(&b)),
        1 => Just("flow[]".to_owned()),
    ]
}

fn pairs() -> impl Strategy<Value = String> {
    prop::collection::vec((name(), value(), any::<bool>()), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(name, value, bare)| {
                if bare {
                    name
                } else {
                    format!("{name}={value}")
                }
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

#[derive(Debug, Clone)]
enum Body {
    Form(String),
    Bytes(Vec<u8>, &'static str),
}

fn body() -> impl Strategy<Value = Body> {
    prop_oneof![
        4 => pairs().prop_map(Body::Form),
        1 => (
            prop::collection::vec(any::<u8>(), 0..256),
            prop::sample::select(vec![
                "application/x-www-form-urlencoded",
                "application/json",
                "text/plain",
                "multipart/form-data; boundary=x",
            ]),
        )
            .prop_map(|(bytes, kind)| Body::Bytes(bytes, kind)),
    ]
}

#[derive(Debug, Clone)]
enum Request {
    Get(&'static str, String),
    Post(&'static str, String, Body),
}

fn request() -> impl Strategy<Value = Request> {
    prop_oneof![
        3 => (prop::sample::select(GET_ROUTES), pairs()).prop_map(|(r, q)| Request::Get(r, q)),
        2 => (prop::sample::select(POST_ROUTES), pairs(), body())
            .prop_map(|(r, q, b)| Request::Post(r, q, b)),
    ]
}

async fn send(request: &Request) -> (reqwest::StatusCode, String, Option<String>) {
    let base = format!("http://127.0.0.1:{}", vestibule().port);
    let builder = match request {
        Request::Get(route, query) => http().get(format!("{base}{route}?{query}")),
        Request::Post(route, query, body) => {
            let post = http().post(format!("{base}{route}?{query}"));
            match body {
                Body::Form(form) => post
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(form.clone()),
                Body::Bytes(bytes, kind) => post.header("content-type", *kind).body(bytes.clone()),
            }
        }
    };
    let response = builder.send().await.expect("vestibule answers");
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (status, response.text().await.unwrap_or_default(), kind)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_query_or_form_gets_a_page_never_a_500_and_nothing_unescaped(request in request()) {
        let (status, body, kind) = runtime().block_on(send(&request));
        prop_assert!(
            status != 500 && (status.as_u16() < 500 || status == 503),
            "{request:?} got {status}"
        );
        if kind.as_deref().is_some_and(|k| k.starts_with("text/html")) {
            for leak in LEAKS {
                prop_assert!(!body.contains(leak), "{request:?}: unescaped {leak:?}");
            }
        }
        prop_assert!(vestibule().is_running(), "vestibule exited after {request:?}");
    }
}

#[test]
fn invalid_utf8_in_the_raw_request_line_is_refused_cleanly() {
    use std::io::{Read, Write};
    for target in [
        &b"/login?flow=\xff\xfe"[..],
        b"/phone?return_to=\xc3\x28",
        b"/\xff",
    ] {
        let mut stream = TcpStream::connect(("127.0.0.1", vestibule().port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let mut request = b"GET ".to_vec();
        request.extend_from_slice(target);
        request.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        stream.write_all(&request).unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response);
        let status: u16 = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        assert!(
            (400..500).contains(&status) || status == 503,
            "{}: {response}",
            String::from_utf8_lossy(target)
        );
    }
    assert!(vestibule().is_running(), "vestibule still runs");
}
