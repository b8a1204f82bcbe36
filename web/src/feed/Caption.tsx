import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { RichText } from '../ui/RichText';
import './caption.css';

/**
 * A video's caption with its #hashtags and @mentions as links: a few lines at first, then "…more"
 * shows the rest (and "less" folds it again). The button appears only when the text is cut.
 */
export function Caption(props: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && !expanded) setCut(element.scrollHeight > element.clientHeight + 1);
  }, [props.text, expanded]);
  return (
    <div class={`caption-box${expanded ? ' expanded' : ''}`}>
      <p class="caption" ref={ref}><RichText text={props.text} /></p>
      {(cut || expanded) && (
        <button type="button" class="caption-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'less' : '…more'}
        </button>
      )}
    </div>
  );
}
