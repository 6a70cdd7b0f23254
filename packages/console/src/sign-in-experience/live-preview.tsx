import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { ToggleGroup } from '../ui/toggle-group';
import type { SocialConnector } from './queries';
import type { Settings } from './settings';

const themes = ['light', 'dark'] as const;
const devices = ['desktop', 'phone'] as const;
/** The page's first screen: its mode, and our words for it. */
const screens = [
  ['SignIn', 'signIn'],
  ['Register', 'register'],
] as const;
type Theme = (typeof themes)[number];
type Device = (typeof devices)[number];
type Screen = (typeof screens)[number][0];

/** Typing settles for this long before the preview redraws. */
const debounceMs = 250;

/**
 * The hosted sign-in page in its preview mode (`/sign-in?preview=1`, same origin, framed under
 * both CSPs), drawing the unsaved draft: the page tells us when it listens, then gets each
 * draft by `postMessage` to our own origin only. It never calls the Experience API.
 */
export function LivePreview({ draft, social }: { draft: Settings; social: readonly SocialConnector[] }) {
  const { t } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const [theme, setTheme] = useState<Theme>('light');
  const [device, setDevice] = useState<Device>('desktop');
  const [screen, setScreen] = useState<Screen>('SignIn');

  useEffect(() => {
    const listen = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      if ((event.data as { type?: unknown } | null)?.type === 'tessera:preview-ready') setReady(true);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, []);

  useEffect(() => {
    if (!ready) return undefined;
    const send = () => {
      // The draft's buttons, named as the connectors are (unsaved targets are not in the saved view).
      const socialConnectors = draft.socialSignInConnectorTargets.flatMap((target) =>
        social
          .filter((c) => c.target === target)
          .map((c) => ({ id: c.id, target: c.target, name: c.name, logo: c.logo })),
      );
      frame.current?.contentWindow?.postMessage(
        { type: 'tessera:preview', signInExperience: { ...draft, socialConnectors }, theme, mode: screen },
        location.origin,
      );
    };
    const timer = setTimeout(send, debounceMs);
    return () => clearTimeout(timer);
  }, [ready, draft, social, theme, screen]);

  return (
    <section className="sie-preview" aria-labelledby="sie-preview-heading">
      <h2 id="sie-preview-heading">{t('signInExperience.preview.title')}</h2>
      <p className="sie-try-it">
        <Link className="button" href="/demo-app" target="_blank" rel="noopener">
          {t('signInExperience.tryIt')} <span className="sie-try-it-tab">{t('signInExperience.tryItNewTab')}</span>
        </Link>
        <span className="sie-try-it-hint">{t('signInExperience.tryItHint')}</span>
      </p>
      <div className="sie-preview-tools">
        <ToggleGroup
          label={t('signInExperience.preview.theme')}
          value={theme}
          onChange={setTheme}
          options={themes.map((id) => ({ id, label: t(`signInExperience.preview.${id}`) }))}
        />
        <ToggleGroup
          label={t('signInExperience.preview.device')}
          value={device}
          onChange={setDevice}
          options={devices.map((id) => ({ id, label: t(`signInExperience.preview.${id}`) }))}
        />
        <ToggleGroup
          label={t('signInExperience.preview.screen')}
          value={screen}
          onChange={setScreen}
          options={screens.map(([id, label]) => ({ id, label: t(`signInExperience.preview.${label}`) }))}
        />
      </div>
      {theme === 'dark' && !draft.color.isDarkModeEnabled && (
        <p className="note">{t('signInExperience.preview.darkModeOff')}</p>
      )}
      <div className={`sie-preview-stage sie-preview-${device}`}>
        <iframe
          ref={frame}
          className="sie-preview-frame"
          src="/sign-in?preview=1"
          title={t('signInExperience.preview.frameTitle')}
          data-ready={ready ? 'yes' : 'no'}
        />
      </div>
    </section>
  );
}
