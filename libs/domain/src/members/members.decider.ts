import type { Decider } from '../shared/decider.js';
import { claimVolunteerPost, type ClaimVolunteerPost } from './claim-volunteer-post/claim-volunteer-post.js';
import { endFamilyPairing, type EndFamilyPairing } from './end-family-pairing/end-family-pairing.js';
import { fulfilCommitment, type FulfilCommitment } from './fulfil-commitment/fulfil-commitment.js';
import { logVolunteerService, type LogVolunteerService } from './log-volunteer-service/log-volunteer-service.js';
import { makeCommitment, type MakeCommitment } from './make-commitment/make-commitment.js';
import type { MemberEvent } from './members.events.js';
import { evolveMember, initialMemberState, type MemberState } from './members.state.js';
import { registerPartyMember, type RegisterPartyMember } from './register-party-member/register-party-member.js';
import { releaseVolunteerPost, type ReleaseVolunteerPost } from './release-volunteer-post/release-volunteer-post.js';
import { reportIn, type ReportIn } from './report-in/report-in.js';
import { startFamilyPairing, type StartFamilyPairing } from './start-family-pairing/start-family-pairing.js';

export type MemberCommand =
  | RegisterPartyMember
  | ReportIn
  | MakeCommitment
  | FulfilCommitment
  | LogVolunteerService
  | ClaimVolunteerPost
  | ReleaseVolunteerPost
  | StartFamilyPairing
  | EndFamilyPairing;

/**
 * A party member: registered, reports in (报到) to a compound, makes and fulfils public
 * commitments (双诺三评), logs volunteer service, claims and releases volunteer posts
 * (志愿服务岗位), and pairs with families in difficulty (结对帮扶).
 */
export const memberDecider: Decider<MemberCommand, MemberState, MemberEvent> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterPartyMember':
        return registerPartyMember(command, state);
      case 'ReportIn':
        return reportIn(command, state);
      case 'MakeCommitment':
        return makeCommitment(command, state);
      case 'FulfilCommitment':
        return fulfilCommitment(command, state);
      case 'LogVolunteerService':
        return logVolunteerService(command, state);
      case 'ClaimVolunteerPost':
        return claimVolunteerPost(command, state);
      case 'ReleaseVolunteerPost':
        return releaseVolunteerPost(command, state);
      case 'StartFamilyPairing':
        return startFamilyPairing(command, state);
      case 'EndFamilyPairing':
        return endFamilyPairing(command, state);
    }
  },
};
