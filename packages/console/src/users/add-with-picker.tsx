import { useState } from 'react';
import type { Can } from '../api/can';
import { errorMessage } from '../api/errors';
import { Button } from '../ui/button';
import { type PickerItem, SearchPicker } from '../ui/search-picker';
import { useStatus } from '../ui/status';

export interface AddWithPickerProps {
  pickerLabel: string;
  buttonLabel: string;
  emptyText: string;
  /** What the server's search found for `search`. */
  items: readonly PickerItem[];
  search: string;
  onSearch: (text: string) => void;
  can: Can;
  /** Adds the picked item; answers the sentence announced on success. */
  onAdd: (item: PickerItem) => Promise<string>;
}

/** Pick one item by searching (keyboard: type, ↓, Enter), then add it with the button; a refusal shows under the picker. */
export function AddWithPicker(props: AddWithPickerProps) {
  const announce = useStatus();
  const [selected, setSelected] = useState<PickerItem | null>(null);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function add() {
    if (!selected) return;
    setPending(true);
    setError(undefined);
    try {
      announce(await props.onAdd(selected), 'success');
      setSelected(null);
      props.onSearch('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="add-with-picker">
      <SearchPicker
        label={props.pickerLabel}
        items={props.items}
        inputValue={props.search}
        onInputChange={(text) => {
          props.onSearch(text);
          if (text !== selected?.label) setSelected(null);
        }}
        selectedId={selected?.id ?? null}
        onSelect={(id) => setSelected(props.items.find((item) => item.id === id) ?? null)}
        emptyText={props.emptyText}
        error={error}
        isDisabled={!props.can.allowed}
      />
      <Button variant="primary" onPress={add} isDisabled={pending || !selected} disabledReason={props.can.reason}>
        {props.buttonLabel}
      </Button>
    </div>
  );
}
