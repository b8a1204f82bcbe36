import { session } from './auth/session';
import { closed, isActive, openedPlayer } from './feed/openedPlayer';
import { PlayerOverlay } from './feed/PlayerOverlay';
import { HomePage } from './pages/HomePage';
import { VideoPage } from './pages/VideoPage';
import { HomeIcon, PlusIcon, SearchIcon, UserIcon } from './ui/icons';
import { Link } from './ui/Link';
import { loginPrompt } from './ui/loginPrompt';
import { location$, route, type Route } from './ui/router';
import { useEffect } from 'preact/hooks';
import { shortcutsOpen } from './ui/layout';
import { Sheet } from './ui/Sheet';
import { ShortcutsSheet } from './ui/Shortcuts';
import { useStore } from './ui/store';
import { sectionTitle, TitleShown, useTitle } from './ui/title';
import { toasts } from './ui/toast';
import { lazyPage } from './ui/lazyPage';
// After the base styles, which the layout rules below refine.
import './styles.css';
import './ui/polish.css';
import './ui/desktop.css';

// The first screen is the feed: every other page is a chunk of its own, fetched when first opened.
const LoginPage = lazyPage(() => import('./pages/LoginPage').then((m) => m.LoginPage));
const SignUpPage = lazyPage(() => import('./pages/SignUpPage').then((m) => m.SignUpPage));
const UploadPage = lazyPage(() => import('./pages/UploadPage').then((m) => m.UploadPage));
const ProfilePage = lazyPage(() => import('./pages/ProfilePage').then((m) => m.ProfilePage));
const TagPage = lazyPage(() => import('./pages/TagPage').then((m) => m.TagPage));
const DiscoverPage = lazyPage(() => import('./pages/DiscoverPage').then((m) => m.DiscoverPage));
const SearchPage = lazyPage(() => import('./pages/SearchPage').then((m) => m.SearchPage));
const SoundPage = lazyPage(() => import('./pages/SoundPage').then((m) => m.SoundPage));
const ChallengePage = lazyPage(() => import('./pages/ChallengePage').then((m) => m.ChallengePage));

export function App() {
  const url = useStore(location$);
  // A grid's player has the address of its video; the page it was opened from stays under it.
  const player = useStore(openedPlayer);
  const playerShown = player !== null && isActive(player, url);
  useEffect(() => {
    if (player && !playerShown) closed(player);
  }, [player, playerShown]);
  const current = route(playerShown ? new URL(player.from, url.origin) : url);
  const me = useStore(session);
  const prompt = useStore(loginPrompt);
  const messages = useStore(toasts);
  const shortcuts = useStore(shortcutsOpen);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      shortcutsOpen.set(!shortcutsOpen.get());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const immersive = playerShown || current.name === 'feed' || current.name === 'video';
  const next = encodeURIComponent(url.pathname + url.search);
  return (
    <div class={`app${immersive ? ' immersive' : ''}`}>
      <a class="skip-link" href="#content">Skip to content</a>
      <div id="content" class="content">
        <div class="page-layer" hidden={playerShown} inert={playerShown}>
          <TitleShown.Provider value={!playerShown}>{page(current)}</TitleShown.Provider>
        </div>
        {playerShown && <PlayerOverlay key={player.from} player={player} />}
      </div>
      <nav class="main-nav bottom-nav" aria-label="Main">
        <Link href="/" class="nav-brand" aria-label="Flick, For You">Flick</Link>
        <Link href="/" aria-current={current.name === 'feed' ? 'page' : undefined}><HomeIcon size={24} /><span>Home</span></Link>
        <Link href="/discover" aria-current={discovering(current) ? 'page' : undefined}>
          <SearchIcon size={24} /><span>Discover</span>
        </Link>
        <Link href="/upload" class="nav-upload" aria-current={current.name === 'upload' ? 'page' : undefined}>
          <PlusIcon size={24} /><span>Post</span>
        </Link>
        {me ? (
          <Link href={`/@${me.user.username}`} aria-current={current.name === 'profile' && current.username === me.user.username ? 'page' : undefined}>
            <UserIcon size={24} /><span>Profile</span>
          </Link>
        ) : (
          <Link href={`/login?next=${next}`} aria-current={current.name === 'login' ? 'page' : undefined}>
            <UserIcon size={24} /><span>Log in</span>
          </Link>
        )}
        <button type="button" class="nav-shortcuts" aria-label="Keyboard shortcuts" aria-keyshortcuts="?"
                onClick={() => shortcutsOpen.set(true)}>
          <kbd aria-hidden="true">?</kbd><span>Shortcuts</span>
        </button>
      </nav>
      <div class="toasts" role="status" aria-live="polite">
        {messages.map((t) => <p key={t.id} class="toast">{t.text}</p>)}
      </div>
      {shortcuts && <ShortcutsSheet onClose={() => shortcutsOpen.set(false)} />}
      {prompt && (
        <Sheet title="Join Flick" onClose={() => loginPrompt.set(null)}>
          <p>Log in or sign up {prompt}.</p>
          <div class="stack">
            <Link class="button wide" href={`/login?next=${next}`} onClick={() => loginPrompt.set(null)}>Log in</Link>
            <Link class="button secondary wide" href={`/signup?next=${next}`} onClick={() => loginPrompt.set(null)}>Sign up</Link>
          </div>
        </Sheet>
      )}
    </div>
  );
}

function page(current: Route) {
  switch (current.name) {
    case 'feed': return <HomePage tab={current.tab} />;
    case 'video': return <VideoPage key={current.videoId} videoId={current.videoId} />;
    case 'discover': return <DiscoverPage />;
    case 'login': return <LoginPage />;
    case 'signup': return <SignUpPage />;
    case 'upload': return <UploadPage />;
    case 'profile': return <ProfilePage key={current.username} username={current.username} tab={current.tab} />;
    case 'search': return <SearchPage query={current.query} type={current.type} />;
    case 'tag': return <TagPage key={current.tag} tag={current.tag} sort={current.sort} />;
    case 'sound': return <SoundPage key={current.soundId} soundId={current.soundId} sort={current.sort} />;
    case 'challenge': return <ChallengePage key={current.challengeId} challengeId={current.challengeId} />;
    default:
      return <NotFound />;
  }
}

/** The Discover tab is lit on every page reached from it. */
function discovering(current: Route): boolean {
  return current.name === 'discover' || current.name === 'search' || current.name === 'tag' || current.name === 'sound'
    || current.name === 'challenge';
}

function NotFound() {
  useTitle(sectionTitle('Nothing here'));
  return (
        <main class="page centered">
          <h1>Nothing here</h1>
          <p class="muted">This page does not exist.</p>
          <Link class="button" href="/">Back to For You</Link>
        </main>
  );
}
