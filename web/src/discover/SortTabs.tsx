import { Link } from '../ui/Link';
import type { Sort } from './searchUrl';

/** Recent or Top, as links: the sort is part of the page's address. */
export function SortTabs(props: { sort: Sort; path: (sort: Sort) => string; label: string }) {
  return (
    <nav class="sort-tabs" aria-label={`Sort ${props.label}`}>
      <Link href={props.path('recent')} aria-current={props.sort === 'recent' ? 'page' : undefined}>Recent</Link>
      <Link href={props.path('top')} aria-current={props.sort === 'top' ? 'page' : undefined}>Top</Link>
    </nav>
  );
}
