// Finds the ClickHouse server executable. Shared by the installer check (scripts/ensure-clickhouse.mjs,
// plain Node at npm postinstall) and the launcher (local-server.ts), so both agree on what "installed"
// means. Debian ships `clickhouse-server` in /usr/sbin, which is not on a normal user's PATH; the
// upstream packages ship one `clickhouse` multi-tool that takes `server` as its first argument.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const FIXED_PLACES = ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @returns {{ command: string, args: string[] } | null} how to invoke the server (args come before
 * the server's own options), or null when no server is installed.
 */
export function findClickHouseServer(pathEnv = process.env.PATH ?? "") {
  const dirs = [...pathEnv.split(delimiter).filter(Boolean), ...FIXED_PLACES];
  for (const dir of dirs) {
    const server = join(dir, "clickhouse-server");
    if (executable(server)) return { command: server, args: [] };
  }
  for (const dir of dirs) {
    const multi = join(dir, "clickhouse");
    if (executable(multi)) return { command: multi, args: ["server"] };
  }
  return null;
}
