import type { ApplicationType } from '@tessera/server/schemas';

/**
 * The frameworks an administrator picks from when creating an application: each fixes the
 * application type and suggests the redirect URIs its SDK uses, and has a guide (guides/).
 * `redirectUris` get the app's own values once known (`{origin}` is the app's site).
 */
export interface Framework {
  id: FrameworkId;
  /** Product names are not translated. */
  name: string;
  type: ApplicationType;
  /** The SDK package the guide installs; absent for the generic entries. */
  sdk?: string;
}

export const frameworkIds = [
  'flutter',
  'chrome-extension',
  'nextjs-authjs',
  'python-flask',
  'react',
  'express',
  'machine-to-machine',
  'generic-native',
  'generic-spa',
  'generic-traditional',
] as const;
export type FrameworkId = (typeof frameworkIds)[number];

export const frameworks: readonly Framework[] = [
  { id: 'flutter', name: 'Flutter', type: 'Native', sdk: 'logto_dart_sdk' },
  { id: 'chrome-extension', name: 'Chrome extension', type: 'SPA', sdk: '@logto/chrome-extension' },
  { id: 'nextjs-authjs', name: 'Next.js (Auth.js)', type: 'Traditional', sdk: 'next-auth' },
  { id: 'python-flask', name: 'Python (Flask)', type: 'Traditional', sdk: 'logto' },
  { id: 'react', name: 'React', type: 'SPA', sdk: '@logto/react' },
  { id: 'express', name: 'Express', type: 'Traditional', sdk: '@logto/express' },
  { id: 'machine-to-machine', name: 'Machine-to-machine', type: 'MachineToMachine' },
  { id: 'generic-native', name: 'Native app (any framework)', type: 'Native' },
  { id: 'generic-spa', name: 'Single-page app (any framework)', type: 'SPA' },
  { id: 'generic-traditional', name: 'Traditional web app (any framework)', type: 'Traditional' },
];

/**
 * Which framework an application was created for: kept in its `customData.tesseraFramework`, so
 * its page shows the right guide; apps made elsewhere get their type's generic guide.
 */
export const frameworkDataKey = 'tesseraFramework';

export function frameworkOf(app: { type: ApplicationType; customData?: Record<string, unknown> }): Framework {
  const chosen = app.customData?.[frameworkDataKey];
  const found = frameworks.find((framework) => framework.id === chosen && framework.type === app.type);
  if (found) return found;
  const generic: Record<ApplicationType, FrameworkId> = {
    Native: 'generic-native',
    SPA: 'generic-spa',
    Traditional: 'generic-traditional',
    MachineToMachine: 'machine-to-machine',
    // SAML apps are made through /api/saml-applications; their page shows no OIDC guide.
    SAML: 'generic-traditional',
  };
  return frameworks.find((framework) => framework.id === generic[app.type]) as Framework;
}
