<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Tells you when a direct message arrives</source>
        <translation>Vous prévient de l&apos;arrivée d&apos;un message direct</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells you the moment a direct message arrives on your Mastodon account.</source>
        <translation>Vous prévient dès qu&apos;un message direct arrive sur votre compte Mastodon.</translation>
    </message>
    <message>
        <source>Run without a display: print each arriving direct message as a JSON line on standard output.</source>
        <translation>Fonctionner sans affichage : écrire chaque message direct reçu comme une ligne JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Start the bundled demo instance on this computer and watch it.</source>
        <translation>Démarrer l&apos;instance de démonstration fournie sur cet ordinateur et la surveiller.</translation>
    </message>
    <message>
        <source>Start in the tray without opening any window.</source>
        <translation>Démarrer dans la zone de notification sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>Ask the running Fedibell for its state and print it.</source>
        <translation>Demander son état au Fedibell en cours d&apos;exécution et l&apos;afficher.</translation>
    </message>
    <message>
        <source>The Mastodon instance to watch.</source>
        <translation>L&apos;instance Mastodon à surveiller.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Read the access token from this file (otherwise from the FEDIBELL_ACCESS_TOKEN variable).</source>
        <translation>Lire le jeton d&apos;accès dans ce fichier (sinon dans la variable FEDIBELL_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Also announce mentions that are not direct.</source>
        <translation>Annoncer aussi les mentions qui ne sont pas directes.</translation>
    </message>
    <message>
        <source>Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable).</source>
        <translation>Modifier une temporisation pour les réseaux inhabituels, par ex. pingIntervalMs=15000 (répétable).</translation>
    </message>
    <message>
        <source>name=ms</source>
        <translation>nom=ms</translation>
    </message>
    <message>
        <source>--headless and --status cannot be combined.</source>
        <translation>--headless et --status ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>--headless needs --instance.</source>
        <translation>--headless nécessite --instance.</translation>
    </message>
    <message>
        <source>Unknown timer setting &quot;%1&quot;.</source>
        <translation>Réglage de temporisation inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Do not announce Pleroma and Akkoma chat messages.</source>
        <translation>Ne pas annoncer les messages de discussion de Pleroma et Akkoma.</translation>
    </message>
    <message>
        <source>Do not announce message requests (direct messages the server filtered).</source>
        <translation>Ne pas annoncer les demandes de message (messages directs filtrés par le serveur).</translation>
    </message>
    <message>
        <source>Headless: follow the network&apos;s state, trying nothing while it is gone and connecting as soon as it is back (costs about 4 MB of memory).</source>
        <translation>Sans affichage : suivre l&apos;état du réseau, ne rien tenter tant qu&apos;il est absent et se connecter dès son retour (coûte environ 4 Mo de mémoire).</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <source>No instance address was given.</source>
        <translation>Aucune adresse d&apos;instance n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance address.</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;instance valide.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted address %1: use https:// (plain http is only allowed for this computer&apos;s own loopback address).</source>
        <translation>L&apos;adresse non chiffrée %1 est refusée : utilisez https:// (le http simple n&apos;est permis que pour l&apos;adresse de bouclage de cet ordinateur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (use https://).</source>
        <translation>« %1 » n&apos;est pas une adresse web (utilisez https://).</translation>
    </message>
    <message>
        <source>The instance address must not contain a user name or password.</source>
        <translation>L&apos;adresse de l&apos;instance ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The server announced an unusable streaming address.</source>
        <translation>Le serveur a annoncé une adresse de streaming inutilisable.</translation>
    </message>
    <message>
        <source>Refusing the unencrypted streaming address of %1.</source>
        <translation>L&apos;adresse de streaming non chiffrée de %1 est refusée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fedibell settings</source>
        <translation>Paramètres de Fedibell</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Tick an account to watch it. Fedibell keeps each account&apos;s access token in your system keyring.</source>
        <translation>Cochez un compte pour le surveiller. Fedibell conserve le jeton d&apos;accès de chaque compte dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Sign out and remove</source>
        <translation>Se déconnecter et supprimer</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Or paste an &amp;access token:</source>
        <translation>Ou coller un &amp;jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>From Preferences → Development → New application</source>
        <translation>Depuis Préférences → Développement → Nouvelle application</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Utiliser le jeton</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Just looking? Run &quot;fedibell --demo&quot; to watch a demo instance on this computer.</source>
        <translation>Juste pour voir ? Lancez « fedibell --demo » pour surveiller une instance de démonstration sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Also tell me about mentions that are not direct messages</source>
        <translation>Me prévenir aussi des mentions qui ne sont pas des messages directs</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>The sender and the message</source>
        <translation>L&apos;expéditeur et le message</translation>
    </message>
    <message>
        <source>Only the sender</source>
        <translation>Seulement l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Only &quot;New direct message&quot;</source>
        <translation>Seulement « Nouveau message direct »</translation>
    </message>
    <message>
        <source>Show the sender&apos;s picture</source>
        <translation>Afficher l&apos;image de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Jouer un son</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Heures calmes de</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Start Fedibell in the tray when I log in</source>
        <translation>Démarrer Fedibell dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Tell me about chat messages too (Pleroma, Akkoma)</source>
        <translation>M&apos;avertir aussi des messages de discussion (Pleroma, Akkoma)</translation>
    </message>
    <message>
        <source>Tell me about message requests from people I don&apos;t follow</source>
        <translation>M&apos;avertir des demandes de message de personnes que je ne suis pas</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountMonitor</name>
    <message>
        <source>The server asked Fedibell to slow down; catching up again at %1.</source>
        <translation>Le serveur demande à Fedibell de ralentir ; reprise du rattrapage à %1.</translation>
    </message>
    <message>
        <source>The server refused the access token (it is wrong, expired or was revoked).</source>
        <translation>Le serveur a refusé le jeton d&apos;accès (il est erroné, expiré ou révoqué).</translation>
    </message>
    <message>
        <source>The access token lacks the &quot;read:accounts&quot; scope, so Fedibell cannot tell whose messages these are.</source>
        <translation>Le jeton d&apos;accès n&apos;a pas la portée « read:accounts » : Fedibell ne peut pas savoir à qui sont ces messages.</translation>
    </message>
    <message>
        <source>The server sent an unusable answer about the account.</source>
        <translation>Le serveur a envoyé une réponse inutilisable au sujet du compte.</translation>
    </message>
    <message>
        <source>The access token now belongs to another account.</source>
        <translation>Le jeton d&apos;accès appartient désormais à un autre compte.</translation>
    </message>
    <message>
        <source>recording what is already there</source>
        <translation>enregistrement de l&apos;existant</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Catching up failed: %1</source>
        <translation>Échec du rattrapage : %1</translation>
    </message>
    <message>
        <source>The streaming server reported: %1</source>
        <translation>Le serveur de streaming signale : %1</translation>
    </message>
    <message>
        <source>The streaming server stopped delivering messages; connecting again.</source>
        <translation>Le serveur de streaming ne distribuait plus les messages ; nouvelle connexion.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountState</name>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>looking up the instance</source>
        <translation>recherche de l&apos;instance</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>vérification du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>streaming</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>interrogation régulière</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>access token refused</source>
        <translation>jeton d&apos;accès refusé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <extracomment>%1 is why the connection failed (a sentence), %2 the seconds until the next try</extracomment>
        <translation>%1 Nouvel essai dans %2 s.</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountsController</name>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>waiting for the keyring</source>
        <translation>en attente du trousseau de clés</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Compte ajouté.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>fedibell::BrowserSignIn</name>
    <message>
        <source>The instance refused to register Fedibell: %1</source>
        <translation>L&apos;instance a refusé d&apos;enregistrer Fedibell : %1</translation>
    </message>
    <message>
        <source>Fedibell could not listen on this computer for the browser&apos;s answer.</source>
        <translation>Fedibell n&apos;a pas pu attendre la réponse du navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell est connecté.&lt;/h1&gt;&lt;p&gt;Vous pouvez fermer cet onglet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signing in was refused: %1</source>
        <translation>La connexion a été refusée : %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;This is not the sign-in Fedibell is waiting for.&lt;/h1&gt;&lt;p&gt;Fedibell goes on waiting for the answer from your instance.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Ce n&apos;est pas la connexion qu&apos;attend Fedibell.&lt;/h1&gt;&lt;p&gt;Fedibell continue d&apos;attendre la réponse de votre instance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is not signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell n&apos;est pas connecté.&lt;/h1&gt;&lt;p&gt;Vous pouvez fermer cet onglet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not allow Fedibell to use your account, so it is not signed in. Sign in again and allow it to receive your direct messages.</source>
        <extracomment>The user pressed &quot;Deny&quot; (or similar) on the instance&apos;s authorization page.</extracomment>
        <translation>Vous n&apos;avez pas autorisé Fedibell à utiliser votre compte ; il n&apos;est donc pas connecté. Connectez-vous à nouveau et autorisez-le pour recevoir vos messages directs.</translation>
    </message>
</context>
<context>
    <name>fedibell::CatchUp</name>
    <message>
        <source>The server sent a page that is not a list.</source>
        <translation>Le serveur a envoyé une page qui n&apos;est pas une liste.</translation>
    </message>
</context>
<context>
    <name>fedibell::DemoLauncher</name>
    <message>
        <source>The demo instance program is not installed.</source>
        <translation>Le programme de l&apos;instance de démonstration n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation>L&apos;instance de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>fedibell::DesktopApplication</name>
    <message>
        <source>No system tray was found; notifications still work. Fedibell keeps looking for a tray for a few minutes.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée ; les notifications fonctionnent quand même. Fedibell continue de la chercher pendant quelques minutes.</translation>
    </message>
    <message>
        <source>Desktop notifications are available.</source>
        <translation>Les notifications de bureau sont disponibles.</translation>
    </message>
    <message>
        <source>No desktop notification service; using the tray instead.</source>
        <translation>Aucun service de notifications ; la zone de notification est utilisée à la place.</translation>
    </message>
    <message>
        <source>No account is configured: starting the demo instance.</source>
        <translation>Aucun compte n&apos;est configuré : démarrage de l&apos;instance de démonstration.</translation>
    </message>
    <message>
        <source>Could not set up starting at login: %1</source>
        <translation>Impossible de configurer le démarrage à l&apos;ouverture de session : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation>
            <numerusform>%n message est arrivé pendant l&apos;absence de Fedibell.</numerusform>
            <numerusform>%n messages sont arrivés pendant l&apos;absence de Fedibell.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no account is running yet</source>
        <translation>aucun compte n&apos;est encore actif</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n message direct non lu</numerusform>
            <numerusform>%n messages directs non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>longest GUI stall since last asked: %1 ms</source>
        <translation>plus long blocage de l&apos;interface depuis la dernière demande : %1 ms</translation>
    </message>
</context>
<context>
    <name>fedibell::FreedesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
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
        <translation>jeton d&apos;accès refusé : %1</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1 : %2</translation>
    </message>
    <message>
        <source>No access token: set %1 or use --token-file FILE.</source>
        <translation>Aucun jeton d&apos;accès : définissez %1 ou utilisez --token-file FICHIER.</translation>
    </message>
    <message>
        <source>The access token contains characters a token cannot have.</source>
        <translation>Le jeton d&apos;accès contient des caractères impossibles dans un jeton.</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so Fedibell does not use it. Run: chmod 600 %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Le fichier de jeton %1 peut être lu ou modifié par d&apos;autres utilisateurs ; Fedibell ne l&apos;utilise donc pas. Exécutez : chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>fedibell::Ledger</name>
    <message>
        <source>The saved state %1 was unreadable (%2); it was moved to %3 and Fedibell starts afresh.</source>
        <translation>L&apos;état enregistré %1 était illisible (%2) ; il a été déplacé vers %3 et Fedibell repart de zéro.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>version de format inconnue</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message>
        <source> (to %1)</source>
        <translation> (pour %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation>
            <numerusform>Pendant votre absence : %n message de %1</numerusform>
            <numerusform>Pendant votre absence : %n messages de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation>
            <numerusform>%n nouveau message direct de %1</numerusform>
            <numerusform>%n nouveaux messages directs de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New direct message</source>
        <translation>Nouveau message direct</translation>
    </message>
    <message>
        <source>Sent you a direct message.</source>
        <translation>Vous a envoyé un message direct.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Avertissement de contenu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Nouvelle demande de message</translation>
    </message>
    <message>
        <source>Message request from %1</source>
        <extracomment>A direct message the server filtered, from someone the user does not follow</extracomment>
        <translation>Demande de message de %1</translation>
    </message>
</context>
<context>
    <name>fedibell::ReadMarker</name>
    <message>
        <source>The access token lacks the &quot;write:conversations&quot; scope, so Fedibell cannot mark conversations as read.</source>
        <translation>Le jeton d&apos;accès n&apos;a pas la portée « write:conversations » : Fedibell ne peut pas marquer les conversations comme lues.</translation>
    </message>
</context>
<context>
    <name>fedibell::RepeatFolder</name>
    <message>
        <source>... %1 more like this</source>
        <extracomment>%1 is a count with the locale&apos;s digit grouping (&quot;2,999,999&quot;)</extracomment>
        <translation>... %1 autres identiques</translation>
    </message>
</context>
<context>
    <name>fedibell::RestClient</name>
    <message>
        <source>The server pointed to another site (%1); not following it.</source>
        <translation>Le serveur renvoie vers un autre site (%1) ; ce lien n&apos;est pas suivi.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>La réponse de %1 était trop volumineuse.</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The access token is not allowed to use %1.</source>
        <translation>Le jeton d&apos;accès n&apos;est pas autorisé à utiliser %1.</translation>
    </message>
    <message>
        <source>%1 does not exist on this server.</source>
        <translation>%1 n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>The server asks to slow down (rate limit).</source>
        <translation>Le serveur demande de ralentir (limite de requêtes).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate or TLS error); refusing to continue.</source>
        <translation>La connexion sécurisée à %1 a échoué (erreur de certificat ou TLS) ; abandon.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Le serveur a répondu %1 pour %2.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON for %1.</source>
        <translation>Le serveur a envoyé pour %1 autre chose que du JSON.</translation>
    </message>
    <message>
        <source>The server sent an answer for %1 that cannot be read.</source>
        <translation>Le serveur a envoyé pour %1 une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>fedibell::SecretStore</name>
    <message>
        <source>Stored safely.</source>
        <translation>Enregistré en lieu sûr.</translation>
    </message>
    <message>
        <source>No saved access token was found.</source>
        <translation>Aucun jeton d&apos;accès enregistré n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (it usually unlocks when you log in) and try again.</source>
        <translation>Le trousseau de clés est verrouillé. Déverrouillez-le (il l&apos;est généralement à l&apos;ouverture de session) et réessayez.</translation>
    </message>
    <message>
        <source>No keyring service is running, so the access token cannot be stored safely. Install and start one (for example GNOME Keyring or KWallet).</source>
        <translation>Aucun service de trousseau de clés ne fonctionne, le jeton d&apos;accès ne peut donc pas être conservé en sécurité. Installez-en un et démarrez-le (par exemple GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>The keyring did not work.</source>
        <translation>Le trousseau de clés n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>The keyring did not answer; it may be locked or waiting for a password.</source>
        <translation>Le trousseau de clés ne répond pas ; il est peut-être verrouillé ou attend un mot de passe.</translation>
    </message>
</context>
<context>
    <name>fedibell::SettingsDialog</name>
    <message>
        <source>Paste the access token first.</source>
        <translation>Collez d&apos;abord le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>l&apos;instance</translation>
    </message>
    <message>
        <source>Found %1 (version %2); its streaming service works, so messages arrive the moment they are sent.</source>
        <translation>%1 trouvée (version %2) ; son service de streaming fonctionne, les messages arrivent donc dès leur envoi.</translation>
    </message>
    <message>
        <source>Found %1 (version %2), but its streaming service does not answer: Fedibell will check for messages every 30 to 60 seconds instead.</source>
        <translation>%1 trouvée (version %2), mais son service de streaming ne répond pas : Fedibell vérifiera les messages toutes les 30 à 60 secondes à la place.</translation>
    </message>
    <message>
        <source>Could not find a Mastodon instance there: %1</source>
        <translation>Aucune instance Mastodon trouvée à cette adresse : %1</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow Fedibell.</source>
        <translation>Continuez dans votre navigateur : connectez-vous à %1 et autorisez Fedibell.</translation>
    </message>
    <message>
        <source>Checking the access token...</source>
        <translation>Vérification du jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Découverte : %1</translation>
    </message>
    <message>
        <source>Discovery: streaming at %1</source>
        <translation>Découverte : streaming sur %1</translation>
    </message>
    <message>
        <source>Streaming health: OK</source>
        <translation>État du streaming : OK</translation>
    </message>
    <message>
        <source>Streaming health: not answering</source>
        <translation>État du streaming : pas de réponse</translation>
    </message>
    <message>
        <source>Identity: paste an access token to test it</source>
        <translation>Identité : collez un jeton d&apos;accès pour la tester</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identité : %1</translation>
    </message>
    <message>
        <source>Streaming handshake: connected</source>
        <translation>Connexion au streaming : établie</translation>
    </message>
    <message>
        <source>Streaming handshake: %1</source>
        <translation>Connexion au streaming : %1</translation>
    </message>
</context>
<context>
    <name>fedibell::SingleInstance</name>
    <message>
        <source>Fedibell cannot use the folder %1: %2</source>
        <translation>Fedibell ne peut pas utiliser le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Fedibell cannot create the folder %1: %2</source>
        <translation>Fedibell ne peut pas créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is a symbolic link, not a folder.</source>
        <translation>Fedibell n&apos;utilise pas %1 pour communiquer avec son instance en cours : c&apos;est un lien symbolique, pas un dossier.</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is not a folder.</source>
        <translation>Fedibell n&apos;utilise pas %1 pour communiquer avec son instance en cours : ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: it belongs to another user.</source>
        <translation>Fedibell n&apos;utilise pas le dossier %1 pour communiquer avec son instance en cours : il appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: others may use it (mode %2 instead of 0700).</source>
        <extracomment>%2 is the folder&apos;s access mode in octal, e.g. 0755</extracomment>
        <translation>Fedibell n&apos;utilise pas le dossier %1 pour communiquer avec son instance en cours : d&apos;autres peuvent l&apos;utiliser (mode %2 au lieu de 0700).</translation>
    </message>
    <message>
        <source>Fedibell cannot listen on %1: %2</source>
        <translation>Fedibell ne peut pas écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>fedibell::StatusWindow</name>
    <message>
        <source>Fedibell status</source>
        <translation>État de Fedibell</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamConnection</name>
    <message>
        <source>The connection went silent (no answer to a ping).</source>
        <translation>La connexion est devenue muette (pas de réponse à un ping).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server closed the connection (code %1%2).</source>
        <extracomment>%1 is a WebSocket close code, %2 empty or &quot;: &quot; and the server&apos;s reason</extracomment>
        <translation>Le serveur a fermé la connexion (code %1%2).</translation>
    </message>
    <message>
        <source>The connection to the streaming server was lost.</source>
        <translation>La connexion au serveur de streaming a été perdue.</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MB.</source>
        <translation>Le serveur a envoyé un message de plus de %1 Mo.</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamKeeper</name>
    <message>
        <source>the instance&apos;s streaming service is not available</source>
        <translation>le service de streaming de l&apos;instance n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>the streaming server refused the subscription</source>
        <translation>le serveur de streaming a refusé l&apos;abonnement</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>l&apos;ordinateur se met en veille</translation>
    </message>
    <message>
        <source>no network connection</source>
        <translation>pas de connexion réseau</translation>
    </message>
</context>
<context>
    <name>fedibell::TokenCheck</name>
    <message>
        <source>Without &quot;read:statuses&quot; Fedibell cannot see direct messages at all.</source>
        <translation>Sans « read:statuses », Fedibell ne peut voir aucun message direct.</translation>
    </message>
    <message>
        <source>Without &quot;read:notifications&quot; Fedibell cannot catch up on every message of a conversation, nor tell you about mentions.</source>
        <translation>Sans « read:notifications », Fedibell ne peut ni rattraper chaque message d&apos;une conversation ni vous signaler les mentions.</translation>
    </message>
    <message>
        <source>Without &quot;read:accounts&quot; Fedibell cannot tell whose account this is.</source>
        <translation>Sans « read:accounts », Fedibell ne peut pas savoir à qui appartient ce compte.</translation>
    </message>
    <message>
        <source>Without &quot;write:conversations&quot; &quot;Mark as read&quot; does not work.</source>
        <translation>Sans « write:conversations », « Marquer comme lu » ne fonctionne pas.</translation>
    </message>
    <message>
        <source>The instance does not accept this access token. Check that it was copied whole and not revoked.</source>
        <translation>L&apos;instance n&apos;accepte pas ce jeton d&apos;accès. Vérifiez qu&apos;il a été copié en entier et qu&apos;il n&apos;a pas été révoqué.</translation>
    </message>
    <message>
        <source>The instance sent an unusable answer about the account.</source>
        <translation>L&apos;instance a envoyé une réponse inutilisable au sujet du compte.</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Last message at %1</source>
        <translation>Dernier message à %1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>%n message direct non lu</numerusform>
            <numerusform>%n messages directs non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifications en pause</translation>
    </message>
    <message>
        <source>No direct messages yet</source>
        <translation>Pas encore de message direct</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Mettre les notifications en pause</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Status and log...</source>
        <translation>État et journal…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Message requests (%1)</source>
        <extracomment>Direct messages filtered by the server, from people the user does not follow</extracomment>
        <translation>Demandes de message (%1)</translation>
    </message>
    <message>
        <source>Open message requests</source>
        <translation>Ouvrir les demandes de message</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>Pas de connexion réseau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the state (&quot;offline&quot;), %2 why in a few words (&quot;no network connection&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network connection: Fedibell connects again when it is back</source>
        <translation>Pas de connexion réseau : Fedibell se reconnecte dès qu&apos;elle revient</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayMessageNotifications</name>
    <message>
        <source>The tray cannot show messages.</source>
        <translation>La zone de notification ne peut pas afficher de messages.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This program only runs with --headless.</source>
        <translation>Ce programme ne fonctionne qu&apos;avec --headless.</translation>
    </message>
    <message>
        <source>Fedibell is not running.</source>
        <translation>Fedibell n&apos;est pas lancé.</translation>
    </message>
</context>
</TS>
