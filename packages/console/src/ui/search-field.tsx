import { SearchField as AriaSearchField, Button, Input, Label } from 'react-aria-components';
import './search-field.css';

export interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A labelled search box; Escape or its clear button empties it (React Aria names the button). */
export function SearchField({ label, value, onChange, placeholder }: SearchFieldProps) {
  return (
    <AriaSearchField className="field search-field" value={value} onChange={onChange}>
      <Label>{label}</Label>
      <div className="search-input">
        <Input className="input" placeholder={placeholder} />
        {value !== '' && (
          <Button className="search-clear">
            <span aria-hidden="true">×</span>
          </Button>
        )}
      </div>
    </AriaSearchField>
  );
}
