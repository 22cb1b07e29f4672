// The baseline for bench:api: a bare Node HTTP server answering every request with the same
// bytes the render endpoint returns.
import { createServer } from "node:http";

const body = Buffer.from(process.env.BODY ?? "{}");
createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length });
    res.end(body);
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
