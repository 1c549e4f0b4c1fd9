import { createWorkerHandler } from "./worker-app.js";
export default createWorkerHandler();
