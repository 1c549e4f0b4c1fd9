import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBackground } from "../src/background.js";
import { type ConsumerProject, createConsumerProject, runIn } from "../src/consumer-project.js";
import {
  cachedNode,
  currentNode,
  NODE_22,
  type NodeRuntime,
  pathWith,
} from "../src/node-versions.js";
import { isLanded, LANDED, manifestOf, PUBLISHABLE, type Publishable } from "../src/publishable.js";
import { describeFailure } from "../src/run.js";

// The end-to-end proof that users can install us: pack, install with plain npm in a project that
// knows nothing of the workspace, then import, typecheck and run the bin, on both Node lines our
// `engines` promise. Every step spawns with its own timeout, so a stuck install fails, not hangs.

const tarballs = inject("tarballs");
const FIXTURES = join(import.meta.dirname, "fixtures", "consumer");
const short = (name: string) => name.replace("@guestops/", "");
const libraries = LANDED.filter((pkg) => pkg.kind === "library");
// The CLI needs the simulator tarball too: else npm would fetch @guestops/simulator from the registry.
const cliReady = isLanded("@guestops/cli") && isLanded("@guestops/simulator");
const cli = PUBLISHABLE.find((pkg) => pkg.name === "@guestops/cli") as Publishable;

/** The files copied into the consumer project: fixtures of the landed packages only. */
function consumerFiles(): Record<string, string> {
  const names = ["tsconfig.nodenext.json", "tsconfig.bundler.json"];
  for (const pkg of libraries) names.push(`${short(pkg.name)}.ts`, `${short(pkg.name)}.mjs`);
  const files: Record<string, string> = {};
  for (const name of names) {
    const path = join(FIXTURES, name);
    if (existsSync(path)) files[name] = readFileSync(path, "utf8");
  }
  // One ESM script importing every installed library, generated so it tracks what has landed.
  files["import-all.mjs"] = [
    ...libraries.map((pkg, i) => `import * as m${i} from "${pkg.name}";`),
    `const modules = { ${libraries.map((pkg, i) => `"${pkg.name}": m${i}`).join(", ")} };`,
    "for (const [name, module] of Object.entries(modules)) {",
    '  if (Object.keys(module).length === 0) throw new Error(name + " exports nothing");',
    "}",
    "console.log(JSON.stringify(Object.keys(modules)));",
    "",
  ].join("\n");
  return files;
}

const RUNTIMES: { label: string; resolve: () => Promise<NodeRuntime> }[] = [
  { label: "Node 22", resolve: () => cachedNode(NODE_22) },
  { label: "Node 24", resolve: currentNode },
];

describe.each(RUNTIMES)("a plain npm project on $label", ({ label, resolve }) => {
  let project: ConsumerProject;
  let started = 0;
  let nodeReadyMs = 0;

  beforeAll(async () => {
    started = Date.now();
    const runtime = await resolve();
    nodeReadyMs = Date.now() - started;
    project = await createConsumerProject(runtime, Object.values(tarballs), consumerFiles());
  }, 900_000);

  afterAll(() => {
    // Timings go to the log so a slow CI run shows which step grew.
    const install = project ? `npm install ${project.install.durationMs} ms, ` : "";
    console.log(
      `consumer test on ${label}: node ready ${nodeReadyMs} ms, ${install}total ${Date.now() - started} ms`,
    );
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it("installs onto the Node line it is named for", () => {
    expect(project.runtime.major).toBe(label.replace("Node ", ""));
  });

  it("imports every installed library from an ESM script", async () => {
    const result = await runIn(project, "node", ["import-all.mjs"]);
    expect(result.code, describeFailure(result)).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(libraries.map((pkg) => pkg.name));
  });

  // poll's script is the runProcess test below.
  it.each(libraries.filter((pkg) => pkg.name !== "@guestops/poll"))(
    "runs the $name script",
    async (pkg) => {
      const result = await runIn(project, "node", [`${short(pkg.name)}.mjs`]);
      expect(result.code, describeFailure(result)).toBe(0);
    },
  );

  it.each(["nodenext", "bundler"])(
    "typechecks the TypeScript consumer under moduleResolution %s",
    async (resolution) => {
      const tsc = join("node_modules", "typescript", "bin", "tsc");
      const result = await runIn(project, "node", [tsc, "-p", `tsconfig.${resolution}.json`]);
      expect(result.code, describeFailure(result)).toBe(0);
    },
  );

  it.runIf(isLanded("@guestops/poll"))(
    "runs a real runProcess against the installed simulator, output and exit code included",
    async () => {
      const result = await runIn(project, "node", ["poll.mjs"]);
      expect(result.code, describeFailure(result)).toBe(0);
    },
  );
  if (cliReady) {
    it("prints the installed guestops --version", async () => {
      const result = await runIn(project, "guestops", ["--version"]);
      expect(result.code, describeFailure(result)).toBe(0);
      expect(result.stdout.trim()).toBe(manifestOf(cli).version);
    });

    // What a new user does: start a simulator in one shell, paste its export lines into
    // another, run a program. Its exit code must become guestops's own exit status. The
    // simulator package's own bin prints the same kind of export lines.
    const servers = [
      { label: "`guestops simulator`", bin: "guestops", args: ["simulator"] },
      { label: "the `guestops-simulator` bin", bin: "guestops-simulator", args: [] },
    ];
    for (const server of servers) {
      it(`runs guestops run against ${server.label}, with its export lines`, async () => {
        const bin = join(project.dir, "node_modules", ".bin");
        const running = await startBackground(join(bin, server.bin), server.args, {
          cwd: project.dir,
          env: { PATH: `${bin}:${pathWith(project.runtime)}` },
          expect: ["GUESTOPS_URL", "GUESTOPS_GUEST_PASSWORD"],
          timeout: 120_000,
        });
        try {
          const env = running.exports;
          const hello = await runIn(
            project,
            "guestops",
            ["run", "--vm", "web-01", "--", "/bin/echo", "hello"],
            { env },
          );
          expect(hello.code, `${describeFailure(hello)}\n${running.output()}`).toBe(0);
          expect(hello.stdout).toBe("hello\n");
          const failing = await runIn(
            project,
            "guestops",
            ["run", "--vm", "web-01", "--", "/bin/sh", "-c", "exit 3"],
            { env },
          );
          expect(failing.code, describeFailure(failing)).toBe(3);
        } finally {
          await running.stop();
        }
      });
    }
  } else {
    it.todo("prints the installed guestops --version (cli not landed)");
    it.todo("runs guestops run against the installed simulator (cli not landed)");
  }
});
