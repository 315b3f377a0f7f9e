### Simplified Chinese (zh-Hans) texts of vestibule.

## This language, as the language switcher shows it (written in this language itself).
locale-name = 简体中文

## Every page

language-switcher-label = 语言
language-switcher-submit = 更改语言
page-title = { $title } · { $app }
flow-links-label = 其他选项

## Start page (home)

home-title = 您的账号
home-signed-in-as = 您已以 { $identifier } 的身份登录。
home-addresses-heading = 您的地址
home-address-verified = 已验证
home-address-unverified = 未验证
home-address-verify = 验证
home-security-heading = 账号安全保护
home-security-password-set = 密码：已设置
home-security-password-not-set = 密码：未设置
home-security-second-factor-on = 两步验证：已开启
home-security-second-factor-off = 两步验证：未开启
home-security-app-set-up = 身份验证器应用：已设置
home-security-app-not-set-up = 身份验证器应用：未设置
home-security-keys = 安全密钥：{ $count }
home-security-passkeys = 通行密钥：{ $count }
home-security-recovery-codes-left = 剩余备用恢复码：{ $count }
home-security-recovery-codes-none = 剩余备用恢复码：未设置
home-settings = 账号设置
home-apps = 已关联的应用
home-sessions = 已登录的设备
sign-out = 退出登录
home-second-factor-title = 还差一步
home-second-factor-text = 您的账号已开启两步验证。请完成第二步验证以完成登录。
continue = 继续
home-welcome-title = 欢迎
home-signed-out-text = 您尚未登录。
sign-in = 登录
create-account = 创建账号
back-to-account = 返回您的账号

## Sign-in, sign-up, recovery, verification and settings pages (Kratos flows)

login-title = 登录
login-second-factor-title = 两步验证
login-second-factor-lead = 请使用您设置的第二步验证方式确认是您本人。
login-refresh-title = 确认是您本人
login-refresh-lead = 请重新登录以继续。
login-new-here = 初次使用？
login-phone-prompt = 有手机？
login-phone-link = 通过短信登录
login-forgot-password = 忘记密码？
recover-account = 找回账号
flow-continue-to = 继续使用 { $client }
registration-title = 创建账号
registration-have-account = 已有账号？
recovery-title = 找回账号
recovery-lead = 我们将通过电子邮件向您发送验证码，用于登录并设置新密码。
recovery-remembered = 想起密码了？
back-to-sign-in = 返回登录
verification-title = 验证您的电子邮件地址
verification-not-now = 现在不方便？
verification-skip = 暂时跳过验证
settings-title = 账号设置
flow-image-alt = 图片
flow-identifier-label = 电子邮件地址或电话号码

## Headings of the sections of the settings page, one per sign-in method

group-password = 密码
group-code = 一次性验证码
group-oidc = 使用其他账号登录
group-webauthn = 安全密钥
group-passkey = 通行密钥
group-totp = 身份验证器应用
group-lookup-secret = 备用恢复码
group-profile = 个人资料
group-link = 找回链接

## Sign-in by text message

phone-title = 使用手机登录
phone-lead = 我们将通过短信向您发送验证码。初次使用？确认验证码后即会为您创建账号。
phone-label = 电话号码
phone-other-way = 想使用其他方式？
phone-error-format = 请以国际格式输入号码，以 + 和国家/地区代码开头，例如 +86 138 0013 8000。
phone-error-country = 此国家/地区的号码不支持短信登录。请使用其他方式登录。
phone-error-unusable = 此号码无法用于登录。请检查号码，或使用其他方式登录。
phone-needs-app = 短信登录需从你要登录的应用或网站开始：请返回那里并重新选择。
phone-needs-app-account = 已有使用该手机号码的账户？请在登录页面使用验证码登录。
phone-to-sign-in = 前往登录页面
phone-limited-client = 你的网络中短信登录的尝试次数过多。请在 { $wait }后重试。
phone-limited-number = 该号码请求的验证码过多。请在 { $wait }后重试。
phone-limited-prefix = 尝试的相似号码过多。请在 { $wait }后重试。
phone-limited-sign-in = 如果你已有使用该号码的账户，现在仍可登录：登录页面会通过短信向你发送验证码，已收到的验证码可以在请求它的页面输入。
phone-limited-sign-in-link = 使用验证码登录
phone-limits-unavailable = 短信登录暂时不可用。请一分钟后重试，或使用其他方式登录。

## Consent: an application asks for access to the account

consent-title = 允许访问
consent-logo-alt = { $client } 徽标
consent-heading = { $client } 想要访问您的账号
consent-signed-in-as = 已以 { $identifier } 的身份登录
consent-legend = 这将允许 { $client }：
consent-required = （必需）
consent-scope-unknown = 权限 { $scope }
consent-audiences = { $client } 可将此访问权限用于：
consent-remember = 记住此选择
consent-allow = 允许
consent-deny = 拒绝
consent-privacy-policy = 隐私政策
consent-terms-of-service = 服务条款

## Permissions (OAuth2 scopes), as the consent and connected-apps pages describe them

scope-openid-title = 让您登录
scope-openid-description = 通过您的账号确认您的身份。
scope-offline-title = 保持连接
scope-offline-description = 在您未使用该应用时也保持访问权限，直到您撤销为止。
scope-email-title = 您的电子邮件地址
scope-email-description = 查看您的电子邮件地址及其是否已验证。
scope-profile-title = 您的个人资料
scope-profile-description = 查看您的姓名和基本个人资料，例如用户名和头像。
scope-phone-title = 您的电话号码
scope-phone-description = 查看您的电话号码及其是否已验证。
scope-address-title = 您的邮寄地址
scope-address-description = 查看您账号中的邮寄地址。

## Connected apps

apps-title = 已关联的应用
apps-intro = 以下是您已允许使用您账号的应用。移除某个应用的访问权限后，该应用将退出登录，并会再次征求您的许可。
apps-none = 没有应用可以访问您的账号。
apps-can = 可以：
apps-allowed-on = 于 { $date } 授权。
apps-remembered-no = 未记住：下次该应用会再次征求您的许可。
apps-remembered-until-revoked = 将一直记住，直到您移除为止。
apps-remembered-until = 记住至 { $date }。
apps-remove = 移除 { $client } 的访问权限

## Where you are signed in (sessions)

sessions-title = 已登录的设备
sessions-this-browser = 此浏览器
sessions-signed-in-on-with = 于 { $date } 通过 { $methods } 登录。
sessions-signed-in-on = 于 { $date } 登录。
sessions-from-location = 来自 { $address }（{ $location }）。
sessions-from = 来自 { $address }。
sessions-sign-out-device = 在 { $device } 上退出登录
sessions-sign-out-others = 在所有其他设备上退出登录
sessions-unknown-device = 未知设备
device-browser-on-os = { $os } 上的 { $browser }
device-with-kind = { $device }（{ $kind }）
device-kind-desktop = 桌面设备
device-kind-phone = 手机
device-kind-mobile-phone = 移动电话
device-kind-device = 设备
device-kind-crawler = 网络爬虫
method-password = 密码
method-code = 一次性验证码
method-totp = 身份验证器应用
method-lookup-secret = 备用恢复码
method-webauthn = 安全密钥
method-passkey = 通行密钥
method-oidc = 其他账号
method-recovery = 账号找回

## Sign out

logout-title = 退出登录
logout-heading = 要退出登录吗？
logout-client-asks = { $client } 请求将您退出登录。
logout-application-asks = 某个应用请求将您退出登录。
logout-everywhere = 您将在此浏览器中退出所有使用此账号的应用。
logout-yes = 是，退出登录
logout-no = 否，保持登录
logout-here = 您将在此处退出此账号，各应用会要求您重新登录。
cancel = 取消

## Error pages

error-status-reference = 错误 { $status } · 参考编号 { $reference }
error-code = 错误 { $code }
error-go-to-start = 前往首页
error-try-again = 重试
error-flow-loop-title = 登录暂时无法使用
error-flow-loop = 您的浏览器在页面之间来回跳转而无法继续，因此我们已停止。这是我们这边的问题，与您无关。请稍后再试。
error-unavailable-title = 登录服务暂时不可用
error-hydra-unavailable = 授权服务没有响应，请稍后重试。
error-kratos-unavailable = 身份服务没有响应，请稍后重试。
error-not-found-title = 找不到页面
error-not-found = 此链接无效或已被使用。请从您要登录的应用重新开始。
error-bad-request-title = 无法处理此请求
error-bad-request = 您使用的链接或表单不完整或格式有误。请从您要登录的应用重新开始。
error-forbidden-title = 此请求已被拒绝
error-forbidden = 无法验证表单。请重新加载页面，然后重试。
error-timeout-title = 请求超时
error-timeout = 您的浏览器未能及时完成表单发送，请重试。
error-too-large-title = 请求过大
error-too-large = 表单发送的数据超出了上限。请重新加载页面，然后重试。
error-headers-too-large = 您的浏览器发送的 Cookie 超出了本网站可接受的数量。请清除本网站的 Cookie，然后重试。
error-too-many-title = 尝试次数过多
error-too-many = 短信登录的尝试次数过多。请在 { $wait }后重试，或使用其他方式登录。
wait-seconds = { $count } 秒
wait-minutes = { $count } 分钟
error-internal-title = 出了点问题
error-internal = 发生意外错误。请重试；如果问题仍然存在，请提供下方的参考编号并联系服务运营方。
error-request-not-completed = 无法完成该请求。
kratos-error-return-to-title = 此链接无法继续
kratos-error-return-to = 此链接想把你转到本网站不允许的地址。请从你要登录的应用程序重新开始。
kratos-error-expired-title = 表单已过期
kratos-error-expired = 完成所用的时间超过了允许的时长。请重新开始。
kratos-error-csrf-title = 无法验证表单
kratos-error-csrf = 当 Cookie 被阻止，或表单在另一个标签页或浏览器中打开时，就会出现这种情况。请允许本网站的 Cookie，然后重新开始。
kratos-error-identity-mismatch-title = 此链接是给其他人的
kratos-error-identity-mismatch = 它是在已登录另一个账户的浏览器中打开的。请先退出登录，然后重新打开此链接。
kratos-error-signed-in-title = 你已经登录
kratos-error-signed-in = 前往你的账户，或先退出登录以使用另一个账户。
kratos-error-signed-out-title = 你尚未登录
kratos-error-signed-out = 请登录后重试。
kratos-error-sign-in-again-title = 请重新登录以继续
kratos-error-sign-in-again = 此操作需要最近的登录或你的第二重验证。请重新登录，然后再试一次。
kratos-error-address-not-verified-title = 请先验证你的地址
kratos-error-address-not-verified = 请使用收到的链接或验证码确认你的电子邮件地址，然后登录。
kratos-error-disabled-title = 此功能不可用
kratos-error-disabled = 本网站不提供此功能。请从你要登录的应用程序重新开始。

## Errors an application reports after sign-in (OAuth2 error codes)

oauth2-error-failed-title = 无法完成登录
oauth2-error-access-denied-title = 未获得访问权限
oauth2-error-access-denied = 请求已被拒绝，因此该应用未获得您账号的访问权限。
oauth2-error-login-required-title = 请登录
oauth2-error-login-required = 该应用需要您登录。请返回该应用并重新开始。
oauth2-error-consent-required-title = 需要您的许可
oauth2-error-consent-required = 该应用需要您允许访问。请返回该应用并重新开始。
oauth2-error-invalid-client = 该应用未正确注册登录服务。请联系该应用的运营方。
oauth2-error-invalid-scope = 该应用请求了不可用的访问权限。请联系该应用的运营方。
oauth2-error-invalid-request = 该应用的登录请求无效。请返回该应用并重新开始；如果问题仍然存在，请联系该应用的运营方。
oauth2-error-unavailable = 授权服务无法完成该请求，请稍后重试。
oauth2-error-other = 无法完成该应用的请求。请返回该应用并重新开始。

## Titles of the fields of the identity schema

trait-e-mail = 电子邮件
trait-phone-number = 电话号码
trait-name = 姓名
trait-first-name = 名字
trait-last-name = 姓氏

client-unnamed = 某个应用
