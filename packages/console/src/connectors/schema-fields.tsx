import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { Select } from '../ui/select';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import {
  type Draft,
  type DraftObject,
  draftOf,
  itemLabelOf,
  type JsonSchema,
  kindOf,
  labelOf,
  optionsOf,
} from './config-draft';
import { fieldDescription, fieldLabel, itemLabel } from './field-text';

interface FieldsProps {
  schema: JsonSchema;
  draft: DraftObject;
  onChange: (draft: DraftObject) => void;
  /** Messages by dotted path (`templates.0.content`), from the form's own checks or the API. */
  errors: Record<string, string>;
  /** Why nothing can change (a Viewer); fields are then read-only. */
  readOnly: boolean;
  path?: string;
}

/** One field per property of an object schema, in the schema's order; constant fields are not shown. */
export function ConfigFields({ schema, draft, onChange, errors, readOnly, path = '' }: FieldsProps) {
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([key, child]) =>
        kindOf(child) === 'hidden' ? null : (
          <SchemaField
            key={key}
            name={key}
            schema={child}
            required={schema.required?.includes(key) ?? false}
            value={draft[key] ?? draftOf(child, undefined)}
            onChange={(value) => onChange({ ...draft, [key]: value })}
            errors={errors}
            readOnly={readOnly}
            path={path ? `${path}.${key}` : key}
          />
        ),
      )}
    </>
  );
}

interface FieldProps {
  name: string;
  schema: JsonSchema;
  required: boolean;
  value: Draft;
  onChange: (value: Draft) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  path: string;
}

const unset = '__unset';

/** The schema's help for a field in the console's language, and a way to add the form's own help to it. */
function useHelp(schema: JsonSchema) {
  const { t, language } = useI18n();
  const description = fieldDescription(schema.description, language);
  const withHelp = (help: string) => (description ? t('connectors.form.helpWith', { description, help }) : help);
  return { description, withHelp };
}

function SchemaField({ name, schema, required, value, onChange, errors, readOnly, path }: FieldProps) {
  const { t, language } = useI18n();
  const { description, withHelp } = useHelp(schema);
  const label = fieldLabel(path, labelOf(name), language);
  const error = errors[path];
  const text = typeof value === 'string' ? value : '';
  const common = { label, error, isReadOnly: readOnly, isRequired: required };
  switch (kindOf(schema)) {
    case 'text':
      // Message bodies are long; every other text is one line.
      return name === 'content' ? (
        <TextAreaField {...common} description={description} value={text} onChange={onChange} rows={3} />
      ) : (
        <TextField
          {...common}
          description={description}
          value={text}
          onChange={onChange}
          type={schema.format === 'uri' ? 'url' : 'text'}
          spellCheck="false"
        />
      );
    case 'secret':
      return (
        <TextField
          {...common}
          description={withHelp(t(text === '********' ? 'connectors.form.secretKept' : 'connectors.form.secretHelp'))}
          value={text}
          onChange={onChange}
          type="password"
          autoComplete="off"
        />
      );
    case 'number':
      return <TextField {...common} description={description} value={text} onChange={onChange} inputMode="numeric" />;
    case 'boolean':
      return (
        <Checkbox
          label={label}
          description={description}
          isSelected={value === true}
          onChange={onChange}
          isReadOnly={readOnly}
        />
      );
    case 'enum': {
      // A default counts as a value; an optional field without one can be left unset.
      const optional = !required && schema.default === undefined;
      const options = [
        ...(optional || text === '' ? [{ id: unset, label: t('connectors.form.notSet') }] : []),
        ...optionsOf(schema).map((option) => ({ id: option, label: option })),
      ];
      return (
        <Select
          label={label}
          description={description}
          error={error}
          options={options}
          value={text === '' ? unset : text}
          onChange={(next) => onChange(next === unset ? '' : next)}
          isDisabled={readOnly}
        />
      );
    }
    case 'choices':
      return (
        <CheckboxGroup
          label={label}
          description={description}
          error={error}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          isReadOnly={readOnly}
        >
          {optionsOf(schema).map((option) => (
            <Checkbox key={option} value={option} label={option} />
          ))}
        </CheckboxGroup>
      );
    case 'object':
      return (
        <Group legend={label} description={description} error={error}>
          <ConfigFields
            schema={schema}
            draft={(value as DraftObject) ?? {}}
            onChange={onChange}
            errors={errors}
            readOnly={readOnly}
            path={path}
          />
        </Group>
      );
    case 'list':
      return (
        <ListField
          name={name}
          schema={schema}
          items={Array.isArray(value) ? (value as DraftObject[]) : []}
          onChange={onChange}
          errors={errors}
          readOnly={readOnly}
          path={path}
        />
      );
    case 'json':
      return (
        <TextAreaField
          {...common}
          description={withHelp(t('connectors.form.jsonHelp'))}
          value={text}
          onChange={onChange}
          rows={3}
          code
        />
      );
    default:
      return null;
  }
}

/** A fieldset named by its legend, its description and error read with it. */
function Group(props: { legend: string; description?: string; error?: string; children: React.ReactNode }) {
  const id = useId();
  const describedBy = [props.description && `${id}-d`, props.error && `${id}-e`].filter(Boolean).join(' ');
  return (
    <fieldset className="config-group" aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      {props.description && (
        <p id={`${id}-d`} className="note">
          {props.description}
        </p>
      )}
      {props.error && (
        <p id={`${id}-e`} className="field-error">
          {props.error}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

/** A list of objects (message templates): each item its own group, with add and remove. */
function ListField(props: {
  name: string;
  schema: JsonSchema;
  items: DraftObject[];
  onChange: (items: DraftObject[]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  path: string;
}) {
  const { t, language } = useI18n();
  const { description } = useHelp(props.schema);
  const { name, schema, items, onChange, errors, readOnly, path } = props;
  const itemSchema = schema.items as JsonSchema;
  const item = itemLabel(path, itemLabelOf(name), language);
  return (
    <Group legend={fieldLabel(path, labelOf(name), language)} description={description} error={errors[path]}>
      {items.map((draft, index) => {
        const number = String(index + 1);
        return (
          // Items have no identity of their own; their position is what the API's errors name.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="config-item">
            <Group legend={t('connectors.form.item', { item, index: number })} error={errors[`${path}.${index}`]}>
              <ConfigFields
                schema={itemSchema}
                draft={draft}
                onChange={(next) => onChange(items.map((old, at) => (at === index ? next : old)))}
                errors={errors}
                readOnly={readOnly}
                path={`${path}.${index}`}
              />
              <div className="config-item-actions">
                <Button
                  variant="quiet"
                  isDisabled={readOnly}
                  onPress={() => onChange(items.filter((_, at) => at !== index))}
                >
                  {t('connectors.form.removeItem', { item: item.toLowerCase(), index: number })}
                </Button>
              </div>
            </Group>
          </div>
        );
      })}
      <div>
        <Button isDisabled={readOnly} onPress={() => onChange([...items, draftOf(itemSchema, {}) as DraftObject])}>
          {t('connectors.form.addItem', { item: item.toLowerCase() })}
        </Button>
      </div>
    </Group>
  );
}
