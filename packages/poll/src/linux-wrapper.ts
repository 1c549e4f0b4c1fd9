// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings here are bash, whose ${...} is parameter expansion
// The Linux side of a run. VMware Tools starts `path arguments` through /bin/bash, and `delete`
// kills one pid only, so every run is started by a small wrapper shell that stays alive for the
// whole run and carries the run id in its command line (what makes reconciling an ambiguous
// create certain), and a follow-up guest command terminates the program with its descendants.
//
// - Capturing: a bash wrapper with job control on (`set -m`), so the program runs as a job in a
//   process group of its own (descendants stay in it even when their parent dies), while the
//   wrapper survives to write the exit code to a file and trim the output.
// - Not capturing: a plain /bin/sh wrapper (`: marker; program; exit $?`), which costs about what
//   starting the program directly costs: that is what fleets of short jobs pay for.
//
// Wrappers use shell builtins only (plus `wc`/`truncate` through `command -p` when capturing), so
// a caller's replacement environment cannot break them.
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
  if (files === undefined) {
    // `; exit $?` keeps the wrapper alive: a shell may exec its last command in place of itself.
    return `: ${runMarker(spec.runId)}; ${command} </dev/null >/dev/null 2>&1; exit $?`;
  }
  const head = `: ${runMarker(spec.runId)}; umask 077; set -m`;
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

/**
 * The `create` spec of a Linux run: `/bin/bash -c '<wrapper>'` when capturing (job control is a
 * bash feature), `/bin/sh -c '<wrapper>'` otherwise.
 */
export function linuxWrapperCommand(spec: LinuxWrapperSpec): GuestCommand {
  const shell = spec.files === undefined ? "/bin/sh" : "/bin/bash";
  return { path: shell, arguments: `-c ${quoteBashArg(linuxWrapperScript(spec))}` };
}

/** How long the terminator waits after SIGTERM before SIGKILL, in tenths of a second. */
const GRACE_TENTHS = 20;

/**
 * The bash script that terminates a Linux run whose wrapper has pid `pid`:
 *
 * 1. SIGSTOP the wrapper, so it starts nothing new and cannot reap the program yet;
 * 2. read /proc once: the wrapper's descendants, the process groups they lead or belong to, and
 *    the wrapper's own group when it leads one; a group the wrapper merely belongs to is never
 *    targeted (under VMware Tools it may be vmtoolsd's own);
 * 3. SIGTERM every live process that is a descendant or a member of those groups, except the
 *    wrapper; wait up to 2 s for them to go; SIGKILL what is left (read again, in case one forked);
 * 4. SIGCONT the wrapper, which reaps the program, records its exit code (143 after SIGTERM) and
 *    exits.
 *
 * The groups are what catch descendants whose parent already died (they keep their group).
 * Only a descendant that moved to a session of its own (a daemon calling setsid) and was
 * orphaned is out of reach.
 */
export function linuxTerminatorScript(pid: number): string {
  return [
    `p=${pid}`,
    'kill -STOP "$p" 2>/dev/null',
    // One line per process: pid, parent pid, process group, state. ps when there is one (fast on
    // a busy guest), else /proc read with builtins.
    "scan() {",
    "  command -p ps -eo pid=,ppid=,pgid=,stat= 2>/dev/null && return",
    "  for f in /proc/[0-9]*/stat; do",
    '    read -r l 2>/dev/null <"$f" || continue',
    "    i=${f#/proc/}; i=${i%/stat}",
    "    set -- ${l##*) }",
    '    echo "$i $2 $3 $1"',
    "  done",
    "}",
    "T=$(scan)",
    // Descendants of the wrapper, by following parent pids until nothing new turns up.
    'D=" $p "; n=0',
    "while [ $n -ne ${#D} ]; do",
    "  n=${#D}",
    '  while read -r i pp g s; do case "$D" in *" $pp "*) case "$D" in *" $i "*) ;; *) D="$D$i " ;; esac ;; esac; done <<EOF',
    "$T",
    "EOF",
    "done",
    // Their groups, and the wrapper's own group if it leads it; never a group it only belongs to.
    'G=" "; w=',
    "while read -r i pp g s; do",
    '  [ "$i" = "$p" ] && w=$g',
    '  case "$D" in *" $i "*) [ "$i" != "$p" ] && G="$G$g " ;; esac',
    "done <<EOF",
    "$T",
    "EOF",
    'if [ "$w" = "$p" ]; then G="$G$p "; elif [ -n "$w" ]; then G=${G// $w / }; fi',
    // The live processes to signal, read from a scan: descendants and group members, not the wrapper.
    "pick() {",
    "  while read -r i pp g s; do",
    '    [ "$i" = "$p" ] && continue',
    '    case "$s" in Z*) continue ;; esac',
    '    case "$D" in *" $i "*) echo "$i"; continue ;; esac',
    '    case "$G" in *" $g "*) echo "$i" ;; esac',
    "  done",
    "}",
    "live() {",
    "  for i in $L; do",
    '    read -r l 2>/dev/null </proc/"$i"/stat || continue',
    '    case "${l##*) }" in Z*) ;; *) return 0 ;; esac',
    "  done",
    "  return 1",
    "}",
    "L=$(printf '%s\\n' \"$T\" | pick)",
    'for i in $L; do kill -TERM "$i" 2>/dev/null; done',
    `n=0; while live && [ $n -lt ${GRACE_TENTHS} ]; do sleep 0.1; n=$((n+1)); done`,
    // Read again: anything forked since the first read goes too.
    "L=$(scan | pick)",
    'for i in $L; do kill -KILL "$i" 2>/dev/null; done',
    'kill -CONT "$p" 2>/dev/null',
    "exit 0",
  ].join("\n");
}

/** The `create` spec of the terminator of a Linux run. */
export function linuxTerminatorCommand(pid: number): GuestCommand {
  return { path: "/bin/bash", arguments: `-c ${quoteBashArg(linuxTerminatorScript(pid))}` };
}
