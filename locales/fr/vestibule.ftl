### Textes français de vestibule (vouvoiement).

locale-name = Français

## Toutes les pages

language-switcher-label = Langue
language-switcher-submit = Changer de langue
page-title = { $title } · { $app }
flow-links-label = Autres options

## Page d’accueil

home-title = Votre compte
home-signed-in-as = Compte connecté : { $identifier }.
home-addresses-heading = Vos adresses
home-address-verified = vérifiée
home-address-unverified = non vérifiée
home-address-verify = Vérifier
home-security-heading = Protection de votre compte
home-security-password-set = Mot de passe : défini
home-security-password-not-set = Mot de passe : non défini
home-security-second-factor-on = Deuxième facteur : activé
home-security-second-factor-off = Deuxième facteur : désactivé
home-security-app-set-up = Application d’authentification : configurée
home-security-app-not-set-up = Application d’authentification : non configurée
home-security-keys = Clés de sécurité : { $count }
home-security-passkeys = Clés d’accès : { $count }
home-security-recovery-codes-left = Codes de secours restants : { $count }
home-security-recovery-codes-none = Codes de secours : non configurés
home-settings = Paramètres du compte
home-apps = Applications connectées
home-sessions = Appareils connectés
sign-out = Se déconnecter
home-second-factor-title = Encore une étape
home-second-factor-text = Votre compte est protégé par un deuxième facteur. Confirmez-le pour terminer la connexion.
continue = Continuer
home-welcome-title = Bienvenue
home-signed-out-text = Connectez-vous pour accéder à votre compte.
sign-in = Se connecter
create-account = Créer un compte
back-to-account = Retour à votre compte

## Connexion, inscription, récupération, vérification et paramètres

login-title = Connexion
login-second-factor-title = Deuxième facteur
login-second-factor-lead = Confirmez votre identité avec le deuxième facteur que vous avez configuré.
login-refresh-title = Confirmez votre identité
login-refresh-lead = Veuillez vous reconnecter pour continuer.
login-new-here = Pas encore de compte ?
login-phone-prompt = Vous avez un téléphone mobile ?
login-phone-link = Se connecter par SMS
login-forgot-password = Mot de passe oublié ?
recover-account = Récupérer votre compte
flow-continue-to = pour continuer vers { $client }
registration-title = Créer un compte
registration-have-account = Vous avez déjà un compte ?
recovery-title = Récupérer votre compte
recovery-lead = Nous vous enverrons par e-mail un code pour vous connecter et définir un nouveau mot de passe.
recovery-remembered = Vous vous en souvenez ?
back-to-sign-in = Retour à la connexion
verification-title = Vérifier votre adresse e-mail
verification-not-now = Pas maintenant ?
verification-skip = Ignorer la vérification pour l’instant
settings-title = Paramètres du compte
flow-image-alt = Image
flow-identifier-label = Adresse e-mail ou numéro de téléphone

## Sections de la page des paramètres

group-password = Mot de passe
group-code = Code à usage unique
group-oidc = Se connecter avec un autre compte
group-webauthn = Clés de sécurité
group-passkey = Clés d’accès
group-totp = Application d’authentification
group-lookup-secret = Codes de secours
group-profile = Profil
group-link = Lien de récupération

## Connexion par SMS

phone-title = Se connecter avec votre téléphone
phone-lead = Nous vous enverrons un code par SMS. Pas encore de compte ? Il sera créé dès que vous aurez confirmé le code.
phone-label = Numéro de téléphone
phone-other-way = Vous préférez une autre méthode ?
phone-error-format = Saisissez le numéro au format international, en commençant par + et l’indicatif du pays, par exemple +33 6 12 34 56 78.
phone-error-country = La connexion par SMS n’est pas disponible pour les numéros de ce pays. Connectez-vous d’une autre manière.
phone-error-unusable = Ce numéro ne peut pas être utilisé pour se connecter. Vérifiez-le ou connectez-vous d’une autre manière.
phone-needs-app = La connexion par SMS commence dans l’application ou sur le site auquel vous vous connectez : retournez-y et choisissez-la à nouveau.
phone-needs-app-account = Vous avez déjà un compte avec votre numéro ? Connectez-vous avec un code sur la page de connexion.
phone-to-sign-in = Aller à la page de connexion
phone-limited-client = Il y a eu trop de tentatives de connexion par SMS depuis votre réseau. Réessayez dans { $wait }.
phone-limited-number = Trop de codes ont été demandés pour ce numéro. Réessayez dans { $wait }.
phone-limited-prefix = Trop de numéros semblables ont été essayés. Réessayez dans { $wait }.
phone-limited-sign-in = Si vous avez déjà un compte avec ce numéro, vous pouvez quand même vous connecter maintenant : la page de connexion vous envoie un code par SMS, et un code déjà reçu peut être saisi là où vous l’avez demandé.
phone-limited-sign-in-link = Se connecter avec un code
phone-limits-unavailable = La connexion par SMS n’est pas disponible pour le moment. Réessayez dans une minute ou connectez-vous d’une autre manière.

## Consentement

consent-title = Autoriser l’accès
consent-logo-alt = Logo de { $client }
consent-heading = { $client } souhaite accéder à votre compte
consent-signed-in-as = Compte : { $identifier }
consent-legend = { $client } pourra ainsi :
consent-required = (obligatoire)
consent-scope-unknown = Autorisation { $scope }
consent-audiences = { $client } pourra utiliser cet accès avec :
consent-remember = Mémoriser ce choix
consent-allow = Autoriser
consent-deny = Refuser
consent-privacy-policy = Politique de confidentialité
consent-terms-of-service = Conditions d’utilisation

## Autorisations

scope-openid-title = Vous connecter
scope-openid-description = Confirmer votre identité à l’aide de votre compte.
scope-offline-title = Garder l’accès
scope-offline-description = Conserver l’accès lorsque vous n’utilisez pas l’application, jusqu’à ce que vous le révoquiez.
scope-email-title = Votre adresse e-mail
scope-email-description = Voir votre adresse e-mail et savoir si elle est vérifiée.
scope-profile-title = Votre profil
scope-profile-description = Voir votre nom et les informations de base de votre profil, comme votre nom d’utilisateur et votre photo.
scope-phone-title = Votre numéro de téléphone
scope-phone-description = Voir votre numéro de téléphone et savoir s’il est vérifié.
scope-address-title = Votre adresse postale
scope-address-description = Voir l’adresse postale associée à votre compte.

## Applications connectées

apps-title = Applications connectées
apps-intro = Les applications que vous avez autorisées à utiliser votre compte. Si vous retirez l’accès d’une application, elle est déconnectée et vous redemandera votre autorisation.
apps-none = Aucune application n’a accès à votre compte.
apps-can = Autorisations :
apps-allowed-on = Autorisée le { $date }.
apps-remembered-no = Choix non mémorisé : l’application vous redemandera la prochaine fois.
apps-remembered-until-revoked = Choix mémorisé jusqu’à ce que vous retiriez l’accès.
apps-remembered-until = Choix mémorisé jusqu’au { $date }.
apps-remove = Retirer l’accès de { $client }

## Appareils connectés

sessions-title = Appareils connectés
sessions-this-browser = Ce navigateur
sessions-signed-in-on-with = Connexion le { $date } via : { $methods }.
sessions-signed-in-on = Connexion le { $date }.
sessions-from-location = Depuis { $address } ({ $location }).
sessions-from = Depuis { $address }.
sessions-sign-out-device = Déconnecter { $device }
sessions-sign-out-others = Déconnecter tous les autres appareils
sessions-unknown-device = Appareil inconnu
device-browser-on-os = { $browser } sous { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = ordinateur
device-kind-phone = téléphone
device-kind-mobile-phone = téléphone mobile
device-kind-device = appareil
device-kind-crawler = robot d’indexation
method-password = mot de passe
method-code = code à usage unique
method-totp = application d’authentification
method-lookup-secret = code de secours
method-webauthn = clé de sécurité
method-passkey = clé d’accès
method-oidc = autre compte
method-recovery = récupération du compte

## Déconnexion

logout-title = Déconnexion
logout-heading = Se déconnecter ?
logout-client-asks = { $client } demande à vous déconnecter.
logout-application-asks = Une application demande à vous déconnecter.
logout-everywhere = Toutes les applications qui utilisent ce compte dans ce navigateur seront déconnectées.
logout-yes = Oui, me déconnecter
logout-no = Non, ne pas me déconnecter
logout-here = Ce compte sera déconnecté ici et les applications vous demanderont de vous reconnecter.
cancel = Annuler

## Pages d’erreur

error-status-reference = Erreur { $status } · référence { $reference }
error-code = Erreur { $code }
error-go-to-start = Aller à la page d’accueil
error-try-again = Réessayer
error-flow-loop-title = La connexion ne fonctionne pas pour le moment
error-flow-loop = Votre navigateur a été renvoyé d’une page à l’autre sans aboutir, nous avons donc arrêté. Le problème vient de chez nous, pas de vous. Veuillez réessayer plus tard.
error-unavailable-title = La connexion est temporairement indisponible
error-hydra-unavailable = Le service d’autorisation ne répond pas. Veuillez réessayer dans un instant.
error-kratos-unavailable = Le service d’identité ne répond pas. Veuillez réessayer dans un instant.
error-not-found-title = Page introuvable
error-not-found = Ce lien n’est pas valide ou a déjà été utilisé. Recommencez depuis l’application à laquelle vous vous connectiez.
error-bad-request-title = Cette demande ne peut pas être traitée
error-bad-request = Le lien ou le formulaire utilisé est incomplet ou mal formé. Recommencez depuis l’application à laquelle vous vous connectiez.
error-forbidden-title = Cette demande a été refusée
error-forbidden = Le formulaire n’a pas pu être validé. Actualisez la page et réessayez.
error-timeout-title = La demande a pris trop de temps
error-timeout = Votre navigateur n’a pas fini d’envoyer le formulaire à temps. Veuillez réessayer.
error-too-large-title = La demande est trop volumineuse
error-too-large = Le formulaire a envoyé plus de données que ce qui est autorisé. Actualisez la page et réessayez.
error-headers-too-large = Votre navigateur a envoyé plus de cookies que ce site n’en accepte. Supprimez les cookies de ce site et réessayez.
error-too-many-title = Trop de tentatives
error-too-many = Il y a eu trop de tentatives de connexion par SMS. Réessayez dans { $wait } ou connectez-vous d’une autre manière.
wait-seconds =
    { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
wait-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
error-internal-title = Un problème est survenu
error-internal = Une erreur inattendue s’est produite. Veuillez réessayer ; si le problème persiste, contactez l’administrateur du service en lui indiquant la référence ci-dessous.
error-request-not-completed = La demande n’a pas pu aboutir.
kratos-error-return-to-title = Ce lien ne peut pas aboutir
kratos-error-return-to = Le lien voulait vous envoyer vers une adresse que ce site n’autorise pas. Recommencez depuis l’application à laquelle vous vouliez vous connecter.
kratos-error-expired-title = Le formulaire a expiré
kratos-error-expired = Vous avez mis plus de temps que permis pour terminer. Veuillez recommencer.
kratos-error-csrf-title = Le formulaire n’a pas pu être vérifié
kratos-error-csrf = Cela arrive quand les cookies sont bloqués, ou quand le formulaire a été ouvert dans un autre onglet ou navigateur. Autorisez les cookies pour ce site et recommencez.
kratos-error-identity-mismatch-title = Ce lien est destiné à quelqu’un d’autre
kratos-error-identity-mismatch = Il a été ouvert dans un navigateur connecté à un autre compte. Déconnectez-vous, puis ouvrez à nouveau le lien.
kratos-error-signed-in-title = Vous êtes déjà connecté
kratos-error-signed-in = Allez à votre compte, ou déconnectez-vous d’abord pour utiliser un autre compte.
kratos-error-signed-out-title = Vous n’êtes pas connecté
kratos-error-signed-out = Connectez-vous, puis réessayez.
kratos-error-sign-in-again-title = Reconnectez-vous pour continuer
kratos-error-sign-in-again = Cela demande une connexion récente ou votre second facteur. Reconnectez-vous, puis réessayez.
kratos-error-address-not-verified-title = Vérifiez d’abord votre adresse
kratos-error-address-not-verified = Confirmez votre adresse e-mail avec le lien ou le code reçu, puis connectez-vous.
kratos-error-disabled-title = Ce n’est pas disponible
kratos-error-disabled = Ce site ne propose pas cela. Recommencez depuis l’application à laquelle vous vouliez vous connecter.

## Erreurs signalées par une application après la connexion

oauth2-error-failed-title = La connexion n’a pas pu aboutir
oauth2-error-access-denied-title = L’accès n’a pas été accordé
oauth2-error-access-denied = La demande a été refusée : l’application n’a donc pas obtenu l’accès à votre compte.
oauth2-error-login-required-title = Veuillez vous connecter
oauth2-error-login-required = L’application exige que vous vous connectiez. Retournez-y et recommencez.
oauth2-error-consent-required-title = Votre autorisation est nécessaire
oauth2-error-consent-required = L’application a besoin de votre autorisation pour accéder à votre compte. Retournez-y et recommencez.
oauth2-error-invalid-client = L’application n’est pas correctement enregistrée pour la connexion. Veuillez contacter son éditeur.
oauth2-error-invalid-scope = L’application a demandé un accès qui n’est pas disponible. Veuillez contacter son éditeur.
oauth2-error-invalid-request = La demande de connexion de l’application n’est pas valide. Retournez-y et recommencez ; si le problème persiste, contactez son éditeur.
oauth2-error-unavailable = Le service d’autorisation n’a pas pu traiter la demande. Veuillez réessayer dans un instant.
oauth2-error-other = La demande de l’application n’a pas pu aboutir. Retournez-y et recommencez.

## Champs du schéma d’identité

trait-e-mail = E-mail
trait-phone-number = Numéro de téléphone
trait-name = Nom
trait-first-name = Prénom
trait-last-name = Nom de famille

client-unnamed = une application
