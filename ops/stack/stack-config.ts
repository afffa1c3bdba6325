/** The local stack's config (ops/config/stack.json): which core ports and which edges `npm start` runs. */
import { readFileSync } from "node:fs";
import { z } from "zod";

export const StackConfigSchema = z.object({
  core: z.object({
    ingestPort: z.number().int().min(0).max(65535).default(50051),
    httpPort: z.number().int().min(0).max(65535).default(8080),
    database: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).default("market"),
  }).prefault({}),
  edges: z.array(z.object({
    venue: z.string().min(1),
    symbols: z.array(z.string().min(1)).min(1),
  })).min(1),
});

export type StackConfig = z.infer<typeof StackConfigSchema>;

export function loadStackConfig(path: string): StackConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`stack config ${path}: ${(error as Error).message}`);
  }
  const parsed = StackConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`invalid stack config ${path}:\n  ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ")}`);
  }
  return parsed.data;
}
