import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import type { VariableRow } from './draft';

/** The script's environment variables as name/value rows; a row's error sits next to its field. */
export function EnvironmentVariables({
  rows,
  onChange,
  errors,
  isReadOnly,
}: {
  rows: VariableRow[];
  onChange: (rows: VariableRow[]) => void;
  errors: FieldErrors;
  isReadOnly: boolean;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<VariableRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="env-variables">
      <legend>{t('customJwt.env')}</legend>
      <p className="hint">{t('customJwt.env.intro')}</p>
      {rows.length === 0 && <p>{t('customJwt.env.none')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        // The form's own check names the row; the server's names the variable.
        const error = errors[`environmentVariables.${index}.name`] ?? errors[`environmentVariables.${row.name}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place; names change as typed.
          <div key={index} className="env-row">
            <TextField
              label={t('customJwt.env.name', { n })}
              value={row.name}
              autoComplete="off"
              spellCheck="false"
              error={error}
              isReadOnly={isReadOnly}
              onChange={(name) => update(index, { name })}
            />
            <TextField
              label={t('customJwt.env.value', { n })}
              value={row.value}
              autoComplete="off"
              spellCheck="false"
              isReadOnly={isReadOnly}
              onChange={(value) => update(index, { value })}
            />
            {!isReadOnly && (
              <Button variant="quiet" onPress={() => onChange(rows.filter((_, at) => at !== index))}>
                {t('customJwt.env.remove', { n })}
              </Button>
            )}
          </div>
        );
      })}
      {!isReadOnly && (
        <Button onPress={() => onChange([...rows, { name: '', value: '' }])}>{t('customJwt.env.add')}</Button>
      )}
    </fieldset>
  );
}
