import type { Key } from 'react-aria-components';
import {
  Select as AriaSelect,
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface SelectOption<K extends Key> {
  id: K;
  label: string;
  /** The option's language when it differs from the page's (a language picker). */
  lang?: string;
}

export interface SelectProps<K extends Key> {
  label: string;
  options: ReadonlyArray<SelectOption<K>>;
  value: K;
  onChange: (value: K) => void;
  description?: string;
  error?: string;
  isDisabled?: boolean;
  className?: string;
}

export function Select<K extends Key>({
  label,
  options,
  value,
  onChange,
  description,
  error,
  ...rest
}: SelectProps<K>) {
  return (
    <AriaSelect
      className={`field select ${rest.className ?? ''}`}
      value={value}
      onChange={(key) => key !== null && onChange(key as K)}
      isInvalid={error !== undefined}
      isDisabled={rest.isDisabled}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Button className="input select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="option" id={option.id} textValue={option.label} lang={option.lang}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
