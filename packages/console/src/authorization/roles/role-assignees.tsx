import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DialogForm, FormDialog } from '../../ui/form-dialog';
import { MultiSearchPicker, type PickerOption } from '../../ui/multi-search-picker';
import type { TableColumn } from '../../ui/table';
import { type PageOf, type PageQuery, usePagedList } from '../shared/paged-list';
import { PagedTable } from '../shared/paged-table';
import { usePickerMessages } from '../shared/picker-messages';
import { useAfterWrite } from '../shared/run-write';
import type { Role } from '../shared/types';

/** What differs between a role's users and its machine-to-machine apps. */
export interface AssigneeKind<T extends { id: string }> {
  key: string;
  words: {
    listLabel: string;
    search: string;
    assign: string;
    assignTitle: string;
    pickerLabel: string;
    pickerSearch: string;
    assigned: (count: number) => string;
    remove: (name: string) => string;
    removeTitle: (name: string) => string;
    loss: string;
    removed: (name: string) => string;
    chooseOne: string;
  };
  columns: ReadonlyArray<TableColumn<T>>;
  nameOf: (row: T) => string;
  list: (query: PageQuery) => Promise<PageOf<T>>;
  /** Candidates not holding the role yet, searched on the server. */
  candidates: (search: string) => Promise<PickerOption[]>;
  assign: (ids: string[]) => Promise<unknown>;
  unassign: (id: string) => Promise<unknown>;
  assignReason?: string;
  removeReason?: string;
}

function AssignForm<T extends { id: string }>({
  role,
  kind,
  close,
}: {
  role: Role;
  kind: AssigneeKind<T>;
  close: () => void;
}) {
  const afterWrite = useAfterWrite();
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const messages = usePickerMessages(kind.words.pickerSearch);
  const submit = async () => {
    if (chosen.size === 0) {
      setError(kind.words.chooseOne);
      return false;
    }
    try {
      await kind.assign([...chosen.keys()]);
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
    await afterWrite(kind.words.assigned(chosen.size));
    return true;
  };
  return (
    <DialogForm submitLabel={kind.words.assign} onSubmit={submit} onClose={close}>
      <MultiSearchPicker
        label={kind.words.pickerLabel}
        queryKey={['authz', `${kind.key}-candidates`, role.id]}
        load={kind.candidates}
        chosen={chosen}
        onChange={(next) => {
          setChosen(next);
          setError(undefined);
        }}
        messages={messages}
        error={error}
      />
    </DialogForm>
  );
}

/** Who holds a role: a searchable list with Remove, and Assign through a search picker. */
export function RoleAssignees<T extends { id: string }>({ role, kind }: { role: Role; kind: AssigneeKind<T> }) {
  const { t } = useI18n();
  const afterWrite = useAfterWrite();
  const list = usePagedList<T>(['authz', kind.key, role.id], kind.list);
  const columns: TableColumn<T>[] = [
    ...kind.columns,
    {
      id: 'actions',
      name: t('authorization.actions'),
      cell: (row) => (
        <ConfirmDialog
          triggerLabel={kind.words.remove(kind.nameOf(row))}
          title={kind.words.removeTitle(kind.nameOf(row))}
          losses={[kind.words.loss]}
          confirmLabel={t('authorization.remove')}
          disabledReason={kind.removeReason}
          onConfirm={async () => {
            await kind.unassign(row.id);
            await afterWrite(kind.words.removed(kind.nameOf(row)));
          }}
        />
      ),
    },
  ];
  return (
    <section aria-label={kind.words.listLabel}>
      <div className="toolbar">
        <FormDialog triggerLabel={kind.words.assign} title={kind.words.assignTitle} disabledReason={kind.assignReason}>
          {(close) => <AssignForm role={role} kind={kind} close={close} />}
        </FormDialog>
      </div>
      <PagedTable label={kind.words.listLabel} list={list} columns={columns} searchLabel={kind.words.search} />
    </section>
  );
}
