import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFERENCING } from './1795789000000-maturity-cells.js';
import { stubRefresh } from './1795794000000-action-facts.js';

/** Each breakdown's table, its key and value columns, and the arrays that replace them on `assessment_scores`. */
const BREAKDOWNS = [
  {
    table: 'assessment_dimension_scores',
    pk: 'PK_dimension_scores',
    fk: 'fk_dimension_scores_assessment',
    check: ['ck_dimension_scores_range', `"score" BETWEEN 0 AND 100`],
    key: 'dimension',
    value: 'score',
    codes: 'dimension_codes',
    values: 'dimension_scores',
    max: 100,
    arraysCheck: 'ck_assessment_scores_dimensions',
  },
  {
    table: 'assessment_item_points',
    pk: 'PK_item_points',
    fk: 'fk_item_points_assessment',
    check: ['ck_item_points_range', `"points" BETWEEN 0 AND 1`],
    key: 'code',
    value: 'points',
    codes: 'item_codes',
    values: 'item_points',
    max: 1,
    arraysCheck: 'ck_assessment_scores_items',
  },
] as const;

/**
 * An assessment's dimension scores and item points under a methodology version are kept on its score row, as
 * two pairs of arrays (codes, numbers), instead of a row each in two tables: they are always written and
 * removed with the score. A 5,000-assessment import wrote 193,000 item rows and 60,000 dimension rows, each
 * with its foreign-key check, about a quarter of the import's time; it now writes 10,000 score rows.
 */
export class ScoreBreakdownsInline1795806000000 implements MigrationInterface {
  name = 'ScoreBreakdownsInline1795806000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "assessment_scores" ADD "dimension_codes" text array, ADD "dimension_scores" double precision array, ADD "item_codes" text array, ADD "item_points" double precision array`,
    );
    const arrays = BREAKDOWNS.flatMap((b) =>
      [
        [b.codes, b.key],
        [b.values, b.value],
      ].map(
        ([column, source]) =>
          `"${column}" = ARRAY(SELECT b.${source} FROM ${b.table} b WHERE b.assessment_id = s.assessment_id AND b.methodology = s.methodology ORDER BY b.${b.key})`,
      ),
    );
    await queryRunner.query(`UPDATE "assessment_scores" s SET ${arrays.join(', ')}`);
    for (const b of BREAKDOWNS) {
      await queryRunner.query(
        `ALTER TABLE "assessment_scores" ALTER "${b.codes}" SET NOT NULL, ALTER "${b.values}" SET NOT NULL`,
      );
      await queryRunner.query(`DROP TABLE "${b.table}"`);
      await queryRunner.query(
        `ALTER TABLE "assessment_scores" ADD CONSTRAINT "${b.arraysCheck}" CHECK (${breakdownCheck(b.codes, b.values, b.max)})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    for (const b of BREAKDOWNS) {
      await queryRunner.query(
        `CREATE TABLE "${b.table}" ("assessment_id" uuid NOT NULL, "${b.key}" text NOT NULL, "${b.value}" double precision NOT NULL, "methodology" text NOT NULL, CONSTRAINT "${b.check[0]}" CHECK (${b.check[1]}), CONSTRAINT "${b.pk}" PRIMARY KEY ("assessment_id", "methodology", "${b.key}"))`,
      );
      await queryRunner.query(
        `ALTER TABLE "${b.table}" ADD CONSTRAINT "${b.fk}" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `INSERT INTO "${b.table}" (assessment_id, methodology, ${b.key}, ${b.value})
         SELECT s.assessment_id, s.methodology, x.k, x.v FROM assessment_scores s, unnest(s.${b.codes}, s.${b.values}) AS x(k, v)`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "trg_${b.table}_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${b.table}" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
      );
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await queryRunner.query(
          `CREATE TRIGGER "trg_${b.table}_queue_${event.toLowerCase()}" AFTER ${event} ON "${b.table}" REFERENCING ${REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION queue_countries_of_assessments()`,
        );
      await queryRunner.query(`ALTER TABLE "assessment_scores" DROP CONSTRAINT "${b.arraysCheck}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "assessment_scores" DROP COLUMN "dimension_codes", DROP COLUMN "dimension_scores", DROP COLUMN "item_codes", DROP COLUMN "item_points"`,
    );
  }
}

/** A code for each number, neither missing, and every number between 0 and `max` (the entity states the same, by name). */
function breakdownCheck(codes: string, values: string, max: number): string {
  return `cardinality("${codes}") = cardinality("${values}") AND array_position("${codes}", NULL) IS NULL AND array_position("${values}", NULL) IS NULL AND 0 <= ALL("${values}") AND ${max} >= ALL("${values}")`;
}
