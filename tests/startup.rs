//! Start-up refuses bad configuration with a message naming the variable.

use std::process::{Command, Stdio};

fn vestibule_with(env: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_vestibule"))
        .env_clear()
        .envs(env.iter().copied())
        // An empty directory, so no `.env` of the developer's is read.
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run vestibule");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const VALID: [(&str, &str); 4] = [
    ("KRATOS_PUBLIC_URL", "http://localhost:4433"),
    ("KRATOS_ADMIN_URL", "http://127.0.0.1:4434"),
    ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445"),
    ("COOKIE_SECRET", "0123456789abcdef0123456789abcdef"),
];

#[test]
fn missing_variable_stops_start_up_and_is_named() {
    let env: Vec<_> = VALID
        .iter()
        .copied()
        .filter(|(name, _)| *name != "HYDRA_ADMIN_URL")
        .collect();
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("HYDRA_ADMIN_URL"), "{stderr}");
}

#[test]
fn malformed_variable_stops_start_up_and_is_named() {
    let mut env = VALID.to_vec();
    env.push(("PORT", "eighty"));
    let (code, stderr) = vestibule_with(&env);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("PORT"), "{stderr}");
    assert!(stderr.contains("eighty"), "{stderr}");
}

#[test]
fn values_in_dot_env_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // Everything valid but the port, so start-up stops right after reading configuration.
    let mut lines: Vec<String> = VALID.iter().map(|(k, v)| format!("{k}={v}")).collect();
    lines.push("PORT=not-a-port".to_owned());
    std::fs::write(dir.path().join(".env"), lines.join("\n")).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_vestibule"))
        .env_clear()
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("PORT: `not-a-port`"), "{stderr}");
}
