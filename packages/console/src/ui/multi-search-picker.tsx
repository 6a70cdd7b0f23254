import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { Button } from './button';
import { LoadError } from './load-error';
import { Progress } from './progress';
import { SearchField } from './search-field';
import { useSettled } from './use-settled';
import './multi-search-picker.css';

export interface PickerOption {
  id: string;
  label: string;
  /** A second line (an email, an API resource), read with the option. */
  detail?: string;
  /** Why it cannot be chosen; the option is then disabled and says so. */
  disabledReason?: string;
  /** How it reads once chosen, when the label alone is ambiguous ("read:orders · Shop API"). */
  chosenLabel?: string;
}

export interface SearchPickerMessages {
  search: string;
  loading: string;
  noMatches: string;
  /** "Chosen (2)": names the list of what is chosen so far. */
  chosen: (count: number) => string;
  /** "Remove Alice" for each chosen item's button. */
  remove: (label: string) => string;
}

export interface MultiSearchPickerProps {
  /** The checkbox group's name, e.g. "Users to assign". */
  label: string;
  description?: string;
  /** Identifies the search in the query cache; the search text is appended. */
  queryKey: readonly unknown[];
  /** One page of matches from the API (search goes to the server). */
  load: (search: string) => Promise<PickerOption[]>;
  /** What is chosen, id → label; it survives new searches. */
  chosen: ReadonlyMap<string, string>;
  onChange: (chosen: Map<string, string>) => void;
  messages: SearchPickerMessages;
  error?: string;
  isDisabled?: boolean;
}

/**
 * Choose several records from a server-side search: a search box, the matches as checkboxes
 * (Tab and Space), and the chosen ones listed with a Remove button each.
 */
export function MultiSearchPicker(props: MultiSearchPickerProps) {
  const { messages, chosen, onChange } = props;
  const [text, setText] = useState('');
  const search = useSettled(text.trim());
  const matches = useQuery({
    queryKey: [...props.queryKey, search],
    queryFn: () => props.load(search),
    placeholderData: keepPreviousData,
  });
  const options = matches.data ?? [];
  const pick = (ids: string[]) => {
    const next = new Map<string, string>();
    for (const id of ids) {
      const option = options.find((match) => match.id === id);
      const label = chosen.get(id) ?? option?.chosenLabel ?? option?.label;
      if (label !== undefined) next.set(id, label);
    }
    onChange(next);
  };
  const without = (id: string) => {
    const next = new Map(chosen);
    next.delete(id);
    onChange(next);
  };
  return (
    <div className="picker">
      <SearchField label={messages.search} value={text} onChange={setText} />
      <CheckboxGroup
        className="picker-options"
        value={[...chosen.keys()]}
        onChange={pick}
        isInvalid={props.error !== undefined}
        isDisabled={props.isDisabled}
        validationBehavior="aria"
      >
        <Label className="picker-label">{props.label}</Label>
        {props.description && <Text slot="description">{props.description}</Text>}
        {matches.error ? (
          <LoadError error={matches.error} onRetry={() => matches.refetch()} />
        ) : !matches.data ? (
          <Progress label={messages.loading} />
        ) : options.length === 0 ? (
          <p className="note">{messages.noMatches}</p>
        ) : (
          <ul className="picker-list">
            {options.map((option) => (
              <li key={option.id}>
                <Checkbox
                  className="picker-checkbox"
                  value={option.id}
                  isDisabled={option.disabledReason !== undefined}
                >
                  {({ isSelected }) => (
                    <>
                      <span className="picker-checkbox-box" aria-hidden="true">
                        {isSelected ? '✓' : ''}
                      </span>
                      <span className="picker-checkbox-text">
                        <span>{option.label}</span>
                        {option.detail && <span className="note">{option.detail}</span>}
                        {option.disabledReason && <span className="reason">{option.disabledReason}</span>}
                      </span>
                    </>
                  )}
                </Checkbox>
              </li>
            ))}
          </ul>
        )}
        <FieldError className="field-error">{props.error}</FieldError>
      </CheckboxGroup>
      {chosen.size > 0 && (
        <section className="picker-chosen" aria-label={messages.chosen(chosen.size)}>
          <p className="note">{messages.chosen(chosen.size)}</p>
          <ul className="chips">
            {[...chosen].map(([id, label]) => (
              <li key={id} className="chip">
                <span>{label}</span>
                <Button variant="quiet" aria-label={messages.remove(label)} onPress={() => without(id)}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
