import type { SocialConnector } from '../kit/index.js';
import { github } from './github/github.connector.js';
import { google } from './google/google.connector.js';
import { oauth2 } from './oauth2/oauth2.connector.js';
import { oidc } from './oidc/oidc.connector.js';

/** The social connectors Tessera ships: the two standard ones, then the presets built on them. */
export const socialConnectors: SocialConnector[] = [oauth2, oidc, github, google];
