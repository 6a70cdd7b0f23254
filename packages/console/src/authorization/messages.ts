import type { AreaMessages } from '../i18n/area-messages';

/**
 * This area's strings, in English (the key source) and Simplified Chinese (typed against it).
 * Keys start with `authorization.`; en.ts and zh-CN.ts spread them into the catalogs.
 */
export const authorizationEn = {};

export const authorizationZhCN: AreaMessages<typeof authorizationEn> = {};
