import { Sheet } from './Sheet';

/** Every key the feed answers to (FeedView's key handler), and the key of this list itself. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['↓', 'j'], action: 'Next video' },
  { keys: ['↑', 'k'], action: 'Previous video' },
  { keys: ['Space'], action: 'Pause or play' },
  { keys: ['m'], action: 'Mute or unmute' },
  { keys: ['r'], action: 'Refresh the feed' },
  { keys: ['l'], action: 'Like or unlike' },
  { keys: ['c'], action: 'Open or close the comments' },
  { keys: ['Esc'], action: 'Close the sheet or panel' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

export function ShortcutsSheet(props: { onClose: () => void }) {
  return (
    <Sheet title="Keyboard shortcuts" onClose={props.onClose} class="shortcuts-sheet">
      <dl class="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>{shortcut.keys.map((key, i) => <>{i > 0 && ' or '}<kbd>{key}</kbd></>)}</dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
    </Sheet>
  );
}
