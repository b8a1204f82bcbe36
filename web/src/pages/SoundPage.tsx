import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { soundInfo, soundVideos } from '../api/discovery';
import { describe } from '../api/problems';
import type { SoundView } from '../api/types';
import { gridOpener } from '../discover/openGrid';
import { PageError } from '../discover/PageError';
import { soundPath, sortedPath, type Sort } from '../discover/searchUrl';
import { SortTabs } from '../discover/SortTabs';
import { VideoGrid } from '../profile/VideoGrid';
import { count, displayName, duration } from '../ui/format';
import { BackIcon, NoteIcon, PauseIcon, PlayIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { back } from '../ui/router';
import { sectionTitle, useTitle } from '../ui/title';
import '../discover/discover.css';

/** A sound's page: its name, author and uses, a preview of its audio, and the videos using it. */
export function SoundPage(props: { soundId: string; sort: Sort }) {
  const [sound, setSound] = useState<SoundView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useTitle(sectionTitle(sound ? `♪ ${sound.name}` : 'Sound'));
  useEffect(() => {
    soundInfo(props.soundId).then(setSound, (e) => setError(describe(e)));
  }, [props.soundId]);
  const source = useMemo(() => soundVideos(props.soundId, props.sort), [props.soundId, props.sort]);

  if (error) return <PageError message={error} />;
  const name = sound?.name ?? 'Sound';
  return (
    <main class="page sound-page">
      <button type="button" class="icon-button" aria-label="Back" onClick={() => back('/discover')}><BackIcon size={24} /></button>
      <header class="sound-header">
        <span class="sound-cover" aria-hidden="true"><NoteIcon size={30} /></span>
        <div class="sound-names">
          <h1>{sound ? sound.name : '\u00a0'}</h1>
          {sound && (
            <p class="muted">
              {sound.author && <><Link href={`/@${encodeURIComponent(sound.author.username)}`}>{displayName(sound.author)}</Link> · </>}
              {count(sound.usage_count)} {sound.usage_count === 1 ? 'video' : 'videos'} · {duration(sound.duration)}
            </p>
          )}
        </div>
        {sound?.audio_url && <Preview url={sound.audio_url} name={name} />}
      </header>
      <SortTabs sort={props.sort} path={(sort) => sortedPath(soundPath(props.soundId), sort)} label={`videos with ${name}`} />
      <VideoGrid
        key={source.key}
        source={source}
        owner={false}
        onOpen={gridOpener(source, `Videos with ${name}`, `Back to ${name}`)}
        emptyText="No videos use this sound yet."
        forbiddenText=""
      />
    </main>
  );
}

/** Plays and pauses the sound's audio; it stops when the page goes. */
function Preview(props: { url: string; name: string }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) element.play().catch(() => setPlaying(false));
    else element.pause();
  };
  return (
    <>
      <audio ref={audio} src={props.url} preload="none" onPlay={() => setPlaying(true)} onPause={() => setPlaying(false)}
             onEnded={() => setPlaying(false)} />
      <button type="button" class="icon-button sound-play"
              aria-label={`${playing ? 'Pause' : 'Play'} ${props.name}`} onClick={toggle}>
        {playing ? <PauseIcon size={26} /> : <PlayIcon size={26} />}
      </button>
    </>
  );
}
