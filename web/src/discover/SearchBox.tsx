import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { suggest } from '../api/discovery';
import type { Suggestion } from '../api/types';
import { Avatar } from '../ui/Avatar';
import { count } from '../ui/format';
import { NoteIcon, SearchIcon } from '../ui/icons';
import { navigate, videoPath } from '../ui/router';
import { MAX_QUERY, searchable, searchPath, soundPath, tagPath, type SearchType } from './searchUrl';
import { moveActive, TypeAhead } from './typeahead';
import './discover.css';

/** Where choosing a suggestion leads: a search for a query, else the thing suggested. */
function pathOf(suggestion: Suggestion, type: SearchType): string {
  switch (suggestion.type) {
    case 'user': return `/@${encodeURIComponent(suggestion.user.username)}`;
    case 'hashtag': return tagPath(suggestion.hashtag);
    case 'sound': return soundPath(suggestion.sound_id);
    case 'video': return videoPath(suggestion.video_id);
    default: return searchPath(searchable(suggestion.text) ?? suggestion.text, type);
  }
}

/**
 * The search box with type-ahead (ARIA's combobox with a listbox popup): suggestions follow the
 * typing after a pause, the arrow keys move through them, Enter opens the one chosen or searches
 * the text, Escape closes them.
 */
export function SearchBox(props: { initial?: string; type?: SearchType; autoFocus?: boolean; onText?: (text: string) => void }) {
  const type = props.type ?? 'top';
  const [text, setText] = useState(props.initial ?? '');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const typeAhead = useMemo(() => new TypeAhead(suggest, (_query, answer) => {
    setSuggestions(answer?.suggestions ?? []);
    setActive(-1);
    setOpen((answer?.suggestions.length ?? 0) > 0);
  }), []);
  useEffect(() => () => typeAhead.cancel(), [typeAhead]);
  useEffect(() => setText(props.initial ?? ''), [props.initial]);
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, []);

  const close = () => {
    typeAhead.cancel();
    setOpen(false);
    setActive(-1);
  };
  const go = (path: string) => {
    close();
    input.current?.blur();
    navigate(path);
  };
  const submit = () => {
    const chosen = open ? suggestions[active] : undefined;
    if (chosen) return go(pathOf(chosen, type));
    const query = searchable(text);
    if (query) go(searchPath(query, type));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      if (!open) return setOpen(true);
      setActive(moveActive(active, event.key === 'ArrowDown' ? 1 : -1, suggestions.length));
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const listId = 'search-suggestions';
  const optionId = (index: number) => `search-suggestion-${index}`;
  const expanded = open && suggestions.length > 0;

  return (
    <form class="search-box" role="search" action="/search" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <label class="search-field">
        <SearchIcon size={20} />
        <span class="visually-hidden">Search</span>
        <input ref={input} type="search" name="q" value={text} maxLength={MAX_QUERY} autocomplete="off" enterKeyHint="search"
               placeholder="Search videos, people, sounds, #tags" role="combobox" list={undefined} aria-autocomplete="list"
               aria-expanded={expanded} aria-controls={listId}
               aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
               onInput={(event) => {
                 const value = (event.target as HTMLInputElement).value;
                 setText(value);
                 props.onText?.(value);
                 typeAhead.input(value);
               }}
               onKeyDown={onKeyDown}
               onBlur={() => setOpen(false)}
               onFocus={() => setOpen(suggestions.length > 0 && text.trim() !== '')} />
      </label>
      <ul id={listId} role="listbox" aria-label="Suggestions" class="suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li key={`${suggestion.type}:${suggestion.text}:${index}`} id={optionId(index)} role="option" aria-selected={index === active}
              class={`suggestion suggestion-${suggestion.type}`}
              data-video-id={suggestion.type === 'video' ? suggestion.video_id : undefined}
              // Pressing would blur the box first (closing the list) and lose the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(pathOf(suggestion, type))}>
            <SuggestionContent suggestion={suggestion} />
          </li>
        ))}
      </ul>
    </form>
  );
}

function SuggestionContent(props: { suggestion: Suggestion }) {
  const s = props.suggestion;
  switch (s.type) {
    case 'user':
      return <><Avatar user={s.user} size={28} /><span class="suggestion-text">{s.text}</span><span class="muted">@{s.user.username}</span></>;
    case 'hashtag':
      return <><span class="suggestion-mark" aria-hidden="true">#</span><span class="suggestion-text">{s.hashtag}</span>
        <span class="muted">{count(s.video_count)} videos</span></>;
    case 'sound':
      return <><span class="suggestion-mark"><NoteIcon size={18} /></span><span class="suggestion-text">{s.text}</span></>;
    case 'video':
      return <>{s.thumbnail_url ? <img class="suggestion-thumb" src={s.thumbnail_url} alt="" /> : <span class="suggestion-thumb" />}
        <span class="suggestion-text">{s.text}</span></>;
    default:
      return <><span class="suggestion-mark"><SearchIcon size={18} /></span><span class="suggestion-text">{s.text}</span></>;
  }
}
