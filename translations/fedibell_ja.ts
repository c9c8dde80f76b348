<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Tells you when a direct message arrives</source>
        <translation>ダイレクトメッセージが届いたらお知らせします</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tells you the moment a direct message arrives on your Mastodon account.</source>
        <translation>Mastodon アカウントにダイレクトメッセージが届いたらすぐにお知らせします。</translation>
    </message>
    <message>
        <source>Run without a display: print each arriving direct message as a JSON line on standard output.</source>
        <translation>画面なしで実行します。届いたダイレクトメッセージを 1 件ずつ JSON の行として標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Start the bundled demo instance on this computer and watch it.</source>
        <translation>付属のデモインスタンスをこのコンピューターで起動して監視します。</translation>
    </message>
    <message>
        <source>Start in the tray without opening any window.</source>
        <translation>ウィンドウを開かずにトレイで起動します。</translation>
    </message>
    <message>
        <source>Ask the running Fedibell for its state and print it.</source>
        <translation>実行中の Fedibell に状態を問い合わせて表示します。</translation>
    </message>
    <message>
        <source>The Mastodon instance to watch.</source>
        <translation>監視する Mastodon インスタンス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read the access token from this file (otherwise from the FEDIBELL_ACCESS_TOKEN variable).</source>
        <translation>アクセストークンをこのファイルから読み込みます (指定しない場合は FEDIBELL_ACCESS_TOKEN 変数から)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Also announce mentions that are not direct.</source>
        <translation>ダイレクトではないメンションも通知します。</translation>
    </message>
    <message>
        <source>Override a timer for odd networks, e.g. pingIntervalMs=15000 (repeatable).</source>
        <translation>特殊なネットワーク向けにタイマーを変更します。例: pingIntervalMs=15000 (複数指定可)。</translation>
    </message>
    <message>
        <source>name=ms</source>
        <translation>名前=ミリ秒</translation>
    </message>
    <message>
        <source>--headless and --status cannot be combined.</source>
        <translation>--headless と --status は同時に指定できません。</translation>
    </message>
    <message>
        <source>--headless needs --instance.</source>
        <translation>--headless には --instance が必要です。</translation>
    </message>
    <message>
        <source>Unknown timer setting &quot;%1&quot;.</source>
        <translation>不明なタイマー設定「%1」です。</translation>
    </message>
    <message>
        <source>Do not announce Pleroma and Akkoma chat messages.</source>
        <translation>Pleroma と Akkoma のチャットメッセージを通知しない。</translation>
    </message>
    <message>
        <source>Do not announce message requests (direct messages the server filtered).</source>
        <translation>メッセージリクエスト (サーバーがフィルターしたダイレクトメッセージ) を通知しない。</translation>
    </message>
    <message>
        <source>Headless: follow the network&apos;s state, trying nothing while it is gone and connecting as soon as it is back (costs about 4 MB of memory).</source>
        <translation>画面なしモード: ネットワークの状態に従い、切断中は何も試みず、戻り次第すぐに接続します（メモリを約 4 MB 使います）。</translation>
    </message>
</context>
<context>
    <name>InstanceAddress</name>
    <message>
        <source>No instance address was given.</source>
        <translation>インスタンスのアドレスが指定されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance address.</source>
        <translation>「%1」は有効なインスタンスのアドレスではありません。</translation>
    </message>
    <message>
        <source>Refusing the unencrypted address %1: use https:// (plain http is only allowed for this computer&apos;s own loopback address).</source>
        <translation>暗号化されていないアドレス %1 は使用できません。https:// を使ってください (http はこのコンピューター自身のループバックアドレスでのみ使用できます)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (use https://).</source>
        <translation>「%1」は Web アドレスではありません (https:// を使ってください)。</translation>
    </message>
    <message>
        <source>The instance address must not contain a user name or password.</source>
        <translation>インスタンスのアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The server announced an unusable streaming address.</source>
        <translation>サーバーが使用できないストリーミングアドレスを通知しました。</translation>
    </message>
    <message>
        <source>Refusing the unencrypted streaming address of %1.</source>
        <translation>%1 の暗号化されていないストリーミングアドレスは使用できません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fedibell settings</source>
        <translation>Fedibell の設定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Tick an account to watch it. Fedibell keeps each account&apos;s access token in your system keyring.</source>
        <translation>監視するアカウントにチェックを入れてください。各アカウントのアクセストークンはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Sign out and remove</source>
        <translation>ログアウトして削除</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>インスタンス(&amp;I):</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでログイン</translation>
    </message>
    <message>
        <source>Or paste an &amp;access token:</source>
        <translation>またはアクセストークンを貼り付け(&amp;A):</translation>
    </message>
    <message>
        <source>From Preferences → Development → New application</source>
        <translation>ユーザー設定 → 開発 → 新規アプリ から取得</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>トークンを使用</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Just looking? Run &quot;fedibell --demo&quot; to watch a demo instance on this computer.</source>
        <translation>試してみるだけなら「fedibell --demo」を実行すると、このコンピューター上のデモインスタンスを監視できます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Also tell me about mentions that are not direct messages</source>
        <translation>ダイレクトメッセージ以外のメンションも通知する</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>The sender and the message</source>
        <translation>送信者とメッセージ</translation>
    </message>
    <message>
        <source>Only the sender</source>
        <translation>送信者のみ</translation>
    </message>
    <message>
        <source>Only &quot;New direct message&quot;</source>
        <translation>「新しいダイレクトメッセージ」のみ</translation>
    </message>
    <message>
        <source>Show the sender&apos;s picture</source>
        <translation>送信者の画像を表示する</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>音を鳴らす</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>おやすみ時間</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Start Fedibell in the tray when I log in</source>
        <translation>ログイン時に Fedibell をトレイで起動する</translation>
    </message>
    <message>
        <source>Tell me about chat messages too (Pleroma, Akkoma)</source>
        <translation>チャットメッセージも通知する (Pleroma、Akkoma)</translation>
    </message>
    <message>
        <source>Tell me about message requests from people I don&apos;t follow</source>
        <translation>フォローしていない人からのメッセージリクエストを通知する</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountMonitor</name>
    <message>
        <source>The server asked Fedibell to slow down; catching up again at %1.</source>
        <translation>サーバーからリクエストを減らすよう求められました。%1 に取得を再開します。</translation>
    </message>
    <message>
        <source>The server refused the access token (it is wrong, expired or was revoked).</source>
        <translation>サーバーがアクセストークンを拒否しました (誤っているか、期限切れか、無効化されています)。</translation>
    </message>
    <message>
        <source>The access token lacks the &quot;read:accounts&quot; scope, so Fedibell cannot tell whose messages these are.</source>
        <translation>アクセストークンに「read:accounts」スコープがないため、誰宛てのメッセージか判別できません。</translation>
    </message>
    <message>
        <source>The server sent an unusable answer about the account.</source>
        <translation>サーバーからのアカウント情報を利用できませんでした。</translation>
    </message>
    <message>
        <source>The access token now belongs to another account.</source>
        <translation>このアクセストークンは別のアカウントのものになっています。</translation>
    </message>
    <message>
        <source>recording what is already there</source>
        <translation>既存のメッセージを記録中</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>サーバーがアクセストークンを拒否しました。</translation>
    </message>
    <message>
        <source>Catching up failed: %1</source>
        <translation>未取得分の取得に失敗しました: %1</translation>
    </message>
    <message>
        <source>The streaming server reported: %1</source>
        <translation>ストリーミングサーバーからの通知: %1</translation>
    </message>
    <message>
        <source>The streaming server stopped delivering messages; connecting again.</source>
        <translation>ストリーミングサーバーがメッセージを届けなくなりました。再接続します。</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountState</name>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>looking up the instance</source>
        <translation>インスタンスを検索中</translation>
    </message>
    <message>
        <source>checking the access token</source>
        <translation>アクセストークンを確認中</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>ストリーミング中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>定期確認中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>access token refused</source>
        <translation>アクセストークンが拒否されました</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <extracomment>%1 is why the connection failed (a sentence), %2 the seconds until the next try</extracomment>
        <translation>%1 %2 秒後に再試行します。</translation>
    </message>
</context>
<context>
    <name>fedibell::AccountsController</name>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>waiting for the keyring</source>
        <translation>キーリング待ち</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>アカウントを追加しました。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>ログアウトしました。</translation>
    </message>
</context>
<context>
    <name>fedibell::BrowserSignIn</name>
    <message>
        <source>The instance refused to register Fedibell: %1</source>
        <translation>インスタンスが Fedibell の登録を拒否しました: %1</translation>
    </message>
    <message>
        <source>Fedibell could not listen on this computer for the browser&apos;s answer.</source>
        <translation>このコンピューターでブラウザーからの応答を待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell にログインしました。&lt;/h1&gt;&lt;p&gt;このタブは閉じてかまいません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signing in was refused: %1</source>
        <translation>ログインが拒否されました: %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>ログインに失敗しました: %1</translation>
    </message>
    <message>
        <source>&lt;h1&gt;This is not the sign-in Fedibell is waiting for.&lt;/h1&gt;&lt;p&gt;Fedibell goes on waiting for the answer from your instance.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;これは Fedibell が待っているサインインではありません。&lt;/h1&gt;&lt;p&gt;Fedibell はインスタンスからの応答を引き続き待っています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fedibell is not signed in.&lt;/h1&gt;&lt;p&gt;You can close this tab.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fedibell はサインインしていません。&lt;/h1&gt;&lt;p&gt;このタブは閉じてかまいません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not allow Fedibell to use your account, so it is not signed in. Sign in again and allow it to receive your direct messages.</source>
        <extracomment>The user pressed &quot;Deny&quot; (or similar) on the instance&apos;s authorization page.</extracomment>
        <translation>Fedibell にアカウントの使用を許可しなかったため、サインインしていません。ダイレクトメッセージを受け取るには、もう一度サインインして許可してください。</translation>
    </message>
</context>
<context>
    <name>fedibell::CatchUp</name>
    <message>
        <source>The server sent a page that is not a list.</source>
        <translation>サーバーがリストではないページを返しました。</translation>
    </message>
</context>
<context>
    <name>fedibell::DemoLauncher</name>
    <message>
        <source>The demo instance program is not installed.</source>
        <translation>デモインスタンスのプログラムがインストールされていません。</translation>
    </message>
    <message>
        <source>The demo instance could not start: %1</source>
        <translation>デモインスタンスを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::DesktopApplication</name>
    <message>
        <source>No system tray was found; notifications still work. Fedibell keeps looking for a tray for a few minutes.</source>
        <translation>システムトレイが見つかりませんが、通知は引き続き機能します。数分間トレイを探し続けます。</translation>
    </message>
    <message>
        <source>Desktop notifications are available.</source>
        <translation>デスクトップ通知を利用できます。</translation>
    </message>
    <message>
        <source>No desktop notification service; using the tray instead.</source>
        <translation>通知サービスがないため、代わりにトレイを使います。</translation>
    </message>
    <message>
        <source>No account is configured: starting the demo instance.</source>
        <translation>アカウントが設定されていないため、デモインスタンスを起動します。</translation>
    </message>
    <message>
        <source>Could not set up starting at login: %1</source>
        <translation>ログイン時の起動を設定できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages arrived while Fedibell was away.</source>
        <translation>
            <numerusform>Fedibell が停止している間に %n 件のメッセージが届きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no account is running yet</source>
        <translation>実行中のアカウントはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>未読のダイレクトメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>longest GUI stall since last asked: %1 ms</source>
        <translation>前回の問い合わせ以降で最長の画面停止: %1 ミリ秒</translation>
    </message>
</context>
<context>
    <name>fedibell::FreedesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
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
        <translation>アクセストークンが拒否されました: %1</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>トークンファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>No access token: set %1 or use --token-file FILE.</source>
        <translation>アクセストークンがありません: %1 を設定するか、--token-file ファイル を使ってください。</translation>
    </message>
    <message>
        <source>The access token contains characters a token cannot have.</source>
        <translation>アクセストークンに使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other users, so Fedibell does not use it. Run: chmod 600 %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>トークンファイル %1 は他のユーザーが読み取りまたは変更できるため、Fedibell は使用しません。次を実行してください: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>fedibell::Ledger</name>
    <message>
        <source>The saved state %1 was unreadable (%2); it was moved to %3 and Fedibell starts afresh.</source>
        <translation>保存された状態 %1 を読み込めませんでした (%2)。%3 に移動し、最初からやり直します。</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>不明な形式のバージョン</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::NotificationCenter</name>
    <message>
        <source> (to %1)</source>
        <translation> (%1 宛て)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While you were away: %n messages from %1</source>
        <translation>
            <numerusform>不在の間に %1 から %n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new direct messages from %1</source>
        <translation>
            <numerusform>%1 から %n 件の新しいダイレクトメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>New direct message</source>
        <translation>新しいダイレクトメッセージ</translation>
    </message>
    <message>
        <source>Sent you a direct message.</source>
        <translation>ダイレクトメッセージが届きました。</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>閲覧注意: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n 件の新しいメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>新しいメッセージリクエスト</translation>
    </message>
    <message>
        <source>Message request from %1</source>
        <extracomment>A direct message the server filtered, from someone the user does not follow</extracomment>
        <translation>%1 からのメッセージリクエスト</translation>
    </message>
</context>
<context>
    <name>fedibell::ReadMarker</name>
    <message>
        <source>The access token lacks the &quot;write:conversations&quot; scope, so Fedibell cannot mark conversations as read.</source>
        <translation>アクセストークンに「write:conversations」スコープがないため、会話を既読にできません。</translation>
    </message>
</context>
<context>
    <name>fedibell::RepeatFolder</name>
    <message>
        <source>... %1 more like this</source>
        <extracomment>%1 is a count with the locale&apos;s digit grouping (&quot;2,999,999&quot;)</extracomment>
        <translation>... 同様のものがさらに %1 件</translation>
    </message>
</context>
<context>
    <name>fedibell::RestClient</name>
    <message>
        <source>The server pointed to another site (%1); not following it.</source>
        <translation>サーバーが別のサイト (%1) を指しているため、たどりません。</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>%1 からの応答が大きすぎます。</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>サーバーがアクセストークンを拒否しました。</translation>
    </message>
    <message>
        <source>The access token is not allowed to use %1.</source>
        <translation>このアクセストークンでは %1 を使用できません。</translation>
    </message>
    <message>
        <source>%1 does not exist on this server.</source>
        <translation>このサーバーに %1 はありません。</translation>
    </message>
    <message>
        <source>The server asks to slow down (rate limit).</source>
        <translation>サーバーからリクエストを減らすよう求められました (レート制限)。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate or TLS error); refusing to continue.</source>
        <translation>%1 との安全な接続に失敗しました (証明書または TLS のエラー)。処理を中止します。</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>%2 に対してサーバーが %1 を返しました。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The server sent something that is not JSON for %1.</source>
        <translation>%1 に対してサーバーが JSON ではないデータを返しました。</translation>
    </message>
    <message>
        <source>The server sent an answer for %1 that cannot be read.</source>
        <translation>サーバーが %1 に対して読み取れない応答を送信しました。</translation>
    </message>
</context>
<context>
    <name>fedibell::SecretStore</name>
    <message>
        <source>Stored safely.</source>
        <translation>安全に保存しました。</translation>
    </message>
    <message>
        <source>No saved access token was found.</source>
        <translation>保存されたアクセストークンが見つかりません。</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (it usually unlocks when you log in) and try again.</source>
        <translation>キーリングがロックされています。ロックを解除してから (通常はログイン時に解除されます) やり直してください。</translation>
    </message>
    <message>
        <source>No keyring service is running, so the access token cannot be stored safely. Install and start one (for example GNOME Keyring or KWallet).</source>
        <translation>キーリングサービスが動作していないため、アクセストークンを安全に保存できません。GNOME Keyring や KWallet などをインストールして起動してください。</translation>
    </message>
    <message>
        <source>The keyring did not work.</source>
        <translation>キーリングが機能しませんでした。</translation>
    </message>
    <message>
        <source>The keyring did not answer; it may be locked or waiting for a password.</source>
        <translation>キーリングが応答しません。ロックされているか、パスワードの入力を待っている可能性があります。</translation>
    </message>
</context>
<context>
    <name>fedibell::SettingsDialog</name>
    <message>
        <source>Paste the access token first.</source>
        <translation>先にアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Found %1 (version %2); its streaming service works, so messages arrive the moment they are sent.</source>
        <translation>%1 (バージョン %2) が見つかりました。ストリーミングサービスが動作しているので、メッセージは送信と同時に届きます。</translation>
    </message>
    <message>
        <source>Found %1 (version %2), but its streaming service does not answer: Fedibell will check for messages every 30 to 60 seconds instead.</source>
        <translation>%1 (バージョン %2) が見つかりましたが、ストリーミングサービスが応答しません。代わりに 30〜60 秒ごとにメッセージを確認します。</translation>
    </message>
    <message>
        <source>Could not find a Mastodon instance there: %1</source>
        <translation>そこに Mastodon インスタンスが見つかりませんでした: %1</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow Fedibell.</source>
        <translation>ブラウザーで続けてください: %1 にログインして Fedibell を許可してください。</translation>
    </message>
    <message>
        <source>Checking the access token...</source>
        <translation>アクセストークンを確認中…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>%1 として接続しました。</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>検出: %1</translation>
    </message>
    <message>
        <source>Discovery: streaming at %1</source>
        <translation>検出: ストリーミングは %1</translation>
    </message>
    <message>
        <source>Streaming health: OK</source>
        <translation>ストリーミングの状態: 正常</translation>
    </message>
    <message>
        <source>Streaming health: not answering</source>
        <translation>ストリーミングの状態: 応答なし</translation>
    </message>
    <message>
        <source>Identity: paste an access token to test it</source>
        <translation>本人確認: テストするにはアクセストークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>本人確認: %1</translation>
    </message>
    <message>
        <source>Streaming handshake: connected</source>
        <translation>ストリーミング接続: 接続しました</translation>
    </message>
    <message>
        <source>Streaming handshake: %1</source>
        <translation>ストリーミング接続: %1</translation>
    </message>
</context>
<context>
    <name>fedibell::SingleInstance</name>
    <message>
        <source>Fedibell cannot use the folder %1: %2</source>
        <translation>Fedibell はフォルダー %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>Fedibell cannot create the folder %1: %2</source>
        <translation>Fedibell はフォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is a symbolic link, not a folder.</source>
        <translation>Fedibell は実行中のコピーとの通信に %1 を使用しません: フォルダーではなくシンボリックリンクです。</translation>
    </message>
    <message>
        <source>Fedibell does not use %1 for talking to its running copy: it is not a folder.</source>
        <translation>Fedibell は実行中のコピーとの通信に %1 を使用しません: フォルダーではありません。</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: it belongs to another user.</source>
        <translation>Fedibell は実行中のコピーとの通信にフォルダー %1 を使用しません: 別のユーザーのものです。</translation>
    </message>
    <message>
        <source>Fedibell does not use the folder %1 for talking to its running copy: others may use it (mode %2 instead of 0700).</source>
        <extracomment>%2 is the folder&apos;s access mode in octal, e.g. 0755</extracomment>
        <translation>Fedibell は実行中のコピーとの通信にフォルダー %1 を使用しません: 他のユーザーも使用できます (モードが 0700 ではなく %2)。</translation>
    </message>
    <message>
        <source>Fedibell cannot listen on %1: %2</source>
        <translation>Fedibell は %1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>fedibell::StatusWindow</name>
    <message>
        <source>Fedibell status</source>
        <translation>Fedibell の状態</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後のメッセージ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近の動作</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamConnection</name>
    <message>
        <source>The connection went silent (no answer to a ping).</source>
        <translation>接続が応答しなくなりました (ping に応答がありません)。</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>安全な接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>接続が拒否されました。</translation>
    </message>
    <message>
        <source>The server closed the connection (code %1%2).</source>
        <extracomment>%1 is a WebSocket close code, %2 empty or &quot;: &quot; and the server&apos;s reason</extracomment>
        <translation>サーバーが接続を閉じました (コード %1%2)。</translation>
    </message>
    <message>
        <source>The connection to the streaming server was lost.</source>
        <translation>ストリーミングサーバーとの接続が切れました。</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MB.</source>
        <translation>サーバーが %1 MB を超えるメッセージを送信しました。</translation>
    </message>
</context>
<context>
    <name>fedibell::StreamKeeper</name>
    <message>
        <source>the instance&apos;s streaming service is not available</source>
        <translation>インスタンスのストリーミングサービスを利用できません</translation>
    </message>
    <message>
        <source>the streaming server refused the subscription</source>
        <translation>ストリーミングサーバーが購読を拒否しました</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>コンピューターがスリープに入ります</translation>
    </message>
    <message>
        <source>no network connection</source>
        <translation>ネットワーク接続がありません</translation>
    </message>
</context>
<context>
    <name>fedibell::TokenCheck</name>
    <message>
        <source>Without &quot;read:statuses&quot; Fedibell cannot see direct messages at all.</source>
        <translation>「read:statuses」がないと、ダイレクトメッセージを一切確認できません。</translation>
    </message>
    <message>
        <source>Without &quot;read:notifications&quot; Fedibell cannot catch up on every message of a conversation, nor tell you about mentions.</source>
        <translation>「read:notifications」がないと、会話のすべてのメッセージを取得することも、メンションを通知することもできません。</translation>
    </message>
    <message>
        <source>Without &quot;read:accounts&quot; Fedibell cannot tell whose account this is.</source>
        <translation>「read:accounts」がないと、誰のアカウントか判別できません。</translation>
    </message>
    <message>
        <source>Without &quot;write:conversations&quot; &quot;Mark as read&quot; does not work.</source>
        <translation>「write:conversations」がないと、「既読にする」が機能しません。</translation>
    </message>
    <message>
        <source>The instance does not accept this access token. Check that it was copied whole and not revoked.</source>
        <translation>インスタンスがこのアクセストークンを受け付けません。全体がコピーされているか、無効化されていないか確認してください。</translation>
    </message>
    <message>
        <source>The instance sent an unusable answer about the account.</source>
        <translation>インスタンスからのアカウント情報を利用できませんでした。</translation>
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
        <translation>最後のメッセージ: %1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>アカウントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n unread direct messages</source>
        <translation>
            <numerusform>未読のダイレクトメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>通知を一時停止中</translation>
    </message>
    <message>
        <source>No direct messages yet</source>
        <translation>ダイレクトメッセージはまだありません</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>通知を一時停止</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Status and log...</source>
        <translation>状態とログ…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Message requests (%1)</source>
        <extracomment>Direct messages filtered by the server, from people the user does not follow</extracomment>
        <translation>メッセージリクエスト (%1)</translation>
    </message>
    <message>
        <source>Open message requests</source>
        <translation>メッセージリクエストを開く</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>ネットワーク接続がありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the state (&quot;offline&quot;), %2 why in a few words (&quot;no network connection&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No network connection: Fedibell connects again when it is back</source>
        <translation>ネットワーク接続がありません。接続が戻ると Fedibell は再接続します</translation>
    </message>
</context>
<context>
    <name>fedibell::TrayMessageNotifications</name>
    <message>
        <source>The tray cannot show messages.</source>
        <translation>トレイはメッセージを表示できません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This program only runs with --headless.</source>
        <translation>このプログラムは --headless でのみ動作します。</translation>
    </message>
    <message>
        <source>Fedibell is not running.</source>
        <translation>Fedibell は実行されていません。</translation>
    </message>
</context>
</TS>
