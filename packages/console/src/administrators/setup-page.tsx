import { unwrap } from '../api/client';
import { publicApi } from '../api/public-client';
import { LinkAccountPage } from './link-account-page';

/** `/console/setup#code=…`: the first Owner, from the link the server prints while there is none. */
export default function SetupPage() {
  return (
    <LinkAccountPage
      param="code"
      withEmail
      text={{
        title: 'setup.title',
        intro: 'setup.intro',
        missing: 'setup.noCode',
        submit: 'setup.submit',
        done: 'setup.done',
      }}
      create={(code, account) => unwrap(publicApi.POST('/api/console/setup', { body: { code, ...account } }))}
    />
  );
}
