// Maps what an OpenID Connect provider says about a person (the claims of its ID token, or of
// its userinfo endpoint with `claims_source: userinfo`) to the traits of
// config/kratos/identity.schema.json. It suits Google and any standard OpenID Connect provider
// asked for the scopes `openid email profile`.
//
// - traits.email      <- email. The address counts as verified (Kratos sends no verification
//                        email for it) only when the provider says it verified it
//                        (email_verified); otherwise it is stored unverified.
// - traits.name.first <- given_name
// - traits.name.last  <- family_name
//
// Claims the provider does not send are left out, so Kratos asks for a missing email address
// on its registration form instead of failing.
local claims = {
  email_verified: false,
} + std.extVar('claims');

local has(field) = std.objectHas(claims, field) && claims[field] != null && claims[field] != '';

// Some providers send the flag as the string "true".
local email_verified =
  has('email') && (claims.email_verified == true || claims.email_verified == 'true');

local name = {
  [if has('given_name') then 'first']: claims.given_name,
  [if has('family_name') then 'last']: claims.family_name,
};

{
  identity: {
    traits: {
      [if has('email') then 'email']: claims.email,
      [if std.length(name) > 0 then 'name']: name,
    },
    [if email_verified then 'verified_addresses']: [
      { via: 'email', value: claims.email },
    ],
  },
}
