import { useState } from 'preact/hooks';
import { PlusIcon } from '../ui/icons';

/**
 * The file picker: a large target that takes a click (the native picker, through the input inside
 * it) or a file dropped on it. The input stays in the page for keyboards and screen readers.
 */
export function DropZone(props: { onFile: (file: File | undefined) => void; describedBy?: string; compact?: boolean }) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  return (
    <label
      class={`drop-zone${over ? ' over' : ''}${props.compact ? ' compact' : ''}`}
      onDragEnter={(event) => { if (accepts(event)) { event.preventDefault(); setOver(true); } }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault(); // without it the browser opens the file instead of dropping it here
        event.dataTransfer!.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        props.onFile(event.dataTransfer?.files[0]);
      }}
    >
      <span class="drop-icon" aria-hidden="true"><PlusIcon size={32} /></span>
      <span class="drop-title">{props.compact ? 'Pick another video' : 'Select a video or drop it here'}</span>
      <span class="drop-hint">MP4, MOV or WebM · up to 60 seconds and 50 MB</span>
      <input class="drop-input" type="file" name="file" accept="video/mp4,video/quicktime,video/webm,video/*"
             aria-describedby={props.describedBy}
             onChange={(e) => props.onFile(e.currentTarget.files?.[0])} />
    </label>
  );
}
