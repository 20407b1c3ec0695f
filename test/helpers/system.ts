// System parts the tests need, read from scripts/system-packages.txt: the list
// the README's first command, .ci/run and ci.yml install from. A missing part
// fails the test that needs it, naming the package; it never skips quietly.
import { existsSync, readFileSync } from 'node:fs';

export interface SystemPackage {
  name: string;
  /** A file the package installs: it being there is what "installed" means. */
  proof: string;
  /** `debian`: apt has it on Debian only (GitHub's Ubuntu runners get it another way). */
  where: 'all' | 'debian';
  why: string;
}

export const PACKAGE_LIST = 'scripts/system-packages.txt';

export function systemPackages(text = readFileSync(new URL(`../../${PACKAGE_LIST}`, import.meta.url), 'utf8')): SystemPackage[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => {
    const [name = '', proof = '', where = '', ...why] = line.trim().split(/\s+/);
    if (where !== 'all' && where !== 'debian') throw new Error(`${PACKAGE_LIST}: ${name}: where must be all or debian (got "${where}")`);
    return { name, proof, where, why: why.join(' ') };
  });
}

/** The file that proves `name` installed; throws, naming the package, when it is not. */
export function requireSystemPackage(name: string, list: readonly SystemPackage[] = systemPackages()): string {
  const pkg = list.find((p) => p.name === name);
  if (!pkg) throw new Error(`${name} is not in ${PACKAGE_LIST}: add it there, so every machine that runs the tests installs it`);
  if (!existsSync(pkg.proof)) {
    throw new Error(`${pkg.proof} is missing: this test needs the ${name} package (${pkg.why}); ` +
      '`bash scripts/install-system-packages.sh` installs every package the tests need');
  }
  return pkg.proof;
}

/**
 * The browser builds the tests drive by path. FRAMECAP_TEST_CHROMIUM and
 * FRAMECAP_TEST_SHELL name them where apt has no such package (ci.yml on
 * GitHub's Ubuntu runners: Google Chrome, and Playwright's headless shell).
 */
export function testBrowser(build: 'full' | 'shell'): string {
  const override = build === 'full' ? process.env.FRAMECAP_TEST_CHROMIUM : process.env.FRAMECAP_TEST_SHELL;
  if (override) {
    if (!existsSync(override)) throw new Error(`${build === 'full' ? 'FRAMECAP_TEST_CHROMIUM' : 'FRAMECAP_TEST_SHELL'} is ${override}, which does not exist`);
    return override;
  }
  return requireSystemPackage(build === 'full' ? 'chromium' : 'chromium-headless-shell');
}
