import { SEQUENTIAL_STOPS } from '../map/colourScale';
import { Swatch } from './Swatch';
import { useI18n } from '../i18n/useI18n';

const TICKS = [0, 25, 50, 75, 100];

/** The colour ramp from 0 to 100, and the patterns of what has no value. */
export function ScaleLegend({ title, showWithheld = true }: { title: string; showWithheld?: boolean }) {
  const { t } = useI18n();
  const gradient = `linear-gradient(to right, ${SEQUENTIAL_STOPS.join(', ')})`;
  return (
    <div className="scale-legend" data-testid="scale-legend">
      <p className="scale-legend-title">{title}</p>
      <div className="scale-ramp" aria-hidden="true" style={{ backgroundImage: gradient }} />
      <div className="scale-ticks" aria-hidden="true">
        {TICKS.map((tick) => (
          <span key={tick} style={{ left: `${tick}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <p className="visually-hidden">{t('scaleLegendText')}</p>
      <ul className="inline-legend">
        <li>
          <Swatch pattern="notAssessed" />
          {t('notAssessed')}
        </li>
        {showWithheld && (
          <li>
            <Swatch pattern="withheld" />
            {t('withheldShort')}
          </li>
        )}
      </ul>
    </div>
  );
}
