// The CLI, in-process and as the built bin, on successes and failures with --verbose, --json and
// --dry-run, against a simulator that knows only planted secrets: not one of them (nor their
// Basic-auth or URL encodings, nor inside an encoded run handle) may appear in what it wrote.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FULL } from "../src/scale.ts";
import { type CliCapture, runCliBin, runCliInProcess } from "../src/secrets/capture-cli.ts";
import { type CliScenario, cliScenarios } from "../src/secrets/cli-scenarios.ts";
import { findSecrets } from "../src/secrets/planted.ts";
import { type SecretWorld, secretFiles, startSecretWorld } from "../src/secrets/secret-world.ts";

const dir = mkdtempSync(join(tmpdir(), "guestops-secret-cli-"));
const scenarios = cliScenarios(secretFiles(dir));
let world: SecretWorld;
beforeAll(async () => {
  world = await startSecretWorld(dir);
});
afterAll(async () => {
  await world?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function checkCapture(scenario: CliScenario, capture: CliCapture): void {
  const where = `${scenario.name}: status ${capture.status}\n${capture.output.slice(0, 2_000)}`;
  expect(findSecrets(capture.output), where).toEqual([]);
  if (typeof scenario.status === "number") expect(capture.status, where).toBe(scenario.status);
  if (scenario.status === "nonzero") expect(capture.status, where).not.toBe(0);
  // Something was said: a scenario that prints nothing proves nothing.
  expect(capture.output.length, where).toBeGreaterThan(0);
}

const envOf = (scenario: CliScenario) => ({ ...world.env, ...scenario.env });

describe("guestops in-process writes no planted secret", () => {
  test.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    checkCapture(scenario, await runCliInProcess(scenario.argv, envOf(scenario)));
  });
});

/** The bin's share in the test task: one of each kind (every scenario at full size). */
const BIN_SCENARIOS = FULL
  ? scenarios
  : scenarios.filter((s) =>
      /^(a run, --verbose|--dry-run with --env|a bad guest password, --json|a bad vCenter password|Tools down|a timeout, --json|start --json|a wrong SAML token)/.test(
        s.name,
      ),
    );

describe("the built guestops bin writes no planted secret", () => {
  test(`on ${BIN_SCENARIOS.length} scenarios`, async () => {
    expect(BIN_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    // Four at a time: each is a Node start-up plus a run.
    const queue = [...BIN_SCENARIOS];
    const work = async () => {
      for (let scenario = queue.shift(); scenario !== undefined; scenario = queue.shift()) {
        checkCapture(scenario, await runCliBin(scenario.argv, envOf(scenario)));
      }
    };
    await Promise.all([work(), work(), work(), work()]);
  }, 120_000);
});
