import { Link } from '../ui/Link';

/** A discovery page that could not be shown (a sound nobody may hear, a challenge that is gone): why, and a way on. */
export function PageError(props: { message: string }) {
  return (
    <main class="page centered">
      <p role="alert">{props.message}</p>
      <Link class="button" href="/discover">Back to Discover</Link>
    </main>
  );
}
