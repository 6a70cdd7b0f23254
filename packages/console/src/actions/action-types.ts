import type { MessageKey } from '../i18n/en';

export const actionTypes = ['action.postFirstFactorVerification', 'action.postSignIn'] as const;
export type ActionType = (typeof actionTypes)[number];

export const isActionType = (value: string): value is ActionType => (actionTypes as readonly string[]).includes(value);

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The name and description of an action type, in the console's language. */
export function actionTypeText(t: Translate, type: ActionType) {
  return type === 'action.postSignIn'
    ? { name: t('actions.type.postSignIn'), about: t('actions.type.postSignIn.about') }
    : {
        name: t('actions.type.postFirstFactorVerification'),
        about: t('actions.type.postFirstFactorVerification.about'),
      };
}

/** The script and sample event a new action starts from. */
export const starters: Record<ActionType, { script: string; event: Record<string, unknown> }> = {
  'action.postFirstFactorVerification': {
    script: `const runAction = async ({ event, environmentVariables }) => {
  // Ask the legacy system whether event.password is right for event.identifier.
  return;
};`,
    event: {
      key: 'inlineHook.postFirstFactorVerification',
      interactionEvent: 'SignIn',
      verificationType: 'Password',
      identifier: { type: 'username', value: 'legacy_user' },
      user: null,
      password: 'sample password',
    },
  },
  'action.postSignIn': {
    script: `const runAction = async ({ event, environmentVariables }) => {
  return { action: 'updateUser', user: { customData: { lastAction: 'post sign-in' } } };
};`,
    event: {
      key: 'inlineHook.postSignIn',
      interactionEvent: 'SignIn',
      user: { id: 'sample-user', username: 'sample_user', name: 'Sample User', customData: {}, roles: [] },
    },
  },
};
