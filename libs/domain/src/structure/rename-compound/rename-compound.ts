import { text } from '../../shared/lifecycle.js';
import type { CompoundBodyEvent } from '../structure.events.js';
import type { StructureLookup } from '../structure.rules.js';
import type { CompoundBodies } from '../structure.state.js';

export interface RenameCompound {
  readonly kind: 'RenameCompound';
  readonly compoundId: string;
  readonly name: string;
}

export function renameCompound(
  command: RenameCompound,
  bodies: CompoundBodies,
  lookup: StructureLookup,
): CompoundBodyEvent[] {
  const name = text(command.name, 'name', 2, 50);
  const current = bodies.name ?? lookup.compound(command.compoundId)?.name;
  if (name === current) return [];
  return [{ type: 'CompoundRenamed', data: { compoundId: command.compoundId, name } }];
}
