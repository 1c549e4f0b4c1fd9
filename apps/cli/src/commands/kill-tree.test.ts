// `kill` and an ended `wait --pid` take the pid `start` printed, which is a wrapper shell's: the
// program runs as its child. These check the program itself is gone, not only the pid given.
import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { alive } from "../../test/host-process.js";
import { runGuestops } from "../../test/run-cli.js";
import { startTestSimulator } from "../../test/simulator.js";

let sim: Awaited<ReturnType<typeof startTestSimulator>>;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

/** Starts a program that writes its own pid to `file` in root's home, then sleeps; both pids. */
async function startSleeper(vm: string, file: string) {
  const home = sim.sim.inventory.homeDir(vm === "web-01" ? "vm-101" : "vm-102", "root");
  await rm(`${home}/${file}`, { force: true });
  const started = await runGuestops(
    ["start", "--vm", vm, "--", "/bin/sh", "-c", `echo $$ > ${file}; exec /bin/sleep 91`],
    sim.env,
  );
  expect(started.status).toBe(0);
  const wrapper = Number(started.stdout.trim());
  let program = Number.NaN;
  await expect
    .poll(async () => {
      program = Number((await readFile(`${home}/${file}`, "utf8").catch(() => "")).trim());
      return program > 0;
    })
    .toBe(true);
  expect(program).not.toBe(wrapper);
  expect(alive(program)).toBe(true);
  return { wrapper, program };
}

test("kill given the pid start printed ends the program it started", async () => {
  const { wrapper, program } = await startSleeper("web-01", "kill-tree.pid");
  const { status, stderr } = await runGuestops(
    ["kill", "--vm", "web-01", "--pid", String(wrapper)],
    sim.env,
  );
  expect(status).toBe(0);
  expect(stderr).toBe(
    `guestops: terminated process ${wrapper} on web-01, with the processes it started\n`,
  );
  await expect.poll(() => alive(program), { timeout: 10_000 }).toBe(false);
});

test("wait --pid --timeout ends the program it started, and exits 124", async () => {
  const { wrapper, program } = await startSleeper("web-02", "wait-tree.pid");
  const { status, stderr } = await runGuestops(
    ["wait", "--vm", "web-02", "--pid", String(wrapper), "--timeout", "1s"],
    sim.env,
  );
  expect(status).toBe(124);
  expect(stderr).toMatch(/timed out after 1s/);
  await expect.poll(() => alive(program), { timeout: 10_000 }).toBe(false);
});

test("kill of a process that already exited says so and exits 0", async () => {
  const started = await runGuestops(
    ["start", "--vm", "web-01", "--", "/bin/sh", "-c", "exit 3"],
    sim.env,
  );
  const pid = Number(started.stdout.trim());
  await runGuestops(["wait", "--vm", "web-01", "--pid", String(pid)], sim.env);
  const { status, stderr } = await runGuestops(
    ["kill", "--vm", "web-01", "--pid", String(pid)],
    sim.env,
  );
  expect(status).toBe(0);
  expect(stderr).toBe(
    `guestops: process ${pid} on web-01 had already exited with code 3: nothing to terminate\n`,
  );
});
