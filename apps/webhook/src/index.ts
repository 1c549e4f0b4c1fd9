export { createApp } from "./app.js";
export type { AppDeps } from "./app-context.js";
export { type Config, type Env, type LoadConfigOptions, loadConfig } from "./config.js";
export { ConfigError } from "./config-error.js";
export {
  createDurableObjectStore,
  isStateNamespace,
  type StateNamespace,
} from "./durable-object-store.js";
export { createJsonLogger, type Logger, type RequestLog } from "./logger.js";
export { createMemoryStore, type MemoryStoreOptions } from "./memory-store.js";
export { createNodeApp } from "./node-app.js";
export { createTlsFetch, type TlsFetchOptions } from "./node-tls-fetch.js";
export { type Policy, type PolicyInput, parsePolicy } from "./policy.js";
export { createPollRunner } from "./poll-runner.js";
export { createRedisStore, type RedisStoreOptions } from "./redis-store.js";
export {
  type FinishedRun,
  type Runner,
  RunnerError,
  type RunnerErrorCode,
  type RunnerStartInput,
  type RunState,
  type StartedRun,
  type VmRef,
} from "./runner.js";
export {
  SIGNATURE_HEADER,
  type SignRequestInput,
  signRequest,
  TIMESTAMP_HEADER,
} from "./signature.js";
export { GuestopsState, type StateObjectState, type StateStorage } from "./state-object.js";
export type { Store } from "./store.js";
