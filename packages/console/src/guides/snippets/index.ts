import type { FrameworkId } from '../frameworks.js';
import { chromeExtensionGuide } from './chrome-extension.js';
import { expressGuide } from './express.js';
import { flutterGuide } from './flutter.js';
import { genericNativeGuide, genericSpaGuide, genericTraditionalGuide } from './generic.js';
import { machineToMachineGuide } from './machine-to-machine.js';
import { nextjsAuthjsGuide } from './nextjs-authjs.js';
import { pythonFlaskGuide } from './python-flask.js';
import { reactGuide } from './react.js';
import type { Guide } from './types.js';

export type { CodeLanguage, Guide, GuideMessageKey, GuideValues, SecretPlaceholder, Step } from './types.js';

/** Each framework's guide: its steps, with the app's values in every snippet. */
export const guides: Record<FrameworkId, Guide> = {
  flutter: flutterGuide,
  'chrome-extension': chromeExtensionGuide,
  'nextjs-authjs': nextjsAuthjsGuide,
  'python-flask': pythonFlaskGuide,
  react: reactGuide,
  express: expressGuide,
  'machine-to-machine': machineToMachineGuide,
  'generic-native': genericNativeGuide,
  'generic-spa': genericSpaGuide,
  'generic-traditional': genericTraditionalGuide,
};
