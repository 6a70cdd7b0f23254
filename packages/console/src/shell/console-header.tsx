import { useSession } from '../auth/auth-gate';
import { displayName, useCurrentAdmin } from '../auth/current-admin';
import { type Language, languages, useI18n } from '../i18n/i18n';
import { type ThemeChoice, themeChoices, useTheme } from '../theme/theme';
import { Button } from '../ui/button';
import { Select } from '../ui/select';

export function ConsoleHeader() {
  const { t, language, setLanguage } = useI18n();
  const [theme, setTheme] = useTheme();
  const { signOut } = useSession();
  const admin = useCurrentAdmin().data;
  return (
    <>
      <p className="brand">{t('app.name')}</p>
      <div className="header-tools">
        <Select<Language>
          label={t('header.language')}
          options={languages.map(({ id, name }) => ({ id, label: name, lang: id }))}
          value={language}
          onChange={setLanguage}
        />
        <Select<ThemeChoice>
          label={t('header.theme')}
          options={themeChoices.map((id) => ({ id, label: t(`theme.${id}`) }))}
          value={theme}
          onChange={setTheme}
        />
        {admin && (
          <p className="account">
            {t('header.signedInAs', { name: displayName(admin), role: t(`role.${admin.role}`) })}
          </p>
        )}
        <Button onPress={signOut}>{t('header.signOut')}</Button>
      </div>
    </>
  );
}
