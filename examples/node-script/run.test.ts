import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The example runs as users run it, `node run.mjs …`, on this test's Node, with no vCenter
// variables set so it uses the simulator.
function runExample(...args: string[]) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("GUESTOPS_")) delete env[name];
  return spawnSync(process.execPath, [join(import.meta.dirname, "run.mjs"), ...args], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("examples/node-script/run.mjs", () => {
  it("runs uname -a in the simulated web-01 and prints its output", () => {
    const result = runExample();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^web-01: exited with code 0\n/);
    expect(result.stdout).toContain(spawnSync("uname", ["-a"], { encoding: "utf8" }).stdout);
  });

  it("exits with the guest program's exit code and passes its stderr on", () => {
    const result = runExample("/bin/sh", "-c", "echo oops >&2; exit 4");
    expect(result.status).toBe(4);
    expect(result.stderr).toBe("oops\n");
  });
});
