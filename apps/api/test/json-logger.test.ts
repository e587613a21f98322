import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonLogger } from '../src/common/json-logger.js';

function capture(): { logger: JsonLogger; lines: () => Record<string, unknown>[] } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return {
    logger: new JsonLogger(stream),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('the JSON logger', () => {
  it('writes one JSON object per line, with level, time, context and message', async () => {
    const { logger, lines } = capture();
    logger.log('CPC Observatory on http://localhost:3000', 'Main');
    logger.warn('slow query', 'Analytics');
    logger.error('could not record', 'Error: boom\n    at x', 'Audit');
    await new Promise((r) => setImmediate(r));
    const [info, warn, error] = lines();
    expect(info).toMatchObject({
      level: 30,
      context: 'Main',
      msg: 'CPC Observatory on http://localhost:3000',
      service: 'cpc-observatory',
    });
    expect(Date.parse(String(info!.time))).not.toBeNaN();
    expect(warn).toMatchObject({ level: 40, context: 'Analytics', msg: 'slow query' });
    expect(error).toMatchObject({
      level: 50,
      context: 'Audit',
      msg: 'could not record',
      stack: 'Error: boom\n    at x',
    });
  });
});
