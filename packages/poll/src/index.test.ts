import { expect, test } from "vitest";
import * as poll from "./index.js";

test("exports exactly the public runtime names (a new export is a visible diff)", () => {
  expect(Object.keys(poll).sort()).toMatchInlineSnapshot(`
    [
      "BACKOFF_DEFAULTS",
      "CreateOutcomeUnknownError",
      "DEFAULT_MAX_OUTPUT_BYTES",
      "InvalidRunHandleError",
      "PROCESS_POLL_SCHEDULE",
      "ProcessLostError",
      "VmNotReadyError",
      "WaitTimeoutError",
      "cancelRun",
      "checkRun",
      "createRateLimiter",
      "describeExitCode",
      "isCreateOutcomeUnknownError",
      "isInvalidRunHandleError",
      "isProcessLostError",
      "isVmNotReadyError",
      "isWaitTimeoutError",
      "parseRunHandle",
      "poll",
      "processPollDelay",
      "processPollGap",
      "quoteBashArgs",
      "quoteCmdArgs",
      "resumeRun",
      "retry",
      "runMany",
      "runProcess",
      "serializeRunHandle",
      "startRun",
      "terminateProcess",
      "tryStartRun",
      "waitForProcess",
    ]
  `);
});
