//! Kratos's messages (form messages and node labels) in the page's language, by message id.
//!
//! The catalog key is `kratos-<id>`; the variables are the keys of the message's `context`
//! (lists joined with ", "), plus the derived ones the English catalog's header lists
//! (`expired_minutes`, `remaining_minutes`, `used_days_ago`). A message
//! whose id no catalog of the locale has (a newer Kratos) keeps Kratos's own text; each such id is
//! logged once and counted ([`missing_message_ids_total`]).

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::Translator;
use crate::ory::kratos::types::Message;

static MISSING: AtomicU64 = AtomicU64::new(0);
static MISSING_LOGGED: Mutex<Option<HashSet<(String, u64)>>> = Mutex::new(None);

/// How many times a Kratos message was shown in Kratos's own words because the page's locale has
/// no translation of its id.
pub fn missing_message_ids_total() -> u64 {
    MISSING.load(Ordering::Relaxed)
}

/// The text of `message` in `t`'s language.
pub fn text(t: &Translator, message: &Message) -> String {
    let Some(id) = message.id else {
        return message.text.clone();
    };
    let key = format!("kratos-{id}");
    let args = arguments(t, message, OffsetDateTime::now_utc());
    match t.format_own(&key, Some(&args)) {
        Some(text) => text,
        None => {
            missing(t.lang(), id);
            message.text.clone()
        }
    }
}

fn missing(locale: &str, id: u64) {
    MISSING.fetch_add(1, Ordering::Relaxed);
    crate::metrics::metrics().untranslated_messages.inc();
    let mut logged = MISSING_LOGGED.lock().unwrap_or_else(|e| e.into_inner());
    if logged
        .get_or_insert_with(HashSet::new)
        .insert((locale.to_owned(), id))
    {
        tracing::warn!(
            locale,
            message_id = id,
            "no translation of this Kratos message; showing Kratos's text"
        );
    }
}

/// The message's context as Fluent variables, with the derived ones.
pub fn arguments(t: &Translator, message: &Message, now: OffsetDateTime) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let Some(Value::Object(context)) = &message.context else {
        return args;
    };
    for (name, value) in context {
        let value = match value {
            Value::String(text) if name == "title" => FluentValue::from(t.schema_title(text)),
            Value::String(text) => FluentValue::from(text.clone()),
            Value::Number(n) => match n.as_f64() {
                Some(n) => FluentValue::from(n),
                None => continue,
            },
            Value::Bool(b) => FluentValue::from(b.to_string()),
            Value::Array(items) => FluentValue::from(
                items
                    .iter()
                    .map(|item| match item {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Value::Null | Value::Object(_) => continue,
        };
        args.set(name.clone(), value);
    }
    derive(&mut args, context, now);
    args
}

/// Variables computed from the context, as the English catalog's header lists them: Kratos
/// writes moments as timestamps, the catalogs speak of whole minutes and days.
fn derive(
    args: &mut FluentArgs<'static>,
    context: &serde_json::Map<String, Value>,
    now: OffsetDateTime,
) {
    let moment = |name: &str| {
        context
            .get(name)
            .and_then(Value::as_str)
            .and_then(|at| OffsetDateTime::parse(at, &Rfc3339).ok())
    };
    if let Some(expired_at) = moment("expired_at") {
        let minutes = (now - expired_at).whole_minutes().max(1);
        args.set("expired_minutes", FluentValue::from(minutes as f64));
    }
    if let Some(until) = moment("privileged_session_expires_at") {
        let minutes = (until - now).whole_minutes().max(1);
        args.set("remaining_minutes", FluentValue::from(minutes as f64));
    }
    if let Some(used_at) = moment("used_at") {
        let days = (now - used_at).whole_days().max(0);
        args.set("used_days_ago", FluentValue::from(days as f64));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(value: Value) -> Message {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn an_unknown_id_keeps_kratos_text_and_is_counted() {
        let t = Translator::default();
        let before = missing_message_ids_total();
        let unknown = message(json!({"id": 9_999_999, "text": "Something new", "type": "info"}));
        assert_eq!(text(&t, &unknown), "Something new");
        assert_eq!(text(&t, &unknown), "Something new");
        assert!(missing_message_ids_total() >= before + 2);
    }

    #[test]
    fn context_values_become_variables() {
        let t = Translator::default();
        let m = message(json!({
            "id": 4000003, "text": "x", "type": "error",
            "context": {"min_length": 8, "property": "password", "allowed": ["a", "b"],
                        "expired_at": "2026-01-01T10:00:00Z", "nothing": null,
                        "privileged_session_expires_at": "2026-01-01T10:30:30Z",
                        "used_at": "2025-12-29T09:00:00Z"}
        }));
        let now = OffsetDateTime::parse("2026-01-01T10:05:59Z", &Rfc3339).unwrap();
        let args = arguments(&t, &m, now);
        assert_eq!(args.get("min_length"), Some(&FluentValue::from(8.0)));
        assert_eq!(args.get("allowed"), Some(&FluentValue::from("a, b")));
        assert_eq!(args.get("expired_minutes"), Some(&FluentValue::from(5.0)));
        assert_eq!(
            args.get("remaining_minutes"),
            Some(&FluentValue::from(24.0))
        );
        assert_eq!(args.get("used_days_ago"), Some(&FluentValue::from(3.0)));
        assert!(args.get("nothing").is_none());
    }
}
