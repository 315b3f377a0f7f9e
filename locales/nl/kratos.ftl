### Nederlandse teksten voor de UI-meldingen van Ory Kratos v1.3.1.


## Inloggen

kratos-1010000 = Inloggen
kratos-1010001 = Inloggen
kratos-1010002 = Inloggen met { $provider }
kratos-1010003 = Bevestig dat jij het bent om door te gaan.
kratos-1010004 = Voltooi de tweede inlogstap om door te gaan.
kratos-1010005 = Verifiëren
kratos-1010006 = Authenticatiecode
kratos-1010007 = Back-upcode
kratos-1010008 = Inloggen met beveiligingssleutel
kratos-1010009 = Authenticator-app gebruiken
kratos-1010010 = Back-upcode gebruiken
kratos-1010011 = Inloggen met beveiligingssleutel
kratos-1010012 = Houd je beveiligingssleutel of biometrische apparaat (zoals een vingerafdruklezer) bij de hand en selecteer daarna Doorgaan.
kratos-1010013 = Doorgaan
kratos-1010014 = We hebben een code gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en probeer opnieuw in te loggen.
kratos-1010015 = Inlogcode sturen
kratos-1010016 = Je probeerde in te loggen met { $duplicate_identifier }, maar dit e-mailadres wordt al door een ander account gebruikt. Log in bij dat account met een van de onderstaande opties om je { $provider }-account { $duplicate_identifier } toe te voegen als extra manier om in te loggen.
kratos-1010017 = Inloggen en koppelen
kratos-1010018 = Bevestigen met { $provider }
kratos-1010019 = Code aanvragen om door te gaan
kratos-1010020 = Voer het adres in waarop je de code wilt ontvangen, zodat we kunnen bevestigen dat het van jou is.
kratos-1010021 = Inloggen met toegangssleutel
kratos-1010022 = Inloggen met wachtwoord
kratos-1010023 = Code sturen naar { $address }


## Uitloggen

kratos-1020000 = Uitloggen


## Meervoudige verificatie

kratos-1030000 = Meervoudige verificatie


## Registreren

kratos-1040000 = Registreren
kratos-1040001 = Registreren
kratos-1040002 = Registreren met { $provider }
kratos-1040003 = Doorgaan
kratos-1040004 = Registreren met beveiligingssleutel
kratos-1040005 = We hebben een code gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en probeer je opnieuw te registreren.
kratos-1040006 = Registratiecode sturen
kratos-1040007 = Registreren met toegangssleutel
kratos-1040008 = Terug
kratos-1040009 = Kies hoe je wilt inloggen op je account.


## Accountinstellingen

kratos-1050000 = Accountinstellingen
kratos-1050001 = Je wijzigingen zijn opgeslagen.
kratos-1050002 = { $provider } koppelen
kratos-1050003 = { $provider } ontkoppelen
kratos-1050004 = Authenticator-app verwijderen
kratos-1050005 = QR-code voor je authenticator-app
kratos-1050006 = { $secret }
kratos-1050007 = Back-upcodes weergeven
kratos-1050008 = Nieuwe back-upcodes genereren
kratos-1050009 = { $secret }
kratos-1050010 = Dit zijn je back-upcodes. Bewaar ze op een veilige plek!
kratos-1050011 = Back-upcodes bevestigen
kratos-1050012 = Beveiligingssleutel toevoegen
kratos-1050013 = Naam van de beveiligingssleutel
kratos-1050014 =
    { $used_days_ago ->
        [0] Vandaag gebruikt
        [one] { $used_days_ago } dag geleden gebruikt
       *[other] { $used_days_ago } dagen geleden gebruikt
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Deze methode uitschakelen
kratos-1050017 = Dit is de geheime sleutel voor je authenticator-app. Voer deze in je app in als je de QR-code niet kunt scannen.
kratos-1050018 = Beveiligingssleutel “{ $display_name }” verwijderen
kratos-1050019 = Toegangssleutel toevoegen
kratos-1050020 = Toegangssleutel “{ $display_name }” verwijderen


## Accountherstel

kratos-1060000 = Je account herstellen
kratos-1060001 =
    Je account is hersteld. Wijzig binnen { $remaining_minutes ->
        [one] { $remaining_minutes } minuut
       *[other] { $remaining_minutes } minuten
    } je wachtwoord of stel een andere manier van inloggen in (zoals social login).
kratos-1060002 = We hebben een herstellink gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en of het het adres is waarmee je je hebt geregistreerd.
kratos-1060003 = We hebben een herstelcode gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en of het het adres is waarmee je je hebt geregistreerd.


## Formuliervelden en knoppen

kratos-1070000 = Veld
kratos-1070001 = Wachtwoord
kratos-1070002 = { $title }
kratos-1070003 = Opslaan
kratos-1070004 = ID
kratos-1070005 = Verzenden
kratos-1070006 = Code verifiëren
kratos-1070007 = E-mail
kratos-1070008 = Code opnieuw sturen
kratos-1070009 = Doorgaan
kratos-1070010 = Herstelcode
kratos-1070011 = Verificatiecode
kratos-1070012 = Registratiecode
kratos-1070013 = Inlogcode
kratos-1070014 = Inloggen en koppelen
kratos-1070015 = Voltooi de CAPTCHA om door te gaan.


## Adresverificatie

kratos-1080000 = Je account verifiëren
kratos-1080001 = We hebben een verificatielink gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en of het het adres is waarmee je je hebt geregistreerd.
kratos-1080002 = Je e-mailadres is geverifieerd.
kratos-1080003 = We hebben een verificatiecode gestuurd naar het e-mailadres dat je hebt opgegeven. Niets ontvangen? Controleer of het adres goed gespeld is en of het het adres is waarmee je je hebt geregistreerd.


## Validatiefouten

kratos-4000000 = Een deel van de gegevens die je hebt ingevoerd, is ongeldig. Controleer ze en probeer het opnieuw.
kratos-4000001 = { $reason }
kratos-4000002 = Het veld “{ $property }” is verplicht.
kratos-4000003 =
    Gebruik minstens { $min_length ->
        [one] { $min_length } teken
       *[other] { $min_length } tekens
    } (je hebt er { $actual_length } ingevoerd).
kratos-4000004 = Deze waarde heeft niet de vereiste indeling ({ $pattern }).
kratos-4000005 = Dit wachtwoord kan niet worden gebruikt: { $reason }.
kratos-4000006 = De inloggegevens die je hebt ingevoerd, zijn onjuist. Controleer je wachtwoord en je gebruikersnaam, e-mailadres of telefoonnummer op typefouten.
kratos-4000007 = Er bestaat al een account met deze ID (e-mailadres, telefoonnummer, gebruikersnaam…).
kratos-4000008 = Deze authenticatiecode is ongeldig. Probeer het opnieuw.
kratos-4000009 = Er is geen inlog-ID gevonden. Ben je vergeten er een in te voeren? Dit kan ook komen door een probleem met de serverconfiguratie.
kratos-4000010 = Je account is nog niet actief. Heb je je e-mailadres al geverifieerd?
kratos-4000011 = Je hebt geen authenticator-app ingesteld.
kratos-4000012 = Deze back-upcode is al gebruikt.
kratos-4000013 = Je hebt geen beveiligingssleutel ingesteld.
kratos-4000014 = Je hebt geen back-upcodes ingesteld.
kratos-4000015 = Dit account bestaat niet of er is geen beveiligingssleutel voor ingesteld.
kratos-4000016 = Deze back-upcode is ongeldig.
kratos-4000017 =
    Gebruik maximaal { $max_length ->
        [one] { $max_length } teken
       *[other] { $max_length } tekens
    } (je hebt er { $actual_length } ingevoerd).
kratos-4000018 = Voer een waarde van minstens { $minimum } in (je hebt { $actual } ingevoerd).
kratos-4000019 = Voer een waarde groter dan { $minimum } in (je hebt { $actual } ingevoerd).
kratos-4000020 = Voer een waarde van maximaal { $maximum } in (je hebt { $actual } ingevoerd).
kratos-4000021 = Voer een waarde kleiner dan { $maximum } in (je hebt { $actual } ingevoerd).
kratos-4000022 = Voer een veelvoud van { $base } in (je hebt { $actual } ingevoerd).
kratos-4000023 =
    Voer maximaal { $max_items ->
        [one] { $max_items } item
       *[other] { $max_items } items
    } in (je hebt er { $actual_items } ingevoerd).
kratos-4000024 =
    Voer minstens { $min_items ->
        [one] { $min_items } item
       *[other] { $min_items } items
    } in (je hebt er { $actual_items } ingevoerd).
kratos-4000025 = Elk item moet uniek zijn, maar item { $index_a } en item { $index_b } zijn hetzelfde.
kratos-4000026 = Deze waarde heeft het verkeerde type: verwacht { $allowed_types }, ontvangen { $actual_type }.
kratos-4000027 = Er bestaat al een account met deze ID (e-mailadres, telefoonnummer, gebruikersnaam…). Log in bij dat account om je social-loginprofiel eraan te koppelen.
kratos-4000028 = { $credential_identifier_hint } wordt al door een ander account gebruikt. Log daarom in bij dat account, met een van de inlogmethoden die ervoor zijn ingesteld.
kratos-4000029 = Deze waarde moet { $expected } zijn.
kratos-4000030 = Deze waarde is niet toegestaan.
kratos-4000031 = Dit wachtwoord kan niet worden gebruikt, omdat het te veel lijkt op je e-mailadres, telefoonnummer of gebruikersnaam.
kratos-4000032 =
    Je wachtwoord moet minstens { $min_length ->
        [one] { $min_length } teken
       *[other] { $min_length } tekens
    } lang zijn (je hebt er { $actual_length } ingevoerd).
kratos-4000033 =
    Je wachtwoord mag maximaal { $max_length ->
        [one] { $max_length } teken
       *[other] { $max_length } tekens
    } lang zijn (je hebt er { $actual_length } ingevoerd).
kratos-4000034 = Dit wachtwoord is aangetroffen in gelekte gegevens en mag niet meer worden gebruikt. Kies een ander wachtwoord.
kratos-4000035 = Dit account bestaat niet of er is geen inloggen met een code voor ingesteld.
kratos-4000036 = De gegevens die je hebt ingevoerd, komen niet overeen met wat je eerder in dit proces hebt ingevoerd.
kratos-4000037 = Dit account bestaat niet of er is geen inlogmethode voor ingesteld.
kratos-4000038 = De CAPTCHA-controle is mislukt. Probeer het opnieuw.


## Fouten bij inloggen

kratos-4010000 = Inloggen is mislukt. Controleer je gegevens en probeer het opnieuw.
kratos-4010001 =
    Deze inlogpagina is { $expired_minutes ->
        [one] { $expired_minutes } minuut
       *[other] { $expired_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4010002 = Met de opgegeven gegevens konden we geen manier vinden om je in te loggen. Heb je het formulier goed ingevuld?
kratos-4010003 = Met de opgegeven gegevens konden we geen manier vinden om je te registreren. Heb je het formulier goed ingevuld?
kratos-4010004 = Met de opgegeven gegevens konden we geen manier vinden om je instellingen bij te werken. Heb je het formulier goed ingevuld?
kratos-4010005 = Met de opgegeven gegevens konden we geen manier vinden om je account te herstellen. Heb je het formulier goed ingevuld?
kratos-4010006 = Met de opgegeven gegevens konden we geen manier vinden om je account te verifiëren. Heb je het formulier goed ingevuld?
kratos-4010007 = Dit verzoek is al afgerond en kan niet worden herhaald.
kratos-4010008 = Deze inlogcode is ongeldig of al gebruikt. Probeer het opnieuw.
kratos-4010009 = De inlogmethoden die je wilt koppelen, horen niet bij elkaar.
kratos-4010010 = Het adres dat je hebt ingevoerd, komt niet overeen met een adres van dit account.


## Fouten bij registreren

kratos-4040000 = Registreren is mislukt. Controleer je gegevens en probeer het opnieuw.
kratos-4040001 =
    Deze registratiepagina is { $expired_minutes ->
        [one] { $expired_minutes } minuut
       *[other] { $expired_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4040002 = Dit verzoek is al afgerond en kan niet worden herhaald.
kratos-4040003 = Deze registratiecode is ongeldig of al gebruikt. Probeer het opnieuw.


## Fouten in accountinstellingen

kratos-4050000 = Je instellingen konden niet worden bijgewerkt. Controleer je gegevens en probeer het opnieuw.
kratos-4050001 =
    Deze instellingenpagina is { $expired_minutes ->
        [one] { $expired_minutes } minuut
       *[other] { $expired_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.


## Fouten bij accountherstel

kratos-4060000 = Je account kon niet worden hersteld. Controleer je gegevens en probeer het opnieuw.
kratos-4060001 = Dit verzoek is al afgerond en kan niet worden herhaald.
kratos-4060002 = Accountherstel is mislukt. Begin opnieuw.
kratos-4060003 = De herstellink is onvolledig: het token ontbreekt. Begin opnieuw.
kratos-4060004 = Deze herstellink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4060005 =
    Deze pagina voor accountherstel is { $expired_minutes ->
        [one] { $expired_minutes } minuut
       *[other] { $expired_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4060006 = Deze herstelcode is ongeldig of al gebruikt. Probeer het opnieuw.


## Fouten bij adresverificatie

kratos-4070000 = Je adres kon niet worden geverifieerd. Controleer je gegevens en probeer het opnieuw.
kratos-4070001 = Deze verificatielink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4070002 = Dit verzoek is al afgerond en kan niet worden herhaald.
kratos-4070003 = Verificatie is mislukt. Begin opnieuw.
kratos-4070004 = De verificatielink is onvolledig: het token ontbreekt. Begin opnieuw.
kratos-4070005 =
    Deze verificatiepagina is { $expired_minutes ->
        [one] { $expired_minutes } minuut
       *[other] { $expired_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4070006 = Deze verificatiecode is ongeldig of al gebruikt. Probeer het opnieuw.


## Systeemfouten

kratos-5000000 = Er is aan onze kant iets misgegaan. Probeer het later opnieuw.
kratos-5000001 = { $reason }
