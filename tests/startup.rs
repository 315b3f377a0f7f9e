//! Start-up refuses bad configuration with a message naming the variable.

use std::sync::LazyLock;
use std::time::Duration;

use vestibule_testkit::{free_port, random_secret, Launch};

/// Runs vestibule with only `env` (in an empty directory, so no `.env` of the developer's is
/// read) until it exits: its exit code and log. One that is still running after 20 s (it
/// accepted the configuration) is stopped, and its code is `None`.
fn vestibule_with(env: &[(&str, &str)]) -> (Option<i32>, String) {
    Launch::bare()
        .set_all(env)
        .run_to_exit(Duration::from_secs(20))
}

/// New for every run: no secret written in the repository is accepted.
static SECRET: LazyLock<String> = LazyLock::new(|| random_secret(32));
/// A port of its own, so that a process that does start takes no port of another's.
static PORT: LazyLock<String> = LazyLock::new(|| free_port().to_string());

fn valid() -> Vec<(&'static str, &'static str)> {
    vec![
        ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
        ("KRATOS_ADMIN_URL", "http://127.0.0.1:4434"),
        ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445"),
        ("COOKIE_SECRET", SECRET.as_str()),
        ("PORT", PORT.as_str()),
    ]
}

#[test]
fn missing_variable_stops_start_up_and_is_named() {
    let env: Vec<_> = valid()
        .into_iter()
        .filter(|(name, _)| *name != "HYDRA_ADMIN_URL")
        .collect();
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("HYDRA_ADMIN_URL"), "{stderr}");
}

#[test]
fn malformed_variable_stops_start_up_and_is_named() {
    let mut env = valid();
    env.retain(|(name, _)| *name != "PORT");
    env.push(("PORT", "eighty"));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("PORT"), "{stderr}");
    assert!(stderr.contains("eighty"), "{stderr}");
}

#[test]
fn a_broken_catalog_file_stops_start_up_naming_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("de")).unwrap();
    let file = dir.path().join("de/mine.ftl");
    std::fs::write(&file, "login-title = Anmelden\nthis line is not fluent\n").unwrap();
    let mut env = valid();
    let locales = dir.path().to_str().unwrap().to_owned();
    env.push(("LOCALES_DIR", &locales));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}:2:", file.display())),
        "{stderr}"
    );
}

#[test]
fn an_unknown_default_locale_stops_start_up() {
    let mut env = valid();
    env.push(("DEFAULT_LOCALE", "tlh"));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("DEFAULT_LOCALE `tlh`"), "{stderr}");
}

#[test]
fn values_in_dot_env_are_read() {
    let launch = Launch::bare();
    // Everything valid but the port, so start-up stops right after reading configuration.
    let mut lines: Vec<String> = valid()
        .iter()
        .filter(|(k, _)| *k != "PORT")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    lines.push("PORT=not-a-port".to_owned());
    std::fs::write(launch.dir().join(".env"), lines.join("\n")).unwrap();
    let (code, stderr) = launch.run_to_exit(Duration::from_secs(20));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("PORT: `not-a-port`"), "{stderr}");
}

const PUBLISHED_SECRET: &str = "DEV-ONLY-vestibule-cookie-secret-change-me";

#[test]
fn a_published_development_secret_stops_start_up() {
    let mut env = valid();
    env.retain(|(name, _)| *name != "COOKIE_SECRET");
    env.push(("COOKIE_SECRET", PUBLISHED_SECRET));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("COOKIE_SECRET"), "{stderr}");
    assert!(stderr.contains("DEV_MODE"), "names the switch: {stderr}");
}

/// What the tests once gave every vestibule they started: published with the repository.
const TEST_SECRET: &str = "0123456789abcdef0123456789abcdef";

#[test]
fn the_secret_the_tests_used_stops_start_up_with_how_to_make_one() {
    let mut env = valid();
    env.retain(|(name, _)| *name != "COOKIE_SECRET");
    env.push(("COOKIE_SECRET", TEST_SECRET));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("COOKIE_SECRET"), "{stderr}");
    assert!(stderr.contains("openssl rand -hex 32"), "{stderr}");
}

#[test]
fn a_guessable_secret_stops_start_up_outside_development() {
    for guessable in [
        "Summer2024!Summer2024!Summer2024!",
        "iloveyouiloveyouiloveyouiloveyou12",
    ] {
        let mut env = valid();
        env.retain(|(name, _)| *name != "COOKIE_SECRET");
        env.push(("COOKIE_SECRET", guessable));
        let (code, stderr) = vestibule_with(&env);
        assert_eq!(code, Some(2), "{guessable}: {stderr}");
        assert!(stderr.contains("COOKIE_SECRET"), "{stderr}");
        assert!(stderr.contains("too easy to guess"), "{stderr}");
        assert!(stderr.contains("openssl rand -hex 32"), "{stderr}");
        assert!(
            !stderr.contains(guessable),
            "the secret is not shown: {stderr}"
        );
    }
}

#[test]
fn the_development_switch_allows_a_published_secret() {
    let mut env = valid();
    env.retain(|(name, _)| !matches!(*name, "COOKIE_SECRET" | "PORT"));
    env.extend([("COOKIE_SECRET", PUBLISHED_SECRET), ("DEV_MODE", "true")]);
    let vestibule = Launch::bare().set_all(&env).port(free_port()).start();
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", vestibule.port)).unwrap();
    use std::io::{Read, Write};
    stream
        .write_all(b"GET /health/alive HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut alive = String::new();
    let _ = stream.read_to_string(&mut alive);
    assert!(
        alive.starts_with("HTTP/1.1 200"),
        "{alive}\n{}",
        vestibule.log()
    );
}

#[test]
fn deployment_mistakes_stop_start_up_with_the_fix() {
    let mut env = valid();
    env.push(("BASE_URL", "http://login.example.com"));
    env.push(("KRATOS_BROWSER_URL", "http://auth.example.com"));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("BASE_URL"), "{stderr}");
    assert!(stderr.contains("https://login.example.com/"), "{stderr}");

    let mut env = valid();
    env.push(("BASE_URL", "https://login.example.com"));
    env.push(("KRATOS_BROWSER_URL", "https://auth.example.org"));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("KRATOS_BROWSER_URL"), "{stderr}");
    assert!(
        stderr.contains("KRATOS_BROWSER_URL=https://login.example.com/"),
        "{stderr}"
    );
}

/// Where Kratos's cookies go is asked of Kratos and Hydra at start-up; when they do not answer,
/// vestibule serves anyway and says loudly that it will check later.
#[test]
fn without_kratos_and_hydra_start_up_warns_that_the_cookie_scope_is_checked_later() {
    let mut env = valid();
    env.retain(|(name, _)| *name != "PORT");
    env.extend([
        ("BASE_URL", "https://login.example.com"),
        ("KRATOS_BROWSER_URL", "https://login.example.com"),
        ("APP_HOSTS", "app.example.com"),
    ]);
    let vestibule = Launch::bare().set_all(&env).port(free_port()).start();
    let stderr = vestibule.log();
    assert!(
        stderr.contains("CANNOT CHECK WHERE KRATOS'S COOKIES GO"),
        "{stderr}"
    );
    assert!(stderr.contains("checks again every 5 s"), "{stderr}");
}
