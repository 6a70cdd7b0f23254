// The connector kinds, apart from the kit's contract so schema files (and the browser, through
// `@tessera/server/schemas`) can use them without loading any connector code.
export const connectorTypes = ['Email', 'Sms', 'Social'] as const;
export type ConnectorType = (typeof connectorTypes)[number];

export const connectorPlatforms = ['Native', 'Universal', 'Web'] as const;
export type ConnectorPlatform = (typeof connectorPlatforms)[number];
