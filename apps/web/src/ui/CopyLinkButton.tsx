import { useEffect, useState } from 'react';
import { copyText } from './copyText';
import { useI18n } from '../i18n/useI18n';

const MESSAGE_MS = 6000;

/**
 * Copies the page's address, which states the whole view (see usePageState), and says so in a live
 * region. Where copying fails, the address is shown to copy by hand.
 */
export function CopyLinkButton() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => {
      setOutcome(null);
    }, MESSAGE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [outcome]);

  async function copy() {
    setOutcome((await copyText(window.location.href)) ? 'copied' : 'failed');
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <p className="copy-link-status" aria-live="polite" data-testid="copy-link-status">
        {outcome === 'copied' && t('copyLinkDone')}
        {outcome === 'failed' && (
          <>
            {t('copyLinkFailed')} <code className="copy-link-url">{window.location.href}</code>
          </>
        )}
      </p>
    </div>
  );
}
