import { dart, schemeOf, sdkScopes, xmlAttribute } from './format.js';
import { callApiStep } from './steps.js';
import type { Guide, GuideValues, Step } from './types.js';

/** Flutter with logto_dart_sdk: a native app, redirected back through a custom URL scheme. */

function pubspec(): string {
  return `dependencies:
  flutter:
    sdk: flutter
  http: ^1.2.0
  logto_dart_sdk: ^3.0.0
`;
}

function androidManifest(values: GuideValues): string {
  const schemes = [...new Set([schemeOf(values.redirectUri), schemeOf(values.postSignOutRedirectUri)])];
  const data = schemes.map((scheme) => `        <data android:scheme="${xmlAttribute(scheme)}" />`).join('\n');
  return `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
  <application>
    <!-- Next to your MainActivity: receives the redirect when sign-in or sign-out ends. -->
    <activity
      android:name="com.linusu.flutter_web_auth_2.CallbackActivity"
      android:exported="true">
      <intent-filter android:label="flutter_web_auth_2">
        <action android:name="android.intent.action.VIEW" />
        <category android:name="android.intent.category.DEFAULT" />
        <category android:name="android.intent.category.BROWSABLE" />
${data}
      </intent-filter>
    </activity>
  </application>
</manifest>
`;
}

function client(values: GuideValues): string {
  const list = (items: readonly string[]) => `[${items.map(dart).join(', ')}]`;
  const resources = values.resources.length > 0 ? `\n    resources: ${list(values.resources)},` : '';
  return `import 'package:http/http.dart' as http;
import 'package:logto_dart_sdk/logto_dart_sdk.dart';

const redirectUri = ${dart(values.redirectUri)};
const postSignOutRedirectUri = ${dart(values.postSignOutRedirectUri)};

final logtoClient = LogtoClient(
  config: const LogtoConfig(
    endpoint: ${dart(values.endpoint)},
    appId: ${dart(values.appId)},
    scopes: ${list(sdkScopes(values))},${resources}
  ),
  httpClient: http.Client(),
);
`;
}

function accountWidget(): string {
  return `import 'package:flutter/material.dart';

import 'auth.dart';

class Account extends StatefulWidget {
  const Account({super.key});

  @override
  State<Account> createState() => _AccountState();
}

class _AccountState extends State<Account> {
  Map<String, dynamic>? claims;

  // The ID token's claims (sub, name, email, …) once signed in; null when signed out.
  Future<void> refresh() async {
    final idToken = await logtoClient.idTokenClaims;
    setState(() => claims = idToken?.toJson());
  }

  @override
  void initState() {
    super.initState();
    refresh();
  }

  @override
  Widget build(BuildContext context) {
    final user = claims;
    if (user == null) {
      return ElevatedButton(
        onPressed: () async {
          await logtoClient.signIn(redirectUri);
          await refresh();
        },
        child: const Text('Sign in'),
      );
    }
    return Column(children: [
      Text('Signed in as \${user['name'] ?? user['sub']}'),
      ElevatedButton(
        onPressed: () async {
          await logtoClient.signOut(postSignOutRedirectUri);
          await refresh();
        },
        child: const Text('Sign out'),
      ),
    ]);
  }
}
`;
}

function apiCall(values: GuideValues): string {
  const [first = ''] = values.resources;
  return `import 'package:http/http.dart' as http;

import 'auth.dart';

/// Calls your API with a token for one of ${values.resources.join(', ')}
/// (a JWT the SDK refreshes when it expires).
Future<http.Response> callApi(Uri url, {String resource = ${dart(first)}}) async {
  final token = await logtoClient.getAccessToken(resource: resource);
  return http.get(url, headers: {'Authorization': 'Bearer \${token?.token}'});
}
`;
}

export const flutterGuide: Guide = (values) => {
  const steps: Step[] = [
    {
      titleKey: 'guides.flutter.install.title',
      bodyKey: 'guides.flutter.install.body',
      code: { language: 'yaml', filename: 'pubspec.yaml', text: pubspec() },
    },
    {
      titleKey: 'guides.flutter.redirect.title',
      bodyKey: 'guides.flutter.redirect.body',
      code: { language: 'xml', filename: 'android/app/src/main/AndroidManifest.xml', text: androidManifest(values) },
    },
    {
      titleKey: 'guides.flutter.client.title',
      bodyKey: 'guides.flutter.client.body',
      code: { language: 'dart', filename: 'lib/auth.dart', text: client(values) },
    },
    {
      titleKey: 'guides.flutter.signIn.title',
      bodyKey: 'guides.flutter.signIn.body',
      code: { language: 'dart', filename: 'lib/account.dart', text: accountWidget() },
    },
  ];
  return [
    ...steps,
    ...callApiStep(values, 'guides.flutter.callApi.body', (picked) => ({
      language: 'dart',
      filename: 'lib/api.dart',
      text: apiCall(picked),
    })),
  ];
};
