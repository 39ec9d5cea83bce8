import type { EventEnvelope } from '@tongxin/kernel';
import { directoryProjection } from './directory.projection.js';

const at = (type: string, data: object, globalPosition: number) =>
  ({
    type,
    data,
    tenantId: 'd-xianan',
    globalPosition,
    recordedAt: '2026-01-02T00:00:00.000Z',
  }) as unknown as EventEnvelope;

describe('directory projection', () => {
  it('adds units, places communities on their streets, follows moves, renames and offboarding', () => {
    const changes = directoryProjection.project([
      at('DistrictRegistered', { districtId: 'd-xianan', name: '咸安区' }, 1),
      at('StreetRegistered', { streetId: 's-yongan', name: '永安办事处' }, 2),
      at(
        'CommunityOnboarded',
        { communityId: 'c-fenghuang', name: '凤凰社区', streetId: 's-yongan', onboardedOn: '2018-07-01' },
        3,
      ),
      at(
        'CommunityMovedToStreet',
        { communityId: 'c-fenghuang', fromStreetId: 's-yongan', toStreetId: 's-wenquan', effectiveFrom: '2026-01-01' },
        4,
      ),
      at('CommunityRenamed', { communityId: 'c-fenghuang', previousName: '凤凰社区', name: '凤凰新社区' }, 5),
      at('CommunityOffboarded', { communityId: 'c-fenghuang', reason: '撤并', effectiveFrom: '2026-06-30' }, 6),
      at('RequestRaised', { anything: true }, 7),
    ]);
    expect(changes.map((c) => c.kind)).toEqual([
      'unit-added',
      'unit-added',
      'unit-added',
      'community-placed',
      'community-placed',
      'unit-renamed',
      'community-offboarded',
    ]);
    expect(changes[2]).toMatchObject({
      unitId: 'c-fenghuang',
      unitKind: 'community',
      districtId: 'd-xianan',
      streetId: 's-yongan',
    });
    expect(changes[4]).toMatchObject({
      communityId: 'c-fenghuang',
      streetId: 's-wenquan',
      effectiveFrom: '2026-01-01',
      position: 4,
    });
  });
});
