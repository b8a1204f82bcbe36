import { Link } from '../ui/Link';
import { sectionTitle, useTitle } from '../ui/title';

/** A place holder until discovery (search, trending, hashtags) is built: the way on it promises. */
export function DiscoverPage() {
  useTitle(sectionTitle('Discover'));
  return (
    <main class="page centered">
      <h1>Discover is coming</h1>
      <p class="muted">Search, trending videos and hashtags will be here. Until then, tap a #hashtag on any video.</p>
      <Link class="button" href="/">Watch For You</Link>
    </main>
  );
}
