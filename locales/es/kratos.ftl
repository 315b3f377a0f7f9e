### Textos en español de los mensajes de la interfaz de Ory Kratos v1.3.1 (tratamiento de «tú»).


## Iniciar sesión

kratos-1010000 = Iniciar sesión
kratos-1010001 = Iniciar sesión
kratos-1010002 = Iniciar sesión con { $provider }
kratos-1010003 = Confirma que eres tú para continuar.
kratos-1010004 = Completa el segundo paso de inicio de sesión para continuar.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticación
kratos-1010007 = Código de respaldo
kratos-1010008 = Iniciar sesión con llave de seguridad
kratos-1010009 = Usar aplicación de autenticación
kratos-1010010 = Usar código de respaldo
kratos-1010011 = Iniciar sesión con llave de seguridad
kratos-1010012 = Ten a mano tu llave de seguridad o tu dispositivo biométrico (como un lector de huellas dactilares) y selecciona «Continuar».
kratos-1010013 = Continuar
kratos-1010014 = Hemos enviado un código a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y vuelve a intentar iniciar sesión.
kratos-1010015 = Enviar código de inicio de sesión
kratos-1010016 = Has intentado iniciar sesión con { $duplicate_identifier }, pero otra cuenta ya usa esta dirección de correo electrónico. Inicia sesión en esa cuenta con una de las opciones siguientes para añadir tu cuenta de { $provider } { $duplicate_identifier } como otra forma de iniciar sesión.
kratos-1010017 = Iniciar sesión y vincular
kratos-1010018 = Confirmar con { $provider }
kratos-1010019 = Solicitar un código para continuar
kratos-1010020 = Introduce la dirección en la que quieres recibir el código para confirmar que es tuya.
kratos-1010021 = Iniciar sesión con llave de acceso
kratos-1010022 = Iniciar sesión con contraseña
kratos-1010023 = Enviar código a { $address }


## Cerrar sesión

kratos-1020000 = Cerrar sesión


## Verificación en dos pasos

kratos-1030000 = Autenticación multifactor


## Registro

kratos-1040000 = Registro
kratos-1040001 = Registrarse
kratos-1040002 = Registrarse con { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Registrarse con llave de seguridad
kratos-1040005 = Hemos enviado un código a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y vuelve a intentar registrarte.
kratos-1040006 = Enviar código de registro
kratos-1040007 = Registrarse con llave de acceso
kratos-1040008 = Atrás
kratos-1040009 = Elige cómo quieres iniciar sesión en tu cuenta.


## Configuración de la cuenta

kratos-1050000 = Configuración de la cuenta
kratos-1050001 = Se han guardado los cambios.
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Quitar aplicación de autenticación
kratos-1050005 = Código QR para tu aplicación de autenticación
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar códigos de respaldo
kratos-1050008 = Generar nuevos códigos de respaldo
kratos-1050009 = { $secret }
kratos-1050010 = Estos son tus códigos de respaldo. ¡Guárdalos en un lugar seguro!
kratos-1050011 = Confirmar códigos de respaldo
kratos-1050012 = Añadir llave de seguridad
kratos-1050013 = Nombre de la llave de seguridad
kratos-1050014 =
    { $used_days_ago ->
        [0] Usado hoy
        [one] Usado hace { $used_days_ago } día
       *[other] Usado hace { $used_days_ago } días
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Desactivar este método
kratos-1050017 = Esta es la clave secreta de tu aplicación de autenticación. Introdúcela en la aplicación si no puedes escanear el código QR.
kratos-1050018 = Quitar llave de seguridad «{ $display_name }»
kratos-1050019 = Añadir llave de acceso
kratos-1050020 = Quitar llave de acceso «{ $display_name }»


## Recuperación de la cuenta

kratos-1060000 = Recupera tu cuenta
kratos-1060001 =
    Has recuperado tu cuenta. Cambia tu contraseña o configura otra forma de iniciar sesión (por ejemplo, con una cuenta externa) en { $remaining_minutes ->
        [one] el próximo minuto
       *[other] los próximos { $remaining_minutes } minutos
    }.
kratos-1060002 = Hemos enviado un enlace de recuperación a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y que sea la que usaste para registrarte.
kratos-1060003 = Hemos enviado un código de recuperación a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y que sea la que usaste para registrarte.


## Etiquetas de campos y botones

kratos-1070000 = Campo
kratos-1070001 = Contraseña
kratos-1070002 = { $title }
kratos-1070003 = Guardar
kratos-1070004 = Identificador
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = Correo electrónico
kratos-1070008 = Reenviar código
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperación
kratos-1070011 = Código de verificación
kratos-1070012 = Código de registro
kratos-1070013 = Código de inicio de sesión
kratos-1070014 = Iniciar sesión y vincular
kratos-1070015 = Completa el CAPTCHA para continuar.


## Verificación de la dirección

kratos-1080000 = Verifica tu cuenta
kratos-1080001 = Hemos enviado un enlace de verificación a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y que sea la que usaste para registrarte.
kratos-1080002 = Se ha verificado tu dirección de correo electrónico.
kratos-1080003 = Hemos enviado un código de verificación a la dirección de correo electrónico que has introducido. Si no lo has recibido, comprueba que la dirección esté bien escrita y que sea la que usaste para registrarte.


## Errores de validación

kratos-4000000 = Algunos de los datos que has introducido no son válidos. Revísalos y vuelve a intentarlo.
kratos-4000001 = { $reason }
kratos-4000002 = El campo «{ $property }» es obligatorio.
kratos-4000003 =
    Usa al menos { $min_length ->
        [one] { $min_length } carácter
       *[other] { $min_length } caracteres
    } (has introducido { $actual_length }).
kratos-4000004 = Este valor no tiene el formato necesario ({ $pattern }).
kratos-4000005 = No se puede usar esta contraseña: { $reason }.
kratos-4000006 = Los datos de inicio de sesión no son correctos. Comprueba que no haya errores en tu contraseña ni en tu nombre de usuario, dirección de correo electrónico o número de teléfono.
kratos-4000007 = Ya existe una cuenta con este identificador (dirección de correo electrónico, número de teléfono, nombre de usuario…).
kratos-4000008 = Este código de autenticación no es válido. Vuelve a intentarlo.
kratos-4000009 = No se ha encontrado ningún identificador de inicio de sesión. ¿Has olvidado introducirlo? También puede deberse a un problema de configuración del servidor.
kratos-4000010 = Tu cuenta aún no está activa. ¿Has verificado tu dirección de correo electrónico?
kratos-4000011 = No has configurado ninguna aplicación de autenticación.
kratos-4000012 = Este código de respaldo ya se ha usado.
kratos-4000013 = No has configurado ninguna llave de seguridad.
kratos-4000014 = No has configurado códigos de respaldo.
kratos-4000015 = Esta cuenta no existe o no tiene ninguna llave de seguridad configurada.
kratos-4000016 = Este código de respaldo no es válido.
kratos-4000017 =
    Usa como máximo { $max_length ->
        [one] { $max_length } carácter
       *[other] { $max_length } caracteres
    } (has introducido { $actual_length }).
kratos-4000018 = Introduce un valor mayor o igual que { $minimum } (has introducido { $actual }).
kratos-4000019 = Introduce un valor mayor que { $minimum } (has introducido { $actual }).
kratos-4000020 = Introduce un valor menor o igual que { $maximum } (has introducido { $actual }).
kratos-4000021 = Introduce un valor menor que { $maximum } (has introducido { $actual }).
kratos-4000022 = Introduce un múltiplo de { $base } (has introducido { $actual }).
kratos-4000023 =
    Introduce como máximo { $max_items ->
        [one] { $max_items } elemento
       *[other] { $max_items } elementos
    } (has introducido { $actual_items }).
kratos-4000024 =
    Introduce al menos { $min_items ->
        [one] { $min_items } elemento
       *[other] { $min_items } elementos
    } (has introducido { $actual_items }).
kratos-4000025 = Cada elemento debe ser único, pero los elementos { $index_a } y { $index_b } son iguales.
kratos-4000026 = Este valor es de un tipo incorrecto: se esperaba { $allowed_types } y se ha recibido { $actual_type }.
kratos-4000027 = Ya existe una cuenta con este identificador (dirección de correo electrónico, número de teléfono, nombre de usuario…). Inicia sesión en esa cuenta para vincularle la cuenta externa que acabas de usar.
kratos-4000028 = Otra cuenta ya usa { $credential_identifier_hint }. Inicia sesión en esa cuenta con uno de los métodos de inicio de sesión que tiene configurados.
kratos-4000029 = Este valor debe ser { $expected }.
kratos-4000030 = Este valor no está permitido.
kratos-4000031 = No se puede usar esta contraseña porque se parece demasiado a tu dirección de correo electrónico, número de teléfono o nombre de usuario.
kratos-4000032 =
    La contraseña debe tener al menos { $min_length ->
        [one] { $min_length } carácter
       *[other] { $min_length } caracteres
    } (has introducido { $actual_length }).
kratos-4000033 =
    La contraseña debe tener como máximo { $max_length ->
        [one] { $max_length } carácter
       *[other] { $max_length } caracteres
    } (has introducido { $actual_length }).
kratos-4000034 = Esta contraseña ha aparecido en filtraciones de datos y ya no se debe usar. Elige otra.
kratos-4000035 = Esta cuenta no existe o no tiene configurado el inicio de sesión con código.
kratos-4000036 = Los datos que has introducido no coinciden con los que introdujiste antes en este proceso.
kratos-4000037 = Esta cuenta no existe o no tiene configurada ninguna forma de iniciar sesión.
kratos-4000038 = La comprobación CAPTCHA ha fallado. Vuelve a intentarlo.


## Errores de inicio de sesión

kratos-4010000 = No se ha podido iniciar sesión. Revisa tus datos y vuelve a intentarlo.
kratos-4010001 =
    Esta página de inicio de sesión caducó hace { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Vuelve a intentarlo.
kratos-4010002 = Con la información proporcionada no hemos encontrado ninguna forma de iniciar tu sesión. ¿Has rellenado bien el formulario?
kratos-4010003 = Con la información proporcionada no hemos encontrado ninguna forma de registrarte. ¿Has rellenado bien el formulario?
kratos-4010004 = Con la información proporcionada no hemos encontrado ninguna forma de actualizar tu configuración. ¿Has rellenado bien el formulario?
kratos-4010005 = Con la información proporcionada no hemos encontrado ninguna forma de recuperar tu cuenta. ¿Has rellenado bien el formulario?
kratos-4010006 = Con la información proporcionada no hemos encontrado ninguna forma de verificar tu cuenta. ¿Has rellenado bien el formulario?
kratos-4010007 = Esta solicitud ya se ha completado y no se puede repetir.
kratos-4010008 = Este código de inicio de sesión no es válido o ya se ha usado. Vuelve a intentarlo.
kratos-4010009 = Los métodos de inicio de sesión que quieres vincular no coinciden.
kratos-4010010 = La dirección que has introducido no coincide con ninguna dirección de esta cuenta.


## Errores de registro

kratos-4040000 = No se ha podido completar el registro. Revisa tus datos y vuelve a intentarlo.
kratos-4040001 =
    Esta página de registro caducó hace { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Vuelve a intentarlo.
kratos-4040002 = Esta solicitud ya se ha completado y no se puede repetir.
kratos-4040003 = Este código de registro no es válido o ya se ha usado. Vuelve a intentarlo.


## Errores de la configuración de la cuenta

kratos-4050000 = No se ha podido actualizar tu configuración. Revisa tus datos y vuelve a intentarlo.
kratos-4050001 =
    Esta página de configuración caducó hace { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Vuelve a intentarlo.


## Errores de recuperación de la cuenta

kratos-4060000 = No se ha podido recuperar tu cuenta. Revisa tus datos y vuelve a intentarlo.
kratos-4060001 = Esta solicitud ya se ha completado y no se puede repetir.
kratos-4060002 = No se ha podido recuperar la cuenta. Vuelve a empezar.
kratos-4060003 = El enlace de recuperación está incompleto: le falta el token. Vuelve a empezar.
kratos-4060004 = Este enlace de recuperación no es válido o ya se ha usado. Vuelve a empezar.
kratos-4060005 =
    Esta página de recuperación de la cuenta caducó hace { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Vuelve a intentarlo.
kratos-4060006 = Este código de recuperación no es válido o ya se ha usado. Vuelve a intentarlo.


## Errores de verificación de la dirección

kratos-4070000 = No se ha podido verificar tu dirección. Revisa tus datos y vuelve a intentarlo.
kratos-4070001 = Este enlace de verificación no es válido o ya se ha usado. Vuelve a empezar.
kratos-4070002 = Esta solicitud ya se ha completado y no se puede repetir.
kratos-4070003 = No se ha podido completar la verificación. Vuelve a empezar.
kratos-4070004 = El enlace de verificación está incompleto: le falta el token. Vuelve a empezar.
kratos-4070005 =
    Esta página de verificación caducó hace { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Vuelve a intentarlo.
kratos-4070006 = Este código de verificación no es válido o ya se ha usado. Vuelve a intentarlo.


## Errores del sistema

kratos-5000000 = Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde.
kratos-5000001 = { $reason }
