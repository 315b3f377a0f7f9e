### Simplified Chinese (zh-Hans) texts for the UI messages of Ory Kratos v1.3.1.


## Sign in

kratos-1010000 = 登录
kratos-1010001 = 登录
kratos-1010002 = 使用 { $provider } 登录
kratos-1010003 = 请先确认是您本人，然后继续操作。
kratos-1010004 = 请完成两步验证以继续。
kratos-1010005 = 验证
kratos-1010006 = 身份验证码
kratos-1010007 = 备用恢复码
kratos-1010008 = 使用安全密钥登录
kratos-1010009 = 使用身份验证器应用
kratos-1010010 = 使用备用恢复码
kratos-1010011 = 使用安全密钥登录
kratos-1010012 = 请准备好您的安全密钥或生物识别设备（如指纹识别器），然后选择“继续”。
kratos-1010013 = 继续
kratos-1010014 = 我们已向您输入的电子邮件地址发送了验证码。如果没有收到，请检查地址是否拼写正确，然后重新登录。
kratos-1010015 = 发送登录验证码
kratos-1010016 = 您尝试使用 { $duplicate_identifier } 登录，但此电子邮件地址已被另一个账号使用。请使用下方任一方式登录该账号，即可将您的 { $provider } 账号 { $duplicate_identifier } 添加为另一种登录方式。
kratos-1010017 = 登录并关联
kratos-1010018 = 通过 { $provider } 确认
kratos-1010019 = 获取验证码以继续
kratos-1010020 = 请输入用于接收验证码的地址，以确认该地址属于您。
kratos-1010021 = 使用通行密钥登录
kratos-1010022 = 使用密码登录
kratos-1010023 = 发送验证码至 { $address }


## Sign out

kratos-1020000 = 退出登录


## Two-factor authentication

kratos-1030000 = 多重身份验证


## Sign up

kratos-1040000 = 注册
kratos-1040001 = 注册
kratos-1040002 = 使用 { $provider } 注册
kratos-1040003 = 继续
kratos-1040004 = 使用安全密钥注册
kratos-1040005 = 我们已向您输入的电子邮件地址发送了验证码。如果没有收到，请检查地址是否拼写正确，然后重新注册。
kratos-1040006 = 发送注册验证码
kratos-1040007 = 使用通行密钥注册
kratos-1040008 = 返回
kratos-1040009 = 请选择登录账号的方式。


## Account settings

kratos-1050000 = 账号设置
kratos-1050001 = 您的更改已保存。
kratos-1050002 = 关联 { $provider }
kratos-1050003 = 取消关联 { $provider }
kratos-1050004 = 移除身份验证器应用
kratos-1050005 = 身份验证器应用的二维码
kratos-1050006 = { $secret }
kratos-1050007 = 显示备用恢复码
kratos-1050008 = 生成新的备用恢复码
kratos-1050009 = { $secret }
kratos-1050010 = 这些是您的备用恢复码，请妥善保管！
kratos-1050011 = 确认备用恢复码
kratos-1050012 = 添加安全密钥
kratos-1050013 = 安全密钥名称
kratos-1050014 =
    { $used_days_ago ->
        [0] 今天已使用
       *[other] { $used_days_ago } 天前已使用
    }
kratos-1050015 = { $secrets }
kratos-1050016 = 停用此方式
kratos-1050017 = 这是您的身份验证器应用密钥。如果无法扫描二维码，请在应用中手动输入此密钥。
kratos-1050018 = 移除安全密钥“{ $display_name }”
kratos-1050019 = 添加通行密钥
kratos-1050020 = 移除通行密钥“{ $display_name }”


## Account recovery

kratos-1060000 = 找回账号
kratos-1060001 = 您已找回账号。请在 { $remaining_minutes } 分钟内更改密码，或设置其他登录方式（如社交账号登录）。
kratos-1060002 = 我们已向您输入的电子邮件地址发送了找回链接。如果没有收到，请检查地址是否拼写正确，以及是否为您注册时使用的地址。
kratos-1060003 = 我们已向您输入的电子邮件地址发送了找回验证码。如果没有收到，请检查地址是否拼写正确，以及是否为您注册时使用的地址。


## Form field and button labels

kratos-1070000 = 字段
kratos-1070001 = 密码
kratos-1070002 = { $title }
kratos-1070003 = 保存
kratos-1070004 = ID
kratos-1070005 = 提交
kratos-1070006 = 提交验证码
kratos-1070007 = 电子邮件
kratos-1070008 = 重新发送验证码
kratos-1070009 = 继续
kratos-1070010 = 找回验证码
kratos-1070011 = 验证码
kratos-1070012 = 注册验证码
kratos-1070013 = 登录验证码
kratos-1070014 = 登录并关联
kratos-1070015 = 请完成 CAPTCHA 人机验证以继续。


## Address verification

kratos-1080000 = 验证您的账号
kratos-1080001 = 我们已向您输入的电子邮件地址发送了验证链接。如果没有收到，请检查地址是否拼写正确，以及是否为您注册时使用的地址。
kratos-1080002 = 您的电子邮件地址已通过验证。
kratos-1080003 = 我们已向您输入的电子邮件地址发送了验证码。如果没有收到，请检查地址是否拼写正确，以及是否为您注册时使用的地址。


## Validation errors (form input)

kratos-4000000 = 您输入的部分信息无效，请检查后重试。
kratos-4000001 = { $reason }
kratos-4000002 = “{ $property }”为必填字段。
kratos-4000003 = 请至少输入 { $min_length } 个字符（您输入了 { $actual_length } 个）。
kratos-4000004 = 此值不符合要求的格式（{ $pattern }）。
kratos-4000005 = 无法使用此密码：{ $reason }。
kratos-4000006 = 您输入的登录信息不正确。请检查密码以及用户名、电子邮件地址或电话号码是否有误。
kratos-4000007 = 使用此标识（电子邮件地址、电话号码、用户名等）的账号已存在。
kratos-4000008 = 此身份验证码无效，请重试。
kratos-4000009 = 未找到登录标识。您是否忘记填写了？服务器配置问题也可能导致此错误。
kratos-4000010 = 您的账号尚未激活。您是否已验证电子邮件地址？
kratos-4000011 = 您尚未设置身份验证器应用。
kratos-4000012 = 此备用恢复码已被使用。
kratos-4000013 = 您尚未设置安全密钥。
kratos-4000014 = 您尚未设置备用恢复码。
kratos-4000015 = 此账号不存在或未设置安全密钥。
kratos-4000016 = 此备用恢复码无效。
kratos-4000017 = 最多只能输入 { $max_length } 个字符（您输入了 { $actual_length } 个）。
kratos-4000018 = 请输入不小于 { $minimum } 的值（您输入的是 { $actual }）。
kratos-4000019 = 请输入大于 { $minimum } 的值（您输入的是 { $actual }）。
kratos-4000020 = 请输入不大于 { $maximum } 的值（您输入的是 { $actual }）。
kratos-4000021 = 请输入小于 { $maximum } 的值（您输入的是 { $actual }）。
kratos-4000022 = 请输入 { $base } 的倍数（您输入的是 { $actual }）。
kratos-4000023 = 最多只能输入 { $max_items } 项（您输入了 { $actual_items } 项）。
kratos-4000024 = 请至少输入 { $min_items } 项（您输入了 { $actual_items } 项）。
kratos-4000025 = 各项不能重复，但项 { $index_a } 与项 { $index_b } 相同。
kratos-4000026 = 此值的类型不正确：应为 { $allowed_types }，实际为 { $actual_type }。
kratos-4000027 = 使用此标识（电子邮件地址、电话号码、用户名等）的账号已存在。请登录该账号，以将您的社交账号关联到该账号。
kratos-4000028 = { $credential_identifier_hint } 已被另一个账号使用。请改为使用该账号已设置的任一登录方式登录该账号。
kratos-4000029 = 此值必须为 { $expected }。
kratos-4000030 = 不允许使用此值。
kratos-4000031 = 此密码与您的电子邮件地址、电话号码或用户名过于相似，无法使用。
kratos-4000032 = 密码长度至少为 { $min_length } 个字符（您输入了 { $actual_length } 个）。
kratos-4000033 = 密码长度最多为 { $max_length } 个字符（您输入了 { $actual_length } 个）。
kratos-4000034 = 此密码已出现在数据泄露事件中，不能再使用。请选择其他密码。
kratos-4000035 = 此账号不存在或未设置验证码登录。
kratos-4000036 = 您输入的信息与此流程中先前输入的信息不一致。
kratos-4000037 = 此账号不存在或未设置任何登录方式。
kratos-4000038 = CAPTCHA 人机验证失败，请重试。


## Sign-in errors

kratos-4010000 = 登录失败。请检查您填写的信息，然后重试。
kratos-4010001 = 此登录页面已于 { $expired_minutes } 分钟前过期，请重试。
kratos-4010002 = 无法根据您提供的信息为您登录。请检查表单是否填写正确。
kratos-4010003 = 无法根据您提供的信息为您注册。请检查表单是否填写正确。
kratos-4010004 = 无法根据您提供的信息更新您的设置。请检查表单是否填写正确。
kratos-4010005 = 无法根据您提供的信息找回您的账号。请检查表单是否填写正确。
kratos-4010006 = 无法根据您提供的信息验证您的账号。请检查表单是否填写正确。
kratos-4010007 = 此请求已完成，无法重复提交。
kratos-4010008 = 此登录验证码无效或已被使用，请重试。
kratos-4010009 = 您要关联的登录方式不匹配。
kratos-4010010 = 您输入的地址与此账号的任何地址都不匹配。


## Sign-up errors

kratos-4040000 = 注册失败。请检查您填写的信息，然后重试。
kratos-4040001 = 此注册页面已于 { $expired_minutes } 分钟前过期，请重试。
kratos-4040002 = 此请求已完成，无法重复提交。
kratos-4040003 = 此注册验证码无效或已被使用，请重试。


## Account settings errors

kratos-4050000 = 无法更新您的设置。请检查您填写的信息，然后重试。
kratos-4050001 = 此设置页面已于 { $expired_minutes } 分钟前过期，请重试。


## Account recovery errors

kratos-4060000 = 无法找回您的账号。请检查您填写的信息，然后重试。
kratos-4060001 = 此请求已完成，无法重复提交。
kratos-4060002 = 账号找回失败，请重新开始。
kratos-4060003 = 找回链接不完整：缺少令牌。请重新开始。
kratos-4060004 = 此找回链接无效或已被使用，请重新开始。
kratos-4060005 = 此账号找回页面已于 { $expired_minutes } 分钟前过期，请重试。
kratos-4060006 = 此找回验证码无效或已被使用，请重试。


## Address verification errors

kratos-4070000 = 无法验证您的地址。请检查您填写的信息，然后重试。
kratos-4070001 = 此验证链接无效或已被使用，请重新开始。
kratos-4070002 = 此请求已完成，无法重复提交。
kratos-4070003 = 验证失败，请重新开始。
kratos-4070004 = 验证链接不完整：缺少令牌。请重新开始。
kratos-4070005 = 此验证页面已于 { $expired_minutes } 分钟前过期，请重试。
kratos-4070006 = 此验证码无效或已被使用，请重试。


## System errors

kratos-5000000 = 服务器出现问题，请稍后重试。
kratos-5000001 = { $reason }
