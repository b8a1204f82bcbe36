/** What the server accepts (seed 000's limits); checked here first so nobody waits to hear "too big". */
export const MAX_BYTES = 50 * 1024 * 1024;
export const MAX_SECONDS = 60;

export interface ClipFacts {
  duration: number;
  width: number;
  height: number;
}

/** Reads a picked file's duration and size through the browser's own decoder. */
export function readClip(file: File): Promise<ClipFacts> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const probe = document.createElement('video');
    probe.preload = 'metadata';
    probe.muted = true;
    const done = () => {
      probe.removeAttribute('src');
      probe.load();
      URL.revokeObjectURL(url);
    };
    probe.onloadedmetadata = () => {
      const facts = { duration: probe.duration, width: probe.videoWidth, height: probe.videoHeight };
      done();
      resolve(facts);
    };
    probe.onerror = () => {
      done();
      reject(new Error('unreadable'));
    };
    probe.src = url;
  });
}

/** A sentence saying why the file cannot be posted, or null when it can. */
export function problemWith(file: File, facts: ClipFacts | null): string | null {
  if (file.size > MAX_BYTES) return `That video is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB.`;
  if (!facts) return 'This browser cannot read that file. Pick an MP4, MOV or WebM video.';
  if (!Number.isFinite(facts.duration) || facts.duration <= 0) return 'We could not tell how long that video is.';
  if (facts.duration > MAX_SECONDS + 0.5) return `That video is ${Math.round(facts.duration)} seconds long; the limit is 60 seconds.`;
  if (facts.width === 0 || facts.height === 0) return 'That file has no picture. Pick a video.';
  return null;
}
