import type { InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** The project's note on a slip in the handbook's text for an item, beside the text as printed. */
export function EditorialNote({ item }: { item: InstrumentItem | undefined }) {
  const { localize } = useI18n();
  if (!item?.note) return null;
  return (
    <p className="muted editorial-note" data-testid="editorial-note">
      {localize(item.note)}
    </p>
  );
}
