### Textos en español de vestibule (tratamiento de «tú»).

locale-name = Español

## Todas las páginas

language-switcher-label = Idioma
language-switcher-submit = Cambiar idioma
page-title = { $title } · { $app }
flow-links-label = Otras opciones

## Página de inicio

home-title = Tu cuenta
home-signed-in-as = Has iniciado sesión como { $identifier }.
home-addresses-heading = Tus direcciones
home-address-verified = verificada
home-address-unverified = sin verificar
home-address-verify = Verificar
home-security-heading = Cómo está protegida tu cuenta
home-security-password-set = Contraseña: configurada
home-security-password-not-set = Contraseña: sin configurar
home-security-second-factor-on = Segundo factor: activado
home-security-second-factor-off = Segundo factor: desactivado
home-security-app-set-up = Aplicación de autenticación: configurada
home-security-app-not-set-up = Aplicación de autenticación: sin configurar
home-security-keys = Llaves de seguridad: { $count }
home-security-passkeys = Llaves de acceso: { $count }
home-security-recovery-codes-left = Códigos de respaldo restantes: { $count }
home-security-recovery-codes-none = Códigos de respaldo: sin configurar
home-settings = Configuración de la cuenta
home-apps = Aplicaciones conectadas
home-sessions = Dónde has iniciado sesión
sign-out = Cerrar sesión
home-second-factor-title = Un paso más
home-second-factor-text = Tu cuenta está protegida con un segundo factor. Confírmalo para terminar de iniciar sesión.
continue = Continuar
home-welcome-title = Te damos la bienvenida
home-signed-out-text = No has iniciado sesión.
sign-in = Iniciar sesión
create-account = Crear una cuenta
back-to-account = Volver a tu cuenta

## Inicio de sesión, registro, recuperación, verificación y configuración

login-title = Iniciar sesión
login-second-factor-title = Segundo factor
login-second-factor-lead = Confirma que eres tú con el segundo factor que has configurado.
login-refresh-title = Confirma que eres tú
login-refresh-lead = Vuelve a iniciar sesión para continuar.
login-new-here = ¿No tienes cuenta?
login-phone-prompt = ¿Tienes un teléfono móvil?
login-phone-link = Iniciar sesión con un SMS
login-forgot-password = ¿Has olvidado tu contraseña?
recover-account = Recuperar tu cuenta
flow-continue-to = para ir a { $client }
registration-title = Crear una cuenta
registration-have-account = ¿Ya tienes una cuenta?
recovery-title = Recupera tu cuenta
recovery-lead = Te enviaremos por correo electrónico un código para iniciar sesión y establecer una contraseña nueva.
recovery-remembered = ¿Ya la recuerdas?
back-to-sign-in = Volver al inicio de sesión
verification-title = Verifica tu dirección de correo electrónico
verification-not-now = ¿Ahora no?
verification-skip = Omitir la verificación por ahora
settings-title = Configuración de la cuenta
flow-image-alt = Imagen
flow-identifier-label = Correo electrónico o número de teléfono

## Secciones de la página de configuración

group-password = Contraseña
group-code = Código de un solo uso
group-oidc = Iniciar sesión con otra cuenta
group-webauthn = Llaves de seguridad
group-passkey = Llaves de acceso
group-totp = Aplicación de autenticación
group-lookup-secret = Códigos de respaldo
group-profile = Perfil
group-link = Enlace de recuperación

## Inicio de sesión por SMS

phone-title = Inicia sesión con tu teléfono
phone-lead = Te enviaremos un código por SMS. ¿No tienes cuenta? Se creará cuando confirmes el código.
phone-label = Número de teléfono
phone-other-way = ¿Prefieres otro método?
phone-error-format = Introduce el número en formato internacional, empezando por + y el prefijo del país; por ejemplo, +34 612 34 56 78.
phone-error-country = El inicio de sesión por SMS no está disponible para números de este país. Inicia sesión de otra forma.
phone-error-unusable = Este número no se puede usar para iniciar sesión. Compruébalo o inicia sesión de otra forma.
phone-needs-app = El inicio de sesión por SMS empieza en la aplicación o el sitio en el que inicias sesión: vuelve allí y elígelo de nuevo.
phone-needs-app-account = ¿Ya tienes una cuenta con tu número? Inicia sesión con un código en la página de inicio de sesión.
phone-to-sign-in = Ir a la página de inicio de sesión
phone-limited-client = Ha habido demasiados intentos de iniciar sesión por SMS desde tu red. Vuelve a intentarlo dentro de { $wait }.
phone-limited-number = Se han pedido demasiados códigos para este número. Vuelve a intentarlo dentro de { $wait }.
phone-limited-prefix = Se han probado demasiados números parecidos a este. Vuelve a intentarlo dentro de { $wait }.
phone-limited-sign-in = Si ya tienes una cuenta con este número, puedes iniciar sesión ahora igualmente: la página de inicio de sesión te envía un código por SMS, y un código que ya hayas recibido se puede escribir donde lo pediste.
phone-limited-sign-in-link = Iniciar sesión con un código
phone-limits-unavailable = El inicio de sesión por SMS no está disponible ahora mismo. Vuelve a intentarlo en un minuto o inicia sesión de otra forma.

## Consentimiento

consent-title = Permitir el acceso
consent-logo-alt = Logotipo de { $client }
consent-heading = { $client } quiere acceder a tu cuenta
consent-signed-in-as = Sesión iniciada como { $identifier }
consent-legend = Esto permitirá a { $client }:
consent-required = (obligatorio)
consent-scope-unknown = Permiso { $scope }
consent-audiences = { $client } podrá usar este acceso con:
consent-remember = Recordar esta decisión
consent-allow = Permitir
consent-deny = Denegar
consent-privacy-policy = Política de privacidad
consent-terms-of-service = Condiciones del servicio

## Permisos

scope-openid-title = Iniciar tu sesión
scope-openid-description = Confirmar quién eres con tu cuenta.
scope-offline-title = Mantener el acceso
scope-offline-description = Conservar el acceso aunque no estés usando la aplicación, hasta que lo revoques.
scope-email-title = Tu dirección de correo electrónico
scope-email-description = Ver tu dirección de correo electrónico y si está verificada.
scope-profile-title = Tu perfil
scope-profile-description = Ver tu nombre y los datos básicos de tu perfil, como tu nombre de usuario y tu foto.
scope-phone-title = Tu número de teléfono
scope-phone-description = Ver tu número de teléfono y si está verificado.
scope-address-title = Tu dirección postal
scope-address-description = Ver la dirección postal de tu cuenta.

## Aplicaciones conectadas

apps-title = Aplicaciones conectadas
apps-intro = Aplicaciones a las que has permitido usar tu cuenta. Si quitas el acceso a una aplicación, se cerrará su sesión y te volverá a pedir permiso.
apps-none = Ninguna aplicación tiene acceso a tu cuenta.
apps-can = Puede:
apps-allowed-on = Permitida el { $date }.
apps-remembered-no = No se recuerda: la aplicación te volverá a preguntar la próxima vez.
apps-remembered-until-revoked = Se recuerda hasta que quites el acceso.
apps-remembered-until = Se recuerda hasta el { $date }.
apps-remove = Quitar el acceso a { $client }

## Dónde has iniciado sesión

sessions-title = Dónde has iniciado sesión
sessions-this-browser = Este navegador
sessions-signed-in-on-with = Sesión iniciada el { $date } con { $methods }.
sessions-signed-in-on = Sesión iniciada el { $date }.
sessions-from-location = Desde { $address } ({ $location }).
sessions-from = Desde { $address }.
sessions-sign-out-device = Cerrar sesión en { $device }
sessions-sign-out-others = Cerrar sesión en todos los demás dispositivos
sessions-unknown-device = Dispositivo desconocido
device-browser-on-os = { $browser } en { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = ordenador
device-kind-phone = teléfono
device-kind-mobile-phone = teléfono móvil
device-kind-device = dispositivo
device-kind-crawler = rastreador
method-password = contraseña
method-code = código de un solo uso
method-totp = aplicación de autenticación
method-lookup-secret = código de respaldo
method-webauthn = llave de seguridad
method-passkey = llave de acceso
method-oidc = otra cuenta
method-recovery = recuperación de la cuenta

## Cerrar sesión

logout-title = Cerrar sesión
logout-heading = ¿Cerrar sesión?
logout-client-asks = { $client } solicita cerrar tu sesión.
logout-application-asks = Una aplicación solicita cerrar tu sesión.
logout-everywhere = Se cerrará tu sesión en todas las aplicaciones que usan esta cuenta en este navegador.
logout-yes = Sí, cerrar sesión
logout-no = No, mantener la sesión
logout-here = Se cerrará aquí la sesión de esta cuenta y las aplicaciones te pedirán que vuelvas a iniciar sesión.
cancel = Cancelar

## Páginas de error

error-status-reference = Error { $status } · referencia { $reference }
error-code = Error { $code }
error-go-to-start = Ir a la página de inicio
error-try-again = Reintentar
error-flow-loop-title = El inicio de sesión no funciona en este momento
error-flow-loop = Tu navegador iba y venía sin llegar a ninguna parte, así que lo hemos detenido. El problema es nuestro, no tuyo. Vuelve a intentarlo más tarde.
error-unavailable-title = El inicio de sesión no está disponible temporalmente
error-hydra-unavailable = El servicio de autorización no responde. Vuelve a intentarlo en unos momentos.
error-kratos-unavailable = El servicio de identidad no responde. Vuelve a intentarlo en unos momentos.
error-not-found-title = No se ha encontrado la página
error-not-found = Este enlace no es válido o ya se ha usado. Vuelve a empezar desde la aplicación en la que estabas iniciando sesión.
error-bad-request-title = No se puede procesar esta solicitud
error-bad-request = El enlace o el formulario que has usado está incompleto o tiene un formato incorrecto. Vuelve a empezar desde la aplicación en la que estabas iniciando sesión.
error-forbidden-title = Se ha rechazado esta solicitud
error-forbidden = No se ha podido validar el formulario. Vuelve a cargar la página e inténtalo de nuevo.
error-timeout-title = La solicitud ha tardado demasiado
error-timeout = Tu navegador no ha terminado de enviar el formulario a tiempo. Vuelve a intentarlo.
error-too-large-title = La solicitud es demasiado grande
error-too-large = El formulario ha enviado más datos de los permitidos. Vuelve a cargar la página e inténtalo de nuevo.
error-headers-too-large = Tu navegador ha enviado más cookies de las que acepta este sitio. Borra las cookies de este sitio e inténtalo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many = Ha habido demasiados intentos de iniciar sesión por SMS. Vuelve a intentarlo dentro de { $wait } o inicia sesión de otra forma.
wait-seconds =
    { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
wait-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
error-internal-title = Algo ha salido mal
error-internal = Se ha producido un error inesperado. Vuelve a intentarlo; si el problema continúa, ponte en contacto con el administrador del servicio e indícale la referencia que aparece abajo.
error-request-not-completed = No se ha podido completar la solicitud.
kratos-error-return-to-title = Este enlace no puede continuar
kratos-error-return-to = El enlace quería llevarle a una dirección que este sitio no permite. Vuelva a empezar desde la aplicación en la que quería iniciar sesión.
kratos-error-expired-title = El formulario ha caducado
kratos-error-expired = Ha tardado más de lo permitido en terminar. Vuelva a empezar.
kratos-error-csrf-title = No se ha podido verificar el formulario
kratos-error-csrf = Esto ocurre cuando las cookies están bloqueadas o el formulario se abrió en otra pestaña o navegador. Permita las cookies de este sitio y vuelva a empezar.
kratos-error-identity-mismatch-title = Este enlace es para otra persona
kratos-error-identity-mismatch = Se abrió en un navegador con sesión iniciada en otra cuenta. Cierre la sesión y vuelva a abrir el enlace.
kratos-error-signed-in-title = Ya ha iniciado sesión
kratos-error-signed-in = Vaya a su cuenta, o cierre antes la sesión para usar otra cuenta.
kratos-error-signed-out-title = No ha iniciado sesión
kratos-error-signed-out = Inicie sesión y vuelva a intentarlo.
kratos-error-sign-in-again-title = Vuelva a iniciar sesión para continuar
kratos-error-sign-in-again = Esto requiere un inicio de sesión reciente o su segundo factor. Vuelva a iniciar sesión e inténtelo de nuevo.
kratos-error-address-not-verified-title = Verifique primero su dirección
kratos-error-address-not-verified = Confirme su dirección de correo con el enlace o el código que recibió y, después, inicie sesión.
kratos-error-disabled-title = Esto no está disponible
kratos-error-disabled = Este sitio no ofrece esto. Vuelva a empezar desde la aplicación en la que quería iniciar sesión.

## Errores que notifica una aplicación después de iniciar sesión

oauth2-error-failed-title = No se ha podido completar el inicio de sesión
oauth2-error-access-denied-title = No se ha concedido el acceso
oauth2-error-access-denied = Se ha rechazado la solicitud, así que la aplicación no ha obtenido acceso a tu cuenta.
oauth2-error-login-required-title = Inicia sesión
oauth2-error-login-required = La aplicación necesita que inicies sesión. Vuelve a ella y empieza de nuevo.
oauth2-error-consent-required-title = Se necesita tu permiso
oauth2-error-consent-required = La aplicación necesita que le permitas el acceso. Vuelve a ella y empieza de nuevo.
oauth2-error-invalid-client = La aplicación no está registrada correctamente para el inicio de sesión. Ponte en contacto con su responsable.
oauth2-error-invalid-scope = La aplicación ha solicitado un acceso que no está disponible. Ponte en contacto con su responsable.
oauth2-error-invalid-request = La solicitud de inicio de sesión de la aplicación no es válida. Vuelve a ella y empieza de nuevo; si el problema continúa, ponte en contacto con su responsable.
oauth2-error-unavailable = El servicio de autorización no ha podido completar la solicitud. Vuelve a intentarlo en unos momentos.
oauth2-error-other = No se ha podido completar la solicitud de la aplicación. Vuelve a ella y empieza de nuevo.

## Campos del esquema de identidad

trait-e-mail = Correo electrónico
trait-phone-number = Número de teléfono
trait-name = Nombre
trait-first-name = Nombre
trait-last-name = Apellidos

client-unnamed = una aplicación
