// The simulator with 100 guest processes alive at once (bench/load-simulator.ts: 1,000), every
// exit code read back.
import { expect, test } from "vitest";
import { formatSimulatorLoad, loadSimulator } from "../src/load/simulator-load.ts";

test("runs 100 guest processes at once and reads back every exit code", async () => {
  const result = await loadSimulator({ processes: 100, releaseAfterMs: 60_000 });
  console.log(formatSimulatorLoad(result));
  expect(result.failures).toEqual([]);
  expect(result.exitCodesRead).toBe(100);
  expect(result.peakRunning).toBe(100);
  expect(result.releasedAtPeak).toBe(true);
});
