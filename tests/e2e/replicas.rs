//! vestibule as operators run it: several replicas behind a load balancer (HAProxy, round robin,
//! no stickiness). vestibule keeps no per-process state a sign-in depends on, so a sign-in whose
//! requests land on different replicas completes.

use reqwest::Url;

use crate::support::browser::Hop;
use crate::support::oidc::{is_client_redirect, redeem};
use crate::support::ory::authorize_url;
use crate::support::signin::{
    app, assert_at_flow, is_vestibule, person, sign_in_with_password, PASSWORD,
};
use crate::support::{never, Browser, Form, Page, Stack, StackOptions};

/// The replica HAProxy says answered `hop` (its `X-Served-By` header).
fn served_by(hop: &Hop) -> String {
    hop.headers
        .get("x-served-by")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_else(|| panic!("HAProxy names the replica that answered {hop}"))
        .to_owned()
}

/// vestibule's requests among `pages`' hops, in order, with the replica that answered each.
fn vestibule_hops(stack: &Stack, pages: &[&Page]) -> Vec<(String, String)> {
    let on_vestibule = |url: &Url| url.port() == Some(stack.ports.vestibule);
    pages
        .iter()
        .flat_map(|page| page.hops.iter())
        .filter(|hop| on_vestibule(&hop.url))
        .map(|hop| (format!("{} {}", hop.method, hop.url.path()), served_by(hop)))
        .collect()
}

#[tokio::test]
async fn a_sign_in_whose_requests_land_on_different_replicas_completes() {
    let stack = Stack::start(StackOptions {
        replicas: 2,
        ..Default::default()
    })
    .await;
    let stack = &stack;
    assert_eq!(stack.vestibule_pids().len(), 2, "two vestibule processes");
    let ada = person(stack, "ada").await;
    let client = app(stack, "Nimbus Notes").await;
    let browser = Browser::new();
    let authorize = authorize_url(stack, &client, &[]);

    let login = browser.follow(authorize.as_str(), never).await;
    assert_at_flow(stack, &login, "/login");
    let to_consent = sign_in_with_password(&browser, &login, &ada.email, PASSWORD).await;
    let consent_url = to_consent.location.clone().expect("stopped at consent");
    let consent = browser.get(consent_url.as_str()).await;
    assert!(
        is_vestibule(stack, &consent.url, "/consent"),
        "vestibule's consent page\n{consent}"
    );
    let form: Form = consent.form("form[action='/consent']");
    let at_client = form
        .submit(&browser, Some(("decision", "allow")), is_client_redirect)
        .await;
    let tokens = redeem(stack, &client, &authorize, &at_client).await;
    assert_eq!(tokens.claims["sub"], ada.id.as_str(), "{:#}", tokens.claims);

    // The sign-in's requests to vestibule went to one replica, then the other, in turn.
    let hops = vestibule_hops(stack, &[&login, &to_consent, &consent, &at_client]);
    let paths: Vec<&str> = hops.iter().map(|(path, _)| path.as_str()).collect();
    for step in [
        "GET /login",
        "GET /callback",
        "GET /consent",
        "POST /consent",
    ] {
        assert!(
            paths.contains(&step),
            "{step} is part of the sign-in: {hops:?}"
        );
    }
    // Round robin without stickiness: the sign-in moves between replicas as it goes. Not at every
    // step: HAProxy places the first requests after a replica comes up, and any request it
    // redispatches, where its weights say, so two in a row may land on the same replica.
    let crossings = hops
        .windows(2)
        .filter(|pair| pair[0].1 != pair[1].1)
        .count();
    assert!(
        crossings * 2 >= hops.len() - 1,
        "at least every other request moves to the other replica: {hops:?}"
    );
    let mut replicas: Vec<&str> = hops.iter().map(|(_, replica)| replica.as_str()).collect();
    replicas.sort_unstable();
    replicas.dedup();
    assert_eq!(replicas, ["vestibule-1", "vestibule-2"], "{hops:?}");
}
