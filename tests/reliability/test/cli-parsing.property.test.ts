// The CLI's duration and --env parsers against independent statements of their grammars.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatDuration, parseDuration, parseEnvPairs } from "../src/cli-source.ts";
import { scaled } from "../src/scale.ts";

const RUNS = { numRuns: scaled(2_000, 100_000) };
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
type Unit = keyof typeof UNIT_MS;
/** The longest timeout Node's timers take (2^31 - 1 ms, about 24.8 days): longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A number as a user writes it: digits, maybe a fraction. */
const decimal = fc
  .tuple(fc.nat({ max: 10_000 }), fc.option(fc.nat({ max: 999 }), { nil: undefined }))
  .map(([whole, fraction]) => ({
    text: fraction === undefined ? String(whole) : `${whole}.${String(fraction).padStart(3, "0")}`,
    value: fraction === undefined ? whole : Number(`${whole}.${String(fraction).padStart(3, "0")}`),
  }));

/** Outcome of parsing: ms, or the UsageError's message. */
function attempt(text: string): { ms: number } | { error: Error } {
  try {
    return { ms: parseDuration(text, "--timeout") };
  } catch (error) {
    return { error: error as Error };
  }
}

describe("--timeout durations", () => {
  test("a sum of parts (1h30m, 2m15s500ms, 1.5s) is read as the sum, in whole ms", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimal, fc.constantFrom<Unit>("h", "m", "s", "ms")), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom("", " ", "  "),
        (parts, pad) => {
          const text = pad + parts.map(([n, unit]) => `${n.text}${unit}`).join("") + pad;
          const exact = parts.reduce((sum, [n, unit]) => sum + n.value * UNIT_MS[unit], 0);
          const outcome = attempt(text);
          const ms = Math.round(exact);
          if (ms > MAX_TIMER_MS) {
            expect(outcome).toMatchObject({
              error: { name: "UsageError", message: expect.stringContaining("is too long") },
            });
          } else if (ms >= 1) expect(outcome).toEqual({ ms });
          else expect(outcome).toMatchObject({ error: { name: "UsageError" } });
        },
      ),
      RUNS,
    );
  });

  test("a bare number is seconds", () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const outcome = attempt(n.text);
        if (Math.round(n.value * 1000) >= 1)
          expect(outcome).toEqual({ ms: Math.round(n.value * 1000) });
        else expect(outcome).toMatchObject({ error: { name: "UsageError" } });
      }),
      RUNS,
    );
  });

  test("never accepts a duration under 1 ms: it would be a timeout of 0", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("0.0001s", "0.4ms", "0.000001m", "0ms", "0", "0.0004"),
        (text) => {
          expect(attempt(text)).toMatchObject({ error: { name: "UsageError" } });
        },
      ),
    );
  });

  test("anything outside the grammar is a UsageError that names the flag, never a number", () => {
    const grammar = /^\s*(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)\s*$/;
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string(), fc.stringMatching(/^[0-9.smh\- +e]{0,8}$/))
          .filter((t) => !grammar.test(t)),
        (text) => {
          const outcome = attempt(text);
          expect(outcome).toMatchObject({ error: { name: "UsageError" } });
          if ("error" in outcome) expect(outcome.error.message).toMatch(/^--timeout /);
        },
      ),
      RUNS,
    );
  });

  test("never accepts a duration longer than a timer can wait, however it is written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_TIMER_MS + 1, max: 1_000 * MAX_TIMER_MS }),
        fc.constantFrom<Unit>("h", "m", "s", "ms"),
        (ms, unit) => {
          const text = `${Math.ceil(ms / UNIT_MS[unit])}${unit}`;
          expect(attempt(text)).toMatchObject({
            error: {
              name: "UsageError",
              message: expect.stringMatching(/^--timeout .*is too long/),
            },
          });
        },
      ),
      RUNS,
    );
  });

  test("formatting then parsing stays within formatDuration's rounding", () => {
    fc.assert(
      // Up to the longest timeout, less formatDuration's largest rounding step.
      fc.property(fc.integer({ min: 1, max: MAX_TIMER_MS - 500 }), (ms) => {
        const back = parseDuration(formatDuration(ms));
        const step = ms < 1_000 ? 0.5 : ms < 60_000 ? 50 : 500;
        expect(Math.abs(back - ms)).toBeLessThanOrEqual(step);
        expect(formatDuration(back)).toBe(formatDuration(ms));
      }),
      RUNS,
    );
  });
});

describe("--env pairs", () => {
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.()-]{0,12}$/);

  test("NAME=VALUE pairs read back as the map they were written from (later ones win)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.string({ unit: "binary" })), { maxLength: 10 }),
        (pairs) => {
          const expected: Record<string, string> = {};
          for (const [k, v] of pairs) expected[k] = v;
          expect(
            parseEnvPairs(
              pairs.map(([k, v]) => `${k}=${v}`),
              {},
            ),
          ).toEqual({ env: expected, secrets: [] });
        },
      ),
      RUNS,
    );
  });

  test("a bare NAME copies the local value (a secret to redact), and is refused when it is not set", () => {
    fc.assert(
      fc.property(name, fc.option(fc.string(), { nil: undefined }), (k, local) => {
        if (local === undefined) {
          expect(() => parseEnvPairs([k], {})).toThrow(
            expect.objectContaining({ name: "UsageError" }),
          );
        } else {
          expect(parseEnvPairs([k], { [k]: local })).toEqual({
            env: { [k]: local },
            secrets: local === "" ? [] : [local],
          });
        }
      }),
      RUNS,
    );
  });

  test("a malformed name is refused, and the error never repeats the value (it may be a secret)", () => {
    const badName = fc
      .string()
      .filter((k) => !/^[A-Za-z_][A-Za-z0-9_.()-]*$/.test(k) && !k.includes("="));
    const secret = fc.string({ minLength: 6 }).map((s) => `S3cr3t-${s}`);
    fc.assert(
      fc.property(badName, secret, (k, value) => {
        let thrown: unknown;
        try {
          parseEnvPairs([`${k}=${value}`], {});
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toMatchObject({ name: "UsageError" });
        expect((thrown as Error).message).not.toContain(value);
      }),
      RUNS,
    );
  });
});
