import { useState } from 'preact/hooks';
import { call, del, patch } from '../api/http';
import { ApiError, describe } from '../api/problems';
import type { Profile } from '../api/types';
import { updateUser } from '../auth/session';
import { Avatar } from '../ui/Avatar';
import { Sheet } from '../ui/Sheet';
import { toast } from '../ui/toast';

const MAX_AVATAR_BYTES = 5 * 1024 * 1024;

/** Name, username, bio, picture, private account and who sees liked videos. */
export function EditProfile(props: { profile: Profile; onClose: () => void; onSaved: (profile: Profile) => void }) {
  const { profile } = props;
  const [displayName, setDisplayName] = useState(profile.display_name ?? '');
  const [username, setUsername] = useState(profile.username);
  const [bio, setBio] = useState(profile.bio ?? '');
  const [isPrivate, setIsPrivate] = useState(profile.is_private);
  const [likedPublic, setLikedPublic] = useState(profile.liked_videos_public);
  const [current, setCurrent] = useState(profile);
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);

  const saved = (next: Profile) => {
    setCurrent(next);
    updateUser(next);
    props.onSaved(next);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      saved(await patch<Profile>('/api/v1/users/me', {
        display_name: displayName.trim(),
        username: username.trim(),
        bio: bio.trim(),
        is_private: isPrivate,
        liked_videos_public: likedPublic,
      }));
      toast('Profile saved');
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e : describe(e));
    } finally {
      setBusy(false);
    }
  };

  const changeAvatar = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_AVATAR_BYTES) {
      setError('That picture is larger than 5 MB.');
      return;
    }
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    try {
      saved(await call<Profile>('PUT', '/api/v1/users/me/avatar', { form }));
      toast('Picture updated');
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  const removeAvatar = async () => {
    try {
      saved(await del<Profile>('/api/v1/users/me/avatar'));
    } catch (e) {
      setError(describe(e));
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.forField(field) : undefined);
  return (
    <Sheet title="Edit profile" onClose={props.onClose}>
      <form class="form" onSubmit={save}>
        <div class="avatar-edit">
          <Avatar user={current} size={72} />
          <label class="button secondary">
            Change picture
            <input type="file" accept="image/*" class="visually-hidden" onChange={(e) => changeAvatar(e.currentTarget.files?.[0])} />
          </label>
          {current.avatar_url && <button type="button" class="link-button" onClick={removeAvatar}>Remove</button>}
        </div>
        <label class="field">
          <span>Name</span>
          <input name="display_name" maxLength={50} value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
          {fieldError('display_name') && <small class="field-error">{fieldError('display_name')}</small>}
        </label>
        <label class="field">
          <span>Username</span>
          <input name="username" maxLength={30} value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
          {fieldError('username') && <small class="field-error">{fieldError('username')}</small>}
        </label>
        <label class="field">
          <span>Bio</span>
          <textarea name="bio" maxLength={160} rows={3} value={bio} onInput={(e) => setBio(e.currentTarget.value)} />
          {fieldError('bio') && <small class="field-error">{fieldError('bio')}</small>}
        </label>
        <label class="switch">
          <input type="checkbox" name="is_private" checked={isPrivate} onChange={(e) => setIsPrivate(e.currentTarget.checked)} />
          <span>Private account <small class="muted">Only people you approve can follow you and see your videos.</small></span>
        </label>
        <label class="switch">
          <input type="checkbox" name="liked_videos_public" checked={likedPublic} onChange={(e) => setLikedPublic(e.currentTarget.checked)} />
          <span>Show my liked videos <small class="muted">Anyone who can see your profile sees what you liked.</small></span>
        </label>
        {error && (typeof error === 'string' || error.fieldErrors.length === 0) && (
          <p class="form-error" role="alert">{typeof error === 'string' ? error : error.message}</p>
        )}
        <button type="submit" class="button wide" disabled={busy}>Save</button>
      </form>
    </Sheet>
  );
}
