import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  setFailed
} from "./chunks/chunk-EOMLK7OE.js";
import {
  UserError
} from "./chunks/chunk-R7XW5ZO3.js";

// src/action/platform.ts
function currentPlatform() {
  const header = process.report?.getReport()?.header;
  return { platform: process.platform, arch: process.arch, glibc: header?.glibcVersionRuntime };
}
function platformProblem(facts) {
  const where = `${facts.platform}/${facts.arch}`;
  if (facts.platform !== "linux" || facts.arch !== "x64") {
    return `framecap runs on Linux x64 runners only (this one is ${where}): use runs-on: ubuntu-latest, or run the framecap CLI (npm install framecap) on this platform`;
  }
  if (!facts.glibc) return "framecap needs a glibc-based Linux (its image library does not ship musl binaries in the Action): use an ubuntu runner, not an Alpine container";
  const [major = 0, minor = 0] = facts.glibc.split(".").map(Number);
  if (major < 2 || major === 2 && minor < 28) return `framecap needs glibc 2.28 or newer (this runner has ${facts.glibc}): use ubuntu-22.04 or newer`;
  return null;
}

// src/action/main.ts
async function run(env = process.env) {
  const problem = platformProblem(currentPlatform());
  if (problem) {
    setFailed(problem);
    return;
  }
  try {
    const { runAction } = await import("./chunks/run-action-DLCEO45L.js");
    const failure = await runAction(env);
    if (failure) setFailed(failure);
  } catch (err) {
    setFailed(err instanceof UserError ? err.message : `framecap: unexpected error: ${err.stack ?? String(err)}`);
  }
}

// src/action/index.ts
await run();
