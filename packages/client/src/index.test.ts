import { expect, test } from "vitest";
import * as client from "./index.js";

test("exports exactly the public runtime names (a new export is a visible diff)", () => {
  expect(Object.keys(client).sort()).toMatchInlineSnapshot(`
    [
      "DEFAULT_TIMEOUT",
      "DRY_RUN_PID",
      "DRY_RUN_SESSION_ID",
      "GuestAuthError",
      "INSECURE_WARNING",
      "InvalidRequestError",
      "OPERATIONS",
      "REDACTED",
      "RETRY_OPERATION_OF",
      "RETRY_SAFETY",
      "RequestTimeoutError",
      "SessionError",
      "TransportError",
      "VcenterApiError",
      "VmLookupError",
      "classifyFailure",
      "createClient",
      "failureKind",
      "isDoneOnReplay",
      "isGuestAuthError",
      "isInvalidRequestError",
      "isRequestTimeoutError",
      "isRetryable",
      "isSessionError",
      "isTransportError",
      "isVcenterApiError",
      "isVmLookupError",
    ]
  `);
});
