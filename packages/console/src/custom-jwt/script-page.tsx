import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { UnsavedChangesGuard } from '../ui/unsaved-changes-guard';

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The page of one script config (a custom token claims script, an action): a back link, then
 * the editor once the stored value (or null) is loaded; an unknown kind says so.
 */
export function ScriptPage<T>({
  title,
  intro,
  back,
  notFound,
  config,
  children,
}: {
  title: string;
  intro?: string;
  back: { href: string; label: string };
  /** Set when the URL names no such kind. */
  notFound?: string;
  config: Loaded<T>;
  /** The editor, given the stored value; keyed on it so a save or delete restarts the form. */
  children: (stored: T) => ReactNode;
}) {
  const { t } = useI18n();
  const backLink = (
    <Link className="back-link" href={back.href}>
      {back.label}
    </Link>
  );
  if (notFound)
    return (
      <Page title={title}>
        <p>{notFound}</p>
        {backLink}
      </Page>
    );
  return (
    <Page title={title} {...(intro && { intro })}>
      {backLink}
      {config.error ? (
        <LoadError error={config.error} onRetry={() => config.refetch()} />
      ) : config.data === undefined ? (
        <Progress label={t('app.loading')} />
      ) : (
        children(config.data)
      )}
    </Page>
  );
}

/**
 * The end of a script form: its failure in words, Save, Delete (behind a confirmation) when
 * something is stored, and the guard against leaving with unsaved changes.
 */
export function ScriptFormFooter({
  failure,
  save,
  remove,
  unsaved,
}: {
  failure: string | undefined;
  save: { label: string; isDisabled: boolean; disabledReason: string | undefined };
  remove?: {
    triggerLabel: string;
    title: string;
    loss: string;
    confirmLabel: string;
    disabledReason: string | undefined;
    onConfirm: () => Promise<void>;
  };
  unsaved: { dirty: boolean; title: string; body: string; stay: string; leave: string };
}) {
  const { dirty, ...text } = unsaved;
  return (
    <>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" isDisabled={save.isDisabled} disabledReason={save.disabledReason}>
          {save.label}
        </Button>
        {remove && (
          <ConfirmDialog
            triggerLabel={remove.triggerLabel}
            title={remove.title}
            losses={[remove.loss]}
            confirmLabel={remove.confirmLabel}
            disabledReason={remove.disabledReason}
            onConfirm={remove.onConfirm}
          />
        )}
      </div>
      <UnsavedChangesGuard dirty={dirty} text={text} />
    </>
  );
}
