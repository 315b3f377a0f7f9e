//! Where Kratos's cookies go, as vestibule learns it from the real Kratos at start-up: a
//! production vestibule (https `BASE_URL`) starts when Kratos's cookies are for its own host
//! only, and refuses to start when they would reach an app (`APP_HOSTS`, or a host of an OAuth2
//! client Hydra lists) or never reach vestibule. When Kratos does not answer at start-up it
//! starts, warns, and logs the verdict as an error once Kratos is back.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::ory::create_client;
use crate::support::{Stack, StackOptions};

/// The production shape's names, as the HTTPS test stack and docs/deployment.md use them.
const LOGIN: &str = "https://login.vestibule.test";

/// A production vestibule's settings on a stack's Kratos and Hydra: https, Kratos's browser paths
/// under vestibule's host.
fn production<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut env = vec![("BASE_URL", LOGIN), ("KRATOS_BROWSER_URL", LOGIN)];
    env.extend_from_slice(extra);
    env
}

async fn exit_status(stack: &Stack, name: &str) -> std::process::ExitStatus {
    stack
        .wait_for_exit(name, Duration::from_secs(60))
        .await
        .unwrap_or_else(|| panic!("{name} kept running; its log:\n{}", stack.log(name)))
}

#[tokio::test]
async fn host_only_cookies_under_vestibules_host_are_accepted_by_the_real_kratos() {
    let stack = Stack::shared().await;
    let port = stack.start_vestibule(
        "vestibule-one-host",
        &production(&[("APP_HOSTS", "app.vestibule.test")]),
    );
    stack.wait_until_alive("vestibule-one-host", port).await;
    let log = stack.log("vestibule-one-host");
    assert!(
        log.contains(
            "cookie scope checked: Kratos's cookies go to the host login.vestibule.test only"
        ),
        "{log}"
    );
    stack.stop("vestibule-one-host");

    // The same host-only cookies, with browsers sent to Kratos at a host of its own: they would
    // never reach vestibule, and start-up says so.
    stack.start_vestibule(
        "vestibule-kratos-apart",
        &[
            ("BASE_URL", LOGIN),
            ("KRATOS_BROWSER_URL", "https://auth.vestibule.test"),
        ],
    );
    let status = exit_status(stack, "vestibule-kratos-apart").await;
    let log = stack.log("vestibule-kratos-apart");
    assert_eq!(status.code(), Some(2), "{log}");
    assert!(log.contains("never send them to vestibule"), "{log}");
    assert!(log.contains("KRATOS_BROWSER_URL"), "{log}");
}

#[tokio::test]
async fn kratos_cookies_on_a_parent_domain_with_an_app_under_it_stop_start_up() {
    // Kratos as earlier versions of the deployment guide set it up: its cookies for the parent
    // domain.
    let stack = Stack::start(StackOptions {
        kratos_env: vec![("COOKIES_DOMAIN".to_owned(), "vestibule.test".to_owned())],
        ..StackOptions::default()
    })
    .await;

    stack.start_vestibule(
        "vestibule-app-hosts",
        &production(&[("APP_HOSTS", "app.vestibule.test")]),
    );
    let status = exit_status(&stack, "vestibule-app-hosts").await;
    let log = stack.log("vestibule-app-hosts");
    assert_eq!(status.code(), Some(2), "refused\n{log}");
    for words in [
        "cannot start",
        "Kratos sets its cookies for vestibule.test and every name under it",
        "`app.vestibule.test` (APP_HOSTS)",
        "cookies.domain",
        "/self-service/",
    ] {
        assert!(log.contains(words), "{words}:\n{log}");
    }

    // No APP_HOSTS: the app is known from its OAuth2 client's redirect URI at Hydra.
    let shop = create_client(
        &stack,
        "Shop",
        json!({"redirect_uris": ["https://shop.vestibule.test/callback"]}),
    )
    .await;
    stack.start_vestibule("vestibule-clients", &production(&[]));
    let status = exit_status(&stack, "vestibule-clients").await;
    let log = stack.log("vestibule-clients");
    assert_eq!(status.code(), Some(2), "refused\n{log}");
    assert!(
        log.contains(&format!(
            "`shop.vestibule.test` (a redirect or logout URI of the OAuth2 client `{}` at Hydra)",
            shop.id
        )),
        "{log}"
    );

    // Kratos down at start-up: vestibule serves, warns, and logs the verdict once Kratos is back.
    stack.stop("kratos");
    let port = stack.start_vestibule(
        "vestibule-later",
        &production(&[("APP_HOSTS", "app.vestibule.test")]),
    );
    stack.wait_until_alive("vestibule-later", port).await;
    let log = stack.log("vestibule-later");
    assert!(
        log.contains("CANNOT CHECK WHERE KRATOS'S COOKIES GO"),
        "{log}"
    );
    stack.restart("kratos").await;
    let deadline = Instant::now() + Duration::from_secs(60);
    let verdict = "cookie scope checked once Kratos and Hydra answered, and it is wrong";
    while !stack.log("vestibule-later").contains(verdict) {
        assert!(
            Instant::now() < deadline,
            "no verdict within 60 s of Kratos's return; the log:\n{}",
            stack.log("vestibule-later")
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let log = stack.log("vestibule-later");
    assert!(log.contains("`app.vestibule.test` (APP_HOSTS)"), "{log}");
    assert!(log.contains("ERROR"), "logged as an error:\n{log}");
}
