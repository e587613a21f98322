// psql against the app's embedded PostgreSQL (its fixed local password, see embedded-database.ts), for the
// benchmarks: statements and their timings, and a streamed session for bulk COPY.
import { execFileSync, spawn } from 'node:child_process';

const PASSWORD_ENV = { ...process.env, PGPASSWORD: 'cpc-observatory' };

function args(port) {
  return ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-qAt', '-v', 'ON_ERROR_STOP=1'];
}

/** Runs `sql` (one or more statements) and returns psql's unaligned output. */
export function psql(port, sql) {
  return execFileSync('psql', args(port), {
    input: sql,
    env: PASSWORD_ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Runs the statements `runs` times, in order, with their output discarded, and returns each run's total
 * time as psql's `\timing` measured it (send to last row received, per statement).
 */
export function timeStatements(port, statements, runs) {
  const run = statements.map((s) => `${s.trim()};`).join('\n');
  const script = `\\o /dev/null\n\\timing on\n${Array.from({ length: runs }, () => run).join('\n')}\n`;
  const times = [...psql(port, script).matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
  if (times.length !== runs * statements.length)
    throw new Error(`expected ${runs * statements.length} timings from psql, got ${times.length}`);
  return Array.from({ length: runs }, (_, r) =>
    times.slice(r * statements.length, (r + 1) * statements.length).reduce((a, b) => a + b, 0),
  );
}

/**
 * A psql session fed through its standard input: `write` text (statements, or COPY … FROM STDIN followed by
 * its rows and `\.`), then `end`. Writes wait for the pipe to drain, so that a large load streams.
 */
export function psqlSession(port) {
  const child = spawn('psql', args(port), { env: PASSWORD_ENV, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  // When psql stops on an error, the pipe breaks: `end` reports psql's own message instead.
  child.stdin.on('error', () => {});
  /** Resolves once psql exits: null when it succeeded, else its error (never rejects, so never unhandled). */
  const outcome = new Promise((resolve) => child.once('exit', resolve)).then((code) =>
    code === 0 ? null : new Error(`psql exited with ${code}: ${stderr.slice(-4000)}`),
  );
  const check = (error) => {
    if (error) throw error;
  };
  return {
    async write(text) {
      if (child.exitCode !== null) return check(await outcome);
      if (!child.stdin.write(text))
        check(await Promise.race([new Promise((r) => child.stdin.once('drain', r)), outcome]));
    },
    async end() {
      child.stdin.end();
      check(await outcome);
    },
  };
}
