/**
 * `npm run lint`'s dependency check: the rules in dependency-rules.mjs (no cycles, src/lib only through
 * its folder indexes, the layers of src/lib), checked by dependency-cruiser. See ARCHITECTURE.md.
 * Usage: node scripts/check-dependencies.ts [<repository dir>]   (default: this repository)
 */
import { checkDependencies } from "./lib/dependency-check.ts";

const result = await checkDependencies(process.argv[2]);
console.log(result.report.trim());
process.exitCode = result.ok ? 0 : 1;
