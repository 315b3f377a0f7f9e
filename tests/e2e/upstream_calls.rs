//! How much vestibule asks of Kratos and Hydra: a flow page costs the one call it cannot avoid
//! (the flow), and a whole password sign-in with consent stays within eight calls, plus at most
//! one cheap check (`/health/alive`) that Kratos is up before the browser is sent there, made
//! only when vestibule has not heard from Kratos for a moment. Counted from vestibule's debug
//! log, which names every upstream call, on a stack of its own.

use crate::support::oidc::{authorize_with_scope, is_client_redirect, redeem};
use crate::support::signin::{
    app, assert_rendered_flow, person, sign_in_with_password, Person, PASSWORD,
};
use crate::support::{never, Browser, OAuthClient, Stack, StackOptions};

fn calls_so_far(stack: &Stack) -> usize {
    stack
        .log("vestibule")
        .lines()
        .filter(|line| line.contains("upstream call") && !is_reachability_check(line))
        .count()
}

fn checks_so_far(stack: &Stack) -> usize {
    stack
        .log("vestibule")
        .lines()
        .filter(|line| line.contains("upstream call") && is_reachability_check(line))
        .count()
}

fn is_reachability_check(line: &str) -> bool {
    line.contains("/health/alive")
}

/// One whole sign-in: the app's authorization, the sign-in page, the password, consent, Allow,
/// the code. Returns the calls the sign-in page made, those of the whole sign-in, and the checks
/// that Kratos is up.
async fn sign_in(stack: &Stack, client: &OAuthClient, who: &Person) -> (usize, usize, usize) {
    let browser = Browser::new();
    let start = calls_so_far(stack);
    let checks = checks_so_far(stack);
    let authorize = authorize_with_scope(stack, client, "openid email", &[]);
    let to_login = browser
        .follow(authorize.as_str(), |url| {
            url.port() == Some(stack.ports.vestibule) && url.query().unwrap_or("").contains("flow=")
        })
        .await;
    let before_page = calls_so_far(stack);
    let page = browser.get(to_login.stopped_at().as_str()).await;
    let page_calls = calls_so_far(stack) - before_page;
    assert_rendered_flow(stack, &page, "/login");
    let done = sign_in_with_password(&browser, &page, &who.email, PASSWORD).await;
    let consent = browser.follow(done.stopped_at().as_str(), never).await;
    let at_client = consent
        .form("form[action='/consent']")
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    redeem(stack, client, &authorize, &at_client).await;
    (
        page_calls,
        calls_so_far(stack) - start,
        checks_so_far(stack) - checks,
    )
}

#[tokio::test]
async fn a_flow_page_makes_one_upstream_call_and_a_whole_sign_in_at_most_eight() {
    let stack = Stack::start(StackOptions::default()).await;
    let stack = &stack;
    let client = app(stack, "Nimbus Notes").await;
    // The first sign-in also learns which flows Kratos has on (cached for minutes).
    sign_in(stack, &client, &person(stack, "ada").await).await;

    let (page_calls, sign_in_calls, checks) =
        sign_in(stack, &client, &person(stack, "grace").await).await;

    assert_eq!(
        page_calls, 1,
        "the sign-in page asks Kratos for the flow, and nothing else"
    );
    assert!(
        sign_in_calls <= 8,
        "a whole sign-in made {sign_in_calls} upstream calls:\n{}",
        stack
            .log("vestibule")
            .lines()
            .filter(|line| line.contains("upstream call"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(checks <= 1, "{checks} checks that Kratos is up");
}
