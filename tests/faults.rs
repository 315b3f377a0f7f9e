//! Faults a real Kratos or Hydra does not produce on demand: an upstream that accepts connections
//! and never answers, one that answers garbage, one that answers slowly while vestibule is asked
//! to stop. vestibule must answer with a page, quickly, and log why. (Stopped servers are covered
//! against the real stack in the end-to-end tests, and faults under load by `scripts/load
//! --fault`.)

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use vestibule_testkit::{Launch, Vestibule};

/// A server that accepts connections and never says a word.
fn silent_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held: Vec<TcpStream> = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    port
}

/// A server that answers every request with 200 and a body that is not JSON.
fn garbage_server() -> u16 {
    answering_server("<html>definitely not json", None)
}

/// A server that answers every request with 200 and `body`; requests whose first line contains
/// the first part of `slow` wait for its second part first.
fn answering_server(body: &'static str, slow: Option<(&'static str, Duration)>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let n = stream.read(&mut buf).unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]);
                let first_line = head.lines().next().unwrap_or_default();
                if let Some((path, delay)) = slow {
                    if first_line.contains(path) {
                        std::thread::sleep(delay);
                    }
                }
                let _ = write!(
                stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    port
}

fn start_vestibule(kratos_port: u16, hydra_port: u16) -> Vestibule {
    start_vestibule_with(kratos_port, hydra_port, &[])
}

fn start_vestibule_with(kratos_port: u16, hydra_port: u16, extra: &[(&str, &str)]) -> Vestibule {
    Launch::serving()
        .upstreams(kratos_port, hydra_port)
        .set("UPSTREAM_TIMEOUT_SECONDS", "1")
        .set_all(extra)
        .start()
}

async fn get(vestibule: &Vestibule, path: &str) -> (reqwest::StatusCode, String, Duration) {
    let started = Instant::now();
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
        .get(format!("http://127.0.0.1:{}/{path}", vestibule.port))
        .send()
        .await
        .expect("vestibule answers");
    let status = response.status();
    (status, response.text().await.unwrap(), started.elapsed())
}

#[tokio::test]
async fn a_hydra_that_never_answers_gives_a_503_page_after_the_timeout() {
    let vestibule = start_vestibule(silent_server(), silent_server());
    let (status, body, elapsed) = get(&vestibule, "login?login_challenge=abc").await;
    assert_eq!(status, 503);
    assert!(
        body.contains("Sign-in is temporarily unavailable"),
        "{body}"
    );
    assert!(body.contains("authorization service"), "{body}");
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}

#[tokio::test]
async fn a_kratos_that_never_answers_gives_a_503_page() {
    let vestibule = start_vestibule(silent_server(), silent_server());
    let (status, body, _) = get(
        &vestibule,
        "login?flow=0b4b1f5a-3c1e-4c47-9e57-0e0a7c3b9d11",
    )
    .await;
    assert_eq!(status, 503);
    assert!(body.contains("identity service"), "{body}");
}

#[tokio::test]
async fn garbage_from_upstream_gives_a_502_page_logged_with_its_cause_and_disturbs_nothing_else() {
    let vestibule = start_vestibule(garbage_server(), garbage_server());
    for (path, upstream) in [
        ("login?login_challenge=abc", "hydra"),
        ("login?flow=0b4b1f5a-3c1e-4c47-9e57-0e0a7c3b9d11", "kratos"),
    ] {
        let (status, body, _) = get(&vestibule, path).await;
        assert_eq!(status, 502, "{path}");
        assert!(
            body.contains("<h1>Sign-in is temporarily unavailable</h1>"),
            "{body}"
        );
        // The page's reference leads to the log line that says what was wrong.
        let reference = body
            .split("reference <code>")
            .nth(1)
            .and_then(|rest| rest.split("</code>").next())
            .unwrap_or_else(|| panic!("a reference on the page: {body}"));
        let log = vestibule.log();
        let line = log
            .lines()
            .find(|line| line.contains(reference))
            .unwrap_or_else(|| panic!("a log line with {reference}:\n{log}"));
        assert!(
            line.contains(&format!(
                "{upstream} sent a response that could not be read"
            )),
            "{line}"
        );
    }
    // The process goes on serving: probes, pages that need no upstream, and the same fault
    // again the same way.
    let (status, _, _) = get(&vestibule, "health/alive").await;
    assert_eq!(status, 200);
    let (status, _, _) = get(&vestibule, "no-such-page").await;
    assert_eq!(status, 404);
    let (status, _, _) = get(&vestibule, "login?login_challenge=abc").await;
    assert_eq!(status, 502);
}

#[tokio::test]
async fn on_sigterm_readiness_turns_503_first_and_requests_in_flight_finish() {
    // Upstreams that are healthy, except that Hydra takes 2.5 s over a login request.
    let upstream = answering_server(
        r#"{"status":"ok"}"#,
        Some(("/requests/login", Duration::from_millis(2500))),
    );
    let vestibule = start_vestibule_with(
        upstream,
        upstream,
        &[
            ("SHUTDOWN_DRAIN_SECONDS", "1"),
            ("UPSTREAM_TIMEOUT_SECONDS", "5"),
        ],
    );
    let (status, _, _) = get(&vestibule, "health/ready").await;
    assert_eq!(status, 200, "ready before SIGTERM");

    let port = vestibule.port;
    let in_flight = tokio::spawn(async move {
        reqwest::Client::new()
            .get(format!("http://127.0.0.1:{port}/login?login_challenge=abc"))
            .timeout(Duration::from_secs(20))
            .send()
            .await
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    vestibule.signal(libc::SIGTERM);
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Draining: not ready, still serving.
    let (status, body, _) = get(&vestibule, "health/ready").await;
    assert_eq!(status, 503, "readiness answers 503 while draining: {body}");
    assert!(body.contains(r#""status":"stopping""#), "{body}");
    let (status, _, _) = get(&vestibule, "health/alive").await;
    assert_eq!(status, 200, "still serving while draining");

    // After the drain, the port is closed to new connections...
    let deadline = Instant::now() + Duration::from_secs(5);
    while TcpStream::connect(("127.0.0.1", port)).is_ok() {
        assert!(
            Instant::now() < deadline,
            "the port still takes connections 5 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // ...and the request in flight gets its whole answer (Hydra's odd answer: a 502 page).
    let response = in_flight
        .await
        .unwrap()
        .expect("the request in flight is answered");
    assert_eq!(response.status(), 502);
    let page = response.text().await.unwrap();
    assert!(page.contains("</html>"), "the whole page: {page}");

    let status = vestibule
        .wait_for_exit(Duration::from_secs(10))
        .await
        .expect("vestibule exits");
    assert!(status.success(), "exit status {status}");
    let log = vestibule.log();
    assert!(log.contains("readiness answers 503"), "{log}");
}

#[tokio::test]
async fn readiness_reports_silent_upstreams_without_hanging() {
    let vestibule = start_vestibule(silent_server(), silent_server());
    let (status, body, elapsed) = get(&vestibule, "health/ready").await;
    assert_eq!(status, 503);
    // Up or down per dependency, and nothing else: the reason (with internal addresses) is
    // for the log.
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"status": "unavailable", "checks": {"kratos": "down", "kratos-admin": "down", "hydra": "down"}})
    );
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}
