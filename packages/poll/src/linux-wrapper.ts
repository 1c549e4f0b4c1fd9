// The Linux side of a run. VMware Tools starts `path arguments` through /bin/bash, and `delete`
// kills one pid only. So the program is started by a small bash wrapper with job control on
// (`set -m`): the program runs as a background job in a process group of its own, which is what
// lets the terminator below kill the program *and everything it started*, while the wrapper
// survives to record the exit code. The wrapper uses bash builtins only (plus `wc`/`truncate`
// through `command -p` when capturing), so a caller's replacement environment cannot break it.
import { quoteBashArg, quoteBashArgs } from "./quote-bash.js";
import type { RunFiles } from "./run-handle.js";

/** A program as vCenter's `create` takes it. */
export interface GuestCommand {
  readonly path: string;
  readonly arguments: string;
}

/** Longest single argument Linux passes to a program (MAX_ARG_STRLEN, 128 KiB, NUL included). */
export const LINUX_MAX_ARGUMENT_BYTES = 131_071;

/** The marker every wrapper's command line starts with, used to find an adopted process. */
export function runMarker(runId: string): string {
  return `guestops-run ${runId}`;
}

/** What the Linux wrapper runs, and where its files go. */
export interface LinuxWrapperSpec {
  readonly runId: string;
  readonly path: string;
  readonly args: readonly string[];
  /** Temp files (capture on); unset = output goes to /dev/null. */
  readonly files?: RunFiles | undefined;
  /** Largest output kept per stream, in bytes (the wrapper trims bigger files in the guest). */
  readonly maxOutputBytes: number;
}

/**
 * The bash script of a Linux run. With files:
 *
 * ```sh
 * : guestops-run 0123456789abcdef; umask 077; set -m
 * '/usr/bin/prog' 'arg 1' <'/tmp/x.in' >'/tmp/x.out' 2>'/tmp/x.err' &
 * wait $!
 * c=$?
 * for f in '/tmp/x.out' '/tmp/x.err'; do s=$(command -p wc -c <"$f") && [ "$s" -gt 1048576 ] && command -p truncate -s 1048577 "$f"; done 2>/dev/null
 * echo $c >'/tmp/x.code'
 * exit $c
 * ```
 *
 * The exit code file lets a run whose process info aged out of vCenter's 5-minute window still
 * report its real exit code. Output is trimmed in the guest to one byte more than the cap, so the
 * download stays small and the extra byte tells that it was cut.
 */
export function linuxWrapperScript(spec: LinuxWrapperSpec): string {
  const command = quoteBashArgs([spec.path, ...spec.args]);
  const files = spec.files;
  const head = `: ${runMarker(spec.runId)}; umask 077; set -m`;
  if (files === undefined) {
    return [head, `${command} </dev/null >/dev/null 2>&1 &`, "wait $!"].join("\n");
  }
  const q = quoteBashArg;
  const stdin = files.stdin === undefined ? "/dev/null" : q(files.stdin);
  const stdout = files.stdout === undefined ? "/dev/null" : q(files.stdout);
  const stderr = files.stderr === undefined ? "/dev/null" : q(files.stderr);
  const max = spec.maxOutputBytes;
  const lines = [head, `${command} <${stdin} >${stdout} 2>${stderr} &`, "wait $!", "c=$?"];
  const outputs = [files.stdout, files.stderr].filter((f): f is string => f !== undefined);
  if (outputs.length > 0) {
    lines.push(
      `for f in ${outputs.map(q).join(" ")}; do s=$(command -p wc -c <"$f") && [ "$s" -gt ${max} ] && command -p truncate -s ${max + 1} "$f"; done 2>/dev/null`,
    );
  }
  if (files.exitCode !== undefined) lines.push(`echo $c >${q(files.exitCode)}`);
  lines.push("exit $c");
  return lines.join("\n");
}

/** The `create` spec of a Linux run: `/bin/bash -c '<wrapper script>'`. */
export function linuxWrapperCommand(spec: LinuxWrapperSpec): GuestCommand {
  return { path: "/bin/bash", arguments: `-c ${quoteBashArg(linuxWrapperScript(spec))}` };
}

/** How long the terminator waits after SIGTERM before SIGKILL, in tenths of a second. */
const GRACE_TENTHS = 20;

/**
 * The bash script that terminates a Linux run whose wrapper has pid `pid`:
 *
 * 1. SIGSTOP the wrapper, so it starts nothing new and cannot reap its job yet;
 * 2. find its children in /proc: a child that leads its own process group (the job, thanks to
 *    `set -m`) is killed as a group, a child that has not set its group yet as a single pid; the
 *    wrapper's own group is never signalled (under real Tools it may be vmtoolsd's);
 * 3. SIGTERM, wait up to 2 s for the groups to empty, then SIGKILL what is left;
 * 4. SIGCONT the wrapper, which reaps the job, writes its exit code (143 after SIGTERM) and exits.
 *
 * Descendants that moved to a process group of their own (daemons that call setsid) are out of
 * reach of any group signal; everything else the program started goes with it.
 */
export function linuxTerminatorScript(pid: number): string {
  return [
    `p=${pid}`,
    'kill -STOP "$p" 2>/dev/null',
    "G=; S=",
    "for f in /proc/[0-9]*/stat; do",
    '  read -r l 2>/dev/null <"$f" || continue',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template
    "  i=${f#/proc/}; i=${i%/stat}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template
    "  set -- ${l##*) }",
    '  [ "$2" = "$p" ] || continue',
    '  if [ "$3" = "$i" ]; then G="$G $i"; else S="$S $i"; fi',
    "done",
    "alive() {",
    "  for f in /proc/[0-9]*/stat; do",
    '    read -r l 2>/dev/null <"$f" || continue',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template
    "    set -- ${l##*) }",
    '    [ "$1" = Z ] && continue',
    '    for g in $G; do [ "$3" = "$g" ] && return 0; done',
    "  done",
    "  return 1",
    "}",
    'sig() { for g in $G; do kill -"$1" -- -"$g" 2>/dev/null; done; for i in $S; do kill -"$1" "$i" 2>/dev/null; done; }',
    "sig TERM",
    `n=0; while alive && [ $n -lt ${GRACE_TENTHS} ]; do sleep 0.1; n=$((n+1)); done`,
    "sig KILL",
    'kill -CONT "$p" 2>/dev/null',
    "exit 0",
  ].join("\n");
}

/** The `create` spec of the terminator of a Linux run. */
export function linuxTerminatorCommand(pid: number): GuestCommand {
  return { path: "/bin/bash", arguments: `-c ${quoteBashArg(linuxTerminatorScript(pid))}` };
}
