import { expect, test } from "vitest";
import * as webhook from "./index.js";

// A new public name is a visible diff here.
test("exports exactly these names", () => {
  expect(Object.keys(webhook).sort()).toMatchInlineSnapshot(`
    [
      "ConfigError",
      "RunnerError",
      "SIGNATURE_HEADER",
      "TIMESTAMP_HEADER",
      "createApp",
      "createJsonLogger",
      "createMemoryStore",
      "createNodeApp",
      "createPollRunner",
      "createRedisStore",
      "createTlsFetch",
      "loadConfig",
      "parsePolicy",
      "signRequest",
    ]
  `);
});
