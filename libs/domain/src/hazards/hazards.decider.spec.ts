import { given } from '../shared/given.js';
import { worksDecider } from '../works/index.js';
import { hazardDecider, type HazardEvent } from './index.js';

const reported: HazardEvent = {
  type: 'HazardReported',
  data: { hazardId: 'h1', kind: 'electrical', location: '5栋车棚', description: '电动车飞线充电' },
};

describe('hazards (安全隐患) and works (实事)', () => {
  it('reports a hazard and eliminates it once', () => {
    given(hazardDecider, [])
      .when({
        kind: 'ReportHazard',
        hazardId: 'h1',
        hazardKind: 'electrical',
        location: '5栋车棚',
        description: '电动车飞线充电',
      })
      .then([reported]);
    given(hazardDecider, [reported])
      .when({ kind: 'EliminateHazard', measures: '建成集中充电棚' })
      .then([{ type: 'HazardEliminated', data: { measures: '建成集中充电棚' } }]);
    given(hazardDecider, [reported, { type: 'HazardEliminated', data: { measures: '已整改' } }])
      .when({ kind: 'EliminateHazard', measures: '再次整改' })
      .thenThrows('HAZARD_NOT_OPEN', { state: 'eliminated' });
    given(hazardDecider, [])
      .when({
        kind: 'ReportHazard',
        hazardId: 'h1',
        hazardKind: 'ufo' as never,
        location: '天上',
        description: '不明物体',
      })
      .thenThrows('INVALID_HAZARD_KIND');
  });
  it('records works with the unit of their kind and a positive quantity', () => {
    given(worksDecider, [])
      .when({ kind: 'RecordWorks', worksId: 'k1', worksKind: 'pipes', quantity: 1162, description: '修复雨污管道' })
      .then([
        {
          type: 'WorksCompleted',
          data: {
            worksId: 'k1',
            kind: 'pipes',
            quantity: 1162,
            unit: '米',
            description: '修复雨污管道',
            amountSpentYuan: null,
            proposalId: null,
          },
        },
      ]);
    given(worksDecider, [])
      .when({ kind: 'RecordWorks', worksId: 'k1', worksKind: 'road', quantity: 0, description: '道路硬化' })
      .thenThrows('INVALID_QUANTITY');
  });
  it('links works to the proposal they carry out only once it was adopted (民决), naming its state otherwise', () => {
    const elevators = {
      kind: 'RecordWorks',
      worksId: 'k2',
      worksKind: 'elevators',
      quantity: 22,
      description: '老旧小区加装电梯',
      amountSpentYuan: 5_000_000,
      proposalId: 'p1',
    } as const;
    given(worksDecider, [])
      .when({ ...elevators, proposalStatus: 'adopted' })
      .then([
        {
          type: 'WorksCompleted',
          data: {
            worksId: 'k2',
            kind: 'elevators',
            quantity: 22,
            unit: '部',
            description: '老旧小区加装电梯',
            amountSpentYuan: 5_000_000,
            proposalId: 'p1',
          },
        },
      ]);
    given(worksDecider, [])
      .when({ ...elevators, proposalStatus: 'implemented' })
      .then([
        {
          type: 'WorksCompleted',
          data: {
            worksId: 'k2',
            kind: 'elevators',
            quantity: 22,
            unit: '部',
            description: '老旧小区加装电梯',
            amountSpentYuan: 5_000_000,
            proposalId: 'p1',
          },
        },
      ]);
    given(worksDecider, [])
      .when({ ...elevators, proposalStatus: 'deliberating' })
      .thenThrows('PROPOSAL_NOT_ADOPTED', { state: 'deliberating' });
    given(worksDecider, [])
      .when({ ...elevators, proposalStatus: 'rejected' })
      .thenThrows('PROPOSAL_NOT_ADOPTED', { state: 'rejected' });
    given(worksDecider, [])
      .when({ ...elevators, proposalStatus: 'none' })
      .thenThrows('PROPOSAL_NOT_FOUND');
  });
});
