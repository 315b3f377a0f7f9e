### Eigen teksten van vestibule in het Nederlands.

## Deze taal, zoals de taalkiezer die toont

locale-name = Nederlands

## Elke pagina

language-switcher-label = Taal
language-switcher-submit = Taal wijzigen
page-title = { $title } · { $app }
flow-links-label = Andere opties

## Startpagina

home-title = Je account
home-signed-in-as = Je bent ingelogd als { $identifier }.
home-addresses-heading = Je adressen
home-address-verified = geverifieerd
home-address-unverified = niet geverifieerd
home-address-verify = Verifiëren
home-security-heading = Zo is je account beveiligd
home-security-password-set = Wachtwoord: ingesteld
home-security-password-not-set = Wachtwoord: niet ingesteld
home-security-second-factor-on = Tweede factor: aan
home-security-second-factor-off = Tweede factor: uit
home-security-app-set-up = Authenticator-app: ingesteld
home-security-app-not-set-up = Authenticator-app: niet ingesteld
home-security-keys = Beveiligingssleutels: { $count }
home-security-passkeys = Toegangssleutels: { $count }
home-security-recovery-codes-left = Resterende back-upcodes: { $count }
home-security-recovery-codes-none = Back-upcodes: niet ingesteld
home-settings = Accountinstellingen
home-apps = Gekoppelde apps
home-sessions = Waar je bent ingelogd
sign-out = Uitloggen
home-second-factor-title = Nog één stap
home-second-factor-text = Je account gebruikt een tweede factor. Bevestig die om het inloggen af te ronden.
continue = Doorgaan
home-welcome-title = Welkom
home-signed-out-text = Je bent niet ingelogd.
sign-in = Inloggen
create-account = Account maken
back-to-account = Terug naar je account

## Pagina's voor inloggen, registreren, herstel, verificatie en instellingen

login-title = Inloggen
login-second-factor-title = Tweede factor
login-second-factor-lead = Bevestig dat jij het bent met de tweede factor die je hebt ingesteld.
login-refresh-title = Bevestig dat jij het bent
login-refresh-lead = Log opnieuw in om door te gaan.
login-new-here = Nieuw hier?
login-phone-prompt = Heb je een mobiele telefoon?
login-phone-link = Inloggen via sms
login-forgot-password = Wachtwoord vergeten?
recover-account = Je account herstellen
flow-continue-to = om door te gaan naar { $client }
registration-title = Account maken
registration-have-account = Heb je al een account?
recovery-title = Je account herstellen
recovery-lead = We mailen je een code waarmee je kunt inloggen en een nieuw wachtwoord kunt instellen.
recovery-remembered = Weet je het weer?
back-to-sign-in = Terug naar inloggen
verification-title = Je e-mailadres verifiëren
verification-not-now = Nu niet?
verification-skip = Verificatie voorlopig overslaan
settings-title = Accountinstellingen
flow-image-alt = Afbeelding
flow-identifier-label = E-mailadres of telefoonnummer

## Onderdelen van de instellingenpagina

group-password = Wachtwoord
group-code = Eenmalige code
group-oidc = Inloggen met een ander account
group-webauthn = Beveiligingssleutels
group-passkey = Toegangssleutels
group-totp = Authenticator-app
group-lookup-secret = Back-upcodes
group-profile = Profiel
group-link = Herstellink

## Inloggen via sms

phone-title = Inloggen met je telefoon
phone-lead = We sturen je een code per sms. Nieuw hier? Je account wordt aangemaakt zodra je de code bevestigt.
phone-label = Telefoonnummer
phone-other-way = Liever een andere manier?
phone-error-format = Voer het nummer internationaal in, beginnend met + en de landcode, bijvoorbeeld +31 6 12345678.
phone-error-country = Inloggen via sms is niet beschikbaar voor nummers uit dit land. Log op een andere manier in.
phone-error-unusable = Dit nummer kan niet worden gebruikt om in te loggen. Controleer het nummer of log op een andere manier in.
phone-needs-app = Inloggen via sms begint bij de app of website waarop je inlogt: ga daarheen terug en kies het daar opnieuw.
phone-needs-app-account = Heb je al een account met je telefoonnummer? Log op de inlogpagina in met een code.
phone-to-sign-in = Naar de inlogpagina
phone-limited-client = Er is vanaf je netwerk te vaak geprobeerd in te loggen via sms. Probeer het over { $wait } opnieuw.
phone-limited-number = Er zijn te veel codes voor dit nummer aangevraagd. Probeer het over { $wait } opnieuw.
phone-limited-prefix = Er zijn te veel nummers zoals dit geprobeerd. Probeer het over { $wait } opnieuw.
phone-limited-sign-in = Heb je al een account met dit nummer, dan kun je nu toch inloggen: de inlogpagina stuurt je een code per sms, en een code die je al hebt ontvangen kun je invullen waar je hem hebt aangevraagd.
phone-limited-sign-in-link = Inloggen met een code
phone-limits-unavailable = Inloggen via sms is op dit moment niet beschikbaar. Probeer het over een minuut opnieuw of log op een andere manier in.

## Toestemming

consent-title = Toegang toestaan
consent-logo-alt = Logo van { $client }
consent-heading = { $client } wil toegang tot je account
consent-signed-in-as = Ingelogd als { $identifier }
consent-legend = Hiermee kan { $client }:
consent-required = (vereist)
consent-scope-unknown = Toestemming { $scope }
consent-audiences = { $client } kan deze toegang gebruiken bij:
consent-remember = Deze keuze onthouden
consent-allow = Toestaan
consent-deny = Weigeren
consent-privacy-policy = Privacybeleid
consent-terms-of-service = Servicevoorwaarden

## Toestemmingen

scope-openid-title = Je laten inloggen
scope-openid-description = Met je account bevestigen wie je bent.
scope-offline-title = Verbonden blijven
scope-offline-description = Toegang houden terwijl je de app niet gebruikt, totdat je die intrekt.
scope-email-title = Je e-mailadres
scope-email-description = Je e-mailadres bekijken en zien of het is geverifieerd.
scope-profile-title = Je profiel
scope-profile-description = Je naam en basisgegevens van je profiel bekijken, zoals je gebruikersnaam en foto.
scope-phone-title = Je telefoonnummer
scope-phone-description = Je telefoonnummer bekijken en zien of het is geverifieerd.
scope-address-title = Je postadres
scope-address-description = Het postadres van je account bekijken.

## Gekoppelde apps

apps-title = Gekoppelde apps
apps-intro = Apps die je toestemming hebt gegeven om je account te gebruiken. Als je de toegang van een app verwijdert, wordt de app uitgelogd en vraagt die je opnieuw om toestemming.
apps-none = Geen enkele app heeft toegang tot je account.
apps-can = Kan:
apps-allowed-on = Toegestaan op { $date }.
apps-remembered-no = Niet onthouden: de app vraagt het de volgende keer opnieuw.
apps-remembered-until-revoked = Onthouden totdat je de toegang verwijdert.
apps-remembered-until = Onthouden tot { $date }.
apps-remove = Toegang van { $client } verwijderen

## Waar je bent ingelogd (sessies)

sessions-title = Waar je bent ingelogd
sessions-this-browser = Deze browser
sessions-signed-in-on-with = Ingelogd op { $date } met { $methods }.
sessions-signed-in-on = Ingelogd op { $date }.
sessions-from-location = Vanaf { $address } ({ $location }).
sessions-from = Vanaf { $address }.
sessions-sign-out-device = Uitloggen op { $device }
sessions-sign-out-others = Overal anders uitloggen
sessions-unknown-device = Onbekend apparaat
device-browser-on-os = { $browser } op { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = computer
device-kind-phone = telefoon
device-kind-mobile-phone = mobiele telefoon
device-kind-device = apparaat
device-kind-crawler = crawler
method-password = wachtwoord
method-code = eenmalige code
method-totp = authenticator-app
method-lookup-secret = back-upcode
method-webauthn = beveiligingssleutel
method-passkey = toegangssleutel
method-oidc = ander account
method-recovery = accountherstel

## Uitloggen

logout-title = Uitloggen
logout-heading = Uitloggen?
logout-client-asks = { $client } vraagt of je wilt uitloggen.
logout-application-asks = Een app vraagt of je wilt uitloggen.
logout-everywhere = Je wordt uitgelogd bij alle apps die dit account in deze browser gebruiken.
logout-yes = Ja, uitloggen
logout-no = Nee, ingelogd blijven
logout-here = Je wordt hier uitgelogd bij dit account en apps vragen je opnieuw in te loggen.
cancel = Annuleren

## Foutpagina's

error-status-reference = Fout { $status } · referentie { $reference }
error-code = Fout { $code }
error-go-to-start = Naar de startpagina
error-try-again = Opnieuw proberen
error-flow-loop-title = Inloggen werkt op dit moment niet
error-flow-loop = Je browser werd heen en weer gestuurd zonder ergens te komen, dus zijn we gestopt. Het probleem ligt bij ons, niet bij jou. Probeer het later opnieuw.
error-unavailable-title = Inloggen is tijdelijk niet mogelijk
error-hydra-unavailable = De autorisatieservice reageert niet. Probeer het zo opnieuw.
error-kratos-unavailable = De identiteitsservice reageert niet. Probeer het zo opnieuw.
error-not-found-title = Pagina niet gevonden
error-not-found = Deze link is ongeldig of al gebruikt. Begin opnieuw vanuit de app waarbij je aan het inloggen was.
error-bad-request-title = Dit verzoek kan niet worden verwerkt
error-bad-request = De link of het formulier dat je hebt gebruikt, is onvolledig of ongeldig. Begin opnieuw vanuit de app waarbij je aan het inloggen was.
error-forbidden-title = Dit verzoek is geweigerd
error-forbidden = Het formulier kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.
error-timeout-title = Het verzoek duurde te lang
error-timeout = Je browser heeft het formulier niet op tijd verzonden. Probeer het opnieuw.
error-too-large-title = Het verzoek is te groot
error-too-large = Het formulier bevat meer gegevens dan kunnen worden verwerkt. Laad de pagina opnieuw en probeer het nog eens.
error-headers-too-large = Je browser heeft meer cookies verstuurd dan deze site accepteert. Wis de cookies van deze site en probeer het opnieuw.
error-too-many-title = Te veel pogingen
error-too-many = Er is te vaak geprobeerd in te loggen via sms. Probeer het over { $wait } opnieuw of log op een andere manier in.
wait-seconds =
    { $count ->
        [one] { $count } seconde
       *[other] { $count } seconden
    }
wait-minutes =
    { $count ->
        [one] { $count } minuut
       *[other] { $count } minuten
    }
error-internal-title = Er is iets misgegaan
error-internal = Er is een onverwachte fout opgetreden. Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met de beheerder en vermeld de referentie hieronder.
error-request-not-completed = Het verzoek kon niet worden voltooid.
kratos-error-return-to-title = Deze link kan niet verder
kratos-error-return-to = De link wilde u doorsturen naar een adres dat deze site niet toestaat. Begin opnieuw vanuit de toepassing waarbij u wilde inloggen.
kratos-error-expired-title = Het formulier is verlopen
kratos-error-expired = Het invullen duurde langer dan toegestaan. Begin opnieuw.
kratos-error-csrf-title = Het formulier kon niet worden gecontroleerd
kratos-error-csrf = Dit gebeurt wanneer cookies geblokkeerd zijn, of het formulier in een ander tabblad of een andere browser is geopend. Sta cookies voor deze site toe en begin opnieuw.
kratos-error-identity-mismatch-title = Deze link is voor iemand anders
kratos-error-identity-mismatch = Hij is geopend in een browser die bij een ander account is ingelogd. Log uit en open de link opnieuw.
kratos-error-signed-in-title = U bent al ingelogd
kratos-error-signed-in = Ga naar uw account, of log eerst uit om een ander account te gebruiken.
kratos-error-signed-out-title = U bent niet ingelogd
kratos-error-signed-out = Log in en probeer het dan opnieuw.
kratos-error-sign-in-again-title = Log opnieuw in om verder te gaan
kratos-error-sign-in-again = Hiervoor is een recente aanmelding of uw tweede factor nodig. Log opnieuw in en probeer het nog een keer.
kratos-error-address-not-verified-title = Bevestig eerst uw adres
kratos-error-address-not-verified = Bevestig uw e-mailadres met de link of code die u hebt ontvangen, en log daarna in.
kratos-error-disabled-title = Dit is niet beschikbaar
kratos-error-disabled = Deze site biedt dit niet aan. Begin opnieuw vanuit de toepassing waarbij u wilde inloggen.

## Fouten die een app na het inloggen meldt (OAuth2-foutcodes)

oauth2-error-failed-title = Inloggen kon niet worden voltooid
oauth2-error-access-denied-title = Geen toegang verleend
oauth2-error-access-denied = Het verzoek is geweigerd, dus de app heeft geen toegang tot je account gekregen.
oauth2-error-login-required-title = Log in
oauth2-error-login-required = De app vraagt je om in te loggen. Ga terug naar de app en begin opnieuw.
oauth2-error-consent-required-title = Je toestemming is nodig
oauth2-error-consent-required = De app heeft je toestemming voor toegang nodig. Ga terug naar de app en begin opnieuw.
oauth2-error-invalid-client = De app is niet goed geregistreerd voor inloggen. Neem contact op met de beheerder van de app.
oauth2-error-invalid-scope = De app heeft om toegang gevraagd die niet beschikbaar is. Neem contact op met de beheerder van de app.
oauth2-error-invalid-request = Het inlogverzoek van de app was ongeldig. Ga terug naar de app en begin opnieuw. Blijft dit gebeuren, neem dan contact op met de beheerder van de app.
oauth2-error-unavailable = De autorisatieservice kon het verzoek niet voltooien. Probeer het zo opnieuw.
oauth2-error-other = Het verzoek van de app kon niet worden voltooid. Ga terug naar de app en begin opnieuw.

## Titels van de velden in het identiteitsschema

trait-e-mail = E-mail
trait-phone-number = Telefoonnummer
trait-name = Naam
trait-first-name = Voornaam
trait-last-name = Achternaam

client-unnamed = een applicatie
