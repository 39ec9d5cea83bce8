import type { DomainEvent } from '../shared/decider.js';

/** The district registry stream: the hierarchy district -> street -> community, with its history. */
export type DistrictRegistered = DomainEvent<
  'DistrictRegistered',
  { readonly districtId: string; readonly name: string }
>;
export type StreetRegistered = DomainEvent<'StreetRegistered', { readonly streetId: string; readonly name: string }>;
export type CommunityOnboarded = DomainEvent<
  'CommunityOnboarded',
  { readonly communityId: string; readonly name: string; readonly streetId: string; readonly onboardedOn: string }
>;
export type CommunityRenamed = DomainEvent<
  'CommunityRenamed',
  { readonly communityId: string; readonly previousName: string; readonly name: string }
>;
export type CommunityMovedToStreet = DomainEvent<
  'CommunityMovedToStreet',
  {
    readonly communityId: string;
    readonly fromStreetId: string;
    readonly toStreetId: string;
    readonly effectiveFrom: string;
  }
>;
export type CommunityOffboarded = DomainEvent<
  'CommunityOffboarded',
  { readonly communityId: string; readonly reason: string; readonly effectiveFrom: string }
>;

export type RankingPolicySet = DomainEvent<
  'RankingPolicySet',
  {
    readonly responseWeight: number;
    readonly resolutionWeight: number;
    readonly satisfactionWeight: number;
    readonly minimumRequests: number;
  }
>;

export type RankingPublished = DomainEvent<
  'RankingPublished',
  { readonly month: string; readonly ranking: Readonly<Record<string, unknown>> }
>;

export type RegistryEvent =
  | DistrictRegistered
  | StreetRegistered
  | CommunityOnboarded
  | CommunityRenamed
  | CommunityMovedToStreet
  | CommunityOffboarded
  | RankingPolicySet
  | RankingPublished;

export const REGISTRY_STREAM = 'registry';
