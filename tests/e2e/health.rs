use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::support::{client, Stack, StackOptions};

#[tokio::test]
async fn every_service_of_the_stack_answers_its_health_check() {
    let stack = Stack::shared().await;
    let http = client();
    for url in [
        stack.kratos_public_url("health/ready"),
        stack.kratos_admin_url("admin/health/ready"),
        stack.hydra_public_url("health/ready"),
        stack.hydra_admin_url("health/ready"),
        stack.mailpit_url("readyz"),
        stack.vestibule_url("health/alive"),
    ] {
        let response = http.get(&url).send().await.expect(&url);
        assert_eq!(response.status(), StatusCode::OK, "{url}");
    }

    let response = http
        .get(stack.vestibule_url("health/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body,
        json!({"status": "ok", "checks": {"kratos": "ok", "kratos-admin": "ok", "hydra": "ok"}})
    );
}

#[tokio::test]
async fn ready_turns_503_naming_kratos_when_kratos_stops() {
    let stack = Stack::start(StackOptions::default()).await;
    let http = client();
    let ready = stack.vestibule_url("health/ready");
    assert_eq!(
        http.get(&ready).send().await.unwrap().status(),
        StatusCode::OK
    );

    stack.stop("kratos");

    let response = http
        .get(&ready)
        .send()
        .await
        .expect("vestibule answers, no hang");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "unavailable");
    assert_ne!(body["checks"]["kratos"], "ok", "{body}");
    assert_ne!(body["checks"]["kratos-admin"], "ok", "{body}");
    assert_eq!(body["checks"]["hydra"], "ok", "{body}");

    // The process itself is still alive and serving.
    let alive = http
        .get(stack.vestibule_url("health/alive"))
        .send()
        .await
        .unwrap();
    assert_eq!(alive.status(), StatusCode::OK);
}

#[tokio::test]
async fn hydra_sends_browsers_to_vestibule_login_with_a_challenge() {
    let stack = Stack::shared().await;
    let http = client();
    let redirect_uri = "http://127.0.0.1:5555/callback";
    let created: Value = http
        .post(stack.hydra_admin_url("admin/clients"))
        .json(&json!({
            "client_name": "Health check app",
            "redirect_uris": [redirect_uri],
            "grant_types": ["authorization_code"],
            "response_types": ["code"],
            "scope": "openid",
            "token_endpoint_auth_method": "client_secret_post",
        }))
        .send()
        .await
        .unwrap()
        .error_for_status()
        .expect("Hydra creates the client")
        .json()
        .await
        .unwrap();
    let client_id = created["client_id"].as_str().expect("client_id");

    let response = http
        .get(stack.hydra_public_url("oauth2/auth"))
        .query(&[
            ("client_id", client_id),
            ("response_type", "code"),
            ("scope", "openid"),
            ("redirect_uri", redirect_uri),
            ("state", "state-of-the-test"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()["location"].to_str().unwrap();
    let expected_prefix = stack.vestibule_url("login?login_challenge=");
    assert!(
        location.starts_with(&expected_prefix),
        "{location} should start with {expected_prefix}"
    );
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let stack = Stack::shared().await;
    let response = client()
        .get(stack.vestibule_url("no-such-page?flow=abc"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let headers = response.headers().clone();
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(
        csp.contains(&format!(
            "form-action 'self' http://localhost:{}",
            stack.ports.kratos_public
        )),
        "{csp}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let body = response.text().await.unwrap();
    assert!(body.contains("Page not found"), "{body}");
}
