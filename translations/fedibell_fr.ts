<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Tells you when a direct message arrives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells you the moment a direct message arrives on your Mastodon account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a display: print each arriving direct message as a JSON line on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled demo instance on this computer and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray without opening any window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the running Fedibell for its state and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon instance to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from this file (otherwise from the FEDIBELL_ACCESS_TOKEN variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also announce mentions that are not direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless and --status cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown timer setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <source>No instance address was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the unencrypted address %1: use https:// (plain http is only allowed for this computer&apos;s own loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (use https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced an unusable streaming address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the unencrypted streaming address of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fedibell settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an account to watch it. Fedibell keeps each account&apos;s access token in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste an &amp;access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Preferences → Development → New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking? Run &quot;fedibell --demo&quot; to watch a demo instance on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tell me about mentions that are not direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender and the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;New direct message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sender&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Fedibell in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::AccountMonitor</name>
    <message>
        <source>The server asked Fedibell to slow down; catching up again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token (it is wrong, expired or was revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks the &quot;read:accounts&quot; scope, so Fedibell cannot tell whose messages these are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unusable answer about the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token now belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording what is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s streaming service is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streaming server reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks the &quot;write:conversations&quot; scope, so Fedibell cannot mark conversations as read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::BrowserSignIn</name>
    <message>
        <source>The instance refused to register Fedibell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fedibell could not listen on this computer for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: the answer did not come from this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::CatchUp</name>
    <message>
        <source>The server sent a page that is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::DemoLauncher</name>
    <message>
        <source>The demo instance program is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::DesktopApplication</name>
    <message>
        <source>No system tray was found; notifications still work. Fedibell keeps looking for a tray for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service; using the tray instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is configured: starting the demo instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up starting at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account is running yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>longest GUI stall since last asked: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::FreedesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::HeadlessRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fedibell: warning: %1 is readable by other users; consider chmod 600.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: set %1 or use --token-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains characters a token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::Ledger</name>
    <message>
        <source>The saved state %1 was unreadable (%2); it was moved to %3 and Fedibell starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message>
        <source> (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent you a direct message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fedibell::RestClient</name>
    <message>
        <source>The server pointed to another site (%1); not following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not allowed to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down (rate limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate or TLS error); refusing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not JSON for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::SecretStore</name>
    <message>
        <source>Stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved access token was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (it usually unlocks when you log in) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is running, so the access token cannot be stored safely. Install and start one (for example GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer; it may be locked or waiting for a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::SettingsDialog</name>
    <message>
        <source>Paste the access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 (version %2); its streaming service works, so messages arrive the moment they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 (version %2), but its streaming service does not answer: Fedibell will check for messages every 30 to 60 seconds instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a Mastodon instance there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow Fedibell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the access token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: streaming at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming health: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming health: not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: paste an access token to test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming handshake: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::StatusWindow</name>
    <message>
        <source>Fedibell status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::StreamConnection</name>
    <message>
        <source>The connection went silent (no answer to a ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (code %1%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::TokenCheck</name>
    <message>
        <source>Without &quot;read:statuses&quot; Fedibell cannot see direct messages at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without &quot;read:notifications&quot; Fedibell cannot catch up on every message of a conversation, nor tell you about mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without &quot;read:accounts&quot; Fedibell cannot tell whose account this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without &quot;write:conversations&quot; &quot;Mark as read&quot; does not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not accept this access token. Check that it was copied whole and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance sent an unusable answer about the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::TrayController</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direct messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fedibell::TrayMessageNotifications</name>
    <message>
        <source>The tray cannot show messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This program only runs with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fedibell is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
