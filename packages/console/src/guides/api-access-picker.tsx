import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
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
      <CheckboxGroup label={t('guides.access.resources')} value={[...value.keys()]} onChange={pickResources}>
        {list.map((resource) => (
          <Checkbox
            key={resource.id}
            value={resource.indicator}
            label={resource.name}
            description={resource.indicator}
          />
        ))}
      </CheckboxGroup>
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
              value={[...(value.get(resource.indicator) ?? [])]}
              onChange={(names) => pickScopes(resource.indicator, names)}
            >
              {scopes.map((scope) => (
                <Checkbox
                  key={scope.name}
                  value={scope.name}
                  label={scope.name}
                  description={scope.description ?? undefined}
                />
              ))}
            </CheckboxGroup>
          );
        })}
    </div>
  );
}
