import { useEffect, useRef, useState } from 'preact/hooks';
import { del, get, post } from '../api/http';
import { describe } from '../api/problems';
import type { Comment, VideoCard } from '../api/types';
import { session } from '../auth/session';
import type { FeedModel } from '../feed/FeedModel';
import { Avatar } from '../ui/Avatar';
import { ago, count } from '../ui/format';
import { HeartIcon } from '../ui/icons';
import { Link } from '../ui/Link';
import { askToLogIn } from '../ui/loginPrompt';
import { RichText } from '../ui/RichText';
import { Sheet } from '../ui/Sheet';
import { useStore } from '../ui/store';
import { toast } from '../ui/toast';

const MAX_LENGTH = 150;

interface Thread {
  comment: Comment;
  replies: Comment[];
  repliesCursor: string | null;
  repliesOpen: boolean;
  repliesLoaded: boolean;
}

type CommentList = { comments: Comment[]; next_cursor: string | null };

/** A video's comments: newest or top, one level of replies, likes, replying and deleting. */
export function CommentsSheet(props: { video: VideoCard; model: FeedModel; onClose: () => void }) {
  const { video, model } = props;
  const me = useStore(session);
  const [order, setOrder] = useState<'newest' | 'top'>('newest');
  const [threads, setThreads] = useState<Thread[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  const load = async (from: string | null, replace: boolean) => {
    setLoading(true);
    setError(null);
    try {
      const page = await get<CommentList>(`/api/v1/videos/${video.video_id}/comments?order=${order}&limit=20${from ? `&cursor=${encodeURIComponent(from)}` : ''}`);
      const fresh = page.comments.map((comment): Thread => ({ comment, replies: [], repliesCursor: null, repliesOpen: false, repliesLoaded: false }));
      setThreads((list) => (replace ? fresh : [...list, ...fresh.filter((t) => !list.some((o) => o.comment.comment_id === t.comment.comment_id))]));
      setCursor(page.next_cursor);
    } catch (e) {
      setError(describe(e));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(null, true);
  }, [order, video.video_id]);

  const updateComment = (id: string, change: (c: Comment) => Comment) => {
    setThreads((list) => list.map((thread) => ({
      ...thread,
      comment: thread.comment.comment_id === id ? change(thread.comment) : thread.comment,
      replies: thread.replies.map((reply) => (reply.comment_id === id ? change(reply) : reply)),
    })));
  };

  const toggleLike = async (comment: Comment) => {
    if (!me) return askToLogIn('to like comments');
    const liked = comment.has_liked;
    const flip = (c: Comment, like: boolean) => ({ ...c, has_liked: like, like_count: Math.max(0, c.like_count + (like ? 1 : -1)) });
    updateComment(comment.comment_id, (c) => flip(c, !liked));
    try {
      if (liked) await del(`/api/v1/comments/${comment.comment_id}/like`);
      else await post(`/api/v1/comments/${comment.comment_id}/like`);
    } catch (e) {
      updateComment(comment.comment_id, (c) => flip(c, liked));
      toast(describe(e));
    }
  };

  const loadReplies = async (thread: Thread) => {
    const id = thread.comment.comment_id;
    try {
      const page = await get<CommentList>(`/api/v1/comments/${id}/replies?limit=20${thread.repliesCursor ? `&cursor=${encodeURIComponent(thread.repliesCursor)}` : ''}`);
      setThreads((list) => list.map((t) => t.comment.comment_id !== id ? t : {
        ...t,
        replies: [...t.replies, ...page.comments.filter((r) => !t.replies.some((o) => o.comment_id === r.comment_id))],
        repliesCursor: page.next_cursor,
        repliesOpen: true,
        repliesLoaded: true,
      }));
    } catch (e) {
      toast(describe(e));
    }
  };

  const remove = async (comment: Comment) => {
    if (!window.confirm('Delete this comment?')) return;
    try {
      await del(`/api/v1/comments/${comment.comment_id}`);
      setThreads((list) => list
        .filter((t) => t.comment.comment_id !== comment.comment_id)
        .map((t) => ({
          ...t,
          replies: t.replies.filter((r) => r.comment_id !== comment.comment_id),
          comment: t.comment.comment_id === comment.parent_comment_id ? { ...t.comment, reply_count: Math.max(0, t.comment.reply_count - 1) } : t.comment,
        })));
      model.update((v) => v.video_id === video.video_id ? { ...v, stats: { ...v.stats, comments: Math.max(0, v.stats.comments - 1) } } : null);
    } catch (e) {
      toast(describe(e));
    }
  };

  const send = async (event: Event) => {
    event.preventDefault();
    const body = text.trim();
    if (!body || sending) return;
    setSending(true);
    try {
      const parent = replyTo ? (replyTo.parent_comment_id ?? replyTo.comment_id) : null;
      const created = await post<Comment>(`/api/v1/videos/${video.video_id}/comments`, { text: body, parent_comment_id: parent });
      if (parent) {
        setThreads((list) => list.map((t) => t.comment.comment_id !== parent ? t : {
          ...t, replies: [...t.replies, created], repliesOpen: true,
          comment: { ...t.comment, reply_count: t.comment.reply_count + 1 },
        }));
      } else {
        setThreads((list) => [{ comment: created, replies: [], repliesCursor: null, repliesOpen: false, repliesLoaded: false }, ...list]);
      }
      model.update((v) => v.video_id === video.video_id ? { ...v, stats: { ...v.stats, comments: v.stats.comments + 1 } } : null);
      setText('');
      setReplyTo(null);
    } catch (e) {
      toast(describe(e));
    } finally {
      setSending(false);
    }
  };

  const canDelete = (comment: Comment) => !!me && (comment.user?.user_id === me.user.user_id || video.user.user_id === me.user.user_id);

  const renderComment = (comment: Comment, reply: boolean) => (
    <div class={`comment${reply ? ' reply' : ''}`} key={comment.comment_id} data-comment-id={comment.comment_id}>
      {comment.user && <Avatar user={comment.user} size={reply ? 28 : 36} />}
      <div class="comment-body">
        <div class="comment-author">
          {comment.user ? <Link href={`/@${comment.user.username}`}>{comment.user.username}</Link> : 'deleted account'}
          {comment.user?.user_id === video.user.user_id && <span class="badge">Creator</span>}
        </div>
        <p class="comment-text"><RichText text={comment.text} /></p>
        <div class="comment-meta">
          <time dateTime={comment.created_at}>{ago(comment.created_at)}</time>
          {video.comment_enabled && (
            <button type="button" class="link-button" onClick={() => {
              if (!me) return askToLogIn('to reply');
              setReplyTo(comment);
              input.current?.focus();
            }}>Reply</button>
          )}
          {canDelete(comment) && <button type="button" class="link-button" onClick={() => remove(comment)}>Delete</button>}
        </div>
      </div>
      <button type="button" class={`comment-like${comment.has_liked ? ' on' : ''}`} aria-pressed={comment.has_liked}
              aria-label={`${comment.has_liked ? 'Unlike' : 'Like'} comment (${comment.like_count} likes)`}
              onClick={() => toggleLike(comment)}>
        <HeartIcon size={18} /><span>{count(comment.like_count)}</span>
      </button>
    </div>
  );

  return (
    <Sheet title={`${count(video.stats.comments)} ${video.stats.comments === 1 ? 'comment' : 'comments'}`} onClose={props.onClose} class="comments-sheet" beside>
      <div class="segmented" role="group" aria-label="Order">
        <button type="button" aria-pressed={order === 'newest'} onClick={() => setOrder('newest')}>Newest</button>
        <button type="button" aria-pressed={order === 'top'} onClick={() => setOrder('top')}>Top</button>
      </div>
      <div class="comment-list" aria-busy={loading}>
        {threads.map((thread) => (
          <div class="thread" key={thread.comment.comment_id}>
            {renderComment(thread.comment, false)}
            {thread.repliesOpen && thread.replies.map((reply) => renderComment(reply, true))}
            {thread.comment.reply_count > 0 && (!thread.repliesLoaded || thread.repliesCursor) && (
              <button type="button" class="link-button replies-toggle" onClick={() => loadReplies(thread)}>
                {thread.repliesLoaded ? 'More replies' : `View ${thread.comment.reply_count} ${thread.comment.reply_count === 1 ? 'reply' : 'replies'}`}
              </button>
            )}
          </div>
        ))}
        {!loading && !error && threads.length === 0 && <p class="muted">No comments yet. Start the conversation.</p>}
        {error && <p class="form-error" role="alert">{error}</p>}
        {loading && <div class="spinner small" role="status" aria-label="Loading comments" />}
        {!loading && cursor && (
          <button type="button" class="button secondary" onClick={() => load(cursor, false)}>More comments</button>
        )}
      </div>
      {!video.comment_enabled ? (
        <p class="muted composer-note">The creator turned comments off.</p>
      ) : me ? (
        <form class="composer" onSubmit={send}>
          {replyTo && (
            <div class="replying">
              Replying to @{replyTo.user?.username ?? 'comment'}
              <button type="button" class="link-button" onClick={() => setReplyTo(null)}>Cancel</button>
            </div>
          )}
          <textarea ref={input} rows={1} maxLength={MAX_LENGTH} placeholder="Add a comment…" aria-label="Comment"
                    value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
                    onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey) void send(e); }} />
          <button type="submit" class="button" disabled={sending || text.trim().length === 0}>Post</button>
        </form>
      ) : (
        <button type="button" class="button composer-note" onClick={() => askToLogIn('to comment')}>Log in to comment</button>
      )}
    </Sheet>
  );
}
