// Real loopback HTTP(S) servers for the transport, TLS and transfer tests.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import selfsigned from "selfsigned";

/** A running server. */
export interface LocalServer {
  /** `http://127.0.0.1:port` or `https://localhost:port`. */
  readonly url: string;
  /** `host:port` as a client calls it. */
  readonly host: string;
  /** The self-signed certificate (PEM) of an HTTPS server: trust it as the CA. */
  readonly ca?: string;
  /** Stops the server and drops its connections. */
  close(): Promise<void>;
}

/** Handles one request. */
export type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

function track(server: ReturnType<typeof createHttpServer>) {
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

function withBody(handler: Handler) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handler(request, response, Buffer.concat(chunks).toString("utf8")));
  };
}

/** Starts a loopback HTTP server. */
export async function startHttpServer(handler: Handler): Promise<LocalServer> {
  const server = createHttpServer(withBody(handler));
  const close = track(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, close };
}

/** Starts a loopback HTTPS server with a fresh self-signed certificate for localhost. */
export async function startHttpsServer(handler: Handler): Promise<LocalServer> {
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const server = createHttpsServer({ key: pems.private, cert: pems.cert }, withBody(handler));
  const close = track(server as unknown as ReturnType<typeof createHttpServer>);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `https://localhost:${port}`, host: `localhost:${port}`, ca: pems.cert, close };
}

/** Answers like a minimal /api vCenter: login, an empty VM list, and a transfer file. */
export const miniVcenter: Handler = (request, response) => {
  const send = (status: number, value?: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(value === undefined ? undefined : JSON.stringify(value));
  };
  if (request.method === "POST" && request.url === "/api/session")
    return send(201, "tls-session-1234");
  if (request.method === "GET" && request.url === "/api/vcenter/vm") {
    return send(200, [{ vm: "vm-1", name: "web-01", power_state: "POWERED_ON" }]);
  }
  return send(404, { error_type: "NOT_FOUND", messages: [] });
};
