/** The shapes of record-facts.ts's RecordEvent / RecordFact that coverage needs (declared here: no import cycle). */
interface RecordEvent {
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}
interface RecordFact {
  readonly fact: string;
  readonly occurredAt: string;
  readonly amount: number;
}

/**
 * Coverage stocks of a community's structure (domain.md §5, coverage.*; §5.1: stocks at T).
 * Each fact adds its `amount` (+1 or -1) to a count at its time, so the stock at T is the sum of
 * amounts up to T. Per compound:
 * - `coverage.compounds` (the denominator): +1 when the compound is registered;
 * - `coverage.partyBranch`: +1 when the compound first has a 小区党支部;
 * - `coverage.ownersCommittee`: the compound has an owners' committee in office at T — the latest
 *   election / re-election / term-ended event up to T is an election;
 * - `coverage.propertyService`: the latest property service start / end event up to T is a start.
 * A compound counts in a numerator only from its own registration on. Events are taken in the order
 * of their `occurredAt` (ties in recording order); the history given has voided events removed.
 */
const BODY_TOGGLES: Record<string, { readonly fact: string; readonly on: boolean }> = {
  PartyOrganisationRegistered: { fact: 'coverage.partyBranch', on: true },
  OwnersCommitteeElected: { fact: 'coverage.ownersCommittee', on: true },
  OwnersCommitteeReElected: { fact: 'coverage.ownersCommittee', on: true },
  OwnersCommitteeTermEnded: { fact: 'coverage.ownersCommittee', on: false },
  PropertyServiceStarted: { fact: 'coverage.propertyService', on: true },
  PropertyServiceEnded: { fact: 'coverage.propertyService', on: false },
};

interface Toggle {
  readonly at: number;
  readonly occurredAt: string;
  readonly on: boolean;
}

/** +1 / -1 facts at each change of "registered and on", from a compound's registration and its toggles of one fact. */
function stockChanges(fact: string, registered: Toggle, toggles: readonly Toggle[]): RecordFact[] {
  // By time; at one instant the registration first, then the toggles in recording order.
  const points = [
    { ...registered, registration: true, seq: -1 },
    ...toggles.map((t, seq) => ({ ...t, registration: false, seq })),
  ].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const facts: RecordFact[] = [];
  let isRegistered = false;
  let on = false;
  let counted = false;
  for (const point of points) {
    if (point.registration) isRegistered = true;
    else on = point.on;
    const now = isRegistered && on;
    if (now !== counted) facts.push({ fact, occurredAt: point.occurredAt, amount: now ? 1 : -1 });
    counted = now;
  }
  return facts;
}

export function coverageFacts(events: readonly RecordEvent[]): RecordFact[] {
  const compounds = new Map<string, Toggle>();
  const toggles = new Map<string, Toggle[]>();
  for (const e of events) {
    const at = Date.parse(e.occurredAt);
    if (e.type === 'CompoundRegistered') {
      compounds.set(e.data.compoundId as string, { at, occurredAt: e.occurredAt, on: true });
      continue;
    }
    const toggle = BODY_TOGGLES[e.type];
    if (!toggle || typeof e.data.compoundId !== 'string') continue;
    if (e.type === 'PartyOrganisationRegistered' && e.data.level !== 'compound-branch') continue;
    const key = `${toggle.fact}|${e.data.compoundId}`;
    toggles.set(key, [...(toggles.get(key) ?? []), { at, occurredAt: e.occurredAt, on: toggle.on }]);
  }
  return [...compounds].flatMap(([compoundId, registered]): RecordFact[] => [
    { fact: 'coverage.compounds', occurredAt: registered.occurredAt, amount: 1 },
    ...['coverage.partyBranch', 'coverage.ownersCommittee', 'coverage.propertyService'].flatMap((fact) => {
      const own = toggles.get(`${fact}|${compoundId}`);
      return own ? stockChanges(fact, registered, own) : [];
    }),
  ]);
}
