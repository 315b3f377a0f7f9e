//! The catalogs are complete: every UI message id of Kratos v1.3.1 (read from its source in the
//! Go module cache) and every key of vestibule's English catalog is in every built-in locale,
//! with the same variables as English; every key the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use fluent_syntax::ast;
use fluent_syntax::parser::parse;

const LOCALES: [&str; 12] = [
    "en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "ja", "zh-Hans", "ar",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Kratos's `text/id.go`, from the module cache `go env GOMODCACHE` names.
fn kratos_id_source() -> String {
    let output = Command::new("go")
        .args(["env", "GOMODCACHE"])
        .output()
        .expect("`go` must be installed to read Kratos's message ids (scripts/lib.sh install_go)");
    assert!(output.status.success(), "`go env GOMODCACHE` failed");
    let cache = String::from_utf8(output.stdout).unwrap();
    let path = Path::new(cache.trim()).join("github.com/ory/kratos@v1.3.1/text/id.go");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; the Kratos v1.3.1 module must be in the Go module cache (the test stack's build puts it there)",
            path.display()
        )
    })
}

/// Every message id `id.go` declares: `const` blocks of `Name ID = <base> + iota` followed by
/// names that each take the next number.
fn kratos_ids(source: &str) -> BTreeMap<u64, String> {
    let mut ids = BTreeMap::new();
    let mut next: Option<u64> = None;
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("").trim();
        if code.starts_with("const (") || code == ")" {
            next = None;
            continue;
        }
        if code.is_empty() {
            continue;
        }
        if let Some((name, value)) = code.split_once(" ID = ") {
            let base = value
                .trim()
                .trim_end_matches("+ iota")
                .trim()
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("cannot read the id of `{code}`"));
            ids.insert(base, name.trim().to_owned());
            next = Some(base + 1);
        } else if let Some(id) = next {
            let name = code.split_whitespace().next().unwrap();
            if name != "_" {
                ids.insert(id, name.to_owned());
            }
            next = Some(id + 1);
        }
    }
    ids
}

/// Message key -> the variables its value uses, for one catalog file.
fn messages(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            found.insert(message.id.name.to_owned(), variables);
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// Every message of a locale, from all its files.
fn locale_messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for file in ["kratos.ftl", "vestibule.ftl"] {
        let path = root().join("locales").join(locale).join(file);
        if path.exists() {
            all.extend(messages(&path));
        }
    }
    all
}

#[test]
fn every_kratos_message_and_vestibule_key_is_in_every_locale_with_the_same_variables() {
    let ids = kratos_ids(&kratos_id_source());
    assert!(
        ids.len() > 100,
        "only {} ids read from Kratos's id.go",
        ids.len()
    );
    let english = locale_messages("en");
    let vestibule_keys = messages(&root().join("locales/en/vestibule.ftl"));
    let mut problems = Vec::new();
    for (id, name) in &ids {
        if !english.contains_key(&format!("kratos-{id}")) {
            problems.push(format!("en: kratos-{id} ({name}) is missing"));
        }
    }
    let expected: BTreeMap<String, BTreeSet<String>> = english
        .iter()
        .filter(|(key, _)| {
            vestibule_keys.contains_key(*key)
                || key
                    .strip_prefix("kratos-")
                    .and_then(|id| id.parse::<u64>().ok())
                    .is_some_and(|id| ids.contains_key(&id))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for locale in LOCALES.iter().filter(|l| **l != "en") {
        let dir = root().join("locales").join(locale);
        if !dir.is_dir() {
            problems.push(format!("{locale}: the locale directory is missing"));
            continue;
        }
        let translated = locale_messages(locale);
        let mut missing = Vec::new();
        for (key, variables) in &expected {
            match translated.get(key) {
                None => missing.push(key.clone()),
                Some(theirs) if theirs != variables => problems.push(format!(
                    "{locale}: {key} uses variables {theirs:?}, English {variables:?}"
                )),
                Some(_) => {}
            }
        }
        if !missing.is_empty() {
            problems.push(format!(
                "{locale}: {} keys missing: {}",
                missing.len(),
                missing.join(", ")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "incomplete catalogs:\n{}",
        problems.join("\n")
    );
}

/// Keys the code names literally, in templates (`t("key")` and the other methods) and in Rust
/// sources (string literals that look like catalog keys of vestibule's sections).
fn keys_in_code() -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    let prefixes = [
        "apps",
        "back",
        "cancel",
        "consent",
        "continue",
        "create",
        "device",
        "error",
        "flow",
        "group",
        "home",
        "language",
        "login",
        "logout",
        "method",
        "oauth2",
        "phone",
        "recover",
        "recovery",
        "registration",
        "scope",
        "sessions",
        "settings",
        "sign",
        "verification",
        "wait",
    ];
    // Words of the same shape that are not messages: purposes of signatures and CSRF tokens.
    let not_keys = ["login-hint", "phone-sign-in", "flow-restarts"];
    let mut files = Vec::new();
    collect(&root().join("src"), "rs", &mut files);
    collect(&root().join("templates"), "html", &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let is_template = file.extension().is_some_and(|e| e == "html");
        let mut rest = text.as_str();
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            let literal = &after[..end];
            let before = &rest[..start];
            let called = [".t(", "t1(", "t2(", "with(", "t_markup(", "markup_with("]
                .iter()
                .any(|call| before.trim_end().ends_with(call));
            let looks_like_key = !not_keys.contains(&literal)
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && prefixes
                    .iter()
                    .any(|p| literal.starts_with(&format!("{p}-")));
            if (is_template && called) || (!is_template && looks_like_key) {
                found.insert((literal.to_owned(), file.display().to_string()));
            }
            rest = &after[end + 1..];
        }
    }
    found
}

fn collect(dir: &Path, extension: &str, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, extension, into);
        } else if path.extension().is_some_and(|e| e == extension) {
            into.push(path);
        }
    }
}

#[test]
fn every_key_the_code_names_is_in_the_english_catalog() {
    let english = locale_messages("en");
    let unknown: Vec<String> = keys_in_code()
        .into_iter()
        .filter(|(key, _)| !english.contains_key(key))
        .map(|(key, file)| format!("{key} (in {file})"))
        .collect();
    assert!(
        unknown.is_empty(),
        "keys not in locales/en/vestibule.ftl:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn every_built_in_catalog_loads() {
    let catalogs = vestibule::i18n::Catalogs::load(None, "en").expect("built-in catalogs load");
    let tags: Vec<&str> = catalogs.locales().iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, LOCALES);
    for locale in catalogs.locales() {
        assert!(locale.has("locale-name"), "{} has no name", locale.tag);
    }
    assert!(catalogs.get("ar").unwrap().rtl);
}
