/**
 * A few concurrent clients mixing reads and writes against a running app, recording every answer: when it
 * was sent, how long it took, its status, and for a write that succeeded, the operation code it created.
 */
import { WCO_MATURITY_PATH } from '../support/product.js';

/** Longer than any answer the tests accept, so that a hang is recorded as one rather than waited out. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface Answer {
  client: number;
  kind: 'read' | 'write';
  sentAt: number;
  doneAt: number;
  /** 0 when no HTTP answer came: the connection was refused or reset, or the request timed out. */
  status: number;
  /** The error of a request that got no answer, or the body of one that was not a 2xx. */
  detail: string;
  /** For a write: the code of the operation it asked to create. */
  code?: string;
}

export interface Load {
  readonly answers: Answer[];
  /** Operation codes whose creation was answered with a 2xx. */
  readonly created: Set<string>;
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<void>;
}

let run = 0;

/** Starts `clients` loops of GET maturity, GET operations and POST operations (one write in three). */
export function startLoad(baseUrl: string, token: string, clients = 4): Load {
  const prefix = `REL-${process.pid}-${++run}`;
  const answers: Answer[] = [];
  const created = new Set<string>();
  let running = true;
  const loop = async (client: number) => {
    for (let i = 0; running; i++) {
      const kind = i % 3 === 2 ? 'write' : 'read';
      const code = kind === 'write' ? `${prefix}-${client}-${i}` : undefined;
      const answer = await send(baseUrl, token, client, i, code);
      answers.push(answer);
      if (code !== undefined && answer.status >= 200 && answer.status < 300) created.add(code);
      // A client whose requests fail at once would otherwise spin; real clients back off a little too.
      if (answer.status === 0 || answer.status >= 500) await new Promise((r) => setTimeout(r, 50));
    }
  };
  const loops = Array.from({ length: clients }, (_, client) => loop(client));
  return {
    answers,
    created,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function send(baseUrl: string, token: string, client: number, i: number, code?: string): Promise<Answer> {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const init: RequestInit =
    code === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(newOperation(code)) };
  const path = code !== undefined ? '/api/operations' : i % 3 === 0 ? WCO_MATURITY_PATH : '/api/operations?limit=20';
  const sentAt = Date.now();
  const kind = code === undefined ? 'read' : 'write';
  try {
    const res = await fetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await res.text();
    const detail = res.ok ? '' : body.slice(0, 300);
    return { client, kind, sentAt, doneAt: Date.now(), status: res.status, detail, ...(code ? { code } : {}) };
  } catch (e) {
    const detail = String((e as Error).cause ?? e);
    return { client, kind, sentAt, doneAt: Date.now(), status: 0, detail, ...(code ? { code } : {}) };
  }
}

function newOperation(code: string) {
  return {
    code,
    name: `Reliability ${code}`,
    programme: 'wco',
    lead: 'wco',
    activities: ['interception'],
    startDate: '2025-03-01',
    endDate: '2025-03-20',
    countries: ['FRA', 'DEU'],
  };
}

/** "status: count" for error messages. */
export function statusCounts(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

/**
 * For error messages: the errors the app logged, then the end of its output (its log of failed queries
 * under load runs to megabytes).
 */
export function tail(output: string, chars = 4_000): string {
  const errors = output
    .split('\n')
    .filter((line) => line.includes('"level":50'))
    .slice(0, 5)
    .map((line) => line.slice(0, 2_000));
  const end = output.length <= chars ? output : `…${output.slice(-chars)}`;
  return `--- errors logged ---\n${errors.join('\n')}\n--- end of output ---\n${end}`;
}
