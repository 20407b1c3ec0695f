// Local stand-ins, on 127.0.0.1, for the services the Action's real clients
// call: the artifact results service (Twirp) and the blob store its signed
// URL points at (Azure block blobs, as @azure/storage-blob speaks them), the
// GitHub REST API (issue comments, Git Data: blobs, trees, commits, refs),
// and a webhook receiver. They record every request, so tests check what the
// clients sent, and keep just enough state (comments, a tiny git object store)
// to answer like the real thing.

import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface StoredComment {
  id: number;
  body: string;
  issue: number;
}

type TreeEntry = { mode: string; type: 'blob' | 'tree'; sha: string };

export interface StandInOptions {
  /** Answer 403 to comment calls (a read-only token). */
  forbidComments?: boolean;
  /** Answer 403 to Git Data calls (no contents: write). */
  forbidContents?: boolean;
  /** Move the branch once, between our read and our update (another run won the race). */
  raceOnce?: boolean;
  /** Refuse CreateArtifact with this (non-retryable) status, as the service does for a name already used in the run. */
  refuseArtifacts?: number;
  /** Answer the Actions artifacts API with this status: 403 for a token without actions: read, 404 for a repository it cannot see. */
  refuseActions?: number;
  /** The repository's default branch, as GET /repos/{owner}/{repo} tells it (default "main"). */
  defaultBranch?: string;
}

/** An artifact of an earlier run, as the Actions REST API lists it; `data` is what its download serves. */
export interface ListedArtifact {
  id: number;
  name: string;
  created_at: string;
  expired?: boolean;
  head_branch: string;
  data: Buffer;
}

export interface StandIn {
  origin: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** Artifacts finalized: name → the bytes the blob store received. */
  artifacts: Map<string, { id: number; data: Buffer; create: Record<string, unknown>; finalize: Record<string, unknown> }>;
  webhooks: Array<Record<string, unknown>>;
  refs: Map<string, string>;
  blobs: Map<string, Buffer>;
  commits: Map<string, { tree: string; parents: string[]; message: string }>;
  /** Artifacts of earlier runs the REST API lists and serves (tests push into it). */
  listedArtifacts: ListedArtifact[];
  /** Every file path on a branch's tip, e.g. "pr-7/x/1001-1/01-index.jpg". */
  filesOn(branch: string): string[];
  close(): Promise<void>;
}

/** An ACTIONS_RUNTIME_TOKEN as @actions/artifact decodes it (it reads the claims, never checks a signature). */
export function runtimeToken(): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead:abc Actions.Results:run-backend-1:job-backend-1' })}.c2ln`;
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  const artifacts: StandIn['artifacts'] = new Map();
  const pendingCreates = new Map<string, Record<string, unknown>>();
  const blocks = new Map<string, Buffer>();
  const uploads = new Map<string, Buffer>();
  const webhooks: StandIn['webhooks'] = [];
  const listedArtifacts: ListedArtifact[] = [];
  const refs = new Map<string, string>();
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, Map<string, TreeEntry>>();
  const commits: StandIn['commits'] = new Map();
  let nextId = 100;
  let raced = false;
  let origin = '';

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    const data = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': data.length });
    res.end(data);
  };
  const forbidden = (res: ServerResponse): void => json(res, 403, { message: 'Resource not accessible by integration', status: '403' });

  const gitSha = (kind: string, content: Buffer): string => createHash('sha1').update(`${kind} ${content.length}\0`).update(content).digest('hex');
  const storeTree = (entries: Map<string, TreeEntry>): string => {
    const canonical = JSON.stringify([...entries].sort(([a], [b]) => a.localeCompare(b)));
    const sha = gitSha('tree', Buffer.from(canonical));
    trees.set(sha, entries);
    return sha;
  };
  /** Sets (or, with sha null, deletes) the entry at a nested path, making intermediate trees. */
  const setPath = (root: Map<string, TreeEntry>, path: string, entry: TreeEntry | null): Map<string, TreeEntry> => {
    const [head, ...rest] = path.split('/');
    const out = new Map(root);
    if (rest.length === 0) {
      if (entry) out.set(head!, entry);
      else out.delete(head!);
      return out;
    }
    const child = out.get(head!);
    const childEntries = child?.type === 'tree' ? trees.get(child.sha) ?? new Map() : new Map<string, TreeEntry>();
    out.set(head!, { mode: '040000', type: 'tree', sha: storeTree(setPath(childEntries, rest.join('/'), entry)) });
    return out;
  };
  const listFiles = (treeSha: string, prefix = ''): string[] => {
    const entries = trees.get(treeSha);
    if (!entries) return [];
    return [...entries].flatMap(([name, e]) => (e.type === 'tree' ? listFiles(e.sha, `${prefix}${name}/`) : [`${prefix}${name}`]));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    const input = (): Record<string, unknown> => (body.length ? JSON.parse(body.toString('utf8')) : {});

    // ── artifact results service (Twirp, JSON) ──
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(path);
    if (twirp && method === 'POST') {
      const call = input();
      if (twirp[1] === 'CreateArtifact') {
        if (options.refuseArtifacts) return json(res, options.refuseArtifacts, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        const key = randomUUID();
        pendingCreates.set(String(call.name), call);
        return json(res, 200, { ok: true, signed_upload_url: `${origin}/blob/devstoreaccount1/actions-results/${key}/${encodeURIComponent(String(call.name))}?sig=c3RhbmQtaW4tc2ln&se=2099-01-01` });
      }
      if (twirp[1] === 'FinalizeArtifact') {
        const name = String(call.name);
        const data = [...uploads].find(([p]) => p.endsWith(`/${encodeURIComponent(name)}`) || p.endsWith(`/${name}`))?.[1];
        if (!data) return json(res, 404, { code: 'not_found', msg: 'no upload for this artifact' });
        const id = 4242 + artifacts.size;
        artifacts.set(name, { id, data, create: pendingCreates.get(name) ?? {}, finalize: call });
        return json(res, 200, { ok: true, artifact_id: String(id) });
      }
      return json(res, 404, { code: 'bad_route', msg: `no method ${twirp[1]}` });
    }

    // ── blob store (Put Block / Put Block List / Put Blob) ──
    if (path.startsWith('/blob/') && method === 'PUT') {
      const comp = url.searchParams.get('comp');
      const headers = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'content-length': '0' };
      if (comp === 'block') {
        blocks.set(`${path}|${url.searchParams.get('blockid')}`, body);
        res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' });
        return void res.end();
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]!);
        uploads.set(path, Buffer.concat(ids.map((id) => blocks.get(`${path}|${id}`) ?? Buffer.alloc(0))));
        res.writeHead(201, headers);
        return void res.end();
      }
      uploads.set(path, body);
      res.writeHead(201, headers);
      return void res.end();
    }

    // ── webhook receiver ──
    if (path === '/hook' && method === 'POST') {
      webhooks.push(input());
      res.writeHead(204);
      return void res.end();
    }

    // ── GitHub REST: Actions artifacts of earlier runs ──
    let a = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts$/.exec(path);
    if (a && method === 'GET') {
      if (options.refuseActions) return json(res, options.refuseActions, { message: options.refuseActions === 404 ? 'Not Found' : 'Resource not accessible by integration' });
      const name = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      // Newest first, as the API lists them.
      const matching = listedArtifacts.filter((x) => name === null || x.name === name).sort((x, y) => y.created_at.localeCompare(x.created_at));
      const items = matching.slice((page - 1) * perPage, page * perPage).map((x) => ({
        id: x.id, node_id: `A_${x.id}`, name: x.name, size_in_bytes: x.data.length, url: `${origin}${path}/${x.id}`,
        archive_download_url: `${origin}${path}/${x.id}/zip`, expired: Boolean(x.expired), created_at: x.created_at, updated_at: x.created_at,
        expires_at: x.expired ? '2020-01-01T00:00:00Z' : '2099-01-01T00:00:00Z',
        workflow_run: { id: 9000 + x.id, repository_id: 1, head_repository_id: 1, head_branch: x.head_branch, head_sha: 'c'.repeat(40) },
      }));
      return json(res, 200, { total_count: matching.length, artifacts: items });
    }
    a = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/.exec(path);
    if (a && method === 'GET') {
      if (options.refuseActions) return json(res, options.refuseActions, { message: options.refuseActions === 404 ? 'Not Found' : 'Resource not accessible by integration' });
      const found = listedArtifacts.find((x) => x.id === Number(a![3]));
      if (!found) return json(res, 404, { message: 'Not Found' });
      if (found.expired) return json(res, 410, { message: 'Artifact has expired' });
      // The real API redirects to a short-lived signed blob URL on another host.
      res.writeHead(302, { location: `${origin}/artifact-blob/${found.id}?sig=c3RhbmQtaW4tc2ln&se=2099-01-01` });
      return void res.end();
    }
    a = /^\/artifact-blob\/(\d+)$/.exec(path);
    if (a && method === 'GET') {
      const found = listedArtifacts.find((x) => x.id === Number(a![1]));
      if (!found || url.searchParams.get('sig') !== 'c3RhbmQtaW4tc2ln') return json(res, 403, { message: 'AuthenticationFailed' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': found.data.length });
      return void res.end(found.data);
    }
    a = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path);
    if (a && method === 'GET') {
      return json(res, 200, { id: 1, name: a[2], full_name: `${a[1]}/${a[2]}`, default_branch: options.defaultBranch ?? 'main' });
    }

    // ── GitHub REST: issue comments ──
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (m) {
      if (options.forbidComments) return forbidden(res);
      const issue = Number(m[3]);
      if (method === 'GET') {
        return json(res, 200, comments.filter((c) => c.issue === issue).map((c) => ({ id: c.id, body: c.body, html_url: `https://github.com/${m![1]}/${m![2]}/pull/${issue}#issuecomment-${c.id}`, user: { login: 'github-actions[bot]', type: 'Bot' } })));
      }
      if (method === 'POST') {
        const c = { id: nextId++, body: String(input().body), issue };
        comments.push(c);
        return json(res, 201, { id: c.id, body: c.body, html_url: `https://github.com/${m[1]}/${m[2]}/pull/${issue}#issuecomment-${c.id}` });
      }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (m && method === 'PATCH') {
      if (options.forbidComments) return forbidden(res);
      const c = comments.find((x) => x.id === Number(m![3]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      c.body = String(input().body);
      return json(res, 200, { id: c.id, body: c.body, html_url: `https://github.com/${m[1]}/${m[2]}/pull/${c.issue}#issuecomment-${c.id}` });
    }

    // ── GitHub REST: Git Data ──
    m = /^\/repos\/[^/]+\/[^/]+\/git\/(.+)$/.exec(path);
    if (m) {
      if (options.forbidContents) return forbidden(res);
      const rest = m[1]!;
      if (rest === 'blobs' && method === 'POST') {
        const b = input();
        const data = Buffer.from(String(b.content), b.encoding === 'base64' ? 'base64' : 'utf8');
        const sha = gitSha('blob', data);
        blobs.set(sha, data);
        return json(res, 201, { sha, url: `${origin}/git/blobs/${sha}` });
      }
      if (rest === 'trees' && method === 'POST') {
        const b = input() as { base_tree?: string; tree: Array<{ path: string; mode: string; type: 'blob' | 'tree'; sha?: string | null; content?: string }> };
        if (b.base_tree && !trees.has(b.base_tree)) return json(res, 422, { message: 'base_tree not found' });
        let entries = new Map(b.base_tree ? trees.get(b.base_tree)! : []);
        for (const e of b.tree) {
          let sha = e.sha ?? null;
          if (e.content !== undefined) {
            const data = Buffer.from(e.content, 'utf8');
            sha = gitSha('blob', data);
            blobs.set(sha, data);
          }
          if (sha && !(e.type === 'blob' ? blobs.has(sha) : trees.has(sha))) return json(res, 422, { message: `${e.type} ${sha} not found` });
          entries = setPath(entries, e.path, sha ? { mode: e.mode, type: e.type, sha } : null);
        }
        return json(res, 201, { sha: storeTree(entries) });
      }
      if (rest === 'commits' && method === 'POST') {
        const b = input() as { tree: string; parents: string[]; message: string };
        const sha = gitSha('commit', Buffer.from(JSON.stringify(b) + randomUUID()));
        commits.set(sha, { tree: b.tree, parents: b.parents, message: b.message });
        return json(res, 201, { sha, tree: { sha: b.tree } });
      }
      const commit = /^commits\/([0-9a-f]{40})$/.exec(rest);
      if (commit && method === 'GET') {
        const c = commits.get(commit[1]!);
        return c ? json(res, 200, { sha: commit[1], tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })) }) : json(res, 404, { message: 'Not Found' });
      }
      const getRef = /^ref\/(heads\/.+)$/.exec(rest);
      if (getRef && method === 'GET') {
        const sha = refs.get(getRef[1]!);
        return sha ? json(res, 200, { ref: `refs/${getRef[1]}`, object: { sha, type: 'commit' } }) : json(res, 404, { message: 'Not Found' });
      }
      if (rest === 'refs' && method === 'POST') {
        const b = input() as { ref: string; sha: string };
        const name = b.ref.replace(/^refs\//, '');
        if (refs.has(name)) return json(res, 422, { message: 'Reference already exists' });
        refs.set(name, b.sha);
        return json(res, 201, { ref: b.ref, object: { sha: b.sha } });
      }
      const patchRef = /^refs\/(heads\/.+)$/.exec(rest);
      if (patchRef && method === 'PATCH') {
        const b = input() as { sha: string; force?: boolean };
        const name = patchRef[1]!;
        const current = refs.get(name);
        if (!current) return json(res, 422, { message: 'Reference does not exist' });
        if (options.raceOnce && !raced) {
          // Another run moves the branch first: our commit is no longer a fast-forward.
          raced = true;
          const other = gitSha('commit', Buffer.from(`other run ${randomUUID()}`));
          commits.set(other, { tree: commits.get(current)!.tree, parents: [current], message: 'another run' });
          refs.set(name, other);
          return json(res, 422, { message: 'Update is not a fast forward' });
        }
        if (!b.force && !commits.get(b.sha)?.parents.includes(current)) return json(res, 422, { message: 'Update is not a fast forward' });
        refs.set(name, b.sha);
        return json(res, 200, { ref: `refs/${name}`, object: { sha: b.sha } });
      }
    }
    json(res, 404, { message: `stand-in: no route for ${method} ${path}` });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://stand-in');
      requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, headers: req.headers, body });
      handle(req, res, body).catch((err: Error) => json(res, 500, { message: err.message }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    comments,
    artifacts,
    webhooks,
    listedArtifacts,
    refs,
    blobs,
    commits,
    filesOn: (branch) => {
      const head = refs.get(`heads/${branch}`);
      return head ? listFiles(commits.get(head)!.tree).sort() : [];
    },
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** A pull_request event file as the runner writes it (the parts the Action reads). */
export function pullRequestEvent(number: number, opts: { fork?: boolean } = {}): object {
  const base = 'acme/site';
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: 'a'.repeat(40), repo: { full_name: opts.fork ? 'stranger/site' : base, fork: Boolean(opts.fork) } },
      base: { repo: { full_name: base } },
    },
    repository: { full_name: base },
  };
}
