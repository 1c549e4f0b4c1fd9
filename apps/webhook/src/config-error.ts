/**
 * Configuration that cannot work, found at cold start. The message names the variable and never
 * echoes its value (several variables hold secrets).
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /** The environment variable at fault, e.g. `WEBHOOK_SECRETS`. */
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.variable = variable;
  }
}
