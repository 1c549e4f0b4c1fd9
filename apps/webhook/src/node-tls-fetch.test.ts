import { createClient } from "@guestops/client";
import { type Simulator, startSimulator } from "@guestops/simulator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTlsFetch } from "./node-tls-fetch.js";

const user = { username: "administrator@vsphere.local", password: "tls-fetch-Pw" };

describe("createTlsFetch", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ users: [user] });
  });
  afterAll(() => sim?.stop());

  test("trusts vCenter's certificate through the given CA", async () => {
    const client = createClient({ url: sim.url, ...user, fetch: createTlsFetch({ ca: sim.ca }) });
    const vm = await client.resolveVm("web-01");
    expect(vm.vm).toBe("vm-101");
  });

  test("refuses an untrusted certificate with the TLS code the client classifies", async () => {
    const client = createClient({ url: sim.url, ...user, fetch: createTlsFetch({}) });
    const error = await client.resolveVm("web-01").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "TransportError" });
    expect(String((error as { code?: string }).code)).toMatch(/CERT|SIGNATURE|SELF_SIGNED|UNABLE/);
  });

  test("skips verification when insecure", async () => {
    const client = createClient({
      url: sim.url,
      ...user,
      fetch: createTlsFetch({ insecure: true }),
    });
    expect((await client.resolveVm("web-02")).name).toBe("web-02");
  });

  test("rejects a refused connection like the built-in fetch, with the code on the cause", async () => {
    const fetch = createTlsFetch({});
    const error = await fetch(new Request("http://127.0.0.1:1/")).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
  });

  test("rejects with the signal's reason on abort", async () => {
    const fetch = createTlsFetch({ ca: sim.ca });
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(
      fetch(new Request(`${sim.url}/api/session`, { signal: controller.signal })),
    ).rejects.toBe(reason);
  });
});
