import { useId } from 'react';
import type { AuthConfigResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { ROLE_LABELS } from '../i18n/labels';

type DemoUser = AuthConfigResponse['demoUsers'][number];

interface DemoAccountsProps {
  users: readonly DemoUser[];
  onUse: (user: DemoUser) => void;
}

/** Only in demo mode, when the API lists them: one click fills the sign-in form. */
export function DemoAccounts({ users, onUse }: DemoAccountsProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="demo-accounts" aria-labelledby={titleId} data-testid="demo-accounts">
      <h2 id={titleId}>{t('demoAccountsTitle')}</h2>
      <p className="muted">{t('demoAccountsText')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('userEmail')}</th>
            <th scope="col">{t('userRole')}</th>
            <th scope="col">{t('userCountry')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('demoAccountsAction')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.email}>
              <th scope="row">{user.email}</th>
              <td>{t(ROLE_LABELS[user.role])}</td>
              <td>{user.country ?? '—'}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('demoAccountsUseFor', { email: user.email })}
                  onClick={() => {
                    onUse(user);
                  }}
                >
                  {t('demoAccountsUse')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
