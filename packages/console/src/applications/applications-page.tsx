import { type ApplicationType, applicationTypes } from '@tessera/server/schemas';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { api } from '../api/client';
import { fetchPage, usePagedList } from '../authorization/shared/paged-list';
import { PagedTable } from '../authorization/shared/paged-table';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { FormDialog } from '../ui/form-dialog';
import { Page } from '../ui/page';
import { Select } from '../ui/select';
import type { TableColumn } from '../ui/table';
import { type ApplicationListItem, typeKey } from './app-queries';
import { CreateApplicationForm } from './create-application';
import { MetadataDocumentClients } from './metadata-document-clients';
import { CreateSamlApplicationForm } from './saml/create-saml-application';
import { samlPagePath } from './saml/saml-queries';
import '../authorization/authorization.css';
import './applications.css';

type TypeFilter = 'all' | ApplicationType;

function CreateApplicationDialog({ label }: { label: string }) {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/applications');
  return (
    <FormDialog triggerLabel={label} title={t('applications.createTitle')} disabledReason={createReason}>
      {(close) => <CreateApplicationForm close={close} />}
    </FormDialog>
  );
}

function CreateSamlApplicationDialog() {
  const { t } = useI18n();
  const createReason = useWriteReason('POST', '/api/saml-applications');
  return (
    <FormDialog
      triggerLabel={t('applications.saml.create')}
      title={t('applications.saml.createTitle')}
      disabledReason={createReason}
    >
      {(close) => <CreateSamlApplicationForm close={close} />}
    </FormDialog>
  );
}

/** A SAML app has its own page (its settings are the SAML API's). */
const pageOf = (app: ApplicationListItem) =>
  app.type === 'SAML' ? samlPagePath(app.id) : `/console/applications/${encodeURIComponent(app.id)}`;

/** /console/applications: every application, searched, filtered by type and paged by the server. */
export default function ApplicationsPage() {
  const { t } = useI18n();
  const [type, setType] = useState<TypeFilter>('all');
  const list = usePagedList<ApplicationListItem>(['authz', 'applications', type], (query) =>
    fetchPage(
      api.GET('/api/applications', {
        params: {
          query: {
            page: query.page,
            page_size: query.page_size,
            search: query.search || undefined,
            types: type === 'all' ? undefined : [type],
          },
        },
      }),
    ),
  );
  const columns: TableColumn<ApplicationListItem>[] = [
    {
      id: 'name',
      name: t('applications.column.name'),
      isRowHeader: true,
      cell: (app) => <Link href={pageOf(app)}>{app.name}</Link>,
    },
    { id: 'type', name: t('applications.column.type'), cell: (app) => t(typeKey(app.type)) },
    { id: 'appId', name: t('applications.column.appId'), cell: (app) => <code>{app.id}</code> },
  ];
  const filtered = list.search.trim() !== '' || type !== 'all';
  const none = !filtered && list.query.data?.total === 0;
  return (
    <Page title={t('applications.title')} intro={t('applications.intro')}>
      <div className="toolbar">
        <Select<TypeFilter>
          label={t('applications.typeFilter')}
          options={[
            { id: 'all', label: t('applications.allTypes') },
            ...applicationTypes.map((id) => ({ id, label: t(typeKey(id)) })),
          ]}
          value={type}
          onChange={(next) => {
            setType(next);
            list.setPage(1);
          }}
        />
        <CreateApplicationDialog label={t('applications.create')} />
        <CreateSamlApplicationDialog />
      </div>
      {none && (
        <div className="empty-invite">
          <p>{t('applications.empty')}</p>
          <CreateApplicationDialog label={t('applications.createFirst')} />
        </div>
      )}
      <PagedTable
        label={t('applications.title')}
        list={list}
        columns={columns}
        searchLabel={t('applications.search')}
        emptyText={filtered ? t('applications.noMatches') : t('table.empty')}
      />
      <MetadataDocumentClients />
    </Page>
  );
}
