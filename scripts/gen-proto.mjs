#!/usr/bin/env node
// Generates protobufjs static code (ES module + .d.ts) from proto/**.proto into proto/gen/.
// The same generated module serves Node (core) and Deno (edge). `--force-number` keeps int64
// fields as JS numbers: the wire contract keeps every int64 below 2^53 (see ingest.proto).
// `--check` regenerates into a temp dir and fails if the committed files differ.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "proto");
const check = process.argv.includes("--check");

function protoFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "gen") return [];
    if (statSync(path).isDirectory()) return protoFiles(path);
    return name.endsWith(".proto") ? [relative(protoDir, path)] : [];
  });
}

const outDir = check ? mkdtempSync(join(tmpdir(), "proto-gen-")) : join(protoDir, "gen");
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(root, "node_modules", ".bin", name);
const js = join(outDir, "proto.js");
execFileSync(bin("pbjs"), [
  "-t", "static-module", "-w", "es6", "--force-number",
  "-p", protoDir, "-o", js, ...protoFiles(protoDir).sort().map((f) => join(protoDir, f)),
], { cwd: protoDir, stdio: "inherit" });
// protobufjs is CommonJS: Node ESM and Deno need its default export and the explicit file name.
// Its 64-bit readers return Long objects whenever `long` is installed (pbjs' --force-number only
// changes types and fromObject), which would cost an allocation per tick. The contract keeps every
// int64 below 2^53, so decode them straight into numbers and refuse anything larger.
const int64Readers = readFileSync(join(protoDir, "int64-readers.js"), "utf8");
const packedReaders = readFileSync(join(protoDir, "packed-readers.js"), "utf8");
let code = readFileSync(js, "utf8").replace(
  `import * as $protobuf from "protobufjs/minimal";`,
  `import $protobuf from "protobufjs/minimal.js";\n${int64Readers}\n${packedReaders}`,
);
// Deno reads the types of a plain .js module only through this pragma.
code = `// @ts-self-types="./proto.d.ts"\n${code}`;
code = code.replace(/reader\.(u?int64|sint64|s?fixed64)\(\)/g, (_m, kind) => `$int64.${kind}(reader)`);
// Packed repeated scalars (book levels, prices, time deltas, ids) in bulk; see proto/packed-readers.js.
code = code.replace(
  /while \(reader\.pos < end2\)\s*\n\s*(message\.\w+)\.push\((?:reader\.|\$int64\.)(double|bool|u?int32|uint64|sint64)\((?:reader)?\)\);/g,
  (_m, field, kind) => `${field} = $packed.${kind}s(reader, end2, ${field});`,
);
writeFileSync(js, code);
execFileSync(bin("pbts"), ["-o", join(outDir, "proto.d.ts"), js], { stdio: "inherit" });

if (check) {
  for (const f of ["proto.js", "proto.d.ts"]) {
    const fresh = readFileSync(join(outDir, f), "utf8");
    const committed = readFileSync(join(protoDir, "gen", f), "utf8");
    if (fresh !== committed) {
      console.error(`proto/gen/${f} is stale: run npm run proto:gen`);
      process.exit(1);
    }
  }
  console.log("proto/gen is up to date");
}
