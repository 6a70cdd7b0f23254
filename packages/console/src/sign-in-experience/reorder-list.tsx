import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { useStatus } from '../ui/status';
import { moveItem } from './settings';

export interface ReorderListProps<T> {
  /** The list's accessible name, e.g. "Social sign-in buttons, in the order shown". */
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  nameOf: (item: T) => string;
  onChange: (items: T[]) => void;
  /** Controls of an item beside its name (its options). */
  renderItem?: (item: T) => ReactNode;
  readOnly: boolean;
}

type Direction = 'up' | 'down';

/**
 * An ordered list changed by buttons (move up, move down, remove): usable by keyboard and screen
 * reader, unlike dragging. Focus follows the moved item, and its new place is announced.
 */
export function ReorderList<T>({
  label: listLabel,
  items,
  keyOf,
  nameOf,
  onChange,
  renderItem,
  readOnly,
}: ReorderListProps<T>) {
  const { t } = useI18n();
  const announce = useStatus();
  const listId = useId();
  const focusNext = useRef<string>(undefined);
  const idOf = (key: string, action: Direction | 'remove') => `${listId}-${encodeURIComponent(key)}-${action}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const item = items[index] as T;
    const key = keyOf(item);
    // At an end, the button just pressed disappears: focus its opposite.
    const atEnd = direction === 'up' ? to === 0 : to === items.length - 1;
    focusNext.current = idOf(key, atEnd ? (direction === 'up' ? 'down' : 'up') : direction);
    onChange(moveItem(items, index, to));
    announce(t('signInExperience.list.moved', { name: nameOf(item), position: to + 1, count: items.length }));
  };

  const remove = (index: number) => {
    const item = items[index] as T;
    const neighbour = items[index + 1] ?? items[index - 1];
    if (neighbour) focusNext.current = idOf(keyOf(neighbour), 'remove');
    onChange(items.filter((_, i) => i !== index));
    announce(t('signInExperience.list.removed', { name: nameOf(item) }));
  };

  /** Visible "Move up"; heard "Move up: GitHub" (the visible words first), so each button is named apart. */
  const named = (action: string, name: string) => ({
    children: action,
    'aria-label': t('signInExperience.list.named', { action, name }),
  });

  return (
    <ol className="reorder-list" aria-label={listLabel}>
      {items.map((item, index) => {
        const key = keyOf(item);
        const name = nameOf(item);
        return (
          <li key={key} className="reorder-item">
            <div className="reorder-body">
              <span className="reorder-name">{name}</span>
              {renderItem?.(item)}
            </div>
            {!readOnly && (
              <div className="reorder-actions">
                {index > 0 && (
                  <Button
                    variant="quiet"
                    id={idOf(key, 'up')}
                    onPress={() => move(index, 'up')}
                    {...named(t('signInExperience.list.moveUp'), name)}
                  />
                )}
                {index < items.length - 1 && (
                  <Button
                    variant="quiet"
                    id={idOf(key, 'down')}
                    onPress={() => move(index, 'down')}
                    {...named(t('signInExperience.list.moveDown'), name)}
                  />
                )}
                <Button
                  variant="quiet"
                  id={idOf(key, 'remove')}
                  onPress={() => remove(index)}
                  {...named(t('signInExperience.list.remove'), name)}
                />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
