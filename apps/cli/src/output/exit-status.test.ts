import { describe, expect, test } from "vitest";
import { EXIT, exitStatusForFleet, exitStatusForRun, type RunOutcome } from "./exit-status.js";

describe("exitStatusForRun", () => {
  test.each<[RunOutcome, boolean, number]>([
    [{ status: "exited", exitCode: 0 }, false, 0],
    [{ status: "exited", exitCode: 3 }, false, 3],
    [{ status: "exited", exitCode: 255 }, false, 255],
    [{ status: "exited", exitCode: 256 }, false, EXIT.failure],
    [{ status: "exited", exitCode: -1073741819 }, false, EXIT.failure],
    [{ status: "timed_out", exitCode: null }, false, EXIT.timeout],
    [{ status: "lost" }, false, EXIT.failure],
    [{ status: "failed_to_start" }, false, EXIT.failure],
    [{ status: "exited", exitCode: 0 }, true, EXIT.interrupted],
    [{ status: "timed_out" }, true, EXIT.interrupted],
  ])("maps %j (interrupted: %s) to %i", (outcome, interrupted, status) => {
    expect(exitStatusForRun(outcome, interrupted)).toBe(status);
  });
});

describe("exitStatusForFleet", () => {
  test("is 0 only when every VM exited 0", () => {
    expect(
      exitStatusForFleet([
        { status: "exited", exitCode: 0 },
        { status: "exited", exitCode: 0 },
      ]),
    ).toBe(0);
    expect(
      exitStatusForFleet([
        { status: "exited", exitCode: 0 },
        { status: "exited", exitCode: 2 },
      ]),
    ).toBe(1);
    expect(exitStatusForFleet([{ status: "exited", exitCode: 0 }, { status: "timed_out" }])).toBe(
      1,
    );
    expect(
      exitStatusForFleet([{ status: "exited", exitCode: 0 }, { status: "failed_to_start" }]),
    ).toBe(1);
  });

  test("is 1 for an empty fleet and 130 when interrupted", () => {
    expect(exitStatusForFleet([])).toBe(1);
    expect(exitStatusForFleet([{ status: "exited", exitCode: 0 }], true)).toBe(130);
  });
});
