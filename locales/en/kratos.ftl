### English texts for the UI messages of Ory Kratos v1.3.1.
###
### Each message is named `kratos-<id>`, where <id> is the numeric id of the
### Kratos message (the `id` field of a UI text). Variables carry the values of
### the Kratos message's `context` object under the same names. Lists in the
### context are passed as one string, their items joined with ", ". Numbers
### are passed as numbers, so that plural selectors work.
###
### Translators: keep the variable names unchanged, and keep the plural
### selectors (`[one]`, `*[other]`, ...) adapted to the categories of your
### language.

# Derived variables:
# The renderer computes these from the message's context and passes them
# alongside the context values. All are whole numbers.
#   $expired_minutes   = whole minutes (rounded down) between the context's
#                        `expired_at` and now, at least 1.
#                        Used by: kratos-4010001, kratos-4040001,
#                        kratos-4050001, kratos-4060005, kratos-4070005.
#   $remaining_minutes = whole minutes (rounded down) between now and the
#                        context's `privileged_session_expires_at`, at least 1.
#                        Used by: kratos-1060001.
#   $used_days_ago     = whole days (24-hour periods, rounded down) between
#                        the context's `used_at` and now, at least 0.
#                        Used by: kratos-1050014.


## Sign in

# Heading of the sign-in area.
kratos-1010000 = Sign in
# Title of the sign-in page and label of its submit button.
kratos-1010001 = Sign in
# Button for signing in with a social sign-in provider.
# $provider: display name of the provider (e.g. "Google"); $provider_id: its technical id.
kratos-1010002 = Sign in with { $provider }
# Shown when the user must sign in again before a sensitive action (e.g. changing settings).
kratos-1010003 = Please confirm it’s you to continue.
# Shown when a second sign-in step (two-factor authentication) is required.
kratos-1010004 = Complete the second sign-in step to continue.
# Button that submits a second-factor code.
kratos-1010005 = Verify
# Label of the field for the code from an authenticator app.
kratos-1010006 = Authentication code
# Label of the field for a backup recovery code.
kratos-1010007 = Backup recovery code
# Button: sign in with a security key (WebAuthn hardware key).
kratos-1010008 = Sign in with security key
# Button: use the code from an authenticator app as second factor.
kratos-1010009 = Use authenticator app
# Button: use a backup recovery code as second factor.
kratos-1010010 = Use backup recovery code
# Button: continue signing in with a security key (WebAuthn hardware key).
kratos-1010011 = Sign in with security key
# Shown before signing in without a password using a security key or a biometric device.
# "Continue" refers to the button of that name.
kratos-1010012 = Get your security key or biometric device (such as a fingerprint reader) ready, then select Continue.
# Button label.
kratos-1010013 = Continue
kratos-1010014 = We’ve sent a code to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and try signing in again.
# Button: send a one-time code for signing in.
kratos-1010015 = Send sign-in code
# Shown when a social sign-in uses an email address that already belongs to another account.
# The sign-in options of that existing account are shown below this message.
# $duplicate_identifier: the email address (or other identifier) already in use;
# $provider: the social sign-in provider the user just tried (e.g. "Google").
kratos-1010016 = You tried to sign in with { $duplicate_identifier }, but another account already uses this email address. Sign in to that account with one of the options below to add your { $provider } account { $duplicate_identifier } as another way to sign in.
# Button: sign in to the existing account and link the new sign-in method to it.
kratos-1010017 = Sign in and link
# Button in the account-linking flow. $provider: display name of the social sign-in provider.
kratos-1010018 = Confirm with { $provider }
# Button: request a one-time code as second sign-in step.
kratos-1010019 = Request a code to continue
# Shown above the field where the user types the address (email or phone)
# that should receive a one-time code for the second sign-in step.
kratos-1010020 = Enter the address where you want to receive your code, to confirm that it belongs to you.
kratos-1010021 = Sign in with passkey
kratos-1010022 = Sign in with password
# Button for the second sign-in step.
# $address: the email address or phone number that receives the code;
# $channel: how it is sent ("email" or "sms").
kratos-1010023 = Send code to { $address }


## Sign out

kratos-1020000 = Sign out


## Two-factor authentication

# Heading of the area for additional sign-in steps (multi-factor authentication).
kratos-1030000 = Multi-factor authentication


## Sign up

# Heading of the sign-up area.
kratos-1040000 = Sign up
# Title of the sign-up page and label of its submit button.
kratos-1040001 = Sign up
# Button for signing up with a social sign-in provider.
# $provider: display name of the provider (e.g. "Google"); $provider_id: its technical id.
kratos-1040002 = Sign up with { $provider }
# Button label.
kratos-1040003 = Continue
# Button: sign up with a security key (WebAuthn hardware key).
kratos-1040004 = Sign up with security key
kratos-1040005 = We’ve sent a code to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and try signing up again.
# Button: send a one-time code for signing up.
kratos-1040006 = Send sign-up code
kratos-1040007 = Sign up with passkey
# Button: go back to the previous step of the sign-up.
kratos-1040008 = Back
kratos-1040009 = Choose how you want to sign in to your account.


## Account settings

# Heading of the account settings.
kratos-1050000 = Account settings
kratos-1050001 = Your changes have been saved.
# Button: connect a social sign-in provider to the account. $provider: its display name.
kratos-1050002 = Link { $provider }
# Button: disconnect a social sign-in provider from the account. $provider: its display name.
kratos-1050003 = Unlink { $provider }
# Button: stop using the authenticator app (TOTP) for signing in.
kratos-1050004 = Remove authenticator app
# Alternative text of the QR code image used to set up an authenticator app.
kratos-1050005 = QR code for your authenticator app
# The secret key for setting up an authenticator app by hand. $secret: the key itself.
kratos-1050006 = { $secret }
# Button: show the existing backup recovery codes.
kratos-1050007 = Show backup recovery codes
# Button: replace the backup recovery codes with new ones.
kratos-1050008 = Generate new backup recovery codes
# One unused backup recovery code. $secret: the code itself.
kratos-1050009 = { $secret }
# Shown above the list of backup recovery codes.
kratos-1050010 = These are your backup recovery codes. Keep them in a safe place!
# Button: confirm that the new backup recovery codes have been stored.
kratos-1050011 = Confirm backup recovery codes
# Button: register a new security key (WebAuthn hardware key).
kratos-1050012 = Add security key
# Label of the field for naming a new security key.
kratos-1050013 = Security key name
# Stands in the list of backup recovery codes instead of a code that was already used.
# $used_days_ago: see "Derived variables" at the top of this file.
kratos-1050014 =
    { $used_days_ago ->
        [0] Used today
        [one] Used { $used_days_ago } day ago
       *[other] Used { $used_days_ago } days ago
    }
# The list of backup recovery codes. $secrets: the list items joined with ", ";
# each item is itself a message (kratos-1050009 for an unused code,
# kratos-1050014 for a used one) that the renderer formats first.
kratos-1050015 = { $secrets }
# Button: turn off the backup recovery codes.
kratos-1050016 = Disable this method
# Shown next to the authenticator app secret (kratos-1050006).
kratos-1050017 = This is your authenticator app secret. Enter it in your app if you can’t scan the QR code.
# Button. $display_name: the name the user gave the security key.
kratos-1050018 = Remove security key “{ $display_name }”
kratos-1050019 = Add passkey
# Button. $display_name: the name of the passkey.
kratos-1050020 = Remove passkey “{ $display_name }”


## Account recovery

# Heading of the account recovery area.
kratos-1060000 = Recover your account
# $remaining_minutes: see "Derived variables" at the top of this file.
kratos-1060001 =
    You have recovered your account. Please change your password or set up another way to sign in (such as social sign-in) within the next { $remaining_minutes ->
        [one] { $remaining_minutes } minute
       *[other] { $remaining_minutes } minutes
    }.
kratos-1060002 = We’ve sent a recovery link to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and that it is the address you signed up with.
kratos-1060003 = We’ve sent a recovery code to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and that it is the address you signed up with.


## Form field and button labels

# Generic form field label, used when no more specific label exists.
kratos-1070000 = Field
kratos-1070001 = Password
# Label taken from the account's identity schema (configured by the operator).
# $title: the label text itself.
kratos-1070002 = { $title }
kratos-1070003 = Save
# Label of a field holding an identifier (e.g. email address or username).
kratos-1070004 = ID
kratos-1070005 = Submit
# Button: submit a one-time code.
kratos-1070006 = Verify code
kratos-1070007 = Email
# Button: send a new one-time code.
kratos-1070008 = Resend code
kratos-1070009 = Continue
# Label of the field for the code received for account recovery.
kratos-1070010 = Recovery code
# Label of the field for the code received for verifying an address.
kratos-1070011 = Verification code
# Label of the field for the code received for signing up.
kratos-1070012 = Sign-up code
# Label of the field for the code received for signing in.
kratos-1070013 = Sign-in code
# Button: sign in to an existing account and link a new sign-in method to it.
kratos-1070014 = Sign in and link
# Shown above the CAPTCHA challenge.
kratos-1070015 = Complete the CAPTCHA challenge to continue.


## Address verification

# Heading of the address verification area.
kratos-1080000 = Verify your account
kratos-1080001 = We’ve sent a verification link to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and that it is the address you signed up with.
kratos-1080002 = Your email address has been verified.
kratos-1080003 = We’ve sent a verification code to the email address you entered. If it hasn’t arrived, check that the address is spelled correctly and that it is the address you signed up with.


## Validation errors (form input)

# General message for invalid form input.
kratos-4000000 = Some of the information you entered is not valid. Please check it and try again.
# A validation error whose text comes from the server or its configuration.
# $reason: the complete error text.
kratos-4000001 = { $reason }
# $property: the technical name of the missing field (e.g. "email", "password").
kratos-4000002 = The field “{ $property }” is required.
# Text input that is too short. $min_length: the minimum number of characters;
# $actual_length: the number of characters entered.
kratos-4000003 =
    Use at least { $min_length ->
        [one] { $min_length } character
       *[other] { $min_length } characters
    } (you entered { $actual_length }).
# Text input that does not match the required format.
# $pattern: the required format as a regular expression.
kratos-4000004 = This value doesn’t have the required format ({ $pattern }).
# $reason: an explanation from the server, in English
# (e.g. "the password was found in a data breach").
kratos-4000005 = This password can’t be used: { $reason }.
kratos-4000006 = The sign-in details you entered are incorrect. Check your password and your username, email address or phone number for typos.
kratos-4000007 = An account with this identifier (email address, phone number, username…) already exists.
# The code from the authenticator app (or the security key response) was wrong.
kratos-4000008 = This authentication code is not valid. Please try again.
kratos-4000009 = No sign-in identifier was found. Did you forget to enter one? This can also be caused by a server configuration problem.
kratos-4000010 = Your account is not active yet. Have you verified your email address?
kratos-4000011 = You haven’t set up an authenticator app.
kratos-4000012 = This backup recovery code has already been used.
kratos-4000013 = You haven’t set up a security key.
kratos-4000014 = You haven’t set up backup recovery codes.
kratos-4000015 = This account doesn’t exist or has no security key set up.
kratos-4000016 = This backup recovery code is not valid.
# Text input that is too long. $max_length: the maximum number of characters;
# $actual_length: the number of characters entered.
kratos-4000017 =
    Use at most { $max_length ->
        [one] { $max_length } character
       *[other] { $max_length } characters
    } (you entered { $actual_length }).
# Number input. $minimum: the smallest allowed value; $actual: the value entered.
kratos-4000018 = Enter a value of at least { $minimum } (you entered { $actual }).
# Number input. $minimum: the value must be greater than this; $actual: the value entered.
kratos-4000019 = Enter a value greater than { $minimum } (you entered { $actual }).
# Number input. $maximum: the largest allowed value; $actual: the value entered.
kratos-4000020 = Enter a value of at most { $maximum } (you entered { $actual }).
# Number input. $maximum: the value must be less than this; $actual: the value entered.
kratos-4000021 = Enter a value less than { $maximum } (you entered { $actual }).
# Number input. $base: the value must be a multiple of this; $actual: the value entered.
kratos-4000022 = Enter a multiple of { $base } (you entered { $actual }).
# Input with several entries. $max_items: the maximum number of entries;
# $actual_items: the number of entries given.
kratos-4000023 =
    Enter at most { $max_items ->
        [one] { $max_items } item
       *[other] { $max_items } items
    } (you entered { $actual_items }).
# Input with several entries. $min_items: the minimum number of entries;
# $actual_items: the number of entries given.
kratos-4000024 =
    Enter at least { $min_items ->
        [one] { $min_items } item
       *[other] { $min_items } items
    } (you entered { $actual_items }).
# Input with several entries, two of which are the same.
# $index_a, $index_b: the positions of the two equal entries, counted from 0.
kratos-4000025 = Each item must be unique, but items { $index_a } and { $index_b } are the same.
# $allowed_types: the accepted kinds of value, as technical names (e.g. "string, number");
# $actual_type: the kind of value received (e.g. "boolean").
kratos-4000026 = This value has the wrong type: expected { $allowed_types }, got { $actual_type }.
kratos-4000027 = An account with this identifier (email address, phone number, username…) already exists. Sign in to that account to link your social sign-in profile to it.
# Shown when signing up with an identifier that belongs to another account.
# $credential_identifier_hint: that identifier (e.g. an email address or username).
kratos-4000028 = Another account already uses { $credential_identifier_hint }. Sign in to that account instead, with one of the sign-in methods set up for it.
# $expected: the only value allowed.
kratos-4000029 = This value must be { $expected }.
kratos-4000030 = This value is not allowed.
kratos-4000031 = This password can’t be used because it is too similar to your email address, phone number or username.
# $min_length: the minimum number of characters; $actual_length: the number of characters entered.
kratos-4000032 =
    Your password must be at least { $min_length ->
        [one] { $min_length } character
       *[other] { $min_length } characters
    } long (you entered { $actual_length }).
# $max_length: the maximum number of characters; $actual_length: the number of characters entered.
kratos-4000033 =
    Your password must be at most { $max_length ->
        [one] { $max_length } character
       *[other] { $max_length } characters
    } long (you entered { $actual_length }).
kratos-4000034 = This password has appeared in data breaches and must no longer be used. Please choose another one.
kratos-4000035 = This account doesn’t exist or hasn’t set up signing in with a code.
# The details entered in a later step differ from those entered at the start of the same process.
kratos-4000036 = The details you entered don’t match the ones you entered earlier in this process.
kratos-4000037 = This account doesn’t exist or has no way to sign in set up.
kratos-4000038 = The CAPTCHA check failed. Please try again.


## Sign-in errors

# General sign-in error.
kratos-4010000 = Signing in failed. Please check your details and try again.
# $expired_minutes: see "Derived variables" at the top of this file.
kratos-4010001 =
    This sign-in page expired { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    } ago. Please try again.
kratos-4010002 = We couldn’t find a way to sign you in with the information provided. Did you fill in the form correctly?
kratos-4010003 = We couldn’t find a way to sign you up with the information provided. Did you fill in the form correctly?
kratos-4010004 = We couldn’t find a way to update your settings with the information provided. Did you fill in the form correctly?
kratos-4010005 = We couldn’t find a way to recover your account with the information provided. Did you fill in the form correctly?
kratos-4010006 = We couldn’t find a way to verify your account with the information provided. Did you fill in the form correctly?
# Shown when a form that was already submitted successfully is submitted again.
kratos-4010007 = This request has already been completed and can’t be repeated.
kratos-4010008 = This sign-in code is not valid or has already been used. Please try again.
# Account linking: the sign-in methods to be linked don't belong together.
kratos-4010009 = The sign-in methods you want to link don’t match.
# Second sign-in step: the address entered to receive a code is not one of this account's addresses.
kratos-4010010 = The address you entered doesn’t match any address of this account.


## Sign-up errors

# General sign-up error.
kratos-4040000 = Signing up failed. Please check your details and try again.
# $expired_minutes: see "Derived variables" at the top of this file.
kratos-4040001 =
    This sign-up page expired { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    } ago. Please try again.
# Shown when a form that was already submitted successfully is submitted again.
kratos-4040002 = This request has already been completed and can’t be repeated.
kratos-4040003 = This sign-up code is not valid or has already been used. Please try again.


## Account settings errors

# General settings error.
kratos-4050000 = Your settings could not be updated. Please check your details and try again.
# $expired_minutes: see "Derived variables" at the top of this file.
kratos-4050001 =
    This settings page expired { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    } ago. Please try again.


## Account recovery errors

# General account recovery error.
kratos-4060000 = Your account could not be recovered. Please check your details and try again.
# Shown when a form that was already submitted successfully is submitted again.
kratos-4060001 = This request has already been completed and can’t be repeated.
kratos-4060002 = Account recovery failed. Please start again.
kratos-4060003 = The recovery link is incomplete: its token is missing. Please start again.
kratos-4060004 = This recovery link is not valid or has already been used. Please start again.
# $expired_minutes: see "Derived variables" at the top of this file.
kratos-4060005 =
    This account recovery page expired { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    } ago. Please try again.
kratos-4060006 = This recovery code is not valid or has already been used. Please try again.


## Address verification errors

# General verification error.
kratos-4070000 = Your address could not be verified. Please check your details and try again.
kratos-4070001 = This verification link is not valid or has already been used. Please start again.
# Shown when a form that was already submitted successfully is submitted again.
kratos-4070002 = This request has already been completed and can’t be repeated.
kratos-4070003 = Verification failed. Please start again.
kratos-4070004 = The verification link is incomplete: its token is missing. Please start again.
# $expired_minutes: see "Derived variables" at the top of this file.
kratos-4070005 =
    This verification page expired { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    } ago. Please try again.
kratos-4070006 = This verification code is not valid or has already been used. Please try again.


## System errors

# General system error.
kratos-5000000 = Something went wrong on our side. Please try again later.
# A system error whose text comes from the server. $reason: the complete error text.
kratos-5000001 = { $reason }
