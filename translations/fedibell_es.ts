<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Tells you when a direct message arrives</source>
        <translation>Te avisa cuando llega un mensaje directo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells you the moment a direct message arrives on your Mastodon account.</source>
        <translation>Te avisa en cuanto llega un mensaje directo a tu cuenta de Mastodon.</translation>
    </message>
    <message>
        <source>Run without a display: print each arriving direct message as a JSON line on standard output.</source>
        <translation>Funcionar sin pantalla: escribir cada mensaje directo recibido como una línea JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Start the bundled demo instance on this computer and watch it.</source>
        <translation>Iniciar la instancia de demostración incluida en este equipo y vigilarla.</translation>
    </message>
    <message>
        <source>Start in the tray without opening any window.</source>
        <translation>Iniciar en la bandeja del sistema sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Ask the running Fedibell for its state and print it.</source>
        <translation>Preguntar su estado al Fedibell en ejecución y mostrarlo.</translation>
    </message>
    <message>
        <source>The Mastodon instance to watch.</source>
        <translation>La instancia de Mastodon que se vigila.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Read the access token from this file (otherwise from the FEDIBELL_ACCESS_TOKEN variable).</source>
        <translation>Leer el token de acceso de este archivo (si no, de la variable FEDIBELL_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Also announce mentions that are not direct.</source>
        <translation>Avisar también de las menciones que no son directas.</translation>
    </message>
    <message>
        <source>Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable).</source>
        <translation>Cambiar un temporizador para redes poco habituales, p. ej. pingIntervalMs=15000 (repetible).</translation>
    </message>
    <message>
        <source>name=ms</source>
        <translation>nombre=ms</translation>
    </message>
    <message>
        <source>--headless and --status cannot be combined.</source>
        <translation>--headless y --status no se pueden combinar.</translation>
    </message>
    <message>
        <source>--headless needs --instance.</source>
        <translation>--headless necesita --instance.</translation>
    </message>
    <message>
        <source>Unknown timer setting &quot;%1&quot;.</source>
        <translation>Ajuste de temporizador desconocido «%1».</translation>
    </message>
    <message>
        <source>Do not announce Pleroma and Akkoma chat messages.</source>
        <translation>No avisar de los mensajes de chat de Pleroma y Akkoma.</translation>
    </message>
    <message>
        <source>Do not announce message requests (direct messages the server filtered).</source>
        <translation>No avisar de las solicitudes de mensaje (mensajes directos que el servidor filtró).</translation>
    </message>
    <message>
        <source>Headless: follow the network&apos;s state, trying nothing while it is gone and connecting as soon as it is back (costs about 4 MB of memory).</source>
        <translation>Sin pantalla: seguir el estado de la red, no intentar nada mientras falte y conectarse en cuanto vuelva (cuesta unos 4 MB de memoria).</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <source>No instance address was given.</source>
        <translation>No se ha indicado ninguna dirección de instancia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance address.</source>
        <translation>«%1» no es una dirección de instancia válida.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted address %1: use https:// (plain http is only allowed for this computer&apos;s own loopback address).</source>
        <translation>Se rechaza la dirección sin cifrar %1: usa https:// (http simple solo se permite para la dirección de bucle local de este equipo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (use https://).</source>
        <translation>«%1» no es una dirección web (usa https://).</translation>
    </message>
    <message>
        <source>The instance address must not contain a user name or password.</source>
        <translation>La dirección de la instancia no puede contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The server announced an unusable streaming address.</source>
        <translation>El servidor ha anunciado una dirección de streaming inutilizable.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted streaming address of %1.</source>
        <translation>Se rechaza la dirección de streaming sin cifrar de %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fedibell settings</source>
        <translation>Ajustes de Fedibell</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Tick an account to watch it. Fedibell keeps each account&apos;s access token in your system keyring.</source>
        <translation>Marca una cuenta para vigilarla. Fedibell guarda el token de acceso de cada cuenta en el depósito de claves del sistema.</translation>
    </message>
    <message>
        <source>Sign out and remove</source>
        <translation>Cerrar sesión y quitar</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancia:</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Or paste an &amp;access token:</source>
        <translation>O pega un &amp;token de acceso:</translation>
    </message>
    <message>
        <source>From Preferences → Development → New application</source>
        <translation>Desde Preferencias → Desarrollo → Nueva aplicación</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Usar token</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Just looking? Run &quot;fedibell --demo&quot; to watch a demo instance on this computer.</source>
        <translation>¿Solo quieres echar un vistazo? Ejecuta «fedibell --demo» para vigilar una instancia de demostración en este equipo.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Also tell me about mentions that are not direct messages</source>
        <translation>Avisarme también de las menciones que no son mensajes directos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>The sender and the message</source>
        <translation>El remitente y el mensaje</translation>
    </message>
    <message>
        <source>Only the sender</source>
        <translation>Solo el remitente</translation>
    </message>
    <message>
        <source>Only &quot;New direct message&quot;</source>
        <translation>Solo «Nuevo mensaje directo»</translation>
    </message>
    <message>
        <source>Show the sender&apos;s picture</source>
        <translation>Mostrar la imagen del remitente</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Horas de silencio de</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Start Fedibell in the tray when I log in</source>
        <translation>Iniciar Fedibell en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Tell me about chat messages too (Pleroma, Akkoma)</source>
        <translation>Avisarme también de los mensajes de chat (Pleroma, Akkoma)</translation>
    </message>
    <message>
        <source>Tell me about message requests from people I don&apos;t follow</source>
        <translation>Avisarme de las solicitudes de mensaje de personas a las que no sigo</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountMonitor</name>
    <message>
        <source>The server asked Fedibell to slow down; catching up again at %1.</source>
        <translation>El servidor ha pedido a Fedibell que vaya más despacio; se volverá a poner al día a las %1.</translation>
    </message>
    <message>
        <source>The server refused the access token (it is wrong, expired or was revoked).</source>
        <translation>El servidor ha rechazado el token de acceso (es incorrecto, ha caducado o se ha revocado).</translation>
    </message>
    <message>
        <source>The access token lacks the &quot;read:accounts&quot; scope, so Fedibell cannot tell whose messages these are.</source>
        <translation>Al token de acceso le falta el permiso «read:accounts», así que Fedibell no puede saber de quién son estos mensajes.</translation>
    </message>
    <message>
        <source>The server sent an unusable answer about the account.</source>
        <translation>El servidor ha enviado una respuesta inutilizable sobre la cuenta.</translation>
    </message>
    <message>
        <source>The access token now belongs to another account.</source>
        <translation>El token de acceso pertenece ahora a otra cuenta.</translation>
    </message>
    <message>
        <source>recording what is already there</source>
        <translation>registrando lo que ya hay</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>El servidor ha rechazado el token de acceso.</translation>
    </message>
    <message>
        <source>Catching up failed: %1</source>
        <translation>No se ha podido poner al día: %1</translation>
    </message>
    <message>
        <source>The streaming server reported: %1</source>
        <translation>El servidor de streaming informa: %1</translation>
    </message>
    <message>
        <source>The streaming server stopped delivering messages; connecting again.</source>
        <translation>El servidor de streaming dejó de entregar mensajes; conectando de nuevo.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountState</name>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>looking up the instance</source>
        <translation>buscando la instancia</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>comprobando el token de acceso</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>en streaming</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>consultando periódicamente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>access token refused</source>
        <translation>token de acceso rechazado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <extracomment>%1 is why the connection failed (a sentence), %2 the seconds until the next try</extracomment>
        <translation>%1 Nuevo intento en %2 s.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountsController</name>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>waiting for the keyring</source>
        <translation>esperando al depósito de claves</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Cuenta añadida.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
</context>
<context>
    <name>fedibell::BrowserSignIn</name>
    <message>
        <source>The instance refused to register Fedibell: %1</source>
        <translation>La instancia se ha negado a registrar Fedibell: %1</translation>
    </message>
    <message>
        <source>Fedibell could not listen on this computer for the browser&apos;s answer.</source>
        <translation>Fedibell no ha podido esperar la respuesta del navegador en este equipo.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell ha iniciado sesión.&lt;/h1&gt;&lt;p&gt;Ya puedes cerrar esta pestaña.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signing in was refused: %1</source>
        <translation>Se ha rechazado el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>No se ha podido iniciar sesión: %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;This is not the sign-in Fedibell is waiting for.&lt;/h1&gt;&lt;p&gt;Fedibell goes on waiting for the answer from your instance.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Este no es el inicio de sesión que Fedibell espera.&lt;/h1&gt;&lt;p&gt;Fedibell sigue esperando la respuesta de su instancia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is not signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell no ha iniciado sesión.&lt;/h1&gt;&lt;p&gt;Puede cerrar esta pestaña.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not allow Fedibell to use your account, so it is not signed in. Sign in again and allow it to receive your direct messages.</source>
        <extracomment>The user pressed &quot;Deny&quot; (or similar) on the instance&apos;s authorization page.</extracomment>
        <translation>No permitió que Fedibell usara su cuenta, así que no ha iniciado sesión. Inicie sesión de nuevo y permítalo para recibir sus mensajes directos.</translation>
    </message>
</context>
<context>
    <name>fedibell::CatchUp</name>
    <message>
        <source>The server sent a page that is not a list.</source>
        <translation>El servidor ha enviado una página que no es una lista.</translation>
    </message>
</context>
<context>
    <name>fedibell::DemoLauncher</name>
    <message>
        <source>The demo instance program is not installed.</source>
        <translation>El programa de la instancia de demostración no está instalado.</translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation>No se ha podido iniciar la instancia de demostración: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::DesktopApplication</name>
    <message>
        <source>No system tray was found; notifications still work. Fedibell keeps looking for a tray for a few minutes.</source>
        <translation>No se ha encontrado la bandeja del sistema; las notificaciones siguen funcionando. Fedibell la seguirá buscando durante unos minutos.</translation>
    </message>
    <message>
        <source>Desktop notifications are available.</source>
        <translation>Las notificaciones de escritorio están disponibles.</translation>
    </message>
    <message>
        <source>No desktop notification service; using the tray instead.</source>
        <translation>No hay servicio de notificaciones; se usa la bandeja en su lugar.</translation>
    </message>
    <message>
        <source>No account is configured: starting the demo instance.</source>
        <translation>No hay ninguna cuenta configurada: se inicia la instancia de demostración.</translation>
    </message>
    <message>
        <source>Could not set up starting at login: %1</source>
        <translation>No se ha podido configurar el inicio al iniciar sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation>
            <numerusform>Ha llegado %n mensaje mientras Fedibell no estaba en marcha.</numerusform>
            <numerusform>Han llegado %n mensajes mientras Fedibell no estaba en marcha.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no account is running yet</source>
        <translation>todavía no hay ninguna cuenta activa</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n mensaje directo sin leer</numerusform>
            <numerusform>%n mensajes directos sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>longest GUI stall since last asked: %1 ms</source>
        <translation>bloqueo más largo de la interfaz desde la última consulta: %1 ms</translation>
    </message>
</context>
<context>
    <name>fedibell::FreedesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>fedibell::HeadlessRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>access token refused: %1</source>
        <translation>token de acceso rechazado: %1</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo del token %1: %2</translation>
    </message>
    <message>
        <source>No access token: set %1 or use --token-file FILE.</source>
        <translation>No hay token de acceso: define %1 o usa --token-file ARCHIVO.</translation>
    </message>
    <message>
        <source>The access token contains characters a token cannot have.</source>
        <translation>El token de acceso contiene caracteres que un token no puede tener.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so Fedibell does not use it. Run: chmod 600 %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Otros usuarios pueden leer o modificar el archivo de token %1, así que Fedibell no lo usa. Ejecute: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>fedibell::Ledger</name>
    <message>
        <source>The saved state %1 was unreadable (%2); it was moved to %3 and Fedibell starts afresh.</source>
        <translation>El estado guardado %1 no se podía leer (%2); se ha movido a %3 y Fedibell empieza de cero.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message>
        <source> (to %1)</source>
        <translation> (para %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation>
            <numerusform>Mientras no estabas: %n mensaje de %1</numerusform>
            <numerusform>Mientras no estabas: %n mensajes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation>
            <numerusform>%n mensaje directo nuevo de %1</numerusform>
            <numerusform>%n mensajes directos nuevos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New direct message</source>
        <translation>Nuevo mensaje directo</translation>
    </message>
    <message>
        <source>Sent you a direct message.</source>
        <translation>Te ha enviado un mensaje directo.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Advertencia de contenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Nueva solicitud de mensaje</translation>
    </message>
    <message>
        <source>Message request from %1</source>
        <extracomment>A direct message the server filtered, from someone the user does not follow</extracomment>
        <translation>Solicitud de mensaje de %1</translation>
    </message>
</context>
<context>
    <name>fedibell::ReadMarker</name>
    <message>
        <source>The access token lacks the &quot;write:conversations&quot; scope, so Fedibell cannot mark conversations as read.</source>
        <translation>Al token de acceso le falta el permiso «write:conversations», así que Fedibell no puede marcar las conversaciones como leídas.</translation>
    </message>
</context>
<context>
    <name>fedibell::RepeatFolder</name>
    <message>
        <source>... %1 more like this</source>
        <extracomment>%1 is a count with the locale&apos;s digit grouping (&quot;2,999,999&quot;)</extracomment>
        <translation>... %1 más como este</translation>
    </message>
</context>
<context>
    <name>fedibell::RestClient</name>
    <message>
        <source>The server pointed to another site (%1); not following it.</source>
        <translation>El servidor remite a otro sitio (%1); no se sigue el enlace.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>La respuesta de %1 era demasiado grande.</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>El servidor ha rechazado el token de acceso.</translation>
    </message>
    <message>
        <source>The access token is not allowed to use %1.</source>
        <translation>El token de acceso no tiene permiso para usar %1.</translation>
    </message>
    <message>
        <source>%1 does not exist on this server.</source>
        <translation>%1 no existe en este servidor.</translation>
    </message>
    <message>
        <source>The server asks to slow down (rate limit).</source>
        <translation>El servidor pide ir más despacio (límite de peticiones).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate or TLS error); refusing to continue.</source>
        <translation>La conexión segura con %1 ha fallado (error de certificado o de TLS); no se continúa.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>El servidor ha respondido %1 para %2.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se ha podido contactar con %1: %2</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON for %1.</source>
        <translation>El servidor ha enviado para %1 algo que no es JSON.</translation>
    </message>
    <message>
        <source>The server sent an answer for %1 that cannot be read.</source>
        <translation>El servidor envió para %1 una respuesta que no se puede leer.</translation>
    </message>
</context>
<context>
    <name>fedibell::SecretStore</name>
    <message>
        <source>Stored safely.</source>
        <translation>Guardado de forma segura.</translation>
    </message>
    <message>
        <source>No saved access token was found.</source>
        <translation>No se ha encontrado ningún token de acceso guardado.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (it usually unlocks when you log in) and try again.</source>
        <translation>El depósito de claves está bloqueado. Desbloquéalo (suele desbloquearse al iniciar sesión) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No keyring service is running, so the access token cannot be stored safely. Install and start one (for example GNOME Keyring or KWallet).</source>
        <translation>No hay ningún servicio de depósito de claves en marcha, así que el token de acceso no se puede guardar de forma segura. Instala e inicia uno (por ejemplo GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>The keyring did not work.</source>
        <translation>El depósito de claves no ha funcionado.</translation>
    </message>
    <message>
        <source>The keyring did not answer; it may be locked or waiting for a password.</source>
        <translation>El depósito de claves no responde; puede que esté bloqueado o esperando una contraseña.</translation>
    </message>
</context>
<context>
    <name>fedibell::SettingsDialog</name>
    <message>
        <source>Paste the access token first.</source>
        <translation>Primero pega el token de acceso.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>la instancia</translation>
    </message>
    <message>
        <source>Found %1 (version %2); its streaming service works, so messages arrive the moment they are sent.</source>
        <translation>Se ha encontrado %1 (versión %2); su servicio de streaming funciona, así que los mensajes llegan en cuanto se envían.</translation>
    </message>
    <message>
        <source>Found %1 (version %2), but its streaming service does not answer: Fedibell will check for messages every 30 to 60 seconds instead.</source>
        <translation>Se ha encontrado %1 (versión %2), pero su servicio de streaming no responde: Fedibell buscará mensajes cada 30 a 60 segundos en su lugar.</translation>
    </message>
    <message>
        <source>Could not find a Mastodon instance there: %1</source>
        <translation>No se ha encontrado ninguna instancia de Mastodon ahí: %1</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow Fedibell.</source>
        <translation>Continúa en el navegador: inicia sesión en %1 y autoriza a Fedibell.</translation>
    </message>
    <message>
        <source>Checking the access token...</source>
        <translation>Comprobando el token de acceso…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Descubrimiento: %1</translation>
    </message>
    <message>
        <source>Discovery: streaming at %1</source>
        <translation>Descubrimiento: streaming en %1</translation>
    </message>
    <message>
        <source>Streaming health: OK</source>
        <translation>Estado del streaming: correcto</translation>
    </message>
    <message>
        <source>Streaming health: not answering</source>
        <translation>Estado del streaming: no responde</translation>
    </message>
    <message>
        <source>Identity: paste an access token to test it</source>
        <translation>Identidad: pega un token de acceso para probarla</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidad: %1</translation>
    </message>
    <message>
        <source>Streaming handshake: connected</source>
        <translation>Conexión de streaming: conectado</translation>
    </message>
    <message>
        <source>Streaming handshake: %1</source>
        <translation>Conexión de streaming: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::SingleInstance</name>
    <message>
        <source>Fedibell cannot use the folder %1: %2</source>
        <translation>Fedibell no puede usar la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Fedibell cannot create the folder %1: %2</source>
        <translation>Fedibell no puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is a symbolic link, not a folder.</source>
        <translation>Fedibell no usa %1 para comunicarse con su copia en ejecución: es un enlace simbólico, no una carpeta.</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is not a folder.</source>
        <translation>Fedibell no usa %1 para comunicarse con su copia en ejecución: no es una carpeta.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: it belongs to another user.</source>
        <translation>Fedibell no usa la carpeta %1 para comunicarse con su copia en ejecución: pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: others may use it (mode %2 instead of 0700).</source>
        <extracomment>%2 is the folder&apos;s access mode in octal, e.g. 0755</extracomment>
        <translation>Fedibell no usa la carpeta %1 para comunicarse con su copia en ejecución: otros pueden usarla (modo %2 en lugar de 0700).</translation>
    </message>
    <message>
        <source>Fedibell cannot listen on %1: %2</source>
        <translation>Fedibell no puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::StatusWindow</name>
    <message>
        <source>Fedibell status</source>
        <translation>Estado de Fedibell</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamConnection</name>
    <message>
        <source>The connection went silent (no answer to a ping).</source>
        <translation>La conexión se ha quedado en silencio (sin respuesta a un ping).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La conexión segura ha fallado: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Se ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The server closed the connection (code %1%2).</source>
        <extracomment>%1 is a WebSocket close code, %2 empty or &quot;: &quot; and the server&apos;s reason</extracomment>
        <translation>El servidor ha cerrado la conexión (código %1%2).</translation>
    </message>
    <message>
        <source>The connection to the streaming server was lost.</source>
        <translation>Se perdió la conexión con el servidor de streaming.</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MB.</source>
        <translation>El servidor envió un mensaje de más de %1 MB.</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamKeeper</name>
    <message>
        <source>the instance&apos;s streaming service is not available</source>
        <translation>el servicio de streaming de la instancia no está disponible</translation>
    </message>
    <message>
        <source>the streaming server refused the subscription</source>
        <translation>el servidor de streaming rechazó la suscripción</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>el equipo va a entrar en suspensión</translation>
    </message>
    <message>
        <source>no network connection</source>
        <translation>no hay conexión de red</translation>
    </message>
</context>
<context>
    <name>fedibell::TokenCheck</name>
    <message>
        <source>Without &quot;read:statuses&quot; Fedibell cannot see direct messages at all.</source>
        <translation>Sin «read:statuses», Fedibell no puede ver ningún mensaje directo.</translation>
    </message>
    <message>
        <source>Without &quot;read:notifications&quot; Fedibell cannot catch up on every message of a conversation, nor tell you about mentions.</source>
        <translation>Sin «read:notifications», Fedibell no puede recuperar todos los mensajes de una conversación ni avisarte de las menciones.</translation>
    </message>
    <message>
        <source>Without &quot;read:accounts&quot; Fedibell cannot tell whose account this is.</source>
        <translation>Sin «read:accounts», Fedibell no puede saber de quién es esta cuenta.</translation>
    </message>
    <message>
        <source>Without &quot;write:conversations&quot; &quot;Mark as read&quot; does not work.</source>
        <translation>Sin «write:conversations», «Marcar como leído» no funciona.</translation>
    </message>
    <message>
        <source>The instance does not accept this access token. Check that it was copied whole and not revoked.</source>
        <translation>La instancia no acepta este token de acceso. Comprueba que se copió entero y que no se ha revocado.</translation>
    </message>
    <message>
        <source>The instance sent an unusable answer about the account.</source>
        <translation>La instancia ha enviado una respuesta inutilizable sobre la cuenta.</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last message at %1</source>
        <translation>Último mensaje a las %1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Ninguna cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n mensaje directo sin leer</numerusform>
            <numerusform>%n mensajes directos sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notificaciones en pausa</translation>
    </message>
    <message>
        <source>No direct messages yet</source>
        <translation>Todavía no hay mensajes directos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Pausar las notificaciones</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Status and log...</source>
        <translation>Estado y registro…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Message requests (%1)</source>
        <extracomment>Direct messages filtered by the server, from people the user does not follow</extracomment>
        <translation>Solicitudes de mensaje (%1)</translation>
    </message>
    <message>
        <source>Open message requests</source>
        <translation>Abrir las solicitudes de mensaje</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>No hay conexión de red</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the state (&quot;offline&quot;), %2 why in a few words (&quot;no network connection&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network connection: Fedibell connects again when it is back</source>
        <translation>No hay conexión de red: Fedibell se vuelve a conectar en cuanto vuelva</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayMessageNotifications</name>
    <message>
        <source>The tray cannot show messages.</source>
        <translation>La bandeja no puede mostrar mensajes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This program only runs with --headless.</source>
        <translation>Este programa solo funciona con --headless.</translation>
    </message>
    <message>
        <source>Fedibell is not running.</source>
        <translation>Fedibell no está en ejecución.</translation>
    </message>
</context>
</TS>
