import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { freePort } from "./free-port";

test("freePort returns a port a server can then listen on", async () => {
  const port = await freePort();
  assert.ok(Number.isInteger(port) && port > 0 && port < 65536, String(port));
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.on("error", reject).listen(port, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
