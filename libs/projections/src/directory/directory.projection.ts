import type { EventEnvelope } from '@tongxin/kernel';
import type { Projection } from '../projection.js';

/** The hierarchy district -> street -> community as each registry event changes it. */
export type DirectoryChange =
  | {
      readonly kind: 'unit-added';
      readonly unitId: string;
      readonly unitKind: 'district' | 'street' | 'community';
      readonly name: string;
      readonly districtId: string;
      readonly streetId: string | null;
      readonly onboardedOn: string | null;
      readonly recordedAt?: string;
    }
  | { readonly kind: 'unit-renamed'; readonly unitId: string; readonly name: string }
  | {
      readonly kind: 'community-placed';
      readonly communityId: string;
      readonly districtId: string;
      readonly streetId: string;
      readonly effectiveFrom: string;
      readonly recordedAt: string;
      readonly position: number;
      readonly eventId?: string;
    }
  | { readonly kind: 'community-offboarded'; readonly communityId: string; readonly effectiveFrom: string };

type Data = Record<string, string>;

function changesOf(event: EventEnvelope): DirectoryChange[] {
  const data = event.data as Data;
  const districtId = event.tenantId; // the registry stream lives in the district's own history
  switch (event.type) {
    case 'DistrictRegistered':
      return [
        {
          kind: 'unit-added',
          unitId: data.districtId,
          unitKind: 'district',
          name: data.name,
          districtId,
          streetId: null,
          onboardedOn: null,
          recordedAt: event.recordedAt,
        },
      ];
    case 'StreetRegistered':
      return [
        {
          kind: 'unit-added',
          unitId: data.streetId,
          unitKind: 'street',
          name: data.name,
          districtId,
          streetId: null,
          onboardedOn: null,
          recordedAt: event.recordedAt,
        },
      ];
    case 'CommunityOnboarded':
      return [
        {
          kind: 'unit-added',
          unitId: data.communityId,
          unitKind: 'community',
          name: data.name,
          districtId,
          streetId: data.streetId,
          onboardedOn: data.onboardedOn,
          recordedAt: event.recordedAt,
        },
        {
          kind: 'community-placed',
          communityId: data.communityId,
          districtId,
          streetId: data.streetId,
          effectiveFrom: data.onboardedOn,
          recordedAt: event.recordedAt,
          position: event.globalPosition,
          eventId: event.eventId,
        },
      ];
    case 'CommunityRenamed':
      return [{ kind: 'unit-renamed', unitId: data.communityId, name: data.name }];
    case 'CommunityMovedToStreet':
      return [
        {
          kind: 'community-placed',
          communityId: data.communityId,
          districtId,
          streetId: data.toStreetId,
          effectiveFrom: data.effectiveFrom,
          recordedAt: event.recordedAt,
          position: event.globalPosition,
          eventId: event.eventId,
        },
      ];
    case 'CommunityOffboarded':
      return [
        {
          kind: 'community-offboarded',
          communityId: data.communityId,
          effectiveFrom: data.effectiveFrom,
        },
      ];
    default:
      return [];
  }
}

export const directoryProjection: Projection<DirectoryChange> = {
  name: 'directory',
  version: 1,
  project: (events) => events.flatMap(changesOf),
};
