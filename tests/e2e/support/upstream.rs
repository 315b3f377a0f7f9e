//! An upstream OpenID Connect provider for social sign-in ("Sign in with Google"), made of real
//! parts: a second Ory Hydra process on its own loopback ports, with issuer
//! `http://127.0.0.1:<port>/` (not `localhost`, so its cookies never mix with the stack's), and a
//! tiny login and consent app in the test process standing in for the provider's own pages.
//!
//! The app signs nobody in by itself: a test first signs a browser in "at the provider" as an
//! [`UpstreamUser`] ([`Upstream::sign_in`], a cookie on the app's host). From then on the app
//! accepts Hydra's login requests for that browser with the user's subject, and consent requests
//! with the requested scopes and an ID token carrying the user's `email` (`email_verified: true`)
//! and names, as far as the granted scopes allow.
//!
//! [`SocialStack`] puts the two together: a Kratos whose `upstream` provider (a `generic` OpenID
//! Connect provider with the repository's Jsonnet mapper) is this Hydra.

use std::collections::HashMap;
use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::http::header;
use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};
use tokio::sync::{Mutex as AsyncMutex, MutexGuard as AsyncMutexGuard, OnceCell};

use super::browser::{query_param, Browser};
use super::ory::{admin_expect, code_request_url, random_hex, send_json, unique_email};
use super::{client, Stack, StackOptions};
use vestibule_testkit::free_port;
use vestibule_testkit::processes::{
    fresh_dir, random_secret, spawn_tied_to_test_process, tail, tool,
};

const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// The cookie by which the login app knows who is signed in "at the provider".
const SESSION_COOKIE: &str = "upstream_session";

/// The Kratos provider id of the upstream, as in `/self-service/methods/oidc/callback/upstream`
/// and in the `provider=upstream`, `link=upstream` and `unlink=upstream` buttons.
pub const PROVIDER_ID: &str = "upstream";
/// The provider's label in Kratos, which names it on buttons ("Sign in with Example").
pub const PROVIDER_LABEL: &str = "Example";
/// The mapper Kratos runs on the provider's claims.
pub const MAPPER: &str = "config/kratos/oidc/upstream.jsonnet";

/// Someone with an account at the upstream provider.
#[derive(Clone, Debug)]
pub struct UpstreamUser {
    /// The provider's `sub` for them.
    pub subject: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
}

impl UpstreamUser {
    /// A user no other test has, with a fresh subject and email address.
    pub fn new(who: &str, given_name: &str, family_name: &str) -> Self {
        Self::with_email(who, &unique_email(who), given_name, family_name)
    }

    /// A user no other test has (fresh subject), with the email address `email`.
    pub fn with_email(who: &str, email: &str, given_name: &str, family_name: &str) -> Self {
        UpstreamUser {
            subject: format!("{who}-{}", &random_hex()[..16]),
            email: email.to_owned(),
            given_name: given_name.to_owned(),
            family_name: family_name.to_owned(),
        }
    }

    /// What the provider puts in the ID token for the granted `scopes`.
    fn id_token_claims(&self, scopes: &[String]) -> Value {
        let mut claims = json!({});
        if scopes.iter().any(|scope| scope == "email") {
            claims["email"] = json!(self.email);
            claims["email_verified"] = json!(true);
        }
        if scopes.iter().any(|scope| scope == "profile") {
            claims["name"] = json!(format!("{} {}", self.given_name, self.family_name));
            claims["given_name"] = json!(self.given_name);
            claims["family_name"] = json!(self.family_name);
        }
        claims
    }
}

/// An OAuth2 client registered at the upstream provider.
#[derive(Clone, Debug)]
pub struct UpstreamClient {
    pub id: String,
    pub secret: String,
}

type Users = Arc<Mutex<HashMap<String, UpstreamUser>>>;

/// The upstream provider: its Hydra (killed with the test process, or when this is dropped) and
/// its login and consent app (a thread of the test process, serving until the process ends).
pub struct Upstream {
    pub dir: PathBuf,
    pub public_port: u16,
    pub admin_port: u16,
    pub app_port: u16,
    users: Users,
    hydra: Mutex<Option<Child>>,
}

impl Upstream {
    /// Starts the upstream Hydra and its login and consent app, and waits until both answer.
    pub async fn start() -> Upstream {
        let dir = fresh_dir();
        fs::create_dir_all(dir.join("logs")).expect("create the upstream's directory");
        let app_listener = TcpListener::bind("127.0.0.1:0").expect("no free port on 127.0.0.1");
        let (public_port, admin_port) = (free_port(), free_port());
        let app_port = app_listener.local_addr().unwrap().port();
        eprintln!(
            "upstream provider in {}: hydra public {public_port}, admin {admin_port}, \
             login app {app_port}",
            dir.display()
        );
        let upstream = Upstream {
            dir,
            public_port,
            admin_port,
            app_port,
            users: Arc::default(),
            hydra: Mutex::new(None),
        };

        upstream.start_app(app_listener);
        let config = upstream.write_hydra_config();
        let env = [(
            "DSN".to_owned(),
            format!(
                "sqlite://{}/hydra.sqlite?_fk=true&mode=rwc&_txlock=immediate&_journal_mode=WAL&_busy_timeout=30000&max_conns=64&max_idle_conns=16&lock=false",
                upstream.dir.display()
            ),
        )];
        let hydra = tool("VESTIBULE_HYDRA_BIN");
        let config = config.to_str().unwrap();
        upstream.migrate(
            &hydra,
            &["migrate", "sql", "up", "-e", "--yes", "-c", config],
            &env,
        );
        let log = fs::File::create(upstream.log_path()).expect("create the upstream's log");
        let mut command = Command::new(&hydra);
        command
            .args(["serve", "all", "-c", config, "--dev"])
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(&upstream.dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone log handle"))
            .stderr(log);
        let child = spawn_tied_to_test_process(command)
            .unwrap_or_else(|e| panic!("cannot start the upstream hydra: {e}"));
        *upstream.hydra.lock().unwrap() = Some(child);

        upstream
            .wait_until_ready(&upstream.public_url("health/ready"))
            .await;
        upstream
            .wait_until_ready(&upstream.admin_url("health/ready"))
            .await;
        upstream.wait_until_ready(&upstream.app_url("alive")).await;
        upstream.warm_up().await;
        upstream
    }

    /// One whole authorization code flow through the provider, for a throwaway client and user,
    /// before any test: it proves the provider works on its own, and it makes Hydra create what
    /// it creates on first use (its signing keys) while nothing else is going on. (Created by
    /// concurrent first requests, on a busy machine, that left SQLite locked for longer than its
    /// busy timeout, and a sign-in failed.)
    async fn warm_up(&self) {
        let redirect_uri = "http://127.0.0.1:5555/upstream-warm-up";
        let app = self.create_client(redirect_uri).await;
        let user = UpstreamUser::new("warm-up", "Warm", "Up");
        let browser = Browser::new();
        self.sign_in(&browser, &user).await;
        let authorize = code_request_url(&self.public_url("oauth2/auth"), &app.id, redirect_uri);
        let page = browser
            .follow(authorize.as_str(), |url| {
                url.as_str().starts_with(redirect_uri)
            })
            .await;
        let code = query_param(page.stopped_at(), "code").unwrap_or_else(|| {
            panic!(
                "the upstream provider should send a code back\n{page}\nits log:\n{}",
                tail(&self.log(), 20)
            )
        });
        let url = self.public_url("oauth2/token");
        let request = client()
            .post(&url)
            .basic_auth(&app.id, Some(&app.secret))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", redirect_uri),
            ]);
        let (status, tokens) = send_json(request, &format!("POST {url}")).await;
        assert!(
            status == StatusCode::OK && tokens["id_token"].is_string(),
            "the upstream provider's token endpoint answered {status}: {tokens:#}"
        );
    }

    /// The provider's issuer, as in its discovery document and ID tokens.
    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}/", self.public_port)
    }
    pub fn public_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.public_port)
    }
    pub fn admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.admin_port)
    }
    /// The provider's origins as `OIDC_PROVIDER_ORIGINS` lists them: its Hydra and its login app.
    pub fn origins(&self) -> String {
        format!(
            "http://127.0.0.1:{},http://127.0.0.1:{}",
            self.public_port, self.app_port
        )
    }

    pub fn app_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.app_port)
    }

    /// Whether `url` is the upstream Hydra's public side or its login and consent app.
    pub fn is_upstream(&self, url: &Url) -> bool {
        url.host_str() == Some("127.0.0.1")
            && (url.port() == Some(self.public_port) || url.port() == Some(self.app_port))
    }

    pub fn log(&self) -> String {
        fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    fn log_path(&self) -> PathBuf {
        self.dir.join("logs").join("upstream-hydra.log")
    }

    /// Signs `browser` in at the provider as `user`, the way someone is already signed in at
    /// Google before an app sends them there: later visits of the provider's login page in this
    /// browser are accepted for `user` without a question.
    pub async fn sign_in(&self, browser: &Browser, user: &UpstreamUser) {
        self.users
            .lock()
            .unwrap()
            .insert(user.subject.clone(), user.clone());
        let mut url = Url::parse(&self.app_url("session")).unwrap();
        url.query_pairs_mut().append_pair("subject", &user.subject);
        let page = browser.get(url.as_str()).await;
        page.assert_status(StatusCode::NO_CONTENT);
        let app = Url::parse(&self.app_url("")).unwrap();
        assert!(
            browser
                .cookie_header(&app)
                .contains(&format!("{SESSION_COOKIE}={}", user.subject)),
            "the browser keeps the provider's session cookie\n{page}"
        );
    }

    /// Registers an OAuth2 client (authorization code flow, scopes `openid email profile`,
    /// `client_secret_basic`) with a Hydra-generated id and secret.
    pub async fn create_client(&self, redirect_uri: &str) -> UpstreamClient {
        let secret = format!("upstream-{}", random_hex());
        let body = json!({
            "client_name": "vestibule's Kratos",
            "client_secret": secret,
            "redirect_uris": [redirect_uri],
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            "scope": "openid offline_access email profile",
            "token_endpoint_auth_method": "client_secret_basic",
        });
        let created = admin_expect(
            Method::POST,
            &self.admin_url("admin/clients"),
            Some(&body),
            StatusCode::CREATED,
        )
        .await;
        UpstreamClient {
            id: created["client_id"]
                .as_str()
                .unwrap_or_else(|| panic!("no client_id in {created:#}"))
                .to_owned(),
            secret,
        }
    }

    /// Replaces the redirect URIs of `client` (which Hydra checks at each authorization request).
    pub async fn set_redirect_uris(&self, client: &UpstreamClient, uris: &[&str]) {
        let patch = json!([{"op": "replace", "path": "/redirect_uris", "value": uris}]);
        let url = self.admin_url(&format!("admin/clients/{}", client.id));
        let updated = admin_expect(Method::PATCH, &url, Some(&patch), StatusCode::OK).await;
        assert_eq!(updated["redirect_uris"], json!(uris), "{updated:#}");
    }

    /// The Kratos environment that adds this provider as `upstream`: a `generic` OpenID Connect
    /// provider labelled "Example", for `client`, asking for `openid email profile`, its claims
    /// mapped to traits by [`MAPPER`].
    pub fn kratos_env(&self, client: &UpstreamClient) -> Vec<(String, String)> {
        let mapper = Path::new(REPO).join(MAPPER);
        assert!(mapper.is_file(), "{} is missing", mapper.display());
        let providers = json!([{
            "id": PROVIDER_ID,
            "provider": "generic",
            "label": PROVIDER_LABEL,
            "client_id": client.id,
            "client_secret": client.secret,
            "issuer_url": self.issuer(),
            "scope": ["openid", "email", "profile"],
            "mapper_url": format!("file://{}", mapper.display()),
        }]);
        vec![
            (
                "SELFSERVICE_METHODS_OIDC_ENABLED".to_owned(),
                "true".to_owned(),
            ),
            (
                "SELFSERVICE_METHODS_OIDC_CONFIG_PROVIDERS".to_owned(),
                providers.to_string(),
            ),
        ]
    }

    fn write_hydra_config(&self) -> PathBuf {
        let app = |path: &str| self.app_url(path);
        let config = format!(
            r#"serve:
  public:
    host: 127.0.0.1
    port: {public}
  admin:
    host: 127.0.0.1
    port: {admin}
  cookies:
    same_site_mode: Lax
urls:
  self:
    issuer: {issuer}
  login: {login}
  consent: {consent}
  error: {error}
oidc:
  subject_identifiers:
    supported_types:
      - public
secrets:
  system:
    - {secret}
log:
  level: info
  format: text
"#,
            public = self.public_port,
            admin = self.admin_port,
            issuer = self.issuer(),
            login = app("login"),
            consent = app("consent"),
            error = app("error"),
            secret = random_secret(32),
        );
        let path = self.dir.join("upstream-hydra.yml");
        fs::write(&path, config).expect("write the upstream's hydra.yml");
        path
    }

    fn migrate(&self, program: &Path, args: &[&str], env: &[(String, String)]) {
        let output = Command::new(program)
            .args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run the upstream's hydra migration: {e}"));
        let log = [output.stdout, output.stderr].concat();
        fs::write(
            self.dir.join("logs").join("upstream-hydra-migrate.log"),
            &log,
        )
        .expect("write the migration log");
        assert!(
            output.status.success(),
            "the upstream's hydra migration failed ({}):\n{}",
            output.status,
            tail(&String::from_utf8_lossy(&log), 40)
        );
    }

    async fn wait_until_ready(&self, url: &str) {
        let http = client();
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if let Ok(response) = http.get(url).send().await {
                if response.status().is_success() {
                    return;
                }
            }
            let exited = self
                .hydra
                .lock()
                .unwrap()
                .as_mut()
                .and_then(|child| child.try_wait().ok().flatten());
            if let Some(status) = exited {
                panic!(
                    "the upstream hydra exited ({status}) before {url} answered; its log:\n{}",
                    tail(&self.log(), 40)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "{url} did not answer within 90 s; the upstream hydra's log:\n{}",
                    tail(&self.log(), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Serves the login and consent app from `listener` on a thread of its own (with its own
    /// runtime, so it outlives the test that started it).
    fn start_app(&self, listener: TcpListener) {
        let state = AppState {
            hydra_admin: self.admin_url(""),
            users: self.users.clone(),
        };
        std::thread::Builder::new()
            .name("upstream-login-app".to_owned())
            .spawn(move || {
                actix_web::rt::System::new().block_on(async move {
                    HttpServer::new(move || {
                        App::new()
                            .app_data(web::Data::new(state.clone()))
                            .route(
                                "/alive",
                                web::get().to(|| async { HttpResponse::Ok().finish() }),
                            )
                            .route("/session", web::get().to(session))
                            .route("/login", web::get().to(login))
                            .route("/consent", web::get().to(consent))
                            .route("/error", web::get().to(error))
                    })
                    .workers(1)
                    .disable_signals()
                    .shutdown_timeout(0)
                    .listen(listener)
                    .expect("serve the upstream login app")
                    .run()
                    .await
                    .expect("the upstream login app stopped")
                })
            })
            .expect("start the upstream login app");
    }
}

impl Drop for Upstream {
    fn drop(&mut self) {
        if let Some(mut child) = self.hydra.get_mut().ok().and_then(Option::take) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

// ----- the provider's login and consent app -----

#[derive(Clone)]
struct AppState {
    /// `http://127.0.0.1:<admin>/`
    hydra_admin: String,
    users: Users,
}

impl AppState {
    /// PUTs `body` to Hydra's `kind` (login or consent) request `challenge` `/accept`, and sends
    /// the browser where Hydra says; any trouble becomes a 500 page saying what went wrong.
    async fn accept(&self, kind: &str, challenge: &str, body: Value) -> HttpResponse {
        let mut url = Url::parse(&format!(
            "{}admin/oauth2/auth/requests/{kind}/accept",
            self.hydra_admin
        ))
        .unwrap();
        url.query_pairs_mut()
            .append_pair(&format!("{kind}_challenge"), challenge);
        let answer = match client().put(url.as_str()).json(&body).send().await {
            Ok(response) => {
                let status = response.status();
                let json: Value = response.json().await.unwrap_or(Value::Null);
                if status == StatusCode::OK {
                    json["redirect_to"].as_str().map(str::to_owned).ok_or(json)
                } else {
                    Err(json!({"status": status.as_u16(), "body": json}))
                }
            }
            Err(e) => Err(json!(format!("{e:?}"))),
        };
        match answer {
            Ok(redirect_to) => HttpResponse::Found()
                .insert_header((header::LOCATION, redirect_to))
                .finish(),
            Err(problem) => HttpResponse::InternalServerError().body(format!(
                "upstream: accepting the {kind} request failed: {problem}"
            )),
        }
    }

    async fn consent_request(&self, challenge: &str) -> Result<Value, String> {
        let mut url = Url::parse(&format!(
            "{}admin/oauth2/auth/requests/consent",
            self.hydra_admin
        ))
        .unwrap();
        url.query_pairs_mut()
            .append_pair("consent_challenge", challenge);
        let response = client()
            .get(url.as_str())
            .send()
            .await
            .map_err(|e| format!("{e:?}"))?;
        let status = response.status();
        let json: Value = response.json().await.map_err(|e| format!("{e:?}"))?;
        if status == StatusCode::OK {
            Ok(json)
        } else {
            Err(format!("{status}: {json}"))
        }
    }

    fn user(&self, subject: &str) -> Option<UpstreamUser> {
        self.users.lock().unwrap().get(subject).cloned()
    }
}

/// `GET /session?subject=S`: the browser is now signed in at the provider as S.
async fn session(query: web::Query<HashMap<String, String>>) -> HttpResponse {
    let Some(subject) = query.get("subject") else {
        return HttpResponse::BadRequest().body("upstream: /session needs ?subject=");
    };
    let cookie = actix_web::cookie::Cookie::build(SESSION_COOKIE, subject.clone())
        .path("/")
        .http_only(true)
        .finish();
    HttpResponse::NoContent().cookie(cookie).finish()
}

/// `GET /login?login_challenge=C`: accepts the login for whoever is signed in at the provider.
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<HashMap<String, String>>,
) -> HttpResponse {
    let Some(challenge) = query.get("login_challenge") else {
        return HttpResponse::BadRequest().body("upstream: /login needs ?login_challenge=");
    };
    let Some(user) = req
        .cookie(SESSION_COOKIE)
        .and_then(|cookie| state.user(cookie.value()))
    else {
        return HttpResponse::Unauthorized()
            .body("upstream: nobody is signed in at the provider in this browser");
    };
    state
        .accept(
            "login",
            challenge,
            json!({"subject": user.subject, "remember": false}),
        )
        .await
}

/// `GET /consent?consent_challenge=C`: grants what was asked for, with the user's claims in
/// the ID token.
async fn consent(
    state: web::Data<AppState>,
    query: web::Query<HashMap<String, String>>,
) -> HttpResponse {
    let Some(challenge) = query.get("consent_challenge") else {
        return HttpResponse::BadRequest().body("upstream: /consent needs ?consent_challenge=");
    };
    let request = match state.consent_request(challenge).await {
        Ok(request) => request,
        Err(problem) => {
            return HttpResponse::InternalServerError().body(format!(
                "upstream: reading the consent request failed: {problem}"
            ))
        }
    };
    let subject = request["subject"].as_str().unwrap_or_default();
    let Some(user) = state.user(subject) else {
        return HttpResponse::InternalServerError()
            .body(format!("upstream: consent for unknown subject {subject:?}"));
    };
    let scopes: Vec<String> = request["requested_scope"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|scope| scope.as_str().map(str::to_owned))
        .collect();
    let body = json!({
        "grant_scope": scopes,
        "grant_access_token_audience": request["requested_access_token_audience"],
        "remember": false,
        "session": {"id_token": user.id_token_claims(&scopes)},
    });
    state.accept("consent", challenge, body).await
}

/// `GET /error?error=...`: Hydra's error page, shown as text so a failing test prints it.
async fn error(query: web::Query<HashMap<String, String>>) -> HttpResponse {
    HttpResponse::BadRequest().body(format!("upstream hydra error: {:?}", query.into_inner()))
}

/// A main stack whose Kratos signs people in with the upstream provider, and that provider.
pub struct SocialStack {
    pub upstream: Upstream,
    pub stack: Stack,
    turn: AsyncMutex<()>,
}

impl SocialStack {
    /// The social stack shared by the tests of this binary, for one test at a time (hold the
    /// guard for the whole test). Kratos on SQLite does not take concurrent social sign-ins
    /// well: an OpenID Connect callback and another person's sign-in at the same moment can
    /// lock each other out until one fails with "database is locked".
    pub async fn shared() -> (&'static SocialStack, AsyncMutexGuard<'static, ()>) {
        static SHARED: OnceCell<SocialStack> = OnceCell::const_new();
        let social = SHARED.get_or_init(SocialStack::start).await;
        (social, social.turn.lock().await)
    }

    /// Starts the upstream provider and registers Kratos as its client, then starts a stack
    /// whose Kratos has the provider, then tells the provider Kratos's real callback URL (the
    /// stack's ports are only known once it runs; Hydra checks the redirect URI at each
    /// authorization request, which comes later).
    pub async fn start() -> SocialStack {
        let upstream = Upstream::start().await;
        let client = upstream
            .create_client("http://localhost/not-known-yet")
            .await;
        let stack = Stack::start(StackOptions {
            kratos_env: upstream.kratos_env(&client),
            vestibule_env: vec![("OIDC_PROVIDER_ORIGINS".to_owned(), upstream.origins())],
            ..Default::default()
        })
        .await;
        upstream
            .set_redirect_uris(&client, &[&SocialStack::callback_url(&stack)])
            .await;
        SocialStack {
            upstream,
            stack,
            turn: AsyncMutex::new(()),
        }
    }

    /// Where the provider sends browsers back to Kratos.
    pub fn callback_url(stack: &Stack) -> String {
        stack.kratos_public_url(&format!("self-service/methods/oidc/callback/{PROVIDER_ID}"))
    }
}
