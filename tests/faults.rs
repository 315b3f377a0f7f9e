//! Faults a real Kratos or Hydra does not produce on demand: an upstream that accepts connections
//! and never answers, and one that answers garbage. vestibule must answer with a page, quickly.
//! (Stopped servers are covered against the real stack in the end-to-end tests.)

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let body = "<html>definitely not json";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    port
}

struct Vestibule {
    child: Child,
    port: u16,
}

impl Drop for Vestibule {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_vestibule(kratos_port: u16, hydra_port: u16) -> Vestibule {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_vestibule"))
        .env_clear()
        .envs([
            (
                "KRATOS_PUBLIC_URL",
                format!("http://127.0.0.1:{kratos_port}"),
            ),
            (
                "KRATOS_ADMIN_URL",
                format!("http://127.0.0.1:{kratos_port}"),
            ),
            ("HYDRA_ADMIN_URL", format!("http://127.0.0.1:{hydra_port}")),
            (
                "COOKIE_SECRET",
                "0123456789abcdef0123456789abcdef".to_owned(),
            ),
            ("PORT", port.to_string()),
            // Kratos's browser URL is on 127.0.0.1, so vestibule must be too (cookies are per host).
            ("BASE_URL", format!("http://127.0.0.1:{port}")),
            ("UPSTREAM_TIMEOUT_SECONDS", "1".to_owned()),
        ])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start vestibule");
    let vestibule = Vestibule { child, port };
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "vestibule did not start listening"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    vestibule
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
async fn garbage_from_upstream_gives_a_502_page() {
    let vestibule = start_vestibule(garbage_server(), garbage_server());
    let (status, body, _) = get(&vestibule, "login?login_challenge=abc").await;
    assert_eq!(status, 502);
    assert!(
        body.contains("<h1>Sign-in is temporarily unavailable</h1>"),
        "{body}"
    );
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
