<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Tells you when a direct message arrives</source>
        <translation>Meldet dir eingehende Direktnachrichten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells you the moment a direct message arrives on your Mastodon account.</source>
        <translation>Meldet sofort, wenn auf deinem Mastodon-Konto eine Direktnachricht eintrifft.</translation>
    </message>
    <message>
        <source>Run without a display: print each arriving direct message as a JSON line on standard output.</source>
        <translation>Ohne Bildschirm laufen: jede eintreffende Direktnachricht als JSON-Zeile auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Start the bundled demo instance on this computer and watch it.</source>
        <translation>Die mitgelieferte Demo-Instanz auf diesem Rechner starten und beobachten.</translation>
    </message>
    <message>
        <source>Start in the tray without opening any window.</source>
        <translation>Im Systemabschnitt der Kontrollleiste starten, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Ask the running Fedibell for its state and print it.</source>
        <translation>Das laufende Fedibell nach seinem Zustand fragen und ihn ausgeben.</translation>
    </message>
    <message>
        <source>The Mastodon instance to watch.</source>
        <translation>Die zu beobachtende Mastodon-Instanz.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Read the access token from this file (otherwise from the FEDIBELL_ACCESS_TOKEN variable).</source>
        <translation>Das Zugriffstoken aus dieser Datei lesen (sonst aus der Variable FEDIBELL_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Also announce mentions that are not direct.</source>
        <translation>Auch Erwähnungen melden, die keine Direktnachrichten sind.</translation>
    </message>
    <message>
        <source>Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable).</source>
        <translation>Einen Zeitgeber für ungewöhnliche Netzwerke ändern, z. B. pingIntervalMs=15000 (wiederholbar).</translation>
    </message>
    <message>
        <source>name=ms</source>
        <translation>Name=ms</translation>
    </message>
    <message>
        <source>--headless and --status cannot be combined.</source>
        <translation>--headless und --status können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--headless needs --instance.</source>
        <translation>--headless benötigt --instance.</translation>
    </message>
    <message>
        <source>Unknown timer setting &quot;%1&quot;.</source>
        <translation>Unbekannte Zeitgeber-Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Do not announce Pleroma and Akkoma chat messages.</source>
        <translation>Chat-Nachrichten von Pleroma und Akkoma nicht melden.</translation>
    </message>
    <message>
        <source>Do not announce message requests (direct messages the server filtered).</source>
        <translation>Nachrichtenanfragen (vom Server gefilterte Direktnachrichten) nicht melden.</translation>
    </message>
    <message>
        <source>Headless: follow the network&apos;s state, trying nothing while it is gone and connecting as soon as it is back (costs about 4 MB of memory).</source>
        <translation>Ohne Bildschirm: dem Netzwerkzustand folgen, nichts versuchen, solange es fehlt, und sich verbinden, sobald es zurück ist (kostet etwa 4 MB Speicher).</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <source>No instance address was given.</source>
        <translation>Es wurde keine Instanzadresse angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance address.</source>
        <translation>„%1“ ist keine gültige Instanzadresse.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted address %1: use https:// (plain http is only allowed for this computer&apos;s own loopback address).</source>
        <translation>Die unverschlüsselte Adresse %1 wird abgelehnt: Bitte https:// verwenden (einfaches http ist nur für die Loopback-Adresse dieses Rechners erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (use https://).</source>
        <translation>„%1“ ist keine Webadresse (bitte https:// verwenden).</translation>
    </message>
    <message>
        <source>The instance address must not contain a user name or password.</source>
        <translation>Die Instanzadresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The server announced an unusable streaming address.</source>
        <translation>Der Server hat eine unbrauchbare Streaming-Adresse angegeben.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted streaming address of %1.</source>
        <translation>Die unverschlüsselte Streaming-Adresse von %1 wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fedibell settings</source>
        <translation>Fedibell-Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Tick an account to watch it. Fedibell keeps each account&apos;s access token in your system keyring.</source>
        <translation>Hake ein Konto an, um es zu beobachten. Fedibell bewahrt das Zugriffstoken jedes Kontos im Schlüsselbund deines Systems auf.</translation>
    </message>
    <message>
        <source>Sign out and remove</source>
        <translation>Abmelden und entfernen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Or paste an &amp;access token:</source>
        <translation>Oder ein &amp;Zugriffstoken einfügen:</translation>
    </message>
    <message>
        <source>From Preferences → Development → New application</source>
        <translation>Aus Einstellungen → Entwicklung → Neue Anwendung</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Token verwenden</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Just looking? Run &quot;fedibell --demo&quot; to watch a demo instance on this computer.</source>
        <translation>Nur mal schauen? Starte „fedibell --demo“, um eine Demo-Instanz auf diesem Rechner zu beobachten.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Also tell me about mentions that are not direct messages</source>
        <translation>Auch über Erwähnungen informieren, die keine Direktnachrichten sind</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>The sender and the message</source>
        <translation>Absender und Nachricht</translation>
    </message>
    <message>
        <source>Only the sender</source>
        <translation>Nur den Absender</translation>
    </message>
    <message>
        <source>Only &quot;New direct message&quot;</source>
        <translation>Nur „Neue Direktnachricht“</translation>
    </message>
    <message>
        <source>Show the sender&apos;s picture</source>
        <translation>Bild des Absenders anzeigen</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Einen Ton abspielen</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Start Fedibell in the tray when I log in</source>
        <translation>Fedibell bei der Anmeldung in der Kontrollleiste starten</translation>
    </message>
    <message>
        <source>Tell me about chat messages too (Pleroma, Akkoma)</source>
        <translation>Auch über Chat-Nachrichten informieren (Pleroma, Akkoma)</translation>
    </message>
    <message>
        <source>Tell me about message requests from people I don&apos;t follow</source>
        <translation>Über Nachrichtenanfragen von Leuten informieren, denen ich nicht folge</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountMonitor</name>
    <message>
        <source>The server asked Fedibell to slow down; catching up again at %1.</source>
        <translation>Der Server bittet Fedibell, langsamer zu machen; um %1 wird wieder nachgeholt.</translation>
    </message>
    <message>
        <source>The server refused the access token (it is wrong, expired or was revoked).</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (es ist falsch, abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>The access token lacks the &quot;read:accounts&quot; scope, so Fedibell cannot tell whose messages these are.</source>
        <translation>Dem Zugriffstoken fehlt die Berechtigung „read:accounts“, daher kann Fedibell nicht erkennen, wessen Nachrichten das sind.</translation>
    </message>
    <message>
        <source>The server sent an unusable answer about the account.</source>
        <translation>Der Server hat eine unbrauchbare Antwort zum Konto geschickt.</translation>
    </message>
    <message>
        <source>The access token now belongs to another account.</source>
        <translation>Das Zugriffstoken gehört jetzt zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>recording what is already there</source>
        <translation>Vorhandenes wird festgehalten</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt.</translation>
    </message>
    <message>
        <source>Catching up failed: %1</source>
        <translation>Nachholen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The streaming server reported: %1</source>
        <translation>Der Streaming-Server meldet: %1</translation>
    </message>
    <message>
        <source>The streaming server stopped delivering messages; connecting again.</source>
        <translation>Der Streaming-Server hat keine Nachrichten mehr zugestellt; Fedibell verbindet sich neu.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountState</name>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>looking up the instance</source>
        <translation>Instanz wird gesucht</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>Zugriffstoken wird geprüft</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>fragt regelmäßig ab</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>access token refused</source>
        <translation>Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <extracomment>%1 is why the connection failed (a sentence), %2 the seconds until the next try</extracomment>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountsController</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>waiting for the keyring</source>
        <translation>wartet auf den Schlüsselbund</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>fedibell::BrowserSignIn</name>
    <message>
        <source>The instance refused to register Fedibell: %1</source>
        <translation>Die Instanz hat die Registrierung von Fedibell abgelehnt: %1</translation>
    </message>
    <message>
        <source>Fedibell could not listen on this computer for the browser&apos;s answer.</source>
        <translation>Fedibell konnte auf diesem Rechner nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell ist angemeldet.&lt;/h1&gt;&lt;p&gt;Du kannst diesen Tab schließen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signing in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;This is not the sign-in Fedibell is waiting for.&lt;/h1&gt;&lt;p&gt;Fedibell goes on waiting for the answer from your instance.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Dies ist nicht die Anmeldung, auf die Fedibell wartet.&lt;/h1&gt;&lt;p&gt;Fedibell wartet weiter auf die Antwort Ihrer Instanz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is not signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell ist nicht angemeldet.&lt;/h1&gt;&lt;p&gt;Sie können diesen Tab schließen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not allow Fedibell to use your account, so it is not signed in. Sign in again and allow it to receive your direct messages.</source>
        <extracomment>The user pressed &quot;Deny&quot; (or similar) on the instance&apos;s authorization page.</extracomment>
        <translation>Sie haben Fedibell den Zugriff auf Ihr Konto nicht erlaubt, daher ist es nicht angemeldet. Melden Sie sich erneut an und erlauben Sie den Zugriff, um Ihre Direktnachrichten zu erhalten.</translation>
    </message>
</context>
<context>
    <name>fedibell::CatchUp</name>
    <message>
        <source>The server sent a page that is not a list.</source>
        <translation>Der Server hat eine Seite geschickt, die keine Liste ist.</translation>
    </message>
</context>
<context>
    <name>fedibell::DemoLauncher</name>
    <message>
        <source>The demo instance program is not installed.</source>
        <translation>Das Programm der Demo-Instanz ist nicht installiert.</translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation>Die Demo-Instanz konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::DesktopApplication</name>
    <message>
        <source>No system tray was found; notifications still work. Fedibell keeps looking for a tray for a few minutes.</source>
        <translation>Es wurde keine Kontrollleiste gefunden; Benachrichtigungen funktionieren trotzdem. Fedibell sucht noch einige Minuten weiter.</translation>
    </message>
    <message>
        <source>Desktop notifications are available.</source>
        <translation>Desktop-Benachrichtigungen sind verfügbar.</translation>
    </message>
    <message>
        <source>No desktop notification service; using the tray instead.</source>
        <translation>Kein Benachrichtigungsdienst vorhanden; stattdessen wird die Kontrollleiste verwendet.</translation>
    </message>
    <message>
        <source>No account is configured: starting the demo instance.</source>
        <translation>Kein Konto eingerichtet: Die Demo-Instanz wird gestartet.</translation>
    </message>
    <message>
        <source>Could not set up starting at login: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation>
            <numerusform>%n Nachricht ist eingetroffen, während Fedibell nicht lief.</numerusform>
            <numerusform>%n Nachrichten sind eingetroffen, während Fedibell nicht lief.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no account is running yet</source>
        <translation>noch läuft kein Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n ungelesene Direktnachricht</numerusform>
            <numerusform>%n ungelesene Direktnachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>longest GUI stall since last asked: %1 ms</source>
        <translation>längste Blockade der Oberfläche seit der letzten Abfrage: %1 ms</translation>
    </message>
</context>
<context>
    <name>fedibell::FreedesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
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
        <translation>Zugriffstoken abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No access token: set %1 or use --token-file FILE.</source>
        <translation>Kein Zugriffstoken: %1 setzen oder --token-file DATEI verwenden.</translation>
    </message>
    <message>
        <source>The access token contains characters a token cannot have.</source>
        <translation>Das Zugriffstoken enthält Zeichen, die in einem Token nicht vorkommen können.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so Fedibell does not use it. Run: chmod 600 %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Die Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden, daher verwendet Fedibell sie nicht. Führen Sie aus: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>fedibell::Ledger</name>
    <message>
        <source>The saved state %1 was unreadable (%2); it was moved to %3 and Fedibell starts afresh.</source>
        <translation>Der gespeicherte Zustand %1 war unlesbar (%2); er wurde nach %3 verschoben und Fedibell beginnt von vorn.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message>
        <source> (to %1)</source>
        <translation> (an %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation>
            <numerusform>Während du weg warst: %n Nachricht von %1</numerusform>
            <numerusform>Während du weg warst: %n Nachrichten von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation>
            <numerusform>%n neue Direktnachricht von %1</numerusform>
            <numerusform>%n neue Direktnachrichten von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New direct message</source>
        <translation>Neue Direktnachricht</translation>
    </message>
    <message>
        <source>Sent you a direct message.</source>
        <translation>Hat dir eine Direktnachricht geschickt.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Neue Nachrichtenanfrage</translation>
    </message>
    <message>
        <source>Message request from %1</source>
        <extracomment>A direct message the server filtered, from someone the user does not follow</extracomment>
        <translation>Nachrichtenanfrage von %1</translation>
    </message>
</context>
<context>
    <name>fedibell::ReadMarker</name>
    <message>
        <source>The access token lacks the &quot;write:conversations&quot; scope, so Fedibell cannot mark conversations as read.</source>
        <translation>Dem Zugriffstoken fehlt die Berechtigung „write:conversations“, daher kann Fedibell Unterhaltungen nicht als gelesen markieren.</translation>
    </message>
</context>
<context>
    <name>fedibell::RepeatFolder</name>
    <message>
        <source>... %1 more like this</source>
        <extracomment>%1 is a count with the locale&apos;s digit grouping (&quot;2,999,999&quot;)</extracomment>
        <translation>... %1 weitere dieser Art</translation>
    </message>
</context>
<context>
    <name>fedibell::RestClient</name>
    <message>
        <source>The server pointed to another site (%1); not following it.</source>
        <translation>Der Server verweist auf eine andere Website (%1); dem wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>Die Antwort von %1 war zu groß.</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt.</translation>
    </message>
    <message>
        <source>The access token is not allowed to use %1.</source>
        <translation>Das Zugriffstoken darf %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>%1 does not exist on this server.</source>
        <translation>%1 gibt es auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>The server asks to slow down (rate limit).</source>
        <translation>Der Server bittet darum, langsamer zu machen (Anfragelimit).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate or TLS error); refusing to continue.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (Zertifikats- oder TLS-Fehler); es wird nicht fortgefahren.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Der Server hat auf %2 mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON for %1.</source>
        <translation>Der Server hat für %1 etwas geschickt, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The server sent an answer for %1 that cannot be read.</source>
        <translation>Der Server hat für %1 eine Antwort gesendet, die sich nicht lesen lässt.</translation>
    </message>
</context>
<context>
    <name>fedibell::SecretStore</name>
    <message>
        <source>Stored safely.</source>
        <translation>Sicher gespeichert.</translation>
    </message>
    <message>
        <source>No saved access token was found.</source>
        <translation>Es wurde kein gespeichertes Zugriffstoken gefunden.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (it usually unlocks when you log in) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperre ihn (das geschieht meist bei der Anmeldung) und versuche es erneut.</translation>
    </message>
    <message>
        <source>No keyring service is running, so the access token cannot be stored safely. Install and start one (for example GNOME Keyring or KWallet).</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann das Zugriffstoken nicht sicher gespeichert werden. Installiere und starte einen (zum Beispiel GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The keyring did not work.</source>
        <translation>Der Schlüsselbund hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>The keyring did not answer; it may be locked or waiting for a password.</source>
        <translation>Der Schlüsselbund antwortet nicht; er ist vielleicht gesperrt oder wartet auf ein Passwort.</translation>
    </message>
</context>
<context>
    <name>fedibell::SettingsDialog</name>
    <message>
        <source>Paste the access token first.</source>
        <translation>Füge zuerst das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>die Instanz</translation>
    </message>
    <message>
        <source>Found %1 (version %2); its streaming service works, so messages arrive the moment they are sent.</source>
        <translation>%1 gefunden (Version %2); der Streaming-Dienst funktioniert, Nachrichten kommen also sofort an.</translation>
    </message>
    <message>
        <source>Found %1 (version %2), but its streaming service does not answer: Fedibell will check for messages every 30 to 60 seconds instead.</source>
        <translation>%1 gefunden (Version %2), aber der Streaming-Dienst antwortet nicht: Fedibell sieht stattdessen alle 30 bis 60 Sekunden nach neuen Nachrichten.</translation>
    </message>
    <message>
        <source>Could not find a Mastodon instance there: %1</source>
        <translation>Dort wurde keine Mastodon-Instanz gefunden: %1</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow Fedibell.</source>
        <translation>Weiter im Browser: Melde dich bei %1 an und erlaube Fedibell den Zugriff.</translation>
    </message>
    <message>
        <source>Checking the access token...</source>
        <translation>Zugriffstoken wird geprüft …</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Discovery: streaming at %1</source>
        <translation>Suche: Streaming unter %1</translation>
    </message>
    <message>
        <source>Streaming health: OK</source>
        <translation>Streaming-Zustand: in Ordnung</translation>
    </message>
    <message>
        <source>Streaming health: not answering</source>
        <translation>Streaming-Zustand: antwortet nicht</translation>
    </message>
    <message>
        <source>Identity: paste an access token to test it</source>
        <translation>Identität: Füge ein Zugriffstoken ein, um sie zu testen</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>Streaming handshake: connected</source>
        <translation>Streaming-Verbindungsaufbau: verbunden</translation>
    </message>
    <message>
        <source>Streaming handshake: %1</source>
        <translation>Streaming-Verbindungsaufbau: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::SingleInstance</name>
    <message>
        <source>Fedibell cannot use the folder %1: %2</source>
        <translation>Fedibell kann den Ordner %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <source>Fedibell cannot create the folder %1: %2</source>
        <translation>Fedibell kann den Ordner %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is a symbolic link, not a folder.</source>
        <translation>Fedibell verwendet %1 nicht für die Verbindung zur laufenden Kopie: Es ist ein symbolischer Link, kein Ordner.</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is not a folder.</source>
        <translation>Fedibell verwendet %1 nicht für die Verbindung zur laufenden Kopie: Es ist kein Ordner.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: it belongs to another user.</source>
        <translation>Fedibell verwendet den Ordner %1 nicht für die Verbindung zur laufenden Kopie: Er gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: others may use it (mode %2 instead of 0700).</source>
        <extracomment>%2 is the folder&apos;s access mode in octal, e.g. 0755</extracomment>
        <translation>Fedibell verwendet den Ordner %1 nicht für die Verbindung zur laufenden Kopie: Andere dürfen ihn benutzen (Modus %2 statt 0700).</translation>
    </message>
    <message>
        <source>Fedibell cannot listen on %1: %2</source>
        <translation>Fedibell kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::StatusWindow</name>
    <message>
        <source>Fedibell status</source>
        <translation>Fedibell-Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamConnection</name>
    <message>
        <source>The connection went silent (no answer to a ping).</source>
        <translation>Die Verbindung ist verstummt (keine Antwort auf einen Ping).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection (code %1%2).</source>
        <extracomment>%1 is a WebSocket close code, %2 empty or &quot;: &quot; and the server&apos;s reason</extracomment>
        <translation>Der Server hat die Verbindung geschlossen (Code %1%2).</translation>
    </message>
    <message>
        <source>The connection to the streaming server was lost.</source>
        <translation>Die Verbindung zum Streaming-Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MB.</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer als %1 MB ist.</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamKeeper</name>
    <message>
        <source>the instance&apos;s streaming service is not available</source>
        <translation>der Streaming-Dienst der Instanz ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the streaming server refused the subscription</source>
        <translation>der Streaming-Server hat das Abonnement abgelehnt</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>der Computer geht in den Ruhezustand</translation>
    </message>
    <message>
        <source>no network connection</source>
        <translation>keine Netzwerkverbindung</translation>
    </message>
</context>
<context>
    <name>fedibell::TokenCheck</name>
    <message>
        <source>Without &quot;read:statuses&quot; Fedibell cannot see direct messages at all.</source>
        <translation>Ohne „read:statuses“ kann Fedibell überhaupt keine Direktnachrichten sehen.</translation>
    </message>
    <message>
        <source>Without &quot;read:notifications&quot; Fedibell cannot catch up on every message of a conversation, nor tell you about mentions.</source>
        <translation>Ohne „read:notifications“ kann Fedibell nicht jede Nachricht einer Unterhaltung nachholen und dich nicht über Erwähnungen informieren.</translation>
    </message>
    <message>
        <source>Without &quot;read:accounts&quot; Fedibell cannot tell whose account this is.</source>
        <translation>Ohne „read:accounts“ kann Fedibell nicht erkennen, wem dieses Konto gehört.</translation>
    </message>
    <message>
        <source>Without &quot;write:conversations&quot; &quot;Mark as read&quot; does not work.</source>
        <translation>Ohne „write:conversations“ funktioniert „Als gelesen markieren“ nicht.</translation>
    </message>
    <message>
        <source>The instance does not accept this access token. Check that it was copied whole and not revoked.</source>
        <translation>Die Instanz akzeptiert dieses Zugriffstoken nicht. Prüfe, ob es vollständig kopiert und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>The instance sent an unusable answer about the account.</source>
        <translation>Die Instanz hat eine unbrauchbare Antwort zum Konto geschickt.</translation>
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
        <translation>Letzte Nachricht um %1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n ungelesene Direktnachricht</numerusform>
            <numerusform>%n ungelesene Direktnachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>No direct messages yet</source>
        <translation>Noch keine Direktnachrichten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Status and log...</source>
        <translation>Status und Protokoll …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Message requests (%1)</source>
        <extracomment>Direct messages filtered by the server, from people the user does not follow</extracomment>
        <translation>Nachrichtenanfragen (%1)</translation>
    </message>
    <message>
        <source>Open message requests</source>
        <translation>Nachrichtenanfragen öffnen</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>Keine Netzwerkverbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the state (&quot;offline&quot;), %2 why in a few words (&quot;no network connection&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network connection: Fedibell connects again when it is back</source>
        <translation>Keine Netzwerkverbindung: Fedibell verbindet sich wieder, sobald sie zurück ist</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayMessageNotifications</name>
    <message>
        <source>The tray cannot show messages.</source>
        <translation>Die Kontrollleiste kann keine Meldungen anzeigen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This program only runs with --headless.</source>
        <translation>Dieses Programm läuft nur mit --headless.</translation>
    </message>
    <message>
        <source>Fedibell is not running.</source>
        <translation>Fedibell läuft nicht.</translation>
    </message>
</context>
</TS>
