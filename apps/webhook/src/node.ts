import { serveNode } from "./serve-node.js";

await serveNode(process.env);
