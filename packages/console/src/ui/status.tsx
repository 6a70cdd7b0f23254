import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

type Tone = 'success' | 'error' | 'info';
interface Message {
  id: number;
  text: string;
  tone: Tone;
}

type Announce = (text: string, tone?: Tone) => void;
const StatusContext = createContext<Announce | undefined>(undefined);

const visibleMs = 6000;

/**
 * Short confirmations ("Issuer copied.") in one polite live region, so screen readers read them
 * without moving focus. Each fades after a few seconds or on Dismiss.
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [messages, setMessages] = useState<Message[]>([]);
  const nextId = useRef(0);
  const dismiss = useCallback((id: number) => setMessages((all) => all.filter((m) => m.id !== id)), []);
  const announce = useCallback<Announce>(
    (text, tone = 'info') => {
      const id = nextId.current++;
      setMessages((all) => [...all.slice(-2), { id, text, tone }]);
      setTimeout(() => dismiss(id), visibleMs);
    },
    [dismiss],
  );
  const value = useMemo(() => announce, [announce]);
  return (
    <StatusContext.Provider value={value}>
      {children}
      <section className="status-region" aria-label={t('status.region')}>
        <div role="status" aria-live="polite">
          {messages.map((message) => (
            <p key={message.id} className={`status status-${message.tone}`}>
              <span>{message.text}</span>
              <button type="button" className="status-dismiss" onClick={() => dismiss(message.id)}>
                {t('status.dismiss')}
              </button>
            </p>
          ))}
        </div>
      </section>
    </StatusContext.Provider>
  );
}

/** Announces a short message in the status region. */
export function useStatus(): Announce {
  const announce = useContext(StatusContext);
  if (!announce) throw new Error('useStatus outside StatusProvider');
  return announce;
}
