//! Limits on abuse and the operator's view, against the real binary: a slow-loris client does not
//! keep others from being served, oversized heads are refused, `/phone` is limited per client
//! behind a trusted proxy with a 429 page that says when to try again and answers 503 when the
//! store of its limits does not answer, requests carry ids, and
//! metrics are served on their own listener only.
//!
//! Kratos and Hydra are addresses where nothing listens: what is tested here is decided before
//! any upstream call, or is the 503 that follows one.

use std::io::{ErrorKind, Read, Write};

use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use vestibule_testkit::{Launch, Vestibule};

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// One whole HTTP/1.1 exchange on a fresh connection; the response as text.
fn raw_exchange(port: u16, request: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).into_owned()
}

#[test]
fn clients_trickling_their_headers_do_not_keep_others_from_being_served() {
    let vestibule = Launch::serving()
        .set_all(&[("REQUEST_TIMEOUT_SECONDS", "6")])
        .start();
    const SLOW: usize = 200;
    let mut slow: Vec<Option<TcpStream>> = (0..SLOW)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", vestibule.port)).unwrap();
            stream
                .write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\n")
                .unwrap();
            stream.set_nonblocking(true).unwrap();
            Some(stream)
        })
        .collect();
    let trickle = b"X-Slow: a\r\n";
    let mut step = 0;
    let mut trickle_all = |slow: &mut Vec<Option<TcpStream>>, closed: &mut Vec<String>| {
        for conn in slow.iter_mut() {
            let Some(stream) = conn else { continue };
            let mut buf = [0u8; 512];
            match stream.read(&mut buf) {
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    let _ = stream.write_all(&trickle[step % trickle.len()..][..1]);
                }
                Ok(n) => {
                    closed.push(String::from_utf8_lossy(&buf[..n]).into_owned());
                    *conn = None;
                }
                Err(e) => {
                    closed.push(e.to_string());
                    *conn = None;
                }
            }
        }
        step += 1;
    };

    let mut closed = Vec::new();
    for _ in 0..4 {
        trickle_all(&mut slow, &mut closed);
        std::thread::sleep(Duration::from_millis(200));
    }
    let response = raw_exchange(
        vestibule.port,
        "GET /health/alive HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    trickle_all(&mut slow, &mut closed);
    assert!(
        closed.is_empty(),
        "a normal request was served while {SLOW} clients held connections open, so the slow \
         clients are still connected; yet some were cut already: {closed:?}"
    );

    // The server cuts each slow client off once the request timeout has passed.
    let deadline = Instant::now() + Duration::from_secs(30);
    while slow.iter().any(Option::is_some) {
        assert!(
            Instant::now() < deadline,
            "slow clients still connected long after the request timeout"
        );
        trickle_all(&mut slow, &mut closed);
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(closed.len(), SLOW);
    let timed_out = closed.iter().filter(|r| r.contains(" 408 ")).count();
    assert!(
        timed_out > 0,
        "slow clients are told 408 Request Timeout: {:?}",
        &closed[..3]
    );
}

#[test]
fn an_oversized_request_head_gets_a_431_page() {
    let vestibule = Launch::serving().start();
    let cookie = "c=".to_owned() + &"x".repeat(40 * 1024);
    let response = raw_exchange(
        vestibule.port,
        &format!("GET /login HTTP/1.1\r\nHost: localhost\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"),
    );
    assert!(
        response.starts_with("HTTP/1.1 431"),
        "{}",
        &response[..200.min(response.len())]
    );
    assert!(
        response.contains("Clear this site&#39;s cookies"),
        "{response}"
    );
}

/// A well-formed login challenge (Hydra, which would know it, is not there).
const CHALLENGE: &str = "0123456789abcdef0123456789abcdef";

/// The CSRF token and cookie of the `/phone` form of a sign-in, as a browser gets them.
async fn phone_form(http: &reqwest::Client, vestibule: &Vestibule) -> (String, String) {
    let page = http
        .get(format!(
            "http://127.0.0.1:{}/phone?login_challenge={CHALLENGE}",
            vestibule.port
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let cookie = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    let html = page.text().await.unwrap();
    let token = html
        .split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries a CSRF token")
        .to_owned();
    (cookie, token)
}

#[tokio::test]
async fn sign_in_by_phone_is_limited_per_client_behind_the_trusted_proxy() {
    let vestibule = Launch::serving()
        .set_all(&[
            ("PHONE_SIGN_UP_SCHEMA_ID", "phone"),
            ("PHONE_LIMIT_PER_IP_PER_HOUR", "2"),
            ("TRUSTED_PROXIES", "127.0.0.1"),
        ])
        .start();
    let http = client();
    let (cookie, token) = phone_form(&http, &vestibule).await;
    let attempt = |client_ip: &'static str, number: &'static str| {
        let http = http.clone();
        let cookie = cookie.clone();
        let token = token.clone();
        let url = format!("http://127.0.0.1:{}/phone", vestibule.port);
        async move {
            http.post(url)
                .header("cookie", cookie)
                .header("x-forwarded-for", client_ip)
                .form(&[
                    ("phone", number),
                    ("csrf_token", token.as_str()),
                    ("login_challenge", CHALLENGE),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    // Within the budget the request goes on to Hydra, which is not there.
    for number in ["+4915112345678", "+4915112345679"] {
        let response = attempt("198.51.100.7", number).await;
        assert_eq!(response.status(), 503, "{number}");
    }
    let refused = attempt("198.51.100.7", "+4915112345670").await;
    assert_eq!(refused.status(), 429);
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=1800).contains(&retry_after),
        "two an hour: the next in at most 30 minutes ({retry_after})"
    );
    let page = refused.text().await.unwrap();
    assert!(page.contains("Too many attempts"), "{page}");
    assert!(page.contains("Try again in "), "{page}");
    // Another client behind the same proxy has its own budget.
    let other = attempt("203.0.113.50", "+4915112345671").await;
    assert_eq!(other.status(), 503);

    let metrics = http
        .get(format!(
            "http://127.0.0.1:{}/metrics",
            vestibule.metrics_port
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(r#"vestibule_rate_limited_total{limit="client"} 1"#),
        "{metrics}"
    );
}

/// The shared store of the limits is down (nothing listens) or takes connections and never
/// answers: the attempt gets a 503 page, within the upstream timeout, and goes no further.
#[tokio::test]
async fn sign_in_by_phone_answers_503_when_the_store_of_its_limits_does_not() {
    // The kernel completes connections to a listener nobody accepts on: a store that never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    let nowhere_port = vestibule_testkit::free_port();
    for port in [nowhere_port, silent_port] {
        let url = format!("redis://127.0.0.1:{port}/0");
        let vestibule = Launch::serving()
            .set_all(&[
                ("PHONE_SIGN_UP_SCHEMA_ID", "phone"),
                ("PHONE_LIMITS_REDIS_URL", &url),
            ])
            .start();
        let http = client();
        let (cookie, token) = phone_form(&http, &vestibule).await;
        let answer = http
            .post(format!("http://127.0.0.1:{}/phone", vestibule.port))
            .header("cookie", cookie)
            .form(&[
                ("phone", "+4915112345678"),
                ("csrf_token", token.as_str()),
                ("login_challenge", CHALLENGE),
            ])
            .send()
            .await
            .unwrap_or_else(|e| panic!("vestibule answers with Redis at {url}: {e}"));
        assert_eq!(answer.status(), 503, "Redis at {url}");
        let page = answer.text().await.unwrap();
        assert!(
            page.contains("Sign-in by text message is not available right now"),
            "{page}"
        );
    }
    drop(silent);
}

#[tokio::test]
async fn requests_carry_ids_into_error_pages_and_metrics_stay_off_the_public_port() {
    let vestibule = Launch::serving()
        .set_all(&[("TRUSTED_PROXIES", "10.0.0.0/8")])
        .start();
    let http = client();
    let public = |path: &str| format!("http://127.0.0.1:{}{path}", vestibule.port);

    // The client is no trusted proxy: its id is replaced by one of ours, shown as the reference.
    let response = http
        .get(public("/login?login_challenge=%FF%FE"))
        .header("x-request-id", "chosen-by-the-client")
        .send()
        .await
        .unwrap();
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(id, "chosen-by-the-client");
    let status = response.status();
    let page = response.text().await.unwrap();
    assert!(status.is_client_error() || status == 503, "{status}");
    assert!(
        page.contains(&format!("reference <code>{id}</code>")),
        "{page}"
    );

    // A page that needs Kratos, which is not there.
    let unavailable = http.get(public("/login")).send().await.unwrap();
    assert_eq!(
        unavailable.status(),
        503,
        "without a flow, Kratos would start one, but it does not answer"
    );
    let flow = http
        .get(public("/login?flow=00000000-0000-0000-0000-000000000000"))
        .send()
        .await
        .unwrap();
    assert_eq!(flow.status(), 503);

    let on_public = http.get(public("/metrics")).send().await.unwrap();
    assert_eq!(
        on_public.status(),
        404,
        "metrics are never on the public port"
    );

    let metrics = http
        .get(format!(
            "http://127.0.0.1:{}/metrics",
            vestibule.metrics_port
        ))
        .send()
        .await
        .unwrap();
    assert!(metrics.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    let metrics = metrics.text().await.unwrap();
    for expected in [
        r#"vestibule_http_requests_total{route="/login",method="GET",status="503"} 2"#,
        r#"vestibule_upstream_requests_total{upstream="kratos",operation="health_alive",outcome="unreachable"} 1"#,
        r#"vestibule_http_requests_total{route="unmatched",method="GET",status="404"} 1"#,
        r#"vestibule_upstream_requests_total{upstream="kratos",operation="get_flow",outcome="unreachable"} 1"#,
        "vestibule_http_request_duration_seconds_bucket{",
        "vestibule_upstream_request_duration_seconds_count{",
    ] {
        assert!(metrics.contains(expected), "{expected} missing:\n{metrics}");
    }
    assert!(
        !metrics.contains("00000000-0000"),
        "paths and queries never become labels"
    );
}

/// A Kratos stand-in that answers every call with `{}` and hands over each request head it got.
fn recording_upstream() -> (u16, std::sync::mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (heads, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let _ = heads.send(String::from_utf8_lossy(&head).to_lowercase());
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
            );
        }
    });
    (port, received)
}

#[tokio::test]
async fn the_request_id_of_a_trusted_proxy_goes_on_to_kratos_and_onto_the_error_page() {
    let (kratos, heads) = recording_upstream();
    let kratos = format!("http://127.0.0.1:{kratos}");
    let vestibule = Launch::serving()
        .set_all(&[
            ("KRATOS_PUBLIC_URL", kratos.as_str()),
            ("TRUSTED_PROXIES", "127.0.0.1"),
        ])
        .start();
    let response = client()
        .get(format!(
            "http://127.0.0.1:{}/login?flow=00000000-0000-4000-8000-000000000000",
            vestibule.port
        ))
        .header("x-request-id", "lb-7f3a-42")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "lb-7f3a-42");
    // `{}` is no flow: Kratos answered garbage, and the page says so with the request's id.
    assert!(response.status().is_server_error(), "{}", response.status());
    let page = response.text().await.unwrap();
    assert!(page.contains("reference <code>lb-7f3a-42</code>"), "{page}");
    // Start-up asked this Kratos where its cookies go first (without a request id).
    let head = std::iter::from_fn(|| heads.recv_timeout(Duration::from_secs(10)).ok())
        .find(|head| head.starts_with("get /self-service/login/flows"))
        .expect("vestibule asked Kratos for the flow");
    assert!(head.contains("x-request-id: lb-7f3a-42\r\n"), "{head}");
}
