### Deutsche Texte von vestibule (Anrede: „Sie“).

locale-name = Deutsch

## Jede Seite

language-switcher-label = Sprache
language-switcher-submit = Sprache ändern
page-title = { $title } · { $app }
flow-links-label = Weitere Optionen

## Startseite

home-title = Ihr Konto
home-signed-in-as = Sie sind als { $identifier } angemeldet.
home-addresses-heading = Ihre Adressen
home-address-verified = bestätigt
home-address-unverified = nicht bestätigt
home-address-verify = Bestätigen
home-security-heading = So ist Ihr Konto geschützt
home-security-password-set = Passwort: festgelegt
home-security-password-not-set = Passwort: nicht festgelegt
home-security-second-factor-on = Zweiter Faktor: aktiviert
home-security-second-factor-off = Zweiter Faktor: deaktiviert
home-security-app-set-up = Authenticator-App: eingerichtet
home-security-app-not-set-up = Authenticator-App: nicht eingerichtet
home-security-keys = Sicherheitsschlüssel: { $count }
home-security-passkeys = Passkeys: { $count }
home-security-recovery-codes-left = Verbleibende Backup-Codes: { $count }
home-security-recovery-codes-none = Backup-Codes: nicht eingerichtet
home-settings = Kontoeinstellungen
home-apps = Verbundene Apps
home-sessions = Wo Sie angemeldet sind
sign-out = Abmelden
home-second-factor-title = Noch ein Schritt
home-second-factor-text = Ihr Konto ist mit einem zweiten Faktor geschützt. Bestätigen Sie ihn, um die Anmeldung abzuschließen.
continue = Weiter
home-welcome-title = Willkommen
home-signed-out-text = Sie sind nicht angemeldet.
sign-in = Anmelden
create-account = Konto erstellen
back-to-account = Zurück zu Ihrem Konto

## Anmelden, Registrieren, Wiederherstellen, Bestätigen, Einstellungen

login-title = Anmelden
login-second-factor-title = Zweiter Faktor
login-second-factor-lead = Bestätigen Sie Ihre Identität mit dem zweiten Faktor, den Sie eingerichtet haben.
login-refresh-title = Bestätigen Sie Ihre Identität
login-refresh-lead = Bitte melden Sie sich erneut an, um fortzufahren.
login-new-here = Neu hier?
login-phone-prompt = Sie haben ein Mobiltelefon?
login-phone-link = Per SMS anmelden
login-forgot-password = Passwort vergessen?
recover-account = Konto wiederherstellen
flow-continue-to = weiter zu { $client }
registration-title = Konto erstellen
registration-have-account = Sie haben bereits ein Konto?
recovery-title = Konto wiederherstellen
recovery-lead = Wir senden Ihnen per E-Mail einen Code, mit dem Sie sich anmelden und ein neues Passwort festlegen können.
recovery-remembered = Passwort wieder eingefallen?
back-to-sign-in = Zurück zur Anmeldung
verification-title = E-Mail-Adresse bestätigen
verification-not-now = Nicht jetzt?
verification-skip = Bestätigung vorerst überspringen
settings-title = Kontoeinstellungen
flow-image-alt = Bild
flow-identifier-label = E-Mail-Adresse oder Telefonnummer

## Bereiche der Einstellungsseite

group-password = Passwort
group-code = Einmalcode
group-oidc = Mit einem anderen Konto anmelden
group-webauthn = Sicherheitsschlüssel
group-passkey = Passkeys
group-totp = Authenticator-App
group-lookup-secret = Backup-Codes
group-profile = Profil
group-link = Wiederherstellungslink

## Anmelden per SMS

phone-title = Mit Ihrem Telefon anmelden
phone-lead = Wir senden Ihnen einen Code per SMS. Neu hier? Ihr Konto wird erstellt, sobald Sie den Code bestätigen.
phone-label = Telefonnummer
phone-other-way = Lieber auf andere Weise?
phone-error-format = Geben Sie die Nummer im internationalen Format ein, beginnend mit + und der Ländervorwahl, z. B. +49 151 12345678.
phone-error-country = Die Anmeldung per SMS ist für Nummern aus diesem Land nicht verfügbar. Bitte melden Sie sich auf andere Weise an.
phone-error-unusable = Mit dieser Nummer ist keine Anmeldung möglich. Prüfen Sie die Nummer oder melden Sie sich auf andere Weise an.
phone-needs-app = Die Anmeldung per SMS beginnt bei der App oder Website, bei der Sie sich anmelden: Gehen Sie dorthin zurück und wählen Sie sie dort erneut.
phone-needs-app-account = Sie haben schon ein Konto mit Ihrer Telefonnummer? Melden Sie sich auf der Anmeldeseite mit einem Code an.
phone-to-sign-in = Zur Anmeldeseite
phone-limited-client = Aus Ihrem Netzwerk gab es zu viele Versuche, sich per SMS anzumelden. Versuchen Sie es in { $wait } erneut.
phone-limited-number = Für diese Nummer wurden zu viele Codes angefordert. Versuchen Sie es in { $wait } erneut.
phone-limited-prefix = Es wurden zu viele ähnliche Nummern versucht. Versuchen Sie es in { $wait } erneut.
phone-limited-sign-in = Wenn Sie schon ein Konto mit dieser Nummer haben, können Sie sich trotzdem jetzt anmelden: Die Anmeldeseite schickt Ihnen einen Code per SMS, und einen bereits erhaltenen Code können Sie dort eingeben, wo Sie ihn angefordert haben.
phone-limited-sign-in-link = Mit einem Code anmelden
phone-limits-unavailable = Die Anmeldung per SMS ist gerade nicht verfügbar. Versuchen Sie es in einer Minute erneut oder melden Sie sich auf andere Weise an.

## Zustimmung

consent-title = Zugriff erlauben
consent-logo-alt = Logo von { $client }
consent-heading = { $client } möchte auf Ihr Konto zugreifen
consent-signed-in-as = Angemeldet als { $identifier }
consent-legend = { $client } erhält damit folgende Berechtigungen:
consent-required = (erforderlich)
consent-scope-unknown = Berechtigung { $scope }
consent-audiences = { $client } kann diesen Zugriff bei folgenden Diensten nutzen:
consent-remember = Diese Entscheidung merken
consent-allow = Erlauben
consent-deny = Ablehnen
consent-privacy-policy = Datenschutzerklärung
consent-terms-of-service = Nutzungsbedingungen

## Berechtigungen

scope-openid-title = Sie anmelden
scope-openid-description = Ihre Identität über Ihr Konto bestätigen.
scope-offline-title = Verbunden bleiben
scope-offline-description = Zugriff behalten, auch wenn Sie die App gerade nicht nutzen – bis Sie ihn widerrufen.
scope-email-title = Ihre E-Mail-Adresse
scope-email-description = Ihre E-Mail-Adresse sehen und ob sie bestätigt ist.
scope-profile-title = Ihr Profil
scope-profile-description = Ihren Namen und grundlegende Profilangaben wie Benutzername und Profilbild sehen.
scope-phone-title = Ihre Telefonnummer
scope-phone-description = Ihre Telefonnummer sehen und ob sie bestätigt ist.
scope-address-title = Ihre Postanschrift
scope-address-description = Die Postanschrift in Ihrem Konto sehen.

## Verbundene Apps

apps-title = Verbundene Apps
apps-intro = Apps, denen Sie die Nutzung Ihres Kontos erlaubt haben. Wenn Sie einer App den Zugriff entziehen, wird sie abgemeldet und fragt Sie beim nächsten Mal erneut.
apps-none = Keine App hat Zugriff auf Ihr Konto.
apps-can = Berechtigungen:
apps-allowed-on = Erlaubt am { $date }.
apps-remembered-no = Nicht gespeichert: Die App fragt beim nächsten Mal erneut.
apps-remembered-until-revoked = Gespeichert, bis Sie den Zugriff entfernen.
apps-remembered-until = Gespeichert bis { $date }.
apps-remove = Zugriff für { $client } entfernen

## Wo Sie angemeldet sind

sessions-title = Wo Sie angemeldet sind
sessions-this-browser = Dieser Browser
sessions-signed-in-on-with = Angemeldet am { $date } mit: { $methods }.
sessions-signed-in-on = Angemeldet am { $date }.
sessions-from-location = Von { $address } ({ $location }).
sessions-from = Von { $address }.
sessions-sign-out-device = { $device } abmelden
sessions-sign-out-others = Überall sonst abmelden
sessions-unknown-device = Unbekanntes Gerät
device-browser-on-os = { $browser } unter { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = Desktop
device-kind-phone = Telefon
device-kind-mobile-phone = Mobiltelefon
device-kind-device = Gerät
device-kind-crawler = Crawler
method-password = Passwort
method-code = Einmalcode
method-totp = Authenticator-App
method-lookup-secret = Backup-Code
method-webauthn = Sicherheitsschlüssel
method-passkey = Passkey
method-oidc = anderes Konto
method-recovery = Kontowiederherstellung

## Abmelden

logout-title = Abmelden
logout-heading = Abmelden?
logout-client-asks = { $client } möchte Sie abmelden.
logout-application-asks = Eine Anwendung möchte Sie abmelden.
logout-everywhere = Sie werden in diesem Browser von allen Anwendungen abgemeldet, die dieses Konto verwenden.
logout-yes = Ja, abmelden
logout-no = Nein, angemeldet bleiben
logout-here = Sie werden hier von diesem Konto abgemeldet, und Anwendungen fordern Sie auf, sich erneut anzumelden.
cancel = Abbrechen

## Fehlerseiten

error-status-reference = Fehler { $status } · Referenz { $reference }
error-code = Fehler { $code }
error-go-to-start = Zur Startseite
error-try-again = Erneut versuchen
error-flow-loop-title = Die Anmeldung funktioniert gerade nicht
error-flow-loop = Ihr Browser wurde hin und her geleitet, ohne weiterzukommen, deshalb haben wir angehalten. Das Problem liegt bei uns, nicht bei Ihnen. Bitte versuchen Sie es später noch einmal.
error-unavailable-title = Die Anmeldung ist vorübergehend nicht verfügbar
error-hydra-unavailable = Der Autorisierungsdienst antwortet nicht. Bitte versuchen Sie es gleich noch einmal.
error-kratos-unavailable = Der Identitätsdienst antwortet nicht. Bitte versuchen Sie es gleich noch einmal.
error-not-found-title = Seite nicht gefunden
error-not-found = Dieser Link ist ungültig oder wurde bereits verwendet. Beginnen Sie noch einmal in der Anwendung, bei der Sie sich anmelden wollten.
error-bad-request-title = Diese Anfrage kann nicht verarbeitet werden
error-bad-request = Der verwendete Link bzw. das Formular ist unvollständig oder fehlerhaft. Beginnen Sie noch einmal in der Anwendung, bei der Sie sich anmelden wollten.
error-forbidden-title = Diese Anfrage wurde abgelehnt
error-forbidden = Das Formular konnte nicht überprüft werden. Laden Sie die Seite neu und versuchen Sie es erneut.
error-timeout-title = Die Anfrage hat zu lange gedauert
error-timeout = Ihr Browser hat das Formular nicht rechtzeitig vollständig gesendet. Bitte versuchen Sie es erneut.
error-too-large-title = Die Anfrage ist zu groß
error-too-large = Das Formular hat mehr Daten gesendet als zulässig. Laden Sie die Seite neu und versuchen Sie es erneut.
error-headers-too-large = Ihr Browser hat mehr Cookies gesendet, als diese Website annimmt. Löschen Sie die Cookies dieser Website und versuchen Sie es erneut.
error-too-many-title = Zu viele Versuche
error-too-many = Es gab zu viele Versuche, sich per SMS anzumelden. Versuchen Sie es in { $wait } erneut oder melden Sie sich auf andere Weise an.
wait-seconds =
    { $count ->
        [one] { $count } Sekunde
       *[other] { $count } Sekunden
    }
wait-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
error-internal-title = Etwas ist schiefgelaufen
error-internal = Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut. Falls das Problem weiterhin besteht, wenden Sie sich mit der unten stehenden Referenz an den Betreiber.
error-request-not-completed = Die Anfrage konnte nicht abgeschlossen werden.
kratos-error-return-to-title = Dieser Link kann nicht fortgesetzt werden
kratos-error-return-to = Der Link wollte Sie an eine Adresse weiterleiten, die diese Website nicht erlaubt. Beginnen Sie erneut in der Anwendung, bei der Sie sich anmelden wollten.
kratos-error-expired-title = Das Formular ist abgelaufen
kratos-error-expired = Das Ausfüllen hat länger gedauert als erlaubt. Bitte beginnen Sie erneut.
kratos-error-csrf-title = Das Formular konnte nicht überprüft werden
kratos-error-csrf = Das passiert, wenn Cookies blockiert sind oder das Formular in einem anderen Tab oder Browser geöffnet wurde. Erlauben Sie Cookies für diese Website und beginnen Sie erneut.
kratos-error-identity-mismatch-title = Dieser Link ist für jemand anderen
kratos-error-identity-mismatch = Er wurde in einem Browser geöffnet, der bei einem anderen Konto angemeldet ist. Melden Sie sich ab und öffnen Sie den Link erneut.
kratos-error-signed-in-title = Sie sind bereits angemeldet
kratos-error-signed-in = Gehen Sie zu Ihrem Konto, oder melden Sie sich zuerst ab, um ein anderes Konto zu verwenden.
kratos-error-signed-out-title = Sie sind nicht angemeldet
kratos-error-signed-out = Melden Sie sich an und versuchen Sie es dann erneut.
kratos-error-sign-in-again-title = Melden Sie sich erneut an, um fortzufahren
kratos-error-sign-in-again = Dafür ist eine frische Anmeldung oder Ihr zweiter Faktor nötig. Melden Sie sich erneut an und versuchen Sie es noch einmal.
kratos-error-address-not-verified-title = Bestätigen Sie zuerst Ihre Adresse
kratos-error-address-not-verified = Bestätigen Sie Ihre E-Mail-Adresse mit dem Link oder Code, den Sie erhalten haben, und melden Sie sich dann an.
kratos-error-disabled-title = Das ist nicht verfügbar
kratos-error-disabled = Diese Website bietet das nicht an. Beginnen Sie erneut in der Anwendung, bei der Sie sich anmelden wollten.

## Fehler, die eine Anwendung nach der Anmeldung meldet

oauth2-error-failed-title = Die Anmeldung konnte nicht abgeschlossen werden
oauth2-error-access-denied-title = Der Zugriff wurde nicht gewährt
oauth2-error-access-denied = Die Anfrage wurde abgelehnt, daher hat die Anwendung keinen Zugriff auf Ihr Konto erhalten.
oauth2-error-login-required-title = Bitte melden Sie sich an
oauth2-error-login-required = Die Anwendung erfordert, dass Sie sich anmelden. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oauth2-error-consent-required-title = Ihre Zustimmung ist erforderlich
oauth2-error-consent-required = Die Anwendung benötigt Ihre Erlaubnis für den Zugriff. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oauth2-error-invalid-client = Die Anwendung ist für die Anmeldung nicht korrekt registriert. Bitte wenden Sie sich an ihren Betreiber.
oauth2-error-invalid-scope = Die Anwendung hat einen Zugriff angefordert, der nicht verfügbar ist. Bitte wenden Sie sich an ihren Betreiber.
oauth2-error-invalid-request = Die Anmeldeanfrage der Anwendung war ungültig. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn. Falls das Problem weiterhin besteht, wenden Sie sich an ihren Betreiber.
oauth2-error-unavailable = Der Autorisierungsdienst konnte die Anfrage nicht abschließen. Bitte versuchen Sie es gleich noch einmal.
oauth2-error-other = Die Anfrage der Anwendung konnte nicht abgeschlossen werden. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.

## Felder des Identitätsschemas

trait-e-mail = E-Mail
trait-phone-number = Telefonnummer
trait-name = Name
trait-first-name = Vorname
trait-last-name = Nachname

client-unnamed = eine Anwendung
