import type { Decider, DomainEvent } from './decider.js';
import { fold } from './decider.js';

/**
 * given/when/then for deciders, used by the specs:
 *   given(decider, [districtRegistered]).when(registerStreet).then([streetRegistered])
 */
export function given<Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
  history: readonly Event[],
) {
  return {
    when(command: Command) {
      const run = () => decider.decide(command, fold(decider, history));
      return {
        then(expected: readonly Event[]): void {
          expect(run()).toEqual(expected);
        },
        thenThrows(code: string, details?: Record<string, unknown>): void {
          expect(run).toThrow(
            expect.objectContaining({ code, ...(details ? { details: expect.objectContaining(details) } : {}) }),
          );
        },
      };
    },
  };
}
