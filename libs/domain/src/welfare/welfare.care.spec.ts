import { given } from '../shared/given.js';
import { careVisitDecider, reemploymentDecider, type CareVisitRecorded, type ReemploymentRecorded } from './index.js';

const visit: CareVisitRecorded = {
  type: 'CareVisitRecorded',
  data: {
    visitId: 'v1',
    occasion: 'festival',
    visitedPii: '陈奶奶（独居老人）',
    circumstancesPii: '腿脚不便',
    visitors: '社区书记、网格员小刘',
    gifts: '米、油、慰问金',
    giftValueYuan: 500,
  },
};
const placed: ReemploymentRecorded = {
  type: 'ReemploymentRecorded',
  data: {
    placementId: 'p1',
    personPii: '张某',
    employer: '咸宁市某物业公司',
    position: '保安',
    startedOn: '2026-03-01',
  },
};

describe('care visits (慰问) and re-employment (再就业)', () => {
  it('records a care visit once: who visited whom and what was given', () => {
    given(careVisitDecider, [])
      .when({
        kind: 'RecordCareVisit',
        visitId: 'v1',
        occasion: 'festival',
        visited: ' 陈奶奶（独居老人） ',
        circumstances: '腿脚不便',
        visitors: '社区书记、网格员小刘',
        gifts: '米、油、慰问金',
        giftValueYuan: 500,
      })
      .then([visit]);
    given(careVisitDecider, [visit])
      .when({
        kind: 'RecordCareVisit',
        visitId: 'v1',
        occasion: 'festival',
        visited: '陈奶奶',
        visitors: '书记',
        gifts: '米',
      })
      .thenThrows('CARE_VISIT_ALREADY_RECORDED');
    given(careVisitDecider, [])
      .when({
        kind: 'RecordCareVisit',
        visitId: 'v1',
        occasion: 'birthday' as never,
        visited: '陈奶奶',
        visitors: '书记',
        gifts: '米',
      })
      .thenThrows('INVALID_OCCASION');
    given(careVisitDecider, [])
      .when({
        kind: 'RecordCareVisit',
        visitId: 'v1',
        occasion: 'illness',
        visited: '陈奶奶',
        visitors: '书记',
        gifts: '米',
        giftValueYuan: -5,
      })
      .thenThrows('INVALID_AMOUNT');
  });

  it('records a person helped back into work with employer and start date', () => {
    given(reemploymentDecider, [])
      .when({
        kind: 'RecordReemployment',
        placementId: 'p1',
        person: '张某',
        employer: '咸宁市某物业公司',
        position: '保安',
        startedOn: '2026-03-01',
      })
      .then([placed]);
    given(reemploymentDecider, [])
      .when({
        kind: 'RecordReemployment',
        placementId: 'p1',
        person: '张某',
        employer: '某公司',
        startedOn: '2026-02-30',
      })
      .thenThrows('INVALID_DATE');
    given(reemploymentDecider, [placed])
      .when({
        kind: 'RecordReemployment',
        placementId: 'p1',
        person: '张某',
        employer: '某公司',
        startedOn: '2026-03-01',
      })
      .thenThrows('REEMPLOYMENT_ALREADY_RECORDED');
  });
});
