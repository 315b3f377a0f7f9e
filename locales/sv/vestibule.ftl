### Vestibules egna texter på svenska.

## Det här språket, så som språkväljaren visar det

locale-name = Svenska

## Alla sidor

language-switcher-label = Språk
language-switcher-submit = Byt språk
page-title = { $title } · { $app }
flow-links-label = Andra alternativ

## Startsida

home-title = Ditt konto
home-signed-in-as = Du är inloggad som { $identifier }.
home-addresses-heading = Dina adresser
home-address-verified = verifierad
home-address-unverified = inte verifierad
home-address-verify = Verifiera
home-security-heading = Så skyddas ditt konto
home-security-password-set = Lösenord: angivet
home-security-password-not-set = Lösenord: inte angivet
home-security-second-factor-on = Andra faktor: på
home-security-second-factor-off = Andra faktor: av
home-security-app-set-up = Autentiseringsapp: konfigurerad
home-security-app-not-set-up = Autentiseringsapp: inte konfigurerad
home-security-keys = Säkerhetsnycklar: { $count }
home-security-passkeys = Lösennycklar: { $count }
home-security-recovery-codes-left = Återstående reservkoder: { $count }
home-security-recovery-codes-none = Reservkoder: inte konfigurerade
home-settings = Kontoinställningar
home-apps = Anslutna appar
home-sessions = Där du är inloggad
sign-out = Logga ut
home-second-factor-title = Ett steg till
home-second-factor-text = Ditt konto använder en andra faktor. Bekräfta den för att slutföra inloggningen.
continue = Fortsätt
home-welcome-title = Välkommen
home-signed-out-text = Du är inte inloggad.
sign-in = Logga in
create-account = Skapa ett konto
back-to-account = Tillbaka till ditt konto

## Sidor för inloggning, registrering, återställning, verifiering och inställningar

login-title = Logga in
login-second-factor-title = Andra faktor
login-second-factor-lead = Bekräfta att det är du med den andra faktor som du har konfigurerat.
login-refresh-title = Bekräfta att det är du
login-refresh-lead = Logga in igen för att fortsätta.
login-new-here = Ny här?
login-phone-prompt = Har du en mobiltelefon?
login-phone-link = Logga in med sms
login-forgot-password = Glömt lösenordet?
recover-account = Återställ ditt konto
flow-continue-to = för att fortsätta till { $client }
registration-title = Skapa ett konto
registration-have-account = Har du redan ett konto?
recovery-title = Återställ ditt konto
recovery-lead = Vi mejlar dig en kod så att du kan logga in och välja ett nytt lösenord.
recovery-remembered = Kom du på det?
back-to-sign-in = Tillbaka till inloggningen
verification-title = Verifiera din e-postadress
verification-not-now = Inte nu?
verification-skip = Hoppa över verifieringen tills vidare
settings-title = Kontoinställningar
flow-image-alt = Bild
flow-identifier-label = E-postadress eller telefonnummer

## Avsnitt på inställningssidan

group-password = Lösenord
group-code = Engångskod
group-oidc = Logga in med ett annat konto
group-webauthn = Säkerhetsnycklar
group-passkey = Lösennycklar
group-totp = Autentiseringsapp
group-lookup-secret = Reservkoder
group-profile = Profil
group-link = Återställningslänk

## Inloggning med sms

phone-title = Logga in med din telefon
phone-lead = Vi skickar en kod till dig via sms. Ny här? Ditt konto skapas när du bekräftar koden.
phone-label = Telefonnummer
phone-other-way = Vill du hellre använda ett annat sätt?
phone-error-format = Ange numret i internationellt format, med + och landsnumret först, till exempel +46 70 123 45 67.
phone-error-country = Inloggning med sms är inte tillgängligt för nummer från det här landet. Logga in på ett annat sätt.
phone-error-unusable = Det här numret kan inte användas för att logga in. Kontrollera numret eller logga in på ett annat sätt.
phone-needs-app = Inloggning med sms börjar i appen eller på webbplatsen du loggar in på: gå tillbaka dit och välj det igen.
phone-needs-app-account = Har du redan ett konto med ditt telefonnummer? Logga in med en kod på inloggningssidan.
phone-to-sign-in = Till inloggningssidan
phone-limited-client = Det har gjorts för många försök att logga in med sms från ditt nätverk. Försök igen om { $wait }.
phone-limited-number = För många koder har begärts för det här numret. Försök igen om { $wait }.
phone-limited-prefix = För många nummer som liknar det här har provats. Försök igen om { $wait }.
phone-limited-sign-in = Om du redan har ett konto med det här numret kan du ändå logga in nu: inloggningssidan skickar en kod med sms, och en kod du redan har fått kan du skriva in där du begärde den.
phone-limited-sign-in-link = Logga in med en kod
phone-limits-unavailable = Inloggning med sms är inte tillgänglig just nu. Försök igen om en minut eller logga in på ett annat sätt.

## Medgivande

consent-title = Tillåt åtkomst
consent-logo-alt = Logotyp för { $client }
consent-heading = { $client } vill få åtkomst till ditt konto
consent-signed-in-as = Inloggad som { $identifier }
consent-legend = Det här ger { $client } möjlighet att:
consent-required = (krävs)
consent-scope-unknown = Behörighet { $scope }
consent-audiences = { $client } kan använda den här åtkomsten med:
consent-remember = Kom ihåg mitt val
consent-allow = Tillåt
consent-deny = Neka
consent-privacy-policy = Integritetspolicy
consent-terms-of-service = Användarvillkor

## Behörigheter

scope-openid-title = Logga in dig
scope-openid-description = Bekräfta vem du är med ditt konto.
scope-offline-title = Förbli ansluten
scope-offline-description = Behålla åtkomsten när du inte använder appen, tills du återkallar den.
scope-email-title = Din e-postadress
scope-email-description = Se din e-postadress och om den är verifierad.
scope-profile-title = Din profil
scope-profile-description = Se ditt namn och grundläggande profiluppgifter som användarnamn och bild.
scope-phone-title = Ditt telefonnummer
scope-phone-description = Se ditt telefonnummer och om det är verifierat.
scope-address-title = Din postadress
scope-address-description = Se postadressen som är kopplad till ditt konto.

## Anslutna appar

apps-title = Anslutna appar
apps-intro = Appar som du har gett tillåtelse att använda ditt konto. Om du tar bort en apps åtkomst loggas appen ut och måste fråga dig igen.
apps-none = Ingen app har åtkomst till ditt konto.
apps-can = Kan:
apps-allowed-on = Tillåten { $date }.
apps-remembered-no = Valet sparas inte: appen frågar igen nästa gång.
apps-remembered-until-revoked = Valet sparas tills du tar bort åtkomsten.
apps-remembered-until = Valet sparas till { $date }.
apps-remove = Ta bort åtkomsten för { $client }

## Där du är inloggad (sessioner)

sessions-title = Där du är inloggad
sessions-this-browser = Den här webbläsaren
sessions-signed-in-on-with = Inloggad { $date } med { $methods }.
sessions-signed-in-on = Inloggad { $date }.
sessions-from-location = Från { $address } ({ $location }).
sessions-from = Från { $address }.
sessions-sign-out-device = Logga ut från { $device }
sessions-sign-out-others = Logga ut på alla andra ställen
sessions-unknown-device = En okänd enhet
device-browser-on-os = { $browser } på { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = dator
device-kind-phone = telefon
device-kind-mobile-phone = mobiltelefon
device-kind-device = enhet
device-kind-crawler = sökrobot
method-password = lösenord
method-code = engångskod
method-totp = autentiseringsapp
method-lookup-secret = reservkod
method-webauthn = säkerhetsnyckel
method-passkey = lösennyckel
method-oidc = ett annat konto
method-recovery = kontoåterställning

## Logga ut

logout-title = Logga ut
logout-heading = Vill du logga ut?
logout-client-asks = { $client } ber om att få logga ut dig.
logout-application-asks = En app ber om att få logga ut dig.
logout-everywhere = Du loggas ut från alla appar som använder det här kontot i den här webbläsaren.
logout-yes = Ja, logga ut mig
logout-no = Nej, förbli inloggad
logout-here = Du loggas ut från det här kontot här, och appar kommer att be dig logga in igen.
cancel = Avbryt

## Felsidor

error-status-reference = Fel { $status } · referens { $reference }
error-code = Fel { $code }
error-go-to-start = Gå till startsidan
error-try-again = Försök igen
error-flow-loop-title = Inloggningen fungerar inte just nu
error-flow-loop = Din webbläsare skickades fram och tillbaka utan att komma någonstans, så vi stoppade. Problemet ligger hos oss, inte hos dig. Försök igen senare.
error-unavailable-title = Inloggningen är tillfälligt otillgänglig
error-hydra-unavailable = Auktoriseringstjänsten svarar inte. Försök igen om en stund.
error-kratos-unavailable = Identitetstjänsten svarar inte. Försök igen om en stund.
error-not-found-title = Sidan hittades inte
error-not-found = Länken är ogiltig eller har redan använts. Börja om från appen som du höll på att logga in på.
error-bad-request-title = Begäran kan inte hanteras
error-bad-request = Länken eller formuläret som du använde är ofullständigt eller felaktigt utformat. Börja om från appen som du höll på att logga in på.
error-forbidden-title = Begäran nekades
error-forbidden = Formuläret kunde inte verifieras. Läs in sidan igen och försök på nytt.
error-timeout-title = Begäran tog för lång tid
error-timeout = Webbläsaren hann inte skicka formuläret i tid. Försök igen.
error-too-large-title = Begäran är för stor
error-too-large = Formuläret skickade mer data än som kan tas emot. Läs in sidan igen och försök på nytt.
error-headers-too-large = Din webbläsare skickade fler cookies än den här webbplatsen tar emot. Rensa webbplatsens cookies och försök igen.
error-too-many-title = För många försök
error-too-many = Det har gjorts för många försök att logga in med sms. Försök igen om { $wait } eller logga in på ett annat sätt.
wait-seconds =
    { $count ->
        [one] { $count } sekund
       *[other] { $count } sekunder
    }
wait-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
error-internal-title = Något gick fel
error-internal = Ett oväntat fel uppstod. Försök igen. Om felet kvarstår kontaktar du tjänstens administratör och anger referensen nedan.
error-request-not-completed = Begäran kunde inte slutföras.
kratos-error-return-to-title = Den här länken kan inte fortsätta
kratos-error-return-to = Länken ville skicka dig vidare till en adress som den här webbplatsen inte tillåter. Börja om från appen du ville logga in i.
kratos-error-expired-title = Formuläret har gått ut
kratos-error-expired = Det tog längre tid än tillåtet att bli klar. Börja om.
kratos-error-csrf-title = Formuläret kunde inte verifieras
kratos-error-csrf = Det händer när kakor är blockerade, eller när formuläret öppnades i en annan flik eller webbläsare. Tillåt kakor för den här webbplatsen och börja om.
kratos-error-identity-mismatch-title = Den här länken är till någon annan
kratos-error-identity-mismatch = Den öppnades i en webbläsare som är inloggad på ett annat konto. Logga ut och öppna sedan länken igen.
kratos-error-signed-in-title = Du är redan inloggad
kratos-error-signed-in = Gå till ditt konto, eller logga ut först för att använda ett annat konto.
kratos-error-signed-out-title = Du är inte inloggad
kratos-error-signed-out = Logga in och försök sedan igen.
kratos-error-sign-in-again-title = Logga in igen för att fortsätta
kratos-error-sign-in-again = Det här kräver en nyligen gjord inloggning eller din andra faktor. Logga in igen och försök en gång till.
kratos-error-address-not-verified-title = Bekräfta din adress först
kratos-error-address-not-verified = Bekräfta din e-postadress med länken eller koden du fick, och logga sedan in.
kratos-error-disabled-title = Det här är inte tillgängligt
kratos-error-disabled = Den här webbplatsen erbjuder inte detta. Börja om från appen du ville logga in i.

## Fel som en app rapporterar efter inloggningen (OAuth2-felkoder)

oauth2-error-failed-title = Inloggningen kunde inte slutföras
oauth2-error-access-denied-title = Åtkomst beviljades inte
oauth2-error-access-denied = Begäran avböjdes, så appen fick inte åtkomst till ditt konto.
oauth2-error-login-required-title = Logga in
oauth2-error-login-required = Appen behöver att du loggar in. Gå tillbaka till appen och börja om.
oauth2-error-consent-required-title = Ditt godkännande behövs
oauth2-error-consent-required = Appen behöver att du tillåter åtkomst. Gå tillbaka till appen och börja om.
oauth2-error-invalid-client = Appen är inte korrekt registrerad för inloggning. Kontakta appens administratör.
oauth2-error-invalid-scope = Appen begärde åtkomst som inte är tillgänglig. Kontakta appens administratör.
oauth2-error-invalid-request = Appens inloggningsbegäran var ogiltig. Gå tillbaka till appen och börja om. Om felet kvarstår kontaktar du appens administratör.
oauth2-error-unavailable = Auktoriseringstjänsten kunde inte slutföra begäran. Försök igen om en stund.
oauth2-error-other = Appens begäran kunde inte slutföras. Gå tillbaka till appen och börja om.

## Rubriker för fälten i identitetsschemat

trait-e-mail = E-post
trait-phone-number = Telefonnummer
trait-name = Namn
trait-first-name = Förnamn
trait-last-name = Efternamn

client-unnamed = en app
