import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../api/http';
import { ApiError, describe, processingFailure } from '../api/problems';
import type { UploadInit, VideoStatus } from '../api/types';
import { session } from '../auth/session';
import { Link } from '../ui/Link';
import { navigate } from '../ui/router';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';
import { VideoSettingsFields, type VideoSettings } from '../ui/VideoSettingsFields';
import { problemWith, readClip, type ClipFacts } from '../upload/clipCheck';
import { CoverChooser } from '../upload/CoverChooser';
import { defaultCoverTime } from '../upload/cover';
import { DropZone } from '../upload/DropZone';
import { ProcessingEstimate } from '../upload/ProcessingEstimate';
import { ResumableUpload } from '../upload/resumableUpload';
import '../upload/upload.css';

type Phase =
  | { name: 'pick' }
  | { name: 'details' }
  | { name: 'sending'; sent: number; total: number; paused: boolean }
  | { name: 'processing'; status: VideoStatus | null; estimatedCompletion: string | null }
  | { name: 'failed'; message: string };

const POLL_MS = 1000;

/** Post a video: pick, check, describe, send (resumable), then follow processing until it plays. */
export function UploadPage() {
  const me = useStore(session);
  const [file, setFile] = useState<File | null>(null);
  const [facts, setFacts] = useState<ClipFacts | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [caption, setCaption] = useState('');
  const [hashtags, setHashtags] = useState('');
  const [settings, setSettings] = useState<VideoSettings>(
    { privacy: 'public', comment_enabled: true, duet_enabled: true, stitch_enabled: true });
  const [cover, setCover] = useState(0);
  const [phase, setPhase] = useState<Phase>({ name: 'pick' });
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useRef<ResumableUpload | null>(null);
  const ticket = useRef<UploadInit | null>(null);
  const alive = useRef(true);
  useEffect(() => () => { alive.current = false; }, []);

  useEffect(() => () => upload.current?.pause(), []);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);

  if (!me) {
    return (
      <main class="page centered">
        <h1>Post a video</h1>
        <p class="muted">Log in to post videos.</p>
        <Link class="button" href="/login?next=%2Fupload">Log in</Link>
      </main>
    );
  }

  const pick = async (picked: File | undefined) => {
    setPickError(null);
    setFacts(null);
    setPreview(null);
    setFile(null);
    if (!picked) return;
    let read: ClipFacts | null = null;
    try {
      read = await readClip(picked);
    } catch {
      read = null;
    }
    const problem = problemWith(picked, read);
    if (problem) {
      setPickError(problem);
      return;
    }
    setFile(picked);
    setFacts(read);
    setCover(defaultCoverTime(read!.duration));
    setPreview(URL.createObjectURL(picked));
    setPhase({ name: 'details' });
  };

  const complete = async () => {
    const init = ticket.current!;
    try {
      const tags = hashtags.split(/[\s,]+/).map((t) => t.replace(/^#/, '')).filter(Boolean);
      const done = await post<{ video_id: string; estimated_completion: string | null }>('/api/v1/videos/upload/complete', {
        upload_id: init.upload_id,
        caption: caption.trim() || null,
        hashtags: tags,
        ...settings,
        cover_time: Math.round(cover * 10) / 10,
      });
      setPhase({ name: 'processing', status: null, estimatedCompletion: done.estimated_completion });
      void follow(done.video_id);
    } catch (e) {
      setPhase({ name: 'failed', message: describe(e) });
    }
  };

  const follow = async (videoId: string) => {
    while (alive.current) {
      let status: VideoStatus;
      try {
        status = await get<VideoStatus>(`/api/v1/videos/${videoId}/status`);
      } catch (e) {
        if (e instanceof ApiError && e.status < 500) {
          setPhase({ name: 'failed', message: describe(e) });
          return;
        }
        await sleep(POLL_MS * 3);
        continue;
      }
      if (status.status === 'published') {
        toast('Your video is live');
        navigate(`/@${me.user.username}`);
        return;
      }
      if (status.status === 'failed') {
        setPhase({ name: 'failed', message: processingFailure(status.failure_reason) });
        return;
      }
      setPhase({ name: 'processing', status, estimatedCompletion: status.estimated_completion ?? null });
      await sleep(POLL_MS);
    }
  };

  const send = async (event: Event) => {
    event.preventDefault();
    if (!file || !facts) return;
    setFormError(null);
    try {
      ticket.current = await post<UploadInit>('/api/v1/videos/upload/init', {
        file_size: file.size,
        video_duration: Math.round(facts.duration * 100) / 100,
        video_metadata: { width: facts.width, height: facts.height },
      });
    } catch (e) {
      setFormError(describe(e));
      return;
    }
    setPhase({ name: 'sending', sent: 0, total: file.size, paused: false });
    upload.current = new ResumableUpload(file, ticket.current.resumable_url, {
      progress: (sent, total) => setPhase((p) => (p.name === 'sending' ? { ...p, sent, total } : p)),
      done: () => void complete(),
      failed: (error) => setPhase({ name: 'failed', message: describe(error) }),
    });
    upload.current.start();
  };

  const togglePause = () => {
    if (phase.name !== 'sending' || !upload.current) return;
    if (phase.paused) upload.current.start();
    else upload.current.pause();
    setPhase({ ...phase, paused: !phase.paused });
  };

  return (
    <main class="page upload-page">
      <h1>Post a video</h1>
      {(phase.name === 'pick' || phase.name === 'details') && (
        <form class="form" onSubmit={send}>
          {preview && facts && (
            <div class="upload-preview">
              <CoverChooser key={preview} src={preview} duration={facts.duration} cover={cover} onCover={setCover} />
              <p class="muted">{Math.round(facts.duration)} s · {facts.width}×{facts.height} · {(file!.size / 1024 / 1024).toFixed(1)} MB</p>
            </div>
          )}
          <DropZone onFile={pick} describedBy="file-error" compact={!!preview} />
          {pickError && <p id="file-error" class="form-error" role="alert">{pickError}</p>}
          {phase.name === 'details' && (
            <>
              <label class="field">
                <span>Caption</span>
                <textarea name="caption" maxLength={2200} rows={3} value={caption} placeholder="Say something #hashtag @mention"
                          onInput={(e) => setCaption(e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>Hashtags <span class="muted">(also taken from the caption)</span></span>
                <input name="hashtags" value={hashtags} placeholder="dance, fyp" onInput={(e) => setHashtags(e.currentTarget.value)} />
              </label>
              <VideoSettingsFields value={settings} onChange={setSettings} />
              {formError && <p class="form-error" role="alert">{formError}</p>}
              <button type="submit" class="button wide">Post</button>
            </>
          )}
        </form>
      )}
      {phase.name === 'sending' && (
        <section class="progress-panel" aria-live="polite">
          <h2>{phase.paused ? 'Upload paused' : 'Uploading…'}</h2>
          <progress max={phase.total} value={phase.sent} aria-label="Upload progress" />
          <p class="muted">{Math.floor((phase.sent / Math.max(1, phase.total)) * 100)}% · {(phase.sent / 1024 / 1024).toFixed(1)} of {(phase.total / 1024 / 1024).toFixed(1)} MB</p>
          <button type="button" class="button secondary" onClick={togglePause}>{phase.paused ? 'Resume' : 'Pause'}</button>
        </section>
      )}
      {phase.name === 'processing' && (
        <section class="progress-panel" aria-live="polite">
          <h2>Processing your video</h2>
          <progress max={100} value={phase.status?.progress ?? undefined} aria-label="Processing progress" />
          <ProcessingEstimate estimatedCompletion={phase.estimatedCompletion} progress={phase.status?.progress ?? null} />
          <p class="muted">You can leave this page; your video will appear on your profile when it is ready.</p>
        </section>
      )}
      {phase.name === 'failed' && (
        <section class="progress-panel">
          <p class="form-error" role="alert">{phase.message}</p>
          <button type="button" class="button" onClick={() => { setPhase(file ? { name: 'details' } : { name: 'pick' }); }}>Try again</button>
        </section>
      )}
    </main>
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
