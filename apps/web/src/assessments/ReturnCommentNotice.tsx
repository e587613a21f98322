import { useI18n } from '../i18n/useI18n';

/** Why an analyst sent the assessment back, above the questionnaire the coordinator now corrects. */
export function ReturnCommentNotice({ comment }: { comment: string }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warning" data-testid="return-comment">
      <h2>{t('returnedTitle')}</h2>
      <blockquote>{comment}</blockquote>
    </div>
  );
}
