import { DomainError } from '../../shared/domain-error.js';
import type { CommunityRenamed } from '../registry.events.js';
import { assertName, requireActiveCommunity } from '../registry.rules.js';
import type { RegistryState } from '../registry.state.js';

export interface RenameCommunity {
  readonly kind: 'RenameCommunity';
  readonly communityId: string;
  readonly name: string;
}

export function renameCommunity(command: RenameCommunity, state: RegistryState): [CommunityRenamed] {
  const community = requireActiveCommunity(state, command.communityId);
  const name = assertName(command.name);
  if (name === community.name) {
    throw new DomainError('NAME_UNCHANGED', 'conflict', '新名称与现名称相同', 'The new name equals the current name', {
      field: 'name',
    });
  }
  return [{ type: 'CommunityRenamed', data: { communityId: command.communityId, previousName: community.name, name } }];
}
