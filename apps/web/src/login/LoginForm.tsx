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
      <LoginField
        label={t('loginEmail')}
        type="email"
        autoComplete="username"
        value={email}
        invalid={Boolean(error)}
        onChange={onEmailChange}
      />
      <LoginField
        label={t('loginPassword')}
        type="password"
        autoComplete="current-password"
        value={password}
        invalid={Boolean(error)}
        onChange={onPasswordChange}
      />
      <button ref={submitRef} type="submit" className="button" disabled={pending}>
        {pending ? t('loginPending') : t('loginSubmit')}
      </button>
    </form>
  );
}

interface LoginFieldProps {
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

function LoginField({ label, type, autoComplete, value, invalid, onChange }: LoginFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        required
        value={value}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
