import type { InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { EditorialNote } from '../ui/EditorialNote';

/** The handbook's "Carences communes" and "Solutions possibles" for an item, folded away until asked for. */
export function ItemHelp({ item }: { item: InstrumentItem }) {
  const { t, localize } = useI18n();
  const gaps = localize(item.gaps).trim();
  const solutions = localize(item.solutions).trim();
  if (!gaps && !solutions) return null;
  return (
    <details className="item-help">
      <summary>{t('itemHelpSummary')}</summary>
      <dl>
        {gaps && (
          <>
            <dt>{t('commonGaps')}</dt>
            <dd>
              {gaps}
              <EditorialNote item={item} />
            </dd>
          </>
        )}
        {solutions && (
          <>
            <dt>{t('possibleSolutions')}</dt>
            <dd>{solutions}</dd>
          </>
        )}
      </dl>
    </details>
  );
}
