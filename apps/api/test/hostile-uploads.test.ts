import { deflateRawSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/** A ZIP with one deflated entry, whose central directory may declare another uncompressed size. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

const ROUTES = ['/api/assessments/import', '/api/operations/import'];

describe('hostile uploads get a clear 4xx, write nothing and leave the app healthy', () => {
  let t: TestApp;
  let analyst: string;
  beforeAll(async () => {
    t = await startTestApp();
    analyst = await t.tokenFor('analyst');
  });
  afterAll(() => t.close());

  const upload = (route: string, file: Buffer, name: string) =>
    request(t.app.getHttpServer()).post(route).set('Authorization', `Bearer ${analyst}`).attach('file', file, name);

  async function expectUntouched(): Promise<void> {
    const { rows } = await t.db.query<{ n: number }>(
      'SELECT ((SELECT count(*) FROM assessments) + (SELECT count(*) FROM operations))::int AS n',
    );
    expect(rows[0]!.n).toBe(0);
    await request(t.app.getHttpServer()).get('/api/health').expect(200);
  }

  it.each(ROUTES)('%s: a zip bomb as XLSX (150 MB of zeros in 150 KB) → 413 before unpacking', async (route) => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(150 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(route, bomb, 'bomb.xlsx').expect(413);
    expect(res.body.message).toMatch(/^file: the workbook unpacks to 150 MB from \d+(\.\d)? KB/);
    await expectUntouched();
  });

  it.each(ROUTES)('%s: a ZIP that declares 600 MB unpacked → 413', async (route) => {
    const liar = zipOf('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>'), 600 * 1024 * 1024);
    await upload(route, liar, 'liar.xlsx').expect(413);
    await expectUntouched();
  });

  it.each(ROUTES)('%s: a damaged ZIP → 400', async (route) => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const res = await upload(route, broken, 'broken.xlsx').expect(400);
    expect(res.body.message).toMatch(/^file: /);
    await expectUntouched();
  });

  it.each(ROUTES)('%s: a CSV with 1,000,000 columns → 413 naming the limit', async (route) => {
    const wide = Buffer.from(`${'x,'.repeat(999_999)}x\n1\n`);
    const res = await upload(route, wide, 'wide.csv').expect(413);
    expect(res.body.message).toBe('file: row 1 has 1000000 columns; at most 1000');
    await expectUntouched();
  });

  it.each(ROUTES)('%s: an image sent as a spreadsheet → 415', async (route) => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    await upload(route, png, 'picture.png').expect(415);
    await expectUntouched();
  });

  it('an operations file over 64 MB → 413', async () => {
    const big = Buffer.alloc(64 * 1024 * 1024 + 1, 'a');
    const res = await upload('/api/operations/import', big, 'big.csv').expect(413);
    expect(res.body.message).toMatch(/^file: the file is larger than the upload limit/);
    await expectUntouched();
  });
});
