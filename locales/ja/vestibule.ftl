### Japanese (ja) texts of vestibule.

## This language, as the language switcher shows it (written in this language itself).
locale-name = 日本語

## Every page

language-switcher-label = 言語
language-switcher-submit = 言語を変更
page-title = { $title } · { $app }
flow-links-label = その他のオプション

## Start page (home)

home-title = アカウント
home-signed-in-as = { $identifier } としてログインしています。
home-addresses-heading = 登録済みのアドレス
home-address-verified = 確認済み
home-address-unverified = 未確認
home-address-verify = 確認する
home-security-heading = アカウントの保護状況
home-security-password-set = パスワード: 設定済み
home-security-password-not-set = パスワード: 未設定
home-security-second-factor-on = 2 段階認証: オン
home-security-second-factor-off = 2 段階認証: オフ
home-security-app-set-up = 認証アプリ: 設定済み
home-security-app-not-set-up = 認証アプリ: 未設定
home-security-keys = セキュリティ キー: { $count }
home-security-passkeys = パスキー: { $count }
home-security-recovery-codes-left = 残りのバックアップ コード: { $count }
home-security-recovery-codes-none = 残りのバックアップ コード: 未設定
home-settings = アカウント設定
home-apps = 連携中のアプリ
home-sessions = ログイン中のデバイス
sign-out = ログアウト
home-second-factor-title = あと 1 ステップです
home-second-factor-text = このアカウントでは 2 段階認証が有効になっています。ログインを完了するには、2 段階目の認証を行ってください。
continue = 続行
home-welcome-title = ようこそ
home-signed-out-text = ログインしていません。
sign-in = ログイン
create-account = アカウントを作成
back-to-account = アカウントに戻る

## Sign-in, sign-up, recovery, verification and settings pages (Kratos flows)

login-title = ログイン
login-second-factor-title = 2 段階認証
login-second-factor-lead = 設定済みの 2 段階認証の方法で、ご本人であることを確認してください。
login-refresh-title = ご本人確認
login-refresh-lead = 続行するには、もう一度ログインしてください。
login-new-here = 初めてご利用ですか？
login-phone-prompt = 携帯電話をお持ちですか？
login-phone-link = SMS でログイン
login-forgot-password = パスワードをお忘れですか？
recover-account = アカウントを復元
flow-continue-to = { $client } に進む
registration-title = アカウントを作成
registration-have-account = すでにアカウントをお持ちですか？
recovery-title = アカウントの復元
recovery-lead = ログインして新しいパスワードを設定するためのコードを、メールでお送りします。
recovery-remembered = パスワードを思い出しましたか？
back-to-sign-in = ログインに戻る
verification-title = メールアドレスの確認
verification-not-now = 後で確認しますか？
verification-skip = 今は確認をスキップ
settings-title = アカウント設定
flow-image-alt = 画像
flow-identifier-label = メールアドレスまたは電話番号

## Headings of the sections of the settings page, one per sign-in method

group-password = パスワード
group-code = ワンタイム コード
group-oidc = 別のアカウントでログイン
group-webauthn = セキュリティ キー
group-passkey = パスキー
group-totp = 認証アプリ
group-lookup-secret = バックアップ コード
group-profile = プロフィール
group-link = 復元用リンク

## Sign-in by text message

phone-title = 電話番号でログイン
phone-lead = SMS でコードをお送りします。初めてご利用の場合は、コードを確認するとアカウントが作成されます。
phone-label = 電話番号
phone-other-way = 別の方法を使用しますか？
phone-error-format = 電話番号は、+ と国番号から始まる国際形式で入力してください（例: +81 90 1234 5678）。
phone-error-country = この国の電話番号では、SMS によるログインをご利用いただけません。別の方法でログインしてください。
phone-error-unusable = この電話番号はログインに使用できません。番号を確認するか、別の方法でログインしてください。
phone-needs-app = SMS によるログインは、ログイン先のアプリやサイトから始まります。そちらに戻って、もう一度選んでください。
phone-needs-app-account = この電話番号のアカウントをすでにお持ちですか？ログインページでコードを使ってログインしてください。
phone-to-sign-in = ログインページへ
phone-limited-client = お使いのネットワークから SMS によるログインの試行回数が多すぎます。{ $wait }後にもう一度お試しください。
phone-limited-number = この番号へのコードの要求が多すぎます。{ $wait }後にもう一度お試しください。
phone-limited-prefix = この番号に似た番号が多く試されています。{ $wait }後にもう一度お試しください。
phone-limited-sign-in = この番号のアカウントをすでにお持ちの場合は、今すぐログインできます。ログインページからコードが SMS で届きます。受け取り済みのコードは、要求したページで入力できます。
phone-limited-sign-in-link = コードでログイン
phone-limits-unavailable = 現在、SMS によるログインはご利用いただけません。1 分後にもう一度お試しいただくか、別の方法でログインしてください。

## Consent: an application asks for access to the account

consent-title = アクセスの許可
consent-logo-alt = { $client } のロゴ
consent-heading = { $client } があなたのアカウントへのアクセスを求めています
consent-signed-in-as = { $identifier } としてログイン中
consent-legend = { $client } に次のことを許可します:
consent-required = （必須）
consent-scope-unknown = 権限: { $scope }
consent-audiences = { $client } は、このアクセスを次のサービスで使用できます:
consent-remember = この選択を記憶する
consent-allow = 許可
consent-deny = 拒否
consent-privacy-policy = プライバシー ポリシー
consent-terms-of-service = 利用規約

## Permissions (OAuth2 scopes), as the consent and connected-apps pages describe them

scope-openid-title = ログイン
scope-openid-description = あなたのアカウントで本人確認を行います。
scope-offline-title = 接続を維持
scope-offline-description = アプリを使用していないときも、あなたが取り消すまでアクセスを維持します。
scope-email-title = メールアドレス
scope-email-description = メールアドレスと、確認済みかどうかを参照します。
scope-profile-title = プロフィール
scope-profile-description = 名前と、ユーザー名や写真などの基本的なプロフィール情報を参照します。
scope-phone-title = 電話番号
scope-phone-description = 電話番号と、確認済みかどうかを参照します。
scope-address-title = 住所
scope-address-description = アカウントに登録されている住所を参照します。

## Connected apps

apps-title = 連携中のアプリ
apps-intro = あなたのアカウントの使用を許可したアプリです。アプリのアクセスを削除すると、そのアプリからはログアウトされ、次回は改めて許可を求められます。
apps-none = あなたのアカウントにアクセスできるアプリはありません。
apps-can = 許可されている操作:
apps-allowed-on = { $date } に許可しました。
apps-remembered-no = 記憶されていません。次回もアプリから許可を求められます。
apps-remembered-until-revoked = 削除するまで記憶されます。
apps-remembered-until = { $date } まで記憶されます。
apps-remove = { $client } のアクセスを削除

## Where you are signed in (sessions)

sessions-title = ログイン中のデバイス
sessions-this-browser = このブラウザ
sessions-signed-in-on-with = { $date } に { $methods } でログインしました。
sessions-signed-in-on = { $date } にログインしました。
sessions-from-location = 接続元: { $address }（{ $location }）
sessions-from = 接続元: { $address }
sessions-sign-out-device = { $device } からログアウト
sessions-sign-out-others = 他のすべてのデバイスからログアウト
sessions-unknown-device = 不明なデバイス
device-browser-on-os = { $os } の { $browser }
device-with-kind = { $device }（{ $kind }）
device-kind-desktop = デスクトップ
device-kind-phone = スマートフォン
device-kind-mobile-phone = 携帯電話
device-kind-device = デバイス
device-kind-crawler = クローラー
method-password = パスワード
method-code = ワンタイム コード
method-totp = 認証アプリ
method-lookup-secret = バックアップ コード
method-webauthn = セキュリティ キー
method-passkey = パスキー
method-oidc = 別のアカウント
method-recovery = アカウントの復元

## Sign out

logout-title = ログアウト
logout-heading = ログアウトしますか？
logout-client-asks = { $client } がログアウトを求めています。
logout-application-asks = アプリがログアウトを求めています。
logout-everywhere = このブラウザでこのアカウントを使用しているすべてのアプリからログアウトされます。
logout-yes = ログアウトする
logout-no = ログインしたままにする
logout-here = このブラウザでこのアカウントからログアウトします。各アプリでは再度ログインが必要になります。
cancel = キャンセル

## Error pages

error-status-reference = エラー { $status } · 参照番号 { $reference }
error-code = エラー { $code }
error-go-to-start = トップページへ
error-try-again = もう一度試す
error-flow-loop-title = 現在ログインできません
error-flow-loop = ブラウザーがページ間を行き来するだけで先に進めなかったため、処理を停止しました。お客様ではなく、こちら側の問題です。しばらくしてからもう一度お試しください。
error-unavailable-title = ログインは一時的にご利用いただけません
error-hydra-unavailable = 認可サービスが応答していません。しばらくしてから、もう一度お試しください。
error-kratos-unavailable = ID 管理サービスが応答していません。しばらくしてから、もう一度お試しください。
error-not-found-title = ページが見つかりません
error-not-found = このリンクは無効か、すでに使用されています。ログインしようとしていたアプリから、もう一度やり直してください。
error-bad-request-title = このリクエストは処理できません
error-bad-request = 使用したリンクまたはフォームが不完全か、形式が正しくありません。ログインしようとしていたアプリから、もう一度やり直してください。
error-forbidden-title = このリクエストは拒否されました
error-forbidden = フォームを検証できませんでした。ページを再読み込みして、もう一度お試しください。
error-timeout-title = リクエストがタイムアウトしました
error-timeout = ブラウザからのフォームの送信が時間内に完了しませんでした。もう一度お試しください。
error-too-large-title = リクエストが大きすぎます
error-too-large = フォームから送信されたデータが上限を超えています。ページを再読み込みして、もう一度お試しください。
error-headers-too-large = ブラウザーから送信された Cookie が、このサイトで受け付けられる量を超えています。このサイトの Cookie を削除して、もう一度お試しください。
error-too-many-title = 試行回数が多すぎます
error-too-many = SMS によるログインの試行回数が多すぎます。{ $wait }後にもう一度お試しいただくか、別の方法でログインしてください。
wait-seconds = { $count } 秒
wait-minutes = { $count } 分
error-internal-title = 問題が発生しました
error-internal = 予期しないエラーが発生しました。もう一度お試しください。問題が解決しない場合は、下記の参照番号を添えて運営者にお問い合わせください。
error-request-not-completed = リクエストを完了できませんでした。
kratos-error-return-to-title = このリンクは続行できません
kratos-error-return-to = このリンクは、このサイトが許可していないアドレスへ移動しようとしました。サインインしようとしていたアプリケーションからやり直してください。
kratos-error-expired-title = フォームの有効期限が切れました
kratos-error-expired = 完了までに許可された時間を超えました。最初からやり直してください。
kratos-error-csrf-title = フォームを確認できませんでした
kratos-error-csrf = Cookie がブロックされている場合や、フォームを別のタブやブラウザーで開いた場合に起こります。このサイトの Cookie を許可して、最初からやり直してください。
kratos-error-identity-mismatch-title = このリンクは別の人のためのものです
kratos-error-identity-mismatch = 別のアカウントでサインインしているブラウザーで開かれました。サインアウトしてから、もう一度リンクを開いてください。
kratos-error-signed-in-title = すでにサインインしています
kratos-error-signed-in = アカウントに移動するか、別のアカウントを使う場合は先にサインアウトしてください。
kratos-error-signed-out-title = サインインしていません
kratos-error-signed-out = サインインしてから、もう一度お試しください。
kratos-error-sign-in-again-title = 続けるにはもう一度サインインしてください
kratos-error-sign-in-again = この操作には、最近のサインインまたは 2 つ目の要素が必要です。もう一度サインインしてから、再度お試しください。
kratos-error-address-not-verified-title = 先にアドレスを確認してください
kratos-error-address-not-verified = 届いたリンクまたはコードでメールアドレスを確認してから、サインインしてください。
kratos-error-disabled-title = この機能は利用できません
kratos-error-disabled = このサイトではこの機能を提供していません。サインインしようとしていたアプリケーションからやり直してください。

## Errors an application reports after sign-in (OAuth2 error codes)

oauth2-error-failed-title = ログインを完了できませんでした
oauth2-error-access-denied-title = アクセスは許可されませんでした
oauth2-error-access-denied = リクエストが拒否されたため、アプリはあなたのアカウントにアクセスできませんでした。
oauth2-error-login-required-title = ログインしてください
oauth2-error-login-required = アプリを使用するにはログインが必要です。アプリに戻って、もう一度やり直してください。
oauth2-error-consent-required-title = 許可が必要です
oauth2-error-consent-required = アプリにアクセスを許可する必要があります。アプリに戻って、もう一度やり直してください。
oauth2-error-invalid-client = このアプリはログイン用に正しく登録されていません。アプリの運営者にお問い合わせください。
oauth2-error-invalid-scope = アプリが利用できないアクセスを要求しました。アプリの運営者にお問い合わせください。
oauth2-error-invalid-request = アプリからのログイン リクエストが無効です。アプリに戻ってもう一度やり直してください。問題が解決しない場合は、アプリの運営者にお問い合わせください。
oauth2-error-unavailable = 認可サービスでリクエストを完了できませんでした。しばらくしてから、もう一度お試しください。
oauth2-error-other = アプリからのリクエストを完了できませんでした。アプリに戻って、もう一度やり直してください。

## Titles of the fields of the identity schema

trait-e-mail = メールアドレス
trait-phone-number = 電話番号
trait-name = 名前
trait-first-name = 名
trait-last-name = 姓

client-unnamed = アプリケーション
