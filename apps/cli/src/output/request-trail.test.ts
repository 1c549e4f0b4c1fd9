import { expect, test } from "vitest";
import { createTrail, formatTrailEvent } from "./request-trail.js";

test("prints method, path, status, time and operation on one line", () => {
  expect(
    formatTrailEvent({
      operation: "createProcess",
      method: "POST",
      url: "https://vc:8443/api/vcenter/vm/vm-1/guest/processes?action=create",
      status: 503,
      durationMs: 12.4,
      attempt: 1,
    }),
  ).toBe("POST /api/vcenter/vm/vm-1/guest/processes?action=create -> 503 (12 ms) createProcess");
});

test("names the failure code when no answer came, and replays", () => {
  expect(
    formatTrailEvent({
      operation: "login",
      method: "POST",
      url: "https://vc/api/session",
      status: undefined,
      durationMs: 1,
      attempt: 2,
      error: "ECONNREFUSED",
    }),
  ).toBe("POST /api/session -> ECONNREFUSED (1 ms, attempt 2) login");
});

test("keeps only the last lines of a long trail and says so", () => {
  const trail = createTrail(2);
  for (let i = 0; i < 3; i++) {
    trail.add({
      operation: "getProcess",
      method: "POST",
      url: `https://vc/p${i}`,
      status: 200,
      durationMs: 1,
      attempt: 1,
    });
  }
  expect(trail.render()).toBe(
    "request trail (last 2 of 3):\n  POST /p1 -> 200 (1 ms) getProcess\n  POST /p2 -> 200 (1 ms) getProcess\n",
  );
  expect(createTrail().render()).toBe("request trail: no request was sent\n");
});
