import { given } from '../shared/given.js';
import { fold } from '../shared/decider.js';
import type { RegistryEvent } from './registry.events.js';
import { registryDecider } from './registry.decider.js';

const xianan: RegistryEvent = { type: 'DistrictRegistered', data: { districtId: 'd-xianan', name: '咸安区' } };
const yongan: RegistryEvent = { type: 'StreetRegistered', data: { streetId: 's-yongan', name: '永安办事处' } };
const wenquan: RegistryEvent = { type: 'StreetRegistered', data: { streetId: 's-wenquan', name: '温泉办事处' } };
const fenghuang: RegistryEvent = {
  type: 'CommunityOnboarded',
  data: { communityId: 'c-fenghuang', name: '凤凰社区', streetId: 's-yongan', onboardedOn: '2018-07-01' },
};
const registry = (history: RegistryEvent[]) => given(registryDecider, history);

describe('registry: register a district', () => {
  it('registers a new district', () => {
    registry([]).when({ kind: 'RegisterDistrict', districtId: 'd-xianan', name: '咸安区' }).then([xianan]);
  });
  it('refuses a second registration', () => {
    registry([xianan])
      .when({ kind: 'RegisterDistrict', districtId: 'd-xianan', name: '咸安区' })
      .thenThrows('DISTRICT_ALREADY_REGISTERED');
  });
  it('refuses an id without the district prefix', () => {
    registry([])
      .when({ kind: 'RegisterDistrict', districtId: 'xianan', name: '咸安区' })
      .thenThrows('INVALID_UNIT_ID', { field: 'districtId' });
  });
});

describe('registry: register a street', () => {
  it('registers a street in a registered district', () => {
    registry([xianan]).when({ kind: 'RegisterStreet', streetId: 's-yongan', name: ' 永安办事处 ' }).then([yongan]);
  });
  it('refuses a street before the district exists', () => {
    registry([])
      .when({ kind: 'RegisterStreet', streetId: 's-yongan', name: '永安办事处' })
      .thenThrows('DISTRICT_NOT_FOUND');
  });
  it('refuses a duplicate street', () => {
    registry([xianan, yongan])
      .when({ kind: 'RegisterStreet', streetId: 's-yongan', name: '永安' })
      .thenThrows('STREET_ALREADY_REGISTERED');
  });
});

describe('registry: onboard a community', () => {
  it('onboards a community under a registered street', () => {
    registry([xianan, yongan])
      .when({
        kind: 'OnboardCommunity',
        communityId: 'c-fenghuang',
        name: '凤凰社区',
        streetId: 's-yongan',
        onboardedOn: '2018-07-01',
      })
      .then([fenghuang]);
  });
  it('refuses an unknown street', () => {
    registry([xianan])
      .when({
        kind: 'OnboardCommunity',
        communityId: 'c-fenghuang',
        name: '凤凰社区',
        streetId: 's-yongan',
        onboardedOn: '2018-07-01',
      })
      .thenThrows('STREET_NOT_FOUND', { field: 'streetId' });
  });
  it('refuses a community onboarded twice and an impossible date', () => {
    registry([xianan, yongan, fenghuang])
      .when({
        kind: 'OnboardCommunity',
        communityId: 'c-fenghuang',
        name: '凤凰社区',
        streetId: 's-yongan',
        onboardedOn: '2018-07-01',
      })
      .thenThrows('COMMUNITY_ALREADY_ONBOARDED');
    registry([xianan, yongan])
      .when({
        kind: 'OnboardCommunity',
        communityId: 'c-nanmen',
        name: '南门社区',
        streetId: 's-yongan',
        onboardedOn: '2018-02-30',
      })
      .thenThrows('INVALID_DATE', { field: 'onboardedOn' });
  });
});

describe('registry: ranking policy (红黑榜)', () => {
  it('sets weights summing to 100 and a minimum sample', () => {
    registry([xianan])
      .when({
        kind: 'SetRankingPolicy',
        responseWeight: 20,
        resolutionWeight: 40,
        satisfactionWeight: 40,
        minimumRequests: 5,
      })
      .then([
        {
          type: 'RankingPolicySet',
          data: { responseWeight: 20, resolutionWeight: 40, satisfactionWeight: 40, minimumRequests: 5 },
        },
      ]);
    registry([xianan])
      .when({
        kind: 'SetRankingPolicy',
        responseWeight: 30,
        resolutionWeight: 30,
        satisfactionWeight: 30,
        minimumRequests: 5,
      })
      .thenThrows('INVALID_WEIGHTS');
    registry([xianan])
      .when({
        kind: 'SetRankingPolicy',
        responseWeight: 30,
        resolutionWeight: 35,
        satisfactionWeight: 35,
        minimumRequests: 0,
      })
      .thenThrows('INVALID_MINIMUM');
  });
});

describe('registry: published rankings', () => {
  it("freezes a month's ranking once", () => {
    const ranking = { ranked: [], insufficientData: [] };
    registry([xianan])
      .when({ kind: 'PublishRanking', month: '2026-10', ranking })
      .then([{ type: 'RankingPublished', data: { month: '2026-10', ranking } }]);
    registry([xianan, { type: 'RankingPublished', data: { month: '2026-10', ranking } }])
      .when({ kind: 'PublishRanking', month: '2026-10', ranking })
      .thenThrows('RANKING_ALREADY_PUBLISHED');
    registry([xianan]).when({ kind: 'PublishRanking', month: '2026-13', ranking }).thenThrows('INVALID_MONTH');
  });
});

describe('registry: move, rename, offboard', () => {
  it('moves a community to another street from an effective date', () => {
    registry([xianan, yongan, wenquan, fenghuang])
      .when({ kind: 'MoveCommunity', communityId: 'c-fenghuang', toStreetId: 's-wenquan', effectiveFrom: '2026-01-01' })
      .then([
        {
          type: 'CommunityMovedToStreet',
          data: {
            communityId: 'c-fenghuang',
            fromStreetId: 's-yongan',
            toStreetId: 's-wenquan',
            effectiveFrom: '2026-01-01',
          },
        },
      ]);
  });
  it('refuses a move to the street it is already in', () => {
    registry([xianan, yongan, fenghuang])
      .when({ kind: 'MoveCommunity', communityId: 'c-fenghuang', toStreetId: 's-yongan', effectiveFrom: '2026-01-01' })
      .thenThrows('ALREADY_IN_STREET');
  });
  it('renames with the previous name recorded, and refuses an unchanged name', () => {
    registry([xianan, yongan, fenghuang])
      .when({ kind: 'RenameCommunity', communityId: 'c-fenghuang', name: '凤凰新社区' })
      .then([
        {
          type: 'CommunityRenamed',
          data: { communityId: 'c-fenghuang', previousName: '凤凰社区', name: '凤凰新社区' },
        },
      ]);
    registry([xianan, yongan, fenghuang])
      .when({ kind: 'RenameCommunity', communityId: 'c-fenghuang', name: '凤凰社区' })
      .thenThrows('NAME_UNCHANGED');
  });
  it('offboards with a reason, then refuses further changes', () => {
    const offboarded: RegistryEvent = {
      type: 'CommunityOffboarded',
      data: { communityId: 'c-fenghuang', reason: '撤并', effectiveFrom: '2026-06-30' },
    };
    registry([xianan, yongan, fenghuang])
      .when({ kind: 'OffboardCommunity', communityId: 'c-fenghuang', reason: ' 撤并 ', effectiveFrom: '2026-06-30' })
      .then([offboarded]);
    registry([xianan, yongan, fenghuang])
      .when({ kind: 'OffboardCommunity', communityId: 'c-fenghuang', reason: ' ', effectiveFrom: '2026-06-30' })
      .thenThrows('REASON_REQUIRED');
    registry([xianan, yongan, wenquan, fenghuang, offboarded])
      .when({ kind: 'MoveCommunity', communityId: 'c-fenghuang', toStreetId: 's-wenquan', effectiveFrom: '2026-07-01' })
      .thenThrows('COMMUNITY_OFFBOARDED');
  });
  it('refuses changes to an unknown community', () => {
    registry([xianan, yongan])
      .when({ kind: 'RenameCommunity', communityId: 'c-nowhere', name: '无名社区' })
      .thenThrows('COMMUNITY_NOT_FOUND');
  });
  it('evolves the current street after a move', () => {
    const state = fold(registryDecider, [
      xianan,
      yongan,
      wenquan,
      fenghuang,
      {
        type: 'CommunityMovedToStreet',
        data: {
          communityId: 'c-fenghuang',
          fromStreetId: 's-yongan',
          toStreetId: 's-wenquan',
          effectiveFrom: '2026-01-01',
        },
      },
    ]);
    expect(state.communities.get('c-fenghuang')).toEqual({
      name: '凤凰社区',
      streetId: 's-wenquan',
      onboardedOn: '2018-07-01',
      active: true,
    });
  });
});
