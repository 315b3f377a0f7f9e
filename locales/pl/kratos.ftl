### Polskie teksty komunikatów interfejsu Ory Kratos v1.3.1.


## Logowanie

kratos-1010000 = Logowanie
kratos-1010001 = Zaloguj się
kratos-1010002 = Zaloguj się przez { $provider }
kratos-1010003 = Aby kontynuować, potwierdź swoją tożsamość.
kratos-1010004 = Aby kontynuować, wykonaj drugi krok logowania.
kratos-1010005 = Zweryfikuj
kratos-1010006 = Kod uwierzytelniający
kratos-1010007 = Kod zapasowy
kratos-1010008 = Zaloguj się kluczem bezpieczeństwa
kratos-1010009 = Użyj aplikacji uwierzytelniającej
kratos-1010010 = Użyj kodu zapasowego
kratos-1010011 = Zaloguj się kluczem bezpieczeństwa
kratos-1010012 = Przygotuj klucz bezpieczeństwa lub urządzenie biometryczne (np. czytnik linii papilarnych), a następnie wybierz Dalej.
kratos-1010013 = Dalej
kratos-1010014 = Na podany adres e-mail wysłaliśmy kod. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie, i spróbuj zalogować się ponownie.
kratos-1010015 = Wyślij kod logowania
kratos-1010016 = Podjęto próbę logowania za pomocą { $duplicate_identifier }, ale ten adres e-mail jest już używany przez inne konto. Zaloguj się na to konto, korzystając z jednej z poniższych opcji, aby dodać konto { $provider } { $duplicate_identifier } jako kolejny sposób logowania.
kratos-1010017 = Zaloguj się i połącz
kratos-1010018 = Potwierdź przez { $provider }
kratos-1010019 = Poproś o kod, aby kontynuować
kratos-1010020 = Podaj adres, na który ma zostać wysłany kod. Potwierdzi to, że adres należy do właściciela konta.
kratos-1010021 = Zaloguj się kluczem dostępu
kratos-1010022 = Zaloguj się hasłem
kratos-1010023 = Wyślij kod na { $address }


## Wylogowanie

kratos-1020000 = Wyloguj się


## Uwierzytelnianie wieloskładnikowe

kratos-1030000 = Uwierzytelnianie wieloskładnikowe


## Rejestracja

kratos-1040000 = Rejestracja
kratos-1040001 = Zarejestruj się
kratos-1040002 = Zarejestruj się przez { $provider }
kratos-1040003 = Dalej
kratos-1040004 = Zarejestruj się kluczem bezpieczeństwa
kratos-1040005 = Na podany adres e-mail wysłaliśmy kod. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie, i spróbuj zarejestrować się ponownie.
kratos-1040006 = Wyślij kod rejestracji
kratos-1040007 = Zarejestruj się kluczem dostępu
kratos-1040008 = Wstecz
kratos-1040009 = Wybierz sposób logowania na konto.


## Ustawienia konta

kratos-1050000 = Ustawienia konta
kratos-1050001 = Zmiany zostały zapisane.
kratos-1050002 = Połącz konto { $provider }
kratos-1050003 = Odłącz konto { $provider }
kratos-1050004 = Usuń aplikację uwierzytelniającą
kratos-1050005 = Kod QR dla aplikacji uwierzytelniającej
kratos-1050006 = { $secret }
kratos-1050007 = Pokaż kody zapasowe
kratos-1050008 = Wygeneruj nowe kody zapasowe
kratos-1050009 = { $secret }
kratos-1050010 = Oto kody zapasowe. Przechowuj je w bezpiecznym miejscu!
kratos-1050011 = Potwierdź kody zapasowe
kratos-1050012 = Dodaj klucz bezpieczeństwa
kratos-1050013 = Nazwa klucza bezpieczeństwa
kratos-1050014 =
    { $used_days_ago ->
        [0] Użyty dzisiaj
        [one] Użyty { $used_days_ago } dzień temu
        [few] Użyty { $used_days_ago } dni temu
        [many] Użyty { $used_days_ago } dni temu
       *[other] Użyty { $used_days_ago } dnia temu
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Wyłącz tę metodę
kratos-1050017 = To jest klucz tajny aplikacji uwierzytelniającej. Wpisz go w aplikacji, jeśli nie można zeskanować kodu QR.
kratos-1050018 = Usuń klucz bezpieczeństwa „{ $display_name }”
kratos-1050019 = Dodaj klucz dostępu
kratos-1050020 = Usuń klucz dostępu „{ $display_name }”


## Odzyskiwanie konta

kratos-1060000 = Odzyskiwanie konta
kratos-1060001 =
    Konto zostało odzyskane. W ciągu { $remaining_minutes ->
        [one] { $remaining_minutes } minuty
        [few] { $remaining_minutes } minut
        [many] { $remaining_minutes } minut
       *[other] { $remaining_minutes } minuty
    } zmień hasło lub skonfiguruj inny sposób logowania (np. przez serwis społecznościowy).
kratos-1060002 = Na podany adres e-mail wysłaliśmy link do odzyskiwania konta. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie i czy jest to adres podany przy rejestracji.
kratos-1060003 = Na podany adres e-mail wysłaliśmy kod odzyskiwania. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie i czy jest to adres podany przy rejestracji.


## Pola i przyciski formularzy

kratos-1070000 = Pole
kratos-1070001 = Hasło
kratos-1070002 = { $title }
kratos-1070003 = Zapisz
kratos-1070004 = Identyfikator
kratos-1070005 = Wyślij
kratos-1070006 = Zweryfikuj kod
kratos-1070007 = E-mail
kratos-1070008 = Wyślij kod ponownie
kratos-1070009 = Dalej
kratos-1070010 = Kod odzyskiwania
kratos-1070011 = Kod weryfikacyjny
kratos-1070012 = Kod rejestracji
kratos-1070013 = Kod logowania
kratos-1070014 = Zaloguj się i połącz
kratos-1070015 = Aby kontynuować, rozwiąż test CAPTCHA.


## Weryfikacja adresu

kratos-1080000 = Weryfikacja konta
kratos-1080001 = Na podany adres e-mail wysłaliśmy link weryfikacyjny. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie i czy jest to adres podany przy rejestracji.
kratos-1080002 = Adres e-mail został zweryfikowany.
kratos-1080003 = Na podany adres e-mail wysłaliśmy kod weryfikacyjny. Jeśli nie dotarł, sprawdź, czy adres jest wpisany poprawnie i czy jest to adres podany przy rejestracji.


## Błędy walidacji

kratos-4000000 = Niektóre wprowadzone dane są nieprawidłowe. Sprawdź je i spróbuj ponownie.
kratos-4000001 = { $reason }
kratos-4000002 = Pole „{ $property }” jest wymagane.
kratos-4000003 =
    Wpisz co najmniej { $min_length ->
        [one] { $min_length } znak
        [few] { $min_length } znaki
        [many] { $min_length } znaków
       *[other] { $min_length } znaku
    } (wpisano: { $actual_length }).
kratos-4000004 = Ta wartość nie ma wymaganego formatu ({ $pattern }).
kratos-4000005 = Nie można użyć tego hasła: { $reason }.
kratos-4000006 = Wprowadzone dane logowania są nieprawidłowe. Sprawdź, czy w haśle oraz w nazwie użytkownika, adresie e-mail lub numerze telefonu nie ma literówek.
kratos-4000007 = Konto z tym identyfikatorem (adresem e-mail, numerem telefonu, nazwą użytkownika…) już istnieje.
kratos-4000008 = Ten kod uwierzytelniający jest nieprawidłowy. Spróbuj ponownie.
kratos-4000009 = Nie znaleziono identyfikatora logowania. Czy na pewno został wpisany? Przyczyną może być też problem z konfiguracją serwera.
kratos-4000010 = Konto nie jest jeszcze aktywne. Czy adres e-mail został zweryfikowany?
kratos-4000011 = Aplikacja uwierzytelniająca nie została skonfigurowana.
kratos-4000012 = Ten kod zapasowy został już użyty.
kratos-4000013 = Klucz bezpieczeństwa nie został skonfigurowany.
kratos-4000014 = Kody zapasowe nie zostały skonfigurowane.
kratos-4000015 = To konto nie istnieje lub nie ma skonfigurowanego klucza bezpieczeństwa.
kratos-4000016 = Ten kod zapasowy jest nieprawidłowy.
kratos-4000017 =
    Wpisz maksymalnie { $max_length ->
        [one] { $max_length } znak
        [few] { $max_length } znaki
        [many] { $max_length } znaków
       *[other] { $max_length } znaku
    } (wpisano: { $actual_length }).
kratos-4000018 = Wpisz wartość nie mniejszą niż { $minimum } (wpisano: { $actual }).
kratos-4000019 = Wpisz wartość większą niż { $minimum } (wpisano: { $actual }).
kratos-4000020 = Wpisz wartość nie większą niż { $maximum } (wpisano: { $actual }).
kratos-4000021 = Wpisz wartość mniejszą niż { $maximum } (wpisano: { $actual }).
kratos-4000022 = Wpisz wielokrotność liczby { $base } (wpisano: { $actual }).
kratos-4000023 =
    Podaj maksymalnie { $max_items ->
        [one] { $max_items } element
        [few] { $max_items } elementy
        [many] { $max_items } elementów
       *[other] { $max_items } elementu
    } (podano: { $actual_items }).
kratos-4000024 =
    Podaj co najmniej { $min_items ->
        [one] { $min_items } element
        [few] { $min_items } elementy
        [many] { $min_items } elementów
       *[other] { $min_items } elementu
    } (podano: { $actual_items }).
kratos-4000025 = Każdy element musi być unikalny, ale elementy { $index_a } i { $index_b } są takie same.
kratos-4000026 = Ta wartość ma nieprawidłowy typ: oczekiwano { $allowed_types }, otrzymano { $actual_type }.
kratos-4000027 = Konto z tym identyfikatorem (adresem e-mail, numerem telefonu, nazwą użytkownika…) już istnieje. Zaloguj się na to konto, aby połączyć z nim profil z serwisu społecznościowego.
kratos-4000028 = Identyfikator { $credential_identifier_hint } jest już używany przez inne konto. Zaloguj się na tamto konto, korzystając z jednej ze skonfigurowanych dla niego metod logowania.
kratos-4000029 = Wymagana wartość: { $expected }.
kratos-4000030 = Ta wartość jest niedozwolona.
kratos-4000031 = Nie można użyć tego hasła, ponieważ jest zbyt podobne do adresu e-mail, numeru telefonu lub nazwy użytkownika.
kratos-4000032 =
    Hasło musi mieć co najmniej { $min_length ->
        [one] { $min_length } znak
        [few] { $min_length } znaki
        [many] { $min_length } znaków
       *[other] { $min_length } znaku
    } (wpisano: { $actual_length }).
kratos-4000033 =
    Hasło może mieć maksymalnie { $max_length ->
        [one] { $max_length } znak
        [few] { $max_length } znaki
        [many] { $max_length } znaków
       *[other] { $max_length } znaku
    } (wpisano: { $actual_length }).
kratos-4000034 = To hasło pojawiło się w wyciekach danych i nie powinno być już używane. Wybierz inne hasło.
kratos-4000035 = To konto nie istnieje lub nie ma skonfigurowanego logowania kodem.
kratos-4000036 = Wprowadzone dane nie zgadzają się z danymi podanymi wcześniej w tym procesie.
kratos-4000037 = To konto nie istnieje lub nie ma skonfigurowanej żadnej metody logowania.
kratos-4000038 = Weryfikacja CAPTCHA nie powiodła się. Spróbuj ponownie.


## Błędy logowania

kratos-4010000 = Logowanie nie powiodło się. Sprawdź dane i spróbuj ponownie.
kratos-4010001 =
    Ta strona logowania wygasła { $expired_minutes ->
        [one] { $expired_minutes } minutę
        [few] { $expired_minutes } minuty
        [many] { $expired_minutes } minut
       *[other] { $expired_minutes } minuty
    } temu. Spróbuj ponownie.
kratos-4010002 = Na podstawie podanych informacji nie udało się znaleźć sposobu logowania. Czy formularz został wypełniony poprawnie?
kratos-4010003 = Na podstawie podanych informacji nie udało się znaleźć sposobu rejestracji. Czy formularz został wypełniony poprawnie?
kratos-4010004 = Na podstawie podanych informacji nie udało się znaleźć sposobu aktualizacji ustawień. Czy formularz został wypełniony poprawnie?
kratos-4010005 = Na podstawie podanych informacji nie udało się znaleźć sposobu odzyskania konta. Czy formularz został wypełniony poprawnie?
kratos-4010006 = Na podstawie podanych informacji nie udało się znaleźć sposobu weryfikacji konta. Czy formularz został wypełniony poprawnie?
kratos-4010007 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4010008 = Ten kod logowania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.
kratos-4010009 = Metody logowania, które mają zostać połączone, nie pasują do siebie.
kratos-4010010 = Podany adres nie pasuje do żadnego adresu tego konta.


## Błędy rejestracji

kratos-4040000 = Rejestracja nie powiodła się. Sprawdź dane i spróbuj ponownie.
kratos-4040001 =
    Ta strona rejestracji wygasła { $expired_minutes ->
        [one] { $expired_minutes } minutę
        [few] { $expired_minutes } minuty
        [many] { $expired_minutes } minut
       *[other] { $expired_minutes } minuty
    } temu. Spróbuj ponownie.
kratos-4040002 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4040003 = Ten kod rejestracji jest nieprawidłowy lub został już użyty. Spróbuj ponownie.


## Błędy ustawień konta

kratos-4050000 = Nie udało się zaktualizować ustawień. Sprawdź dane i spróbuj ponownie.
kratos-4050001 =
    Ta strona ustawień wygasła { $expired_minutes ->
        [one] { $expired_minutes } minutę
        [few] { $expired_minutes } minuty
        [many] { $expired_minutes } minut
       *[other] { $expired_minutes } minuty
    } temu. Spróbuj ponownie.


## Błędy odzyskiwania konta

kratos-4060000 = Nie udało się odzyskać konta. Sprawdź dane i spróbuj ponownie.
kratos-4060001 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4060002 = Odzyskiwanie konta nie powiodło się. Zacznij od nowa.
kratos-4060003 = Link do odzyskiwania konta jest niekompletny: brakuje tokenu. Zacznij od nowa.
kratos-4060004 = Ten link do odzyskiwania konta jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4060005 =
    Ta strona odzyskiwania konta wygasła { $expired_minutes ->
        [one] { $expired_minutes } minutę
        [few] { $expired_minutes } minuty
        [many] { $expired_minutes } minut
       *[other] { $expired_minutes } minuty
    } temu. Spróbuj ponownie.
kratos-4060006 = Ten kod odzyskiwania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.


## Błędy weryfikacji adresu

kratos-4070000 = Nie udało się zweryfikować adresu. Sprawdź dane i spróbuj ponownie.
kratos-4070001 = Ten link weryfikacyjny jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4070002 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4070003 = Weryfikacja nie powiodła się. Zacznij od nowa.
kratos-4070004 = Link weryfikacyjny jest niekompletny: brakuje tokenu. Zacznij od nowa.
kratos-4070005 =
    Ta strona weryfikacji wygasła { $expired_minutes ->
        [one] { $expired_minutes } minutę
        [few] { $expired_minutes } minuty
        [many] { $expired_minutes } minut
       *[other] { $expired_minutes } minuty
    } temu. Spróbuj ponownie.
kratos-4070006 = Ten kod weryfikacyjny jest nieprawidłowy lub został już użyty. Spróbuj ponownie.


## Błędy systemu

kratos-5000000 = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
kratos-5000001 = { $reason }
