/**
 * What the processing estimate says at `now`: "about N s left" counting down to the server's
 * `estimated_completion`, never a negative number, and "almost done" once that moment has passed
 * (the server was optimistic; the video is still coming).
 */
export function etaText(estimatedCompletion: string | null | undefined, now: number): string | null {
  if (!estimatedCompletion) return null;
  const at = Date.parse(estimatedCompletion);
  if (!Number.isFinite(at)) return null;
  const seconds = Math.ceil((at - now) / 1000);
  if (seconds <= 1) return 'Almost done';
  if (seconds < 90) return `About ${seconds} s left`;
  return `About ${Math.round(seconds / 60)} min left`;
}
