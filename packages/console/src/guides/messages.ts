import type { AreaMessages } from '../i18n/area-messages';

/**
 * This area's strings, in English (the key source) and Simplified Chinese (typed against it).
 * Keys start with `guides.`; en.ts and zh-CN.ts spread them into the catalogs.
 */
export const guidesEn = {};

export const guidesZhCN: AreaMessages<typeof guidesEn> = {};
