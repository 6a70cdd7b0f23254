import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export type Language = 'en' | 'zh-CN';

/** Each language under its own name, as a picker shows it. */
export const languages: ReadonlyArray<{ id: Language; name: string }> = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
];

const catalogs: Record<Language, Messages> = { en, 'zh-CN': zhCN };
/** React Aria's own strings (table sorting, dialogs, …) by its locale names. */
const ariaLocales: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const storageKey = 'tessera.console.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setState(next);
  }, []);
  // Screen readers pick their voice from <html lang>.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const catalog = catalogs[language];
    const t: Translate = (key, values) =>
      catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));
    return { language, setLanguage, t };
  }, [language, setLanguage]);
  return (
    <I18nContext.Provider value={value}>
      <I18nProvider locale={ariaLocales[language]}>{children}</I18nProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}
