### Testi italiani di vestibule (si dà del «tu»).

locale-name = Italiano

## Tutte le pagine

language-switcher-label = Lingua
language-switcher-submit = Cambia lingua
page-title = { $title } · { $app }
flow-links-label = Altre opzioni

## Pagina iniziale

home-title = Il tuo account
home-signed-in-as = Hai eseguito l’accesso come { $identifier }.
home-addresses-heading = I tuoi indirizzi
home-address-verified = verificato
home-address-unverified = non verificato
home-address-verify = Verifica
home-security-heading = Come è protetto il tuo account
home-security-password-set = Password: impostata
home-security-password-not-set = Password: non impostata
home-security-second-factor-on = Secondo fattore: attivo
home-security-second-factor-off = Secondo fattore: non attivo
home-security-app-set-up = App di autenticazione: configurata
home-security-app-not-set-up = App di autenticazione: non configurata
home-security-keys = Chiavi di sicurezza: { $count }
home-security-passkeys = Passkey: { $count }
home-security-recovery-codes-left = Codici di backup rimasti: { $count }
home-security-recovery-codes-none = Codici di backup: non configurati
home-settings = Impostazioni account
home-apps = App collegate
home-sessions = Dove hai eseguito l’accesso
sign-out = Esci
home-second-factor-title = Ancora un passaggio
home-second-factor-text = Il tuo account è protetto da un secondo fattore. Confermalo per completare l’accesso.
continue = Continua
home-welcome-title = Ti diamo il benvenuto
home-signed-out-text = Non hai eseguito l’accesso.
sign-in = Accedi
create-account = Crea un account
back-to-account = Torna al tuo account

## Accesso, registrazione, recupero, verifica e impostazioni

login-title = Accedi
login-second-factor-title = Secondo fattore
login-second-factor-lead = Conferma la tua identità con il secondo fattore che hai configurato.
login-refresh-title = Conferma la tua identità
login-refresh-lead = Accedi di nuovo per continuare.
login-new-here = Non hai un account?
login-phone-prompt = Hai un cellulare?
login-phone-link = Accedi con un SMS
login-forgot-password = Password dimenticata?
recover-account = Recupera il tuo account
flow-continue-to = per continuare su { $client }
registration-title = Crea un account
registration-have-account = Hai già un account?
recovery-title = Recupera il tuo account
recovery-lead = Ti invieremo via email un codice per accedere e impostare una nuova password.
recovery-remembered = Ti è tornata in mente?
back-to-sign-in = Torna all’accesso
verification-title = Verifica il tuo indirizzo email
verification-not-now = Non ora?
verification-skip = Salta la verifica per ora
settings-title = Impostazioni account
flow-image-alt = Immagine
flow-identifier-label = Email o numero di telefono

## Sezioni della pagina delle impostazioni

group-password = Password
group-code = Codice monouso
group-oidc = Accedi con un altro account
group-webauthn = Chiavi di sicurezza
group-passkey = Passkey
group-totp = App di autenticazione
group-lookup-secret = Codici di backup
group-profile = Profilo
group-link = Link di recupero

## Accesso tramite SMS

phone-title = Accedi con il tuo telefono
phone-lead = Ti invieremo un codice via SMS. Non hai un account? Verrà creato quando confermerai il codice.
phone-label = Numero di telefono
phone-other-way = Preferisci un altro metodo?
phone-error-format = Inserisci il numero in formato internazionale, iniziando con + e il prefisso del paese, ad esempio +39 312 345 6789.
phone-error-country = L’accesso tramite SMS non è disponibile per i numeri di questo paese. Accedi in un altro modo.
phone-error-unusable = Questo numero non può essere usato per accedere. Controllalo o accedi in un altro modo.
phone-needs-app = L’accesso tramite SMS inizia nell’app o nel sito a cui stai accedendo: torna lì e sceglilo di nuovo.
phone-needs-app-account = Hai già un account con il tuo numero? Accedi con un codice nella pagina di accesso.
phone-to-sign-in = Vai alla pagina di accesso
phone-limited-client = Ci sono stati troppi tentativi di accesso tramite SMS dalla tua rete. Riprova tra { $wait }.
phone-limited-number = Sono stati richiesti troppi codici per questo numero. Riprova tra { $wait }.
phone-limited-prefix = Sono stati provati troppi numeri simili a questo. Riprova tra { $wait }.
phone-limited-sign-in = Se hai già un account con questo numero, puoi comunque accedere ora: la pagina di accesso ti invia un codice via SMS, e un codice già ricevuto si può inserire dove lo hai richiesto.
phone-limited-sign-in-link = Accedi con un codice
phone-limits-unavailable = L’accesso tramite SMS non è disponibile in questo momento. Riprova tra un minuto o accedi in un altro modo.

## Consenso

consent-title = Consenti l’accesso
consent-logo-alt = Logo di { $client }
consent-heading = { $client } vuole accedere al tuo account
consent-signed-in-as = Accesso eseguito come { $identifier }
consent-legend = In questo modo { $client } potrà:
consent-required = (obbligatorio)
consent-scope-unknown = Autorizzazione { $scope }
consent-audiences = { $client } potrà usare questo accesso con:
consent-remember = Ricorda questa scelta
consent-allow = Consenti
consent-deny = Rifiuta
consent-privacy-policy = Informativa sulla privacy
consent-terms-of-service = Termini di servizio

## Autorizzazioni

scope-openid-title = Farti accedere
scope-openid-description = Confermare la tua identità tramite il tuo account.
scope-offline-title = Mantenere l’accesso
scope-offline-description = Continuare ad accedere anche quando non usi l’app, finché non revochi l’accesso.
scope-email-title = Il tuo indirizzo email
scope-email-description = Vedere il tuo indirizzo email e se è verificato.
scope-profile-title = Il tuo profilo
scope-profile-description = Vedere il tuo nome e i dati di base del profilo, come nome utente e immagine.
scope-phone-title = Il tuo numero di telefono
scope-phone-description = Vedere il tuo numero di telefono e se è verificato.
scope-address-title = Il tuo indirizzo postale
scope-address-description = Vedere l’indirizzo postale associato al tuo account.

## App collegate

apps-title = App collegate
apps-intro = Le app a cui hai consentito di usare il tuo account. Se rimuovi l’accesso di un’app, questa viene disconnessa e ti chiederà di nuovo il consenso.
apps-none = Nessuna app ha accesso al tuo account.
apps-can = Può:
apps-allowed-on = Consentita il { $date }.
apps-remembered-no = Scelta non memorizzata: l’app te lo chiederà di nuovo la prossima volta.
apps-remembered-until-revoked = Scelta memorizzata finché non rimuovi l’accesso.
apps-remembered-until = Scelta memorizzata fino al { $date }.
apps-remove = Rimuovi l’accesso di { $client }

## Dove hai eseguito l’accesso

sessions-title = Dove hai eseguito l’accesso
sessions-this-browser = Questo browser
sessions-signed-in-on-with = Accesso eseguito il { $date } con { $methods }.
sessions-signed-in-on = Accesso eseguito il { $date }.
sessions-from-location = Da { $address } ({ $location }).
sessions-from = Da { $address }.
sessions-sign-out-device = Esci da { $device }
sessions-sign-out-others = Esci da tutti gli altri dispositivi
sessions-unknown-device = Dispositivo sconosciuto
device-browser-on-os = { $browser } su { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = computer
device-kind-phone = telefono
device-kind-mobile-phone = cellulare
device-kind-device = dispositivo
device-kind-crawler = crawler
method-password = password
method-code = codice monouso
method-totp = app di autenticazione
method-lookup-secret = codice di backup
method-webauthn = chiave di sicurezza
method-passkey = passkey
method-oidc = altro account
method-recovery = recupero dell’account

## Uscita

logout-title = Esci
logout-heading = Vuoi uscire?
logout-client-asks = { $client } chiede di farti uscire.
logout-application-asks = Un’applicazione chiede di farti uscire.
logout-everywhere = Uscirai da tutte le applicazioni che usano questo account in questo browser.
logout-yes = Sì, esci
logout-no = No, non uscire
logout-here = Uscirai da questo account qui e le applicazioni ti chiederanno di accedere di nuovo.
cancel = Annulla

## Pagine di errore

error-status-reference = Errore { $status } · riferimento { $reference }
error-code = Errore { $code }
error-go-to-start = Vai alla pagina iniziale
error-try-again = Riprova
error-flow-loop-title = L’accesso al momento non funziona
error-flow-loop = Il tuo browser veniva rimandato avanti e indietro senza arrivare da nessuna parte, quindi ci siamo fermati. Il problema è nostro, non tuo. Riprova più tardi.
error-unavailable-title = L’accesso è temporaneamente non disponibile
error-hydra-unavailable = Il servizio di autorizzazione non risponde. Riprova tra qualche istante.
error-kratos-unavailable = Il servizio di identità non risponde. Riprova tra qualche istante.
error-not-found-title = Pagina non trovata
error-not-found = Questo link non è valido o è già stato usato. Ricomincia dall’applicazione a cui stavi accedendo.
error-bad-request-title = Impossibile gestire questa richiesta
error-bad-request = Il link o il modulo che hai usato è incompleto o non valido. Ricomincia dall’applicazione a cui stavi accedendo.
error-forbidden-title = Questa richiesta è stata rifiutata
error-forbidden = Non è stato possibile verificare il modulo. Ricarica la pagina e riprova.
error-timeout-title = La richiesta ha impiegato troppo tempo
error-timeout = Il browser non ha finito di inviare il modulo in tempo. Riprova.
error-too-large-title = La richiesta è troppo grande
error-too-large = Il modulo ha inviato più dati di quelli consentiti. Ricarica la pagina e riprova.
error-headers-too-large = Il tuo browser ha inviato più cookie di quanti questo sito ne accetti. Cancella i cookie di questo sito e riprova.
error-too-many-title = Troppi tentativi
error-too-many = Ci sono stati troppi tentativi di accesso tramite SMS. Riprova tra { $wait } o accedi in un altro modo.
wait-seconds =
    { $count ->
        [one] { $count } secondo
       *[other] { $count } secondi
    }
wait-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }
error-internal-title = Si è verificato un problema
error-internal = Si è verificato un errore imprevisto. Riprova; se il problema persiste, contatta il gestore del servizio indicando il riferimento qui sotto.
error-request-not-completed = Non è stato possibile completare la richiesta.
kratos-error-return-to-title = Questo link non può proseguire
kratos-error-return-to = Il link voleva portarti a un indirizzo che questo sito non consente. Ricomincia dall’applicazione a cui volevi accedere.
kratos-error-expired-title = Il modulo è scaduto
kratos-error-expired = Hai impiegato più tempo del consentito per completarlo. Ricomincia.
kratos-error-csrf-title = Non è stato possibile verificare il modulo
kratos-error-csrf = Succede quando i cookie sono bloccati o il modulo è stato aperto in un’altra scheda o in un altro browser. Consenti i cookie per questo sito e ricomincia.
kratos-error-identity-mismatch-title = Questo link è per un’altra persona
kratos-error-identity-mismatch = È stato aperto in un browser collegato a un altro account. Esci, poi apri di nuovo il link.
kratos-error-signed-in-title = Hai già effettuato l’accesso
kratos-error-signed-in = Vai al tuo account, oppure esci prima per usare un altro account.
kratos-error-signed-out-title = Non hai effettuato l’accesso
kratos-error-signed-out = Accedi, poi riprova.
kratos-error-sign-in-again-title = Accedi di nuovo per continuare
kratos-error-sign-in-again = Serve un accesso recente o il tuo secondo fattore. Accedi di nuovo, poi riprova.
kratos-error-address-not-verified-title = Verifica prima il tuo indirizzo
kratos-error-address-not-verified = Conferma il tuo indirizzo email con il link o il codice che hai ricevuto, poi accedi.
kratos-error-disabled-title = Non è disponibile
kratos-error-disabled = Questo sito non offre questa funzione. Ricomincia dall’applicazione a cui volevi accedere.

## Errori segnalati da un’applicazione dopo l’accesso

oauth2-error-failed-title = Impossibile completare l’accesso
oauth2-error-access-denied-title = Accesso non concesso
oauth2-error-access-denied = La richiesta è stata rifiutata, quindi l’applicazione non ha ottenuto l’accesso al tuo account.
oauth2-error-login-required-title = Accedi
oauth2-error-login-required = L’applicazione richiede che tu acceda. Torna all’applicazione e ricomincia.
oauth2-error-consent-required-title = Serve il tuo consenso
oauth2-error-consent-required = L’applicazione ha bisogno che tu le consenta l’accesso. Torna all’applicazione e ricomincia.
oauth2-error-invalid-client = L’applicazione non è registrata correttamente per l’accesso. Contatta il suo gestore.
oauth2-error-invalid-scope = L’applicazione ha richiesto un accesso non disponibile. Contatta il suo gestore.
oauth2-error-invalid-request = La richiesta di accesso dell’applicazione non è valida. Torna all’applicazione e ricomincia; se il problema persiste, contatta il suo gestore.
oauth2-error-unavailable = Il servizio di autorizzazione non è riuscito a completare la richiesta. Riprova tra qualche istante.
oauth2-error-other = Non è stato possibile completare la richiesta dell’applicazione. Torna all’applicazione e ricomincia.

## Campi dello schema di identità

trait-e-mail = Email
trait-phone-number = Numero di telefono
trait-name = Nome
trait-first-name = Nome
trait-last-name = Cognome

client-unnamed = un'applicazione
