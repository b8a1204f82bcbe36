import { Link } from './Link';

// The same rules as the server's caption parser, so what is tappable is what the server indexed.
const TOKENS = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{1,100})|(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_.]{2,30})/gu;

/** Text with #hashtags and @mentions as links. */
export function RichText(props: { text: string | null | undefined }) {
  const text = props.text ?? '';
  const parts: (string | preact.JSX.Element)[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKENS)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    if (match[1]) {
      parts.push(<Link class="tag" href={`/tag/${encodeURIComponent(match[1])}`}>#{match[1]}</Link>);
    } else {
      parts.push(<Link class="mention" href={`/@${encodeURIComponent(match[2])}`}>@{match[2]}</Link>);
    }
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
