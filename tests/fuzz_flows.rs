//! Property-based tests of reading and rendering Kratos flows: whatever JSON arrives as a flow
//! (unknown node types, groups and attributes, values of the wrong type, deep nesting, huge
//! strings, hostile text), reading it never panics, a flow that reads renders, and nothing from
//! it reaches the page unescaped.
//!
//! `PROPTEST_CASES` sets the number of cases (default 2,000); docs/benchmarks.md has the long run.

use askama::Template;
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use vestibule::i18n::{Catalogs, Translator};
use vestibule::ory::kratos::types::Flow;
use vestibule::pages::flow::{FlowPage, PageText};
use vestibule::ui::{FlowView, Forms, Purpose};
use vestibule::web::views::Layout;

/// Text that would break out of an element or an attribute if it were not escaped. The page
/// itself never contains these tags or attribute names, so finding one unescaped is a leak.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><vestibule-injected x=\"",
    "' onfocus='vestibule-injected'",
    "</form><vestibule-injected>",
    "<img src=x onerror=alert(1)>",
    "&lt;already&gt; &amp;",
];

/// Markers whose presence in the output means hostile text went through unescaped.
const LEAKS: &[&str] = &[
    "<script>alert",
    "<vestibule-injected",
    "onfocus='vestibule",
    "<img src=x",
];

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

/// Strings as Kratos might send them, and as it never would.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "", "input", "text", "img", "a", "script", "div", "hidden", "submit", "button",
            "password", "email", "tel", "checkbox", "default", "oidc", "code", "webauthn",
            "passkey", "totp", "lookup_secret", "profile", "identifier", "method", "csrf_token",
            "traits.email", "error", "info", "success", "aal2", "http://localhost:4433/x",
            "javascript:alert(1)", "data:image/png;base64,AAAA", "oryPasskeyLogin",
        ])
        .prop_map(str::to_owned),
        2 => prop::sample::select(HOSTILE).prop_map(|s| (*s).to_owned()),
        3 => any::<String>(),
        1 => "[a-z_.]{1,12}",
    ]
}

/// Any JSON value, nested up to a few levels (deeper nesting is built separately).
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A value nested `depth` arrays or objects deep.
fn deep(depth: usize, object: bool) -> Value {
    let mut value = json!("bottom");
    for _ in 0..depth {
        value = if object {
            json!({ "text": value })
        } else {
            json!([value])
        };
    }
    value
}

/// A field's value: usually of the right shape, sometimes anything at all.
fn field(right: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
    prop_oneof![
        3 => right,
        1 => any_json(),
    ]
    .boxed()
}

/// Now and then a deeply nested value (around serde_json's limit of 128 levels), in a node's
/// attributes and a message.
fn deeply_nested() -> impl Strategy<Value = Option<Value>> {
    prop::option::weighted(
        0.05,
        (100usize..160, any::<bool>()).prop_map(|(depth, object)| deep(depth, object)),
    )
}

fn string_field() -> BoxedStrategy<Value> {
    field(text().prop_map(Value::String))
}

fn message() -> impl Strategy<Value = Value> {
    (
        field(any::<u32>().prop_map(Value::from)),
        string_field(),
        string_field(),
        field(any_json()),
    )
        .prop_map(|(id, text, kind, context)| {
            json!({ "id": id, "text": text, "type": kind, "context": context })
        })
}

fn messages() -> BoxedStrategy<Value> {
    field(prop::collection::vec(message(), 0..4).prop_map(Value::Array))
}

fn attributes() -> impl Strategy<Value = Value> {
    let names = prop::sample::select(vec![
        "node_type",
        "id",
        "name",
        "type",
        "value",
        "required",
        "disabled",
        "autocomplete",
        "pattern",
        "maxlength",
        "onclickTrigger",
        "onloadTrigger",
        "onclick",
        "src",
        "width",
        "height",
        "href",
        "title",
        "text",
        "async",
        "crossorigin",
        "integrity",
        "referrerpolicy",
        "class",
        "label",
        "unknown_attribute",
    ]);
    prop::collection::vec(
        (
            names,
            prop_oneof![
                string_field(),
                message(),
                field(any::<u64>().prop_map(Value::from))
            ],
        ),
        0..12,
    )
    .prop_map(|pairs| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<Map<_, _>>(),
        )
    })
}

fn node() -> impl Strategy<Value = Value> {
    (
        string_field(),
        string_field(),
        field(attributes()),
        messages(),
        field(message().prop_map(|label| json!({ "label": label }))),
        any::<bool>(),
    )
        .prop_map(|(kind, group, attributes, messages, meta, drop_kind)| {
            let mut node = json!({
                "type": kind, "group": group, "attributes": attributes,
                "messages": messages, "meta": meta,
            });
            if drop_kind {
                node.as_object_mut().map(|n| n.remove("type"));
            }
            node
        })
}

/// Now and then a huge string (up to about 100 KB of characters that need escaping).
fn huge() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(0.02, (1usize..20_000).prop_map(|n| "x<\"'&".repeat(n)))
}

fn flow() -> impl Strategy<Value = Value> {
    (
        (huge(), deeply_nested()),
        field(text().prop_map(Value::String)),
        string_field(),
        field(any::<bool>().prop_map(Value::Bool)),
        string_field(),
        string_field(),
        string_field(),
        field(prop::collection::vec(node(), 0..8).prop_map(Value::Array)),
        messages(),
    )
        .prop_map(
            |((huge, nested), id, return_to, refresh, aal, action, method, mut nodes, mut messages)| {
                if let (Some(huge), Some(list)) = (huge, messages.as_array_mut()) {
                    list.push(json!({ "id": 4000001, "text": huge, "type": "error" }));
                }
                if let (Some(nested), Some(list)) = (nested, nodes.as_array_mut()) {
                    list.push(json!({ "type": "text", "attributes": { "text": nested.clone() } }));
                    list.push(json!({ "type": "input", "attributes": nested.clone(), "messages": [nested] }));
                }
                json!({
                    "id": id, "return_to": return_to, "refresh": refresh, "requested_aal": aal,
                    "ui": { "action": action, "method": method, "nodes": nodes, "messages": messages },
                })
            },
        )
}

fn render(flow: &Flow, purpose: Purpose, forms: Forms) -> String {
    render_in(flow, purpose, forms, &Translator::default())
}

/// Renders in one of the built-in languages, chosen by `pick`, so that every catalog's messages
/// and their variables meet generated values.
fn render_in_one_of(flow: &Flow, purpose: Purpose, forms: Forms, pick: usize) -> String {
    let catalogs = Catalogs::built_in();
    let locales = catalogs.locales();
    let t = catalogs.translator(&locales[pick % locales.len()]);
    render_in(flow, purpose, forms, &t)
}

fn render_in(flow: &Flow, purpose: Purpose, forms: Forms, t: &Translator) -> String {
    let page = FlowPage {
        layout: Layout {
            app_name: "vestibule".into(),
            nonce: "fuzz-nonce".to_owned(),
            t: t.clone(),
            here: "/login".to_owned(),
        },
        page: PageText {
            show_group_titles: forms == Forms::PerGroup,
            ..PageText::titled("Sign in")
        },
        flow: FlowView::new(&flow.ui, purpose, forms, t),
    };
    page.render().expect("a flow that reads renders")
}

fn assert_nothing_leaks(html: &str) {
    for leak in LEAKS {
        assert!(!html.contains(leak), "unescaped {leak:?} in the page");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Any flow-shaped JSON either reads as a flow or is refused; one that reads renders, with
    /// everything it carried escaped.
    #[test]
    fn any_flow_json_reads_or_is_refused_and_renders_escaped(flow_json in flow()) {
        let text = serde_json::to_string(&flow_json).expect("JSON serializes");
        if let Ok(flow) = serde_json::from_str::<Flow>(&text) {
            for (purpose, forms) in [
                (Purpose::SignIn, Forms::Single),
                (Purpose::SignIn, Forms::PerGroup),
            ] {
                let html = render_in_one_of(&flow, purpose, forms, text.len());
                assert_nothing_leaks(&html);
                prop_assert!(!html.contains(" onclick="), "no inline handlers");
            }
        }
    }

    /// Arbitrary bytes (not even JSON, not even UTF-8) are refused without a panic.
    #[test]
    fn arbitrary_bytes_never_panic_the_flow_reader(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = serde_json::from_slice::<Flow>(&bytes);
    }
}

#[test]
fn deeply_nested_values_are_refused_or_read_without_overflowing_the_stack() {
    // serde_json stops at 128 levels; the lenient readers must not recurse past that either.
    // (Built as text: a `Value` that deep would overflow the stack of the test itself.)
    let nested = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    let body =
        format!(r#"{{"id":"f","ui":{{"nodes":[{{"type":"input","attributes":{nested}}}]}}}}"#);
    let _ = serde_json::from_str::<Flow>(&body);
    let nested = deep(120, true);
    let flow = json!({"id":"f","ui":{"messages":[nested],"nodes":[{"type":"text","attributes":{"text":nested}}]}});
    let flow: Flow = serde_json::from_value(flow).expect("nesting within serde's limit reads");
    assert_nothing_leaks(&render(&flow, Purpose::SignIn, Forms::Single));
}

#[test]
fn hostile_text_in_every_field_is_escaped() {
    for hostile in HOSTILE {
        let message =
            json!({"id": 1, "text": hostile, "type": hostile, "context": {"reason": hostile}});
        let flow = json!({
            "id": hostile, "return_to": hostile,
            "ui": {
                "action": hostile, "method": hostile, "messages": [message],
                "nodes": [
                    {"type": "input", "group": hostile, "attributes": {"name": hostile, "type": hostile, "value": hostile, "autocomplete": hostile, "pattern": hostile, "onclickTrigger": hostile}, "messages": [message], "meta": {"label": message}},
                    {"type": "input", "group": "default", "attributes": {"name": "method", "type": "submit", "value": hostile}, "meta": {"label": message}},
                    {"type": "text", "group": hostile, "attributes": {"id": hostile, "text": message}},
                    {"type": "img", "group": hostile, "attributes": {"id": hostile, "src": hostile}},
                    {"type": "a", "group": hostile, "attributes": {"id": hostile, "href": hostile, "title": message}},
                    {"type": "script", "group": hostile, "attributes": {"id": hostile, "src": hostile, "integrity": hostile}},
                    {"type": "div", "group": hostile, "attributes": {"id": hostile, "class": hostile}},
                    {"type": hostile, "group": hostile, "attributes": {"id": hostile}},
                ],
            },
        });
        let flow: Flow = serde_json::from_value(flow).expect("reads");
        for forms in [Forms::Single, Forms::PerGroup] {
            assert_nothing_leaks(&render(&flow, Purpose::SignIn, forms));
        }
    }
}
