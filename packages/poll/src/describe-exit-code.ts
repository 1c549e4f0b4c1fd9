// Exit codes as people read them. Linux: a shell reports a program killed by signal N as 128 + N
// (the simulator and our wrapper do the same), and 126/127 are bash's "cannot execute" and "not
// found". Windows: codes at or above 0xC0000000 are NTSTATUS errors (a crash, not an exit call)
// and only make sense in hex; VMware Tools may report them as negative 32-bit numbers.

/** The guest OS family, for reading exit codes and quoting commands. */
export type GuestFamily = "linux" | "windows";

// Linux x86-64 / arm64 signal numbers.
const SIGNALS: Readonly<Record<number, string>> = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  5: "SIGTRAP",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  10: "SIGUSR1",
  11: "SIGSEGV",
  12: "SIGUSR2",
  13: "SIGPIPE",
  14: "SIGALRM",
  15: "SIGTERM",
  16: "SIGSTKFLT",
  17: "SIGCHLD",
  18: "SIGCONT",
  19: "SIGSTOP",
  20: "SIGTSTP",
  21: "SIGTTIN",
  22: "SIGTTOU",
  23: "SIGURG",
  24: "SIGXCPU",
  25: "SIGXFSZ",
  26: "SIGVTALRM",
  27: "SIGPROF",
  28: "SIGWINCH",
  29: "SIGIO",
  30: "SIGPWR",
  31: "SIGSYS",
};

// The NTSTATUS codes a crashed or killed Windows program most often ends with.
const NTSTATUS: Readonly<Record<number, string>> = {
  3221225477: "STATUS_ACCESS_VIOLATION",
  3221225495: "STATUS_NO_MEMORY",
  3221225501: "STATUS_ILLEGAL_INSTRUCTION",
  3221225509: "STATUS_NONCONTINUABLE_EXCEPTION",
  3221225595: "STATUS_INVALID_IMAGE_FORMAT",
  3221225620: "STATUS_INTEGER_DIVIDE_BY_ZERO",
  3221225622: "STATUS_PRIVILEGED_INSTRUCTION",
  3221225725: "STATUS_STACK_OVERFLOW",
  3221225781: "STATUS_DLL_NOT_FOUND",
  3221225785: "STATUS_ENTRYPOINT_NOT_FOUND",
  3221225786: "STATUS_CONTROL_C_EXIT",
  3221225794: "STATUS_DLL_INIT_FAILED",
  3221226356: "STATUS_HEAP_CORRUPTION",
  3221226505: "STATUS_STACK_BUFFER_OVERRUN",
  3221226519: "STATUS_INVALID_CRUNTIME_PARAMETER",
};

/** Formats a 32-bit code as `0xC0000005`. */
function hex(code: number): string {
  return `0x${code.toString(16).toUpperCase().padStart(8, "0")}`;
}

/**
 * Describes a guest program's exit code in a few words: `exited with code 0`, `killed by SIGKILL
 * (exit code 137)`, `crashed: 0xC0000005 STATUS_ACCESS_VIOLATION (exit code -1073741819)`.
 *
 * @param code - the exit code vCenter reported
 * @param guestFamily - how to read it
 * @example
 * describeExitCode(137, "linux"); // "killed by SIGKILL (exit code 137)"
 */
export function describeExitCode(code: number, guestFamily: GuestFamily): string {
  if (!Number.isInteger(code)) return `exited with code ${code}`;
  if (guestFamily === "windows") return describeWindows(code);
  return describeLinux(code);
}

function describeLinux(code: number): string {
  const signal = code > 128 && code <= 128 + 64 ? code - 128 : undefined;
  if (signal !== undefined) {
    const name = SIGNALS[signal] ?? `signal ${signal}`;
    return `killed by ${name} (exit code ${code})`;
  }
  if (code === 126) return "exited with code 126 (command found but not executable)";
  if (code === 127) return "exited with code 127 (command not found)";
  return `exited with code ${code}`;
}

function describeWindows(code: number): string {
  // Tools reports the DWORD exit code; it may arrive as a negative 32-bit number.
  const unsigned = code < 0 && code >= -0x8000_0000 ? code >>> 0 : code;
  if (unsigned >= 0xc000_0000 && unsigned <= 0xffff_ffff) {
    const name = NTSTATUS[unsigned];
    // Only a known NTSTATUS proves a crash; exit(-1) also lands up here.
    if (name !== undefined) return `crashed: ${hex(unsigned)} ${name} (exit code ${code})`;
    return `exited with code ${hex(unsigned)} (${code})`;
  }
  if (unsigned === 9009) return "exited with code 9009 (command not found by cmd.exe)";
  return `exited with code ${code}`;
}
