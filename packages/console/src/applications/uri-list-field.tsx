import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';

export interface UriListFieldProps {
  label: string;
  description: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** The error of each entry, by index. */
  errorOf: (index: number) => string | undefined;
  isReadOnly?: boolean;
}

/** An editable list of URIs: one labelled field per entry, each with its own error and Remove button. */
export function UriListField({ label, description, values, onChange, errorOf, isReadOnly }: UriListFieldProps) {
  const { t } = useI18n();
  const headingId = useId();
  const descriptionId = useId();
  const set = (index: number, value: string) => onChange(values.map((old, at) => (at === index ? value : old)));
  return (
    <fieldset className="uri-list" aria-labelledby={headingId} aria-describedby={descriptionId}>
      <legend id={headingId}>{label}</legend>
      <p id={descriptionId} className="note">
        {description}
      </p>
      {values.length === 0 && <p className="note">{t('applications.noItems')}</p>}
      {values.map((value, index) => {
        const number = index + 1;
        return (
          // Entries have no identity but their place; editing never reorders them.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="uri-list-item">
            <TextField
              label={t('applications.uriItem', { list: label, number })}
              value={value}
              onChange={(next) => set(index, next)}
              error={errorOf(index)}
              isReadOnly={isReadOnly}
              spellCheck="false"
            />
            {!isReadOnly && (
              <Button
                variant="quiet"
                onPress={() => onChange(values.filter((_, at) => at !== index))}
                aria-label={t('applications.removeItem', { list: label, number })}
              >
                {t('authorization.remove')}
              </Button>
            )}
          </div>
        );
      })}
      {!isReadOnly && (
        <Button onPress={() => onChange([...values, ''])}>{t('applications.addItem', { list: label })}</Button>
      )}
    </fieldset>
  );
}
