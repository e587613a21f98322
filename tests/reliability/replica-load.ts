/**
 * Concurrent writers and readers against several instances of the app, recording every request (which
 * instance, when, with what status) and every write acknowledged with a 2xx, for checking against the primary.
 */
import { DIMENSIONS, WORKED_EXAMPLE_ANSWERS } from '@cpc/domain';

const REQUEST_TIMEOUT_MS = 15_000;
/** The overall index (no dimension), then each dimension. */
const MATURITY_DIMENSIONS: (string | undefined)[] = [undefined, ...DIMENSIONS];
/** Each writer files its country's assessments from this year down, one a year. */
const NEWEST_YEAR = 2026;
const OLDEST_YEAR = 2010;

export interface Target {
  name: string;
  baseUrl: string;
  /** The admin's token, for reads and operations. */
  token: string;
}

/** A writer: a coordinator of its own country, on one instance. */
export interface Writer {
  target: Target;
  country: string;
  coordinatorToken: string;
}

export interface Sent {
  instance: string;
  kind: 'read' | 'write';
  path: string;
  sentAt: number;
  doneAt: number;
  /** 0 when no HTTP answer came (refused, reset, timed out). */
  status: number;
  detail: string;
}

/** Writes answered with a 2xx. */
export interface Acknowledged {
  /** Assessment id → its country and year, and whether its submission was acknowledged too. */
  assessments: Map<string, { country: string; year: number; submitted: boolean }>;
  /** Operation code → id. */
  operations: Map<string, string>;
  /** Results: operation id and country, with the arrests sent. */
  results: { operationId: string; country: string; arrests: number }[];
}

/**
 * The i-th read: maturity (by year span and dimension) and operations in turn, over more distinct queries than
 * the analytics cache holds, so that reads keep reaching the database when no write invalidates the cache.
 */
export function readPath(i: number): string {
  const k = (i * 7919) % 720;
  const from = 1990 + (k % 36);
  if (i % 2 === 1) return `/api/analytics/operations?grouping=wco&from=${from}&to=2026`;
  const dimension = MATURITY_DIMENSIONS[Math.floor(k / 72)];
  const to = 2025 + (Math.floor(k / 36) % 2);
  return `/api/analytics/maturity?grouping=wco&from=${from}&to=${to}${dimension ? `&dimension=${dimension}` : ''}`;
}

const ok = (status: number) => status >= 200 && status < 300;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ReplicaLoad {
  readonly sent: Sent[] = [];
  readonly acknowledged: Acknowledged = { assessments: new Map(), operations: new Map(), results: [] };
  private writing = true;
  private reading = true;
  private readonly writers: Promise<void>[] = [];
  private readonly readers: Promise<void>[] = [];

  write(writer: Writer, loop: number): void {
    this.writers.push(this.writeLoop(writer, loop));
  }

  read(target: Target, readers: number): void {
    for (let i = 0; i < readers; i++) this.readers.push(this.readLoop(target, i));
  }

  async stopWriting(): Promise<void> {
    this.writing = false;
    await Promise.all(this.writers);
  }

  async stopReading(): Promise<void> {
    this.reading = false;
    await Promise.all(this.readers);
  }

  private async writeLoop(writer: Writer, loop: number): Promise<void> {
    for (let i = 0, year = NEWEST_YEAR; this.writing; i++) {
      const done =
        i % 2 === 0 && year >= OLDEST_YEAR
          ? await this.fileAssessment(writer, year--)
          : await this.runOperation(writer, `${loop}-${i}`, i);
      if (!done) await sleep(50);
    }
  }

  private async readLoop(target: Target, reader: number): Promise<void> {
    for (let i = 0; this.reading; i++) {
      const { status } = await this.send(target, target.token, 'read', 'GET', readPath(i + reader * 371));
      if (!ok(status)) await sleep(50);
    }
  }

  /** Creates its country's assessment of `year` and submits it; false when a request failed. */
  private async fileAssessment(writer: Writer, year: number): Promise<boolean> {
    const { target, country, coordinatorToken: token } = writer;
    const body = { country, year, answers: WORKED_EXAMPLE_ANSWERS };
    const created = await this.send(target, token, 'write', 'POST', '/api/assessments', body);
    if (!ok(created.status)) return false;
    const { id, version } = created.json as { id: string; version: number };
    this.acknowledged.assessments.set(id, { country, year, submitted: false });
    const submitted = await this.send(target, token, 'write', 'POST', `/api/assessments/${id}/submit`, { version });
    if (ok(submitted.status)) this.acknowledged.assessments.set(id, { country, year, submitted: true });
    return ok(submitted.status);
  }

  /** Creates an operation ending in 2025 and the writer's country's result; false when a request failed. */
  private async runOperation(writer: Writer, suffix: string, i: number): Promise<boolean> {
    const { target, country } = writer;
    const code = `REPL-${target.name}-${suffix}`;
    const operation = {
      code,
      name: `Replicas ${code}`,
      programme: 'wco',
      lead: 'wco',
      activities: ['interception'],
      startDate: '2025-03-01',
      endDate: '2025-03-20',
      countries: [country],
    };
    const created = await this.send(target, target.token, 'write', 'POST', '/api/operations', operation);
    if (!ok(created.status)) return false;
    const { id } = created.json as { id: string };
    this.acknowledged.operations.set(code, id);
    const arrests = 1 + (i % 7);
    const result = {
      country,
      unitType: 'joint_team',
      unitName: 'Replicas',
      arrests,
      investigationsOpened: 0,
      controlledDeliveries: 0,
      personsChecked: 0,
    };
    const answered = await this.send(target, target.token, 'write', 'POST', `/api/operations/${id}/results`, result);
    if (ok(answered.status)) this.acknowledged.results.push({ operationId: id, country, arrests });
    return ok(answered.status);
  }

  private async send(
    target: Target,
    token: string,
    kind: Sent['kind'],
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const sentAt = Date.now();
    const record = (status: number, detail: string) =>
      this.sent.push({ instance: target.name, kind, path, sentAt, doneAt: Date.now(), status, detail });
    try {
      const res = await fetch(`${target.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      record(res.status, ok(res.status) ? '' : text.slice(0, 300));
      return { status: res.status, json: ok(res.status) ? (JSON.parse(text) as unknown) : null };
    } catch (e) {
      record(0, String((e as Error).cause ?? e));
      return { status: 0, json: null };
    }
  }
}
