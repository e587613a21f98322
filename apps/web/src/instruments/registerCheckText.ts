import { AGREEMENT_TYPES } from '@cpc/domain';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/translate';

/** A check as the API sends it: the contract's fields, and the reason and params to translate it by. */
export interface RegisterCheckLike {
  code: string;
  message: string;
  reason?: string;
  params?: Readonly<Record<string, string | number>>;
}

const REASON_KEYS: Record<string, MessageKey> = {
  no_agreement_in_force: 'instCheck_no_agreement_in_force',
  no_committee_in_force: 'instCheck_no_committee_in_force',
  no_liaison_deployed: 'instCheck_no_liaison_deployed',
  no_recent_training: 'instCheck_no_recent_training',
};

/**
 * A check in the page's language, from its reason, the claimed agreement named by its label; the API's
 * English message when the reason is one this client does not know.
 */
export function registerCheckText(
  check: RegisterCheckLike,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const key = check.reason ? REASON_KEYS[check.reason] : undefined;
  if (!key) return check.message;
  const params = { ...check.params };
  const claimed = params.claimed;
  if (typeof claimed === 'string' && (AGREEMENT_TYPES as readonly string[]).includes(claimed))
    params.claimed = t(`instAgreement_${claimed}` as MessageKey);
  return t(key, params);
}
