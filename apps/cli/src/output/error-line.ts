import { isUsageError } from "../usage-error.js";

// What each client operation was doing, in the words of someone running a program in a VM.
const STEP: Readonly<Record<string, string>> = {
  login: "logging in to vCenter",
  logout: "logging out of vCenter",
  listVms: "listing VMs",
  resolveVm: "finding the VM",
  getVm: "reading the VM",
  getTools: "reading the VMware Tools state",
  getGuestOperationsReadiness: "checking guest operations",
  createProcess: "starting the program",
  listProcesses: "listing guest processes",
  getProcess: "waiting for the program",
  deleteProcess: "terminating the program",
  createTemporaryFile: "creating a guest temp file for the output",
  deleteFile: "deleting a guest temp file",
  createTransfer: "preparing a guest file transfer",
  download: "downloading the output",
  upload: "uploading standard input",
};

// @guestops/poll prefixes its own refusals with the function that refused (`runProcess: ...`).
const POLL_PREFIX =
  /^(runProcess|startRun|resumeRun|runMany|checkRun|cancelRun|waitForProcess)( in \S+)?: /;

/** Where an error happened, for its one line. */
export interface ErrorContext {
  /** The guestops command, e.g. `run`. */
  readonly command: string;
  /** The VM as the user named it, when the error is about one. */
  readonly vm?: string | undefined;
  /** Steps in this command's own words, by client operation, over the usual ones. */
  readonly steps?: Readonly<Record<string, string>> | undefined;
}

/**
 * One line that says what failed, on which VM, why and what to do, e.g.
 * `guestops: run on tools-down-01 failed while starting the program: VMware Tools is not running in vm-301 (503 SERVICE_UNAVAILABLE): start Tools or wait for the guest to boot`.
 * The "why" and "what to do" come from the error (the client's errors carry both); the operation
 * name that prefixes client messages becomes the step in plain words.
 */
export function formatErrorLine(error: unknown, context: ErrorContext): string {
  const where = context.vm ? ` on ${context.vm}` : "";
  if (isUsageError(error)) return `guestops ${context.command}: ${oneLine(error.message)}`;
  const message = cliWords(error, oneLine(error instanceof Error ? error.message : String(error)));
  const field = error instanceof Error ? (error as { operation?: unknown }).operation : undefined;
  const operation = typeof field === "string" ? field : undefined;
  const step =
    operation === undefined ? undefined : (context.steps?.[operation] ?? STEP[operation]);
  if (operation !== undefined && step !== undefined && message.startsWith(operation)) {
    const rest = message
      .slice(operation.length)
      .replace(/^( in \S+| \([^)]*\))?: /, "")
      .replace(POLL_PREFIX, "");
    return `guestops: ${context.command}${where} failed while ${step}: ${rest}`;
  }
  return `guestops: ${context.command}${where} failed: ${message.replace(POLL_PREFIX, "")}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").trim();
}

// The client's TLS advice names its own options (`ca`, `insecure`); a CLI user needs the flags.
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

// What the libraries say in their own vocabulary (option and function names), in the words of
// someone typing guestops: the flag or variable to change, and what to do instead.
const LIBRARY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bstartMinimized\b/g, "--start-minimized"],
  // "check the host and port in url": the CLI's url comes from a flag or a variable.
  [/\bin url\b/g, "in --url (or GUESTOPS_URL, GOVC_URL)"],
  [
    /quoteCmdArgs: an argument contains a NUL or line-break character, which cmd\.exe cannot pass/,
    "an argument of the program holds a line break (or a NUL), which cmd.exe cannot pass to a Windows program, so nothing was started: send multi-line text through --stdin instead",
  ],
];

function cliWords(error: unknown, message: string): string {
  let text = message;
  for (const [library, cli] of LIBRARY_WORDS) text = text.replace(library, cli);
  if (!(error instanceof Error) || error.name !== "TransportError") return text;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code !== "string" || !TLS_CODE.test(code)) return text;
  const marker = `(${code}): `;
  const at = text.indexOf(marker);
  if (at === -1) return text;
  // Also right when a CA file was given: then it is not the CA that signed vCenter's certificate.
  return `${text.slice(0, at + marker.length)}trust the CA that signed it with --ca-file <PEM file> (or GUESTOPS_CA_FILE; if one was given, it is not that CA), or knowingly --insecure`;
}
