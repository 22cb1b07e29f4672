import { fork } from "node:child_process";
import net from "node:net";
import path from "node:path";

/**
 * A TCP pass-through in front of a server (the e2e's PostgreSQL), which a test can shut: every
 * open connection is cut and new ones are reset at once, as when the database goes away; then
 * open it again. The app sees exactly what a lost database looks like to it.
 *
 * It runs in a process of its own: the test's process blocks in synchronous fixture calls
 * (execFileSync), and a gate in it would stall every query passing through meanwhile.
 */
export async function startTcpGate(target: { host: string; port: number }) {
  const child = fork(path.resolve("scripts/testing/tcp-gate.ts"), [target.host, String(target.port)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const reply = () => new Promise<unknown>((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", () => reject(new Error("the TCP gate exited")));
  });
  const port = (await reply()) as number;
  const ask = async (command: "shut" | "reopen") => {
    const answered = reply();
    child.send(command);
    await answered;
  };
  return {
    port,
    shut: () => ask("shut"),
    reopen: () => ask("reopen"),
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
    },
  };
}

function serve(host: string, port: number) {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(port, host);
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
  server.listen(0, "127.0.0.1", () => process.send!((server.address() as net.AddressInfo).port));
  process.on("message", (command) => {
    open = command === "reopen";
    if (!open) for (const socket of sockets) socket.destroy();
    process.send!(command);
  });
  process.on("disconnect", () => process.exit(0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/testing/tcp-gate.ts")) serve(process.argv[2]!, Number(process.argv[3]));
