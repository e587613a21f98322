import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { invalidField } from '../common/field-errors.js';
import { JOINT_UNIT_BY_ID_SQL, JOINT_UNIT_BY_SITE_SQL } from './joint-units.sql.js';

/** How a result names its joint unit: by id, by site, or (null) not at all. */
export interface UnitReference {
  unitId?: string | null | undefined;
  unitSite?: string | undefined;
}

/** The register's joint units that operation results name (issue #16). */
@Injectable()
export class JointUnitRepository {
  /**
   * The id of the joint unit a result names, checked against the result's country: by id (any unit of the
   * country), or by site (the country's unit in force on the operation's end date). null: none named.
   * A unit of another country, or none found, is a 400 naming the field.
   */
  async resolve(tx: EntityManager, country: string, endDate: string, ref: UnitReference): Promise<string | null> {
    if (ref.unitSite !== undefined) {
      const id = await this.findBySite(tx, country, ref.unitSite, endDate);
      if (id !== null) return id;
      throw invalidField(
        'unitSite',
        `${country} has no joint unit at ${ref.unitSite} in force on ${endDate}`,
        'invalid',
        {
          value: ref.unitSite,
          country,
        },
      );
    }
    if (ref.unitId === undefined || ref.unitId === null) return null;
    const rows: { id: string; country: string }[] = await tx.query(JOINT_UNIT_BY_ID_SQL, [ref.unitId]);
    const unit = rows[0];
    if (!unit)
      throw invalidField('unitId', `no joint unit ${ref.unitId} in the register`, 'invalid', { value: ref.unitId });
    if (unit.country !== country)
      throw invalidField('unitId', `joint unit ${ref.unitId} belongs to ${unit.country}, not ${country}`, 'invalid', {
        value: ref.unitId,
        country,
      });
    return unit.id;
  }

  /**
   * The country's joint unit at `site` (any case) in force on `date`, the newest if several; null if none.
   * `linked`, the unit a result is already linked to, is kept when it is at that site, whatever its dates.
   */
  async findBySite(
    tx: EntityManager,
    country: string,
    site: string,
    date: string,
    linked: string | null = null,
  ): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(JOINT_UNIT_BY_SITE_SQL, [country, site, date, linked]);
    return rows[0]?.id ?? null;
  }
}
