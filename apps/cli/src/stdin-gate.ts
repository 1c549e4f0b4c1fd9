import {
  createPromptedSecretInput,
  createSecretInput,
  type SecretInput,
} from "./config/secret-input.js";
import { UsageError } from "./usage-error.js";

/**
 * Standard input can feed only one thing: passwords (`--password-stdin`,
 * `--guest-password-stdin`, one line each), the program's input (`--stdin -`), the VM list
 * (`--vms-from -`) or a run handle (`--handle -`). Claims are checked while flags are resolved,
 * before anything is read or sent, so a conflict is a usage error and nothing starts.
 */
export interface StdinGate {
  /** Claims stdin for a flag and returns its bytes, read once. */
  claim(flag: string): () => Promise<Uint8Array>;
  /** Password lines, claimed for the given flag. */
  secrets(flag: string): SecretInput;
}

/**
 * Creates a {@link StdinGate} over a reader of the whole of stdin. With `promptSecret` (stdin is a
 * terminal), passwords are asked for one by one instead of read to the end of input.
 */
export function createStdinGate(
  readStdin: () => Promise<Uint8Array>,
  promptSecret?: (prompt: string) => Promise<string | undefined>,
): StdinGate {
  let owner: string | undefined;
  let bytes: Promise<Uint8Array> | undefined;
  const read = () => {
    bytes ??= readStdin();
    return bytes;
  };
  const isPasswordFlag = (flag: string) => flag.endsWith("password-stdin");
  const claim = (flag: string) => {
    if (owner !== undefined && owner !== flag && !(isPasswordFlag(owner) && isPasswordFlag(flag))) {
      throw new UsageError(
        `${owner} and ${flag} both read standard input: give one of them a file instead`,
      );
    }
    owner ??= flag;
    return read;
  };
  let secretInput: SecretInput | undefined;
  return {
    claim,
    secrets(flag) {
      claim(flag);
      secretInput ??= promptSecret
        ? createPromptedSecretInput(promptSecret)
        : createSecretInput(async () => new TextDecoder().decode(await read()));
      return secretInput;
    },
  };
}
