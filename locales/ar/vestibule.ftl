### Arabic (ar) texts of vestibule.

## This language, as the language switcher shows it (written in this language itself).
locale-name = العربية

## Every page

language-switcher-label = اللغة
language-switcher-submit = تغيير اللغة
page-title = { $title } · { $app }
flow-links-label = خيارات أخرى

## Start page (home)

home-title = حسابك
home-signed-in-as = أنت مسجّل الدخول باسم { $identifier }.
home-addresses-heading = عناوينك
home-address-verified = تم التحقق منه
home-address-unverified = لم يتم التحقق منه
home-address-verify = تحقّق
home-security-heading = طريقة حماية حسابك
home-security-password-set = كلمة المرور: مُعدّة
home-security-password-not-set = كلمة المرور: غير مُعدّة
home-security-second-factor-on = المصادقة الثنائية: مفعّلة
home-security-second-factor-off = المصادقة الثنائية: غير مفعّلة
home-security-app-set-up = تطبيق المصادقة: مُعدّ
home-security-app-not-set-up = تطبيق المصادقة: غير مُعدّ
home-security-keys = مفاتيح الأمان: { $count }
home-security-passkeys = مفاتيح المرور: { $count }
home-security-recovery-codes-left = رموز الاسترداد الاحتياطية المتبقية: { $count }
home-security-recovery-codes-none = رموز الاسترداد الاحتياطية المتبقية: لم يتم إعدادها
home-settings = إعدادات الحساب
home-apps = التطبيقات المرتبطة
home-sessions = الأجهزة التي سجّلت الدخول عليها
sign-out = تسجيل الخروج
home-second-factor-title = خطوة واحدة أخرى
home-second-factor-text = يستخدم حسابك المصادقة الثنائية. أكمِل الخطوة الثانية لإتمام تسجيل الدخول.
continue = متابعة
home-welcome-title = مرحبًا
home-signed-out-text = لم تسجّل الدخول.
sign-in = تسجيل الدخول
create-account = إنشاء حساب
back-to-account = العودة إلى حسابك

## Sign-in, sign-up, recovery, verification and settings pages (Kratos flows)

login-title = تسجيل الدخول
login-second-factor-title = المصادقة الثنائية
login-second-factor-lead = أكّد هويتك باستخدام طريقة المصادقة الثانية التي أعددتها.
login-refresh-title = تأكيد هويتك
login-refresh-lead = يُرجى تسجيل الدخول مرة أخرى للمتابعة.
login-new-here = مستخدم جديد؟
login-phone-prompt = هل لديك هاتف جوّال؟
login-phone-link = تسجيل الدخول عبر رسالة نصية
login-forgot-password = هل نسيت كلمة المرور؟
recover-account = استرداد حسابك
flow-continue-to = للمتابعة إلى { $client }
registration-title = إنشاء حساب
registration-have-account = هل لديك حساب بالفعل؟
recovery-title = استرداد حسابك
recovery-lead = سنرسل إليك رمزًا عبر البريد الإلكتروني لتسجيل الدخول وتعيين كلمة مرور جديدة.
recovery-remembered = هل تذكّرت كلمة المرور؟
back-to-sign-in = العودة إلى تسجيل الدخول
verification-title = التحقق من عنوان بريدك الإلكتروني
verification-not-now = ليس الآن؟
verification-skip = تخطي التحقق حاليًا
settings-title = إعدادات الحساب
flow-image-alt = صورة
flow-identifier-label = البريد الإلكتروني أو رقم الهاتف

## Headings of the sections of the settings page, one per sign-in method

group-password = كلمة المرور
group-code = رمز لمرة واحدة
group-oidc = تسجيل الدخول باستخدام حساب آخر
group-webauthn = مفاتيح الأمان
group-passkey = مفاتيح المرور
group-totp = تطبيق المصادقة
group-lookup-secret = رموز الاسترداد الاحتياطية
group-profile = الملف الشخصي
group-link = رابط الاسترداد

## Sign-in by text message

phone-title = تسجيل الدخول باستخدام هاتفك
phone-lead = سنرسل إليك رمزًا في رسالة نصية. مستخدم جديد؟ سيتم إنشاء حسابك عند تأكيد الرمز.
phone-label = رقم الهاتف
phone-other-way = هل تفضّل طريقة أخرى؟
phone-error-format = أدخِل الرقم بالصيغة الدولية، بدءًا بالعلامة + ثم رمز البلد، مثل +966 50 123 4567.
phone-error-country = تسجيل الدخول عبر رسالة نصية غير متاح للأرقام من هذا البلد. سجّل الدخول بطريقة أخرى.
phone-error-unusable = لا يمكن استخدام هذا الرقم لتسجيل الدخول. تحقّق منه، أو سجّل الدخول بطريقة أخرى.
phone-needs-app = يبدأ تسجيل الدخول عبر رسالة نصية من التطبيق أو الموقع الذي تسجّل الدخول إليه: ارجع إليه واختره من جديد.
phone-needs-app-account = هل لديك حساب برقم هاتفك بالفعل؟ سجّل الدخول برمز من صفحة تسجيل الدخول.
phone-to-sign-in = الانتقال إلى صفحة تسجيل الدخول
phone-limited-client = تكرّرت محاولات تسجيل الدخول عبر رسالة نصية من شبكتك مرات كثيرة جدًا. حاول مرة أخرى بعد { $wait }.
phone-limited-number = طُلبت رموز كثيرة جدًا لهذا الرقم. حاول مرة أخرى بعد { $wait }.
phone-limited-prefix = جُرّبت أرقام كثيرة جدًا مشابهة لهذا الرقم. حاول مرة أخرى بعد { $wait }.
phone-limited-sign-in = إذا كان لديك حساب بهذا الرقم، فلا يزال بإمكانك تسجيل الدخول الآن: ترسل لك صفحة تسجيل الدخول رمزًا في رسالة نصية، ويمكنك كتابة رمز وصلك بالفعل حيث طلبته.
phone-limited-sign-in-link = تسجيل الدخول برمز
phone-limits-unavailable = تسجيل الدخول عبر رسالة نصية غير متاح الآن. حاول مرة أخرى بعد دقيقة، أو سجّل الدخول بطريقة أخرى.

## Consent: an application asks for access to the account

consent-title = السماح بالوصول
consent-logo-alt = شعار { $client }
consent-heading = يريد { $client } الوصول إلى حسابك
consent-signed-in-as = مسجّل الدخول باسم { $identifier }
consent-legend = سيسمح هذا لـ { $client } بما يلي:
consent-required = (مطلوب)
consent-scope-unknown = الإذن { $scope }
consent-audiences = سيتمكن { $client } من استخدام هذا الوصول مع:
consent-remember = تذكُّر هذا القرار
consent-allow = سماح
consent-deny = رفض
consent-privacy-policy = سياسة الخصوصية
consent-terms-of-service = بنود الخدمة

## Permissions (OAuth2 scopes), as the consent and connected-apps pages describe them

scope-openid-title = تسجيل دخولك
scope-openid-description = تأكيد هويتك باستخدام حسابك.
scope-offline-title = البقاء متصلًا
scope-offline-description = الاحتفاظ بالوصول أثناء عدم استخدامك للتطبيق، إلى أن تلغيه.
scope-email-title = عنوان بريدك الإلكتروني
scope-email-description = الاطلاع على عنوان بريدك الإلكتروني ومعرفة ما إذا كان قد تم التحقق منه.
scope-profile-title = ملفك الشخصي
scope-profile-description = الاطلاع على اسمك وتفاصيل ملفك الشخصي الأساسية، مثل اسم المستخدم والصورة.
scope-phone-title = رقم هاتفك
scope-phone-description = الاطلاع على رقم هاتفك ومعرفة ما إذا كان قد تم التحقق منه.
scope-address-title = عنوانك البريدي
scope-address-description = الاطلاع على العنوان البريدي المسجّل في حسابك.

## Connected apps

apps-title = التطبيقات المرتبطة
apps-intro = التطبيقات التي سمحت لها باستخدام حسابك. تؤدي إزالة وصول أحد التطبيقات إلى تسجيل خروجه منه، وسيطلب منك الإذن مرة أخرى.
apps-none = لا يملك أي تطبيق حق الوصول إلى حسابك.
apps-can = يمكنه:
apps-allowed-on = تم السماح في { $date }.
apps-remembered-no = لم يتم تذكّر القرار: سيطلب التطبيق الإذن مرة أخرى في المرة القادمة.
apps-remembered-until-revoked = سيتم تذكّر القرار إلى أن تزيله.
apps-remembered-until = سيتم تذكّر القرار حتى { $date }.
apps-remove = إزالة وصول { $client }

## Where you are signed in (sessions)

sessions-title = الأجهزة التي سجّلت الدخول عليها
sessions-this-browser = هذا المتصفح
sessions-signed-in-on-with = تم تسجيل الدخول في { $date } باستخدام { $methods }.
sessions-signed-in-on = تم تسجيل الدخول في { $date }.
sessions-from-location = من { $address } ({ $location }).
sessions-from = من { $address }.
sessions-sign-out-device = تسجيل الخروج من { $device }
sessions-sign-out-others = تسجيل الخروج من جميع الأجهزة الأخرى
sessions-unknown-device = جهاز غير معروف
device-browser-on-os = { $browser } على { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = كمبيوتر مكتبي
device-kind-phone = هاتف
device-kind-mobile-phone = هاتف جوّال
device-kind-device = جهاز
device-kind-crawler = زاحف ويب
method-password = كلمة المرور
method-code = رمز لمرة واحدة
method-totp = تطبيق المصادقة
method-lookup-secret = رمز الاسترداد الاحتياطي
method-webauthn = مفتاح الأمان
method-passkey = مفتاح المرور
method-oidc = حساب آخر
method-recovery = استرداد الحساب

## Sign out

logout-title = تسجيل الخروج
logout-heading = هل تريد تسجيل الخروج؟
logout-client-asks = يطلب { $client } تسجيل خروجك.
logout-application-asks = يطلب أحد التطبيقات تسجيل خروجك.
logout-everywhere = سيتم تسجيل خروجك من جميع التطبيقات التي تستخدم هذا الحساب في هذا المتصفح.
logout-yes = نعم، سجّل خروجي
logout-no = لا، أبقِني مسجّل الدخول
logout-here = سيتم تسجيل خروجك من هذا الحساب هنا، وستطلب منك التطبيقات تسجيل الدخول مرة أخرى.
cancel = إلغاء

## Error pages

error-status-reference = الخطأ { $status } · المرجع { $reference }
error-code = الخطأ { $code }
error-go-to-start = الانتقال إلى الصفحة الرئيسية
error-try-again = إعادة المحاولة
error-flow-loop-title = تسجيل الدخول لا يعمل حاليًا
error-flow-loop = أُعيد توجيه متصفحك ذهابًا وإيابًا دون الوصول إلى أي مكان، لذا أوقفنا العملية. المشكلة من جهتنا وليست من جهتك. يُرجى المحاولة مرة أخرى لاحقًا.
error-unavailable-title = تسجيل الدخول غير متاح مؤقتًا
error-hydra-unavailable = خدمة التفويض لا تستجيب. يُرجى المحاولة مرة أخرى بعد قليل.
error-kratos-unavailable = خدمة الهوية لا تستجيب. يُرجى المحاولة مرة أخرى بعد قليل.
error-not-found-title = الصفحة غير موجودة
error-not-found = هذا الرابط غير صالح أو سبق استخدامه. ابدأ من جديد من التطبيق الذي كنت تسجّل الدخول إليه.
error-bad-request-title = لا يمكن معالجة هذا الطلب
error-bad-request = الرابط أو النموذج الذي استخدمته غير مكتمل أو بصيغة غير صحيحة. ابدأ من جديد من التطبيق الذي كنت تسجّل الدخول إليه.
error-forbidden-title = تم رفض هذا الطلب
error-forbidden = تعذّر التحقق من صحة النموذج. أعِد تحميل الصفحة وحاول مرة أخرى.
error-timeout-title = استغرق الطلب وقتًا طويلًا جدًا
error-timeout = لم يُكمل متصفحك إرسال النموذج في الوقت المحدد. يُرجى المحاولة مرة أخرى.
error-too-large-title = الطلب كبير جدًا
error-too-large = أرسل النموذج بيانات أكثر مما يمكن استيعابه. أعِد تحميل الصفحة وحاول مرة أخرى.
error-headers-too-large = أرسل متصفحك ملفات تعريف ارتباط أكثر مما يقبله هذا الموقع. امسح ملفات تعريف الارتباط لهذا الموقع وحاول مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many = تكرّرت محاولات تسجيل الدخول عبر رسالة نصية مرات كثيرة جدًا. حاول مرة أخرى بعد { $wait }، أو سجّل الدخول بطريقة أخرى.
wait-seconds =
    { $count ->
        [zero] { $count } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $count } ثوانٍ
        [many] { $count } ثانية
       *[other] { $count } ثانية
    }
wait-minutes =
    { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
error-internal-title = حدث خطأ ما
error-internal = حدث خطأ غير متوقع. يُرجى المحاولة مرة أخرى؛ وإذا استمرت المشكلة، فتواصل مع مشغّل الخدمة مع ذكر المرجع أدناه.
error-request-not-completed = تعذّر إكمال الطلب.
kratos-error-return-to-title = لا يمكن متابعة هذا الرابط
kratos-error-return-to = أراد الرابط أن ينقلك إلى عنوان لا يسمح به هذا الموقع. ابدأ من جديد من التطبيق الذي كنت تريد تسجيل الدخول إليه.
kratos-error-expired-title = انتهت صلاحية النموذج
kratos-error-expired = استغرق الإكمال وقتًا أطول من المسموح به. يُرجى البدء من جديد.
kratos-error-csrf-title = تعذّر التحقق من النموذج
kratos-error-csrf = يحدث هذا عندما تكون ملفات تعريف الارتباط محظورة، أو عندما يُفتح النموذج في علامة تبويب أو متصفح آخر. اسمح بملفات تعريف الارتباط لهذا الموقع وابدأ من جديد.
kratos-error-identity-mismatch-title = هذا الرابط لشخص آخر
kratos-error-identity-mismatch = فُتح في متصفح مسجَّل الدخول إلى حساب آخر. سجّل الخروج، ثم افتح الرابط مرة أخرى.
kratos-error-signed-in-title = أنت مسجَّل الدخول بالفعل
kratos-error-signed-in = انتقل إلى حسابك، أو سجّل الخروج أولًا لاستخدام حساب آخر.
kratos-error-signed-out-title = لم تسجّل الدخول
kratos-error-signed-out = سجّل الدخول، ثم حاول مرة أخرى.
kratos-error-sign-in-again-title = سجّل الدخول مرة أخرى للمتابعة
kratos-error-sign-in-again = يتطلب هذا تسجيل دخول حديثًا أو عاملك الثاني. سجّل الدخول مرة أخرى، ثم حاول مجددًا.
kratos-error-address-not-verified-title = تحقّق من عنوانك أولًا
kratos-error-address-not-verified = أكّد عنوان بريدك الإلكتروني بالرابط أو الرمز الذي أُرسل إليك، ثم سجّل الدخول.
kratos-error-disabled-title = هذا غير متاح
kratos-error-disabled = لا يقدّم هذا الموقع هذه الميزة. ابدأ من جديد من التطبيق الذي كنت تريد تسجيل الدخول إليه.

## Errors an application reports after sign-in (OAuth2 error codes)

oauth2-error-failed-title = تعذّر إكمال تسجيل الدخول
oauth2-error-access-denied-title = لم يتم منح حق الوصول
oauth2-error-access-denied = تم رفض الطلب، لذا لم يحصل التطبيق على حق الوصول إلى حسابك.
oauth2-error-login-required-title = يُرجى تسجيل الدخول
oauth2-error-login-required = يتطلب التطبيق تسجيل دخولك. عُد إليه وابدأ من جديد.
oauth2-error-consent-required-title = إذنك مطلوب
oauth2-error-consent-required = يتطلب التطبيق أن تسمح له بالوصول. عُد إليه وابدأ من جديد.
oauth2-error-invalid-client = التطبيق غير مسجّل بشكل صحيح لتسجيل الدخول. يُرجى التواصل مع مشغّله.
oauth2-error-invalid-scope = طلب التطبيق وصولًا غير متاح. يُرجى التواصل مع مشغّله.
oauth2-error-invalid-request = طلب تسجيل الدخول الذي أرسله التطبيق غير صالح. عُد إليه وابدأ من جديد؛ وإذا استمرت المشكلة، فتواصل مع مشغّله.
oauth2-error-unavailable = تعذّر على خدمة التفويض إكمال الطلب. يُرجى المحاولة مرة أخرى بعد قليل.
oauth2-error-other = تعذّر إكمال طلب التطبيق. عُد إليه وابدأ من جديد.

## Titles of the fields of the identity schema

trait-e-mail = البريد الإلكتروني
trait-phone-number = رقم الهاتف
trait-name = الاسم
trait-first-name = الاسم الأول
trait-last-name = اسم العائلة

client-unnamed = تطبيق
