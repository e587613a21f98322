import type { GroupingResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { DeleteGroupingButton } from './DeleteGroupingButton';

interface GroupingListProps {
  groupings: readonly GroupingResponse[];
  onEdit: (grouping: GroupingResponse) => void;
  onDeleted: (grouping: GroupingResponse) => void;
}

/** Every grouping, built-in ones first; only custom ones can be edited or deleted. */
export function GroupingList({ groupings, onEdit, onDeleted }: GroupingListProps) {
  const { t } = useI18n();
  const sorted = [...groupings].sort((a, b) => Number(!a.builtIn) - Number(!b.builtIn));
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="grouping-list">
        <caption>{t('groupingsCaption', { count: groupings.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groupingName')}</th>
            <th scope="col">{t('groupingSource')}</th>
            <th scope="col" className="numeric">
              {t('groupingRegions')}
            </th>
            <th scope="col" className="numeric">
              {t('members')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((g) => (
            <GroupingRow key={g.id} grouping={g} onEdit={onEdit} onDeleted={onDeleted} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GroupingRowProps {
  grouping: GroupingResponse;
  onEdit: (grouping: GroupingResponse) => void;
  onDeleted: (grouping: GroupingResponse) => void;
}

function GroupingRow({ grouping: g, onEdit, onDeleted }: GroupingRowProps) {
  const { t, localize } = useI18n();
  const name = localize(g.name);
  const builtIn = g.builtIn;
  return (
    <tr data-grouping={g.id}>
      <th scope="row">{name}</th>
      <td>{builtIn ? t('groupingBuiltIn') : t('customGroupingSingular')}</td>
      <td className="numeric">{g.regions.length}</td>
      <td className="numeric">{g.regions.reduce((sum, r) => sum + r.members.length, 0)}</td>
      <td className="row-actions">
        {builtIn ? (
          <span className="muted">{t('groupingReadOnly')}</span>
        ) : (
          <>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('groupingEditNamed', { name })}
              onClick={() => {
                onEdit(g);
              }}
            >
              {t('groupingEdit')}
            </button>{' '}
            <DeleteGroupingButton grouping={g} onDeleted={onDeleted} />
          </>
        )}
      </td>
    </tr>
  );
}
