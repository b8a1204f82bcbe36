import { useState } from 'preact/hooks';
import { logIn } from '../auth/account';
import { describe } from '../api/problems';
import { Link } from '../ui/Link';
import { navigate } from '../ui/router';

export function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  // Only paths of this app: never an open redirect to another site.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(login.trim(), password);
      navigate(nextPath(), { replace: true });
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="page form-page">
      <h1>Log in to Flick</h1>
      <form onSubmit={submit} class="form" noValidate>
        <label class="field">
          <span>E-mail, phone or username</span>
          <input name="login" autoComplete="username" required value={login}
                 onInput={(e) => setLogin(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" required value={password}
                 onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="form-error" role="alert">{error}</p>}
        <button type="submit" class="button wide" disabled={busy || !login || !password}>Log in</button>
      </form>
      <p class="muted">New here? <Link href={`/signup${window.location.search}`}>Sign up</Link></p>
    </main>
  );
}
