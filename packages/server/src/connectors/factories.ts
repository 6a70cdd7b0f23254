import { aliyunSms } from './aliyun-sms/aliyun-sms.connector.js';
import type { Connector } from './kit/index.js';
import { sendGrid } from './sendgrid/sendgrid.connector.js';
import { smtp } from './smtp/smtp.connector.js';
import { twilioSms } from './twilio-sms/twilio-sms.connector.js';

/** Every connector Tessera ships, in the order factories are listed. Social connectors join this list. */
export const builtInConnectors: Connector[] = [twilioSms, aliyunSms, smtp, sendGrid];
