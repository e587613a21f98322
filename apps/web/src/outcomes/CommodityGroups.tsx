import type { ExportSource } from '../api/exportSource';
import type { UnitGroup } from '../analytics/commodityBreakdown';
import { useI18n } from '../i18n/useI18n';
import { CommodityUnitGroup } from './CommodityUnitGroup';

interface CommodityGroupsProps {
  groups: readonly UnitGroup[];
  period: string;
  /** The resource the figures come from, for the download menus. */
  source: ExportSource;
}

/** Seized quantities by commodity: one chart and one table per unit, since different units are never added. */
export function CommodityGroups({ groups, period, source }: CommodityGroupsProps) {
  const { t } = useI18n();
  if (groups.length === 0) {
    return (
      <p className="empty-state" role="status">
        {t('commodityNone')}
      </p>
    );
  }
  return (
    <ul className="unit-groups" data-testid="commodity-groups">
      {groups.map((group) => (
        <CommodityUnitGroup key={group.unit} group={group} period={period} source={source} />
      ))}
    </ul>
  );
}
