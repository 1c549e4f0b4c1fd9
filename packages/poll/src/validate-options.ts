// Options are checked up front, before any call is made, so a typo fails at once with a message
// that names the function, the option and the value, instead of as a strange schedule later.

interface NumberRule {
  /** Smallest allowed value. */
  readonly min: number;
  /** Whether `min` itself is allowed. @default true */
  readonly inclusive?: boolean;
  /** Largest allowed value. @default Infinity */
  readonly max?: number;
  /** Whether only integers are allowed. @default false */
  readonly integer?: boolean;
  /** Whether Infinity is allowed. @default false */
  readonly infinity?: boolean;
}

/** Throws a TypeError or RangeError naming `where` and `name` when `value` breaks `rule`. */
export function checkNumber(where: string, name: string, value: unknown, rule: NumberRule): void {
  if (value === undefined) return;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`${where}: ${name} must be a number (got ${describe(value)})`);
  }
  const { min, inclusive = true, max = Number.POSITIVE_INFINITY, integer = false } = rule;
  const infinite = value === Number.POSITIVE_INFINITY;
  const tooSmall = inclusive ? value < min : value <= min;
  const bad =
    tooSmall ||
    value > max ||
    (infinite && !rule.infinity) ||
    (!infinite && integer && !Number.isInteger(value));
  if (bad) throw new RangeError(`${where}: ${name} must be ${expectation(rule)} (got ${value})`);
}

/** Throws a TypeError when `value` is set but is not a function. */
export function checkFunction(where: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "function") {
    throw new TypeError(`${where}: ${name} must be a function (got ${describe(value)})`);
  }
}

/** Throws a TypeError when `value` is set but is not an AbortSignal. */
export function checkSignal(where: string, value: unknown): void {
  if (value !== undefined && !(value instanceof AbortSignal)) {
    throw new TypeError(`${where}: signal must be an AbortSignal (got ${describe(value)})`);
  }
}

function expectation(rule: NumberRule): string {
  const { min, inclusive = true, max = Number.POSITIVE_INFINITY, integer = false } = rule;
  const kind = integer ? "an integer" : "a number";
  const lower = `${inclusive ? ">=" : ">"} ${min}`;
  const upper = max === Number.POSITIVE_INFINITY ? "" : ` and <= ${max}`;
  const infinity = rule.infinity ? " (or Infinity)" : "";
  return `${kind} ${lower}${upper}${infinity}`;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (typeof value === "object") return value.constructor?.name ?? "object";
  return String(value);
}
