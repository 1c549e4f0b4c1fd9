// "Your" code: a function built on guestops that you want to test without a vCenter.
import type { GuestCredentials, GuestOpsClient } from "@guestops/client";
import { runProcess } from "@guestops/poll";

/** How full the root filesystem of a Linux VM is, in percent (0-100). */
export async function rootDiskUsage(
  client: GuestOpsClient,
  vm: string,
  credentials: GuestCredentials,
): Promise<number> {
  // POSIX `df -P` prints one fixed-format line per filesystem: "… 42% /".
  const result = await runProcess(client, {
    vm,
    path: "/bin/df",
    args: ["-P", "/"],
    credentials,
    timeout: 30_000, // ms
  });
  if (result.status !== "exited" || result.exitCode !== 0) {
    throw new Error(`df failed on ${vm}: ${result.exitDescription}\n${result.stderr}`);
  }
  const percent = /(\d+)%\s+\/\s*$/m.exec(result.stdout)?.[1];
  if (percent === undefined) throw new Error(`unexpected df output: ${result.stdout}`);
  return Number(percent);
}
