import type { MemberEvent } from './members.events.js';

export interface MemberState {
  readonly registered: boolean;
  readonly reportedIn: boolean;
  readonly openCommitments: ReadonlySet<string>;
  readonly fulfilledCommitments: ReadonlySet<string>;
  /** Volunteer posts held now: post id -> post name and compound. */
  readonly posts: Readonly<Record<string, { readonly postName: string; readonly compoundId: string | null }>>;
  /** Pairings with families in difficulty by id: active or ended (the family itself stays in the timeline only). */
  readonly pairings: Readonly<Record<string, 'active' | 'ended'>>;
}

export const initialMemberState: MemberState = {
  registered: false,
  reportedIn: false,
  openCommitments: new Set(),
  fulfilledCommitments: new Set(),
  posts: {},
  pairings: {},
};

export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'PartyMemberRegistered':
      return { ...state, registered: true };
    case 'PartyMemberReportedIn':
      return { ...state, reportedIn: true };
    case 'CommitmentMade':
      return { ...state, openCommitments: new Set(state.openCommitments).add(event.data.commitmentId) };
    case 'CommitmentFulfilled': {
      const open = new Set(state.openCommitments);
      open.delete(event.data.commitmentId);
      return {
        ...state,
        openCommitments: open,
        fulfilledCommitments: new Set(state.fulfilledCommitments).add(event.data.commitmentId),
      };
    }
    case 'VolunteerServiceLogged':
      return state;
    case 'VolunteerPostClaimed':
      return {
        ...state,
        posts: {
          ...state.posts,
          [event.data.postId]: { postName: event.data.postName, compoundId: event.data.compoundId },
        },
      };
    case 'VolunteerPostReleased': {
      const { [event.data.postId]: _released, ...posts } = state.posts;
      return { ...state, posts };
    }
    case 'FamilyPairingStarted':
      return { ...state, pairings: { ...state.pairings, [event.data.pairingId]: 'active' } };
    case 'FamilyPairingEnded':
      return { ...state, pairings: { ...state.pairings, [event.data.pairingId]: 'ended' } };
  }
}
