import { createWorkerHandler } from "./worker-app.js";

// The Durable Object class must be exported by the Worker's main module to be bound.
export { GuestopsState } from "./state-object.js";
export default createWorkerHandler();
