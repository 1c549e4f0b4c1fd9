import { expect, test } from "vitest";
import { parseEnvPairs } from "./env-pairs.js";

test("reads NAME=VALUE pairs, keeping = inside values and empty values", () => {
  expect(parseEnvPairs(["A=1", "B=x=y", "C="], {})).toEqual({ A: "1", B: "x=y", C: "" });
});

test("lets a later value of the same name win", () => {
  expect(parseEnvPairs(["A=1", "A=2"], {})).toEqual({ A: "2" });
});

test("copies a bare name's value from the local environment", () => {
  expect(parseEnvPairs(["TOKEN"], { TOKEN: "s3cret" })).toEqual({ TOKEN: "s3cret" });
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
