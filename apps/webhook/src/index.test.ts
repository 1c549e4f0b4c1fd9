import { expect, test } from "vitest";
import * as webhook from "./index.js";

// A new public name is a visible diff here.
test("exports exactly these names", () => {
  expect(Object.keys(webhook).sort()).toMatchInlineSnapshot(`
    [
      "ConfigError",
      "GuestopsState",
      "RunnerError",
      "SIGNATURE_HEADER",
      "TIMESTAMP_HEADER",
      "createApp",
      "createDurableObjectStore",
      "createJsonLogger",
      "createMemoryStore",
      "createNodeApp",
      "createPollRunner",
      "createRedisStore",
      "createTlsFetch",
      "isStateNamespace",
      "loadConfig",
      "parsePolicy",
      "signRequest",
    ]
  `);
});
