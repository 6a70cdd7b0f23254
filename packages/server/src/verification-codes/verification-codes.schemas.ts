import { z } from 'zod';
import { text } from '../management/fields.js';

const address = z.union([
  z.object({ email: text(128).min(1) }).strict(),
  z.object({ phone: text(32).min(1) }).strict(),
]);

/** `POST /api/verification-codes` (Logto's shape): where to send a code. */
export const requestVerificationCodeSchema = address;
/** `POST /api/verification-codes/verify`: the address and the code it received. */
export const verifyVerificationCodeSchema = z.union([
  z.object({ email: text(128).min(1), verificationCode: text(16).min(1) }).strict(),
  z.object({ phone: text(32).min(1), verificationCode: text(16).min(1) }).strict(),
]);
