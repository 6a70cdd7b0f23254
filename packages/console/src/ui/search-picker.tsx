import {
  ComboBox,
  FieldError,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Button as RacButton,
  Text,
} from 'react-aria-components';

export interface PickerItem {
  id: string;
  label: string;
  /** A second line under the label (a description, an id). */
  detail?: string;
}

export interface SearchPickerProps {
  label: string;
  /** The options matching `inputValue`, as the server's search returned them. */
  items: readonly PickerItem[];
  inputValue: string;
  onInputChange: (text: string) => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Said in the open list when nothing matches (or while the search runs). */
  emptyText: string;
  description?: string;
  error?: string;
  isDisabled?: boolean;
}

/**
 * A combo box over a server-side search: typing asks the API (the caller debounces and passes the
 * answer as `items`), the arrow keys move through the options and Enter picks one. The list is
 * never filtered here, so it shows exactly what the server found.
 */
export function SearchPicker(props: SearchPickerProps) {
  return (
    <ComboBox
      className="field search-picker"
      items={props.items}
      inputValue={props.inputValue}
      onInputChange={props.onInputChange}
      selectedKey={props.selectedId}
      onSelectionChange={(key: Key | null) => props.onSelect(key === null ? null : String(key))}
      menuTrigger="focus"
      allowsEmptyCollection
      isDisabled={props.isDisabled}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <span className="search-picker-control">
        <Input className="input" />
        {/* The list opens from the input too (focus, typing, Alt+↓); the button is for pointers. */}
        <RacButton className="search-picker-button">
          <span aria-hidden="true">▾</span>
        </RacButton>
      </span>
      {props.description && <Text slot="description">{props.description}</Text>}
      <FieldError className="field-error">{props.error}</FieldError>
      <Popover className="popover">
        <ListBox<PickerItem> className="listbox" renderEmptyState={() => <p className="option">{props.emptyText}</p>}>
          {(item) => (
            <ListBoxItem className="option" id={item.id} textValue={item.label}>
              <span>{item.label}</span>
              {item.detail && <span className="option-detail">{item.detail}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
