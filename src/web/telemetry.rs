//! Logging: JSON lines by default, human-readable lines when `LOG_FORMAT=text` (the default with
//! `DEV_MODE`).
//!
//! Log lines carry what clients send (paths, query values, error texts that echo them), so no
//! value may break a line or steer a terminal. Both formats escape at one place, whatever the call
//! site logs: the text format formats every field, the message and span fields included, through
//! [`EscapedFields`], and the JSON format (whose encoder already escapes C0 controls, quotes and
//! backslashes) goes through [`JsonLines`], which escapes what JSON allows raw but terminals and
//! log viewers act on. Every log line is one line.

use std::fmt::{self, Write as _};
use std::io::{self, IsTerminal};
use std::time::Instant;

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use tracing::field::{Field, Visit};
use tracing::{Metadata, Subscriber};
use tracing_subscriber::field::RecordFields;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FormatFields, MakeWriter};
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::EnvFilter;

use crate::config::{Config, LogFormat};
use crate::metrics::metrics;

pub fn init(config: &Config) {
    // The filter was validated with the rest of the configuration.
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only for a person at a terminal, never into a file or a collector.
    let colours = std::io::stderr().is_terminal();
    // A subscriber already installed (tests) is fine.
    let _ = subscriber(config.log_format, filter, colours, std::io::stderr).try_init();
}

/// Every log line of the process goes through this subscriber, written to `writer`.
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    colours: bool,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => Box::new(
            builder
                .with_ansi(colours)
                .fmt_fields(EscapedFields)
                .with_writer(writer)
                .finish(),
        ),
        LogFormat::Json => Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_ansi(false)
                .with_writer(JsonLines(writer))
                .finish(),
        ),
    }
}

/// A character that must not reach a log line as it is: C0 and C1 controls and DEL (newlines,
/// carriage returns, terminal escape sequences), Unicode's line and paragraph separators, and the
/// marks that reorder text when it is shown (so a line cannot be made to read as another).
pub fn must_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Writes through to `W`, escaping every character [`must_escape`] names as Rust would write it
/// in a string (`\n`, `\r`, `\t`, `\u{1b}`).
struct Escaping<'a, W>(&'a mut W);

impl<W: fmt::Write> fmt::Write for Escaping<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut rest = s;
        while let Some(at) = rest.find(must_escape) {
            self.0.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            match c {
                '\n' => self.0.write_str("\\n")?,
                '\r' => self.0.write_str("\\r")?,
                '\t' => self.0.write_str("\\t")?,
                c => write!(self.0, "\\u{{{:x}}}", u32::from(c))?,
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// The text format's fields (an event's message and fields, a span's fields): `name=value`
/// separated by spaces, strings quoted as `Debug` writes them, every value escaped (see
/// [`must_escape`]), so a field shows what it holds without ending the line or steering the
/// terminal.
pub struct EscapedFields;

impl<'writer> FormatFields<'writer> for EscapedFields {
    fn format_fields<R: RecordFields>(&self, writer: Writer<'writer>, fields: R) -> fmt::Result {
        let mut visitor = EscapingVisitor {
            writer,
            first: true,
            result: Ok(()),
        };
        fields.record(&mut visitor);
        visitor.result
    }
}

struct EscapingVisitor<'writer> {
    writer: Writer<'writer>,
    first: bool,
    result: fmt::Result,
}

impl Visit for EscapingVisitor<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let name = field.name();
        // What the `log` crate's records carry about their origin; the line names its target.
        if self.result.is_err() || name.starts_with("log.") {
            return;
        }
        self.result = (|| {
            if !self.first {
                self.writer.write_char(' ')?;
            }
            self.first = false;
            if name != "message" {
                write!(self.writer, "{}=", name.trim_start_matches("r#"))?;
            }
            write!(Escaping(&mut self.writer), "{value:?}")
        })();
    }
}

/// JSON log lines with the characters JSON allows raw but terminals and log viewers act on (DEL,
/// C1 controls, line and paragraph separators, reordering marks) written as `\uXXXX` escapes.
/// The JSON encoder never writes them outside strings, so each line stays the same JSON value.
pub struct JsonLines<M>(pub M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for JsonLines<M> {
    type Writer = JsonLine<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        JsonLine(self.0.make_writer())
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Self::Writer {
        JsonLine(self.0.make_writer_for(meta))
    }
}

pub struct JsonLine<W>(W);

impl<W: io::Write> io::Write for JsonLine<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // The formatter writes each line whole; a character cut in two is left for the next call.
        let text = match std::str::from_utf8(buf) {
            Ok(text) => text,
            Err(err) if err.valid_up_to() > 0 => {
                std::str::from_utf8(&buf[..err.valid_up_to()]).unwrap_or_default()
            }
            Err(_) => return self.0.write(buf),
        };
        let mut line = String::with_capacity(text.len());
        for c in text.chars() {
            if c != '\n' && must_escape(c) {
                // Every such character is in the Basic Multilingual Plane.
                let _ = write!(line, "\\u{:04x}", u32::from(c));
            } else {
                line.push(c);
            }
        }
        self.0.write_all(line.as_bytes())?;
        Ok(text.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// One log line and one count per request. Only the path is logged: queries carry challenges and
/// flow ids. The metrics take the route's pattern, never the path, so ids in paths and probing
/// clients cannot multiply the series.
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.path().to_owned();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let res = next.call(req).await;
    let status = match &res {
        Ok(res) => res.status(),
        Err(err) => err.as_response_error().status_code(),
    };
    metrics().request(
        &route,
        method_label(&method),
        status.as_u16(),
        started.elapsed(),
    );
    let res = res?;
    // Probes come every few seconds from every load balancer and orchestrator; a line each would
    // drown the log. They are logged only when something is wrong.
    if path.starts_with("/health/") && res.status().is_success() {
        return Ok(res);
    }
    tracing::info!(
        %method,
        path,
        status = res.status().as_u16(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "request"
    );
    Ok(res)
}

/// The method as a metrics label: clients may send any token as a method, so only the standard
/// ones are kept apart.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// What a client can put into a value: a forged line, a carriage return, a terminal escape,
    /// a C1 control, DEL, Unicode's separators and a reordering mark.
    const HOSTILE: &str = "x\n2025-01-01T00:00:00Z  INFO forged: admin signed in\r\u{1b}[2J\u{1b}]0;t\u{7}\u{85}\u{7f}\u{2028}\u{2029}\u{202e}end";

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl<'a> MakeWriter<'a> for Captured {
        type Writer = Captured;

        fn make_writer(&'a self) -> Self::Writer {
            self.clone()
        }
    }

    /// Logs `HOSTILE` through every way a value reaches a line: a span field, `%` and `?`
    /// fields, a plain string field, an error, the message itself.
    fn log_hostile_values(format: LogFormat) -> String {
        let captured = Captured::default();
        let subscriber = subscriber(format, EnvFilter::new("info"), false, captured.clone());
        tracing::subscriber::with_default(subscriber, || {
            let span = tracing::error_span!("request", request_id = %HOSTILE);
            let _entered = span.enter();
            tracing::info!(
                display = %HOSTILE,
                debug = ?HOSTILE,
                plain = HOSTILE,
                "message {HOSTILE}"
            );
            let error = io::Error::other(HOSTILE);
            tracing::warn!(error = %error, "request refused");
            tracing::warn!("{HOSTILE}");
        });
        let bytes = captured.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        String::from_utf8(bytes).expect("log output is UTF-8")
    }

    fn assert_three_clean_lines(output: &str) {
        assert_eq!(output.matches('\n').count(), 3, "{output}");
        assert!(output.ends_with('\n'), "{output}");
        let raw: Vec<char> = output
            .chars()
            .filter(|c| *c != '\n' && must_escape(*c))
            .collect();
        assert!(raw.is_empty(), "raw {raw:?} in\n{output}");
        assert!(
            !output.lines().any(|line| line.starts_with("2025-01-01")),
            "{output}"
        );
    }

    #[test]
    fn text_lines_show_every_value_escaped_on_one_line() {
        let output = log_hostile_values(LogFormat::Text);
        assert_three_clean_lines(&output);
        assert!(
            output.contains("display=x\\n2025-01-01T00:00:00Z  INFO forged"),
            "{output}"
        );
        assert!(output.contains("\\r\\u{1b}[2J"), "{output}");
        assert!(output.contains("request_id=x\\n"), "{output}");
    }

    #[test]
    fn json_lines_keep_every_value_whole_and_escaped() {
        let output = log_hostile_values(LogFormat::Json);
        assert_three_clean_lines(&output);
        let lines: Vec<serde_json::Value> = output
            .lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
            .collect();
        // Escaped, not lost: each line reads back as the very value logged.
        assert_eq!(lines[0]["display"], HOSTILE);
        assert_eq!(lines[0]["plain"], HOSTILE);
        assert_eq!(lines[0]["message"], format!("message {HOSTILE}"));
        assert_eq!(lines[0]["span"]["request_id"], HOSTILE);
        assert_eq!(lines[1]["error"], HOSTILE);
        assert_eq!(lines[2]["message"], HOSTILE);
    }

    #[test]
    fn a_character_cut_between_two_writes_is_not_broken() {
        let captured = Captured::default();
        let mut line = JsonLine(captured.clone());
        let bytes = "{\"a\":\"é\u{2028}\"}\n".as_bytes();
        let cut = 7; // inside `é`
        let written = io::Write::write(&mut line, &bytes[..cut]).unwrap();
        io::Write::write_all(&mut line, &bytes[written..]).unwrap();
        let out = captured.0.lock().unwrap().clone();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"a\":\"é\\u2028\"}\n");
    }

    /// Everything the server says goes through the subscriber above: nothing prints to the
    /// standard streams directly, except `main` before logging is set up (configuration errors).
    #[test]
    fn nothing_writes_to_stdout_or_stderr_around_the_log() {
        let forbidden = [
            "println!(",
            "print!(",
            "eprintln!(",
            "eprint!(",
            "dbg!(",
            "io::stdout",
            "io::stderr",
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let relative = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                if path.extension().is_none_or(|ext| ext != "rs") || relative == "main.rs" {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // Tests may print; the server's code may not.
                let code_part = text.split("#[cfg(test)]").next().unwrap_or_default();
                for (number, line) in code_part.lines().enumerate() {
                    let code = line.split("//").next().unwrap_or_default();
                    // Where the subscriber itself is given standard error.
                    let allowed = relative == "web/telemetry.rs"
                        && (code.contains("std::io::stderr().is_terminal()")
                            || code.contains("std::io::stderr)"));
                    if !allowed && forbidden.iter().any(|f| code.contains(f)) {
                        offenders.push(format!("src/{relative}:{}: {line}", number + 1));
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "{}", offenders.join("\n"));
    }
}
