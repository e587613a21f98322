import type { DifficultyPanel } from '../analytics/difficultyPanels';
import { DIFFICULTY_OPTIONS } from '../analytics/difficultyPanels';
import { CellText } from '../ui/CellText';
import { useI18n } from '../i18n/useI18n';

/** The difficulty bars' figures: each option's share in each region, with the counts behind it. */
export function DifficultyTable({ panels, caption }: { panels: readonly DifficultyPanel[]; caption: string }) {
  const { t, localize } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="difficulty-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('difficulty')}</th>
            {panels.map((p) => (
              <th key={p.code} scope="col" className="numeric" data-region={p.code}>
                {localize(p.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIFFICULTY_OPTIONS.map((option) => (
            <tr key={option.code} data-option={option.code}>
              <th scope="row">{localize(option.label)}</th>
              {panels.map((p) => {
                const bar = p.bars.find((b) => b.option === option.code);
                return (
                  <td key={p.code} className="numeric" data-region={p.code}>
                    {bar && <CellText cell={bar.share} as="percent" />}
                    {bar?.count != null && bar.assessed !== null && bar.share.state === 'value' && (
                      <span className="cell-sub">{`${bar.count}/${bar.assessed}`}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
