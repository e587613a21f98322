import { findItem, type RevisionResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { formatAnswer } from '../questionnaire/formatAnswer';

type Change = RevisionResponse['changes'][number];

/** What a revision changed, item by item: before → after, with option labels in the page language. */
export function RevisionChanges({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  const { t, lang, localize } = useI18n();
  const texts = { noAnswer: t('noAnswer'), noneSelected: t('noneSelected') };
  const show = (change: Change, value: unknown) =>
    change.kind === 'comment'
      ? typeof value === 'string' && value !== ''
        ? value
        : t('noComment')
      : formatAnswer(change.code, value, lang, texts);
  return (
    <div className="table-scroll">
      <table className="data-table changes-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <th scope="col">{t('changeKind')}</th>
            <th scope="col">{t('changeBefore')}</th>
            <th scope="col">{t('changeAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const item = findItem(change.code);
            return (
              <tr key={`${change.kind}-${change.code}`}>
                <th scope="row">
                  <span className="item-code">{change.code}</span>
                  {item && <span className="change-question"> {localize(item.question)}</span>}
                </th>
                <td>{change.kind === 'answer' ? t('changeAnswer') : t('changeComment')}</td>
                <td className="change-old">{show(change, change.old)}</td>
                <td className="change-new">{show(change, change.new)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
