// The argv a Linux guest program receives is exactly the one given: checked by really running
// `printf '%s\0'` through runProcess (wrapper script, /bin/bash, the simulator) on generated
// arguments and splitting its output on NUL.
import { createClient, type GuestOpsClient } from "@guestops/client";
import { quoteBashArgs, runProcess } from "@guestops/poll";
import { type Simulator, startSimulator } from "@guestops/simulator";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ROOT } from "../src/chaos/run-chaos.ts";
import { shellArg } from "../src/quoting/shell-args.ts";
import { scaled } from "../src/scale.ts";

let sim: Simulator;
let client: GuestOpsClient;
beforeAll(async () => {
  sim = await startSimulator({ tls: false });
  client = createClient({
    url: sim.url,
    username: "administrator@vsphere.local",
    password: "password",
  });
});
afterAll(async () => {
  await client?.close();
  await sim?.stop();
});

test("a guest program receives exactly the generated arguments (runs in the simulator)", async () => {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(shellArg(), { maxLength: 8 }), async (args) => {
      runs++;
      // A first fixed argument: printf applies its format at least once, even to no arguments.
      const result = await runProcess(client, {
        vm: "web-01",
        path: "/usr/bin/printf",
        args: ["%s\\0", "argv", ...args],
        credentials: ROOT,
        timeout: 20_000,
      });
      expect(result.status).toBe("exited");
      expect(result.exitCode).toBe(0);
      const received = result.stdout.split("\0").slice(1, -1);
      expect(received).toEqual(args);
    }),
    { numRuns: scaled(60, 1_000) },
  );
  expect(runs).toBeGreaterThanOrEqual(scaled(60, 1_000));
});

test("quoteBashArgs refuses a NUL instead of passing a different argument", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (before, after) => {
      expect(() => quoteBashArgs([`${before}\0${after}`])).toThrow(/NUL/);
    }),
  );
});
