import * as tus from 'tus-js-client';
import { ApiError } from '../api/problems';
import { accessToken } from '../auth/session';

/**
 * Sends a file to the tus `resumable_url` that upload/init handed out. Pausing aborts the request
 * in flight; resuming asks the server for its offset (HEAD) and continues from there, so nothing
 * already received is sent twice. Every request carries a fresh access token.
 */
export class ResumableUpload {
  private upload: tus.Upload;

  constructor(file: File, url: string, handlers: {
    progress: (sent: number, total: number) => void;
    done: () => void;
    failed: (error: ApiError | Error) => void;
  }) {
    this.upload = new tus.Upload(file, {
      uploadUrl: url,
      // Small enough that a pause loses little, large enough to keep requests few.
      chunkSize: 2 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000],
      storeFingerprintForResuming: false,
      onBeforeRequest: async (request) => {
        const token = await accessToken();
        if (token) request.setHeader('Authorization', `Bearer ${token}`);
      },
      onProgress: handlers.progress,
      onSuccess: handlers.done,
      onError: (error) => handlers.failed(problemOf(error)),
    });
  }

  start(): void {
    this.upload.start();
  }

  pause(): void {
    void this.upload.abort(false);
  }

  cancel(): void {
    void this.upload.abort(true);
  }
}

function problemOf(error: Error): ApiError | Error {
  const response = (error as tus.DetailedError).originalResponse;
  if (!response) return error;
  try {
    const problem = JSON.parse(response.getBody());
    if (typeof problem.code === 'string') return new ApiError(response.getStatus(), problem.code, problem.errors ?? []);
  } catch {
    // not problem+json
  }
  return new ApiError(response.getStatus(), response.getStatus() >= 500 ? 'internal_error' : 'malformed_request');
}
