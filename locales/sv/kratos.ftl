### Svenska texter för gränssnittsmeddelandena i Ory Kratos v1.3.1.


## Logga in

kratos-1010000 = Logga in
kratos-1010001 = Logga in
kratos-1010002 = Logga in med { $provider }
kratos-1010003 = Bekräfta att det är du för att fortsätta.
kratos-1010004 = Slutför det andra inloggningssteget för att fortsätta.
kratos-1010005 = Verifiera
kratos-1010006 = Autentiseringskod
kratos-1010007 = Reservkod
kratos-1010008 = Logga in med säkerhetsnyckel
kratos-1010009 = Använd autentiseringsapp
kratos-1010010 = Använd reservkod
kratos-1010011 = Logga in med säkerhetsnyckel
kratos-1010012 = Ha din säkerhetsnyckel eller biometriska enhet (till exempel en fingeravtrycksläsare) redo och välj sedan Fortsätt.
kratos-1010013 = Fortsätt
kratos-1010014 = Vi har skickat en kod till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och försöker logga in igen.
kratos-1010015 = Skicka inloggningskod
kratos-1010016 = Du försökte logga in med { $duplicate_identifier }, men ett annat konto använder redan den e-postadressen. Logga in på det kontot med något av alternativen nedan för att lägga till ditt { $provider }-konto { $duplicate_identifier } som ytterligare ett sätt att logga in.
kratos-1010017 = Logga in och koppla
kratos-1010018 = Bekräfta med { $provider }
kratos-1010019 = Begär en kod för att fortsätta
kratos-1010020 = Ange adressen där du vill få koden, så att vi kan bekräfta att den tillhör dig.
kratos-1010021 = Logga in med lösennyckel
kratos-1010022 = Logga in med lösenord
kratos-1010023 = Skicka kod till { $address }


## Logga ut

kratos-1020000 = Logga ut


## Multifaktorautentisering

kratos-1030000 = Multifaktorautentisering


## Registrera dig

kratos-1040000 = Registrera dig
kratos-1040001 = Registrera dig
kratos-1040002 = Registrera dig med { $provider }
kratos-1040003 = Fortsätt
kratos-1040004 = Registrera dig med säkerhetsnyckel
kratos-1040005 = Vi har skickat en kod till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och försöker registrera dig igen.
kratos-1040006 = Skicka registreringskod
kratos-1040007 = Registrera dig med lösennyckel
kratos-1040008 = Tillbaka
kratos-1040009 = Välj hur du vill logga in på ditt konto.


## Kontoinställningar

kratos-1050000 = Kontoinställningar
kratos-1050001 = Dina ändringar har sparats.
kratos-1050002 = Koppla { $provider }
kratos-1050003 = Koppla från { $provider }
kratos-1050004 = Ta bort autentiseringsapp
kratos-1050005 = QR-kod för din autentiseringsapp
kratos-1050006 = { $secret }
kratos-1050007 = Visa reservkoder
kratos-1050008 = Skapa nya reservkoder
kratos-1050009 = { $secret }
kratos-1050010 = Det här är dina reservkoder. Förvara dem på ett säkert ställe!
kratos-1050011 = Bekräfta reservkoder
kratos-1050012 = Lägg till säkerhetsnyckel
kratos-1050013 = Säkerhetsnyckelns namn
kratos-1050014 =
    { $used_days_ago ->
        [0] Använd i dag
        [one] Använd för { $used_days_ago } dag sedan
       *[other] Använd för { $used_days_ago } dagar sedan
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Inaktivera den här metoden
kratos-1050017 = Det här är den hemliga nyckeln för din autentiseringsapp. Ange den i appen om du inte kan skanna QR-koden.
kratos-1050018 = Ta bort säkerhetsnyckeln ”{ $display_name }”
kratos-1050019 = Lägg till lösennyckel
kratos-1050020 = Ta bort lösennyckeln ”{ $display_name }”


## Kontoåterställning

kratos-1060000 = Återställ ditt konto
kratos-1060001 =
    Ditt konto har återställts. Byt lösenord eller konfigurera ett annat sätt att logga in (till exempel via sociala medier) inom { $remaining_minutes ->
        [one] { $remaining_minutes } minut
       *[other] { $remaining_minutes } minuter
    }.
kratos-1060002 = Vi har skickat en återställningslänk till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och att det är den adress du registrerade dig med.
kratos-1060003 = Vi har skickat en återställningskod till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och att det är den adress du registrerade dig med.


## Formulärfält och knappar

kratos-1070000 = Fält
kratos-1070001 = Lösenord
kratos-1070002 = { $title }
kratos-1070003 = Spara
kratos-1070004 = ID
kratos-1070005 = Skicka
kratos-1070006 = Verifiera kod
kratos-1070007 = E-post
kratos-1070008 = Skicka koden igen
kratos-1070009 = Fortsätt
kratos-1070010 = Återställningskod
kratos-1070011 = Verifieringskod
kratos-1070012 = Registreringskod
kratos-1070013 = Inloggningskod
kratos-1070014 = Logga in och koppla
kratos-1070015 = Slutför CAPTCHA-kontrollen för att fortsätta.


## Adressverifiering

kratos-1080000 = Verifiera ditt konto
kratos-1080001 = Vi har skickat en verifieringslänk till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och att det är den adress du registrerade dig med.
kratos-1080002 = Din e-postadress har verifierats.
kratos-1080003 = Vi har skickat en verifieringskod till e-postadressen du angav. Om den inte har kommit fram kontrollerar du att adressen är rättstavad och att det är den adress du registrerade dig med.


## Valideringsfel

kratos-4000000 = En del av uppgifterna du angav är ogiltiga. Kontrollera dem och försök igen.
kratos-4000001 = { $reason }
kratos-4000002 = Fältet ”{ $property }” är obligatoriskt.
kratos-4000003 =
    Använd minst { $min_length ->
        [one] { $min_length } tecken
       *[other] { $min_length } tecken
    } (du angav { $actual_length }).
kratos-4000004 = Värdet har inte rätt format ({ $pattern }).
kratos-4000005 = Det här lösenordet kan inte användas: { $reason }.
kratos-4000006 = Inloggningsuppgifterna du angav är felaktiga. Kontrollera att lösenordet och användarnamnet, e-postadressen eller telefonnumret är rättstavade.
kratos-4000007 = Det finns redan ett konto med den här identifieraren (e-postadress, telefonnummer, användarnamn …).
kratos-4000008 = Autentiseringskoden är ogiltig. Försök igen.
kratos-4000009 = Ingen inloggningsidentifierare hittades. Glömde du att ange en? Det kan också bero på ett problem med serverkonfigurationen.
kratos-4000010 = Ditt konto är inte aktivt än. Har du verifierat din e-postadress?
kratos-4000011 = Du har inte konfigurerat någon autentiseringsapp.
kratos-4000012 = Den här reservkoden har redan använts.
kratos-4000013 = Du har inte konfigurerat någon säkerhetsnyckel.
kratos-4000014 = Du har inte konfigurerat några reservkoder.
kratos-4000015 = Kontot finns inte eller har ingen säkerhetsnyckel konfigurerad.
kratos-4000016 = Reservkoden är ogiltig.
kratos-4000017 =
    Använd högst { $max_length ->
        [one] { $max_length } tecken
       *[other] { $max_length } tecken
    } (du angav { $actual_length }).
kratos-4000018 = Ange ett värde på minst { $minimum } (du angav { $actual }).
kratos-4000019 = Ange ett värde som är större än { $minimum } (du angav { $actual }).
kratos-4000020 = Ange ett värde på högst { $maximum } (du angav { $actual }).
kratos-4000021 = Ange ett värde som är mindre än { $maximum } (du angav { $actual }).
kratos-4000022 = Ange en multipel av { $base } (du angav { $actual }).
kratos-4000023 =
    Ange högst { $max_items ->
        [one] { $max_items } objekt
       *[other] { $max_items } objekt
    } (du angav { $actual_items }).
kratos-4000024 =
    Ange minst { $min_items ->
        [one] { $min_items } objekt
       *[other] { $min_items } objekt
    } (du angav { $actual_items }).
kratos-4000025 = Varje objekt måste vara unikt, men objekt { $index_a } och { $index_b } är likadana.
kratos-4000026 = Värdet har fel typ: förväntade { $allowed_types }, fick { $actual_type }.
kratos-4000027 = Det finns redan ett konto med den här identifieraren (e-postadress, telefonnummer, användarnamn …). Logga in på det kontot för att koppla din profil för inloggning via sociala medier till det.
kratos-4000028 = Ett annat konto använder redan { $credential_identifier_hint }. Logga in på det kontot i stället, med något av de inloggningssätt som har konfigurerats för det.
kratos-4000029 = Värdet måste vara { $expected }.
kratos-4000030 = Värdet är inte tillåtet.
kratos-4000031 = Det här lösenordet kan inte användas eftersom det liknar din e-postadress, ditt telefonnummer eller ditt användarnamn för mycket.
kratos-4000032 =
    Lösenordet måste vara minst { $min_length ->
        [one] { $min_length } tecken
       *[other] { $min_length } tecken
    } långt (du angav { $actual_length }).
kratos-4000033 =
    Lösenordet får vara högst { $max_length ->
        [one] { $max_length } tecken
       *[other] { $max_length } tecken
    } långt (du angav { $actual_length }).
kratos-4000034 = Det här lösenordet har förekommit i dataläckor och får inte längre användas. Välj ett annat.
kratos-4000035 = Kontot finns inte eller har ingen inloggning med kod konfigurerad.
kratos-4000036 = Uppgifterna du angav stämmer inte med dem du angav tidigare i processen.
kratos-4000037 = Kontot finns inte eller har inget inloggningssätt konfigurerat.
kratos-4000038 = CAPTCHA-kontrollen misslyckades. Försök igen.


## Inloggningsfel

kratos-4010000 = Inloggningen misslyckades. Kontrollera dina uppgifter och försök igen.
kratos-4010001 =
    Inloggningssidan gick ut för { $expired_minutes ->
        [one] { $expired_minutes } minut
       *[other] { $expired_minutes } minuter
    } sedan. Försök igen.
kratos-4010002 = Vi kunde inte hitta något sätt att logga in dig med de angivna uppgifterna. Har du fyllt i formuläret korrekt?
kratos-4010003 = Vi kunde inte hitta något sätt att registrera dig med de angivna uppgifterna. Har du fyllt i formuläret korrekt?
kratos-4010004 = Vi kunde inte hitta något sätt att uppdatera dina inställningar med de angivna uppgifterna. Har du fyllt i formuläret korrekt?
kratos-4010005 = Vi kunde inte hitta något sätt att återställa ditt konto med de angivna uppgifterna. Har du fyllt i formuläret korrekt?
kratos-4010006 = Vi kunde inte hitta något sätt att verifiera ditt konto med de angivna uppgifterna. Har du fyllt i formuläret korrekt?
kratos-4010007 = Begäran har redan slutförts och kan inte upprepas.
kratos-4010008 = Inloggningskoden är ogiltig eller har redan använts. Försök igen.
kratos-4010009 = Inloggningssätten som du vill koppla ihop hör inte ihop.
kratos-4010010 = Adressen du angav matchar ingen av kontots adresser.


## Registreringsfel

kratos-4040000 = Registreringen misslyckades. Kontrollera dina uppgifter och försök igen.
kratos-4040001 =
    Registreringssidan gick ut för { $expired_minutes ->
        [one] { $expired_minutes } minut
       *[other] { $expired_minutes } minuter
    } sedan. Försök igen.
kratos-4040002 = Begäran har redan slutförts och kan inte upprepas.
kratos-4040003 = Registreringskoden är ogiltig eller har redan använts. Försök igen.


## Fel i kontoinställningarna

kratos-4050000 = Dina inställningar kunde inte uppdateras. Kontrollera dina uppgifter och försök igen.
kratos-4050001 =
    Inställningssidan gick ut för { $expired_minutes ->
        [one] { $expired_minutes } minut
       *[other] { $expired_minutes } minuter
    } sedan. Försök igen.


## Fel vid kontoåterställning

kratos-4060000 = Ditt konto kunde inte återställas. Kontrollera dina uppgifter och försök igen.
kratos-4060001 = Begäran har redan slutförts och kan inte upprepas.
kratos-4060002 = Kontoåterställningen misslyckades. Börja om.
kratos-4060003 = Återställningslänken är ofullständig: token saknas. Börja om.
kratos-4060004 = Återställningslänken är ogiltig eller har redan använts. Börja om.
kratos-4060005 =
    Sidan för kontoåterställning gick ut för { $expired_minutes ->
        [one] { $expired_minutes } minut
       *[other] { $expired_minutes } minuter
    } sedan. Försök igen.
kratos-4060006 = Återställningskoden är ogiltig eller har redan använts. Försök igen.


## Fel vid adressverifiering

kratos-4070000 = Din adress kunde inte verifieras. Kontrollera dina uppgifter och försök igen.
kratos-4070001 = Verifieringslänken är ogiltig eller har redan använts. Börja om.
kratos-4070002 = Begäran har redan slutförts och kan inte upprepas.
kratos-4070003 = Verifieringen misslyckades. Börja om.
kratos-4070004 = Verifieringslänken är ofullständig: token saknas. Börja om.
kratos-4070005 =
    Verifieringssidan gick ut för { $expired_minutes ->
        [one] { $expired_minutes } minut
       *[other] { $expired_minutes } minuter
    } sedan. Försök igen.
kratos-4070006 = Verifieringskoden är ogiltig eller har redan använts. Försök igen.


## Systemfel

kratos-5000000 = Något gick fel hos oss. Försök igen senare.
kratos-5000001 = { $reason }
