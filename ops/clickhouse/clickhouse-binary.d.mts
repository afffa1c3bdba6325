/** How to invoke the ClickHouse server: `command ...args --config-file=...`. */
export interface ClickHouseServerCommand {
  command: string;
  args: string[];
}
export function findClickHouseServer(pathEnv?: string): ClickHouseServerCommand | null;
