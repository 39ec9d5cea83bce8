import type { RegistryEvent } from './registry.events.js';

export interface CommunityEntry {
  readonly name: string;
  readonly streetId: string;
  readonly onboardedOn: string;
  readonly active: boolean;
}

export interface RegistryState {
  readonly districtId: string | null;
  readonly name: string | null;
  readonly streets: ReadonlyMap<string, { readonly name: string }>;
  readonly communities: ReadonlyMap<string, CommunityEntry>;
  readonly publishedRankings: ReadonlySet<string>;
}

export const initialRegistryState: RegistryState = {
  districtId: null,
  name: null,
  streets: new Map(),
  communities: new Map(),
  publishedRankings: new Set(),
};

function withCommunity(
  state: RegistryState,
  id: string,
  change: (entry: CommunityEntry) => CommunityEntry,
): RegistryState {
  const entry = state.communities.get(id);
  if (!entry) return state;
  return { ...state, communities: new Map(state.communities).set(id, change(entry)) };
}

export function evolveRegistry(state: RegistryState, event: RegistryEvent): RegistryState {
  switch (event.type) {
    case 'DistrictRegistered':
      return { ...state, districtId: event.data.districtId, name: event.data.name };
    case 'StreetRegistered':
      return { ...state, streets: new Map(state.streets).set(event.data.streetId, { name: event.data.name }) };
    case 'CommunityOnboarded': {
      const { communityId, name, streetId, onboardedOn } = event.data;
      return {
        ...state,
        communities: new Map(state.communities).set(communityId, { name, streetId, onboardedOn, active: true }),
      };
    }
    case 'CommunityRenamed':
      return withCommunity(state, event.data.communityId, (c) => ({ ...c, name: event.data.name }));
    case 'CommunityMovedToStreet':
      return withCommunity(state, event.data.communityId, (c) => ({ ...c, streetId: event.data.toStreetId }));
    case 'CommunityOffboarded':
      return withCommunity(state, event.data.communityId, (c) => ({ ...c, active: false }));
    case 'RankingPolicySet':
      return state;
    case 'RankingPublished':
      return { ...state, publishedRankings: new Set(state.publishedRankings).add(event.data.month) };
  }
}
