### Testi italiani dei messaggi dell’interfaccia di Ory Kratos v1.3.1 (si dà del «tu»).


## Accesso

kratos-1010000 = Accedi
kratos-1010001 = Accedi
kratos-1010002 = Accedi con { $provider }
kratos-1010003 = Conferma la tua identità per continuare.
kratos-1010004 = Completa il secondo passaggio di accesso per continuare.
kratos-1010005 = Verifica
kratos-1010006 = Codice di autenticazione
kratos-1010007 = Codice di backup
kratos-1010008 = Accedi con una chiave di sicurezza
kratos-1010009 = Usa l’app di autenticazione
kratos-1010010 = Usa un codice di backup
kratos-1010011 = Accedi con una chiave di sicurezza
kratos-1010012 = Tieni a portata di mano la chiave di sicurezza o il dispositivo biometrico (ad esempio un lettore di impronte digitali), quindi seleziona «Continua».
kratos-1010013 = Continua
kratos-1010014 = Abbiamo inviato un codice all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e prova ad accedere di nuovo.
kratos-1010015 = Invia codice di accesso
kratos-1010016 = Hai provato ad accedere con { $duplicate_identifier }, ma questo indirizzo email è già usato da un altro account. Accedi a quell’account con una delle opzioni qui sotto per aggiungere il tuo account { $provider } { $duplicate_identifier } come ulteriore metodo di accesso.
kratos-1010017 = Accedi e collega
kratos-1010018 = Conferma con { $provider }
kratos-1010019 = Richiedi un codice per continuare
kratos-1010020 = Inserisci l’indirizzo a cui vuoi ricevere il codice, per confermare che ti appartiene.
kratos-1010021 = Accedi con una passkey
kratos-1010022 = Accedi con la password
kratos-1010023 = Invia il codice a { $address }


## Uscita

kratos-1020000 = Esci


## Verifica in due passaggi

kratos-1030000 = Autenticazione a più fattori


## Registrazione

kratos-1040000 = Registrazione
kratos-1040001 = Registrati
kratos-1040002 = Registrati con { $provider }
kratos-1040003 = Continua
kratos-1040004 = Registrati con una chiave di sicurezza
kratos-1040005 = Abbiamo inviato un codice all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e prova a registrarti di nuovo.
kratos-1040006 = Invia codice di registrazione
kratos-1040007 = Registrati con una passkey
kratos-1040008 = Indietro
kratos-1040009 = Scegli come vuoi accedere al tuo account.


## Impostazioni account

kratos-1050000 = Impostazioni account
kratos-1050001 = Le modifiche sono state salvate.
kratos-1050002 = Collega { $provider }
kratos-1050003 = Scollega { $provider }
kratos-1050004 = Rimuovi l’app di autenticazione
kratos-1050005 = Codice QR per la tua app di autenticazione
kratos-1050006 = { $secret }
kratos-1050007 = Mostra i codici di backup
kratos-1050008 = Genera nuovi codici di backup
kratos-1050009 = { $secret }
kratos-1050010 = Questi sono i tuoi codici di backup. Conservali in un luogo sicuro!
kratos-1050011 = Conferma i codici di backup
kratos-1050012 = Aggiungi chiave di sicurezza
kratos-1050013 = Nome della chiave di sicurezza
kratos-1050014 =
    { $used_days_ago ->
        [0] Usato oggi
        [one] Usato { $used_days_ago } giorno fa
       *[other] Usato { $used_days_ago } giorni fa
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Disattiva questo metodo
kratos-1050017 = Questa è la chiave segreta della tua app di autenticazione. Inseriscila nell’app se non riesci a scansionare il codice QR.
kratos-1050018 = Rimuovi la chiave di sicurezza «{ $display_name }»
kratos-1050019 = Aggiungi passkey
kratos-1050020 = Rimuovi la passkey «{ $display_name }»


## Recupero dell’account

kratos-1060000 = Recupera il tuo account
kratos-1060001 =
    Hai recuperato il tuo account. Cambia la password o configura un altro metodo di accesso (ad esempio con un account esterno) entro { $remaining_minutes ->
        [one] il prossimo minuto
       *[other] i prossimi { $remaining_minutes } minuti
    }.
kratos-1060002 = Abbiamo inviato un link di recupero all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.
kratos-1060003 = Abbiamo inviato un codice di recupero all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.


## Etichette di campi e pulsanti

kratos-1070000 = Campo
kratos-1070001 = Password
kratos-1070002 = { $title }
kratos-1070003 = Salva
kratos-1070004 = ID
kratos-1070005 = Invia
kratos-1070006 = Verifica il codice
kratos-1070007 = Email
kratos-1070008 = Invia di nuovo il codice
kratos-1070009 = Continua
kratos-1070010 = Codice di recupero
kratos-1070011 = Codice di verifica
kratos-1070012 = Codice di registrazione
kratos-1070013 = Codice di accesso
kratos-1070014 = Accedi e collega
kratos-1070015 = Completa il CAPTCHA per continuare.


## Verifica dell’indirizzo

kratos-1080000 = Verifica il tuo account
kratos-1080001 = Abbiamo inviato un link di verifica all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.
kratos-1080002 = Il tuo indirizzo email è stato verificato.
kratos-1080003 = Abbiamo inviato un codice di verifica all’indirizzo email che hai inserito. Se non l’hai ricevuto, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.


## Errori di convalida

kratos-4000000 = Alcuni dati inseriti non sono validi. Controllali e riprova.
kratos-4000001 = { $reason }
kratos-4000002 = Il campo «{ $property }» è obbligatorio.
kratos-4000003 =
    Usa almeno { $min_length ->
        [one] { $min_length } carattere
       *[other] { $min_length } caratteri
    } (caratteri inseriti: { $actual_length }).
kratos-4000004 = Questo valore non ha il formato richiesto ({ $pattern }).
kratos-4000005 = Non puoi usare questa password: { $reason }.
kratos-4000006 = I dati di accesso inseriti non sono corretti. Controlla che non ci siano errori di battitura nella password e nel nome utente, nell’indirizzo email o nel numero di telefono.
kratos-4000007 = Esiste già un account con questo identificativo (indirizzo email, numero di telefono, nome utente…).
kratos-4000008 = Questo codice di autenticazione non è valido. Riprova.
kratos-4000009 = Non è stato trovato alcun identificativo di accesso. Hai dimenticato di inserirlo? Il problema potrebbe dipendere anche dalla configurazione del server.
kratos-4000010 = Il tuo account non è ancora attivo. Hai verificato il tuo indirizzo email?
kratos-4000011 = Non hai configurato un’app di autenticazione.
kratos-4000012 = Questo codice di backup è già stato usato.
kratos-4000013 = Non hai configurato una chiave di sicurezza.
kratos-4000014 = Non hai configurato i codici di backup.
kratos-4000015 = Questo account non esiste o non ha una chiave di sicurezza configurata.
kratos-4000016 = Questo codice di backup non è valido.
kratos-4000017 =
    Usa al massimo { $max_length ->
        [one] { $max_length } carattere
       *[other] { $max_length } caratteri
    } (caratteri inseriti: { $actual_length }).
kratos-4000018 = Inserisci un valore maggiore o uguale a { $minimum } (valore inserito: { $actual }).
kratos-4000019 = Inserisci un valore maggiore di { $minimum } (valore inserito: { $actual }).
kratos-4000020 = Inserisci un valore minore o uguale a { $maximum } (valore inserito: { $actual }).
kratos-4000021 = Inserisci un valore minore di { $maximum } (valore inserito: { $actual }).
kratos-4000022 = Inserisci un multiplo di { $base } (valore inserito: { $actual }).
kratos-4000023 =
    Inserisci al massimo { $max_items ->
        [one] { $max_items } elemento
       *[other] { $max_items } elementi
    } (elementi inseriti: { $actual_items }).
kratos-4000024 =
    Inserisci almeno { $min_items ->
        [one] { $min_items } elemento
       *[other] { $min_items } elementi
    } (elementi inseriti: { $actual_items }).
kratos-4000025 = Ogni elemento deve essere unico, ma gli elementi { $index_a } e { $index_b } sono uguali.
kratos-4000026 = Questo valore è di un tipo errato: previsto { $allowed_types }, ricevuto { $actual_type }.
kratos-4000027 = Esiste già un account con questo identificativo (indirizzo email, numero di telefono, nome utente…). Accedi a quell’account per collegarvi l’account esterno che hai appena usato.
kratos-4000028 = { $credential_identifier_hint } è già usato da un altro account. Accedi invece a quell’account con uno dei metodi di accesso configurati.
kratos-4000029 = Questo valore deve essere { $expected }.
kratos-4000030 = Questo valore non è consentito.
kratos-4000031 = Non puoi usare questa password perché è troppo simile al tuo indirizzo email, al tuo numero di telefono o al tuo nome utente.
kratos-4000032 =
    La password deve contenere almeno { $min_length ->
        [one] { $min_length } carattere
       *[other] { $min_length } caratteri
    } (caratteri inseriti: { $actual_length }).
kratos-4000033 =
    La password può contenere al massimo { $max_length ->
        [one] { $max_length } carattere
       *[other] { $max_length } caratteri
    } (caratteri inseriti: { $actual_length }).
kratos-4000034 = Questa password è comparsa in violazioni di dati e non deve più essere usata. Scegline un’altra.
kratos-4000035 = Questo account non esiste o non ha configurato l’accesso tramite codice.
kratos-4000036 = I dati inseriti non corrispondono a quelli inseriti in precedenza in questa procedura.
kratos-4000037 = Questo account non esiste o non ha alcun metodo di accesso configurato.
kratos-4000038 = Il controllo CAPTCHA non è riuscito. Riprova.


## Errori di accesso

kratos-4010000 = Accesso non riuscito. Controlla i tuoi dati e riprova.
kratos-4010001 =
    Questa pagina di accesso è scaduta { $expired_minutes ->
        [one] { $expired_minutes } minuto fa
       *[other] { $expired_minutes } minuti fa
    }. Riprova.
kratos-4010002 = Con le informazioni fornite non abbiamo trovato un modo per farti accedere. Hai compilato correttamente il modulo?
kratos-4010003 = Con le informazioni fornite non abbiamo trovato un modo per registrarti. Hai compilato correttamente il modulo?
kratos-4010004 = Con le informazioni fornite non abbiamo trovato un modo per aggiornare le tue impostazioni. Hai compilato correttamente il modulo?
kratos-4010005 = Con le informazioni fornite non abbiamo trovato un modo per recuperare il tuo account. Hai compilato correttamente il modulo?
kratos-4010006 = Con le informazioni fornite non abbiamo trovato un modo per verificare il tuo account. Hai compilato correttamente il modulo?
kratos-4010007 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4010008 = Questo codice di accesso non è valido o è già stato usato. Riprova.
kratos-4010009 = I metodi di accesso che vuoi collegare non corrispondono.
kratos-4010010 = L’indirizzo inserito non corrisponde a nessun indirizzo di questo account.


## Errori di registrazione

kratos-4040000 = Registrazione non riuscita. Controlla i tuoi dati e riprova.
kratos-4040001 =
    Questa pagina di registrazione è scaduta { $expired_minutes ->
        [one] { $expired_minutes } minuto fa
       *[other] { $expired_minutes } minuti fa
    }. Riprova.
kratos-4040002 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4040003 = Questo codice di registrazione non è valido o è già stato usato. Riprova.


## Errori delle impostazioni account

kratos-4050000 = Non è stato possibile aggiornare le impostazioni. Controlla i tuoi dati e riprova.
kratos-4050001 =
    Questa pagina delle impostazioni è scaduta { $expired_minutes ->
        [one] { $expired_minutes } minuto fa
       *[other] { $expired_minutes } minuti fa
    }. Riprova.


## Errori di recupero dell’account

kratos-4060000 = Non è stato possibile recuperare il tuo account. Controlla i tuoi dati e riprova.
kratos-4060001 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4060002 = Recupero dell’account non riuscito. Ricomincia da capo.
kratos-4060003 = Il link di recupero è incompleto: manca il token. Ricomincia da capo.
kratos-4060004 = Questo link di recupero non è valido o è già stato usato. Ricomincia da capo.
kratos-4060005 =
    Questa pagina di recupero dell’account è scaduta { $expired_minutes ->
        [one] { $expired_minutes } minuto fa
       *[other] { $expired_minutes } minuti fa
    }. Riprova.
kratos-4060006 = Questo codice di recupero non è valido o è già stato usato. Riprova.


## Errori di verifica dell’indirizzo

kratos-4070000 = Non è stato possibile verificare il tuo indirizzo. Controlla i tuoi dati e riprova.
kratos-4070001 = Questo link di verifica non è valido o è già stato usato. Ricomincia da capo.
kratos-4070002 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4070003 = Verifica non riuscita. Ricomincia da capo.
kratos-4070004 = Il link di verifica è incompleto: manca il token. Ricomincia da capo.
kratos-4070005 =
    Questa pagina di verifica è scaduta { $expired_minutes ->
        [one] { $expired_minutes } minuto fa
       *[other] { $expired_minutes } minuti fa
    }. Riprova.
kratos-4070006 = Questo codice di verifica non è valido o è già stato usato. Riprova.


## Errori di sistema

kratos-5000000 = Si è verificato un problema da parte nostra. Riprova più tardi.
kratos-5000001 = { $reason }
