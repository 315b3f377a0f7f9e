### Textes français des messages d’interface d’Ory Kratos v1.3.1 (vouvoiement).


## Connexion

kratos-1010000 = Connexion
kratos-1010001 = Se connecter
kratos-1010002 = Se connecter avec { $provider }
kratos-1010003 = Veuillez confirmer votre identité pour continuer.
kratos-1010004 = Effectuez la deuxième étape de connexion pour continuer.
kratos-1010005 = Vérifier
kratos-1010006 = Code d’authentification
kratos-1010007 = Code de secours
kratos-1010008 = Se connecter avec une clé de sécurité
kratos-1010009 = Utiliser l’application d’authentification
kratos-1010010 = Utiliser un code de secours
kratos-1010011 = Se connecter avec une clé de sécurité
kratos-1010012 = Préparez votre clé de sécurité ou votre appareil biométrique (un lecteur d’empreintes digitales, par exemple), puis sélectionnez « Continuer ».
kratos-1010013 = Continuer
kratos-1010014 = Nous avons envoyé un code à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et essayez à nouveau de vous connecter.
kratos-1010015 = Envoyer un code de connexion
kratos-1010016 = Vous avez essayé de vous connecter avec { $duplicate_identifier }, mais cette adresse e-mail est déjà utilisée par un autre compte. Connectez-vous à ce compte à l’aide de l’une des options ci-dessous pour ajouter votre compte { $provider } { $duplicate_identifier } comme autre moyen de connexion.
kratos-1010017 = Se connecter et associer
kratos-1010018 = Confirmer avec { $provider }
kratos-1010019 = Demander un code pour continuer
kratos-1010020 = Saisissez l’adresse à laquelle vous souhaitez recevoir votre code, afin de confirmer qu’elle vous appartient.
kratos-1010021 = Se connecter avec une clé d’accès
kratos-1010022 = Se connecter avec un mot de passe
kratos-1010023 = Envoyer le code à { $address }


## Déconnexion

kratos-1020000 = Se déconnecter


## Authentification à deux facteurs

kratos-1030000 = Authentification multifacteur


## Inscription

kratos-1040000 = Inscription
kratos-1040001 = S’inscrire
kratos-1040002 = S’inscrire avec { $provider }
kratos-1040003 = Continuer
kratos-1040004 = S’inscrire avec une clé de sécurité
kratos-1040005 = Nous avons envoyé un code à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et essayez à nouveau de vous inscrire.
kratos-1040006 = Envoyer un code d’inscription
kratos-1040007 = S’inscrire avec une clé d’accès
kratos-1040008 = Retour
kratos-1040009 = Choisissez comment vous souhaitez vous connecter à votre compte.


## Paramètres du compte

kratos-1050000 = Paramètres du compte
kratos-1050001 = Vos modifications ont été enregistrées.
kratos-1050002 = Associer { $provider }
kratos-1050003 = Dissocier { $provider }
kratos-1050004 = Supprimer l’application d’authentification
kratos-1050005 = Code QR pour votre application d’authentification
kratos-1050006 = { $secret }
kratos-1050007 = Afficher les codes de secours
kratos-1050008 = Générer de nouveaux codes de secours
kratos-1050009 = { $secret }
kratos-1050010 = Voici vos codes de secours. Conservez-les en lieu sûr !
kratos-1050011 = Confirmer les codes de secours
kratos-1050012 = Ajouter une clé de sécurité
kratos-1050013 = Nom de la clé de sécurité
kratos-1050014 =
    { $used_days_ago ->
        [0] Utilisé aujourd’hui
        [one] Utilisé il y a { $used_days_ago } jour
       *[other] Utilisé il y a { $used_days_ago } jours
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Désactiver cette méthode
kratos-1050017 = Voici la clé secrète de votre application d’authentification. Saisissez-la dans l’application si vous ne parvenez pas à scanner le code QR.
kratos-1050018 = Supprimer la clé de sécurité « { $display_name } »
kratos-1050019 = Ajouter une clé d’accès
kratos-1050020 = Supprimer la clé d’accès « { $display_name } »


## Récupération du compte

kratos-1060000 = Récupérer votre compte
kratos-1060001 =
    Votre compte a été récupéré. Veuillez modifier votre mot de passe ou configurer un autre moyen de connexion (par exemple avec un compte externe) dans un délai de { $remaining_minutes ->
        [one] { $remaining_minutes } minute
       *[other] { $remaining_minutes } minutes
    }.
kratos-1060002 = Nous avons envoyé un lien de récupération à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et qu’il s’agit bien de celle utilisée lors de votre inscription.
kratos-1060003 = Nous avons envoyé un code de récupération à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et qu’il s’agit bien de celle utilisée lors de votre inscription.


## Libellés des champs et des boutons

kratos-1070000 = Champ
kratos-1070001 = Mot de passe
kratos-1070002 = { $title }
kratos-1070003 = Enregistrer
kratos-1070004 = Identifiant
kratos-1070005 = Envoyer
kratos-1070006 = Vérifier le code
kratos-1070007 = E-mail
kratos-1070008 = Renvoyer le code
kratos-1070009 = Continuer
kratos-1070010 = Code de récupération
kratos-1070011 = Code de vérification
kratos-1070012 = Code d’inscription
kratos-1070013 = Code de connexion
kratos-1070014 = Se connecter et associer
kratos-1070015 = Répondez au test CAPTCHA pour continuer.


## Vérification de l’adresse

kratos-1080000 = Vérifier votre compte
kratos-1080001 = Nous avons envoyé un lien de vérification à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et qu’il s’agit bien de celle utilisée lors de votre inscription.
kratos-1080002 = Votre adresse e-mail a été vérifiée.
kratos-1080003 = Nous avons envoyé un code de vérification à l’adresse e-mail saisie. Si vous ne l’avez pas reçu, vérifiez que l’adresse est correctement orthographiée et qu’il s’agit bien de celle utilisée lors de votre inscription.


## Erreurs de saisie

kratos-4000000 = Certaines des informations saisies ne sont pas valides. Veuillez les vérifier et réessayer.
kratos-4000001 = { $reason }
kratos-4000002 = Le champ « { $property } » est obligatoire.
kratos-4000003 =
    Saisissez au moins { $min_length ->
        [one] { $min_length } caractère
       *[other] { $min_length } caractères
    } (vous en avez saisi { $actual_length }).
kratos-4000004 = Cette valeur n’a pas le format requis ({ $pattern }).
kratos-4000005 = Ce mot de passe ne peut pas être utilisé : { $reason }.
kratos-4000006 = Les identifiants saisis sont incorrects. Vérifiez qu’il n’y a pas de faute de frappe dans votre mot de passe ni dans votre nom d’utilisateur, adresse e-mail ou numéro de téléphone.
kratos-4000007 = Un compte avec cet identifiant (adresse e-mail, numéro de téléphone, nom d’utilisateur…) existe déjà.
kratos-4000008 = Ce code d’authentification n’est pas valide. Veuillez réessayer.
kratos-4000009 = Aucun identifiant de connexion n’a été trouvé. Avez-vous oublié d’en saisir un ? Le problème peut aussi venir de la configuration du serveur.
kratos-4000010 = Votre compte n’est pas encore actif. Avez-vous vérifié votre adresse e-mail ?
kratos-4000011 = Vous n’avez pas configuré d’application d’authentification.
kratos-4000012 = Ce code de secours a déjà été utilisé.
kratos-4000013 = Vous n’avez pas configuré de clé de sécurité.
kratos-4000014 = Vous n’avez pas configuré de codes de secours.
kratos-4000015 = Ce compte n’existe pas ou aucune clé de sécurité n’y est configurée.
kratos-4000016 = Ce code de secours n’est pas valide.
kratos-4000017 =
    Saisissez au plus { $max_length ->
        [one] { $max_length } caractère
       *[other] { $max_length } caractères
    } (vous en avez saisi { $actual_length }).
kratos-4000018 = Saisissez une valeur supérieure ou égale à { $minimum } (vous avez saisi { $actual }).
kratos-4000019 = Saisissez une valeur supérieure à { $minimum } (vous avez saisi { $actual }).
kratos-4000020 = Saisissez une valeur inférieure ou égale à { $maximum } (vous avez saisi { $actual }).
kratos-4000021 = Saisissez une valeur inférieure à { $maximum } (vous avez saisi { $actual }).
kratos-4000022 = Saisissez un multiple de { $base } (vous avez saisi { $actual }).
kratos-4000023 =
    Saisissez au plus { $max_items ->
        [one] { $max_items } élément
       *[other] { $max_items } éléments
    } (vous en avez saisi { $actual_items }).
kratos-4000024 =
    Saisissez au moins { $min_items ->
        [one] { $min_items } élément
       *[other] { $min_items } éléments
    } (vous en avez saisi { $actual_items }).
kratos-4000025 = Chaque élément doit être unique, mais les éléments { $index_a } et { $index_b } sont identiques.
kratos-4000026 = Cette valeur n’est pas du bon type : { $allowed_types } attendu, { $actual_type } reçu.
kratos-4000027 = Un compte avec cet identifiant (adresse e-mail, numéro de téléphone, nom d’utilisateur…) existe déjà. Connectez-vous à ce compte pour y associer le compte externe que vous venez d’utiliser.
kratos-4000028 = { $credential_identifier_hint } est déjà utilisé par un autre compte. Connectez-vous plutôt à ce compte, à l’aide de l’un des moyens de connexion qui y sont configurés.
kratos-4000029 = Cette valeur doit être { $expected }.
kratos-4000030 = Cette valeur n’est pas autorisée.
kratos-4000031 = Ce mot de passe ne peut pas être utilisé, car il est trop proche de votre adresse e-mail, de votre numéro de téléphone ou de votre nom d’utilisateur.
kratos-4000032 =
    Votre mot de passe doit comporter au moins { $min_length ->
        [one] { $min_length } caractère
       *[other] { $min_length } caractères
    } (vous en avez saisi { $actual_length }).
kratos-4000033 =
    Votre mot de passe doit comporter au plus { $max_length ->
        [one] { $max_length } caractère
       *[other] { $max_length } caractères
    } (vous en avez saisi { $actual_length }).
kratos-4000034 = Ce mot de passe est apparu dans des fuites de données et ne doit plus être utilisé. Veuillez en choisir un autre.
kratos-4000035 = Ce compte n’existe pas ou la connexion par code n’y est pas configurée.
kratos-4000036 = Les informations saisies ne correspondent pas à celles que vous avez saisies précédemment au cours de cette procédure.
kratos-4000037 = Ce compte n’existe pas ou aucun moyen de connexion n’y est configuré.
kratos-4000038 = La vérification CAPTCHA a échoué. Veuillez réessayer.


## Erreurs de connexion

kratos-4010000 = La connexion a échoué. Veuillez vérifier vos informations et réessayer.
kratos-4010001 =
    Cette page de connexion a expiré il y a { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    }. Veuillez réessayer.
kratos-4010002 = Les informations fournies ne nous permettent pas de vous connecter. Avez-vous correctement rempli le formulaire ?
kratos-4010003 = Les informations fournies ne nous permettent pas de vous inscrire. Avez-vous correctement rempli le formulaire ?
kratos-4010004 = Les informations fournies ne nous permettent pas de mettre à jour vos paramètres. Avez-vous correctement rempli le formulaire ?
kratos-4010005 = Les informations fournies ne nous permettent pas de récupérer votre compte. Avez-vous correctement rempli le formulaire ?
kratos-4010006 = Les informations fournies ne nous permettent pas de vérifier votre compte. Avez-vous correctement rempli le formulaire ?
kratos-4010007 = Cette demande a déjà été traitée et ne peut pas être répétée.
kratos-4010008 = Ce code de connexion n’est pas valide ou a déjà été utilisé. Veuillez réessayer.
kratos-4010009 = Les moyens de connexion que vous souhaitez associer ne correspondent pas.
kratos-4010010 = L’adresse saisie ne correspond à aucune adresse de ce compte.


## Erreurs d’inscription

kratos-4040000 = L’inscription a échoué. Veuillez vérifier vos informations et réessayer.
kratos-4040001 =
    Cette page d’inscription a expiré il y a { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    }. Veuillez réessayer.
kratos-4040002 = Cette demande a déjà été traitée et ne peut pas être répétée.
kratos-4040003 = Ce code d’inscription n’est pas valide ou a déjà été utilisé. Veuillez réessayer.


## Erreurs des paramètres du compte

kratos-4050000 = Vos paramètres n’ont pas pu être mis à jour. Veuillez vérifier vos informations et réessayer.
kratos-4050001 =
    Cette page de paramètres a expiré il y a { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    }. Veuillez réessayer.


## Erreurs de récupération du compte

kratos-4060000 = Votre compte n’a pas pu être récupéré. Veuillez vérifier vos informations et réessayer.
kratos-4060001 = Cette demande a déjà été traitée et ne peut pas être répétée.
kratos-4060002 = La récupération du compte a échoué. Veuillez recommencer.
kratos-4060003 = Le lien de récupération est incomplet : son jeton est manquant. Veuillez recommencer.
kratos-4060004 = Ce lien de récupération n’est pas valide ou a déjà été utilisé. Veuillez recommencer.
kratos-4060005 =
    Cette page de récupération du compte a expiré il y a { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    }. Veuillez réessayer.
kratos-4060006 = Ce code de récupération n’est pas valide ou a déjà été utilisé. Veuillez réessayer.


## Erreurs de vérification de l’adresse

kratos-4070000 = Votre adresse n’a pas pu être vérifiée. Veuillez contrôler vos informations et réessayer.
kratos-4070001 = Ce lien de vérification n’est pas valide ou a déjà été utilisé. Veuillez recommencer.
kratos-4070002 = Cette demande a déjà été traitée et ne peut pas être répétée.
kratos-4070003 = La vérification a échoué. Veuillez recommencer.
kratos-4070004 = Le lien de vérification est incomplet : son jeton est manquant. Veuillez recommencer.
kratos-4070005 =
    Cette page de vérification a expiré il y a { $expired_minutes ->
        [one] { $expired_minutes } minute
       *[other] { $expired_minutes } minutes
    }. Veuillez réessayer.
kratos-4070006 = Ce code de vérification n’est pas valide ou a déjà été utilisé. Veuillez réessayer.


## Erreurs système

kratos-5000000 = Un problème est survenu de notre côté. Veuillez réessayer plus tard.
kratos-5000001 = { $reason }
