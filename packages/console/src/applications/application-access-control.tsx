import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { fetchPage } from '../authorization/shared/paged-list';
import { usePickerMessages } from '../authorization/shared/picker-messages';
import { SettingsForm } from '../authorization/shared/settings-form';
import { userDetail, userLabel } from '../authorization/shared/types';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { MultiSearchPicker } from '../ui/multi-search-picker';
import { Progress } from '../ui/progress';
import { Switch } from '../ui/switch';
import { type Application, appKey } from './app-queries';
import {
  newRuleKey,
  OrganizationRoleRules,
  type RuleDraft,
  type RuleErrors,
  ruleProblems,
} from './organization-role-rules';

type Chosen = Map<string, string>;

const fetchRules = (id: string) =>
  unwrap(api.GET('/api/applications/{applicationId}/access-control', { params: { path: { applicationId: id } } }));
const pickerSize = 20;

/** The stored rules with a name for each id (a record deleted meanwhile keeps its id as its name). */
async function loadChosen(id: string) {
  const rules = await fetchRules(id);
  const named = <T,>(ids: string[], read: (id: string) => Promise<T>, label: (record: T) => string) =>
    Promise.all(ids.map(async (key) => [key, await read(key).then(label, () => key)] as const)).then(
      (entries) => new Map(entries),
    );
  const organizationName = (organizationId: string) =>
    unwrap(api.GET('/api/organizations/{id}', { params: { path: { id: organizationId } } })).then(
      (organization) => organization.name,
      () => organizationId,
    );
  const ruleDrafts = Promise.all(
    rules.organizationRoleRules.map(
      async ({ organizationId, organizationRoleIds }): Promise<RuleDraft> => ({
        key: newRuleKey(),
        organization: { id: organizationId, label: await organizationName(organizationId) },
        roles: await named(
          organizationRoleIds,
          (roleId) => unwrap(api.GET('/api/organization-roles/{id}', { params: { path: { id: roleId } } })),
          (role) => role.name,
        ),
      }),
    ),
  );
  const [users, roles, organizations, organizationRoleRules] = await Promise.all([
    named(
      rules.userIds,
      (userId) => unwrap(api.GET('/api/users/{userId}', { params: { path: { userId } } })),
      userLabel,
    ),
    named(
      rules.userRoleIds,
      (roleId) => unwrap(api.GET('/api/roles/{id}', { params: { path: { id: roleId } } })),
      (role) => role.name,
    ),
    named(
      rules.organizationIds,
      (organizationId) => unwrap(api.GET('/api/organizations/{id}', { params: { path: { id: organizationId } } })),
      (organization) => organization.name,
    ),
    ruleDrafts,
  ]);
  return { users, roles, organizations, organizationRoleRules };
}

/**
 * App-level access control (Logto's): when on, only the chosen users, the holders of the chosen
 * roles, the members of the chosen organizations and the members holding a chosen role in an
 * organization (organization-role rules) sign in to this app.
 */
export function ApplicationAccessControl({ app }: { app: Application }) {
  const { t } = useI18n();
  const loaded = useQuery({ queryKey: [...appKey(app.id), 'access-control'], queryFn: () => loadChosen(app.id) });
  if (loaded.isError) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  if (!loaded.data) return <Progress label={t('app.loading')} />;
  return <AccessControlForm app={app} initial={loaded.data} />;
}

function AccessControlForm({ app, initial }: { app: Application; initial: Awaited<ReturnType<typeof loadChosen>> }) {
  const { t } = useI18n();
  const putReason = useWriteReason('PUT', '/api/applications/{applicationId}/access-control');
  const patchReason = useWriteReason('PATCH', '/api/applications/{id}');
  const reason = putReason ?? patchReason;
  const [enabled, setEnabled] = useState(app.appLevelAccessControlEnabled);
  const [users, setUsers] = useState<Chosen>(initial.users);
  const [roles, setRoles] = useState<Chosen>(initial.roles);
  const [organizations, setOrganizations] = useState<Chosen>(initial.organizations);
  const [error, setError] = useState<string>();
  const [orgRules, setOrgRules] = useState<RuleDraft[]>(initial.organizationRoleRules);
  const [ruleErrors, setRuleErrors] = useState<Record<string, RuleErrors>>({});
  const changed = (setter: (next: Chosen) => void) => (next: Chosen) => {
    setter(next);
    setError(undefined);
  };

  const save = async () => {
    const problems = ruleProblems(orgRules, {
      organization: t('applications.access.orgRuleNeedsOrganization'),
      roles: t('applications.access.orgRuleNeedsRole'),
    });
    setRuleErrors(problems);
    if (Object.keys(problems).length > 0) {
      setError(t('applications.access.orgRulesIncomplete'));
      return false;
    }
    const organizationRoleRules = orgRules.map((rule) => ({
      organizationId: rule.organization?.id ?? '',
      organizationRoleIds: [...rule.roles.keys()],
    }));
    const body = {
      userIds: [...users.keys()],
      userRoleIds: [...roles.keys()],
      organizationIds: [...organizations.keys()],
      organizationRoleRules,
    };
    const count = body.userIds.length + body.userRoleIds.length + body.organizationIds.length;
    if (enabled && count + organizationRoleRules.length === 0) {
      setError(t('applications.access.needsRule'));
      return false;
    }
    const path = { params: { path: { id: app.id } } };
    const setFlag = () =>
      unwrap(api.PATCH('/api/applications/{id}', { ...path, body: { appLevelAccessControlEnabled: enabled } }));
    const putRules = () =>
      unwrap(
        api.PUT('/api/applications/{applicationId}/access-control', {
          params: { path: { applicationId: app.id } },
          body,
        }),
      );
    // Rules first when turning it on, the switch first when turning it off: never on with no rule.
    if (enabled) {
      await putRules();
      if (!app.appLevelAccessControlEnabled) await setFlag();
    } else {
      if (app.appLevelAccessControlEnabled) await setFlag();
      await putRules();
    }
    return true;
  };

  const userMessages = usePickerMessages(t('applications.access.searchUsers'));
  const roleMessages = usePickerMessages(t('applications.access.searchRoles'));
  const organizationMessages = usePickerMessages(t('applications.access.searchOrganizations'));
  return (
    <section aria-label={t('applications.access.title')}>
      <p>{t('applications.access.intro')}</p>
      <SettingsForm onSubmit={save} disabledReason={reason} doneMessage={t('applications.access.saved')}>
        <Switch
          label={t('applications.access.enabled')}
          description={t('applications.access.enabledHelp')}
          isSelected={enabled}
          onChange={(value) => {
            setEnabled(value);
            setError(undefined);
          }}
          disabledReason={reason}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <MultiSearchPicker
          label={t('applications.access.users')}
          queryKey={['authz', 'access-users', app.id]}
          load={async (search) =>
            (
              await fetchPage(
                api.GET('/api/users', {
                  params: { query: { page: 1, page_size: pickerSize, search: search || undefined } },
                }),
              )
            ).rows.map((user) => ({ id: user.id, label: userLabel(user), detail: userDetail(user) }))
          }
          chosen={users}
          onChange={changed(setUsers)}
          messages={userMessages}
          isDisabled={reason !== undefined}
        />
        <MultiSearchPicker
          label={t('applications.access.roles')}
          description={t('applications.access.rolesHelp')}
          queryKey={['authz', 'access-roles', app.id]}
          load={async (search) =>
            (
              await fetchPage(
                api.GET('/api/roles', {
                  params: { query: { page: 1, page_size: pickerSize, type: 'User', search: search || undefined } },
                }),
              )
            ).rows.map((role) => ({ id: role.id, label: role.name, detail: role.description }))
          }
          chosen={roles}
          onChange={changed(setRoles)}
          messages={roleMessages}
          isDisabled={reason !== undefined}
        />
        <MultiSearchPicker
          label={t('applications.access.organizations')}
          description={t('applications.access.organizationsHelp')}
          queryKey={['authz', 'access-organizations', app.id]}
          load={async (search) =>
            (
              await fetchPage(
                api.GET('/api/organizations', {
                  params: { query: { page: 1, page_size: pickerSize, q: search || undefined } },
                }),
              )
            ).rows.map((organization) => ({ id: organization.id, label: organization.name }))
          }
          chosen={organizations}
          onChange={changed(setOrganizations)}
          messages={organizationMessages}
          isDisabled={reason !== undefined}
        />
        <OrganizationRoleRules
          rules={orgRules}
          onChange={(next) => {
            setOrgRules(next);
            setRuleErrors({});
            setError(undefined);
          }}
          errors={ruleErrors}
          isDisabled={reason !== undefined}
        />
      </SettingsForm>
    </section>
  );
}
