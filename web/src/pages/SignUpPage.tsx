import { useEffect, useState } from 'preact/hooks';
import { devOutboxCode, register, resend, verify, type Address } from '../auth/account';
import { ApiError, describe } from '../api/problems';
import { Link } from '../ui/Link';
import { navigate } from '../ui/router';
import { toast } from '../ui/toast';
import { nextPath } from './LoginPage';

/** Sign-up in two steps: address, username and password; then the 6-digit code that was sent. */
export function SignUpPage() {
  const [channel, setChannel] = useState<'email' | 'phone'>('email');
  const [contact, setContact] = useState('');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'details' | 'code'>('details');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const [devCode, setDevCode] = useState<string | null>(null);
  const address: Address = channel === 'email' ? { email: contact.trim() } : { phone: contact.trim() };

  useEffect(() => {
    if (step !== 'code') return;
    let stopped = false;
    // Delivery happens just after the request; look a few times.
    const look = async (attempt: number) => {
      const found = await devOutboxCode(contact.trim());
      if (stopped) return;
      if (found) setDevCode(found);
      else if (attempt < 5) window.setTimeout(() => look(attempt + 1), 400);
    };
    void look(0);
    return () => { stopped = true; };
  }, [step]);

  const start = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await register(address, password, username.trim(), displayName.trim());
      setStep('code');
    } catch (e) {
      setError(e instanceof ApiError ? e : describe(e));
    } finally {
      setBusy(false);
    }
  };

  const finish = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await verify(address, code.trim());
      toast('Welcome to Flick!');
      navigate(nextPath(), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : describe(e));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.forField(field) : undefined);
  // Field errors show next to their fields; anything else (or a field not on screen) shows below.
  const shown = step === 'code' ? ['code'] : [channel, 'username', 'password'];
  const generalError = error instanceof ApiError
    ? (error.fieldErrors.some((e) => shown.some((f) => e.field === f)) ? null : error.message)
    : error;

  if (step === 'code') {
    return (
      <main class="page form-page">
        <h1>Enter your code</h1>
        <p class="muted">We sent a 6-digit code to {contact.trim()}. It is valid for 15 minutes.</p>
        <form onSubmit={finish} class="form" noValidate>
          <label class="field">
            <span>Code</span>
            <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required
                   value={code} onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))} />
          </label>
          {devCode && <p class="dev-note">Development server: the code in the dev outbox is <strong>{devCode}</strong>.</p>}
          {(generalError || fieldError('code')) && <p class="form-error" role="alert">{generalError ?? fieldError('code')}</p>}
          <button type="submit" class="button wide" disabled={busy || code.length !== 6}>Verify and continue</button>
        </form>
        <p class="muted">
          No code?{' '}
          <button type="button" class="link-button" onClick={async () => {
            try { await resend(address); toast('We sent a new code'); } catch (e) { toast(describe(e)); }
          }}>Send another</button>
          {' · '}
          <button type="button" class="link-button" onClick={() => { setStep('details'); setCode(''); }}>Change details</button>
        </p>
      </main>
    );
  }

  return (
    <main class="page form-page">
      <h1>Sign up for Flick</h1>
      <div class="segmented" role="group" aria-label="Sign up with">
        <button type="button" aria-pressed={channel === 'email'} onClick={() => setChannel('email')}>E-mail</button>
        <button type="button" aria-pressed={channel === 'phone'} onClick={() => setChannel('phone')}>Phone</button>
      </div>
      <form onSubmit={start} class="form" noValidate>
        <label class="field">
          <span>{channel === 'email' ? 'E-mail address' : 'Phone number'}</span>
          {channel === 'email' ? (
            <input name="email" type="email" autoComplete="email" required value={contact}
                   onInput={(e) => setContact(e.currentTarget.value)} aria-invalid={!!fieldError('email')} />
          ) : (
            <input name="phone" type="tel" autoComplete="tel" required value={contact} placeholder="+44 7700 900123"
                   onInput={(e) => setContact(e.currentTarget.value)} aria-invalid={!!fieldError('phone')} />
          )}
          {fieldError(channel) && <small class="field-error">{fieldError(channel)}</small>}
        </label>
        <label class="field">
          <span>Username</span>
          <input name="username" autoComplete="username" required value={username} maxLength={30}
                 onInput={(e) => setUsername(e.currentTarget.value)} aria-invalid={!!fieldError('username')} />
          {fieldError('username') && <small class="field-error">{fieldError('username')}</small>}
        </label>
        <label class="field">
          <span>Name <span class="muted">(optional)</span></span>
          <input name="display_name" autoComplete="name" value={displayName} maxLength={50}
                 onInput={(e) => setDisplayName(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128}
                 value={password} onInput={(e) => setPassword(e.currentTarget.value)} aria-invalid={!!fieldError('password')}
                 aria-describedby="password-help" />
          <small id="password-help" class="muted">At least 8 characters; not your username.</small>
          {fieldError('password') && <small class="field-error">{fieldError('password')}</small>}
        </label>
        {generalError && <p class="form-error" role="alert">{generalError}</p>}
        <button type="submit" class="button wide" disabled={busy || !contact || !username || password.length < 8}>Send code</button>
      </form>
      <p class="muted">Already have an account? <Link href={`/login${window.location.search}`}>Log in</Link></p>
    </main>
  );
}
