import type { ChartHelpKey } from '../i18n/chartHelp.en';
import { useI18n } from '../i18n/useI18n';
import './howToRead.css';

interface HowToReadProps {
  /** The chart's own text: what its marks, axis and colours mean, and one pitfall. */
  text: ChartHelpKey;
  /** The chart's title, for screen readers: every chart on a page has a control with the same visible text. */
  subject: string;
}

/**
 * "How to read this chart", a disclosure beside the chart's download menu. It sits in the chart's heading
 * row, outside the element the download draws, so no picture of the chart carries it.
 */
export function HowToRead({ text, subject }: HowToReadProps) {
  const { t } = useI18n();
  return (
    <details className="chart-help" data-testid="chart-help">
      <summary className="button button-secondary button-small chart-help-toggle">
        {t('chartHelpSummary')}
        <span className="visually-hidden">: {subject}</span>
      </summary>
      <p className="chart-help-text">{t(text)}</p>
    </details>
  );
}
