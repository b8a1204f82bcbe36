import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CloseIcon } from './icons';
import { useBackCloses } from './sheetHistory';
import { isDesktop } from './layout';

/**
 * A bottom sheet on phones, a centred panel on wide screens. A native modal <dialog>: the
 * browser traps focus inside and closes it with Escape. `beside` sheets (comments) are a panel
 * next to the video on a desktop instead, not modal, so the feed stays usable while they are open.
 * Closing gives focus back to the control that opened the sheet (the browser does for a modal
 * dialog, but not once the dialog is gone from the page, nor for a non-modal one).
 */
export function Sheet(props: { title: string; onClose: () => void; children: ComponentChildren; class?: string; beside?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`sheet-${Math.random().toString(36).slice(2)}`).current;
  useBackCloses(props.onClose);
  const panel = useRef(!!props.beside && isDesktop()).current;
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement : null;
    if (!dialog.open) {
      if (panel) dialog.show();
      else dialog.showModal();
    }
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose.current();
      }
    };
    if (panel) {
      document.documentElement.classList.add('panel-open');
      dialog.addEventListener('keydown', onEscape);
    }
    return () => {
      const focusWasInside = dialog.contains(document.activeElement) || document.activeElement === document.body;
      dialog.removeEventListener('keydown', onEscape);
      dialog.close();
      if (panel) document.documentElement.classList.remove('panel-open');
      if (opener?.isConnected && (focusWasInside || document.activeElement === document.body)) {
        opener.focus({ preventScroll: true });
      }
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`sheet${panel ? ' beside' : ''} ${props.class ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) props.onClose(); // a click on the backdrop
      }}
    >
      <div class="sheet-body">
        <header class="sheet-header">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" class="icon-button" aria-label="Close" onClick={props.onClose}>
            <CloseIcon size={22} />
          </button>
        </header>
        {props.children}
      </div>
    </dialog>
  );
}
