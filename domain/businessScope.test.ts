import { normalizeScopeWording, parseBusinessScope } from './businessScope';

const LICENSED_STATEMENT =
  '（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）';
const GENERAL_STATEMENT = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

describe('business scope', () => {
  it('splits the catalog form into licensed and general items', () => {
    const text =
      `许可项目：食品销售；道路货物运输（不含危险货物）。${LICENSED_STATEMENT}` +
      `一般项目：日用百货销售；技术服务、技术开发。${GENERAL_STATEMENT}`;
    expect(parseBusinessScope(text)).toEqual([
      { text: '食品销售', section: 'licensed' },
      { text: '道路货物运输（不含危险货物）', section: 'licensed' },
      { text: '日用百货销售', section: 'general' },
      { text: '技术服务、技术开发', section: 'general' },
    ]);
  });

  it('reads the same text written with ASCII punctuation and colons', () => {
    const text =
      '许可项目:食品销售;道路货物运输(不含危险货物).(依法须经批准的项目,经相关部门批准后方可开展经营活动,' +
      '具体经营项目以相关部门批准文件或许可证件为准)一般项目:日用百货销售,技术服务、技术开发.' +
      '(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)';
    expect(parseBusinessScope(text)).toEqual([
      { text: '食品销售', section: 'licensed' },
      { text: '道路货物运输(不含危险货物)', section: 'licensed' },
      { text: '日用百货销售', section: 'general' },
      { text: '技术服务、技术开发', section: 'general' },
    ]);
  });

  it('reads a scope with only licensed items', () => {
    const text = `许可项目：餐饮服务；食品销售；烟草制品零售。${LICENSED_STATEMENT}`;
    expect(parseBusinessScope(text)).toEqual([
      { text: '餐饮服务', section: 'licensed' },
      { text: '食品销售', section: 'licensed' },
      { text: '烟草制品零售', section: 'licensed' },
    ]);
  });

  it('reads a scope with only general items', () => {
    const text = `一般项目：五金产品零售；建筑材料销售；信息咨询服务（不含许可类信息咨询服务）。${GENERAL_STATEMENT}`;
    expect(parseBusinessScope(text)).toEqual([
      { text: '五金产品零售', section: 'general' },
      { text: '建筑材料销售', section: 'general' },
      { text: '信息咨询服务（不含许可类信息咨询服务）', section: 'general' },
    ]);
  });

  it('reads items written one a line', () => {
    const text =
      '许可项目：\n食品销售；\n道路货物运输（不含危险货物）\n' +
      `一般项目：\r\n日用百货销售\r\n技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广\r\n${GENERAL_STATEMENT}\n`;
    expect(parseBusinessScope(text)).toEqual([
      { text: '食品销售', section: 'licensed' },
      { text: '道路货物运输（不含危险货物）', section: 'licensed' },
      { text: '日用百货销售', section: 'general' },
      { text: '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广', section: 'general' },
    ]);
  });

  it('gives unsectioned items for a scope written before the catalog, with its bracketed statement', () => {
    const text = '服装、鞋帽、日用百货销售，五金交电、建筑材料批发、零售。【依法须经批准的项目，经相关部门批准后方可开展经营活动】';
    expect(parseBusinessScope(text)).toEqual([
      { text: '服装、鞋帽、日用百货销售', section: 'unsectioned' },
      { text: '五金交电、建筑材料批发、零售', section: 'unsectioned' },
    ]);
  });

  it('drops a bracketed statement that ends with its own full stop', () => {
    expect(parseBusinessScope('日用百货销售。【依法须经批准的项目，经相关部门批准后方可开展经营活动。】')).toEqual([
      { text: '日用百货销售', section: 'unsectioned' },
    ]);
  });

  it('drops the statement when it is printed without brackets', () => {
    const text = '机械设备销售，货物进出口，依法须经批准的项目，经相关部门批准后方可开展经营活动。';
    expect(parseBusinessScope(text)).toEqual([
      { text: '机械设备销售', section: 'unsectioned' },
      { text: '货物进出口', section: 'unsectioned' },
    ]);
  });

  it('reads the headers of licenses issued before the catalog, and skips 无', () => {
    const text = '许可经营项目：无。一般经营项目：针纺织品、服装销售；企业管理咨询。';
    expect(parseBusinessScope(text)).toEqual([
      { text: '针纺织品、服装销售', section: 'general' },
      { text: '企业管理咨询', section: 'general' },
    ]);
  });

  it('counts pre-registration license items as licensed', () => {
    const text = `前置许可项目：危险化学品经营（具体经营项目详见许可证）。一般项目：化工产品销售（不含许可类化工产品）。${GENERAL_STATEMENT}`;
    expect(parseBusinessScope(text)).toEqual([
      { text: '危险化学品经营（具体经营项目详见许可证）', section: 'licensed' },
      { text: '化工产品销售（不含许可类化工产品）', section: 'general' },
    ]);
  });

  it('keeps a qualifier whole when it contains a comma', () => {
    expect(parseBusinessScope('许可项目：食品销售（仅销售预包装食品，不含冷藏冷冻食品）；药品零售')).toEqual([
      { text: '食品销售（仅销售预包装食品，不含冷藏冷冻食品）', section: 'licensed' },
      { text: '药品零售', section: 'licensed' },
    ]);
  });

  it('does not split at a decimal point', () => {
    expect(parseBusinessScope('一般项目:4.2米以下厢式货车租赁;汽车零配件零售.')).toEqual([
      { text: '4.2米以下厢式货车租赁', section: 'general' },
      { text: '汽车零配件零售', section: 'general' },
    ]);
  });

  it('ignores a 经营范围 label copied with the text', () => {
    expect(parseBusinessScope('经营范围：一般项目：日用百货销售。')).toEqual([{ text: '日用百货销售', section: 'general' }]);
  });

  it('removes duplicates, keeping the first, also when they differ only in parenthesis width', () => {
    const text = '许可项目：道路货物运输(不含危险货物)；食品销售；道路货物运输（不含危险货物）。一般项目：食品销售；日用百货销售';
    expect(parseBusinessScope(text)).toEqual([
      { text: '道路货物运输(不含危险货物)', section: 'licensed' },
      { text: '食品销售', section: 'licensed' },
      { text: '日用百货销售', section: 'general' },
    ]);
  });

  it('drops empty items between doubled separators', () => {
    expect(parseBusinessScope('一般项目：日用百货销售；；，五金产品零售；')).toEqual([
      { text: '日用百货销售', section: 'general' },
      { text: '五金产品零售', section: 'general' },
    ]);
  });

  it.each([
    ['empty text', ''],
    ['spaces', '   '],
    ['line breaks', '\n\r\n'],
    ['punctuation', '。'],
    ['the catalog statements alone', LICENSED_STATEMENT + GENERAL_STATEMENT],
  ])('returns no items for %s', (_, text) => {
    expect(parseBusinessScope(text)).toEqual([]);
  });
});

describe('scope wording normalization', () => {
  it('writes parentheses full-width, as the catalog does', () => {
    expect(normalizeScopeWording('道路货物运输(不含危险货物)')).toBe('道路货物运输（不含危险货物）');
  });

  it('removes spaces, including full-width and line breaks', () => {
    expect(normalizeScopeWording(' 食品 销售\u3000\n')).toBe('食品销售');
  });

  it('removes trailing punctuation but keeps 、 inside a wording', () => {
    expect(normalizeScopeWording('技术服务、技术开发；')).toBe('技术服务、技术开发');
    expect(normalizeScopeWording('日用百货销售。')).toBe('日用百货销售');
    expect(normalizeScopeWording('日用百货销售.')).toBe('日用百货销售');
  });

  it('leaves a catalog wording unchanged', () => {
    expect(normalizeScopeWording('道路货物运输（不含危险货物）')).toBe('道路货物运输（不含危险货物）');
  });
});
