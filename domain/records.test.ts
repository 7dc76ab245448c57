import { matchEntityName, normaliseEntityName } from './records';

describe('entity name matching for collected records', () => {
  it('takes full- and half-width characters, bracket styles and spaces for one name', () => {
    const key = normaliseEntityName('上海枫泾某某食品（有限合伙）');
    for (const spelling of ['上海枫泾某某食品(有限合伙)', ' 上海 枫泾某某食品 （有限合伙）', '上海枫泾某某食品〔有限合伙〕', '上海枫泾某某食品\u3000(有限合伙)']) {
      expect(normaliseEntityName(spelling)).toBe(key);
    }
    expect(normaliseEntityName('ＡＢＣ贸易有限公司')).toBe(normaliseEntityName('abc贸易有限公司'));
    expect(normaliseEntityName('上海枫泾某某食品有限公司')).not.toBe(normaliseEntityName('上海枫泾某某食品公司'));
  });

  it('matches exactly one entity, calls several ambiguous and none unmatched: no guessing', () => {
    const a = { creditCode: 'A', name: '上海甲（集团）有限公司' };
    const b = { creditCode: 'B', name: '上海甲(集团)有限公司' };
    expect(matchEntityName('上海甲 (集团) 有限公司', [a])).toEqual({ status: 'matched', ...a });
    expect(matchEntityName('上海甲（集团）有限公司', [a, b])).toEqual({ status: 'ambiguous', candidates: [a, b] });
    expect(matchEntityName('上海甲有限公司', [a, b])).toEqual({ status: 'unmatched' });
  });
});
