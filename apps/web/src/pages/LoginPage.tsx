import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authConfigQuery, login } from '../api/authApi';
import { sessionStore } from '../auth/sessionStore';
import { useSessionUser } from '../auth/useSession';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor, safeReturnPath } from '../router/href';
import { useLocation } from '../router/useLocation';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';
import { LoginForm } from '../login/LoginForm';
import { DemoAccounts } from '../login/DemoAccounts';
import { loginErrorText } from '../login/loginErrorText';

/** Signs in, then goes where the reader was headed once the session holds a user. */
function useSignIn(returnTo: string) {
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      // Another account's data must not show from the cache.
      queryClient.clear();
      sessionStore.signIn(response);
    },
  });

  useEffect(() => {
    if (user) navigate(returnTo, { replace: true });
  }, [user, returnTo]);
  return signIn;
}

export function LoginPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const config = useQuery(authConfigQuery());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submitRef = useRef<HTMLButtonElement>(null);
  const returnTo = safeReturnPath(new URLSearchParams(search).get('next')) ?? hrefFor(paths.overview(), lang);
  const [expired] = useState(() => sessionStore.endReason() === 'expired');

  const signIn = useSignIn(returnTo);

  const demoUsers = config.data?.demoUsers ?? [];
  return (
    <div className="login-page">
      <PageTitle>{t('loginTitle')}</PageTitle>
      {expired && (
        <p className="notice notice-warning" role="status">
          {t('loginSessionExpired')}
        </p>
      )}
      <p className="page-intro">{t('loginIntro')}</p>
      <LoginForm
        email={email}
        password={password}
        onEmailChange={setEmail}
        onPasswordChange={setPassword}
        onSubmit={() => {
          signIn.mutate({ email: email.trim(), password });
        }}
        pending={signIn.isPending}
        error={signIn.error ? loginErrorText(signIn.error, t) : null}
        submitRef={submitRef}
      />
      {demoUsers.length > 0 && (
        <DemoAccounts
          users={demoUsers}
          onUse={(demo) => {
            setEmail(demo.email);
            setPassword(demo.password);
            signIn.reset();
            submitRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
