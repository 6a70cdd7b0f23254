/** Types of api-types.mjs, for the test that checks the committed files. */
export declare const apiTypesEndpoint: string;
export declare const schemaFile: string;
export declare const permissionsFile: string;
export declare function renderApiFiles(document: unknown): Promise<{ schema: string; permissions: string }>;
export declare function renderPermissions(document: unknown): string;
