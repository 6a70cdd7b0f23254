import { useI18n } from '../i18n/i18n';
import { CheckboxGroup } from '../ui/checkbox-group';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { useApiResources } from './api-resources';

/** The picked API access: resource indicator → its picked permission names, in list order. */
export type PickedAccess = ReadonlyMap<string, readonly string[]>;

/** The API resources and permissions the snippets ask for; none by default. */
export function ApiAccessPicker({ value, onChange }: { value: PickedAccess; onChange: (next: PickedAccess) => void }) {
  const { t } = useI18n();
  const resources = useApiResources();
  if (resources.error) return <LoadError error={resources.error} onRetry={() => resources.refetch()} />;
  if (!resources.data) return <Progress label={t('app.loading')} />;
  if (resources.data.length === 0) return <p className="note">{t('guides.access.noResources')}</p>;

  const list = resources.data;
  const pickResources = (indicators: string[]) =>
    onChange(
      new Map(
        list
          .filter((resource) => indicators.includes(resource.indicator))
          .map((resource) => [resource.indicator, value.get(resource.indicator) ?? []]),
      ),
    );
  const pickScopes = (indicator: string, scopes: string[]) => onChange(new Map(value).set(indicator, scopes));

  return (
    <div className="guide-access">
      <CheckboxGroup
        label={t('guides.access.resources')}
        options={list.map((resource) => ({ id: resource.indicator, label: resource.name, detail: resource.indicator }))}
        value={[...value.keys()]}
        onChange={pickResources}
      />
      {list
        .filter((resource) => value.has(resource.indicator))
        .map((resource) => {
          const scopes = resource.scopes ?? [];
          if (scopes.length === 0)
            return (
              <p key={resource.id} className="note">
                {t('guides.access.noPermissions', { name: resource.name })}
              </p>
            );
          return (
            <CheckboxGroup
              key={resource.id}
              label={t('guides.access.permissions', { name: resource.name })}
              options={scopes.map((scope) => ({
                id: scope.name,
                label: scope.name,
                detail: scope.description ?? undefined,
              }))}
              value={value.get(resource.indicator) ?? []}
              onChange={(names) => pickScopes(resource.indicator, names)}
            />
          );
        })}
    </div>
  );
}
