import { describe, expect, it } from "vitest";
import { codeBlocks, installedPackages, packageName } from "../src/readme.js";

describe("README parsing", () => {
  it("finds fenced blocks with their language and heading", () => {
    const markdown =
      "# a\n\n## Install\n\n```sh\nnpm i x\n```\n\n## Use\n\n```ts\nconst a = 1;\n```\n";
    expect(codeBlocks(markdown)).toEqual([
      { lang: "sh", code: "npm i x\n", section: "Install" },
      { lang: "ts", code: "const a = 1;\n", section: "Use" },
    ]);
  });

  it("does not take a # comment inside a block for a heading", () => {
    const markdown = "## Install\n\n```sh\n# as a dev dependency\npnpm add -D y\n```\n";
    expect(codeBlocks(markdown)[0]?.section).toBe("Install");
  });

  it.each([
    ["pnpm add -D @guestops/simulator undici", ["@guestops/simulator", "undici"]],
    ["npm install --save @guestops/client", ["@guestops/client"]],
    ["$ npm i @guestops/cli@^0.1 -g", ["@guestops/cli@^0.1"]],
    ["npx @guestops/cli run", []],
  ])("reads the packages of %j", (command, expected) => {
    expect(installedPackages(command)).toEqual(expected);
  });

  it("drops the version of a scoped spec", () => {
    expect(packageName("@guestops/cli@^0.1")).toBe("@guestops/cli");
    expect(packageName("undici")).toBe("undici");
  });
});
