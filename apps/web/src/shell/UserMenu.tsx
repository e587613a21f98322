import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '@cpc/domain';
import { logout } from '../api/authApi';
import { countriesQuery } from '../api/countriesQuery';
import { sessionStore } from '../auth/sessionStore';
import { useI18n } from '../i18n/useI18n';
import { ROLE_LABELS } from '../i18n/labels';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';

/** Closes the panel on a press outside it, and on Escape, which gives the focus back to the button. */
function useCloseOnOutsideOrEscape(
  open: boolean,
  rootRef: RefObject<HTMLDivElement | null>,
  buttonRef: RefObject<HTMLButtonElement | null>,
  setOpen: (open: boolean) => void,
) {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, rootRef, buttonRef, setOpen]);
}

/** A disclosure with who is signed in (e-mail, role, country) and the sign-out button. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useCloseOnOutsideOrEscape(open, rootRef, buttonRef, setOpen);

  async function signOut() {
    try {
      await logout();
    } catch {
      // The session is ended here whatever the API says: an expired token needs no revoking.
    }
    navigate(hrefFor(paths.login(), lang));
    sessionStore.signOut();
    queryClient.clear();
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="visually-hidden">{t('userMenuLabel')}: </span>
        {/* An address reads left to right: in Arabic too, a long one is cut at its end, not its start. */}
        <span className="user-menu-email" dir="ltr">
          {user.email}
        </span>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <UserFacts user={user} open={open} />
        <button type="button" className="button button-secondary" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </div>
    </div>
  );
}

/** Who is signed in: e-mail, role and, for a national user, the country (named once the panel is open). */
function UserFacts({ user, open }: { user: SessionUser; open: boolean }) {
  const { t, localize } = useI18n();
  const countries = useQuery({ ...countriesQuery(), enabled: open && user.country !== null });
  const country = countries.data?.countries.find((c) => c.iso3 === user.country);
  return (
    <dl>
      <dt>{t('userEmail')}</dt>
      <dd>{user.email}</dd>
      <dt>{t('userRole')}</dt>
      <dd>{t(ROLE_LABELS[user.role])}</dd>
      {user.country && (
        <>
          <dt>{t('userCountry')}</dt>
          <dd>{country ? `${localize(country.name)} (${user.country})` : user.country}</dd>
        </>
      )}
    </dl>
  );
}
