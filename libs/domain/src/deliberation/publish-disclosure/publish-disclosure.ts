import { DomainError } from '../../shared/domain-error.js';
import { text } from '../../shared/lifecycle.js';
import { DISCLOSURE_KINDS, type ProposalEvent } from '../deliberation.events.js';
import { count, need } from '../deliberation.rules.js';
import type { ProposalState } from '../deliberation.state.js';

export interface PublishDisclosure {
  readonly kind: 'PublishDisclosure';
  readonly disclosureKind: keyof typeof DISCLOSURE_KINDS;
  readonly summary: string;
  readonly amountRaisedYuan?: number | null;
  readonly amountSpentYuan?: number | null;
}

export function publishDisclosure(command: PublishDisclosure, state: ProposalState): ProposalEvent[] {
  need(
    state,
    ['raised', 'deliberating', 'adopted', 'rejected', 'implemented', 'evaluated'],
    'PROPOSAL_NOT_FOUND',
    '公开',
  );
  if (!Object.hasOwn(DISCLOSURE_KINDS, command.disclosureKind))
    throw new DomainError('INVALID_DISCLOSURE_KIND', 'invalid', '公开类型无效', 'Unknown disclosure kind', {
      field: 'kind',
    });
  const raised = command.amountRaisedYuan ?? null;
  const spent = command.amountSpentYuan ?? null;
  if (command.disclosureKind === 'financial' && (raised === null || spent === null)) {
    throw new DomainError(
      'AMOUNTS_REQUIRED',
      'invalid',
      '财务公开须列明筹集与支出金额',
      'A financial disclosure needs the amounts raised and spent',
      { field: 'amountRaisedYuan' },
    );
  }
  if (raised !== null) count(raised, 'amountRaisedYuan');
  if (spent !== null) count(spent, 'amountSpentYuan');
  return [
    {
      type: 'DisclosurePublished',
      data: {
        kind: command.disclosureKind,
        summary: text(command.summary, 'summary'),
        amountRaisedYuan: raised,
        amountSpentYuan: spent,
      },
    },
  ];
}
