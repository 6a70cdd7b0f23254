import { useI18n } from '../../i18n/i18n';
import type { SearchPickerMessages } from '../../ui/multi-search-picker';

/** The search picker's words in the console's language; `search` names its search box. */
export function usePickerMessages(search: string): SearchPickerMessages {
  const { t } = useI18n();
  return {
    search,
    loading: t('app.loading'),
    noMatches: t('authorization.noMatches'),
    chosen: (count) => t('authorization.chosen', { count }),
    remove: (label) => t('authorization.removeChosen', { label }),
  };
}
