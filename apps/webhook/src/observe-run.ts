import type { AppContext } from "./app-context.js";
import type { PasswordCredentials } from "./guest-credentials.js";
import { sha256Hex } from "./hmac.js";
import type { RunToken } from "./run-id.js";
import { finishedView, type RunView, runningView } from "./run-view.js";
import type { FinishedRun } from "./runner.js";

/** What one look at a run found. */
export interface Observation {
  view: RunView;
  finished: boolean;
}

/** Options of {@link observeRun}. */
export interface ObserveOptions {
  /** Terminate the run first (`DELETE /runs/{id}`). */
  cancel?: boolean;
}

/** How long another instance may hold a run while it collects the output, in ms. */
const LOCK_TTL = 60_000;

/**
 * Looks at a run once. A finished run's result (output included) is kept in the store, because
 * collecting it removes the guest temp files: later looks read the kept copy. A run past its
 * deadline is terminated here and reported as `timed_out`: no process waits on it in between.
 * One instance at a time looks at a run (a lock in the store), so two concurrent polls never both
 * download and delete its output.
 */
export async function observeRun(
  ctx: AppContext,
  id: string,
  token: RunToken,
  credentials: PasswordCredentials,
  options: ObserveOptions = {},
): Promise<Observation> {
  const key = await sha256Hex(id);
  const kept = await ctx.store.get(`result:${key}`);
  if (kept !== undefined)
    return { view: finishedView(id, token, JSON.parse(kept) as FinishedRun), finished: true };

  const lock = `lock:${key}`;
  if (!(await ctx.store.setIfAbsent(lock, "1", LOCK_TTL))) {
    return { view: runningView(id, token), finished: false };
  }
  try {
    let run: FinishedRun;
    if (options.cancel) {
      run = await ctx.runner.cancel(token.handle, credentials);
    } else {
      const state = await ctx.runner.check(token.handle, credentials);
      if (state.status !== "running") {
        run = state;
      } else if (ctx.now() >= token.deadline) {
        // The runner enforces its own deadline too; this one is the webhook's promise to callers.
        run = {
          ...(await ctx.runner.cancel(token.handle, credentials)),
          status: "timed_out",
          cancelled: undefined,
        };
      } else {
        return { view: runningView(id, token), finished: false };
      }
    }
    await ctx.store.set(`result:${key}`, JSON.stringify(run), ctx.retentionMs);
    return { view: finishedView(id, token, run), finished: true };
  } finally {
    await ctx.store.delete(lock).catch(() => {});
  }
}
