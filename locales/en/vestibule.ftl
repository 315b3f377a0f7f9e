# vestibule's own words, in English. Every other locale has the same keys.
# Variables in { $braces } are filled in by vestibule; keep them (the order may change).
# Words inside <strong>, <code> in the page are shown as variables: { $client }, { $identifier }...

## This language, as the language switcher shows it (written in this language itself).
locale-name = English

## Every page

# The label of the language menu shown at the foot of every page.
language-switcher-label = Language
# The button that applies the language chosen in the menu.
language-switcher-submit = Change language
# The page title in the browser tab: the page's own title, then the name of the service.
page-title = { $title } · { $app }
# Accessible name of the list of links below a sign-in form (create an account, recover...).
flow-links-label = Other options

## Start page (home)

home-title = Your account
home-signed-in-as = You are signed in as { $identifier }.
home-addresses-heading = Your addresses
# Shown after an email address or phone number.
home-address-verified = verified
home-address-unverified = not verified
# Link next to an address that is not verified yet.
home-address-verify = Verify
home-security-heading = How your account is protected
home-security-password-set = Password: set
home-security-password-not-set = Password: not set
home-security-second-factor-on = Second factor: on
home-security-second-factor-off = Second factor: off
home-security-app-set-up = Authenticator app: set up
home-security-app-not-set-up = Authenticator app: not set up
home-security-keys = Security keys: { $count }
home-security-passkeys = Passkeys: { $count }
home-security-recovery-codes-left = Recovery codes left: { $count }
home-security-recovery-codes-none = Recovery codes left: none set up
home-settings = Account settings
home-apps = Connected apps
home-sessions = Where you are signed in
sign-out = Sign out
# Shown when the person signed in with a password but must still confirm a second factor.
home-second-factor-title = One more step
home-second-factor-text = Your account uses a second factor. Confirm it to finish signing in.
continue = Continue
home-welcome-title = Welcome
home-signed-out-text = You are not signed in.
sign-in = Sign in
create-account = Create an account
back-to-account = Back to your account

## Sign-in, sign-up, recovery, verification and settings pages (Kratos flows)

login-title = Sign in
login-second-factor-title = Second factor
login-second-factor-lead = Confirm it is you with the second factor you set up.
# When an application asks the person to sign in again although a session exists.
login-refresh-title = Confirm it is you
login-refresh-lead = Please sign in again to continue.
login-new-here = New here?
login-phone-prompt = Have a mobile phone?
login-phone-link = Sign in with a text message
login-forgot-password = Forgot your password?
recover-account = Recover your account
# Before the name of the application the person is signing in to, e.g. "to continue to Acme Mail".
flow-continue-to = to continue to { $client }
registration-title = Create an account
registration-have-account = Already have an account?
recovery-title = Recover your account
recovery-lead = We will email you a code to sign in and set a new password.
# Link prefix on the recovery page for people who remember their password after all.
recovery-remembered = Remembered it?
back-to-sign-in = Back to sign in
verification-title = Verify your email address
verification-not-now = Not now?
verification-skip = Skip verification for now
settings-title = Account settings
# Alternative text of an image in a form (e.g. a QR code) that came without a description.
flow-image-alt = Image
# Label of the sign-in identifier when an email address or a phone number can be used.
flow-identifier-label = Email or phone number

## Headings of the sections of the settings page, one per sign-in method

group-password = Password
group-code = One-time code
group-oidc = Sign in with another account
group-webauthn = Security keys
group-passkey = Passkeys
group-totp = Authenticator app
group-lookup-secret = Recovery codes
group-profile = Profile
group-link = Recovery link

## Sign-in by text message

phone-title = Sign in with your phone
phone-lead = We will text you a code. New here? Your account is created when you confirm the code.
phone-label = Phone number
phone-other-way = Prefer another way?
phone-error-format = Enter the number in international form, starting with + and the country code, e.g. +49 151 12345678.
phone-error-country = Sign-in by text message is not available for numbers from this country. Sign in another way.
phone-error-unusable = This number cannot be used to sign in. Check it, or sign in another way.
# /phone without a sign-in started by an app: it cannot create accounts or send codes.
phone-needs-app = Sign-in by text message starts at the app or site you are signing in to: go back there and choose it again.
phone-needs-app-account = Already have an account with your phone number? Sign in with a code on the sign-in page.
phone-to-sign-in = Go to the sign-in page
# $wait is a duration written with wait-seconds or wait-minutes, e.g. "3 minutes".
phone-limited-client = There have been too many attempts to sign in by text message from your network. Try again in { $wait }.
phone-limited-number = Too many codes have been asked for this number. Try again in { $wait }.
phone-limited-prefix = Too many numbers like this one have been tried. Try again in { $wait }.
phone-limited-sign-in = If you already have an account with this number, you can still sign in now: the sign-in page texts you a code, and a code you have already received can be typed in where you asked for it.
phone-limited-sign-in-link = Sign in with a code
phone-limits-unavailable = Sign-in by text message is not available right now. Try again in a minute, or sign in another way.

## Consent: an application asks for access to the account

consent-title = Allow access
# Alternative text of the application's logo.
consent-logo-alt = { $client } logo
consent-heading = { $client } wants to access your account
consent-signed-in-as = Signed in as { $identifier }
consent-legend = This will allow { $client } to:
# After a permission that the application cannot do without.
consent-required = (required)
# Shown for a permission vestibule has no description of; $scope is its technical name.
consent-scope-unknown = Permission { $scope }
consent-audiences = { $client } will be able to use this access with:
consent-remember = Remember this decision
consent-allow = Allow
consent-deny = Deny
consent-privacy-policy = Privacy policy
consent-terms-of-service = Terms of service

## Permissions (OAuth2 scopes), as the consent and connected-apps pages describe them

scope-openid-title = Sign you in
scope-openid-description = Confirm who you are with your account.
scope-offline-title = Stay connected
scope-offline-description = Keep access while you are not using the app, until you revoke it.
scope-email-title = Your email address
scope-email-description = See your email address and whether it is verified.
scope-profile-title = Your profile
scope-profile-description = See your name and basic profile details such as your username and picture.
scope-phone-title = Your phone number
scope-phone-description = See your phone number and whether it is verified.
scope-address-title = Your postal address
scope-address-description = See the postal address on your account.

## Connected apps

apps-title = Connected apps
apps-intro = Apps you allowed to use your account. Removing an app's access signs it out and makes it ask you again.
apps-none = No app has access to your account.
# Before the list of permissions an app has.
apps-can = Can:
# $date is a date and time such as "2026-11-26 14:05 UTC".
apps-allowed-on = Allowed on { $date }.
apps-remembered-no = Not remembered: the app asks again next time.
apps-remembered-until-revoked = Remembered until you remove it.
apps-remembered-until = Remembered until { $date }.
apps-remove = Remove access for { $client }

## Where you are signed in (sessions)

sessions-title = Where you are signed in
# Badge on the session of the browser the person is using now.
sessions-this-browser = This browser
# $date is a date and time such as "2026-11-26 14:05 UTC"; $methods lists sign-in methods, e.g. "password, authenticator app".
sessions-signed-in-on-with = Signed in on { $date } with { $methods }.
sessions-signed-in-on = Signed in on { $date }.
# $address is an IP address; $location a place such as "Berlin, DE".
sessions-from-location = From { $address } ({ $location }).
sessions-from = From { $address }.
# $device describes a device, e.g. "Firefox on Linux (desktop)".
sessions-sign-out-device = Sign out { $device }
sessions-sign-out-others = Sign out everywhere else
sessions-unknown-device = An unknown device
# $browser and $os are product names such as "Firefox" and "Linux".
device-browser-on-os = { $browser } on { $os }
# $device is the browser and/or system; $kind one of the device-kind-* words below.
device-with-kind = { $device } ({ $kind })
device-kind-desktop = desktop
device-kind-phone = phone
device-kind-mobile-phone = mobile phone
device-kind-device = device
device-kind-crawler = crawler
# Sign-in methods, as listed after "with" on the sessions page.
method-password = password
method-code = one-time code
method-totp = authenticator app
method-lookup-secret = recovery code
method-webauthn = security key
method-passkey = passkey
method-oidc = another account
method-recovery = account recovery

## Sign out

logout-title = Sign out
logout-heading = Sign out?
logout-client-asks = { $client } asks to sign you out.
logout-application-asks = An application asks to sign you out.
logout-everywhere = You will be signed out of every application that uses this account in this browser.
logout-yes = Yes, sign me out
logout-no = No, stay signed in
logout-here = You will be signed out of this account here, and applications will ask you to sign in again.
cancel = Cancel

## Error pages

# $status is an HTTP status such as 404; $reference a code to quote to the operator.
error-status-reference = Error { $status } · reference { $reference }
# $code is a technical error code such as "access_denied".
error-code = Error { $code }
error-go-to-start = Go to the start page
# The link on a page for a service that is down, to load the same page again.
error-try-again = Try again
# Shown when the browser keeps being sent to a new sign-in form without ever getting one that works (the identity service is misconfigured).
error-flow-loop-title = Sign-in is not working right now
error-flow-loop = Your browser was sent back and forth without getting anywhere, so we stopped. This is a problem on our side, not yours. Please try again later.
error-unavailable-title = Sign-in is temporarily unavailable
error-hydra-unavailable = The authorization service is not answering. Please try again in a moment.
error-kratos-unavailable = The identity service is not answering. Please try again in a moment.
error-not-found-title = Page not found
error-not-found = This link is not valid or has already been used. Start again from the application you were signing in to.
error-bad-request-title = This request cannot be handled
error-bad-request = The link or form you used is incomplete or malformed. Start again from the application you were signing in to.
error-forbidden-title = This request was refused
error-forbidden = The form could not be verified. Reload the page and try again.
error-timeout-title = The request took too long
error-timeout = Your browser did not finish sending the form in time. Please try again.
error-too-large-title = The request is too large
error-too-large = The form sent more data than it can hold. Reload the page and try again.
# The request head was too large: almost always too many or too large cookies.
error-headers-too-large = Your browser sent more cookies than this site accepts. Clear this site's cookies and try again.
error-too-many-title = Too many attempts
# $wait is a duration written with wait-seconds or wait-minutes, e.g. "3 minutes".
error-too-many = There have been too many attempts to sign in by text message. Try again in { $wait }, or sign in another way.
wait-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
wait-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
error-internal-title = Something went wrong
error-internal = An unexpected error occurred. Please try again; if it keeps happening, contact the operator with the reference below.
# A sign-in error reported by the identity service without a description.
error-request-not-completed = The request could not be completed.
# Errors the identity service (Kratos) sends the browser to the error page with, by its error id.
kratos-error-return-to-title = This link cannot continue
kratos-error-return-to = The link wanted to send you on to an address this site does not allow. Start again from the application you were signing in to.
kratos-error-expired-title = The form expired
kratos-error-expired = It took longer than allowed to finish. Please start again.
kratos-error-csrf-title = The form could not be verified
kratos-error-csrf = This happens when cookies are blocked, or the form was opened in another tab or browser. Allow cookies for this site and start again.
kratos-error-identity-mismatch-title = This link is for someone else
kratos-error-identity-mismatch = It was opened in a browser signed in to another account. Sign out, then open the link again.
kratos-error-signed-in-title = You are already signed in
kratos-error-signed-in = Go to your account, or sign out first to use another account.
kratos-error-signed-out-title = You are not signed in
kratos-error-signed-out = Sign in, then try again.
kratos-error-sign-in-again-title = Sign in again to continue
kratos-error-sign-in-again = This needs a recent sign-in or your second factor. Sign in again, then try once more.
kratos-error-address-not-verified-title = Verify your address first
kratos-error-address-not-verified = Confirm your email address with the link or code you were sent, then sign in.
kratos-error-disabled-title = This is not available
kratos-error-disabled = This site does not offer this. Start again from the application you were signing in to.

## Errors an application reports after sign-in (OAuth2 error codes)

oauth2-error-failed-title = Sign-in could not be completed
oauth2-error-access-denied-title = Access was not granted
oauth2-error-access-denied = The request was declined, so the application did not get access to your account.
oauth2-error-login-required-title = Please sign in
oauth2-error-login-required = The application needs you to sign in. Go back to it and start again.
oauth2-error-consent-required-title = Your permission is needed
oauth2-error-consent-required = The application needs you to allow access. Go back to it and start again.
oauth2-error-invalid-client = The application is not registered correctly for sign-in. Please contact its operator.
oauth2-error-invalid-scope = The application asked for access that is not available. Please contact its operator.
oauth2-error-invalid-request = The application's sign-in request was not valid. Go back to it and start again; if it keeps happening, contact its operator.
oauth2-error-unavailable = The authorization service could not complete the request. Please try again in a moment.
oauth2-error-other = The application's request could not be completed. Go back to it and start again.

## Titles of the fields of the identity schema (the operator's words; key: "trait-" and the
## title in lower case with every run of other characters than a-z and 0-9 replaced by "-")

trait-e-mail = E-Mail
trait-phone-number = Phone number
trait-name = Name
trait-first-name = First name
trait-last-name = Last name

## Applications

# The name shown for an application that has no name of its own (e.g. "… wants to access your account").
client-unnamed = an application
