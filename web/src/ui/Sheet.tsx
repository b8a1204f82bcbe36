import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CloseIcon } from './icons';
import { useBackCloses } from './sheetHistory';

/**
 * A bottom sheet on phones, a centred panel on wide screens. A native modal <dialog>: the
 * browser traps focus inside, closes it with Escape and gives focus back to what opened it.
 */
export function Sheet(props: { title: string; onClose: () => void; children: ComponentChildren; class?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`sheet-${Math.random().toString(36).slice(2)}`).current;
  useBackCloses(props.onClose);
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={`sheet ${props.class ?? ''}`}
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
