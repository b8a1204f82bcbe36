import { useStore } from '../ui/store';
import { install, installOffer } from './installPrompt';

/** "Install app", shown only where and when the browser offers to install Flick. */
export function InstallButton(props: { class?: string; onDone?: () => void }) {
  const offer = useStore(installOffer);
  if (!offer) return null;
  return (
    <button type="button" class={props.class ?? 'menu-item'} onClick={() => { props.onDone?.(); void install(); }}>
      Install app
    </button>
  );
}
