import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import { groupingsQuery } from '../api/groupingsQuery';
import { ErrorState } from '../ui/ErrorState';
import { GroupingForm } from '../groupings/GroupingForm';
import { GroupingList } from '../groupings/GroupingList';
import { MembershipChangeForm } from '../groupings/MembershipChangeForm';
import { useSessionUser } from '../auth/useSession';
import { draftOf, emptyDraft, type GroupingDraft } from '../groupings/groupingDraft';
import { useI18n } from '../i18n/useI18n';
import { PageLoading } from '../ui/PageLoading';
import { PageTitle } from '../ui/PageTitle';

type Editing = { draft: GroupingDraft; grouping?: GroupingResponse } | null;

/** Analysts' own sets of regions, offered by every analytics page next to the WCO and UN groupings. */
export function GroupingsPage() {
  const { t, localize } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageTitle>{t('groupingsTitle')}</PageTitle>
      <p className="page-intro">{t('groupingsIntro')}</p>
      <p className="notice notice-success" role="status" hidden={notice === null} data-testid="grouping-notice">
        {notice}
      </p>
      {editing ? (
        <GroupingForm
          key={editing.grouping?.id ?? 'new'}
          initial={editing.draft}
          editing={editing.grouping}
          onSaved={(saved) => {
            setNotice(t(editing.grouping ? 'groupingUpdated' : 'groupingCreated', { name: localize(saved.name) }));
            setEditing(null);
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setEditing({ draft: emptyDraft() });
            }}
          >
            {t('groupingNew')}
          </button>
        </p>
      )}
      <GroupingListView
        onEdit={(grouping) => {
          setNotice(null);
          setEditing({ draft: draftOf(grouping), grouping });
        }}
        onDeleted={(grouping) => {
          setNotice(t('groupingDeleted', { name: localize(grouping.name) }));
        }}
      />
    </>
  );
}

interface GroupingListViewProps {
  onEdit: (grouping: GroupingResponse) => void;
  onDeleted: (grouping: GroupingResponse) => void;
}

function GroupingListView({ onEdit, onDeleted }: GroupingListViewProps) {
  const groupings = useQuery(groupingsQuery());
  const admin = useSessionUser()?.role === 'admin';
  if (groupings.isPending) return <PageLoading />;
  if (groupings.isError) {
    return (
      <ErrorState error={groupings.error} onRetry={() => void groupings.refetch()} retrying={groupings.isFetching} />
    );
  }
  const wco = groupings.data.groupings.find((g) => g.id === 'wco');
  return (
    <>
      <GroupingList groupings={groupings.data.groupings} onEdit={onEdit} onDeleted={onDeleted} />
      {admin && wco && <MembershipChangeForm grouping={wco} />}
    </>
  );
}
