### Deutsche Texte für die UI-Meldungen von Ory Kratos v1.3.1 (Anrede: „Sie“).


## Anmelden

kratos-1010000 = Anmelden
kratos-1010001 = Anmelden
kratos-1010002 = Mit { $provider } anmelden
kratos-1010003 = Bitte bestätigen Sie Ihre Identität, um fortzufahren.
kratos-1010004 = Schließen Sie den zweiten Anmeldeschritt ab, um fortzufahren.
kratos-1010005 = Bestätigen
kratos-1010006 = Authentifizierungscode
kratos-1010007 = Backup-Code
kratos-1010008 = Mit Sicherheitsschlüssel anmelden
kratos-1010009 = Authenticator-App verwenden
kratos-1010010 = Backup-Code verwenden
kratos-1010011 = Mit Sicherheitsschlüssel anmelden
kratos-1010012 = Halten Sie Ihren Sicherheitsschlüssel oder Ihr biometrisches Gerät (z. B. einen Fingerabdrucksensor) bereit und wählen Sie dann „Weiter“.
kratos-1010013 = Weiter
kratos-1010014 = Wir haben einen Code an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist, und melden Sie sich erneut an.
kratos-1010015 = Anmeldecode senden
kratos-1010016 = Sie haben versucht, sich mit { $duplicate_identifier } anzumelden, aber diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet. Melden Sie sich mit einer der folgenden Optionen bei diesem Konto an, um Ihr { $provider }-Konto { $duplicate_identifier } als weitere Anmeldemöglichkeit hinzuzufügen.
kratos-1010017 = Anmelden und verknüpfen
kratos-1010018 = Mit { $provider } bestätigen
kratos-1010019 = Code zum Fortfahren anfordern
kratos-1010020 = Geben Sie die Adresse ein, an die Ihr Code gesendet werden soll, um zu bestätigen, dass sie Ihnen gehört.
kratos-1010021 = Mit Passkey anmelden
kratos-1010022 = Mit Passwort anmelden
kratos-1010023 = Code an { $address } senden


## Abmelden

kratos-1020000 = Abmelden


## Zwei-Faktor-Authentifizierung

kratos-1030000 = Multi-Faktor-Authentifizierung


## Registrieren

kratos-1040000 = Registrieren
kratos-1040001 = Registrieren
kratos-1040002 = Mit { $provider } registrieren
kratos-1040003 = Weiter
kratos-1040004 = Mit Sicherheitsschlüssel registrieren
kratos-1040005 = Wir haben einen Code an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist, und registrieren Sie sich erneut.
kratos-1040006 = Registrierungscode senden
kratos-1040007 = Mit Passkey registrieren
kratos-1040008 = Zurück
kratos-1040009 = Wählen Sie aus, wie Sie sich bei Ihrem Konto anmelden möchten.


## Kontoeinstellungen

kratos-1050000 = Kontoeinstellungen
kratos-1050001 = Ihre Änderungen wurden gespeichert.
kratos-1050002 = { $provider } verknüpfen
kratos-1050003 = Verknüpfung mit { $provider } aufheben
kratos-1050004 = Authenticator-App entfernen
kratos-1050005 = QR-Code für Ihre Authenticator-App
kratos-1050006 = { $secret }
kratos-1050007 = Backup-Codes anzeigen
kratos-1050008 = Neue Backup-Codes erstellen
kratos-1050009 = { $secret }
kratos-1050010 = Das sind Ihre Backup-Codes. Bewahren Sie sie an einem sicheren Ort auf!
kratos-1050011 = Backup-Codes bestätigen
kratos-1050012 = Sicherheitsschlüssel hinzufügen
kratos-1050013 = Name des Sicherheitsschlüssels
kratos-1050014 =
    { $used_days_ago ->
        [0] Heute verwendet
        [one] Vor { $used_days_ago } Tag verwendet
       *[other] Vor { $used_days_ago } Tagen verwendet
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Diese Methode deaktivieren
kratos-1050017 = Das ist der geheime Schlüssel für Ihre Authenticator-App. Geben Sie ihn in der App ein, falls Sie den QR-Code nicht scannen können.
kratos-1050018 = Sicherheitsschlüssel „{ $display_name }“ entfernen
kratos-1050019 = Passkey hinzufügen
kratos-1050020 = Passkey „{ $display_name }“ entfernen


## Kontowiederherstellung

kratos-1060000 = Konto wiederherstellen
kratos-1060001 =
    Ihr Konto wurde wiederhergestellt. Bitte ändern Sie innerhalb { $remaining_minutes ->
        [one] der nächsten Minute
       *[other] der nächsten { $remaining_minutes } Minuten
    } Ihr Passwort oder richten Sie eine andere Anmeldemöglichkeit ein (z. B. die Anmeldung über einen externen Anbieter).
kratos-1060002 = Wir haben einen Wiederherstellungslink an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist und ob Sie sich mit dieser Adresse registriert haben.
kratos-1060003 = Wir haben einen Wiederherstellungscode an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist und ob Sie sich mit dieser Adresse registriert haben.


## Beschriftungen von Feldern und Schaltflächen

kratos-1070000 = Feld
kratos-1070001 = Passwort
kratos-1070002 = { $title }
kratos-1070003 = Speichern
kratos-1070004 = ID
kratos-1070005 = Absenden
kratos-1070006 = Code bestätigen
kratos-1070007 = E-Mail
kratos-1070008 = Code erneut senden
kratos-1070009 = Weiter
kratos-1070010 = Wiederherstellungscode
kratos-1070011 = Bestätigungscode
kratos-1070012 = Registrierungscode
kratos-1070013 = Anmeldecode
kratos-1070014 = Anmelden und verknüpfen
kratos-1070015 = Lösen Sie die CAPTCHA-Aufgabe, um fortzufahren.


## Bestätigung der Adresse

kratos-1080000 = Konto bestätigen
kratos-1080001 = Wir haben einen Bestätigungslink an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist und ob Sie sich mit dieser Adresse registriert haben.
kratos-1080002 = Ihre E-Mail-Adresse wurde bestätigt.
kratos-1080003 = Wir haben einen Bestätigungscode an die eingegebene E-Mail-Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie, ob die Adresse richtig geschrieben ist und ob Sie sich mit dieser Adresse registriert haben.


## Eingabefehler

kratos-4000000 = Einige Ihrer Angaben sind ungültig. Bitte prüfen Sie sie und versuchen Sie es erneut.
kratos-4000001 = { $reason }
kratos-4000002 = Das Feld „{ $property }“ ist erforderlich.
kratos-4000003 = Geben Sie mindestens { $min_length } Zeichen ein (Sie haben { $actual_length } eingegeben).
kratos-4000004 = Dieser Wert hat nicht das erforderliche Format ({ $pattern }).
kratos-4000005 = Dieses Passwort kann nicht verwendet werden: { $reason }.
kratos-4000006 = Die eingegebenen Anmeldedaten sind falsch. Prüfen Sie Ihr Passwort sowie Ihren Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer auf Tippfehler.
kratos-4000007 = Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …).
kratos-4000008 = Dieser Authentifizierungscode ist ungültig. Bitte versuchen Sie es erneut.
kratos-4000009 = Es wurde keine Anmeldekennung gefunden. Haben Sie vergessen, eine einzugeben? Die Ursache kann auch ein Konfigurationsproblem des Servers sein.
kratos-4000010 = Ihr Konto ist noch nicht aktiv. Haben Sie Ihre E-Mail-Adresse bestätigt?
kratos-4000011 = Sie haben keine Authenticator-App eingerichtet.
kratos-4000012 = Dieser Backup-Code wurde bereits verwendet.
kratos-4000013 = Sie haben keinen Sicherheitsschlüssel eingerichtet.
kratos-4000014 = Sie haben keine Backup-Codes eingerichtet.
kratos-4000015 = Dieses Konto existiert nicht, oder es ist kein Sicherheitsschlüssel dafür eingerichtet.
kratos-4000016 = Dieser Backup-Code ist ungültig.
kratos-4000017 = Geben Sie höchstens { $max_length } Zeichen ein (Sie haben { $actual_length } eingegeben).
kratos-4000018 = Geben Sie einen Wert von mindestens { $minimum } ein (Sie haben { $actual } eingegeben).
kratos-4000019 = Geben Sie einen Wert größer als { $minimum } ein (Sie haben { $actual } eingegeben).
kratos-4000020 = Geben Sie einen Wert von höchstens { $maximum } ein (Sie haben { $actual } eingegeben).
kratos-4000021 = Geben Sie einen Wert kleiner als { $maximum } ein (Sie haben { $actual } eingegeben).
kratos-4000022 = Geben Sie ein Vielfaches von { $base } ein (Sie haben { $actual } eingegeben).
kratos-4000023 =
    Geben Sie höchstens { $max_items ->
        [one] { $max_items } Eintrag
       *[other] { $max_items } Einträge
    } ein (Sie haben { $actual_items } eingegeben).
kratos-4000024 =
    Geben Sie mindestens { $min_items ->
        [one] { $min_items } Eintrag
       *[other] { $min_items } Einträge
    } ein (Sie haben { $actual_items } eingegeben).
kratos-4000025 = Jeder Eintrag darf nur einmal vorkommen, aber die Einträge { $index_a } und { $index_b } sind gleich.
kratos-4000026 = Dieser Wert hat den falschen Typ: erwartet wurde { $allowed_types }, erhalten wurde { $actual_type }.
kratos-4000027 = Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …). Melden Sie sich bei diesem Konto an, um Ihr Profil beim externen Anbieter damit zu verknüpfen.
kratos-4000028 = { $credential_identifier_hint } wird bereits von einem anderen Konto verwendet. Melden Sie sich stattdessen mit einer der dafür eingerichteten Anmeldemethoden bei diesem Konto an.
kratos-4000029 = Dieser Wert muss { $expected } lauten.
kratos-4000030 = Dieser Wert ist nicht zulässig.
kratos-4000031 = Dieses Passwort kann nicht verwendet werden, weil es Ihrer E-Mail-Adresse, Ihrer Telefonnummer oder Ihrem Benutzernamen zu ähnlich ist.
kratos-4000032 = Ihr Passwort muss mindestens { $min_length } Zeichen lang sein (Sie haben { $actual_length } eingegeben).
kratos-4000033 = Ihr Passwort darf höchstens { $max_length } Zeichen lang sein (Sie haben { $actual_length } eingegeben).
kratos-4000034 = Dieses Passwort ist bei Datenlecks bekannt geworden und darf nicht mehr verwendet werden. Bitte wählen Sie ein anderes.
kratos-4000035 = Dieses Konto existiert nicht, oder die Anmeldung per Code ist dafür nicht eingerichtet.
kratos-4000036 = Ihre Angaben stimmen nicht mit denen überein, die Sie zuvor in diesem Vorgang gemacht haben.
kratos-4000037 = Dieses Konto existiert nicht, oder es ist keine Anmeldemethode dafür eingerichtet.
kratos-4000038 = Die CAPTCHA-Prüfung ist fehlgeschlagen. Bitte versuchen Sie es erneut.


## Anmeldefehler

kratos-4010000 = Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.
kratos-4010001 =
    Diese Anmeldeseite ist vor { $expired_minutes ->
        [one] { $expired_minutes } Minute
       *[other] { $expired_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4010002 = Mit den angegebenen Informationen konnten wir Sie nicht anmelden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010003 = Mit den angegebenen Informationen konnten wir Sie nicht registrieren. Haben Sie das Formular richtig ausgefüllt?
kratos-4010004 = Mit den angegebenen Informationen konnten wir Ihre Einstellungen nicht aktualisieren. Haben Sie das Formular richtig ausgefüllt?
kratos-4010005 = Mit den angegebenen Informationen konnten wir Ihr Konto nicht wiederherstellen. Haben Sie das Formular richtig ausgefüllt?
kratos-4010006 = Mit den angegebenen Informationen konnten wir Ihr Konto nicht bestätigen. Haben Sie das Formular richtig ausgefüllt?
kratos-4010007 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4010008 = Dieser Anmeldecode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.
kratos-4010009 = Die Anmeldemethoden, die Sie verknüpfen möchten, passen nicht zusammen.
kratos-4010010 = Die eingegebene Adresse stimmt mit keiner Adresse dieses Kontos überein.


## Registrierungsfehler

kratos-4040000 = Die Registrierung ist fehlgeschlagen. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.
kratos-4040001 =
    Diese Registrierungsseite ist vor { $expired_minutes ->
        [one] { $expired_minutes } Minute
       *[other] { $expired_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4040002 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4040003 = Dieser Registrierungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.


## Fehler in den Kontoeinstellungen

kratos-4050000 = Ihre Einstellungen konnten nicht aktualisiert werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.
kratos-4050001 =
    Diese Einstellungsseite ist vor { $expired_minutes ->
        [one] { $expired_minutes } Minute
       *[other] { $expired_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.


## Fehler bei der Kontowiederherstellung

kratos-4060000 = Ihr Konto konnte nicht wiederhergestellt werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.
kratos-4060001 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4060002 = Die Kontowiederherstellung ist fehlgeschlagen. Bitte beginnen Sie von vorn.
kratos-4060003 = Der Wiederherstellungslink ist unvollständig: Das Token fehlt. Bitte beginnen Sie von vorn.
kratos-4060004 = Dieser Wiederherstellungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.
kratos-4060005 =
    Diese Seite zur Kontowiederherstellung ist vor { $expired_minutes ->
        [one] { $expired_minutes } Minute
       *[other] { $expired_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4060006 = Dieser Wiederherstellungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.


## Fehler bei der Bestätigung der Adresse

kratos-4070000 = Ihre Adresse konnte nicht bestätigt werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.
kratos-4070001 = Dieser Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.
kratos-4070002 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4070003 = Die Bestätigung ist fehlgeschlagen. Bitte beginnen Sie von vorn.
kratos-4070004 = Der Bestätigungslink ist unvollständig: Das Token fehlt. Bitte beginnen Sie von vorn.
kratos-4070005 =
    Diese Bestätigungsseite ist vor { $expired_minutes ->
        [one] { $expired_minutes } Minute
       *[other] { $expired_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4070006 = Dieser Bestätigungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.


## Systemfehler

kratos-5000000 = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.
kratos-5000001 = { $reason }
