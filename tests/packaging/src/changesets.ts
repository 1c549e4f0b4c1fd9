import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type BumpType = "major" | "minor" | "patch";

export interface Changeset {
  file: string;
  releases: { name: string; type: BumpType }[];
  summary: string;
}

/** The pending changesets of a `.changeset` folder, read the way changesets reads their front matter. */
export function readChangesets(dir: string): Changeset[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no front matter`);
      const releases = (match[1] as string)
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => {
          const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
          if (!release)
            throw new Error(`${file}: cannot read release line ${JSON.stringify(line)}`);
          return { name: release[1] as string, type: release[2] as BumpType };
        });
      return { file, releases, summary: (match[2] as string).trim() };
    });
}

const ORDER: BumpType[] = ["patch", "minor", "major"];

/** The largest of several bumps, as changesets combines them for one package. */
export function largest(types: BumpType[]): BumpType {
  return types.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), "patch");
}

/** `x.y.z` bumped the semver way (0.x minors included: 0.1.0 + minor = 0.2.0). */
export function bump(version: string, type: BumpType): string {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  if (type === "major") return `${major + 1}.0.0`;
  if (type === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
