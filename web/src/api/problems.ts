// Every API error is problem+json with a stable `code`; people read these sentences instead.

const SENTENCES: Record<string, string> = {
  validation_failed: 'Some fields need another look.',
  malformed_request: 'Something went wrong sending that. Please try again.',
  invalid_cursor: 'That list changed. Pull to refresh.',
  unauthenticated: 'Please log in first.',
  invalid_token: 'Your session ended. Please log in again.',
  invalid_credentials: 'That login and password do not match.',
  invalid_refresh_token: 'Your session ended. Please log in again.',
  refresh_token_reused: 'For your safety we ended this session. Please log in again.',
  account_not_verified: 'Enter the code we sent you to finish signing up.',
  forbidden: 'You are not allowed to do that.',
  not_found: 'We could not find that.',
  user_not_found: 'This account does not exist or is not available.',
  method_not_allowed: 'That action is not available.',
  not_acceptable: 'That action is not available.',
  username_taken: 'That username is taken. Try another one.',
  conflict: 'Something else changed this at the same time. Please try again.',
  payload_too_large: 'That file is too large.',
  unsupported_media_type: 'That kind of file is not supported.',
  invalid_verification_code: 'That code is not right. Check it and try again.',
  verification_code_expired: 'That code has expired. Ask for a new one.',
  not_an_image: 'That file is not a picture we can use.',
  cannot_block_self: 'You cannot block yourself.',
  upload_not_found: 'That upload is gone. Please start again.',
  upload_expired: 'That upload expired. Please start again.',
  upload_url_invalid: 'That upload link is no longer valid. Please start again.',
  upload_url_used: 'That upload has already been sent.',
  upload_incomplete: 'The upload has not finished yet.',
  upload_offset_mismatch: 'The upload got out of step; resuming from where the server is.',
  upload_too_large: 'That video is larger than 50 MB.',
  checksum_mismatch: 'Part of the upload arrived damaged; it will be sent again.',
  tus_version_unsupported: 'This browser’s uploader is not supported by the server.',
  video_not_found: 'This video is not available.',
  sound_not_found: 'That sound is not available.',
  media_url_invalid: 'This video link expired. Refresh to watch it.',
  comment_not_found: 'That comment was deleted.',
  comments_disabled: 'The creator turned comments off for this video.',
  rate_limited: 'You are going a bit fast. Please wait a moment and try again.',
  too_many_open_uploads: 'You have too many unfinished uploads. Finish or delete one first.',
  upload_quota_exceeded: 'You have reached today’s upload limit. Please try again later.',
  internal_error: 'Something went wrong on our side. Please try again.',
  service_unavailable: 'Flick is busy right now. Please try again in a moment.',
};

const FIELD_LABELS: Record<string, string> = {
  email: 'E-mail address',
  phone: 'Phone number',
  password: 'Password',
  username: 'Username',
  display_name: 'Name',
  bio: 'Bio',
  code: 'Code',
  caption: 'Caption',
  hashtags: 'Hashtags',
  privacy: 'Who can watch',
  text: 'Comment',
  file: 'Picture',
  file_size: 'Video size',
  video_duration: 'Video length',
  width: 'Video width',
  height: 'Video height',
};

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** A failed API call, with a sentence fit to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fieldErrors: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(humanMessage(code, fieldErrors, retryAfterSeconds));
  }

  /** The sentence for one form field, if the server complained about it. */
  forField(field: string): string | undefined {
    const error = this.fieldErrors.find((e) => e.field === field || e.field.startsWith(field + '['));
    return error ? `${label(error.field)} ${error.message}.` : undefined;
  }
}

function label(field: string): string {
  const base = field.replace(/\[\d+\]$/, '');
  return FIELD_LABELS[base] ?? base.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function humanMessage(code: string, fields: FieldProblem[] = [], retryAfter: number | null = null): string {
  if (code === 'validation_failed' && fields.length > 0) {
    return fields.map((f) => `${label(f.field)} ${f.message}.`).join(' ');
  }
  if (code === 'rate_limited' && retryAfter) {
    return `You are going a bit fast. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`;
  }
  return SENTENCES[code] ?? 'Something went wrong. Please try again.';
}

/** Whatever was thrown, a sentence: API errors have one, network failures get one. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof DOMException && error.name === 'AbortError') return 'Cancelled.';
  if (error instanceof TypeError) return 'You seem to be offline. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}

const PROCESSING_FAILURES: Record<string, string> = {
  not_a_video: 'That file is not a video we can read.',
  undecodable: 'That video could not be decoded. Try exporting it again.',
  too_long: 'That video is longer than 60 seconds.',
  too_short: 'That video is too short.',
  too_large: 'That video’s picture is too large (at most 4096 pixels a side).',
  extreme_aspect_ratio: 'That video’s picture is too narrow or too wide (at most 4:1).',
  too_complex: 'That video is too heavy to process: try a lower resolution or a shorter clip.',
  encoder_failed: 'We could not process that video. Please try again.',
  storage_failed: 'We could not store that video. Please try again later.',
  timeout: 'Processing took too long. Please try again.',
};

export function processingFailure(reason: string | null): string {
  return (reason && PROCESSING_FAILURES[reason]) || 'We could not process that video.';
}
