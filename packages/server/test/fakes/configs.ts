import { aliyunAccount } from './aliyun-sms.js';
import { sendGridAccount } from './sendgrid.js';
import { smtpAccount } from './smtp.js';
import { twilioAccount } from './twilio.js';

/** Valid connector configs matching the fakes' accounts. */
export const twilioConfig = () => ({
  ...twilioAccount,
  templates: [
    { usageType: 'Generic', content: 'Your Tessera code is {{code}}.' },
    { usageType: 'SignIn', content: 'Sign in with {{code}}.' },
  ],
});

export const aliyunConfig = () => ({
  ...aliyunAccount,
  signName: 'Tessera 测试',
  templates: [
    { usageType: 'Generic', templateCode: 'SMS_100000001' },
    { usageType: 'Register', templateCode: 'SMS_100000002' },
  ],
});

export const smtpConfig = (port: number) => ({
  host: '127.0.0.1',
  port,
  tlsMode: 'none',
  auth: { user: smtpAccount.user, pass: smtpAccount.pass },
  fromEmail: 'Tessera <no-reply@tessera.test>',
  templates: [
    { usageType: 'Generic', contentType: 'text/plain', subject: 'Code {{code}}', content: 'Your code is {{code}}.' },
    {
      usageType: 'ForgotPassword',
      contentType: 'text/html',
      subject: 'Reset your password',
      content: '<p>Reset code: <b>{{code}}</b></p>',
    },
  ],
});

export const sendGridConfig = () => ({
  apiKey: sendGridAccount.apiKey,
  fromEmail: sendGridAccount.verifiedSender,
  fromName: 'Tessera',
  templates: [
    { usageType: 'Generic', type: 'text/plain', subject: 'Your code', content: 'Your code is {{code}}.' },
    { usageType: 'Register', type: 'text/html', subject: 'Welcome', content: '<p>Welcome! Code: {{code}}</p>' },
  ],
});
