import type { AreaMessages } from '../i18n/area-messages';

/**
 * This area's strings, in English (the key source) and Simplified Chinese (typed against it).
 * Keys start with `users.`; en.ts and zh-CN.ts spread them into the catalogs.
 */
export const usersEn = {};

export const usersZhCN: AreaMessages<typeof usersEn> = {};
