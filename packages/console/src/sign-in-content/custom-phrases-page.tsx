import { languageTagParams } from '@tessera/server/schemas';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { BackLink } from '../authorization/shared/back-link';
import { WhenLoaded } from '../authorization/shared/record-query';
import { SettingsForm } from '../authorization/shared/settings-form';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../ui/form-dialog';
import { Page } from '../ui/page';
import { useStatus } from '../ui/status';
import { TextField } from '../ui/text-field';
import { type PhraseRow, type RowProblem, rowsOf, translationOf } from './phrases';
import { useCustomPhrases, useReload } from './queries';
import './sign-in-content.css';

const problemKey = {
  key: 'signInContent.phrases.badKey',
  value: 'signInContent.phrases.emptyValue',
  duplicate: 'signInContent.phrases.duplicate',
  clash: 'signInContent.phrases.clash',
} as const satisfies Record<RowProblem, string>;

/** One language's phrases as key/value rows, saved together (PUT replaces the language's phrases). */
function PhraseEditor({ tag, initial, onDone }: { tag: string; initial: PhraseRow[]; onDone: () => void }) {
  const { t } = useI18n();
  const reload = useReload();
  const reason = useWriteReason('PUT', '/api/custom-phrases/{languageTag}');
  const [rows, setRows] = useState<PhraseRow[]>(initial.length > 0 ? initial : [{ key: '', value: '' }]);
  const [problems, setProblems] = useState(new Map<number, RowProblem>());
  const set = (index: number, change: Partial<PhraseRow>) =>
    setRows((old) => old.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <section aria-label={t('signInContent.phrases.editing', { tag })} className="phrase-editor">
      <h2>{t('signInContent.phrases.editing', { tag })}</h2>
      <p className="note">{t('signInContent.phrases.editorHelp')}</p>
      <SettingsForm
        disabledReason={reason}
        submitLabel={t('signInContent.phrases.save')}
        doneMessage={t('signInContent.phrases.saved', { tag })}
        onSubmit={async () => {
          const { translation, problems: found } = translationOf(rows);
          setProblems(found);
          if (!translation) return false;
          await unwrap(
            api.PUT('/api/custom-phrases/{languageTag}', {
              params: { path: { languageTag: tag } },
              // Checked to at most 5 levels above; the OpenAPI type spells those levels out.
              body: translation as never,
            }),
          );
          await reload();
          return true;
        }}
      >
        {rows.map((row, index) => {
          const problem = problems.get(index);
          const number = index + 1;
          return (
            // Rows have no identity but their place; the list only grows at the end or loses a row.
            // biome-ignore lint/suspicious/noArrayIndexKey: no other identity
            <div key={index} className="phrase-row">
              <TextField
                label={t('signInContent.phrases.key', { number })}
                value={row.key}
                onChange={(key) => set(index, { key })}
                error={problem && problem !== 'value' ? t(problemKey[problem]) : undefined}
              />
              <TextField
                label={t('signInContent.phrases.value', { number })}
                value={row.value}
                onChange={(value) => set(index, { value })}
                error={problem === 'value' ? t(problemKey.value) : undefined}
              />
              <Button
                variant="quiet"
                onPress={() => {
                  setRows((old) => old.filter((_, at) => at !== index));
                  setProblems(new Map());
                }}
              >
                {t('signInContent.phrases.removeRow', { number })}
              </Button>
            </div>
          );
        })}
        <div className="actions">
          <Button onPress={() => setRows((old) => [...old, { key: '', value: '' }])}>
            {t('signInContent.phrases.addRow')}
          </Button>
          <Button variant="quiet" onPress={onDone}>
            {t('signInContent.phrases.close')}
          </Button>
        </div>
      </SettingsForm>
    </section>
  );
}

function AddLanguageForm({ close, open }: { close: () => void; open: (tag: string) => void }) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string>();
  return (
    <DialogForm
      submitLabel={t('signInContent.phrases.addLanguageSubmit')}
      onClose={close}
      onSubmit={async () => {
        if (!languageTagParams.safeParse({ languageTag: tag.trim() }).success) {
          setError(t('signInContent.badLanguageTag'));
          return false;
        }
        open(tag.trim());
        return true;
      }}
    >
      <TextField
        label={t('signInContent.languageTag')}
        description={t('signInContent.languageTagHelp')}
        value={tag}
        onChange={setTag}
        error={error}
        autoFocus
      />
    </DialogForm>
  );
}

/** Console › Sign-in experience › Custom phrases: the sign-in pages' texts, replaced per language. */
export default function CustomPhrasesPage() {
  const { t } = useI18n();
  const phrases = useCustomPhrases();
  const reload = useReload();
  const announce = useStatus();
  const addReason = useWriteReason('PUT', '/api/custom-phrases/{languageTag}');
  const deleteReason = useWriteReason('DELETE', '/api/custom-phrases/{languageTag}');
  const [editing, setEditing] = useState<string>();
  return (
    <>
      <BackLink href="/console/sign-in-experience" label={t('nav.signInExperience')} />
      <Page title={t('signInContent.phrases.title')} intro={t('signInContent.phrases.intro')}>
        <WhenLoaded query={phrases}>
          {(list) => (
            <>
              {list.length === 0 ? (
                <p>{t('signInContent.phrases.empty')}</p>
              ) : (
                <ul className="content-list" aria-label={t('signInContent.phrases.languages')}>
                  {list.map((entry) => (
                    <li key={entry.languageTag}>
                      <span>
                        <strong lang={entry.languageTag}>{entry.languageTag}</strong>{' '}
                        {t('signInContent.phrases.count', { count: rowsOf(entry.translation).length })}
                      </span>
                      <Button onPress={() => setEditing(entry.languageTag)}>
                        {t('signInContent.phrases.edit', { tag: entry.languageTag })}
                      </Button>
                      <ConfirmDialog
                        triggerLabel={t('signInContent.phrases.delete', { tag: entry.languageTag })}
                        title={t('signInContent.phrases.deleteTitle', { tag: entry.languageTag })}
                        losses={[t('signInContent.phrases.deleteLoss', { tag: entry.languageTag })]}
                        confirmLabel={t('signInContent.delete')}
                        disabledReason={deleteReason}
                        onConfirm={async () => {
                          await unwrap(
                            api.DELETE('/api/custom-phrases/{languageTag}', {
                              params: { path: { languageTag: entry.languageTag } },
                            }),
                          );
                          if (editing === entry.languageTag) setEditing(undefined);
                          await reload();
                          announce(t('signInContent.phrases.deleted', { tag: entry.languageTag }), 'success');
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <FormDialog
                triggerLabel={t('signInContent.phrases.addLanguage')}
                title={t('signInContent.phrases.addLanguage')}
                disabledReason={addReason}
              >
                {(close) => <AddLanguageForm close={close} open={setEditing} />}
              </FormDialog>
              {editing && (
                <PhraseEditor
                  key={editing}
                  tag={editing}
                  initial={rowsOf(list.find((entry) => entry.languageTag === editing)?.translation ?? {})}
                  onDone={() => setEditing(undefined)}
                />
              )}
            </>
          )}
        </WhenLoaded>
      </Page>
    </>
  );
}
