import type { Decider } from '../shared/decider.js';
import { onboardCommunity, type OnboardCommunity } from './onboard-community/onboard-community.js';
import { moveCommunity, type MoveCommunity } from './move-community/move-community.js';
import { offboardCommunity, type OffboardCommunity } from './offboard-community/offboard-community.js';
import { registerDistrict, type RegisterDistrict } from './register-district/register-district.js';
import { registerStreet, type RegisterStreet } from './register-street/register-street.js';
import { renameCommunity, type RenameCommunity } from './rename-community/rename-community.js';
import { setRankingPolicy, type SetRankingPolicy } from './set-ranking-policy/set-ranking-policy.js';
import { publishRanking, type PublishRanking } from './publish-ranking/publish-ranking.js';
import type { RegistryEvent } from './registry.events.js';
import { evolveRegistry, initialRegistryState, type RegistryState } from './registry.state.js';

export type RegistryCommand =
  | RegisterDistrict
  | RegisterStreet
  | OnboardCommunity
  | RenameCommunity
  | MoveCommunity
  | OffboardCommunity
  | SetRankingPolicy
  | PublishRanking;

export const registryDecider: Decider<RegistryCommand, RegistryState, RegistryEvent> = {
  initialState: initialRegistryState,
  evolve: evolveRegistry,
  decide(command, state) {
    switch (command.kind) {
      case 'RegisterDistrict':
        return registerDistrict(command, state);
      case 'RegisterStreet':
        return registerStreet(command, state);
      case 'OnboardCommunity':
        return onboardCommunity(command, state);
      case 'RenameCommunity':
        return renameCommunity(command, state);
      case 'MoveCommunity':
        return moveCommunity(command, state);
      case 'OffboardCommunity':
        return offboardCommunity(command, state);
      case 'SetRankingPolicy':
        return setRankingPolicy(command, state);
      case 'PublishRanking':
        return publishRanking(command, state);
    }
  },
};
