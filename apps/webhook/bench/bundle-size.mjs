// Size of the Workers bundle (dist/worker.mjs, minified, one file), against the 150 KB goal.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const GOAL = 150 * 1024;

export function benchBundleSize() {
  const bytes = readFileSync(fileURLToPath(new URL("../dist/worker.mjs", import.meta.url)));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return {
    name: "worker bundle size (minified)",
    value: `${(bytes.length / 1024).toFixed(1)} KiB (gzip ${(gzip / 1024).toFixed(1)} KiB)`,
    ratio: bytes.length / GOAL,
    goal: "<= 150 KiB",
    ok: bytes.length <= GOAL,
  };
}
