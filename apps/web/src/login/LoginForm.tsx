import { useId, type RefObject } from 'react';
import { useI18n } from '../i18n/useI18n';

interface LoginFormProps {
  email: string;
  password: string;
  onEmailChange: (email: string) => void;
  onPasswordChange: (password: string) => void;
  onSubmit: () => void;
  pending: boolean;
  error: string | null;
  /** Set after a demo account filled the form: the sign-in button takes the focus. */
  submitRef?: RefObject<HTMLButtonElement | null>;
}

export function LoginForm(props: LoginFormProps) {
  const { email, password, onEmailChange, onPasswordChange, onSubmit, pending, error, submitRef } = props;
  const { t } = useI18n();
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  return (
    <form
      className="login-form"
      noValidate
      aria-describedby={error ? errorId : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {error && (
        <div id={errorId} className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor={emailId}>{t('loginEmail')}</label>
        <input
          id={emailId}
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            onEmailChange(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('loginPassword')}</label>
        <input
          id={passwordId}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            onPasswordChange(e.target.value);
          }}
        />
      </div>
      <button ref={submitRef} type="submit" className="button" disabled={pending}>
        {pending ? t('loginPending') : t('loginSubmit')}
      </button>
    </form>
  );
}
