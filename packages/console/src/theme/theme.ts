import { useCallback, useState } from 'react';

/** `system` follows `prefers-color-scheme`; the others pin the theme through `<html data-theme>`. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const storageKey = 'tessera.console.theme';

const isThemeChoice = (value: unknown): value is ThemeChoice => themeChoices.includes(value as ThemeChoice);

export function storedTheme(): ThemeChoice {
  const value = localStorage.getItem(storageKey);
  return isThemeChoice(value) ? value : 'system';
}

/** theme.css turns `data-theme` into `color-scheme`, which every `light-dark()` colour follows. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.dataset.theme = choice;
}

/** The current choice, applied and remembered in this browser. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setTheme] = useState(storedTheme);
  const choose = useCallback((choice: ThemeChoice) => {
    localStorage.setItem(storageKey, choice);
    applyTheme(choice);
    setTheme(choice);
  }, []);
  return [theme, choose];
}
