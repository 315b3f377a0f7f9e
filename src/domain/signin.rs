//! Decisions of the OAuth2 sign-in path, free of HTTP and of the Ory clients' types: when a
//! Kratos session may be used for a Hydra login request, when the person must authenticate again,
//! and what Hydra is told. The clients hand in what these decisions read ([`LoginRequest`],
//! [`SessionFacts`]); the decisions hand back what to do.
//!
//! Re-authentication follows OpenID Connect Core: `prompt=login`, a `max_age` older than the
//! session's `authenticated_at`, or `acr_values` asking for a second factor the session lacks.

use std::collections::BTreeSet;

use time::OffsetDateTime;
use url::Url;

use crate::domain::ids::LoginChallenge;

/// Kratos's authenticator assurance level: `aal1` one factor, `aal2` a second factor too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aal {
    Aal1,
    Aal2,
    Aal3,
}

impl Aal {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "aal1" => Some(Self::Aal1),
            "aal2" => Some(Self::Aal2),
            "aal3" => Some(Self::Aal3),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Aal1 => "aal1",
            Self::Aal2 => "aal2",
            Self::Aal3 => "aal3",
        }
    }
}

/// What the decisions read of Hydra's login request.
#[derive(Clone, Copy, Debug)]
pub struct LoginRequest<'a> {
    /// Hydra remembers a login of `subject` at this browser.
    pub skip: bool,
    pub subject: &'a str,
    /// The authorization request as the client sent it (`prompt`, `max_age`, `acr_values`).
    pub request_url: &'a str,
    /// The `acr_values` Hydra read from the request, when it says.
    pub acr_values: Option<&'a [String]>,
}

/// What the decisions read of a Kratos session.
pub trait SessionFacts {
    fn identity_id(&self) -> &str;
    fn session_id(&self) -> &str;
    fn authenticated_at(&self) -> Option<OffsetDateTime>;
    fn aal(&self) -> Option<Aal>;
    /// The methods the session was authenticated with, as Kratos names them.
    fn methods(&self) -> Vec<&str>;
}

impl<S: SessionFacts> SessionFacts for Box<S> {
    fn identity_id(&self) -> &str {
        (**self).identity_id()
    }

    fn session_id(&self) -> &str {
        (**self).session_id()
    }

    fn authenticated_at(&self) -> Option<OffsetDateTime> {
        (**self).authenticated_at()
    }

    fn aal(&self) -> Option<Aal> {
        (**self).aal()
    }

    fn methods(&self) -> Vec<&str> {
        (**self).methods()
    }
}

/// Whether the browser is signed in at Kratos, with `S` the session when it is.
#[derive(Debug)]
pub enum SessionState<S> {
    Active(S),
    /// No session cookie, or the session ended.
    Missing,
    /// A session exists but the identity has a second factor it has not used yet.
    NeedsSecondFactor,
}

/// What the client asked for about authentication, read from Hydra's login request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthRequirements {
    pub prompt_login: bool,
    pub max_age: Option<i64>,
    pub wants_second_factor: bool,
}

impl AuthRequirements {
    pub fn of(request: &LoginRequest) -> Self {
        let query: Vec<(String, String)> = Url::parse(request.request_url)
            .map(|url| url.query_pairs().into_owned().collect())
            .unwrap_or_default();
        let param = |name: &str| {
            query
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let acr_values: Vec<String> =
            request
                .acr_values
                .map(<[String]>::to_vec)
                .unwrap_or_else(|| {
                    param("acr_values")
                        .map(|v| v.split(' ').map(str::to_owned).collect())
                        .unwrap_or_default()
                });
        AuthRequirements {
            prompt_login: param("prompt").is_some_and(|p| p.split(' ').any(|p| p == "login")),
            max_age: param("max_age")
                .and_then(|v| v.parse().ok())
                .filter(|v| *v >= 0),
            wants_second_factor: acr_values
                .iter()
                .any(|acr| Aal::parse(acr).is_some_and(|aal| aal >= Aal::Aal2)),
        }
    }
}

/// How the person must authenticate (again) at Kratos.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reauthentication {
    /// Kratos `refresh=true`: enter the first factor again although signed in.
    pub refresh: bool,
    /// Kratos `aal=aal2`: use the second factor.
    pub second_factor: bool,
}

impl Reauthentication {
    pub fn needed(self) -> bool {
        self.refresh || self.second_factor
    }

    /// The level Kratos is asked to reach, when it is asked for more than the first factor.
    pub fn aal(self) -> Option<Aal> {
        self.second_factor.then_some(Aal::Aal2)
    }
}

/// Which re-authentication a session needs to satisfy `requirements` at `now`. A second factor
/// is only asked for when the identity has one (`second_factor_available`): Kratos cannot raise
/// the level of an identity without one, and the client learns the level reached from `acr`.
pub fn reauthentication(
    requirements: &AuthRequirements,
    session: &impl SessionFacts,
    now: OffsetDateTime,
    second_factor_available: bool,
) -> Reauthentication {
    let too_old = match (requirements.max_age, session.authenticated_at()) {
        (Some(max_age), Some(at)) => now - at > time::Duration::seconds(max_age),
        (Some(_), None) => true,
        (None, _) => false,
    };
    Reauthentication {
        refresh: requirements.prompt_login || too_old,
        second_factor: requirements.wants_second_factor
            && second_factor_available
            && !has_second_factor(session),
    }
}

/// Whether the session was authenticated with a second factor.
pub fn has_second_factor(session: &impl SessionFacts) -> bool {
    session.aal().is_some_and(|aal| aal >= Aal::Aal2)
}

/// What `/login?login_challenge=` does.
#[derive(Debug)]
pub enum LoginStep<S> {
    /// The browser's Kratos session is good enough: accept with it (single sign-on, or a login
    /// Hydra remembers and Kratos confirms).
    AcceptSession(S),
    /// Send the browser to Kratos to sign in (again).
    SignIn(Reauthentication),
    /// Hydra remembers a login (`skip`) that the browser's Kratos session does not confirm: the
    /// person signed out, the session ended or was revoked, or someone else signed in since.
    /// Hydra's memory of that subject ends and the authorization starts again from the top.
    Forget,
}

/// Hydra's `skip` only says whom Hydra remembers; Kratos's session says who is at the browser.
/// A remembered login is accepted only for an active Kratos session of that same identity which
/// also meets the request (`prompt`, `max_age`, `acr_values`).
pub fn login_step<S: SessionFacts>(
    request: &LoginRequest,
    session: SessionState<S>,
    now: OffsetDateTime,
    second_factor_available: bool,
) -> LoginStep<S> {
    if request.skip && !confirms(&session, request.subject) {
        return LoginStep::Forget;
    }
    match session {
        SessionState::Missing => LoginStep::SignIn(Reauthentication::default()),
        SessionState::NeedsSecondFactor => LoginStep::SignIn(Reauthentication {
            refresh: false,
            second_factor: true,
        }),
        SessionState::Active(session) => {
            let requirements = AuthRequirements::of(request);
            let reauth = reauthentication(&requirements, &session, now, second_factor_available);
            if reauth.needed() {
                LoginStep::SignIn(reauth)
            } else {
                LoginStep::AcceptSession(session)
            }
        }
    }
}

/// Whether the browser's Kratos session is an active one of `subject`.
pub fn confirms<S: SessionFacts>(session: &SessionState<S>, subject: &str) -> bool {
    matches!(session, SessionState::Active(session) if confirms_session(session, subject))
}

/// Whether an active Kratos session is one of `subject`.
pub fn confirms_session(session: &impl SessionFacts, subject: &str) -> bool {
    !subject.is_empty() && session.identity_id() == subject
}

/// What `/callback?login_challenge=` does.
#[derive(Debug)]
pub enum CallbackStep<S> {
    AcceptSession(S),
    /// No usable session: back to `/login?login_challenge=` to start over.
    StartOver,
    /// The identity has a second factor the session has not used.
    SecondFactor,
    /// Hydra remembers someone other than the person who just signed in: see [`LoginStep::Forget`].
    Forget,
}

/// `reauthenticated_after` is the verified time at which `/login` sent this browser to Kratos to
/// authenticate again, if the callback URL carries such a marker.
pub fn callback_step<S: SessionFacts>(
    request: &LoginRequest,
    session: SessionState<S>,
    reauthenticated_after: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> CallbackStep<S> {
    let session = match session {
        SessionState::Missing => return CallbackStep::StartOver,
        SessionState::NeedsSecondFactor => return CallbackStep::SecondFactor,
        SessionState::Active(session) => session,
    };
    if request.skip && session.identity_id() != request.subject {
        return CallbackStep::Forget;
    }
    // Whether the identity has a second factor is `/login`'s question; starting over there
    // answers it.
    let reauth = reauthentication(&AuthRequirements::of(request), &session, now, true);
    if !reauth.needed() {
        return CallbackStep::AcceptSession(session);
    }
    // Re-authentication was demanded, so `/login` must have sent the browser to Kratos for it.
    // A refresh happened if the session authenticated since then. A second factor that was asked
    // for and is still missing means the identity has none; the client learns that from `acr`.
    let done = match (reauthenticated_after, session.authenticated_at()) {
        (Some(asked_at), _) if !reauth.refresh => asked_at <= now,
        (Some(asked_at), Some(authenticated_at)) => authenticated_at >= asked_at,
        _ => false,
    };
    if done {
        CallbackStep::AcceptSession(session)
    } else {
        CallbackStep::StartOver
    }
}

/// What Hydra is told when it accepts a login with a Kratos session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginAcceptance {
    /// The Kratos identity: from the session, never from the request.
    pub subject: String,
    /// The Kratos session (Hydra's `identity_provider_session_id`).
    pub session_id: String,
    /// The methods the session was authenticated with.
    pub amr: Vec<String>,
    /// The session's level.
    pub acr: Option<Aal>,
    pub remember: bool,
    pub remember_for_seconds: i64,
}

/// The acceptance for a Kratos session: subject and session id from Kratos, never from the
/// request.
pub fn accept_with_session(
    session: &impl SessionFacts,
    remember: bool,
    remember_for_seconds: i64,
) -> LoginAcceptance {
    let methods: BTreeSet<&str> = session
        .methods()
        .into_iter()
        .filter(|m| !m.is_empty())
        .collect();
    LoginAcceptance {
        subject: session.identity_id().to_owned(),
        session_id: session.session_id().to_owned(),
        amr: methods.into_iter().map(str::to_owned).collect(),
        acr: session.aal(),
        remember,
        remember_for_seconds,
    }
}

/// The query parameter of `/callback` that carries a re-authentication marker.
pub const REAUTH_PARAMETER: &str = "reauth";

/// The URL Kratos returns the browser to after signing in: `/callback` carrying the challenge,
/// and, when re-authentication was asked for, its marker.
pub fn callback_url(
    base_url: &Url,
    challenge: &LoginChallenge,
    reauth_marker: Option<&str>,
) -> Url {
    let mut url = base_url.join("callback").expect("base URL takes a path");
    {
        let mut query = url.query_pairs_mut();
        query.append_pair(LoginChallenge::PARAMETER, challenge.as_str());
        if let Some(marker) = reauth_marker {
            query.append_pair(REAUTH_PARAMETER, marker);
        }
    }
    url
}

/// The login challenge carried by a flow's `return_to`, when it points at our `/callback`.
pub fn challenge_in_return_to(base_url: &Url, return_to: Option<&str>) -> Option<LoginChallenge> {
    let url = Url::parse(return_to?).ok()?;
    let callback = base_url.join("callback").ok()?;
    if url.origin() != callback.origin() || url.path() != callback.path() {
        return None;
    }
    url.query_pairs()
        .find(|(key, _)| key == LoginChallenge::PARAMETER)
        .and_then(|(_, value)| LoginChallenge::parse(&value).ok())
}

/// An app's `login_hint` worth filling in: trimmed, not empty, of a length an identifier can
/// have, without control characters. It is never trusted, only shown (escaped) as a pre-fill.
pub fn usable_login_hint(hint: &str) -> Option<String> {
    let hint = hint.trim();
    (!hint.is_empty() && hint.len() <= 254 && !hint.chars().any(char::is_control))
        .then(|| hint.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Duration;

    fn request(url_query: &str, skip: bool) -> LoginRequest<'static> {
        // Leaked: each test makes a handful.
        let url = format!("http://localhost:4444/oauth2/auth?client_id=app&{url_query}");
        LoginRequest {
            skip,
            subject: if skip { "remembered-subject" } else { "" },
            request_url: Box::leak(url.into_boxed_str()),
            acr_values: None,
        }
    }

    /// A session as the decisions see it.
    #[derive(Debug)]
    struct Session {
        identity: String,
        authenticated_at: OffsetDateTime,
        aal: Aal,
    }

    impl SessionFacts for Session {
        fn identity_id(&self) -> &str {
            &self.identity
        }
        fn session_id(&self) -> &str {
            "session-1"
        }
        fn authenticated_at(&self) -> Option<OffsetDateTime> {
            Some(self.authenticated_at)
        }
        fn aal(&self) -> Option<Aal> {
            Some(self.aal)
        }
        fn methods(&self) -> Vec<&str> {
            vec!["password", "totp", "password", ""]
        }
    }

    fn session(authenticated_ago: i64, aal: &str) -> Session {
        Session {
            identity: "identity-1".to_owned(),
            authenticated_at: OffsetDateTime::now_utc() - Duration::seconds(authenticated_ago),
            aal: Aal::parse(aal).expect("a level"),
        }
    }

    fn active(authenticated_ago: i64, aal: &str) -> SessionState<Session> {
        SessionState::Active(session(authenticated_ago, aal))
    }

    #[test]
    fn requirements_come_from_the_authorization_request() {
        let r = AuthRequirements::of(&request(
            "prompt=consent%20login&max_age=60&acr_values=aal2",
            false,
        ));
        assert_eq!(
            r,
            AuthRequirements {
                prompt_login: true,
                max_age: Some(60),
                wants_second_factor: true
            }
        );
        assert_eq!(
            AuthRequirements::of(&request("prompt=consent&max_age=-1", false)),
            AuthRequirements::default()
        );
    }

    fn active_as(identity: &str, authenticated_ago: i64, aal: &str) -> SessionState<Session> {
        let mut session = session(authenticated_ago, aal);
        session.identity = identity.to_owned();
        SessionState::Active(session)
    }

    #[test]
    fn a_remembered_login_needs_a_kratos_session_of_the_same_identity() {
        let now = OffsetDateTime::now_utc();
        let remembered = request("", true);
        // Signed out, session revoked or expired, or a second factor still owed: Hydra forgets.
        for session in [
            SessionState::<Session>::Missing,
            SessionState::NeedsSecondFactor,
        ] {
            assert!(matches!(
                login_step(&remembered, session, now, true),
                LoginStep::Forget
            ));
        }
        // Someone else signed in at this browser since.
        assert!(matches!(
            login_step(&remembered, active_as("someone-else", 5, "aal1"), now, true),
            LoginStep::Forget
        ));
        // The same person, still signed in at Kratos: accepted with Kratos's session.
        match login_step(
            &remembered,
            active_as("remembered-subject", 5, "aal1"),
            now,
            true,
        ) {
            LoginStep::AcceptSession(session) => {
                let accept = accept_with_session(&session, true, 60);
                assert_eq!(accept.subject, "remembered-subject");
                assert_eq!(accept.acr, Some(Aal::Aal1));
                assert!(!accept.amr.is_empty());
            }
            other => panic!("expected the session to be used, got {other:?}"),
        }
    }

    #[test]
    fn a_remembered_login_still_meets_the_request() {
        let now = OffsetDateTime::now_utc();
        let asks_aal2 = request("acr_values=aal2", true);
        assert!(matches!(
            login_step(
                &asks_aal2,
                active_as("remembered-subject", 5, "aal1"),
                now,
                true
            ),
            LoginStep::SignIn(Reauthentication {
                refresh: false,
                second_factor: true
            })
        ));
        assert!(matches!(
            login_step(
                &request("max_age=1", true),
                active_as("remembered-subject", 60, "aal2"),
                now,
                true
            ),
            LoginStep::SignIn(Reauthentication { refresh: true, .. })
        ));
        // Back from Kratos: the same person is accepted, anyone else makes Hydra forget.
        let asked = now - Duration::seconds(30);
        assert!(matches!(
            callback_step(
                &asks_aal2,
                active_as("remembered-subject", 5, "aal2"),
                Some(asked),
                now
            ),
            CallbackStep::AcceptSession(_)
        ));
        assert!(matches!(
            callback_step(
                &asks_aal2,
                active_as("someone-else", 5, "aal2"),
                Some(asked),
                now
            ),
            CallbackStep::Forget
        ));
    }

    #[test]
    fn an_existing_session_signs_in_without_a_page() {
        let now = OffsetDateTime::now_utc();
        match login_step(&request("", false), active(600, "aal1"), now, true) {
            LoginStep::AcceptSession(s) => assert_eq!(s.identity_id(), "identity-1"),
            other => panic!("expected single sign-on, got {other:?}"),
        }
    }

    #[test]
    fn no_session_means_signing_in() {
        let now = OffsetDateTime::now_utc();
        assert!(matches!(
            login_step(
                &request("", false),
                SessionState::<Session>::Missing,
                now,
                true
            ),
            LoginStep::SignIn(Reauthentication {
                refresh: false,
                second_factor: false
            })
        ));
        assert!(matches!(
            login_step(
                &request("", false),
                SessionState::<Session>::NeedsSecondFactor,
                now,
                true
            ),
            LoginStep::SignIn(Reauthentication {
                refresh: false,
                second_factor: true
            })
        ));
    }

    #[test]
    fn prompt_login_max_age_and_acr_demand_reauthentication() {
        let now = OffsetDateTime::now_utc();
        let step = |query: &str, ago: i64, aal: &str| {
            login_step(&request(query, false), active(ago, aal), now, true)
        };
        assert!(matches!(
            step("prompt=login", 5, "aal1"),
            LoginStep::SignIn(Reauthentication {
                refresh: true,
                second_factor: false
            })
        ));
        assert!(matches!(
            step("max_age=1", 2, "aal1"),
            LoginStep::SignIn(Reauthentication { refresh: true, .. })
        ));
        assert!(matches!(
            step("max_age=60", 2, "aal1"),
            LoginStep::AcceptSession(_)
        ));
        assert!(matches!(
            step("acr_values=aal2", 2, "aal1"),
            LoginStep::SignIn(Reauthentication {
                refresh: false,
                second_factor: true
            })
        ));
        assert!(matches!(
            step("acr_values=aal2", 2, "aal2"),
            LoginStep::AcceptSession(_)
        ));
        // No second factor to ask for: accepted at the level the identity has.
        assert!(matches!(
            login_step(
                &request("acr_values=aal2", false),
                active(2, "aal1"),
                now,
                false
            ),
            LoginStep::AcceptSession(_)
        ));
    }

    #[test]
    fn callback_accepts_a_reauthentication_only_after_it_was_asked_for() {
        let now = OffsetDateTime::now_utc();
        let asked = now - Duration::seconds(30);
        let prompt_login = request("prompt=login", false);
        // Authenticated 5 s ago, after being asked 30 s ago: accepted.
        assert!(matches!(
            callback_step(&prompt_login, active(5, "aal1"), Some(asked), now),
            CallbackStep::AcceptSession(_)
        ));
        // Authenticated before being asked, or no (valid) marker: start over.
        assert!(matches!(
            callback_step(&prompt_login, active(60, "aal1"), Some(asked), now),
            CallbackStep::StartOver
        ));
        assert!(matches!(
            callback_step(&prompt_login, active(5, "aal1"), None, now),
            CallbackStep::StartOver
        ));
        // Nothing demanded: any session will do.
        assert!(matches!(
            callback_step(&request("", false), active(6000, "aal1"), None, now),
            CallbackStep::AcceptSession(_)
        ));
        assert!(matches!(
            callback_step(
                &request("", false),
                SessionState::<Session>::Missing,
                None,
                now
            ),
            CallbackStep::StartOver
        ));
        assert!(matches!(
            callback_step(
                &request("", false),
                SessionState::<Session>::NeedsSecondFactor,
                None,
                now
            ),
            CallbackStep::SecondFactor
        ));
        // A second factor was asked for and the identity has none: accepted at the level it has.
        let acr = request("acr_values=aal2", false);
        assert!(matches!(
            callback_step(&acr, active(600, "aal1"), Some(asked), now),
            CallbackStep::AcceptSession(_)
        ));
        assert!(matches!(
            callback_step(&acr, active(600, "aal1"), None, now),
            CallbackStep::StartOver
        ));
    }

    #[test]
    fn accept_carries_kratos_identity_session_methods_and_level() {
        let accept = accept_with_session(&session(1, "aal2"), true, 3600);
        assert_eq!(accept.subject, "identity-1");
        assert_eq!(accept.session_id, "session-1");
        assert_eq!(accept.amr, vec!["password".to_owned(), "totp".to_owned()]);
        assert_eq!(accept.acr, Some(Aal::Aal2));
        assert!(accept.remember);
        assert_eq!(accept.remember_for_seconds, 3600);
    }

    #[test]
    fn the_callback_carries_the_challenge_and_a_marker() {
        let base = Url::parse("http://localhost:4455/").unwrap();
        let challenge = LoginChallenge::parse("abc").unwrap();
        assert_eq!(
            callback_url(&base, &challenge, None).as_str(),
            "http://localhost:4455/callback?login_challenge=abc"
        );
        assert_eq!(
            callback_url(&base, &challenge, Some("m.1")).as_str(),
            "http://localhost:4455/callback?login_challenge=abc&reauth=m.1"
        );
    }

    #[test]
    fn the_challenge_is_recovered_only_from_our_own_callback() {
        let base = Url::parse("http://localhost:4455/").unwrap();
        let found =
            |rt: &str| challenge_in_return_to(&base, Some(rt)).map(|c| c.as_str().to_owned());
        assert_eq!(
            found("http://localhost:4455/callback?login_challenge=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(
            found("http://evil.example/callback?login_challenge=abc"),
            None
        );
        assert_eq!(
            found("http://localhost:4455/other?login_challenge=abc"),
            None
        );
        assert_eq!(
            found("http://localhost:4455/callback?login_challenge=a%20b"),
            None
        );
        assert_eq!(challenge_in_return_to(&base, None), None);
    }

    #[test]
    fn login_hints_are_only_prefills_of_sensible_shape() {
        assert_eq!(
            usable_login_hint(" ada@example.com ").as_deref(),
            Some("ada@example.com")
        );
        assert_eq!(usable_login_hint(""), None);
        assert_eq!(usable_login_hint("a\nb"), None);
        assert_eq!(usable_login_hint(&"a".repeat(300)), None);
    }
}
