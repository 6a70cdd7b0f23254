import { dataHookEvents, interactionHookEvents } from '@tessera/server/schemas';
import { type ReactNode, useId, useState } from 'react';
import type { z } from 'zod';
import { useForm } from '../authorization/shared/use-form';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { TextField } from '../ui/text-field';
import type { Hook } from './queries';

/** A header row being edited; blank rows are dropped before sending. */
interface HeaderRow {
  key: number;
  name: string;
  value: string;
}

export interface HookDraft {
  /** Config fields the form does not show (Logto's `retries`), kept as they are on save. */
  otherConfig: Omit<Hook['config'], 'url' | 'headers'>;
  name: string;
  url: string;
  events: string[];
  headers: HeaderRow[];
}

let nextRow = 0;
const rowsOf = (headers: Record<string, string> | undefined): HeaderRow[] =>
  Object.entries(headers ?? {}).map(([name, value]) => ({ key: nextRow++, name, value }));

export function draftOf(hook?: Hook): HookDraft {
  const { url: _url, headers: _headers, ...otherConfig } = hook?.config ?? { url: '' };
  return {
    otherConfig,
    name: hook?.name ?? '',
    url: hook?.config.url ?? '',
    events: hook ? [...hook.events] : [],
    headers: rowsOf(hook?.config.headers),
  };
}

/** Logto's grouping: interaction events first, then data events by what they concern. */
const eventGroups: ReadonlyArray<{ id: string; events: readonly string[] }> = [
  { id: 'interaction', events: interactionHookEvents },
  ...[...new Set(dataHookEvents.map((event) => event.split('.')[0] as string))].map((prefix) => ({
    id: prefix,
    events: dataHookEvents.filter((event) => event.split('.')[0] === prefix),
  })),
];

/**
 * Name, endpoint URL, events and custom headers, checked with the server's schema before they
 * are sent; each problem shows next to its field, in words.
 */
export function useHookForm<S extends z.ZodType>(schema: S, initial: HookDraft) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const form = useForm(schema);
  const update = (changes: Partial<HookDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const submit = (send: (body: z.output<S>) => Promise<unknown>): Promise<boolean> => {
    const problems: Record<string, string> = {};
    if (draft.events.length === 0) problems.events = t('webhooks.eventsRequired');
    const seen = new Set<string>();
    for (const row of draft.headers) {
      const name = row.name.trim().toLowerCase();
      if (!name && row.value) problems[`header.${row.key}`] = t('webhooks.headerNameRequired');
      else if (name && seen.has(name)) problems[`header.${row.key}`] = t('webhooks.headerDuplicate');
      seen.add(name);
    }
    setLocal(problems);
    const headers = Object.fromEntries(
      draft.headers.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]),
    );
    const body = {
      name: draft.name.trim(),
      events: draft.events,
      config: { ...draft.otherConfig, url: draft.url.trim(), headers },
    };
    // With a problem of our own, the schema still checks the rest (sending nothing), so every
    // field's problem shows at once.
    if (Object.keys(problems).length > 0) return form.submit(body, async () => undefined).then(() => false);
    return form.submit(body, send);
  };
  const errors: Record<string, string | undefined> = {
    ...form.errors,
    ...(form.errors['config.url'] && { 'config.url': t('webhooks.urlInvalid') }),
    ...local,
  };
  return { draft, update, errors, submit };
}

export function HookFields({
  form,
  isReadOnly,
  autoFocus,
}: {
  form: ReturnType<typeof useHookForm>;
  isReadOnly?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const { draft, update, errors } = form;
  return (
    <>
      <TextField
        label={t('webhooks.name')}
        value={draft.name}
        onChange={(name) => update({ name })}
        error={errors.name}
        isReadOnly={isReadOnly}
        isRequired
        autoFocus={autoFocus}
      />
      <TextField
        label={t('webhooks.url')}
        description={t('webhooks.urlHelp')}
        type="url"
        value={draft.url}
        onChange={(url) => update({ url })}
        error={errors['config.url']}
        isReadOnly={isReadOnly}
        isRequired
      />
      <EventPicker
        value={draft.events}
        onChange={(events) => update({ events })}
        error={errors.events}
        isReadOnly={isReadOnly}
      />
      <HeadersEditor
        rows={draft.headers}
        onChange={(headers) => update({ headers })}
        errors={errors}
        isReadOnly={isReadOnly}
      />
    </>
  );
}

/** A titled group of fields with a line of help read with it. */
function FieldSet(props: { className: string; legend: string; help: string; children: ReactNode }) {
  const helpId = useId();
  return (
    <fieldset className={props.className} aria-describedby={helpId}>
      <legend className="group-label">{props.legend}</legend>
      <p id={helpId} className="field-help">
        {props.help}
      </p>
      {props.children}
    </fieldset>
  );
}

function EventPicker(props: {
  value: string[];
  onChange: (events: string[]) => void;
  error?: string;
  isReadOnly?: boolean;
}) {
  const { t } = useI18n();
  return (
    <FieldSet className="event-picker" legend={t('webhooks.events')} help={t('webhooks.eventsHelp')}>
      <div className="event-groups">
        {eventGroups.map((group) => (
          <CheckboxGroup
            key={group.id}
            label={t(`webhooks.group.${group.id}` as MessageKey)}
            value={props.value.filter((event) => group.events.includes(event))}
            onChange={(chosen) =>
              props.onChange([...props.value.filter((event) => !group.events.includes(event)), ...chosen])
            }
            isReadOnly={props.isReadOnly}
          >
            {group.events.map((event) => (
              <Checkbox
                key={event}
                value={event}
                label={group.id === 'interaction' ? t(`webhooks.event.${event}` as MessageKey) : event}
              />
            ))}
          </CheckboxGroup>
        ))}
      </div>
      {props.error && (
        <p role="alert" className="field-error">
          {props.error}
        </p>
      )}
    </FieldSet>
  );
}

function HeadersEditor(props: {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
  errors: Record<string, string | undefined>;
  isReadOnly?: boolean;
}) {
  const { t } = useI18n();
  const change = (key: number, changes: Partial<HeaderRow>) =>
    props.onChange(props.rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  return (
    <FieldSet className="headers-editor" legend={t('webhooks.headers')} help={t('webhooks.headersHelp')}>
      {props.rows.map((row, index) => (
        <div key={row.key} className="header-row">
          <TextField
            label={t('webhooks.headerName', { index: index + 1 })}
            value={row.name}
            onChange={(name) => change(row.key, { name })}
            error={props.errors[`header.${row.key}`]}
            isReadOnly={props.isReadOnly}
          />
          <TextField
            label={t('webhooks.headerValue', { index: index + 1 })}
            value={row.value}
            onChange={(value) => change(row.key, { value })}
            isReadOnly={props.isReadOnly}
          />
          <Button
            variant="quiet"
            isDisabled={props.isReadOnly}
            onPress={() => props.onChange(props.rows.filter((other) => other.key !== row.key))}
          >
            {t('webhooks.headerRemove', { index: index + 1 })}
          </Button>
        </div>
      ))}
      {props.errors['config.headers'] && <p className="field-error">{props.errors['config.headers']}</p>}
      <div>
        <Button
          isDisabled={props.isReadOnly}
          onPress={() => props.onChange([...props.rows, { key: nextRow++, name: '', value: '' }])}
        >
          {t('webhooks.headerAdd')}
        </Button>
      </div>
    </FieldSet>
  );
}
