// dist/ carries sharp's native binaries for Linux x64 (glibc) only. Checked
// before anything imports sharp, so other runners get a message, not a dlopen trace.

export interface PlatformFacts {
  platform: string;
  arch: string;
  /** glibc version at run time, e.g. "2.39"; undefined on musl (Alpine). */
  glibc: string | undefined;
}

export function currentPlatform(): PlatformFacts {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return { platform: process.platform, arch: process.arch, glibc: header?.glibcVersionRuntime };
}

/** Why framecap cannot run here, or null when it can. */
export function platformProblem(facts: PlatformFacts): string | null {
  const where = `${facts.platform}/${facts.arch}`;
  if (facts.platform !== 'linux' || facts.arch !== 'x64') {
    return `framecap runs on Linux x64 runners only (this one is ${where}): use runs-on: ubuntu-latest, or run the framecap CLI (npm install framecap) on this platform`;
  }
  if (!facts.glibc) return 'framecap needs a glibc-based Linux (its image library does not ship musl binaries in the Action): use an ubuntu runner, not an Alpine container';
  const [major = 0, minor = 0] = facts.glibc.split('.').map(Number);
  if (major < 2 || (major === 2 && minor < 28)) return `framecap needs glibc 2.28 or newer (this runner has ${facts.glibc}): use ubuntu-22.04 or newer`;
  return null;
}
