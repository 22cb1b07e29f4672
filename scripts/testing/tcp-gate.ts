import net from "node:net";

/**
 * A TCP pass-through in front of a server (the e2e's PostgreSQL), which a test can shut: every
 * open connection is cut and new ones are reset at once, as when the database goes away; then
 * open it again. The app sees exactly what a lost database looks like to it.
 */
export async function startTcpGate(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const done = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", done).on("close", done);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    shut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    reopen: () => {
      open = true;
    },
    stop: () => new Promise<void>((resolve) => (sockets.forEach((socket) => socket.destroy()), server.close(() => resolve()))),
  };
}
