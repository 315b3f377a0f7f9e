### Własne teksty vestibule po polsku.

## Ten język, tak jak pokazuje go przełącznik języka

locale-name = Polski

## Każda strona

language-switcher-label = Język
language-switcher-submit = Zmień język
page-title = { $title } · { $app }
flow-links-label = Inne opcje

## Strona główna

home-title = Konto
home-signed-in-as = Zalogowano jako { $identifier }.
home-addresses-heading = Adresy
home-address-verified = zweryfikowany
home-address-unverified = niezweryfikowany
home-address-verify = Zweryfikuj
home-security-heading = Zabezpieczenia konta
home-security-password-set = Hasło: ustawione
home-security-password-not-set = Hasło: nieustawione
home-security-second-factor-on = Drugi składnik: włączony
home-security-second-factor-off = Drugi składnik: wyłączony
home-security-app-set-up = Aplikacja uwierzytelniająca: skonfigurowana
home-security-app-not-set-up = Aplikacja uwierzytelniająca: nieskonfigurowana
home-security-keys = Klucze bezpieczeństwa: { $count }
home-security-passkeys = Klucze dostępu: { $count }
home-security-recovery-codes-left = Pozostałe kody zapasowe: { $count }
home-security-recovery-codes-none = Kody zapasowe: nieskonfigurowane
home-settings = Ustawienia konta
home-apps = Połączone aplikacje
home-sessions = Aktywne sesje
sign-out = Wyloguj się
home-second-factor-title = Jeszcze jeden krok
home-second-factor-text = To konto używa drugiego składnika. Potwierdź go, aby dokończyć logowanie.
continue = Dalej
home-welcome-title = Witamy
home-signed-out-text = Nie zalogowano.
sign-in = Zaloguj się
create-account = Utwórz konto
back-to-account = Wróć do konta

## Strony logowania, rejestracji, odzyskiwania, weryfikacji i ustawień

login-title = Zaloguj się
login-second-factor-title = Drugi składnik
login-second-factor-lead = Potwierdź swoją tożsamość za pomocą skonfigurowanego drugiego składnika.
login-refresh-title = Potwierdź swoją tożsamość
login-refresh-lead = Aby kontynuować, zaloguj się ponownie.
login-new-here = Pierwsza wizyta?
login-phone-prompt = Telefon komórkowy pod ręką?
login-phone-link = Zaloguj się SMS-em
login-forgot-password = Zapomniane hasło?
recover-account = Odzyskaj konto
flow-continue-to = aby przejść do { $client }
registration-title = Utwórz konto
registration-have-account = Konto już założone?
recovery-title = Odzyskiwanie konta
recovery-lead = Wyślemy e-mailem kod, który umożliwi zalogowanie się i ustawienie nowego hasła.
recovery-remembered = Przypomniało się hasło?
back-to-sign-in = Wróć do logowania
verification-title = Weryfikacja adresu e-mail
verification-not-now = Nie teraz?
verification-skip = Pomiń na razie weryfikację
settings-title = Ustawienia konta
flow-image-alt = Obraz
flow-identifier-label = E-mail lub numer telefonu

## Sekcje strony ustawień

group-password = Hasło
group-code = Kod jednorazowy
group-oidc = Logowanie przez inne konto
group-webauthn = Klucze bezpieczeństwa
group-passkey = Klucze dostępu
group-totp = Aplikacja uwierzytelniająca
group-lookup-secret = Kody zapasowe
group-profile = Profil
group-link = Link do odzyskiwania konta

## Logowanie SMS-em

phone-title = Logowanie przez telefon
phone-lead = Wyślemy kod SMS-em. Pierwsza wizyta? Konto zostanie utworzone po potwierdzeniu kodu.
phone-label = Numer telefonu
phone-other-way = Inny sposób logowania?
phone-error-format = Wpisz numer w formacie międzynarodowym, zaczynając od + i numeru kierunkowego kraju, np. +48 512 345 678.
phone-error-country = Logowanie SMS-em nie jest dostępne dla numerów z tego kraju. Zaloguj się w inny sposób.
phone-error-unusable = Tego numeru nie można użyć do logowania. Sprawdź go lub zaloguj się w inny sposób.
phone-needs-app = Logowanie SMS-em zaczyna się w aplikacji lub witrynie, do której się logujesz: wróć tam i wybierz je ponownie.
phone-needs-app-account = Masz już konto z tym numerem telefonu? Zaloguj się kodem na stronie logowania.
phone-to-sign-in = Przejdź do strony logowania
phone-limited-client = Z Twojej sieci było zbyt wiele prób logowania SMS-em. Spróbuj ponownie za { $wait }.
phone-limited-number = Dla tego numeru poproszono o zbyt wiele kodów. Spróbuj ponownie za { $wait }.
phone-limited-prefix = Wypróbowano zbyt wiele numerów podobnych do tego. Spróbuj ponownie za { $wait }.
phone-limited-sign-in = Jeśli masz już konto z tym numerem, możesz zalogować się teraz: strona logowania wyśle Ci kod SMS-em, a kod, który już otrzymałeś, możesz wpisać tam, gdzie o niego prosiłeś.
phone-limited-sign-in-link = Zaloguj się kodem
phone-limits-unavailable = Logowanie SMS-em jest teraz niedostępne. Spróbuj ponownie za minutę lub zaloguj się w inny sposób.

## Zgoda

consent-title = Zezwól na dostęp
consent-logo-alt = Logo aplikacji { $client }
consent-heading = Aplikacja { $client } chce uzyskać dostęp do konta
consent-signed-in-as = Zalogowano jako { $identifier }
consent-legend = Aplikacja { $client } będzie mogła:
consent-required = (wymagane)
consent-scope-unknown = Uprawnienie { $scope }
consent-audiences = Aplikacja { $client } będzie mogła korzystać z tego dostępu w:
consent-remember = Zapamiętaj tę decyzję
consent-allow = Zezwól
consent-deny = Odmów
consent-privacy-policy = Polityka prywatności
consent-terms-of-service = Warunki korzystania z usługi

## Uprawnienia

scope-openid-title = Logować za pomocą tego konta
scope-openid-description = Potwierdzać tożsamość na podstawie konta.
scope-offline-title = Utrzymywać połączenie
scope-offline-description = Zachować dostęp, gdy aplikacja nie jest używana, aż do jego cofnięcia.
scope-email-title = Adres e-mail
scope-email-description = Wyświetlać adres e-mail i informację, czy został zweryfikowany.
scope-profile-title = Profil
scope-profile-description = Wyświetlać imię i nazwisko oraz podstawowe dane profilu, takie jak nazwa użytkownika i zdjęcie.
scope-phone-title = Numer telefonu
scope-phone-description = Wyświetlać numer telefonu i informację, czy został zweryfikowany.
scope-address-title = Adres pocztowy
scope-address-description = Wyświetlać adres pocztowy zapisany w koncie.

## Połączone aplikacje

apps-title = Połączone aplikacje
apps-intro = Aplikacje, którym zezwolono na korzystanie z konta. Usunięcie dostępu aplikacji wylogowuje ją, a przy następnej próbie ponownie poprosi ona o zgodę.
apps-none = Żadna aplikacja nie ma dostępu do konta.
apps-can = Może:
apps-allowed-on = Zezwolono { $date }.
apps-remembered-no = Decyzja niezapamiętana: aplikacja zapyta ponownie następnym razem.
apps-remembered-until-revoked = Decyzja zapamiętana do czasu usunięcia dostępu.
apps-remembered-until = Decyzja zapamiętana do { $date }.
apps-remove = Usuń dostęp aplikacji { $client }

## Aktywne sesje

sessions-title = Aktywne sesje
sessions-this-browser = Ta przeglądarka
sessions-signed-in-on-with = Zalogowano { $date } za pomocą: { $methods }.
sessions-signed-in-on = Zalogowano { $date }.
sessions-from-location = Z adresu { $address } ({ $location }).
sessions-from = Z adresu { $address }.
sessions-sign-out-device = Wyloguj: { $device }
sessions-sign-out-others = Wyloguj wszystkie inne sesje
sessions-unknown-device = Nieznane urządzenie
device-browser-on-os = { $browser } w systemie { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = komputer
device-kind-phone = telefon
device-kind-mobile-phone = telefon komórkowy
device-kind-device = urządzenie
device-kind-crawler = robot indeksujący
method-password = hasło
method-code = kod jednorazowy
method-totp = aplikacja uwierzytelniająca
method-lookup-secret = kod zapasowy
method-webauthn = klucz bezpieczeństwa
method-passkey = klucz dostępu
method-oidc = inne konto
method-recovery = odzyskiwanie konta

## Wylogowanie

logout-title = Wyloguj się
logout-heading = Wylogować się?
logout-client-asks = Aplikacja { $client } prosi o wylogowanie.
logout-application-asks = Aplikacja prosi o wylogowanie.
logout-everywhere = Nastąpi wylogowanie ze wszystkich aplikacji, które korzystają z tego konta w tej przeglądarce.
logout-yes = Tak, wyloguj
logout-no = Nie wylogowuj
logout-here = Nastąpi wylogowanie z tego konta w tym miejscu, a aplikacje ponownie poproszą o zalogowanie się.
cancel = Anuluj

## Strony błędów

error-status-reference = Błąd { $status } · identyfikator { $reference }
error-code = Błąd { $code }
error-go-to-start = Przejdź do strony głównej
error-try-again = Spróbuj ponownie
error-flow-loop-title = Logowanie chwilowo nie działa
error-flow-loop = Przeglądarka była przekierowywana tam i z powrotem bez żadnego rezultatu, więc przerwaliśmy. To problem po naszej stronie. Prosimy spróbować ponownie później.
error-unavailable-title = Logowanie jest chwilowo niedostępne
error-hydra-unavailable = Usługa autoryzacji nie odpowiada. Spróbuj ponownie za chwilę.
error-kratos-unavailable = Usługa tożsamości nie odpowiada. Spróbuj ponownie za chwilę.
error-not-found-title = Nie znaleziono strony
error-not-found = Ten link jest nieprawidłowy lub został już użyty. Zacznij od nowa w aplikacji, w której trwało logowanie.
error-bad-request-title = Nie można obsłużyć tego żądania
error-bad-request = Użyty link lub formularz jest niekompletny albo ma nieprawidłową postać. Zacznij od nowa w aplikacji, w której trwało logowanie.
error-forbidden-title = Żądanie zostało odrzucone
error-forbidden = Nie udało się zweryfikować formularza. Odśwież stronę i spróbuj ponownie.
error-timeout-title = Żądanie trwało zbyt długo
error-timeout = Przeglądarka nie wysłała formularza na czas. Spróbuj ponownie.
error-too-large-title = Żądanie jest zbyt duże
error-too-large = Formularz zawierał więcej danych, niż można przyjąć. Odśwież stronę i spróbuj ponownie.
error-headers-too-large = Przeglądarka wysłała więcej plików cookie, niż ta witryna akceptuje. Usuń pliki cookie tej witryny i spróbuj ponownie.
error-too-many-title = Zbyt wiele prób
error-too-many = Było zbyt wiele prób logowania SMS-em. Spróbuj ponownie za { $wait } lub zaloguj się w inny sposób.
wait-seconds =
    { $count ->
        [one] { $count } sekundę
        [few] { $count } sekundy
        [many] { $count } sekund
       *[other] { $count } sekundy
    }
wait-minutes =
    { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minuty
    }
error-internal-title = Coś poszło nie tak
error-internal = Wystąpił nieoczekiwany błąd. Spróbuj ponownie. Jeśli problem będzie się powtarzał, skontaktuj się z administratorem usługi i podaj poniższy identyfikator.
error-request-not-completed = Nie udało się zrealizować żądania.
kratos-error-return-to-title = Tego linku nie można kontynuować
kratos-error-return-to = Link chciał przekierować Cię pod adres, na który ta witryna nie pozwala. Zacznij od nowa w aplikacji, do której chciałeś się zalogować.
kratos-error-expired-title = Formularz wygasł
kratos-error-expired = Wypełnianie trwało dłużej, niż to dozwolone. Zacznij od nowa.
kratos-error-csrf-title = Nie udało się zweryfikować formularza
kratos-error-csrf = Dzieje się tak, gdy pliki cookie są zablokowane albo formularz otwarto w innej karcie lub przeglądarce. Zezwól na pliki cookie dla tej witryny i zacznij od nowa.
kratos-error-identity-mismatch-title = Ten link jest dla kogoś innego
kratos-error-identity-mismatch = Otwarto go w przeglądarce zalogowanej na inne konto. Wyloguj się i otwórz link ponownie.
kratos-error-signed-in-title = Jesteś już zalogowany
kratos-error-signed-in = Przejdź do swojego konta albo najpierw się wyloguj, aby użyć innego konta.
kratos-error-signed-out-title = Nie jesteś zalogowany
kratos-error-signed-out = Zaloguj się i spróbuj ponownie.
kratos-error-sign-in-again-title = Zaloguj się ponownie, aby kontynuować
kratos-error-sign-in-again = Wymaga to niedawnego logowania lub drugiego składnika. Zaloguj się ponownie i spróbuj jeszcze raz.
kratos-error-address-not-verified-title = Najpierw potwierdź swój adres
kratos-error-address-not-verified = Potwierdź adres e-mail linkiem lub kodem, który otrzymałeś, a potem się zaloguj.
kratos-error-disabled-title = To nie jest dostępne
kratos-error-disabled = Ta witryna tego nie oferuje. Zacznij od nowa w aplikacji, do której chciałeś się zalogować.

## Błędy zgłaszane przez aplikację po zalogowaniu (kody błędów OAuth2)

oauth2-error-failed-title = Nie udało się dokończyć logowania
oauth2-error-access-denied-title = Nie przyznano dostępu
oauth2-error-access-denied = Żądanie zostało odrzucone, więc aplikacja nie uzyskała dostępu do konta.
oauth2-error-login-required-title = Zaloguj się
oauth2-error-login-required = Aplikacja wymaga zalogowania się. Wróć do niej i zacznij od nowa.
oauth2-error-consent-required-title = Wymagana jest zgoda
oauth2-error-consent-required = Aplikacja wymaga zgody na dostęp. Wróć do niej i zacznij od nowa.
oauth2-error-invalid-client = Aplikacja nie jest poprawnie zarejestrowana do logowania. Skontaktuj się z jej administratorem.
oauth2-error-invalid-scope = Aplikacja poprosiła o dostęp, który jest niedostępny. Skontaktuj się z jej administratorem.
oauth2-error-invalid-request = Żądanie logowania wysłane przez aplikację było nieprawidłowe. Wróć do niej i zacznij od nowa. Jeśli problem będzie się powtarzał, skontaktuj się z jej administratorem.
oauth2-error-unavailable = Usługa autoryzacji nie mogła zrealizować żądania. Spróbuj ponownie za chwilę.
oauth2-error-other = Nie udało się zrealizować żądania aplikacji. Wróć do niej i zacznij od nowa.

## Tytuły pól schematu tożsamości

trait-e-mail = E-mail
trait-phone-number = Numer telefonu
trait-name = Imię i nazwisko
trait-first-name = Imię
trait-last-name = Nazwisko

client-unnamed = aplikacja
