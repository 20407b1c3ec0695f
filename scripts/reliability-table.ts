// Writes docs/reliability.md: every case of the "Reliability and security"
// checklist, what framecap does, and the test that proves it, with the
// counts from a real run of those tests (not from a list kept by hand).
//
//   node --import tsx scripts/reliability-table.ts          # runs the tests, writes the doc
//
// A case whose test is missing (renamed, deleted) fails the script, so the
// table cannot drift from the suite.

import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { run } from 'node:test';

interface Case { area: string; what: string; does: string; file: string; test: string }

const c = (area: string, what: string, does: string, file: string, test: string): Case => ({ area, what, does, file: `test/${file}.test.ts`, test });

const CASES: Case[] = [
  // Hostile sitemaps
  c('Hostile sitemaps', 'DTD, external entities, billion laughs', 'The DOCTYPE is never expanded; plain entries still come out', 'discover', 'billion laughs: the DOCTYPE is never expanded, plain entries still come out'),
  c('Hostile sitemaps', 'Gzip bomb, file over the size cap', 'Inflation stops at maxBytesPerFile; complete entries are kept, with a warning', 'discover', 'a gzip bomb stops inflating at maxBytesPerFile and keeps the complete entries'),
  c('Hostile sitemaps', 'Plain-text file over the size cap', 'Only whole lines before the cap are kept', 'discover', 'a plain-text sitemap over maxBytesPerFile keeps only whole lines'),
  c('Hostile sitemaps', 'Indexes nested past the depth limit', 'Not followed past maxDepth, with a warning', 'discover', 'nested indexes deeper than maxDepth are not followed (warning)'),
  c('Hostile sitemaps', 'Indexes that point at each other', 'The cycle is cut, with a warning', 'discover', 'index cycle A -> B -> A terminates with a warning'),
  c('Hostile sitemaps', 'HTML soft 404 served as sitemap.xml (guessed)', 'A warning, then the next guess', 'discover', 'a guessed /sitemap.xml that is an HTML soft 404 is a warning, then /sitemap_index.xml'),
  c('Hostile sitemaps', 'HTML page given as the sitemap', 'One UserError that says what to pass instead', 'discover', 'an explicit sitemap that is an HTML page is a UserError'),
  c('Hostile sitemaps', 'BOM, CDATA, odd namespaces, reserved element names', 'Parsed as a sitemap', 'discover', 'namespaced sitemap with a BOM, CDATA, extensions and reserved element names'),
  c('Hostile sitemaps', 'Unescaped &, entities, junk lastmod', 'Entities decoded; a bad lastmod is dropped', 'discover', 'urlset: locs, entity decoding, lastmod validation, user agent'),
  c('Hostile sitemaps', 'Truncated file', 'The complete entries before the cut are kept', 'discover', 'truncated XML keeps its complete entries'),
  c('Hostile sitemaps', '50,001 URLs in one file; run-wide URL cap', 'maxUrlsPerFile (50,000) and maxUrls cap, with a warning', 'discover', 'maxUrls caps the whole run once; maxUrlsPerFile caps each file'),
  c('Hostile sitemaps', '<loc> with javascript:, file:, data:', 'Skipped with a warning naming the scheme', 'discover', 'junk locs are skipped: a few warnings, then one count'),
  c('Hostile sitemaps', 'Relative or over-long <loc>', 'Skipped with the reason', 'discover', 'relative and over-long locs name their reason'),
  c('Hostile sitemaps', 'Duplicates', 'Deduped on the normalized URL, counted', 'plan', 'dedupe on the normalized URL, and stats count every outcome'),
  c('Hostile sitemaps', 'Any generated text as a sitemap (property)', 'Pages, an index or "not a sitemap"; never a crash', 'property', 'parseDocument: any text gives pages, an index or "not a sitemap" — never a crash'),
  c('Hostile sitemaps', 'Any generated URL set through the planner (property)', 'Names safe and unique; shards disjoint and complete', 'property', 'planner: every name is safe and unique, and the shards of any URL set are disjoint and complete'),
  // Hostile pages
  c('Hostile pages', 'Never finishes loading', 'Timeout row after --timeout per attempt, retried', 'render', 'a page that never answers fails after timeoutMs per attempt, retried'),
  c('Hostile pages', 'alert / confirm / prompt', 'Dismissed; the page is captured', 'render', 'alert/confirm/prompt on load are dismissed instead of hanging the page'),
  c('Hostile pages', 'window.open pop-ups', 'Closed; the opener is captured', 'render', 'popups are closed and the opener is still captured'),
  c('Hostile pages', 'Redirect loop, CPU spin (while(true)), beforeunload, pop-up storm, 100,000 px page with --full-page', 'Loop: "too many redirects" row; spin: timeout row; beforeunload/pop-ups: captured; tall page: cut to --max-height with a warning; the next page after each is captured', 'hostile-pages', 'redirect loop, CPU spin, beforeunload, pop-up storm, 100,000 px full page'),
  c('Hostile pages', 'A page that exhausts its memory', 'The tab dies: a `crash` row; the next capture works', 'hostile-pages', 'a page that exhausts its memory: the tab dies, the capture fails as a crash, the next capture works'),
  c('Hostile pages', 'Downloads, empty 204', 'A clear, permanent failure', 'render', 'a download or an empty 204 is a clear, permanent failure'),
  c('Hostile pages', '4xx status', 'A failed row with the status, not retried', 'render', 'HTTP 404 is a failure, not a screenshot, and is not retried'),
  c('Hostile pages', '5xx status', 'A failed row; 500 not retried (502/503/504 are)', 'render', 'HTTP 500 is not retried either'),
  c('Hostile pages', 'TLS errors, DNS, categories', 'Rows with category tls / dns / timeout / http_4xx / http_5xx / blocked', 'render-quality', 'failure categories: http_4xx, http_5xx, timeout, dns, tls, blocked'),
  c('Hostile pages', 'Browser crash (killed mid-capture)', 'Relaunched once; captures in flight retried', 'render', 'the browser killed mid-capture is relaunched once, and every capture in flight is retried'),
  c('Hostile pages', 'Tab (renderer) crash', 'The page is replaced before the next capture', 'render', 'a crashed renderer process is replaced before the next capture'),
  c('Hostile pages', 'Blank page', '`blank` row that says what to check', 'render-quality', 'a blank capture fails with category "blank" and says what to check'),
  // Navigation outside http(s)
  c('No navigation outside http(s)', 'file:, chrome:, data:, javascript: targets', 'Refused before navigating (`blocked`)', 'render', 'only http(s) targets are navigated to'),
  c('No navigation outside http(s)', 'Redirects to data: and file:', 'Refused, not retried', 'render', 'redirects to data: and file: URLs are refused, without retries'),
  c('No navigation outside http(s)', 'Non-http(s) URLs given to the planner', 'Rejected by normalizeUrl', 'plan', 'normalizeUrl: credentials are stripped, non-http(s) and relative URLs rejected'),
  // SSRF
  c('Server SSRF guard', 'Address forms: decimal/octal/hex IPv4, IPv4-mapped IPv6, 0.0.0.0, ::, NAT64, 6to4, Teredo, metadata', 'Refused with the kind of address named', 'egress-address', 'refused address forms: loopback, private, link-local, metadata, unspecified, multicast, in every spelling'),
  c('Server SSRF guard', 'Public neighbours of refused ranges', 'Allowed', 'egress-address', 'public addresses pass, including neighbours of the refused ranges'),
  c('Server SSRF guard', 'Every address of refused IPv4 ranges (property)', 'Refused as IPv4 and as IPv4-mapped IPv6', 'egress-address', 'every address in a refused IPv4 range is refused, also as IPv4-mapped IPv6'),
  c('Server SSRF guard', 'Allow-list syntax', 'Names, *.wildcards, addresses, CIDR, :port; bad entries are UserErrors', 'egress-address', 'allow-list entries: names, wildcards, addresses, networks, ports; bad entries are UserErrors'),
  c('Server SSRF guard', 'DNS names resolving to refused addresses; mixed answers', 'Refused; only a checked address is connected to', 'egress-address', 'the guard refuses names that resolve to refused addresses and returns the checked address to connect to'),
  c('Server SSRF guard', 'DNS rebinding (an answer that changes after the check)', 'One lookup per request; the socket goes to the checked address, the name only in Host', 'egress-fetch', 'connects to the checked address with the name in the Host header; DNS is asked once per request'),
  c('Server SSRF guard', 'Sitemap fetch redirected to a refused address', 'Each hop checked; refused before connecting', 'egress-fetch', 'each redirect hop is checked: allowed → refused stops before connecting'),
  c('Server SSRF guard', 'Webhook delivery to a refused address', 'Fails at once, not retried, nothing sent', 'egress-fetch', 'a webhook to a refused address fails at once, is not retried, and nothing is sent'),
  c('Server SSRF guard', 'Job targeting 127.0.0.1 (not allow-listed)', 'Job failed: "refused: 127.0.0.1 is a loopback address …"; no connection made', 'egress', 'a capture of a loopback address that is not allow-listed is refused with a clear error'),
  c('Server SSRF guard', 'Allowed page loading img/iframe/css/fetch/XHR/WebSocket/beacon from a refused address', 'Page captured; the refused server receives nothing', 'egress', 'an allow-listed host is captured; its requests to a refused address are blocked and never arrive'),
  c('Server SSRF guard', 'Redirect allowed → refused; localhost; http://2130706433/', '`blocked` rows; the next page is captured', 'egress', 'a redirect from an allowed host to a refused one, and a name that resolves to loopback, are blocked rows'),
  c('Server SSRF guard', 'Sitemap on a refused address, via redirect, <loc> on a refused address', 'Job fails with the refusal / `blocked` row', 'egress', 'sitemap fetches are guarded: a refused sitemap fails the job; a refused <loc> is a blocked row'),
  c('Server SSRF guard', 'Webhook URL on a refused address (127.0.0.1, localhost)', 'A 400 at submit naming the field and the rule; no job, nothing sent', 'egress', 'a webhook URL on a refused address is refused at submit: a 400, no job, nothing sent'),
  c('Server SSRF guard', 'Webhook name that resolves to a refused address only at delivery (DNS changed)', 'Checked again at delivery: not called, webhook_status failed', 'egress', 'a name that passed at submit and resolves to a refused address at delivery is still not called'),
  c('Server SSRF guard', '--header values and third parties', 'Sent to the target origin only', 'hostile-pages', "the page's origin receives the header; another origin (another port) never does"),
  // Server abuse
  c('Server abuse', 'Malformed JSON, wrong types, prototype-poisoning keys', '400 invalid_request naming the problem', 'server-abuse', 'every malformed or wrongly typed body is a 400 invalid_request with a message that says what is wrong'),
  c('Server abuse', 'Unknown fields, bad values', '400 naming the field', 'server-routes', 'request fields map to the settings every door shares; errors name the field'),
  c('Server abuse', 'Oversized body, non-JSON body, broken JSON', '413 / 415 / 400', 'server-routes', 'a body over the limit is a 413; a non-JSON body a 415; broken JSON a 400'),
  c('Server abuse', 'Missing or wrong key', '401', 'server-routes', '401 without a key, with a malformed header and with a wrong key'),
  c('Server abuse', "Another key's job", '404 everywhere', 'server-routes', "each key sees only its own jobs: another key's job is a 404 everywhere"),
  c('Server abuse', 'Flood of jobs', '429 with Retry-After', 'server-routes', 'a full queue answers 429 with Retry-After; a cancelled job frees its place'),
  c('Server abuse', 'Slowloris headers, dribbled bodies, health-check flood', 'Health checks and the API keep answering; requestTimeoutMs cuts slow clients off', 'server-abuse', 'hundreds of slowloris connections and dribbled bodies do not stop health checks or API answers'),
  // Credentials stay on their origin
  c('Credentials stay on their origin', 'Cross-origin redirect chain A → B → A', '--header and --cookie on both A hops; B receives neither', 'credentials-origin', 'a cross-origin 302 chain A → B → A: A receives them on both hops, B on none'),
  c('Credentials stay on their origin', '307 from the target to another origin, and the page served there', 'Nothing of them reaches B', 'credentials-origin', 'a 307 from A ending on B: nothing of them reaches B, not even from the page B serves'),
  c('Credentials stay on their origin', 'Redirect to another port of the same host', 'No header (another origin); cookies do go, as browsers send them to every port', 'credentials-origin', 'a redirect to another port of the same host: the header stays on the target origin'),
  c('Credentials stay on their origin', "CSS, image, script, iframe, fetch, XHR, beacon, a worker's fetch on another origin", "Carry none; the target's own sub-resources carry them", 'credentials-origin', "sub-resources on B (CSS, image, script, iframe, fetch, XHR, beacon, a worker's fetch) carry none; those on A carry them"),
  c('Credentials stay on their origin', 'window.open to another origin, and to the target redirecting away', 'Carry none', 'credentials-origin', 'pop-ups the page opens (to B, and to A redirecting to B) carry none'),
  c('Credentials stay on their origin', 'Service worker that would fetch another origin', 'Blocked: its script is never fetched', 'credentials-origin', 'a service worker on A that would fetch B never starts: the browser does not even load its script'),
  c('Credentials stay on their origin', 'URL list on two origins, one page slot', "Each page gets its own origin's; neither leaks to the other", 'credentials-origin', "a URL list on A and B: each page gets its own origin's credentials, and neither leaks to the other"),
  c('Credentials stay on their origin', 'Cookie without domain=, with domain=.localhost, for another domain', "Host-only for the target; a sibling subdomain gets none; the other domain's is not set", 'credentials-origin', 'a cookie with or without domain= (even .localhost) is host-only: a sibling subdomain never receives it'),
  c('Credentials stay on their origin', 'The same through the egress proxy (queue server)', 'Redirect to another origin carries nothing', 'credentials-origin', 'through the egress proxy too: a redirect from A to B carries nothing to B'),
  c('Credentials stay on their origin', 'The same with --block-ads and --dismiss-consent (Playwright routes on the page)', 'Redirect to another origin carries nothing', 'credentials-origin', 'with the ad blocker and consent routes on the page too: a redirect from A to B carries nothing to B'),
  c('Credentials stay on their origin', 'Webhook receiver answering 307 to another origin', 'Not followed, not retried: B is never contacted', 'credentials-origin', 'a receiver on A answering 307 to B: B never receives the secret header or the signature'),
  // Archive safety
  c('Archive safety', 'Hostile URLs (.., %2e%2e, backslashes, absolute, NUL, unicode) (property)', 'Entry names stay inside the extraction folder on POSIX and Windows', 'archive-safety', 'no URL yields a ZIP entry name that escapes the extraction folder (POSIX and Windows)'),
  c('Archive safety', 'The real ZIP writer and a strict reader', 'Entries accepted by yauzl strictFileNames', 'archive-safety', 'the real ZIP writer, fed names planned from hostile URLs, writes entries a strict reader accepts'),
  c('Archive safety', 'An unsafe name reaching the writer', 'Refused', 'archive-safety', 'the ZIP writer itself refuses a name that would escape, whoever made it'),
  c('Archive safety', 'Tricky URLs through the planner', 'Safe, unique names', 'plan', 'file names for tricky URLs are safe and unique'),
  // Secrets
  c('Secrets', 'CLI: header and cookie values', 'Never in stdout, stderr or the manifest', 'cli', 'secrets given as header and cookie values never reach stdout, stderr or the manifest'),
  c('Secrets', 'Action: token, webhook secret, header, cookie', 'Masked; never in logs, outputs, summary, comment, manifest or webhook body', 'action-e2e', 'a pull request run: capture, artifact, webhook, summary and a sticky comment with thumbnails'),
  c('Secrets', 'Action: masking order', 'Secrets masked before anything is printed', 'action-inputs', 'secrets are masked before anything else is printed'),
  c('Secrets', 'Renderer errors and warnings', 'No header or cookie value', 'render', 'no secrets in errors or warnings'),
  c('Secrets', 'Server API answers and job files', 'No header or cookie values; files private', 'server-routes', 'header and cookie values never appear in API answers, and job files are private'),
  c('Secrets', 'Webhook errors', 'No secret or header value', 'webhook', 'secrets and header values never appear in errors or attempt outcomes'),
  // Nothing lost
  c('Nothing lost', 'SIGTERM mid-run', 'Valid ZIP and manifest of what finished; exit non-zero', 'interrupt', 'SIGTERM writes what finished and exits non-zero'),
  c('Nothing lost', 'Server restarted mid-job', 'The next server finishes the job', 'server-restart', 'a server closed while a job is processing hands it to the next server, which completes it'),
  c('Nothing lost', 'Server crash mid-job', 'The job runs again; one interrupted too often fails', 'server-restart', 'after a crash a job left processing runs again; one interrupted too often fails instead'),
  c('Nothing lost', 'Webhook pending at shutdown', 'Sent on the next start', 'server-restart', 'a webhook not yet delivered when the server stopped is sent on the next start'),
  c('Nothing lost', 'Disk full mid-run (a real 256 KB tmpfs)', 'One line naming the ZIP and the full disk, exit 1; no file at the output path', 'cli-errors', 'a disk that fills up: one line naming the ZIP and the full disk, no file at the output path'),
  c('Nothing lost', 'Disk full with an earlier ZIP at the output path', 'The earlier ZIP is left as it was', 'cli-errors', 'a disk that fills up keeps the earlier ZIP as it was; FRAMECAP_DEBUG=1 adds the stack'),
];

async function main(): Promise<void> {
  const files = [...new Set(CASES.map((x) => x.file))];
  const results = new Map<string, 'pass' | 'fail' | 'skip'>();
  let testsRun = 0;
  let testsPassed = 0;
  const stream = run({ files, concurrency: 1 });
  stream.on('test:pass', (d: { file?: string; name: string; skip?: unknown; details?: { type?: string } }) => {
    if (d.details?.type === 'suite') return;
    const key = `${relative(process.cwd(), d.file ?? '')}::${d.name}`;
    results.set(key, d.skip ? 'skip' : 'pass');
    testsRun++;
    testsPassed++;
  });
  stream.on('test:fail', (d: { file?: string; name: string; details?: { type?: string } }) => {
    if (d.details?.type === 'suite') return;
    results.set(`${relative(process.cwd(), d.file ?? '')}::${d.name}`, 'fail');
    testsRun++;
  });
  for await (const _ of stream) { /* drain */ }

  const missing = CASES.filter((x) => !results.has(`${x.file}::${x.test}`));
  if (missing.length > 0) {
    console.error(`no test result for:\n${missing.map((x) => `  ${x.file} › ${x.test}`).join('\n')}`);
    process.exit(1);
  }
  const passed = CASES.filter((x) => results.get(`${x.file}::${x.test}`) === 'pass').length;
  const areas = [...new Set(CASES.map((x) => x.area))];
  const lines: string[] = [
    '# Reliability and security',
    '',
    'What framecap does with hostile input, and the test that proves each case.',
    'Generated by `node --import tsx scripts/reliability-table.ts`, which runs',
    'the tests below and fills in the results: edit the cases there, not here.',
    '',
    `**${CASES.length} cases tried, ${passed} passed** (${testsPassed} of ${testsRun} tests in the ${files.length} files run passed; ${new Date().toISOString().slice(0, 10)}).`,
    '',
    '| area | cases | passed |',
    '|---|---|---|',
    ...areas.map((a) => {
      const inArea = CASES.filter((x) => x.area === a);
      return `| ${a} | ${inArea.length} | ${inArea.filter((x) => results.get(`${x.file}::${x.test}`) === 'pass').length} |`;
    }),
    '',
    'The server\'s egress guard (SSRF) is described in [server.md](server.md#what-jobs-may-reach-the-egress-guard).',
  ];
  for (const area of areas) {
    lines.push('', `## ${area}`, '', '| case | what framecap does | proved by | result |', '|---|---|---|---|');
    for (const x of CASES.filter((y) => y.area === area)) {
      const r = results.get(`${x.file}::${x.test}`);
      lines.push(`| ${cell(x.what)} | ${cell(x.does)} | \`${x.file}\` › ${cell(x.test)} | ${r === 'pass' ? 'pass' : r === 'skip' ? 'skipped' : '**FAIL**'} |`);
    }
  }
  writeFileSync('docs/reliability.md', `${lines.join('\n')}\n`);
  console.log(`docs/reliability.md: ${CASES.length} cases, ${passed} passed; ${testsPassed}/${testsRun} tests passed`);
  if (passed !== CASES.length) process.exitCode = 1;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

await main();
