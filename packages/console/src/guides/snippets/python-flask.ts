import { pathOf, py, sdkScopes, userScopes } from './format.js';
import type { Guide, GuideValues } from './types.js';

/**
 * Flask with the `logto` package from PyPI (async routes need Flask's `async` extra). Tokens
 * live in Flask's signed session cookie; the app secret comes from the environment.
 */

function client(values: GuideValues): string {
  const resources = values.resources.length > 0 ? `\n        resources=[${values.resources.map(py).join(', ')}],` : '';
  // The SDK checks for the organizations scope by its enum member, not by its string.
  const permissions = sdkScopes(values)
    .filter((scope) => !userScopes.includes(scope))
    .map((scope) => `\n            ${py(scope)},`)
    .join('');
  return `import os

from flask import Flask, redirect, request, session
from logto import LogtoClient, LogtoConfig, LogtoException, Storage, UserInfoScope
from markupsafe import escape

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]  # signs Flask's session cookie


class SessionStorage(Storage):
    """Keeps the SDK's tokens in Flask's session."""

    def get(self, key: str) -> str | None:
        return session.get(key)

    def set(self, key: str, value: str | None) -> None:
        session[key] = value

    def delete(self, key: str) -> None:
        session.pop(key, None)


client = LogtoClient(
    LogtoConfig(
        endpoint=${py(values.endpoint)},
        appId=${py(values.appId)},
        appSecret=os.environ["LOGTO_APP_SECRET"],${resources}
        scopes=[
            UserInfoScope.email,
            # Organization IDs in the ID token, and organization tokens.
            UserInfoScope.organizations,${permissions}
        ],
    ),
    storage=SessionStorage(),
)
`;
}

function routes(values: GuideValues): string {
  return `@app.route("/sign-in")
async def sign_in():
    return redirect(await client.signIn(redirectUri=${py(values.redirectUri)}))


@app.route(${py(pathOf(values.redirectUri))})
async def callback():
    try:
        await client.handleSignInCallback(request.url)
    except LogtoException as error:
        return f"Sign-in did not finish: {escape(str(error))}", 400
    return redirect("/")


@app.route("/sign-out")
async def sign_out():
    return redirect(await client.signOut(postLogoutRedirectUri=${py(values.postSignOutRedirectUri)}))


@app.route("/")
async def home():
    if not client.isAuthenticated():
        return '<a href="/sign-in">Sign in</a>'
    claims = client.getIdTokenClaims()
    return f'Signed in as {escape(claims.name or claims.sub)} <a href="/sign-out">Sign out</a>'
`;
}

function tokens(values: GuideValues): string {
  const [resource] = values.resources;
  const api = resource
    ? `

@app.route("/api-token")
async def api_token():
    # A JWT for ${resource}, renewed with the refresh token when it expires.
    claims = await client.getAccessTokenClaims(${py(resource)})
    return {"scope": claims.scope}`
    : '';
  return `@app.route("/organizations")
async def organizations():
    # One token per organization the user belongs to, with that organization's permissions.
    ids = client.getIdTokenClaims().organizations or []
    return {org: (await client.getOrganizationTokenClaims(org)).scope for org in ids}${api}
`;
}

export const pythonFlaskGuide: Guide = (values) => [
  {
    titleKey: 'guides.step.install.title',
    bodyKey: 'guides.flask.install.body',
    code: { language: 'bash', text: 'pip install logto "flask[async]"\n' },
  },
  {
    titleKey: 'guides.step.client.title',
    bodyKey: 'guides.flask.client.body',
    code: { language: 'python', filename: 'app.py', text: client(values) },
  },
  {
    titleKey: 'guides.flask.routes.title',
    bodyKey: 'guides.flask.routes.body',
    code: { language: 'python', filename: 'app.py', text: routes(values) },
  },
  {
    titleKey: 'guides.flask.tokens.title',
    bodyKey: values.resources.length > 0 ? 'guides.flask.tokens.body' : 'guides.flask.tokens.bodyNoResource',
    code: { language: 'python', filename: 'app.py', text: tokens(values) },
  },
];
