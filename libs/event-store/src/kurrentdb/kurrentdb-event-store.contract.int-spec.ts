import { eventStoreContract } from '../contract/event-store.contract.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

// No KurrentDB server runs on the development machines: the suite needs one named by
// EVENTSTORE_URL (KurrentDB 25.1 or later) and is otherwise reported as skipped, never as passed.
const url = process.env.EVENTSTORE_URL;
const describeIfServer = url ? describe : describe.skip;

describeIfServer(`EventStore contract: KurrentDB adapter${url ? '' : ' (skipped: EVENTSTORE_URL not set)'}`, () => {
  let store: KurrentDbEventStore;

  beforeAll(() => {
    store = new KurrentDbEventStore(url as string);
  });
  afterAll(() => store.close());

  eventStoreContract({ store: () => store });
});
