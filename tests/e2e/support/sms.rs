//! An SMS provider for the tests: a small HTTP server on a free loopback port that records every
//! message Kratos's courier posts to it, so a test can read the one-time code a phone would get.
//!
//! Kratos sends text messages through the HTTP channel `sms` of `courier.channels` in
//! `config/kratos/kratos.yml`. [`SmsSink::kratos_env`] points that channel at the sink for one
//! test stack (`COURIER_CHANNELS`, which replaces the whole list), keeping the configured request
//! body template, so the tests exercise the shipped configuration.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long Kratos's courier may take to send a message (it polls its queue every second).
const DELIVERY_DEADLINE: Duration = Duration::from_secs(30);

/// One message Kratos posted.
#[derive(Clone, Debug)]
pub struct Sms {
    pub path: String,
    /// The JSON body Kratos posted (shaped by the channel's body template).
    pub payload: Value,
}

impl Sms {
    pub fn to(&self) -> &str {
        self.payload["to"].as_str().unwrap_or_default()
    }

    pub fn body(&self) -> &str {
        self.payload["body"].as_str().unwrap_or_default()
    }

    /// The six-digit code in the message text ("Your login code is: 123456").
    pub fn code(&self) -> String {
        self.body()
            .split(|c: char| !c.is_ascii_digit())
            .find(|word| word.len() == 6)
            .unwrap_or_else(|| panic!("no six-digit code in the text message {:#}", self.payload))
            .to_owned()
    }
}

pub struct SmsSink {
    port: u16,
    received: Arc<Mutex<Vec<Sms>>>,
}

impl SmsSink {
    /// Starts a sink on a free port of 127.0.0.1; it serves until the test process ends.
    pub fn start() -> SmsSink {
        let listener = TcpListener::bind("127.0.0.1:0").expect("no free port for the SMS sink");
        let port = listener.local_addr().unwrap().port();
        let received: Arc<Mutex<Vec<Sms>>> = Arc::default();
        let store = received.clone();
        std::thread::Builder::new()
            .name("sms-sink".to_owned())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    let store = store.clone();
                    std::thread::spawn(move || serve(stream, &store));
                }
            })
            .expect("start the SMS sink");
        SmsSink { port, received }
    }

    /// Where Kratos posts text messages.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/sms", self.port)
    }

    /// Kratos environment that sends the `sms` channel to this sink with the request body
    /// template of `config/kratos/kratos.yml`.
    pub fn kratos_env(&self) -> Vec<(String, String)> {
        let channels = json!([{
            "id": "sms",
            "type": "http",
            "request_config": {
                "url": self.url(),
                "method": "POST",
                "body": configured_sms_body(),
            },
        }]);
        vec![("COURIER_CHANNELS".to_owned(), channels.to_string())]
    }

    /// Every message posted so far to phone number `to`, oldest first.
    pub fn messages_to(&self, to: &str) -> Vec<Sms> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .filter(|sms| sms.to() == to)
            .cloned()
            .collect()
    }

    /// Waits (within a deadline) for message number `index` (from 0) to phone number `to`.
    pub async fn message_to(&self, to: &str, index: usize) -> Sms {
        let deadline = Instant::now() + DELIVERY_DEADLINE;
        loop {
            if let Some(sms) = self.messages_to(to).get(index) {
                return sms.clone();
            }
            if Instant::now() > deadline {
                let all: Vec<String> = self
                    .received
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|sms| format!("  {} {}", sms.path, sms.payload))
                    .collect();
                panic!(
                    "no text message #{index} to {to} within {DELIVERY_DEADLINE:?}; the sink got:\n{}",
                    all.join("\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }
}

/// A German mobile number no other test uses, in E.164 form.
pub fn unique_phone() -> String {
    let digits = u64::from_str_radix(&super::ory::random_hex()[..12], 16).unwrap() % 100_000_000;
    format!("+49151{digits:08}")
}

/// The `body` of the `sms` channel in `config/kratos/kratos.yml` (a `base64://` Jsonnet
/// template): the first `body:` line after `channels:`.
pub fn configured_sms_body() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/kratos/kratos.yml");
    let config =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    config
        .lines()
        .skip_while(|line| line.trim() != "channels:")
        .find_map(|line| line.trim().strip_prefix("body:"))
        .map(|body| body.trim().trim_matches('"').to_owned())
        .unwrap_or_else(|| {
            panic!(
                "{} has no courier channel with a request body",
                path.display()
            )
        })
}

/// Reads one HTTP/1.1 request, records a POST's JSON body and answers 200 (anything else 404).
fn serve(stream: TcpStream, store: &Mutex<Vec<Sms>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let path = parts.next().unwrap_or_default().to_owned();
    let mut content_length = 0usize;
    let mut chunked = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                content_length = value.parse().unwrap_or(0);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.eq_ignore_ascii_case("chunked");
            }
        }
    }
    let body = if chunked {
        read_chunked(&mut reader)
    } else {
        let mut body = vec![0; content_length];
        reader.read_exact(&mut body).map(|_| body).ok()
    };
    let status = match (method.as_str(), body) {
        ("POST", Some(body)) => {
            let payload = serde_json::from_slice(&body).unwrap_or_else(
                |_| json!({"unparsed": String::from_utf8_lossy(&body).into_owned()}),
            );
            store.lock().unwrap().push(Sms { path, payload });
            "200 OK"
        }
        _ => "404 Not Found",
    };
    let mut stream = &stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
}

fn read_chunked(reader: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size = String::new();
        reader.read_line(&mut size).ok()?;
        let size = usize::from_str_radix(size.trim().split(';').next()?, 16).ok()?;
        let mut chunk = vec![0; size + 2];
        reader.read_exact(&mut chunk).ok()?;
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&chunk[..size]);
    }
}
