//! A demo OAuth2 client for the development stack: prints an authorization URL, waits for the
//! browser to come back to http://127.0.0.1:5555/callback, exchanges the code at Hydra, checks the
//! ID token's signature against Hydra's JWKS and prints the tokens and the claims.
//!
//!     cargo run --example demo_client            (after scripts/up)
//!
//! Settings (environment): HYDRA_PUBLIC_URL (http://localhost:4444), DEMO_CLIENT_ID
//! (vestibule-demo), DEMO_CLIENT_SECRET (demo-secret-change-me), DEMO_SCOPE
//! ("openid offline_access email profile").

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{decode, decode_header, DecodingKey, Validation};
use serde_json::Value;

const REDIRECT_URI: &str = "http://127.0.0.1:5555/callback";

fn setting(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

fn random_hex() -> String {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .expect("read /dev/urandom");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Waits for one request to /callback and answers it; returns its query parameters.
fn wait_for_callback(listener: &TcpListener) -> HashMap<String, String> {
    loop {
        let (mut stream, _) = listener.accept().expect("accept");
        let mut request_line = String::new();
        BufReader::new(&stream).read_line(&mut request_line).ok();
        let target = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_owned();
        let url =
            url::Url::parse(&format!("http://127.0.0.1:5555{target}")).expect("request target");
        if url.path() != "/callback" {
            let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            continue;
        }
        let body = "Done. The tokens and claims are in the terminal.";
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        return url.query_pairs().into_owned().collect();
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let hydra = setting("HYDRA_PUBLIC_URL", "http://localhost:4444");
    let hydra = hydra.trim_end_matches('/');
    let client_id = setting("DEMO_CLIENT_ID", "vestibule-demo");
    let client_secret = setting("DEMO_CLIENT_SECRET", "demo-secret-change-me");
    let scope = setting("DEMO_SCOPE", "openid offline_access email profile");
    let (state, nonce) = (random_hex(), random_hex());

    let listener = TcpListener::bind("127.0.0.1:5555")?;
    let mut authorize = url::Url::parse(&format!("{hydra}/oauth2/auth"))?;
    authorize
        .query_pairs_mut()
        .append_pair("client_id", &client_id)
        .append_pair("response_type", "code")
        .append_pair("scope", &scope)
        .append_pair("redirect_uri", REDIRECT_URI)
        .append_pair("state", &state)
        .append_pair("nonce", &nonce);
    println!("Open this in a browser and sign in:\n\n  {authorize}\n");

    let params = wait_for_callback(&listener);
    if let Some(error) = params.get("error") {
        println!(
            "The authorization ended with `{error}`: {}",
            params
                .get("error_description")
                .map(String::as_str)
                .unwrap_or("")
        );
        return Ok(());
    }
    if params.get("state") != Some(&state) {
        return Err("the state in the callback does not match".into());
    }
    let code = params.get("code").ok_or("no code in the callback")?;

    let http = reqwest::Client::new();
    let tokens: Value = http
        .post(format!("{hydra}/oauth2/token"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT_URI),
            ("client_id", &client_id),
            ("client_secret", &client_secret),
        ])
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    println!(
        "Token response:\n{}\n",
        serde_json::to_string_pretty(&tokens)?
    );

    let id_token = tokens["id_token"]
        .as_str()
        .ok_or("no id_token (was `openid` granted?)")?;
    let jwks: JwkSet = http
        .get(format!("{hydra}/.well-known/jwks.json"))
        .send()
        .await?
        .json()
        .await?;
    let kid = decode_header(id_token)?
        .kid
        .ok_or("the ID token names no key")?;
    let jwk = jwks
        .find(&kid)
        .ok_or("the ID token's key is not in Hydra's JWKS")?;
    let mut validation = Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_audience(&[&client_id]);
    validation.set_issuer(&[format!("{hydra}/")]);
    let claims = decode::<Value>(id_token, &DecodingKey::from_jwk(jwk)?, &validation)?.claims;
    if claims["nonce"] != Value::String(nonce) {
        return Err("the nonce in the ID token does not match".into());
    }
    println!(
        "ID token signature verified with key {kid}. Claims:\n{}\n",
        serde_json::to_string_pretty(&claims)?
    );

    if let Some(access_token) = tokens["access_token"].as_str() {
        let userinfo: Value = http
            .get(format!("{hydra}/userinfo"))
            .bearer_auth(access_token)
            .send()
            .await?
            .json()
            .await?;
        println!("Userinfo:\n{}", serde_json::to_string_pretty(&userinfo)?);
    }
    Ok(())
}
