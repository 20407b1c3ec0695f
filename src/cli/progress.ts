// Progress for long runs: a redrawn bar with rate and ETA on a terminal, and
// plain periodic lines elsewhere (CI logs), so neither floods nor goes quiet.

import type { Progress } from '../core/job.ts';

export interface ProgressView {
  update(progress: Progress, discovering: boolean): void;
  /** Print a line above the bar without garbling it. */
  log(line: string): void;
  done(): void;
}

interface Out {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const PLAIN_EVERY_MS = 10_000;

export function createProgress(out: Out, enabled: boolean, now: () => number = Date.now): ProgressView {
  const started = now();
  let lastPlain = 0;
  let lastPlainEnded = -1;
  let drawn = false;
  let last: { p: Progress; discovering: boolean } | null = null;

  const stats = (p: Progress, discovering: boolean): string => {
    const ended = p.completed + p.failed;
    const secs = Math.max(0.001, (now() - started) / 1000);
    const rate = ended / secs;
    const total = discovering ? `${p.total}+` : String(p.total);
    const eta = !discovering && rate > 0 ? ` · ETA ${formatDuration((p.total - ended) / rate)}` : '';
    const failed = p.failed > 0 ? ` · ${p.failed} failed` : '';
    return `${ended}/${total} · ${rate.toFixed(1)} pages/s${failed}${eta}`;
  };

  const draw = (): void => {
    if (!last) return;
    const { p, discovering } = last;
    const width = 24;
    const ratio = p.total === 0 ? 0 : (p.completed + p.failed) / p.total;
    const filled = Math.round(ratio * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${bar} ${discovering ? '  ' : `${p.percentage}%`.padStart(4)} ${stats(p, discovering)}`;
    out.write(`\r\x1b[2K${line.slice(0, Math.max(20, (out.columns ?? 100) - 1))}`);
    drawn = true;
  };

  const clear = (): void => {
    if (drawn) out.write('\r\x1b[2K');
    drawn = false;
  };

  if (!enabled) return { update() {}, log: (l) => out.write(`${l}\n`), done() {} };

  if (out.isTTY) {
    return {
      update(p, discovering) {
        last = { p, discovering };
        draw();
      },
      log(line) {
        clear();
        out.write(`${line}\n`);
        draw();
      },
      done() {
        clear();
      },
    };
  }

  return {
    update(p, discovering) {
      const ended = p.completed + p.failed;
      const t = now();
      const finished = !discovering && ended === p.total;
      if ((t - lastPlain >= PLAIN_EVERY_MS || finished) && ended !== lastPlainEnded) {
        lastPlain = t;
        lastPlainEnded = ended;
        out.write(`progress: ${stats(p, discovering)}\n`);
      }
    },
    log: (line) => out.write(`${line}\n`),
    done() {},
  };
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
