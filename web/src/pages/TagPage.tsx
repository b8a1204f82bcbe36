import { Link } from '../ui/Link';

/**
 * A hashtag's page. Hashtag search and pages belong to the discovery module, which does not exist
 * yet; until it does, this says so instead of showing an empty list as if nobody used the tag.
 */
export function TagPage(props: { tag: string }) {
  return (
    <div class="page centered">
      <h1>#{props.tag}</h1>
      <p class="muted">Browsing videos by hashtag is coming with search and discovery.</p>
      <Link class="button" href="/">Back to For You</Link>
    </div>
  );
}
