//! Log lines against the real binary: what a client puts into a request (the parameters of
//! `/error`, a bad query value that is echoed in the reason, the path) cannot add a line to the
//! log or steer the terminal that shows it, in the text format and in JSON, the default.
//!
//! Kratos and Hydra are addresses where nothing listens: these requests need neither.

use std::time::Duration;

use vestibule_testkit::{Launch, Vestibule};

/// A line as vestibule's text format writes it, to be smuggled in after a newline.
const FORGED: &str = "2025-01-01T00:00:00.000000Z  INFO vestibule: admin signed in";

/// A newline before a forged line, a carriage return, colour and screen-clearing escapes, a C1
/// control and Unicode's line separator.
fn hostile() -> String {
    format!("x\n{FORGED}\r\u{1b}[31mred\u{1b}[0m\u{1b}[2J\u{85}\u{2028}end")
}

fn encoded(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// Sends the requests whose values end up in the log, and returns the log.
async fn log_after_hostile_requests(vestibule: &Vestibule) -> String {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let value = encoded(&hostile());
    let base = format!("http://127.0.0.1:{}", vestibule.port);
    for (path, status) in [
        (
            format!("/error?error={value}&error_description={value}&error_hint={value}"),
            400,
        ),
        // `aal` must be one of Kratos's levels: the refusal names the value it got.
        (format!("/login?aal={value}"), 400),
        (format!("/{value}"), 404),
    ] {
        let response = client.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
    }
    let log = vestibule.log();
    for expected in ["authorization error shown", "unknown variant"] {
        assert!(log.contains(expected), "{expected} is logged:\n{log}");
    }
    log
}

/// Every line of `log` is whole: nothing a client sent starts a line, and no control character
/// (other than the line ends) or line separator is left raw.
fn assert_no_forged_line(log: &str) {
    for line in log.lines() {
        assert!(!line.starts_with(FORGED), "a forged line:\n{log}");
        let raw: Vec<char> = line
            .chars()
            .filter(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
            .collect();
        assert!(raw.is_empty(), "raw {raw:?} in the line {line:?}");
    }
    assert!(!log.contains('\r'), "{log:?}");
}

#[tokio::test]
async fn the_text_log_shows_request_values_escaped_on_their_own_line() {
    let vestibule = Launch::serving().set_all(&[("LOG_FORMAT", "text")]).start();
    let log = log_after_hostile_requests(&vestibule).await;
    assert_no_forged_line(&log);
    let shown = log
        .lines()
        .find(|line| line.contains("authorization error shown"))
        .unwrap();
    assert!(
        shown.contains(&format!("error=x\\n{FORGED}\\r\\u{{1b}}[31mred")),
        "the value is shown, escaped: {shown}"
    );
}

#[tokio::test]
async fn the_json_log_is_the_default_and_keeps_request_values_inside_their_fields() {
    let vestibule = Launch::serving().start();
    let log = log_after_hostile_requests(&vestibule).await;
    assert_no_forged_line(&log);
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: not JSON: {line}"))
        })
        .collect();
    let shown = lines
        .iter()
        .find(|line| line["message"] == "authorization error shown")
        .unwrap();
    // Escaped, not lost: the field reads back as exactly what the client sent.
    assert_eq!(shown["error"], hostile());
    assert_eq!(shown["hint"], hostile());
    let refused = lines
        .iter()
        .filter_map(|line| line["error"].as_str())
        .find(|error| error.contains("unknown variant"))
        .unwrap();
    assert!(refused.contains(&hostile()), "{refused}");
}
