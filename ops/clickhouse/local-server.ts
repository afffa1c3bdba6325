/**
 * Project-managed local ClickHouse: tests and `npm start` run against a real server without anyone
 * installing or configuring one by hand. Each instance lives in its own folder
 * (.data/clickhouse/<name>/: config, data, logs, instance.json) and listens on 127.0.0.1 only, on
 * ports chosen free at first start and kept afterwards, so a stop/start of the same instance (the
 * "ClickHouse down mid-replay" tests) comes back on the same URL with the same data.
 *
 * CLI: `tsx ops/clickhouse/local-server.ts start|stop|restart|status [--name dev] [--data-dir DIR]`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { findClickHouseServer } from "./clickhouse-binary.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO_ROOT = resolve(HERE, "../..");
const INSTANCE_FILE = "instance.json";

const nameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "instance name: letters, digits, - and _");

const instanceStateSchema = z.object({
  name: z.string(),
  httpPort: z.number().int().positive(),
  tcpPort: z.number().int().positive(),
  pid: z.number().int().positive().nullable(),
});
type InstanceState = z.infer<typeof instanceStateSchema>;

export interface LocalClickHouseOptions {
  name: string;
  /** Instance folder; default `.data/clickhouse/<name>/` under the repository root. */
  dataDir?: string;
  /** How long to wait for `/ping` (default 60 s). */
  startTimeoutMs?: number;
  /** Let the server outlive this process (the CLI's `start`). */
  detached?: boolean;
  /**
   * Added to the caller's niceness for every server thread (default 10; 0: the caller's priority). The
   * project starts this server beside the edge and the core: on a small machine its insert and merge
   * threads otherwise compete with the tick path, whose main threads waited in the run queue about as
   * long as they ran in the latency bench. Storage is off that path (acks wait for it, the bus does not).
   */
  niceIncrement?: number;
}

export interface LocalClickHouse {
  name: string;
  dataDir: string;
  url: string;
  httpPort: number;
  tcpPort: number;
  pid: number;
  /** True when an instance already running on this folder was taken over instead of spawned. */
  adopted: boolean;
  /** SIGTERM, then SIGKILL after `timeoutMs` (default 20 s); resolves once the process is gone. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export function instanceDir(name: string, dataDir?: string): string {
  nameSchema.parse(name);
  return resolve(dataDir ?? join(REPO_ROOT, ".data", "clickhouse", name));
}

function readState(dir: string): InstanceState | null {
  const path = join(dir, INSTANCE_FILE);
  if (!existsSync(path)) return null;
  const parsed = instanceStateSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : null;
}

function writeState(dir: string, state: InstanceState): void {
  writeFileSync(join(dir, INSTANCE_FILE), JSON.stringify({ ...state, url: urlOf(state.httpPort) }, null, 2) + "\n");
}

const urlOf = (httpPort: number) => `http://127.0.0.1:${httpPort}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A recorded pid may have been reused by an unrelated process after a reboot: only claim ours. */
function isOurServer(pid: number, dir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdlinePath = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdlinePath)) return true;
  return readFileSync(cmdlinePath, "utf8").includes(join(dir, "config.xml"));
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function choosePorts(previous: InstanceState | null): Promise<{ httpPort: number; tcpPort: number }> {
  if (previous && (await portIsFree(previous.httpPort)) && (await portIsFree(previous.tcpPort))) {
    return { httpPort: previous.httpPort, tcpPort: previous.tcpPort };
  }
  const httpPort = await freePort();
  let tcpPort = await freePort();
  while (tcpPort === httpPort) tcpPort = await freePort();
  return { httpPort, tcpPort };
}

function renderConfig(dir: string, httpPort: number, tcpPort: number): string {
  for (const sub of ["data", "tmp", "log", "user_files", "format_schemas"]) mkdirSync(join(dir, sub), { recursive: true });
  const xmlRoot = dir.endsWith("/") ? dir : `${dir}/`;
  const config = readFileSync(join(HERE, "config.template.xml"), "utf8")
    .replaceAll("{{ROOT}}", xmlRoot)
    .replaceAll("{{HTTP_PORT}}", String(httpPort))
    .replaceAll("{{TCP_PORT}}", String(tcpPort));
  const configPath = join(dir, "config.xml");
  writeFileSync(configPath, config);
  copyFileSync(join(HERE, "users.xml"), join(dir, "users.xml"));
  return configPath;
}

function logTail(dir: string, lines = 20): string {
  const parts: string[] = [];
  for (const file of ["clickhouse-server.err.log", "console.log"]) {
    const path = join(dir, "log", file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8").trimEnd();
    if (text) parts.push(`--- ${file} ---\n${text.split("\n").slice(-lines).join("\n")}`);
  }
  return parts.join("\n") || "(no server log output)";
}

/**
 * One-shot connection (no keep-alive): the server waits for open connections when it shuts down,
 * so a pooled idle socket from a ping would delay every stop by the keep-alive timeout.
 */
function pings(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = httpGet(`${url}/ping`, { agent: false, headers: { connection: "close" }, timeout: 1000 }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode === 200));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => done(false));
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitForExit(pid: number, child: ChildProcess | undefined, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child ? child.exitCode !== null || child.signalCode !== null : !isAlive(pid)) return true;
    await sleep(50);
  }
  return false;
}

async function terminate(pid: number, child: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  if (await waitForExit(pid, child, timeoutMs)) return;
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  await waitForExit(pid, child, 5000);
}

function handle(name: string, dir: string, state: InstanceState & { pid: number }, adopted: boolean, child?: ChildProcess): LocalClickHouse {
  return {
    name,
    dataDir: dir,
    url: urlOf(state.httpPort),
    httpPort: state.httpPort,
    tcpPort: state.tcpPort,
    pid: state.pid,
    adopted,
    async stop({ timeoutMs = 20_000 } = {}) {
      await terminate(state.pid, child, timeoutMs);
      writeState(dir, { ...state, pid: null });
    },
  };
}

const NICE = "/usr/bin/nice";

async function spawnServer(name: string, dir: string, previous: InstanceState | null, options: LocalClickHouseOptions): Promise<LocalClickHouse> {
  const server = findClickHouseServer();
  if (!server) throw new Error("clickhouse-server is not installed: run `node scripts/ensure-clickhouse.mjs` or set CLICKHOUSE_URL");
  const { httpPort, tcpPort } = await choosePorts(previous);
  const configPath = renderConfig(dir, httpPort, tcpPort);
  const consoleFd = openSync(join(dir, "log", "console.log"), "a");
  const niceIncrement = options.niceIncrement ?? 10;
  const argv = [server.command, ...server.args, `--config-file=${configPath}`];
  // Through nice(1), which execs the server: threads inherit the niceness from the start (setpriority
  // on the pid afterwards misses the threads already running), and the pid stays the server's.
  const command = niceIncrement > 0 && existsSync(NICE) ? [NICE, "-n", String(niceIncrement), ...argv] : argv;
  const child = spawn(command[0], command.slice(1), {
    cwd: dir,
    detached: options.detached ?? false,
    stdio: ["ignore", consoleFd, consoleFd],
  });
  closeSync(consoleFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${server.command}`);
  if (options.detached) child.unref();
  const state = { name, httpPort, tcpPort, pid };
  writeState(dir, state);

  const url = urlOf(httpPort);
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      writeState(dir, { ...state, pid: null });
      throw new Error(`clickhouse-server "${name}" exited during start (code ${child.exitCode ?? child.signalCode})\n${logTail(dir)}`);
    }
    if (await pings(url)) return handle(name, dir, state, false, child);
    await sleep(100);
  }
  await terminate(pid, child, 5000);
  writeState(dir, { ...state, pid: null });
  throw new Error(`clickhouse-server "${name}" did not answer ${url}/ping in time\n${logTail(dir)}`);
}

/**
 * Starts (or takes over, when already running) the instance `name`. A fresh start on an existing
 * folder keeps its data and, when still free, its ports.
 */
export async function startLocalClickHouse(options: LocalClickHouseOptions): Promise<LocalClickHouse> {
  const dir = instanceDir(options.name, options.dataDir);
  mkdirSync(dir, { recursive: true });
  const previous = readState(dir);
  if (previous?.pid && isOurServer(previous.pid, dir)) {
    const running = { ...previous, pid: previous.pid };
    if (await pings(urlOf(previous.httpPort))) return handle(options.name, dir, running, true);
    await terminate(previous.pid, undefined, 20_000);
  }
  try {
    return await spawnServer(options.name, dir, previous, options);
  } catch (err) {
    // A port chosen free can be taken before the server binds it: one more try on fresh ports.
    if (!String(err).includes("Address already in use")) throw err;
    return spawnServer(options.name, dir, null, options);
  }
}

export interface LocalClickHouseStatus {
  name: string;
  dataDir: string;
  running: boolean;
  answering: boolean;
  pid: number | null;
  url: string | null;
}

export async function localClickHouseStatus(name: string, dataDir?: string): Promise<LocalClickHouseStatus> {
  const dir = instanceDir(name, dataDir);
  const state = readState(dir);
  const running = !!state?.pid && isOurServer(state.pid, dir);
  const url = state ? urlOf(state.httpPort) : null;
  return { name, dataDir: dir, running, answering: running && !!url && (await pings(url)), pid: running ? state!.pid : null, url };
}

/** Stops the instance recorded in its folder; false when it was not running. */
export async function stopLocalClickHouse(name: string, dataDir?: string, timeoutMs = 20_000): Promise<boolean> {
  const dir = instanceDir(name, dataDir);
  const state = readState(dir);
  if (!state?.pid || !isOurServer(state.pid, dir)) return false;
  await terminate(state.pid, undefined, timeoutMs);
  writeState(dir, { ...state, pid: null });
  return true;
}

const HELP = `Usage: tsx ops/clickhouse/local-server.ts <start|stop|restart|status> [--name NAME] [--data-dir DIR]

Runs a project-managed ClickHouse on 127.0.0.1 (free ports, kept across restarts).
  start     start the instance in the background (or report the one already running)
  stop      stop it (SIGTERM, then SIGKILL after 20 s)
  restart   stop, then start on the same folder and ports
  status    print its state as JSON
Options:
  --name NAME      instance name (default "dev"); folder .data/clickhouse/NAME/
  --data-dir DIR   use DIR as the instance folder instead
  -h, --help       this text
Prints one JSON line: {name, dataDir, running, pid, url}.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string", default: "dev" }, "data-dir": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(HELP + "\n");
    return values.help ? 0 : 2;
  }
  const name = values.name!;
  const dataDir = values["data-dir"];
  const start = async () => {
    const server = await startLocalClickHouse({ name, dataDir, detached: true });
    return { name, dataDir: server.dataDir, running: true, pid: server.pid, url: server.url, adopted: server.adopted };
  };
  switch (command) {
    case "start":
      process.stdout.write(JSON.stringify(await start()) + "\n");
      return 0;
    case "stop": {
      const stopped = await stopLocalClickHouse(name, dataDir);
      process.stdout.write(JSON.stringify({ name, stopped }) + "\n");
      return 0;
    }
    case "restart":
      await stopLocalClickHouse(name, dataDir);
      process.stdout.write(JSON.stringify(await start()) + "\n");
      return 0;
    case "status": {
      const status = await localClickHouseStatus(name, dataDir);
      process.stdout.write(JSON.stringify(status) + "\n");
      return status.running ? 0 : 3;
    }
    default:
      process.stderr.write(`unknown command "${command}"\n\n${HELP}\n`);
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
