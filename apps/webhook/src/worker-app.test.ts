import { afterEach, describe, expect, test, vi } from "vitest";
import { createFakeNamespace } from "../test/fake-durable-objects.js";
import { createWorkerHandler } from "./worker-app.js";

const ENV = {
  WEBHOOK_SECRETS: "worker-app-secret-0123456789abcdef01234",
  WEBHOOK_POLICY: JSON.stringify({ vms: ["web-*"], programs: ["/bin/echo"], maxTimeoutMs: 60_000 }),
  GUESTOPS_URL: "https://vcenter.invalid",
  GUESTOPS_USERNAME: "administrator@vsphere.local",
  GUESTOPS_PASSWORD: "vc-pw",
  GUESTOPS_GUEST_USER: "root",
  GUESTOPS_GUEST_PASSWORD: "guest-pw",
};

describe("the Workers handler's state store", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test("says once per isolate that state is per isolate when GUESTOPS_STATE is not bound", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const handler = createWorkerHandler();
    for (let i = 0; i < 3; i++) {
      const response = await handler.fetch(new Request("http://webhook.example/healthz"), ENV);
      expect(response.status).toBe(200);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(
      "GUESTOPS_STATE is not bound to the GuestopsState Durable Object",
    );
  });

  test("uses the bound Durable Object namespace, and says nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const namespace = createFakeNamespace(Date.now);
    const handler = createWorkerHandler();
    // Unsigned: refused before the store is asked. Signed requests are in the workerd test.
    const response = await handler.fetch(
      new Request("http://webhook.example/runs", { method: "POST", body: "{}" }),
      { ...ENV, GUESTOPS_STATE: namespace },
    );
    expect(response.status).toBe(401);
    expect(warn).not.toHaveBeenCalled();
  });
});
