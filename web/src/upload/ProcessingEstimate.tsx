import { useEffect, useState } from 'preact/hooks';
import { etaText } from './eta';

/** The server's estimate of when processing ends, counted down every second between polls. */
export function ProcessingEstimate(props: { estimatedCompletion: string | null | undefined; progress: number | null }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const eta = etaText(props.estimatedCompletion, now);
  const parts = [props.progress === null ? 'Starting…' : `${props.progress}%`, eta].filter(Boolean);
  return <p class="processing-estimate" data-eta={eta ?? ''}>{parts.join(' · ')}</p>;
}
