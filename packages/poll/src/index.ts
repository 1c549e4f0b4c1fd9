// Public API of @guestops/poll: named re-exports only. A new export here is a public symbol
// (index.test.ts snapshots the list).

export { BACKOFF_DEFAULTS, type BackoffOptions } from "./backoff.js";
export { cancelRun } from "./cancel-run.js";
export { checkRun, type RunningRun } from "./check-run.js";
export {
  CreateOutcomeUnknownError,
  type CreateOutcomeUnknownErrorOptions,
  isCreateOutcomeUnknownError,
} from "./create-outcome-unknown-error.js";
export { describeExitCode, type GuestFamily } from "./describe-exit-code.js";
export { InvalidRunHandleError, isInvalidRunHandleError } from "./invalid-run-handle-error.js";
export {
  type PollCheck,
  type PollOptions,
  type PollPending,
  type PollResult,
  poll,
} from "./poll.js";
export {
  isProcessLostError,
  ProcessLostError,
  type ProcessLostErrorOptions,
  type ProcessLostReason,
} from "./process-lost-error.js";
export { PROCESS_POLL_SCHEDULE, processPollDelay, processPollGap } from "./process-schedule.js";
export { quoteBashArgs } from "./quote-bash.js";
export { type QuoteCmdOptions, quoteCmdArgs } from "./quote-cmd.js";
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./rate-limiter.js";
export { type ResumeRunOptions, resumeRun } from "./resume-run.js";
export { type RetryAttempt, type RetryFailure, type RetryOptions, retry } from "./retry.js";
export { parseRunHandle, type RunFiles, type RunHandle, serializeRunHandle } from "./run-handle.js";
export { type RunManyItem, type RunManyOptions, type RunManyRequest, runMany } from "./run-many.js";
export { runProcess, type StartedRun, tryStartRun } from "./run-process.js";
export {
  DEFAULT_MAX_OUTPUT_BYTES,
  type PollClient,
  type RunOptions,
  type RunRequest,
  type RunResult,
  type RunStatus,
} from "./run-types.js";
export { startRun } from "./start-run.js";
export {
  type TerminatedProcess,
  type TerminateProcessTarget,
  terminateProcess,
} from "./terminate-process.js";
export {
  isVmNotReadyError,
  VmNotReadyError,
  type VmNotReadyErrorOptions,
  type VmNotReadyReason,
} from "./vm-not-ready-error.js";
export {
  type ProcessExit,
  type ProcessTarget,
  type WaitForProcessOptions,
  waitForProcess,
} from "./wait-for-process.js";
export {
  isWaitTimeoutError,
  WaitTimeoutError,
  type WaitTimeoutErrorOptions,
} from "./wait-timeout-error.js";
