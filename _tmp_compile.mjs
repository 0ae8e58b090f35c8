import { compile, optimize } from "@tailwindcss/node";
import { Scanner } from "@tailwindcss/oxide";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname } from "node:path";
const file = process.argv[2];
const css = readFileSync(file, "utf8");
const compiler = await compile(css, { base: dirname(file), onDependency() {} });
const sources =
  compiler.root === "none"
    ? compiler.sources
    : [
        ...(compiler.root
          ? [{ base: compiler.root.base, pattern: compiler.root.pattern, negated: false }]
          : []),
        ...compiler.sources,
      ];
const scanner = new Scanner({ sources });
const candidates = scanner.scan();
const out = optimize(compiler.build(candidates), { minify: true }).code;
if (process.argv[3]) (await import("node:fs")).writeFileSync(process.argv[3], out);
console.log(file, candidates.length, out.length, gzipSync(out, { level: 6 }).length);
