import type { AreaMessages } from '../i18n/area-messages.js';

/**
 * This area's strings, in English (the key source) and Simplified Chinese (typed against it).
 * Keys start with `guides.`; en.ts and zh-CN.ts spread them into the catalogs. Step bodies may
 * name `{endpoint}`, `{issuer}`, `{appId}`, `{redirectUri}` and `{postSignOutRedirectUri}`, and
 * mark code with backticks. (The `.js` import: the server's tests load this file through Node.)
 */
export const guidesEn = {
  'guides.title': 'Integration guide: {framework}',
  'guides.intro': "Each snippet already holds this app's values. Copy it as it is.",
  'guides.values': "This app's values",
  'guides.value.endpoint': 'Endpoint',
  'guides.value.issuer': 'Issuer',
  'guides.value.appId': 'App ID',
  'guides.value.redirectUri': 'Redirect URI',
  'guides.value.postSignOutRedirectUri': 'Post sign-out redirect URI',
  'guides.missing.title': 'Add to the app first',
  'guides.missing.body':
    'The guide uses these URIs, which the app does not list yet. Add them to its URIs, or Tessera refuses the sign-in (or sign-out) redirect.',
  'guides.missing.extensionId': 'Replace <extension-id> with the ID Chrome shows for your extension.',
  'guides.access.title': 'API access in the snippets',
  'guides.access.intro':
    'Optional: pick the API resources and permissions the app asks for. Without them it gets the signed-in user only.',
  'guides.access.resources': 'API resources',
  'guides.access.permissions': 'Permissions of {name}',
  'guides.access.noResources': 'There are no API resources yet; create one under API resources to use it here.',
  'guides.access.noPermissions': '{name} has no permissions yet.',
  'guides.steps': 'Steps',
  'guides.code': 'Step {step} code',
  'guides.codeIn': '{language} code, {filename}',
  'guides.codeOnly': '{language} code',

  'guides.step.install.title': 'Install the SDK',
  'guides.step.client.title': 'Create the client',
  'guides.step.signIn.title': 'Sign in and out',
  'guides.step.callApi.title': 'Call your API',

  'guides.flutter.install.title': 'Add the SDK',
  'guides.flutter.install.body': 'Add `logto_dart_sdk` and `http` to your dependencies, then run `flutter pub get`.',
  'guides.flutter.redirect.title': 'Receive the redirect',
  'guides.flutter.redirect.body':
    'The SDK opens sign-in in a system browser tab and waits for {redirectUri}. On Android, this activity passes that custom-scheme redirect back to the app. On iOS nothing needs adding: the authentication session catches the scheme itself.',
  'guides.flutter.client.title': 'Create the client',
  'guides.flutter.client.body':
    'One client for the whole app, pointed at {endpoint}. It adds openid, profile and offline_access to the scopes listed here; a native app has no secret.',
  'guides.flutter.signIn.title': 'Sign in and out',
  'guides.flutter.signIn.body':
    "`signIn` returns once the user is back in the app; `idTokenClaims` then holds the user's ID token claims. `signOut` revokes the refresh token and ends the Tessera session.",
  'guides.flutter.callApi.body':
    '`getAccessToken` returns a token for an API resource, renewed with the refresh token.',

  'guides.chrome.install.body':
    'Install the SDK and bundle the scripts below with your usual tool: Chrome does not resolve package names.',
  'guides.chrome.manifest.title': 'Declare the extension',
  'guides.chrome.manifest.body':
    '`identity` opens the sign-in window and receives its redirect; `storage` keeps the tokens. The background service worker runs the sign-in.',
  'guides.chrome.redirect.title': "Register the extension's URIs",
  'guides.chrome.redirect.body':
    'Load the extension unpacked at chrome://extensions and copy its ID. Then add to this app: the redirect URI {redirectUri}, the post sign-out redirect URI {postSignOutRedirectUri} and the CORS allowed origin `chrome-extension://<extension-id>` (the service worker calls the token endpoint from it), each with your ID. `chrome.identity.getRedirectURL()` builds the same URIs in code.',
  'guides.chrome.client.body': 'One module with the client, shared by the service worker and the popup.',
  'guides.chrome.background.title': 'Sign in from the service worker',
  'guides.chrome.background.body':
    'The popup asks the service worker to sign in or out, because the popup closes as soon as the sign-in window opens.',
  'guides.chrome.popup.title': 'Add the popup',
  'guides.chrome.popup.body': 'A status line and the two buttons.',
  'guides.chrome.popupScript.title': 'Show who is signed in',
  'guides.chrome.popupScript.body': "The popup reads the user's ID token claims from the SDK's storage.",
  'guides.chrome.callApi.body': '`getAccessToken` returns a token for an API resource, renewed with the refresh token.',

  'guides.authjs.install.body': 'Auth.js v5 is the `next-auth` package (published under the beta tag).',
  'guides.authjs.env.title': 'Set the environment',
  'guides.authjs.env.body':
    "Auth.js's Logto provider reads these variables. Put one of this app's secrets in AUTH_LOGTO_SECRET, and keep the file out of version control.",
  'guides.authjs.config.title': 'Configure Auth.js',
  'guides.authjs.config.body':
    'The provider discovers Tessera from the issuer {issuer}. Auth.js calls back at {redirectUri}.',
  'guides.authjs.config.bodyOneResource':
    'The provider discovers Tessera from the issuer {issuer}. Auth.js calls back at {redirectUri}. It asks for one API resource per sign-in, so the token is for the first one picked.',
  'guides.authjs.route.title': 'Add the route handler',
  'guides.authjs.route.body': 'Auth.js serves its sign-in, callback and sign-out routes under `/api/auth`.',
  'guides.authjs.signIn.body':
    "Server actions start the sign-in and sign-out; `auth()` reads the session. Signing out ends the app's session, not the user's Tessera session.",

  'guides.flask.install.body': "The `logto` package from PyPI; Flask needs its async extra for the SDK's coroutines.",
  'guides.flask.client.body':
    "Set FLASK_SECRET_KEY and LOGTO_APP_SECRET (one of this app's secrets) in the environment. The organizations scope puts the user's organization IDs in the ID token and allows organization tokens.",
  'guides.flask.routes.title': 'Add the routes',
  'guides.flask.routes.body':
    'Sign-in redirects to Tessera, which returns to {redirectUri}; the callback route trades the code for tokens. Sign-out ends the Tessera session and returns to {postSignOutRedirectUri}.',
  'guides.flask.tokens.title': 'Get access tokens',
  'guides.flask.tokens.body':
    'Tokens for an API resource and for each organization, renewed with the refresh token. They hold only the permissions the user’s roles grant.',
  'guides.flask.tokens.bodyNoResource':
    'A token for each organization the user belongs to, renewed with the refresh token. Pick an API resource above to get tokens for it too.',

  'guides.react.install.body': 'The React SDK, for single-page apps: no secret, PKCE on every sign-in.',
  'guides.react.provider.title': 'Wrap the app in LogtoProvider',
  'guides.react.provider.body':
    'The callback page renders at the path of {redirectUri}; every other path renders the app.',
  'guides.react.callback.title': 'Handle the callback',
  'guides.react.callback.body': '`useHandleSignInCallback` finishes the sign-in when Tessera returns to the app.',
  'guides.react.signIn.body':
    '`signIn` goes to Tessera and back to {redirectUri}; `signOut` ends the session and returns to {postSignOutRedirectUri}.',
  'guides.react.callApi.body': '`getAccessToken` returns a token for an API resource, renewed with the refresh token.',

  'guides.express.install.body': 'The Express SDK needs a session store: express-session with cookie-parser.',
  'guides.express.app.title': 'Add the routes',
  'guides.express.app.body':
    "`handleAuthRoutes` serves /logto/sign-in, /logto/sign-in-callback ({redirectUri}) and /logto/sign-out, which returns to {postSignOutRedirectUri}. Set LOGTO_APP_SECRET (one of this app's secrets) and SESSION_SECRET in the environment; the file is an ES module.",

  'guides.m2m.role.title': 'Give the app a role',
  'guides.m2m.role.body':
    "Assign this app a machine-to-machine role holding the permissions it needs. A token carries only what the app's roles grant, whatever it asks for.",
  'guides.m2m.curl.title': 'Get a token',
  'guides.m2m.curl.body':
    "The client credentials grant with one of this app's secrets. Each request names one API resource; ask again for another one.",
  'guides.m2m.curl.bodyNoResource':
    "The client credentials grant with one of this app's secrets. Pick an API resource above to get a token for it.",
  'guides.m2m.fetch.title': 'Get a token in code',
  'guides.m2m.fetch.body': 'The same request with fetch (Node.js 18 or later).',
  'guides.m2m.managementApi.title': 'Call the Management API',
  'guides.m2m.managementApi.body': 'Send the token as a bearer token to {endpoint}/api.',
  'guides.m2m.verify.title': 'Check the token in your API',
  'guides.m2m.verify.body':
    'Your API accepts a token once its signature, issuer and audience check out; its `scope` claim lists the granted permissions.',

  'guides.generic.settings.title': 'Configure your OpenID Connect library',
  'guides.generic.settings.bodyPublic':
    'Most libraries need only the issuer and read the rest from the discovery document. This app is a public client: no secret, PKCE with S256 on every sign-in.',
  'guides.generic.settings.bodyConfidential':
    'Most libraries need only the issuer and read the rest from the discovery document. This app authenticates with one of its secrets (HTTP Basic) and uses PKCE as well.',
  'guides.generic.authorize.title': 'Send the user to sign in',
  'guides.generic.authorize.body':
    'Make a random code verifier and state for each sign-in and keep them. `prompt=consent` lets Tessera issue a refresh token for offline_access.',
  'guides.generic.token.title': 'Trade the code for tokens',
  'guides.generic.token.bodyPublic':
    'Check the state when Tessera returns to {redirectUri}, then send the code with its verifier. The answer holds the ID token, an access token and a refresh token.',
  'guides.generic.token.bodyConfidential':
    "Check the state when Tessera returns to {redirectUri}, then send the code with its verifier; set APP_SECRET to one of this app's secrets. The answer holds the ID token, an access token and a refresh token.",
  'guides.generic.signOut.title': 'Sign out',
  'guides.generic.signOut.body':
    'Send the user here to end the Tessera session; Tessera returns to {postSignOutRedirectUri}.',
};

export const guidesZhCN: AreaMessages<typeof guidesEn> = {
  'guides.title': '集成指南：{framework}',
  'guides.intro': '每段代码都已填入本应用的值，可直接复制使用。',
  'guides.values': '本应用的值',
  'guides.value.endpoint': '端点',
  'guides.value.issuer': '签发者（Issuer）',
  'guides.value.appId': '应用 ID',
  'guides.value.redirectUri': '重定向 URI',
  'guides.value.postSignOutRedirectUri': '退出登录后重定向 URI',
  'guides.missing.title': '请先添加到应用',
  'guides.missing.body':
    '指南用到以下 URI，但应用尚未登记。请把它们添加到应用的 URI 中，否则 Tessera 会拒绝登录（或退出登录）后的重定向。',
  'guides.missing.extensionId': '请把 <extension-id> 换成 Chrome 为你的扩展显示的 ID。',
  'guides.access.title': '代码中的 API 访问',
  'guides.access.intro': '可选：选择应用要请求的 API 资源和权限。不选时，应用只获得已登录用户的身份。',
  'guides.access.resources': 'API 资源',
  'guides.access.permissions': '{name} 的权限',
  'guides.access.noResources': '还没有 API 资源；在“API 资源”中创建后即可在此选择。',
  'guides.access.noPermissions': '{name} 还没有权限。',
  'guides.steps': '步骤',
  'guides.code': '第 {step} 步的代码',
  'guides.codeIn': '{language} 代码，{filename}',
  'guides.codeOnly': '{language} 代码',

  'guides.step.install.title': '安装 SDK',
  'guides.step.client.title': '创建客户端',
  'guides.step.signIn.title': '登录与退出登录',
  'guides.step.callApi.title': '调用你的 API',

  'guides.flutter.install.title': '添加 SDK',
  'guides.flutter.install.body': '把 `logto_dart_sdk` 和 `http` 加入依赖，然后运行 `flutter pub get`。',
  'guides.flutter.redirect.title': '接收重定向',
  'guides.flutter.redirect.body':
    'SDK 在系统浏览器标签页中打开登录页，并等待 {redirectUri}。在 Android 上，这个 activity 把自定义 scheme 的重定向交回应用。iOS 无需额外配置：认证会话自己会捕获该 scheme。',
  'guides.flutter.client.title': '创建客户端',
  'guides.flutter.client.body':
    '整个应用共用一个客户端，指向 {endpoint}。SDK 会在这里列出的 scope 之外加上 openid、profile 和 offline_access；原生应用没有密钥。',
  'guides.flutter.signIn.title': '登录与退出登录',
  'guides.flutter.signIn.body':
    '用户回到应用后 `signIn` 才返回，此时 `idTokenClaims` 中即为用户的 ID 令牌声明。`signOut` 会吊销刷新令牌并结束 Tessera 会话。',
  'guides.flutter.callApi.body': '`getAccessToken` 返回某个 API 资源的令牌，并用刷新令牌续期。',

  'guides.chrome.install.body': '安装 SDK，并用你常用的工具打包下面的脚本：Chrome 不会解析包名。',
  'guides.chrome.manifest.title': '声明扩展',
  'guides.chrome.manifest.body':
    '`identity` 用于打开登录窗口并接收其重定向；`storage` 用于保存令牌。登录由后台 service worker 执行。',
  'guides.chrome.redirect.title': '登记扩展的 URI',
  'guides.chrome.redirect.body':
    '在 chrome://extensions 以“加载已解压的扩展程序”方式载入扩展，并复制其 ID。然后在本应用中添加：重定向 URI {redirectUri}、退出登录后重定向 URI {postSignOutRedirectUri}，以及 CORS 允许的来源 `chrome-extension://<extension-id>`（service worker 从该来源调用令牌端点），都换成你的 ID。代码中的 `chrome.identity.getRedirectURL()` 会生成相同的 URI。',
  'guides.chrome.client.body': '一个存放客户端的模块，由 service worker 和弹出页共用。',
  'guides.chrome.background.title': '在 service worker 中登录',
  'guides.chrome.background.body': '弹出页请 service worker 执行登录或退出登录，因为登录窗口一打开，弹出页就会关闭。',
  'guides.chrome.popup.title': '添加弹出页',
  'guides.chrome.popup.body': '一行状态文字和两个按钮。',
  'guides.chrome.popupScript.title': '显示已登录的用户',
  'guides.chrome.popupScript.body': '弹出页从 SDK 的存储中读取用户的 ID 令牌声明。',
  'guides.chrome.callApi.body': '`getAccessToken` 返回某个 API 资源的令牌，并用刷新令牌续期。',

  'guides.authjs.install.body': 'Auth.js v5 即 `next-auth` 包（以 beta 标签发布）。',
  'guides.authjs.env.title': '设置环境变量',
  'guides.authjs.env.body':
    'Auth.js 的 Logto 提供方读取这些变量。把本应用的一个密钥填入 AUTH_LOGTO_SECRET，并且不要把该文件提交到版本库。',
  'guides.authjs.config.title': '配置 Auth.js',
  'guides.authjs.config.body': '提供方通过签发者 {issuer} 发现 Tessera。Auth.js 的回调地址为 {redirectUri}。',
  'guides.authjs.config.bodyOneResource':
    '提供方通过签发者 {issuer} 发现 Tessera。Auth.js 的回调地址为 {redirectUri}。每次登录它只请求一个 API 资源，因此令牌属于所选的第一个资源。',
  'guides.authjs.route.title': '添加路由处理器',
  'guides.authjs.route.body': 'Auth.js 在 `/api/auth` 下提供登录、回调和退出登录路由。',
  'guides.authjs.signIn.body':
    'Server Action 发起登录和退出登录；`auth()` 读取会话。退出登录只结束应用的会话，不结束用户的 Tessera 会话。',

  'guides.flask.install.body': '使用 PyPI 上的 `logto` 包；Flask 需要 async 扩展来运行 SDK 的协程。',
  'guides.flask.client.body':
    '在环境中设置 FLASK_SECRET_KEY 和 LOGTO_APP_SECRET（本应用的一个密钥）。organizations scope 会把用户所属组织的 ID 放入 ID 令牌，并允许获取组织令牌。',
  'guides.flask.routes.title': '添加路由',
  'guides.flask.routes.body':
    '登录时重定向到 Tessera，之后返回 {redirectUri}；回调路由用授权码换取令牌。退出登录会结束 Tessera 会话并返回 {postSignOutRedirectUri}。',
  'guides.flask.tokens.title': '获取访问令牌',
  'guides.flask.tokens.body': 'API 资源的令牌和每个组织的令牌，均用刷新令牌续期。令牌只包含用户角色授予的权限。',
  'guides.flask.tokens.bodyNoResource':
    '用户所属每个组织的令牌，用刷新令牌续期。在上方选择 API 资源后，也可获取其令牌。',

  'guides.react.install.body': '适用于单页应用的 React SDK：没有密钥，每次登录都使用 PKCE。',
  'guides.react.provider.title': '用 LogtoProvider 包裹应用',
  'guides.react.provider.body': '回调页渲染在 {redirectUri} 的路径上；其他路径渲染应用本身。',
  'guides.react.callback.title': '处理回调',
  'guides.react.callback.body': 'Tessera 返回应用时，`useHandleSignInCallback` 完成登录。',
  'guides.react.signIn.body':
    '`signIn` 前往 Tessera 并返回 {redirectUri}；`signOut` 结束会话并返回 {postSignOutRedirectUri}。',
  'guides.react.callApi.body': '`getAccessToken` 返回某个 API 资源的令牌，并用刷新令牌续期。',

  'guides.express.install.body': 'Express SDK 需要会话存储：express-session 和 cookie-parser。',
  'guides.express.app.title': '添加路由',
  'guides.express.app.body':
    '`handleAuthRoutes` 提供 /logto/sign-in、/logto/sign-in-callback（{redirectUri}）和 /logto/sign-out，后者返回 {postSignOutRedirectUri}。在环境中设置 LOGTO_APP_SECRET（本应用的一个密钥）和 SESSION_SECRET；该文件是 ES 模块。',

  'guides.m2m.role.title': '为应用分配角色',
  'guides.m2m.role.body': '给本应用分配一个包含所需权限的机器对机器角色。无论请求什么，令牌只包含应用角色授予的权限。',
  'guides.m2m.curl.title': '获取令牌',
  'guides.m2m.curl.body':
    '使用本应用的一个密钥进行客户端凭据授权。每次请求只能指定一个 API 资源；需要其他资源时再请求一次。',
  'guides.m2m.curl.bodyNoResource': '使用本应用的一个密钥进行客户端凭据授权。在上方选择 API 资源，即可获取其令牌。',
  'guides.m2m.fetch.title': '在代码中获取令牌',
  'guides.m2m.fetch.body': '用 fetch 发送同样的请求（Node.js 18 或更高版本）。',
  'guides.m2m.managementApi.title': '调用 Management API',
  'guides.m2m.managementApi.body': '把令牌作为 Bearer 令牌发送到 {endpoint}/api。',
  'guides.m2m.verify.title': '在你的 API 中校验令牌',
  'guides.m2m.verify.body': '签名、签发者和受众都校验通过后，你的 API 才接受令牌；其 `scope` 声明列出授予的权限。',

  'guides.generic.settings.title': '配置你的 OpenID Connect 库',
  'guides.generic.settings.bodyPublic':
    '大多数库只需要签发者，其余信息从发现文档读取。本应用是公开客户端：没有密钥，每次登录都使用 S256 的 PKCE。',
  'guides.generic.settings.bodyConfidential':
    '大多数库只需要签发者，其余信息从发现文档读取。本应用用它的一个密钥进行认证（HTTP Basic），同时也使用 PKCE。',
  'guides.generic.authorize.title': '引导用户登录',
  'guides.generic.authorize.body':
    '每次登录都生成随机的 code verifier 和 state 并保存。`prompt=consent` 让 Tessera 能为 offline_access 签发刷新令牌。',
  'guides.generic.token.title': '用授权码换取令牌',
  'guides.generic.token.bodyPublic':
    'Tessera 返回 {redirectUri} 时先校验 state，再连同 verifier 发送授权码。响应中包含 ID 令牌、访问令牌和刷新令牌。',
  'guides.generic.token.bodyConfidential':
    'Tessera 返回 {redirectUri} 时先校验 state，再连同 verifier 发送授权码；把 APP_SECRET 设为本应用的一个密钥。响应中包含 ID 令牌、访问令牌和刷新令牌。',
  'guides.generic.signOut.title': '退出登录',
  'guides.generic.signOut.body': '把用户引导到这里以结束 Tessera 会话；之后 Tessera 返回 {postSignOutRedirectUri}。',
};
