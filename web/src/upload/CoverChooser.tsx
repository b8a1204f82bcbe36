import { useEffect, useRef } from 'preact/hooks';
import { latestCoverTime } from './cover';

/**
 * The preview of the picked clip with a slider over it choosing the cover: sliding pauses the
 * preview on that moment, which is the picture the server will make the thumbnails from.
 */
export function CoverChooser(props: { src: string; duration: number; cover: number; onCover: (seconds: number) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const chosen = useRef(false);
  useEffect(() => {
    const element = video.current;
    if (!element || !chosen.current) return;
    element.pause();
    element.currentTime = props.cover;
  }, [props.cover]);
  return (
    <div class="cover-chooser">
      <video ref={video} src={props.src} muted playsInline loop autoPlay preload="auto"
             aria-label="Preview of the picked video" />
      <label class="cover-slider">
        <span>Cover <output>{props.cover.toFixed(1)} s</output></span>
        <input type="range" name="cover_time" min={0} max={latestCoverTime(props.duration)} step={0.1} value={props.cover}
               onInput={(e) => {
                 chosen.current = true;
                 props.onCover(Number(e.currentTarget.value));
               }} />
      </label>
    </div>
  );
}
