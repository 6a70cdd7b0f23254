import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import type { Settings, TabProps } from './settings';

type LogoField = keyof Settings['branding'];
const logoFields: ReadonlyArray<[LogoField, 'logoUrl' | 'darkLogoUrl' | 'favicon' | 'darkFavicon']> = [
  ['logoUrl', 'logoUrl'],
  ['darkLogoUrl', 'darkLogoUrl'],
  ['favicon', 'favicon'],
  ['darkFavicon', 'darkFavicon'],
];

/** A colour's text field with a swatch of what it reads as now. */
function ColorField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="sie-color">
      <TextField
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        isReadOnly={props.readOnly}
        description={t('signInExperience.branding.colorHint')}
        autoComplete="off"
        spellCheck="false"
      />
      {/* Set through the CSSOM by React, which the CSP allows (unlike a style attribute in HTML). */}
      <span className="sie-swatch" aria-hidden="true" style={{ background: props.value }} />
    </div>
  );
}

/** Colours, dark mode, logos and favicons, custom CSS. */
export function BrandingTab({ draft, update, errors, readOnly }: TabProps) {
  const { t } = useI18n();
  const color = (patch: Partial<Settings['color']>) => update({ color: { ...draft.color, ...patch } });
  const branding = (field: LogoField, value: string) => {
    const next = { ...draft.branding };
    if (value.trim() === '') delete next[field];
    else next[field] = value;
    update({ branding: next });
  };
  return (
    <div className="sie-fields">
      <h3>{t('signInExperience.branding.colors')}</h3>
      <ColorField
        label={t('signInExperience.field.primaryColor')}
        value={draft.color.primaryColor}
        onChange={(primaryColor) => color({ primaryColor })}
        error={errors['color.primaryColor']}
        readOnly={readOnly}
      />
      <Checkbox
        label={t('signInExperience.field.darkMode')}
        description={t('signInExperience.branding.darkModeHint')}
        isSelected={draft.color.isDarkModeEnabled}
        onChange={(isDarkModeEnabled) => color({ isDarkModeEnabled })}
        isReadOnly={readOnly}
      />
      <ColorField
        label={t('signInExperience.field.darkPrimaryColor')}
        value={draft.color.darkPrimaryColor}
        onChange={(darkPrimaryColor) => color({ darkPrimaryColor })}
        error={errors['color.darkPrimaryColor']}
        readOnly={readOnly}
      />
      <h3>{t('signInExperience.branding.images')}</h3>
      {logoFields.map(([field, label]) => (
        <TextField
          key={field}
          label={t(`signInExperience.field.${label}`)}
          type="url"
          value={draft.branding[field] ?? ''}
          onChange={(value) => branding(field, value)}
          error={errors[`branding.${field}`]}
          isReadOnly={readOnly}
          description={t('signInExperience.branding.imageHint')}
        />
      ))}
      <h3>{t('signInExperience.field.customCss')}</h3>
      <TextAreaField
        label={t('signInExperience.field.customCss')}
        description={t('signInExperience.branding.customCssHint')}
        value={draft.customCss ?? ''}
        onChange={(value) => update({ customCss: value === '' ? null : value })}
        error={errors.customCss}
        isReadOnly={readOnly}
        rows={6}
        code
      />
    </div>
  );
}
