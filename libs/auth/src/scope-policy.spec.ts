import type { Principal } from './principal.js';
import { roleReaches, type TargetUnit } from './scope-policy.js';
import type { Role } from './roles.js';

const fenghuang: TargetUnit = {
  unitId: 'c-fenghuang',
  kind: 'community',
  districtId: 'd-xianan',
  streetId: 's-yongan',
};
const yongan: TargetUnit = { unitId: 's-yongan', kind: 'street', districtId: 'd-xianan', streetId: null };
const xianan: TargetUnit = { unitId: 'd-xianan', kind: 'district', districtId: 'd-xianan', streetId: null };
const furong: TargetUnit = { unitId: 'c-furong', kind: 'community', districtId: 'd-tianxin', streetId: 's-chiling' };

const who = (role: Role, scope: Principal['scope']): [Principal, Role] => [
  { subject: 'u', displayName: 'u', roles: [role], scope },
  role,
];
const reaches = ([principal, role]: [Principal, Role], unit: TargetUnit) => roleReaches(principal, role, unit);

describe('scope policy', () => {
  it('lets a district committee reach its district, streets and communities, and nothing elsewhere', () => {
    const committee = who('district-committee', { districtId: 'd-xianan' });
    expect([xianan, yongan, fenghuang].map((u) => reaches(committee, u))).toEqual([true, true, true]);
    expect(reaches(committee, furong)).toBe(false);
  });

  it('lets a street office reach its street and the communities currently on it', () => {
    const office = who('street-office', { streetId: 's-yongan' });
    expect(reaches(office, yongan)).toBe(true);
    expect(reaches(office, fenghuang)).toBe(true);
    expect(reaches(office, xianan)).toBe(false);
    // After a move takes effect the community belongs to the new street's office.
    expect(reaches(office, { ...fenghuang, streetId: 's-wenquan' })).toBe(false);
    expect(reaches(who('street-office', { streetId: 's-wenquan' }), { ...fenghuang, streetId: 's-wenquan' })).toBe(
      true,
    );
  });

  it('keeps community roles inside their community', () => {
    for (const role of ['community-admin', 'community-staff', 'grid-worker', 'party-member', 'resident'] as Role[]) {
      const member = who(role, { communityId: 'c-fenghuang' });
      expect([fenghuang, furong, yongan, xianan].map((u) => reaches(member, u))).toEqual([true, false, false, false]);
    }
  });

  it('scopes auditors by the narrowest unit they were given', () => {
    expect(reaches(who('auditor', { communityId: 'c-fenghuang' }), fenghuang)).toBe(true);
    expect(reaches(who('auditor', { communityId: 'c-fenghuang' }), yongan)).toBe(false);
    expect(reaches(who('auditor', { streetId: 's-yongan' }), fenghuang)).toBe(true);
    expect(reaches(who('auditor', { districtId: 'd-tianxin' }), furong)).toBe(true);
    expect(reaches(who('auditor', { districtId: 'd-tianxin' }), fenghuang)).toBe(false);
  });

  it('gives the platform administrator no reach into community data', () => {
    expect([xianan, yongan, fenghuang].map((u) => reaches(who('platform-admin', {}), u))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
