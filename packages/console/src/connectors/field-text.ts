/**
 * The connector config form's labels and help in the console's languages. Labels and help come
 * from the factory's JSON schema (keys and English `description`s); this catalog says them in
 * Simplified Chinese for the built-in factories. A key or description not listed here (a
 * third-party connector's) is shown in English. This file imports nothing, so the server's unit
 * tests can check it against the built-in factories' schemas.
 */

/** The console's languages (i18n.tsx); English is what the schema says. */
type Language = 'en' | 'zh-CN';

/** A label: a better English one than made from the key (unset: `labelOf(key)`), and the Chinese one. */
interface Text {
  en?: string;
  'zh-CN': string;
}

interface Label extends Text {
  /** For a list: the name of one of its items ("Template 1"). */
  item?: Text;
}

/**
 * Labels by key path, list positions left out (`templates.content`, `auth.pass`): a key means
 * the same thing in every factory, so one label serves them all.
 */
export const fieldLabels: Readonly<Record<string, Label>> = {
  // Twilio SMS
  accountSID: { 'zh-CN': '账户 SID' },
  authToken: { 'zh-CN': '认证令牌' },
  fromMessagingServiceSID: { 'zh-CN': '消息服务 SID' },
  // Message templates (SMS and email)
  templates: { 'zh-CN': '模板', item: { 'zh-CN': '模板' } },
  'templates.usageType': { 'zh-CN': '使用场景' },
  'templates.content': { 'zh-CN': '内容' },
  'templates.templateCode': { 'zh-CN': '模板代码' },
  'templates.subject': { 'zh-CN': '主题' },
  'templates.contentType': { 'zh-CN': '内容类型' },
  'templates.type': { 'zh-CN': '内容类型' },
  // Aliyun SMS
  accessKeyId: { 'zh-CN': 'AccessKey ID' },
  accessKeySecret: { 'zh-CN': 'AccessKey Secret' },
  signName: { 'zh-CN': '签名名称' },
  // SMTP and SendGrid
  host: { 'zh-CN': '主机' },
  port: { 'zh-CN': '端口' },
  tlsMode: { 'zh-CN': 'TLS 模式' },
  auth: { 'zh-CN': '认证信息' },
  'auth.user': { 'zh-CN': '用户名' },
  'auth.pass': { 'zh-CN': '密码' },
  fromEmail: { 'zh-CN': '发件人邮箱' },
  fromName: { 'zh-CN': '发件人名称' },
  apiKey: { 'zh-CN': 'API 密钥' },
  // OAuth 2.0, OIDC, GitHub, Google
  authorizationEndpoint: { 'zh-CN': '授权端点' },
  tokenEndpoint: { 'zh-CN': '令牌端点' },
  userInfoEndpoint: { 'zh-CN': '用户信息端点' },
  clientId: { 'zh-CN': '客户端 ID' },
  clientSecret: { 'zh-CN': '客户端密钥' },
  tokenEndpointAuthMethod: { 'zh-CN': '令牌端点认证方式' },
  clientSecretJwtSigningAlgorithm: { 'zh-CN': '客户端密钥 JWT 签名算法' },
  responseType: { 'zh-CN': '响应类型' },
  grantType: { 'zh-CN': '授权类型' },
  tokenEndpointResponseType: { 'zh-CN': '令牌端点响应格式' },
  scope: { 'zh-CN': '作用域' },
  profileMap: { 'zh-CN': '个人资料映射' },
  'profileMap.id': { 'zh-CN': 'ID' },
  'profileMap.name': { 'zh-CN': '名称' },
  'profileMap.avatar': { 'zh-CN': '头像' },
  'profileMap.email': { 'zh-CN': '邮箱' },
  'profileMap.phone': { 'zh-CN': '手机号' },
  'profileMap.emailVerified': { 'zh-CN': '邮箱已验证' },
  'profileMap.phoneVerified': { 'zh-CN': '手机号已验证' },
  customConfig: { 'zh-CN': '自定义参数' },
  issuer: { 'zh-CN': '颁发者' },
  authRequestOptionalConfig: { 'zh-CN': '授权请求可选参数' },
  'authRequestOptionalConfig.prompt': { 'zh-CN': '提示方式（prompt）' },
  'authRequestOptionalConfig.display': { 'zh-CN': '显示方式（display）' },
  'authRequestOptionalConfig.maxAge': { 'zh-CN': '最长认证时长（max_age）' },
  'authRequestOptionalConfig.uiLocales': { 'zh-CN': '界面语言（ui_locales）' },
  'authRequestOptionalConfig.loginHint': { 'zh-CN': '登录提示（login_hint）' },
  'authRequestOptionalConfig.acrValues': { 'zh-CN': 'ACR 值（acr_values）' },
  fetchUserInfo: { 'zh-CN': '读取用户信息' },
  prompts: { 'zh-CN': '提示方式（prompt）' },
  oneTap: { 'zh-CN': 'One Tap' },
};

/**
 * Help by the schema's English description, not by key: one key says different things in
 * different factories (`scope`, `templates`, `fromEmail`), and a changed description shows its
 * new English rather than a stale translation.
 */
export const fieldDescriptions: Readonly<Record<string, { 'zh-CN': string }>> = {
  // Twilio SMS
  'Account SID, from the Twilio Console home page (AC…)': { 'zh-CN': '账户 SID，见 Twilio 控制台首页（AC…）' },
  'Auth token of the account, from the Twilio Console': { 'zh-CN': '该账户的认证令牌，见 Twilio 控制台' },
  'SID of the Messaging Service that sends the messages (MG…)': {
    'zh-CN': '发送短信的 Messaging Service 的 SID（MG…）',
  },
  'Message texts by usage type': { 'zh-CN': '按使用场景区分的短信内容' },
  'When this template is used: SignIn, Register, ForgotPassword, Generic (any other), …': {
    'zh-CN': '何时使用此模板：SignIn（登录）、Register（注册）、ForgotPassword（找回密码）、Generic（其他场景）…',
  },
  'Message text with the {{code}} placeholder': { 'zh-CN': '短信内容，须包含 {{code}} 占位符' },
  // Aliyun SMS
  'AccessKey ID of a RAM user allowed to send SMS': { 'zh-CN': '有权发送短信的 RAM 用户的 AccessKey ID' },
  'AccessKey secret of that RAM user': { 'zh-CN': '该 RAM 用户的 AccessKey Secret' },
  'An approved SMS signature name, e.g. 阿里云短信测试': { 'zh-CN': '已审核通过的短信签名名称，例如 阿里云短信测试' },
  'Aliyun template codes by usage type': { 'zh-CN': '按使用场景区分的阿里云短信模板代码' },
  'Code of an approved template (SMS_…) whose text holds the ${code} variable': {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Aliyun's own template variable syntax.
    'zh-CN': '已审核通过的模板的代码（SMS_…），模板内容须包含 ${code} 变量',
  },
  // SMTP
  'Host name of the SMTP server': { 'zh-CN': 'SMTP 服务器的主机名' },
  'Port: 587 for STARTTLS, 465 for TLS': { 'zh-CN': '端口：STARTTLS 用 587，TLS 用 465' },
  'starttls: plain connection upgraded with STARTTLS, refused when the server cannot; secure: TLS from the first byte (port 465); none: never encrypt (local relays only)':
    {
      'zh-CN':
        'starttls：先建立普通连接再用 STARTTLS 升级，服务器不支持时拒绝发送；secure：从第一个字节起使用 TLS（端口 465）；none：从不加密（仅限本地中继）',
    },
  'Credentials, when the server asks for them': { 'zh-CN': '服务器要求认证时使用的凭据' },
  'User name': { 'zh-CN': '用户名' },
  'Password or app password': { 'zh-CN': '密码或应用专用密码' },
  'Sender address: "no-reply@example.com" or "Example <no-reply@example.com>"': {
    'zh-CN': '发件人地址："no-reply@example.com" 或 "Example <no-reply@example.com>"',
  },
  'E-mails by usage type': { 'zh-CN': '按使用场景区分的邮件' },
  'Content type of the message body': { 'zh-CN': '邮件正文的内容类型' },
  'Subject line; may use {{code}}': { 'zh-CN': '邮件主题，可使用 {{code}}' },
  'Message body with the {{code}} placeholder': { 'zh-CN': '邮件正文，须包含 {{code}} 占位符' },
  // SendGrid
  'API key with the Mail Send permission (SG.…)': { 'zh-CN': '具有 Mail Send 权限的 API 密钥（SG.…）' },
  'A verified sender address (Single Sender or authenticated domain)': {
    'zh-CN': '已验证的发件人地址（Single Sender 或已认证的域名）',
  },
  'Display name of the sender': { 'zh-CN': '发件人的显示名称' },
  // OAuth 2.0, OIDC, GitHub, Google
  'Where the browser is sent to sign in at the provider': { 'zh-CN': '浏览器跳转到服务商登录的地址' },
  'Where Tessera exchanges the authorization code for an access token': {
    'zh-CN': 'Tessera 用授权码换取访问令牌的地址',
  },
  'Where Tessera reads the user with the access token (GET, bearer)': {
    'zh-CN': 'Tessera 凭访问令牌读取用户信息的地址（GET，bearer）',
  },
  'Client ID the provider issued for Tessera': { 'zh-CN': '服务商为 Tessera 签发的客户端 ID' },
  'Client secret the provider issued for Tessera': { 'zh-CN': '服务商为 Tessera 签发的客户端密钥' },
  'How Tessera authenticates at the token endpoint': { 'zh-CN': 'Tessera 在令牌端点的认证方式' },
  'HMAC algorithm of the client assertion, for `client_secret_jwt`': {
    'zh-CN': '客户端断言的 HMAC 算法，用于 `client_secret_jwt`',
  },
  'Always `code` (authorization code flow)': { 'zh-CN': '固定为 `code`（授权码流程）' },
  'Always `authorization_code`': { 'zh-CN': '固定为 `authorization_code`' },
  'How the token endpoint answers: a query string (default) or JSON': {
    'zh-CN': '令牌端点的响应格式：查询字符串（默认）或 JSON',
  },
  'Scopes to request, space-separated': { 'zh-CN': '要请求的作用域，以空格分隔' },
  'Scopes to request, space-separated; `openid` is always included': {
    'zh-CN': '要请求的作用域，以空格分隔；始终包含 `openid`',
  },
  'OAuth scopes, space-separated; `user:email` lets Tessera read the e-mail addresses and whether GitHub verified them':
    { 'zh-CN': 'OAuth 作用域，以空格分隔；`user:email` 让 Tessera 能读取邮箱地址及 GitHub 是否已验证它们' },
  'Where the profile is found in the user info document; each field defaults to its own name': {
    'zh-CN': '个人资料在用户信息文档中的位置；每个字段默认读取同名字段',
  },
  'Field of the user info holding the id; a dotted path reaches nested fields': {
    'zh-CN': '用户信息中存放 ID 的字段；用点分隔的路径可读取嵌套字段',
  },
  'Field of the user info holding the name; a dotted path reaches nested fields': {
    'zh-CN': '用户信息中存放名称的字段；用点分隔的路径可读取嵌套字段',
  },
  'Field of the user info holding the avatar; a dotted path reaches nested fields': {
    'zh-CN': '用户信息中存放头像的字段；用点分隔的路径可读取嵌套字段',
  },
  'Field of the user info holding the email; a dotted path reaches nested fields': {
    'zh-CN': '用户信息中存放邮箱的字段；用点分隔的路径可读取嵌套字段',
  },
  'Field of the user info holding the phone; a dotted path reaches nested fields': {
    'zh-CN': '用户信息中存放手机号的字段；用点分隔的路径可读取嵌套字段',
  },
  "Field of the user info telling (true) that the provider verified the e-mail address; without it the e-mail address is kept as unverified: never linked to an account, never the account's own":
    {
      'zh-CN':
        '用户信息中表明服务商已验证邮箱地址（值为 true）的字段；没有它时邮箱地址视为未验证：不会据此关联账户，也不会成为账户自己的邮箱',
    },
  "Field of the user info telling (true) that the provider verified the phone number; without it the phone number is kept as unverified: never linked to an account, never the account's own":
    {
      'zh-CN':
        '用户信息中表明服务商已验证手机号（值为 true）的字段；没有它时手机号视为未验证：不会据此关联账户，也不会成为账户自己的手机号',
    },
  'Extra parameters added to the authorization request (e.g. `{"prompt": "consent"}`)': {
    'zh-CN': '附加到授权请求的额外参数（例如 `{"prompt": "consent"}`）',
  },
  'Issuer of the provider; Tessera reads <issuer>/.well-known/openid-configuration': {
    'zh-CN': '服务商的颁发者（issuer）；Tessera 会读取 <issuer>/.well-known/openid-configuration',
  },
  'Optional authorization parameters: prompt, display, maxAge, uiLocales, loginHint, acrValues': {
    'zh-CN': '可选的授权参数：prompt、display、maxAge、uiLocales、loginHint、acrValues',
  },
  'Also read the user info endpoint and merge its claims over the ID token claims': {
    'zh-CN': '同时读取用户信息端点，并用其中的声明覆盖 ID 令牌中的同名声明',
  },
  '`prompt` values sent to Google, e.g. ["select_account"]': {
    'zh-CN': '发送给 Google 的 `prompt` 值，例如 ["select_account"]',
  },
  'Accepted so Logto configs import unchanged; Google One Tap is not offered yet': {
    'zh-CN': '保留此项以便 Logto 配置可原样导入；暂不提供 Google One Tap',
  },
};

/** `templates.0.content` → `templates.content`: the catalog's key for a field at a form path. */
export const keyPathOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '');

const say = (text: Text | undefined, english: string, language: Language) =>
  (language === 'en' ? undefined : text?.[language]) ?? text?.en ?? english;

/** A field's label: the catalog's in the language, else its better English one, else `english` (made from the key). */
export const fieldLabel = (path: string, english: string, language: Language): string =>
  say(fieldLabels[keyPathOf(path)], english, language);

/** The name of one item of a list field ("Template"), the same way. */
export const itemLabel = (path: string, english: string, language: Language): string =>
  say(fieldLabels[keyPathOf(path)]?.item, english, language);

/** A field's help: the schema's English description, said in the language when the catalog knows it. */
export function fieldDescription(description: string | undefined, language: Language): string | undefined {
  if (description === undefined || language === 'en') return description;
  return fieldDescriptions[description]?.[language] ?? description;
}
