//! Start-up refuses bad configuration with a message naming the variable; the commands beside
//! serving (`--help`, `--version`, `check-config`, `healthcheck`) say what the settings are and
//! whether a vestibule is ready.

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
    assert!(
        stderr.contains("DEFAULT_LOCALE: `tlh` has no catalog"),
        "{stderr}"
    );
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

/// Runs `vestibule ARGS` to its end with only `env`, in an empty directory: status, stdout, stderr.
fn vestibule_command(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    Launch::bare().set_all(env).command(args)
}

#[test]
fn help_lists_every_setting_with_its_default_and_meaning() {
    let (code, stdout, stderr) = vestibule_command(&["--help"], &[]);
    assert_eq!(code, Some(0), "{stderr}");
    // The very text made from the settings' definitions, which docs/configuration.md's table is
    // kept equal to (src/config.rs).
    assert!(stdout.contains(&vestibule::config::help_text()), "{stdout}");
    for setting in vestibule::config::settings::ALL {
        assert!(
            stdout.contains(&format!("\n  {}", setting.name)),
            "{}",
            setting.name
        );
    }
    for command in ["check-config", "healthcheck", "serve"] {
        assert!(stdout.contains(command), "{stdout}");
    }
    assert!(stdout.contains("PORT  [default: 4455]"), "{stdout}");
    assert!(
        stdout.contains("COOKIE_SECRET (or COOKIE_SECRET_FILE)  [required]"),
        "{stdout}"
    );
}

#[test]
fn version_is_the_crates_version() {
    let (code, stdout, stderr) = vestibule_command(&["--version"], &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim(),
        format!("vestibule {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn check_config_reports_every_problem_at_once() {
    let env = [
        ("KRATOS_PUBLIC_URL", "localhost:4433"),
        ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445"),
        ("COOKIE_SECRET", TEST_SECRET),
        ("PORT", "eighty"),
        ("DEFAULT_LOCALE", "tlh"),
    ];
    let (code, stdout, stderr) = vestibule_command(&["check-config"], &env);
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("(5 problems)"), "{stderr}");
    for line in [
        "  KRATOS_PUBLIC_URL: `localhost:4433` must be an absolute http:// or https:// URL",
        "  KRATOS_ADMIN_URL: is required but not set",
        "  PORT: `eighty` is not a TCP port number",
        "  COOKIE_SECRET: is a value published with vestibule",
        "  DEFAULT_LOCALE: `tlh` has no catalog",
    ] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    // Start-up says the same, before it takes a port.
    let (code, start_up) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{start_up}");
    assert_eq!(start_up, stderr);
}

#[test]
fn check_config_accepts_a_valid_configuration_without_serving() {
    let mut env = valid();
    env.push((
        "CSRF_COOKIE_SECRET",
        "left over from kratos-selfservice-ui-node",
    ));
    let (code, stdout, stderr) = vestibule_command(&["check-config"], &env);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("the configuration is valid"), "{stdout}");
    assert!(
        stdout.contains("warning: CSRF_COOKIE_SECRET is set"),
        "{stdout}"
    );
    // It did not serve: the port is still free.
    std::net::TcpListener::bind(("127.0.0.1", PORT.parse::<u16>().unwrap()))
        .expect("check-config takes no port");
}

/// `vestibule healthcheck` is the image's HEALTHCHECK: it asks readiness on this host's PORT, so a
/// vestibule whose Kratos and Hydra do not answer is unhealthy, and so is none at all.
#[test]
fn healthcheck_fails_while_vestibule_is_not_ready_or_not_there() {
    let port = free_port();
    let port_text = port.to_string();
    let (code, _, stderr) = vestibule_command(&["healthcheck"], &[("PORT", &port_text)]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("http://127.0.0.1:{port}/health/ready: no answer")),
        "{stderr}"
    );

    // A vestibule whose Kratos and Hydra are addresses where nothing listens.
    let nowhere = format!("http://localhost:{}", free_port());
    let mut env = valid();
    env.retain(|(name, _)| !name.ends_with("_URL") && *name != "PORT");
    env.extend([
        ("KRATOS_PUBLIC_URL", nowhere.as_str()),
        ("KRATOS_ADMIN_URL", nowhere.as_str()),
        ("HYDRA_ADMIN_URL", nowhere.as_str()),
        ("PORT", port_text.as_str()),
        ("BIND_ADDRESS", "0.0.0.0"),
    ]);
    let vestibule = Launch::bare().set_all(&env).port(port).start();
    let (code, stdout, stderr) = vestibule_command(&["healthcheck"], &env);
    let (alive_code, alive_stdout, alive_stderr) = vestibule_command(
        &[
            "healthcheck",
            "--url",
            &format!("http://127.0.0.1:{port}/health/alive"),
        ],
        &[],
    );
    drop(vestibule);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("503 Service Unavailable"), "{stderr}");
    assert!(stderr.contains(r#""kratos":"down""#), "{stderr}");
    assert_eq!(alive_code, Some(0), "{alive_stdout}{alive_stderr}");
    assert!(alive_stdout.contains("200 OK"), "{alive_stdout}");
}
