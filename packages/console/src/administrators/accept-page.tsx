import { unwrap } from '../api/client';
import { publicApi } from '../api/public-client';
import { LinkAccountPage } from './link-account-page';

/** `/console/accept#token=…`: an invited person creates their administrator account (email and role come from the invitation). */
export default function AcceptPage() {
  return (
    <LinkAccountPage
      param="token"
      withEmail={false}
      text={{
        title: 'accept.title',
        intro: 'accept.intro',
        missing: 'accept.noToken',
        submit: 'accept.submit',
        done: 'accept.done',
      }}
      create={(token, { primaryEmail: _unused, ...account }) =>
        unwrap(publicApi.POST('/api/console/invitations/accept', { body: { token, ...account } }))
      }
    />
  );
}
