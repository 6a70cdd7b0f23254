import { z } from 'zod';
import { idParam, jsonObject } from '../management/fields.js';

/** `POST /api/subject-tokens` (Logto's shape): the user to impersonate and free context for the audit trail. */
export const createSubjectTokenSchema = z
  .object({
    userId: idParam.meta({ description: 'The user to impersonate.' }),
    context: jsonObject.optional().meta({ description: 'Free JSON kept with the token (who asked, why).' }),
  })
  .strict();

export const createdSubjectTokenSchema = z.object({
  subjectToken: z.string(),
  /** Seconds until the token can no longer be exchanged. */
  expiresIn: z.number().int(),
});
