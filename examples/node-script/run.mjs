#!/usr/bin/env node
// Runs one program in one VM and prints how it ended. Against the embedded simulator by default,
// so it works anywhere; point it at a real vCenter with GUESTOPS_URL, GUESTOPS_USERNAME,
// GUESTOPS_PASSWORD, GUESTOPS_GUEST_USER and GUESTOPS_GUEST_PASSWORD (and GUESTOPS_VM).
//
//   node run.mjs [program] [args...]      e.g. node run.mjs /bin/uname -a
import { createClient } from "@guestops/client";
import { runProcess } from "@guestops/poll";
import { DEFAULT_USERS, DEMO_GUEST_PASSWORD, startSimulator } from "@guestops/simulator";

const [path = "/bin/uname", ...args] = process.argv.slice(2);
const env = process.env;

// No vCenter given: start a simulated one on 127.0.0.1 (HTTPS with its own CA).
const url = env.GUESTOPS_URL;
const sim = url ? undefined : await startSimulator();
const client = sim
  ? createClient({ url: sim.url, ca: sim.ca, ...DEFAULT_USERS[0] })
  : createClient({
      url: String(url),
      username: env.GUESTOPS_USERNAME,
      password: env.GUESTOPS_PASSWORD,
    });

try {
  const result = await runProcess(client, {
    vm: env.GUESTOPS_VM ?? "web-01",
    path,
    args: args.length > 0 ? args : ["-a"],
    credentials: {
      type: "password",
      username: env.GUESTOPS_GUEST_USER ?? "root",
      password: env.GUESTOPS_GUEST_PASSWORD ?? DEMO_GUEST_PASSWORD,
    },
    timeout: 60_000, // ms; the program is killed if it runs longer
  });
  console.log(`${result.vmName ?? result.vm}: ${result.exitDescription}`);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // Like govc guest.run: the guest program's exit code becomes ours.
  process.exitCode = result.exitCode ?? 1;
} finally {
  await client.close();
  await sim?.stop();
}
