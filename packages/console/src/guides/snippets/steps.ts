import type { GuideMessageKey, GuideValues, Step } from './types.js';

/** The "Call your API" step of an SDK guide: only when API resources were picked. */
export function callApiStep(
  values: GuideValues,
  bodyKey: GuideMessageKey,
  code: (values: GuideValues) => NonNullable<Step['code']>,
): Step[] {
  if (values.resources.length === 0) return [];
  return [{ titleKey: 'guides.step.callApi.title', bodyKey, code: code(values) }];
}
