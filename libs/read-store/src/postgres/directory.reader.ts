import type pg from 'pg';
import { allTenantsScope, type TenantScope } from '@tongxin/tenancy';
import { ReadView } from './as-of-view.js';

export type UnitKind = 'district' | 'street' | 'community';

export interface DirectoryUnit {
  readonly unitId: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly districtId: string;
  /** Communities: the street they belong to on the date asked (by effective date of placements). */
  readonly streetId: string | null;
  readonly onboardedOn: string | null;
  readonly offboardedFrom: string | null;
}

interface UnitRow {
  unit_id: string;
  unit_kind: UnitKind;
  name: string;
  district_id: string;
  street_id: string | null;
  onboarded_on: string | null;
  offboarded_from: string | null;
}

// The street of a community on a date: its latest placement effective on or before that date.
const UNIT_COLUMNS = `u.unit_id, u.unit_kind, u.name, u.district_id, to_char(u.onboarded_on, 'YYYY-MM-DD') as onboarded_on,
  to_char(u.offboarded_from, 'YYYY-MM-DD') as offboarded_from,
  (select p.street_id from community_placements p where p.community_id = u.unit_id and p.effective_from <= $1::date
   order by p.effective_from desc, p.global_position desc limit 1) as street_id`;

const toUnit = (row: UnitRow): DirectoryUnit => ({
  unitId: row.unit_id,
  kind: row.unit_kind,
  name: row.name,
  districtId: row.district_id,
  streetId: row.street_id,
  onboardedOn: row.onboarded_on,
  offboardedFrom: row.offboarded_from,
});

/**
 * Reads the hierarchy. Authorization needs it before any tenant is known, so by default it
 * reads under the system purpose 'authorization'; views pass the caller's own scope.
 */
export class DirectoryReader {
  constructor(private readonly pool: pg.Pool) {}

  async unit(
    unitId: string,
    onDate: string,
    scope: TenantScope = allTenantsScope('authorization'),
    asOf: Date | null = null,
  ): Promise<DirectoryUnit | null> {
    const rows = await this.query(
      scope,
      `select ${UNIT_COLUMNS} from directory_units u where u.unit_id = $2`,
      [onDate, unitId],
      asOf,
    );
    return rows[0] ?? null;
  }

  async unitsOfDistrict(
    districtId: string,
    onDate: string,
    scope: TenantScope = allTenantsScope('authorization'),
    asOf: Date | null = null,
  ): Promise<DirectoryUnit[]> {
    return this.query(
      scope,
      `select ${UNIT_COLUMNS} from directory_units u where u.district_id = $2 order by u.unit_kind, u.unit_id`,
      [onDate, districtId],
      asOf,
    );
  }

  async communitiesOfStreet(
    streetId: string,
    onDate: string,
    scope: TenantScope = allTenantsScope('authorization'),
    asOf: Date | null = null,
  ): Promise<DirectoryUnit[]> {
    const rows = await this.query(
      scope,
      `select * from (select ${UNIT_COLUMNS} from directory_units u where u.unit_kind = 'community'
         and u.unit_id in (select community_id from community_placements where street_id = $2)) c
       where c.street_id = $2 order by c.unit_id`,
      [onDate, streetId],
      asOf,
    );
    return rows;
  }

  /** `asOf`: the hierarchy as recorded then (units and placements recorded later left out). */
  private async query(scope: TenantScope, sql: string, params: unknown[], asOf: Date | null): Promise<DirectoryUnit[]> {
    const result = await new ReadView(this.pool, asOf, { records: false }).run(scope, (client) =>
      client.query<UnitRow>(sql, params),
    );
    return result.rows.map(toUnit);
  }
}
