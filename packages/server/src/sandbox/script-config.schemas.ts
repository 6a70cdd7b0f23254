import { z } from 'zod';
import { text } from '../management/fields.js';

/** The environment of a script config (JWT customizer, action): secrets the script reads. */
export const scriptEnvironmentSchema = z
  .record(text(128).min(1), text(4096))
  .refine((variables) => Object.keys(variables).length <= 100, 'at most 100 environment variables')
  .describe('Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens');
