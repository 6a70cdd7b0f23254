import { aliyunSms } from './aliyun-sms/aliyun-sms.connector.js';
import type { Connector } from './kit/index.js';
import { sendGrid } from './sendgrid/sendgrid.connector.js';
import { smtp } from './smtp/smtp.connector.js';
import { socialConnectors } from './social/index.js';
import { twilioSms } from './twilio-sms/twilio-sms.connector.js';

/** Every connector Tessera ships, in the order factories are listed. */
export const builtInConnectors: Connector[] = [twilioSms, aliyunSms, smtp, sendGrid, ...socialConnectors];
