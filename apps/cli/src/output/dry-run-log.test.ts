import { expect, test } from "vitest";
import { formatDryRunLog } from "./dry-run-log.js";

test("prints each request with its redacted headers and body", () => {
  expect(
    formatDryRunLog([
      {
        operation: "login",
        method: "POST",
        url: "https://vc/api/session",
        headers: { authorization: "[redacted]", accept: "application/json" },
      },
      {
        operation: "createProcess",
        method: "POST",
        url: "https://vc/api/vcenter/vm/vm-1/guest/processes?action=create",
        headers: { "vmware-api-session-id": "[redacted]", "content-type": "application/json" },
        body: { credentials: { password: "[redacted]" }, spec: { path: "/bin/true" } },
      },
    ]),
  ).toBe(
    [
      "# dry run: 2 requests would be sent (secrets redacted); nothing was sent",
      "POST https://vc/api/session  # login",
      "  authorization: [redacted]",
      "POST https://vc/api/vcenter/vm/vm-1/guest/processes?action=create  # createProcess",
      "  vmware-api-session-id: [redacted]",
      '  {"credentials":{"password":"[redacted]"},"spec":{"path":"/bin/true"}}',
      "",
    ].join("\n"),
  );
});
