import type { Instrument } from '@cpc/domain';
import type { I18n } from '../i18n/I18nContext';
import { vocabularyLabel, type Vocabulary } from './vocabularyOptions';

const listOf = (vocabulary: Vocabulary, codes: readonly string[], t: I18n['t']) =>
  codes.map((code) => vocabularyLabel(vocabulary, code, t)).join(', ') || '—';

/** One line on what an instrument is beyond its title: its kind's own fields, in the page's language. */
export function instrumentSummary(instrument: Instrument, { t, format }: Pick<I18n, 't' | 'format'>): string {
  switch (instrument.kind) {
    case 'agreement':
      return t('instSummaryAgreement', {
        type: vocabularyLabel('agreementType', instrument.agreementType, t),
        parties: listOf('agency', instrument.parties, t),
      });
    case 'committee':
      return t('instSummaryCommittee', {
        level: vocabularyLabel('level', instrument.level, t),
        agencies: listOf('agency', instrument.agencies, t),
        meetings: format.count(instrument.meetings.length),
      });
    case 'liaison_officer':
      return t('instSummaryLiaison', {
        direction: vocabularyLabel('direction', instrument.direction, t),
        officers: format.count(instrument.officers),
        host: instrument.host,
      });
    case 'training': {
      const { customs, police, other } = instrument.participants;
      return t('instSummaryTraining', {
        topic: instrument.topic,
        participants: format.count(customs + police + other),
      });
    }
    case 'joint_unit':
      return t('instSummaryJointUnit', {
        type: vocabularyLabel('unitType', instrument.unitType, t),
        site: instrument.site,
        agencies: listOf('agency', instrument.agencies, t),
      });
    case 'interpol_access':
      return t('instSummaryInterpol', {
        year: instrument.year,
        i247: instrument.i247AtHq ? t('instI247Yes') : t('instI247No'),
        points: format.count(instrument.borderPointsConnected),
        databases: listOf('database', instrument.databases, t),
      });
  }
}

/** When an instrument held: "from … to …", or "since …" while in force. */
export function instrumentDates(
  instrument: { from: string; to: string | null },
  { t, format }: Pick<I18n, 't' | 'format'>,
): string {
  return instrument.to === null
    ? t('instDatesOpen', { from: format.date(instrument.from) })
    : t('instDates', { from: format.date(instrument.from), to: format.date(instrument.to) });
}
