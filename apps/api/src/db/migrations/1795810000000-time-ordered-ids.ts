import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose id PostgreSQL generates. */
const TABLES = [
  'actions',
  'assessments',
  'country_disclosure_history',
  'instruments',
  'membership_changes',
  'operation_results',
  'operations',
  'sessions',
  'users',
];

/**
 * A UUID of version 7 (RFC 9562): the Unix time in milliseconds in the first 48 bits, then the version (7),
 * random bits, the variant and random bits again, taken from a random UUID (version 4, whose variant is the
 * same). PostgreSQL 18 has `uuidv7()`; the app also runs on older servers.
 */
const UUID_V7_FUNCTION = `
  CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
    SELECT encode(
      set_bit(set_bit(
        overlay(uuid_send(gen_random_uuid())
          PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6),
        52, 1), 53, 1),
      'hex')::uuid
  $$`;

/**
 * New records get time-ordered ids: rows created together sit together in every index on their id (or led by
 * it, as the seizures' and the scores' keys are), so a bulk import appends to those indexes rather than
 * touching pages all over them. Existing ids stay as they are.
 */
export class TimeOrderedIds1795810000000 implements MigrationInterface {
  name = 'TimeOrderedIds1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UUID_V7_FUNCTION);
    for (const table of TABLES)
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "id" SET DEFAULT uuid_v7()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(`DROP FUNCTION uuid_v7()`);
  }
}
