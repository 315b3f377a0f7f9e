//! Identity traits as OpenID Connect claims, only for the scopes that were granted.
//!
//! The defaults follow the standard claims of OpenID Connect Core (section 5.1): `email` from the
//! identity's verified email address, `profile` from the name traits, and so on. Operators extend
//! or override them with a mapping file: scope -> claim -> JSON pointer into the identity, one
//! table for the ID token and one for the access token. A claim mapped to `null` is removed, and
//! a trait that is missing gives no claim at all (never `null` or `""`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// scope -> claim -> JSON pointer (`None`: remove the claim).
pub type ScopeTable = BTreeMap<String, BTreeMap<String, Option<String>>>;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsMapping {
    #[serde(default)]
    pub id_token: ScopeTable,
    #[serde(default)]
    pub access_token: ScopeTable,
}

impl ClaimsMapping {
    /// Reads and checks a mapping file; the error says what is wrong and where.
    pub fn from_file(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("`{}`: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let mapping: ClaimsMapping =
            serde_json::from_str(text).map_err(|e| format!("not a claims mapping: {e}"))?;
        for (token, table) in [
            ("id_token", &mapping.id_token),
            ("access_token", &mapping.access_token),
        ] {
            for (scope, claims) in table {
                for (claim, pointer) in claims {
                    if let Some(pointer) = pointer {
                        if !pointer.is_empty() && !pointer.starts_with('/') {
                            return Err(format!(
                                "{token}.{scope}.{claim}: `{pointer}` is not a JSON pointer (it must start with `/`, e.g. `/traits/email`)"
                            ));
                        }
                    }
                }
            }
        }
        Ok(mapping)
    }
}

impl ClaimsMapping {
    /// Whether a claim reads a part of the identity only Kratos's admin API shows
    /// (`metadata_admin`, credentials); the identity in a session carries everything else.
    pub fn needs_admin_fields(&self) -> bool {
        [&self.id_token, &self.access_token]
            .into_iter()
            .flat_map(|table| table.values())
            .flat_map(|claims| claims.values())
            .flatten()
            .any(|pointer| {
                pointer.starts_with("/metadata_admin") || pointer.starts_with("/credentials")
            })
    }
}

/// The claims each scope gives by default (the README's claims table). Hydra advertises them in
/// its OpenID configuration (`config/hydra/hydra.yml`); a test keeps the three in step.
pub const STANDARD_CLAIMS: &[(&str, &[&str])] = &[
    ("email", &["email", "email_verified"]),
    ("phone", &["phone_number", "phone_number_verified"]),
    (
        "profile",
        &[
            "name",
            "given_name",
            "family_name",
            "preferred_username",
            "picture",
            "website",
            "locale",
            "zoneinfo",
            "updated_at",
        ],
    ),
    ("address", &["address"]),
];

/// The claims for the two tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenClaims {
    pub id_token: Map<String, Value>,
    pub access_token: Map<String, Value>,
}

/// Claims for an identity (Kratos's JSON of it) and the granted scopes.
pub fn claims_for(
    identity: &Value,
    granted_scopes: &[String],
    mapping: &ClaimsMapping,
) -> TokenClaims {
    let mut id_token = Map::new();
    for scope in granted_scopes {
        id_token.extend(default_claims(identity, scope));
    }
    apply(&mut id_token, identity, granted_scopes, &mapping.id_token);
    let mut access_token = Map::new();
    apply(
        &mut access_token,
        identity,
        granted_scopes,
        &mapping.access_token,
    );
    TokenClaims {
        id_token,
        access_token,
    }
}

fn apply(
    claims: &mut Map<String, Value>,
    identity: &Value,
    granted: &[String],
    table: &ScopeTable,
) {
    for scope in granted {
        let Some(entries) = table.get(scope) else {
            continue;
        };
        for (claim, pointer) in entries {
            match pointer
                .as_deref()
                .and_then(|p| present(identity.pointer(p)))
            {
                Some(value) => {
                    claims.insert(claim.clone(), value.clone());
                }
                None => {
                    claims.remove(claim);
                }
            }
        }
    }
}

/// A value worth a claim: not missing, not null, not an empty string.
fn present(value: Option<&Value>) -> Option<&Value> {
    value.filter(|v| !v.is_null() && v.as_str() != Some(""))
}

fn trait_value<'a>(identity: &'a Value, pointer: &str) -> Option<&'a Value> {
    present(identity.pointer(&format!("/traits{pointer}")))
}

fn default_claims(identity: &Value, scope: &str) -> Map<String, Value> {
    let mut claims = Map::new();
    let mut put = |name: &str, value: Option<Value>| {
        if let Some(value) = value {
            claims.insert(name.to_owned(), value);
        }
    };
    match scope {
        "email" => {
            if let Some((address, verified)) = verifiable(identity, "email", "/email") {
                put("email", Some(Value::String(address)));
                put("email_verified", Some(Value::Bool(verified)));
            }
        }
        "phone" => {
            if let Some((number, verified)) = verifiable(identity, "sms", "/phone") {
                put("phone_number", Some(Value::String(number)));
                put("phone_number_verified", Some(Value::Bool(verified)));
            }
        }
        "profile" => {
            let first = trait_value(identity, "/name/first").and_then(Value::as_str);
            let last = trait_value(identity, "/name/last").and_then(Value::as_str);
            let name = match trait_value(identity, "/name") {
                Some(Value::String(name)) => Some(name.clone()),
                _ => {
                    let joined = [first, last]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" ");
                    (!joined.is_empty()).then_some(joined)
                }
            };
            put("name", name.map(Value::String));
            put("given_name", first.map(|f| Value::String(f.to_owned())));
            put("family_name", last.map(|l| Value::String(l.to_owned())));
            for (claim, pointer) in [
                ("preferred_username", "/username"),
                ("picture", "/picture"),
                ("website", "/website"),
                ("locale", "/locale"),
                ("zoneinfo", "/zoneinfo"),
            ] {
                put(claim, trait_value(identity, pointer).cloned());
            }
            let updated_at = identity
                .get("updated_at")
                .and_then(Value::as_str)
                .and_then(|at| OffsetDateTime::parse(at, &Rfc3339).ok())
                .map(|at| Value::from(at.unix_timestamp()));
            put("updated_at", updated_at);
        }
        "address" => {
            let address = trait_value(identity, "/address").map(|address| match address {
                Value::String(formatted) => serde_json::json!({ "formatted": formatted }),
                other => other.clone(),
            });
            put("address", address);
        }
        _ => {}
    }
    claims
}

/// The identity's address of a kind (`via`: email or sms) with its verification state, preferring
/// the one that matches the trait; else the trait itself, unverified.
fn verifiable(identity: &Value, via: &str, trait_pointer: &str) -> Option<(String, bool)> {
    let from_trait = trait_value(identity, trait_pointer)
        .and_then(Value::as_str)
        .map(str::to_owned);
    let addresses: Vec<(String, bool)> = identity
        .get("verifiable_addresses")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|a| a.get("via").and_then(Value::as_str) == Some(via))
        .filter_map(|a| {
            let value = a.get("value").and_then(Value::as_str)?.to_owned();
            let verified = a.get("verified").and_then(Value::as_bool).unwrap_or(false);
            Some((value, verified))
        })
        .collect();
    let matching = from_trait.as_ref().and_then(|t| {
        addresses
            .iter()
            .find(|(value, _)| value.eq_ignore_ascii_case(t))
            .cloned()
    });
    matching
        .or_else(|| addresses.into_iter().next())
        .or_else(|| from_trait.map(|t| (t, false)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn identity() -> Value {
        json!({
            "id": "i-1",
            "updated_at": "2026-11-22T10:00:00Z",
            "traits": {
                "email": "Ada@Example.com",
                "name": {"first": "Ada", "last": "Lovelace"},
                "phone": "",
                "department": "Engines"
            },
            "verifiable_addresses": [
                {"value": "ada@example.com", "verified": true, "via": "email"}
            ]
        })
    }

    fn scopes(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn email_scope_gives_the_verified_address_and_nothing_of_the_profile() {
        let claims = claims_for(
            &identity(),
            &scopes(&["openid", "email"]),
            &ClaimsMapping::default(),
        );
        assert_eq!(
            Value::Object(claims.id_token),
            json!({"email": "ada@example.com", "email_verified": true})
        );
        assert!(claims.access_token.is_empty());
    }

    #[test]
    fn profile_scope_gives_names_and_update_time_but_no_email() {
        let claims = claims_for(
            &identity(),
            &scopes(&["openid", "profile"]),
            &ClaimsMapping::default(),
        );
        assert_eq!(
            Value::Object(claims.id_token),
            json!({
                "name": "Ada Lovelace",
                "given_name": "Ada",
                "family_name": "Lovelace",
                "updated_at": 1795341600
            })
        );
    }

    #[test]
    fn missing_or_empty_traits_give_no_claim() {
        let claims = claims_for(
            &identity(),
            &scopes(&["phone", "address"]),
            &ClaimsMapping::default(),
        );
        assert!(claims.id_token.is_empty(), "{:?}", claims.id_token);
        let bare = json!({"id": "i-2", "traits": {"email": "x@example.com"}});
        let claims = claims_for(
            &bare,
            &scopes(&["email", "profile"]),
            &ClaimsMapping::default(),
        );
        assert_eq!(
            Value::Object(claims.id_token),
            json!({"email": "x@example.com", "email_verified": false})
        );
    }

    #[test]
    fn a_name_trait_that_is_a_string_is_used_as_is() {
        let person = json!({"traits": {"name": "Grace Hopper", "username": "grace", "address": "1 Navy Way"}});
        let claims = claims_for(
            &person,
            &scopes(&["profile", "address"]),
            &ClaimsMapping::default(),
        );
        assert_eq!(claims.id_token["name"], "Grace Hopper");
        assert_eq!(claims.id_token["preferred_username"], "grace");
        assert_eq!(
            claims.id_token["address"],
            json!({"formatted": "1 Navy Way"})
        );
    }

    #[test]
    fn the_mapping_file_adds_overrides_and_removes_claims_per_token() {
        let mapping = ClaimsMapping::parse(
            r#"{
                "id_token": {
                    "profile": {"department": "/traits/department", "family_name": null},
                    "email": {"email": "/traits/email"}
                },
                "access_token": {"profile": {"dept": "/traits/department", "nothing": "/traits/missing"}}
            }"#,
        )
        .unwrap();
        let claims = claims_for(
            &identity(),
            &scopes(&["openid", "email", "profile"]),
            &mapping,
        );
        assert_eq!(claims.id_token["department"], "Engines");
        assert_eq!(claims.id_token["email"], "Ada@Example.com");
        assert!(!claims.id_token.contains_key("family_name"));
        assert_eq!(
            Value::Object(claims.access_token),
            json!({"dept": "Engines"})
        );

        let not_granted = claims_for(&identity(), &scopes(&["openid"]), &mapping);
        assert!(not_granted.id_token.is_empty() && not_granted.access_token.is_empty());
    }

    #[test]
    fn broken_mapping_files_are_refused_with_a_reason() {
        assert!(ClaimsMapping::parse("{")
            .unwrap_err()
            .contains("not a claims mapping"));
        assert!(ClaimsMapping::parse(r#"{"id_tokens": {}}"#).is_err());
        let err =
            ClaimsMapping::parse(r#"{"id_token": {"profile": {"x": "traits.x"}}}"#).unwrap_err();
        assert!(err.contains("id_token.profile.x"), "{err}");
    }

    #[test]
    fn claims_come_from_a_real_kratos_identity() {
        let path = format!(
            "{}/tests/fixtures/kratos/identity.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let identity: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let claims = claims_for(
            &identity,
            &scopes(&["openid", "email", "profile", "phone"]),
            &ClaimsMapping::default(),
        );
        assert_eq!(claims.id_token["email"], "fixture-user@example.com");
        assert_eq!(claims.id_token["email_verified"], true);
        assert_eq!(claims.id_token["given_name"], "Fixture");
        assert!(claims.id_token["updated_at"].is_i64());
        assert_eq!(claims.id_token["phone_number_verified"], false);
    }

    #[test]
    fn only_admin_only_pointers_need_the_admin_api() {
        let public = ClaimsMapping::parse(
            r#"{"id_token": {"profile": {"department": "/metadata_public/department"}}}"#,
        )
        .unwrap();
        assert!(!public.needs_admin_fields());
        let admin = ClaimsMapping::parse(
            r#"{"access_token": {"profile": {"level": "/metadata_admin/level"}}}"#,
        )
        .unwrap();
        assert!(admin.needs_admin_fields());
        assert!(!ClaimsMapping::default().needs_admin_fields());
    }

    /// The items of the YAML list under `key:` in `text` (the simple block lists hydra.yml uses).
    fn yaml_list(text: &str, key: &str) -> Vec<String> {
        let mut lines = text
            .lines()
            .skip_while(|line| line.trim() != format!("{key}:"));
        lines
            .next()
            .unwrap_or_else(|| panic!("hydra.yml has no {key}"));
        lines
            .map(str::trim)
            .take_while(|line| line.starts_with("- ") || line.starts_with('#'))
            .filter_map(|line| line.strip_prefix("- "))
            .map(|item| item.trim().to_owned())
            .collect()
    }

    #[test]
    fn the_claims_table_is_what_the_scopes_give_and_what_hydra_advertises() {
        let everything = json!({
            "traits": {
                "email": "ada@example.com", "phone": "+4915112345678",
                "name": {"first": "Ada", "last": "Lovelace"}, "username": "ada",
                "picture": "https://example.com/a.png", "website": "https://example.com",
                "locale": "en", "zoneinfo": "Europe/London", "address": "1 Main St"
            },
            "updated_at": "2026-01-01T00:00:00Z"
        });
        for (scope, claims) in STANDARD_CLAIMS {
            let given = claims_for(&everything, &[scope.to_string()], &ClaimsMapping::default());
            let mut given: Vec<&str> = given.id_token.keys().map(String::as_str).collect();
            let mut table = claims.to_vec();
            given.sort_unstable();
            table.sort_unstable();
            assert_eq!(given, table, "scope {scope}");
        }

        let hydra = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/config/hydra/hydra.yml"
        ))
        .unwrap();
        let mut advertised = yaml_list(&hydra, "supported_claims");
        let mut issued: Vec<String> = std::iter::once("sub")
            .chain(
                STANDARD_CLAIMS
                    .iter()
                    .flat_map(|(_, claims)| claims.iter().copied()),
            )
            .map(str::to_owned)
            .collect();
        advertised.sort();
        issued.sort();
        assert_eq!(
            advertised, issued,
            "webfinger.oidc_discovery.supported_claims"
        );
        let mut scopes = yaml_list(&hydra, "supported_scope");
        let mut ours: Vec<String> = ["openid", "offline_access"]
            .into_iter()
            .chain(STANDARD_CLAIMS.iter().map(|(scope, _)| *scope))
            .map(str::to_owned)
            .collect();
        scopes.sort();
        ours.sort();
        assert_eq!(scopes, ours, "webfinger.oidc_discovery.supported_scope");
    }
}
