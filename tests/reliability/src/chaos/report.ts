// The table `pnpm chaos` prints: faults injected, then each invariant with the runs it held on.
import { INVARIANTS, type InvariantName, type InvariantReport } from "./invariants.ts";
import type { ChaosOutcome } from "./run-chaos.ts";

const number = (n: number) => n.toLocaleString("en-US");

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Counts of how the runs ended. */
export function outcomeCounts(outcome: ChaosOutcome): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { result, error } of outcome.observations) {
    const key =
      result !== undefined
        ? result.status
        : error instanceof Error
          ? `threw ${error.name}`
          : "threw a non-Error";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The whole report: summary line, faults table, invariants table, outcomes, violations. */
export function formatChaosReport(outcome: ChaosOutcome, report: InvariantReport): string {
  const runs = outcome.observations;
  const viaMany = runs.filter((o) => o.run.driver === "runMany").length;
  const f = outcome.faults;
  const share =
    outcome.calls === 0 ? 0 : (100 * (f.total + outcome.expiredSessionAnswers)) / outcome.calls;
  const recovered = runs.filter((o) => o.result?.exitDescription.includes("exit-code file")).length;
  const outlived = runs.filter((o) => o.run.sleepMs > outcome.retentionMs).length;
  const faultRows: string[][] = [
    ["RESOURCE_BUSY (create, get, list, files)", number(f.busy)],
    ["503 SERVICE_UNAVAILABLE", number(f.serviceUnavailable)],
    ["Tools down for a create (503)", number(f.toolsDown)],
    ["connection reset (a create: after it started)", number(f.reset)],
    ["program failed to start", number(f.failToStart)],
    ["latency spike", number(f.slow)],
    ["session expired under one call (random; --session-churn)", number(f.sessionExpired)],
    ["every session expired at once, mid-run", number(outcome.ticker.expireAll)],
    ["  ... calls answered 401 by an expired session", number(outcome.expiredSessionAnswers)],
    [`process outlived the ${outcome.retentionMs} ms retention window`, number(outlived)],
    ["  ... exit code read back from the exit-code file", number(recovered)],
    [
      "faulted calls (injected, plus 401s of expired sessions)",
      `${number(f.total + outcome.expiredSessionAnswers)} of ${number(outcome.calls)} (${share.toFixed(1)} %)`,
    ],
  ];
  const invariantRows = (Object.keys(INVARIANTS) as InvariantName[]).map((name) => {
    const broken = report.violations.filter((v) => v.invariant === name).length;
    return [
      INVARIANTS[name],
      number(report.checked[name]),
      number(broken),
      broken === 0 ? "held" : "BROKEN",
    ];
  });
  const outcomes = Object.entries(outcomeCounts(outcome))
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${number(n)}`)
    .join(", ");
  const lines = [
    `chaos: ${number(runs.length)} runs (${number(runs.length - viaMany)} runProcess, ${number(viaMany)} runMany) in ${(outcome.durationMs / 1000).toFixed(1)} s; ${number(outcome.processes.length)} guest processes started`,
    "",
    table(["fault injected", "count"], faultRows),
    "",
    table(["invariant", "checked on", "broken", ""], invariantRows),
    "(checked on: runs; temp files: VMs; left running: guest processes)",
    "",
    `outcomes: ${outcomes}`,
  ];
  if (report.violations.length > 0) {
    lines.push("", `${report.violations.length} VIOLATION(S):`);
    for (const v of report.violations.slice(0, 40)) lines.push(`  [${v.invariant}] ${v.detail}`);
  } else {
    lines.push(`all invariants held over ${number(runs.length)} runs`);
  }
  return lines.join("\n");
}
