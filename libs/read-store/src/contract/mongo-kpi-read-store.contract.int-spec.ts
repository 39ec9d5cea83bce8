import { MongoKpiReadStore } from '../mongo/mongo-kpi-read-store.js';
import { kpiReadStoreContract } from './kpi-read-store.contract.js';

// No MongoDB server runs on the development machines: the suite needs one named by MONGO_URL
// and is otherwise reported as skipped, never as passed.
const url = process.env.MONGO_URL;
const describeIfServer = url ? describe : describe.skip;
if (!url)
  console.log(
    'KPI read-store contract: MongoDB adapter skipped — MONGO_URL is not set (no MongoDB server on this machine)',
  );

describeIfServer(`KPI read-store contract: MongoDB adapter${url ? '' : ' (skipped: MONGO_URL not set)'}`, () => {
  let store: MongoKpiReadStore;
  beforeAll(async () => {
    store = await MongoKpiReadStore.connect(url as string, `tongxin_contract_${process.pid}`);
  });
  afterAll(async () => {
    await store.dropAll();
    await store.close();
  });

  kpiReadStoreContract(() => store);
});
