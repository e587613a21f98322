import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let alice: Client;
let bob: Client;

beforeAll(async () => {
  t = await startTestApp();
  // Two coordinators of the same country, editing the same draft from two browsers.
  alice = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  bob = await clientFor(t, { role: 'coordinator', country: 'FRA' });
});
afterAll(() => t.close());

describe('two clients saving the same draft at the same version', () => {
  it('exactly one wins; the other gets 409 with the current version, re-reads and re-applies; nothing is lost', async () => {
    const created = await alice.post('/api/assessments').send({ country: 'FRA', year: 2025, answers: {} }).expect(201);
    const id = created.body.id as string;
    let version = 1;
    for (let round = 0; round < 10; round++) {
      const aliceAnswers = { ...(await alice.get(`/api/assessments/${id}`)).body.answers, 'A.2.1': 'yes' };
      const bobAnswers = { ...(await bob.get(`/api/assessments/${id}`)).body.answers, 'A.13': 'partial' };
      const [a, b] = await Promise.all([
        alice.patch(`/api/assessments/${id}`).send({ answers: aliceAnswers, version }),
        bob.patch(`/api/assessments/${id}`).send({ answers: bobAnswers, version }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(winner.body.version).toBe(version + 1);
      expect(loser.body).toMatchObject({ statusCode: 409, currentVersion: version + 1 });
      // The winner's answers are what is stored.
      const stored = (await alice.get(`/api/assessments/${id}`)).body as { answers: object; version: number };
      expect(stored.answers).toEqual(winner.body.answers);
      // The loser re-reads, applies its own change on top, and saves at the current version.
      const mine = loser === a ? { 'A.2.1': 'yes' } : { 'A.13': 'partial' };
      const retried = await (loser === a ? alice : bob)
        .patch(`/api/assessments/${id}`)
        .send({ answers: { ...stored.answers, ...mine }, version: stored.version })
        .expect(200);
      version = retried.body.version;
      expect(version).toBe(stored.version + 1);
      expect(retried.body.answers).toMatchObject({ 'A.2.1': 'yes', 'A.13': 'partial' });
      await alice.patch(`/api/assessments/${id}`).send({ answers: {}, version }).expect(200);
      version += 1;
    }
    // Every successful save left exactly one history line: created + 10 × (winner, retry, reset).
    const history = (await alice.get(`/api/assessments/${id}/history`)).body.revisions;
    expect(history).toHaveLength(1 + 10 * 3);
    expect(history.map((r: { revision: number }) => r.revision)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });
});

describe('twenty clients saving the same draft at the same version', () => {
  it('each round exactly one wins and the others get 409 with the current version; the last winner is stored', async () => {
    const WRITERS = 20;
    const ROUNDS = 5;
    const created = await alice.post('/api/assessments').send({ country: 'FRA', year: 2024, answers: {} }).expect(201);
    const id = created.body.id as string;
    let winnerAnswers: object = {};
    for (let round = 1; round <= ROUNDS; round++) {
      // Each writer saves answers of its own, so that whose save was stored can be told apart.
      const answersOf = (writer: number) => ({
        'A.7.1': 'organised_crime',
        'A.7.2': `Writer ${writer}, round ${round}.`,
      });
      const responses = await Promise.all(
        Array.from({ length: WRITERS }, (_, writer) =>
          (writer % 2 === 0 ? alice : bob)
            .patch(`/api/assessments/${id}`)
            .send({ answers: answersOf(writer), version: round }),
        ),
      );
      const winners = responses.filter((r) => r.status === 200);
      const losers = responses.filter((r) => r.status !== 200);
      expect(winners, `round ${round}: ${responses.map((r) => r.status).join(' ')}`).toHaveLength(1);
      expect(winners[0]!.body.version).toBe(round + 1);
      for (const loser of losers) {
        expect(loser.status).toBe(409);
        expect(loser.body).toMatchObject({ statusCode: 409, currentVersion: round + 1 });
      }
      winnerAnswers = winners[0]!.body.answers as object;
      expect(winnerAnswers).toMatchObject({
        'A.7.2': expect.stringMatching(new RegExp(`^Writer \\d+, round ${round}\\.$`)),
      });
      // What is stored is the winner's save, whole: no loser's answers mixed in.
      expect((await alice.get(`/api/assessments/${id}`).expect(200)).body.answers).toEqual(winnerAnswers);
    }
    const stored = (await alice.get(`/api/assessments/${id}`).expect(200)).body as { answers: object; version: number };
    expect(stored.version).toBe(ROUNDS + 1);
    expect(stored.answers).toEqual(winnerAnswers);
    const history = (await alice.get(`/api/assessments/${id}/history`)).body.revisions;
    expect(history, 'one history line per successful save').toHaveLength(1 + ROUNDS);
  });
});
