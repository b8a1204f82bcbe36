import { useStore } from '../ui/store';
import { dataSaver, setDataSaver } from './settings';
import './playback.css';

/** The data-saver setting as a switch: lowest quality and less buffered ahead while on. */
export function DataSaverSwitch() {
  const on = useStore(dataSaver);
  return (
    <button type="button" class="menu-item data-saver" role="switch" aria-checked={on} onClick={() => setDataSaver(!on)}>
      <span class="data-saver-text">
        Data saver
        <span class="data-saver-hint">{on ? 'Lowest quality, less loaded ahead' : 'Quality to fit your screen and connection'}</span>
      </span>
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
    </button>
  );
}
