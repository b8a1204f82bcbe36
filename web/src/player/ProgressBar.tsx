import { useEffect, useRef } from 'preact/hooks';
import { pool } from './PlayerPool';
import './progress.css';

/** Arrow keys move this many seconds; Page Up/Down a tenth of the video. */
const STEP_S = 1;

/**
 * The playing video's progress as a thin bar at the bottom of its slide: drag or tap it to seek,
 * or focus it and use the arrow keys (a slider, in seconds). The position is written straight to
 * the element each frame, so playing re-renders nothing.
 */
export function ProgressBar(props: { index: number }) {
  const bar = useRef<HTMLDivElement>(null);
  const fill = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const video = () => pool.playerAt(props.index)?.video ?? null;

  useEffect(() => {
    let frame = 0;
    let shown = -1;
    const draw = () => {
      frame = requestAnimationFrame(draw);
      const slider = bar.current;
      if (!slider || !fill.current) return; // unmounting
      const element = video();
      const duration = element && Number.isFinite(element.duration) ? element.duration : 0;
      const time = element && duration > 0 ? element.currentTime : 0;
      fill.current!.style.transform = `scaleX(${duration > 0 ? Math.min(time / duration, 1) : 0})`;
      const seconds = Math.floor(time);
      const total = Math.round(duration);
      if (seconds * 1000 + total !== shown) {
        shown = seconds * 1000 + total;
        slider.setAttribute('aria-valuemax', String(total));
        slider.setAttribute('aria-valuenow', String(Math.min(seconds, total)));
        slider.setAttribute('aria-valuetext', `${Math.min(seconds, total)} of ${total} seconds`);
      }
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [props.index]);

  const seekTo = (seconds: number) => {
    const element = video();
    if (!element || !Number.isFinite(element.duration) || element.duration <= 0) return;
    element.currentTime = Math.max(0, Math.min(seconds, element.duration - 0.05));
  };
  const seekAt = (clientX: number) => {
    const box = bar.current!.getBoundingClientRect();
    const element = video();
    if (element && box.width > 0) seekTo(((clientX - box.left) / box.width) * element.duration);
  };

  return (
    <div
      ref={bar}
      class="progress"
      role="slider"
      tabIndex={0}
      aria-label="Video progress"
      aria-valuemin={0}
      aria-valuemax={0}
      aria-valuenow={0}
      onPointerDown={(event) => {
        dragging.current = true;
        bar.current!.setPointerCapture(event.pointerId);
        bar.current!.classList.add('dragging');
        seekAt(event.clientX);
      }}
      onPointerMove={(event) => {
        if (dragging.current) seekAt(event.clientX);
      }}
      onPointerUp={(event) => {
        dragging.current = false;
        bar.current!.releasePointerCapture(event.pointerId);
        bar.current!.classList.remove('dragging');
      }}
      onPointerCancel={() => {
        dragging.current = false;
        bar.current!.classList.remove('dragging');
      }}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        const element = video();
        if (!element) return;
        const tenth = (Number.isFinite(element.duration) ? element.duration : 0) / 10;
        const moves: Record<string, number> = {
          ArrowRight: element.currentTime + STEP_S, ArrowUp: element.currentTime + STEP_S,
          ArrowLeft: element.currentTime - STEP_S, ArrowDown: element.currentTime - STEP_S,
          PageUp: element.currentTime + tenth, PageDown: element.currentTime - tenth,
          Home: 0, End: element.duration,
        };
        if (!(event.key in moves)) return;
        // The feed moves on arrow keys too: on the slider they seek instead.
        event.preventDefault();
        event.stopPropagation();
        seekTo(moves[event.key]);
      }}
    >
      <div class="progress-track"><div ref={fill} class="progress-fill" /></div>
    </div>
  );
}
