import { expect, test } from "vitest";
import { parseEnvPairs } from "./env-pairs.js";

test("reads NAME=VALUE pairs, keeping = inside values and empty values", () => {
  expect(parseEnvPairs(["A=1", "B=x=y", "C="], {})).toEqual({
    env: { A: "1", B: "x=y", C: "" },
    secrets: [],
  });
});

test("lets a later value of the same name win", () => {
  expect(parseEnvPairs(["A=1", "A=2"], {}).env).toEqual({ A: "2" });
});

test("copies a bare name's value from the local environment, as a secret to redact", () => {
  expect(parseEnvPairs(["TOKEN"], { TOKEN: "s3cret" })).toEqual({
    env: { TOKEN: "s3cret" },
    secrets: ["s3cret"],
  });
});

test("rejects a bare name that is not set locally, saying how to pass it", () => {
  expect(() => parseEnvPairs(["TOKEN"], {})).toThrow(
    /TOKEN from your environment, but it is not set/,
  );
});

test.each(["=x", "1A=x", "A B=x", ""])("rejects the malformed pair %j", (pair) => {
  expect(() => parseEnvPairs([pair], {})).toThrow(/is not NAME=VALUE/);
});

test("never echoes a value in its error message", () => {
  expect(() => parseEnvPairs(["BAD NAME=hunter2"], {})).toThrow(/^(?!.*hunter2)/);
});
