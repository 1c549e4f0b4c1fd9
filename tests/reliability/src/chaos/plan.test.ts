import { describe, expect, test } from "vitest";
import { planChaos, runManyBehaviour } from "./plan.ts";

describe("the chaos plan", () => {
  const jobs = planChaos({ runs: 500, seed: 9, fleetSize: 50, retentionMs: 400 });
  const runs = jobs.flatMap((job) => (job.kind === "runMany" ? job.runs : [job.run]));

  test("plans exactly the runs asked for, each VM once per runMany batch", () => {
    expect(runs).toHaveLength(500);
    for (const job of jobs) {
      if (job.kind !== "runMany") continue;
      expect(new Set(job.runs.map((r) => r.vm)).size).toBe(job.runs.length);
    }
  });

  test("gives every single run a tag that is no prefix of another's", () => {
    const tags = runs.filter((r) => r.driver === "runProcess").map((r) => r.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of tags) expect(tags.filter((other) => other.includes(tag))).toEqual([tag]);
  });

  test("mixes both drivers, overruns and programs that outlive the retention window", () => {
    expect(runs.some((r) => r.driver === "runMany")).toBe(true);
    expect(runs.some((r) => r.overrun)).toBe(true);
    expect(runs.filter((r) => r.sleepMs > 400).length).toBeGreaterThan(25);
  });

  test("is the same plan for the same seed", () => {
    expect(planChaos({ runs: 500, seed: 9, fleetSize: 50, retentionMs: 400 })).toEqual(jobs);
  });

  test("derives a runMany run's exit code from its VM, as the guest script does", () => {
    expect(runManyBehaviour(37, 400)).toEqual({ exitCode: 259 % 256, sleepMs: 0 });
    expect(runManyBehaviour(40, 400)).toEqual({ exitCode: 280 % 256, sleepMs: 800 });
  });
});
